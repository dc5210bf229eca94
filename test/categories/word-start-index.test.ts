// The word-start index lets heuristics.ts skip keyword signals a row cannot match. It must never skip one that would
// have matched: the first signal found, and so every category, has to stay exactly what testing every signal finds.
import { describe, expect, it } from "vitest";
import { firstSignalKeys, signalPatterns } from "../../src/categories/heuristics.ts";
import { foldText, foldUmlauts } from "../../src/categories/normalize.ts";
import { containedLiterals, parseAlternative, startStrings } from "../../src/categories/pattern-literals.ts";
import { wholeWordAlternatives, wordStartIndex } from "../../src/categories/word-start-index.ts";
import { loadCorpus } from "../corpus/evaluate.ts";
import { seededRng } from "../corpus/rng.ts";

const starts = (alternative: string) => {
  const terms = parseAlternative(alternative);
  return terms && startStrings(terms);
};
const contained = (alternative: string) => {
  const terms = parseAlternative(alternative);
  return terms && containedLiterals(terms);
};
const PLAIN = /^[a-z0-9 ]+$/;
const { booking, content } = signalPatterns();
const lists = [
  ["booking-type", booking],
  ["content", content],
] as const;
const corpusRows = loadCorpus().rows;
/** Folded as firstSignal folds a row's texts. */
const folded = (texts: (string | null | undefined)[]) => foldUmlauts(foldText(texts.filter(Boolean).join(" ")));

/** Row texts as the corpus prints them, and seeded mixes of their words with the signals' own plain words. */
function sampleTexts(): string[] {
  const texts = corpusRows.map((r) => folded([r.counterpartyName, r.description]));
  const words = [...new Set(texts.flatMap((t) => t.split(" ")))];
  const signalWords = [...booking, ...content].flatMap((p) => (p ? (wholeWordAlternatives(p) ?? []).filter((a) => PLAIN.test(a)) : []));
  const rng = seededRng(20261203);
  for (let n = 0; n < 600; n += 1) {
    const parts = Array.from({ length: rng.int(1, 7) }, () => (rng.chance(0.4) ? rng.pick(signalWords) : rng.pick(words)));
    texts.push(parts.join(" "));
  }
  return texts;
}

describe("what an alternative must show", () => {
  it("reads the letters a match starts with, leaving out a letter that may be missing", () => {
    expect(starts("apotheke")).toEqual(new Set(["apothe"]));
    expect(starts("dentists?")).toEqual(new Set(["dentis"]));
    expect(starts("ab")).toEqual(new Set(["ab"]));
    expect(starts("(kredit|credit)karte")).toEqual(new Set(["kredit", "credit"]));
    expect(starts("(?<!bike )garage")).toEqual(new Set(["garage"]));
    expect(starts("e ?sims?")).toEqual(new Set(["e sims", "e sim", "esims", "esim"]));
  });

  it("says nothing where the start is not certain", () => {
    expect(starts("a")).toBeNull();
    expect(starts("[a-z]*schule")).toBeNull();
    expect(starts("a?bc")).toEqual(new Set(["abc", "bc"]));
    expect(starts("(a|)b")).toBeNull();
    expect(parseAlternative("wasser\\.de")).toBeNull();
  });

  it("reads a run of letters every match contains where the start is a class", () => {
    expect(contained("[a-z]*kartenumsatz(e|es)?")).toEqual(new Set(["kartenumsatz", "kartenumsatze", "kartenumsatzes"]));
    expect(contained("(?!baumschule)[a-z]*schule")).toEqual(new Set(["schule"]));
    expect(contained("[a-z]+(haus|hof)")).toEqual(new Set(["haus", "hof"]));
    expect(contained("[a-z]+ab")).toBeNull();
    expect(contained("[a-z]*(ab|cde)")).toBeNull();
  });
});

describe.each(lists)("the %s signals' word-start index", (_name, patterns) => {
  const index = wordStartIndex(patterns);

  it("keeps every signal for a text that holds one of its plain words between two others", () => {
    const skipped: string[] = [];
    patterns.forEach((pattern, i) => {
      for (const alternative of (pattern && wholeWordAlternatives(pattern)) ?? []) {
        if (!PLAIN.test(alternative)) continue;
        const text = `x ${alternative} y`;
        expect(pattern!.test(text)).toBe(true);
        if (!index.mayMatch(text)(i)) skipped.push(`signal ${i}: ${alternative}`);
      }
    });
    expect(skipped).toEqual([]);
  });

  it("keeps every signal whose pattern matches a corpus text or a mix of corpus and signal words", () => {
    const skipped: string[] = [];
    for (const text of sampleTexts()) {
      const may = index.mayMatch(text);
      patterns.forEach((pattern, i) => {
        if (pattern?.test(text) && !may(i)) skipped.push(`signal ${i}: ${text}`);
      });
    }
    expect(skipped).toEqual([]);
    // Some hundred thousand pattern tests: minutes on a busy machine, seconds on a quiet one.
  }, 180_000);
});

describe("heuristics with the word-start index", () => {
  it("finds the same first booking-type and content signal as testing every signal, for every corpus row and sign", () => {
    const differences: string[] = [];
    for (const row of corpusRows) {
      for (const amountSign of [-1, 0, 1] as const) {
        const subject = { amountSign, amount: row.amount, texts: [row.counterpartyName, row.description], name: row.counterpartyName, type: row.transactionType };
        const indexed = firstSignalKeys(subject, true);
        const plain = firstSignalKeys(subject, false);
        if (indexed.booking !== plain.booking || indexed.content !== plain.content) differences.push(`${row.id} ${amountSign}: ${JSON.stringify(indexed)} ≠ ${JSON.stringify(plain)}`);
      }
    }
    expect(differences).toEqual([]);
  }, 180_000);
});
