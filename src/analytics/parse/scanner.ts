// The question as a sheet that extractors cross out as they recognise parts of
// it. Crossed-out text becomes spaces, so later extractors cannot re-read a
// word ("Vorjahr" in "im Vergleich zum Vorjahr" is a comparison, not a period)
// and positions stay aligned with the folded text and, through it, the original.
import { foldWithMap, words, type Folded } from "./fold.ts";

export class Scanner {
  readonly original: string;
  readonly folded: Folded;
  private rest: string;

  constructor(original: string) {
    this.original = original;
    this.folded = foldWithMap(original);
    this.rest = this.folded.text;
  }

  /** The folded text with everything already recognised blanked out. */
  get remaining(): string {
    return this.rest;
  }

  consume(start: number, end: number): void {
    this.rest = this.rest.slice(0, start) + " ".repeat(end - start) + this.rest.slice(end);
  }

  /**
   * Writes `text` over a span, padded with spaces to its length, so positions
   * stay aligned: a misspelt word read as the word meant ("januray" as
   * "january", "sepember" as "sept    "). The original keeps the person's spelling.
   */
  rewrite(start: number, end: number, text: string): void {
    if (text.length > end - start) throw new Error("rewrite must not lengthen the text");
    this.rest = this.rest.slice(0, start) + text.padEnd(end - start, " ") + this.rest.slice(end);
  }

  /** First match of `re` in the remaining text, consumed. `re` must not be global. */
  take(re: RegExp): RegExpExecArray | null {
    const m = re.exec(this.rest);
    if (m) this.consume(m.index, m.index + m[0].length);
    return m;
  }

  /** True (and consumed) when `re` matches the remaining text. */
  takeAny(res: readonly RegExp[]): boolean {
    let hit = false;
    for (const re of res) {
      while (this.take(re)) hit = true;
    }
    return hit;
  }

  /** The user's own spelling of a span of the folded text. */
  /**
   * True when `hint` (a pattern ending in `$`) matches the text just before
   * `start` and nothing between them was recognised already: "at" hints the
   * name right after it, not a word after that name ("at Restaurant Zum
   * Goldenen Hirschen am …" does not make "am" a name).
   */
  follows(hint: RegExp, start: number): boolean {
    return this.hintAt(hint, start) !== undefined;
  }

  /** As `follows`, consuming the hint's words ("excluding" of "excluding transfers"). */
  takeHint(hint: RegExp, start: number): boolean {
    const at = this.hintAt(hint, start);
    if (at !== undefined) this.consume(at, start);
    return at !== undefined;
  }

  private hintAt(hint: RegExp, start: number): number | undefined {
    const before = this.rest.slice(0, start);
    const m = hint.exec(before);
    return m !== null && before.slice(m.index) === this.folded.text.slice(m.index, start) ? m.index : undefined;
  }

  originalSlice(start: number, end: number): string {
    const map = this.folded.map;
    const from = map[start] ?? 0;
    const to = end >= map.length - 1 ? this.original.length : (map[end] ?? this.original.length);
    return this.original.slice(from, to);
  }

  /** Words not yet recognised. */
  remainingWords(): { word: string; start: number; end: number }[] {
    return words(this.rest);
  }
}
