// The heuristics' keyword lists grow by hand, a word at a time: an entry that
// another entry of the same list already matches is dead weight that hides
// which entry really decides.
import { describe, expect, it } from "vitest";
import { keywordLists } from "../../src/categories/heuristics.ts";
import { foldUmlauts } from "../../src/categories/normalize.ts";

const LITERAL = /^[a-z0-9 ]+$/;
// A pattern with a lookaround looks at the text around the word, so it may turn down a word it matches alone.
const LOOKAROUND = /\(\?<?[=!]/;

/** Entries of one list that another entry of it already matches: the same entry twice, or a literal word a pattern fully matches. */
function covered(entries: readonly string[]): string[] {
  const folded = entries.map(foldUmlauts);
  const patterns = folded.map((e) => (LITERAL.test(e) || LOOKAROUND.test(e) ? null : new RegExp(`^(?:${e})$`)));
  const found: string[] = [];
  folded.forEach((entry, i) => {
    const twice = folded.indexOf(entry) !== i;
    const byPattern = LITERAL.test(entry) ? folded.find((_, j) => j !== i && patterns[j]?.test(entry)) : undefined;
    if (twice) found.push(`"${entries[i]}" twice`);
    else if (byPattern !== undefined) found.push(`"${entries[i]}" already matched by "${byPattern}"`);
  });
  return found;
}

describe("heuristics keyword lists", () => {
  it("finds a repeated entry and a literal word a pattern of the same list covers, and leaves the rest", () => {
    expect(covered(["hofladen", "kiosk", "hofladen"])).toEqual(['"hofladen" twice']);
    expect(covered(["tandarts", "tandarts[a-z]*", "mondzorg"])).toEqual(['"tandarts" already matched by "tandarts[a-z]*"']);
    // Spellings that fold to one form are one entry.
    expect(covered(["bezuge", "bezuege"])).toEqual(['"bezuege" twice']);
    // "(?<!bike )garage" does not match "bike garage": it does not cover "garage".
    expect(covered(["(?<!bike )garage", "garage"])).toEqual([]);
    expect(covered(["apotheke", "apotheek", "[a-z]*kaserei"])).toEqual([]);
  });

  it.each(keywordLists().map((list, n) => [`${list.key} (list ${n + 1})`, list.entries] as const))("%s has no entry another entry already matches", (_name, entries) => {
    expect(covered(entries)).toEqual([]);
  });
});
