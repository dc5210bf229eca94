// Besides a name cut inside a word (cut-names.ts), one merchant reaches a person's rows in two more forms: its web
// address's stem, words run together ("SAVEMYEXAMS.COM" → "Savemyexams" beside "Save My Exams Ltd", "PRICEANDBUCKLAND.COM"
// beside "Price & Buckland"), and its name filling a card field's width with a last word the field cut, a district
// or a branch ("PAPIERWAREN SCHWALBE HAUN" beside "Papierwaren Schwalbe"). Each such form is linked to the one the
// merchant shows: the spaced name, the shorter name. This is linking, not merchantKey: keys are stored, and the
// analytics filters read them as whole-word prefixes ("savemyexams" would no longer start "save my exams").
import { CUT_WIDTHS } from "../categories/descriptor.ts";
import { contentCategory } from "../categories/heuristics.ts";
import { escapeRegExp } from "../analytics/parse/fold.ts";
import { JOINER_END } from "./joiner-end.ts";
import { isTownBranchForm } from "./town-branch.ts";
import { isKindDroppedForm, isKindForm, isLoneKindForm, kindFirstKey } from "./kind-forms.ts";

// A shorter word run together is too often two words that happen to join up ("Sunhill", "Sun Hill").
export const MIN_JOINED = 8;
// A shorter name without its last word is too often a kind of shop and a word ("Cafe Rosa").
const MIN_SHORT = 10;
// merchantKey drops "and", "und", "et", "en" between words and a leading "the"; a web address keeps them.
const JOINER = "(?:and|und|en|et)?";

/** True when `joined` (a key of one word) is `spaced` (a key of two words or more) run together. */
export function isJoinedForm(joined: string, spaced: string): boolean {
  if (joined.includes(" ") || (joined.match(/\p{L}/gu) ?? []).length < MIN_JOINED) return false;
  const words = spaced.split(" ");
  return words.length >= 2 && new RegExp(`^(?:the)?${words.map(escapeRegExp).join(JOINER)}$`, "u").test(joined);
}

/**
 * True when `longLabel` fills a card field's width and its key `longKey` is `shortKey` and one word more, which names
 * no kind of shop ("Backhaus Amsel Konditorei" is the bakery's cake shop, not its branch). A shorter key ending on a
 * joining word or a title is itself a cut ("zahnarztpraxis dr"), never the whole name: "Zahnarztpraxis Dr. Wendt"
 * is 24 characters long and whole.
 */
export function isFieldCutForm(longLabel: string, longKey: string, shortKey: string): boolean {
  if (!CUT_WIDTHS.has(longLabel.trim().length) || shortKey.length < MIN_SHORT || !shortKey.includes(" ") || JOINER_END.test(shortKey)) return false;
  if (!longKey.startsWith(`${shortKey} `)) return false;
  const last = longKey.slice(shortKey.length + 1);
  return !last.includes(" ") && contentCategory({ amountSign: -1, texts: [last] }) === null;
}

/**
 * Whether `key` (with its label) is a joined or field-cut form of `other` (with its label), `other` with its town, or
 * `other` with its kind of shop after the owner or left off (kind-forms.ts).
 */
export function isVariantOf(key: string, label: string, other: string): boolean {
  return isJoinedForm(key, other) || isFieldCutForm(label, key, other) || isTownBranchForm(label, key, other) || isKindForm(key, other);
}

/**
 * For each key among one person's labels (key → label) that is a joined or field-cut form of others there, the keys
 * of those others, whose names it should show.
 */
export function variantTargets(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const spacedByFirst = new Map<string, string[]>();
  for (const key of labels.keys()) {
    const first = key.split(" ")[0]!;
    if (key.includes(" ")) spacedByFirst.set(first, [...(spacedByFirst.get(first) ?? []), key]);
  }
  // Keys of two words or more by their last word, for a name whose kind was left off.
  const lastWord = (key: string) => key.slice(key.lastIndexOf(" ") + 1);
  const byLast = new Map<string, string[]>();
  for (const key of labels.keys()) if (key.includes(" ")) byLast.set(lastWord(key), [...(byLast.get(lastWord(key)) ?? []), key]);
  const out = new Map<string, string[]>();
  for (const [key, label] of labels) {
    const found = new Set<string>();
    const swapped = kindFirstKey(key);
    if (swapped !== null && labels.has(swapped)) found.add(swapped);
    for (const longer of byLast.get(lastWord(key)) ?? []) if (isKindDroppedForm(key, longer)) found.add(longer);
    if (!key.includes(" ")) {
      for (const named of spacedByFirst.get(key) ?? []) if (isLoneKindForm(key, named)) found.add(named);
      for (const start of key.startsWith("the") ? [key, key.slice(3)] : [key]) {
        for (let n = 1; n < start.length; n += 1) for (const spaced of spacedByFirst.get(start.slice(0, n)) ?? []) if (isJoinedForm(key, spaced)) found.add(spaced);
      }
    } else {
      const shorter = key.slice(0, key.lastIndexOf(" "));
      if (labels.has(shorter) && isFieldCutForm(label, key, shorter)) found.add(shorter);
      // The name alone, before a town of one word or more.
      for (let at = key.indexOf(" "); at > 0 && !found.size; at = key.indexOf(" ", at + 1)) {
        const name = key.slice(0, at);
        if (labels.has(name) && isTownBranchForm(label, key, name)) found.add(name);
      }
    }
    if (found.size) out.set(key, [...found]);
  }
  return out;
}
