// heuristics.ts tests several hundred keyword signals in order on every row, and each is a whole-word alternation
// "(^| )(alt1|alt2|…)( |$)" over folded text. Most alternatives must begin with two known letters right at a word's
// start, or contain a known run of letters somewhere (pattern-literals.ts): a row that shows none of a signal's cannot
// match it, so its regular expression need not run. This index says, once per text, which signals may still match;
// the rest are skipped without changing which signal matches first.
import { containedLiterals, parseAlternative, startStrings } from "./pattern-literals.ts";

/**
 * The top-level alternatives of a whole-word pattern "(^| )(a|b|…)( |$)" with no flags, or null for any other shape
 * (a pattern anchored otherwise, or one whose flags change what a letter or a start means).
 */
export function wholeWordAlternatives(pattern: RegExp): string[] | null {
  const { source, flags } = pattern;
  const head = "(^| )(";
  const tail = ")( |$)";
  if (flags !== "" || !source.startsWith(head) || !source.endsWith(tail) || source.length < head.length + tail.length) return null;
  const body = source.slice(head.length, source.length - tail.length);
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (c === "\\") {
      i += 1;
    } else if (c === "[") {
      // A class ends at its first unescaped "]" (in JavaScript even "[]" is a whole, empty class).
      i += 1;
      while (i < body.length && body[i] !== "]") i += body[i] === "\\" ? 2 : 1;
    } else if (c === "(") {
      depth += 1;
    } else if (c === ")") {
      depth -= 1;
      // The body closed the alternation's group early ("a)|(b"): not one group of alternatives.
      if (depth < 0) return null;
    } else if (c === "|" && depth === 0) {
      alternatives.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  alternatives.push(body.slice(from));
  return alternatives;
}

const shortest = (strings: Set<string>) => Math.min(...[...strings].map((s) => s.length));
/** Two characters as one number, so a text's pairs are looked up without making strings. */
const pairAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

export interface WordStartIndex {
  /** For one text: whether signal i (in the order given) may match it; false only where its pattern cannot. */
  mayMatch(text: string): (i: number) => boolean;
}

/**
 * Indexes patterns (null: tested against something else, so always tested) by what their alternatives must show: two
 * letters at a word's start, or else a run of letters anywhere. A pattern not of the whole-word shape, or with any
 * alternative that must show neither, is always tested.
 */
export function wordStartIndex(patterns: readonly (RegExp | null)[]): WordStartIndex {
  const always = new Uint8Array(patterns.length);
  const atStart = new Map<number, [start: string, signal: number][]>();
  const anywhere = new Map<number, [literal: string, signal: number][]>();
  const add = <V>(map: Map<number, V[]>, key: number, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  patterns.forEach((pattern, i) => {
    const alternatives = pattern === null ? null : wholeWordAlternatives(pattern);
    const needs = alternatives?.map((alternative) => {
      const terms = parseAlternative(alternative);
      if (terms === null) return null;
      // Of a start and a run contained, the one whose shortest string is longer says more ("carte … differe": " differe").
      const starts = startStrings(terms);
      const literals = containedLiterals(terms);
      if (literals && (!starts || shortest(literals) > shortest(starts))) return { atStart: false, strings: literals };
      return starts ? { atStart: true, strings: starts } : null;
    });
    if (!needs || needs.some((n) => n === null)) {
      always[i] = 1;
      return;
    }
    const starts = new Set<string>();
    const literals = new Set<string>();
    for (const need of needs) {
      for (const s of need?.strings ?? []) (need?.atStart ? starts : literals).add(s);
    }
    for (const s of starts) add(atStart, pairAt(s, 0), [s, i]);
    for (const l of literals) add(anywhere, pairAt(l, 0), [l, i]);
  });
  return {
    mayMatch(text) {
      const may = always.slice();
      const last = text.length - 1;
      const startsAt = (p: number) => {
        for (const [start, i] of atStart.get(pairAt(text, p)) ?? []) if (may[i] === 0 && text.startsWith(start, p)) may[i] = 1;
      };
      if (last > 0) startsAt(0);
      for (let p = 0; p < last; p += 1) {
        if (text.charCodeAt(p) === 32 && p + 1 < last) startsAt(p + 1);
        for (const [literal, i] of anywhere.get(pairAt(text, p)) ?? []) if (may[i] === 0 && text.startsWith(literal, p)) may[i] = 1;
      }
      return (i) => may[i] === 1;
    },
  };
}
