// One merchant also reaches a person's rows with its kind of shop after the owner's name instead of before it
// ("BUNERT LAUFSPORT GMBH" beside "Laufsport Bunert"), or with the kind left off ("EMONTS" beside "Konditorei Emonts",
// "BRUECKTURM" beside "Wirtshaus am Brückturm"). Both are linked to the form with the kind first, the one the
// descriptor writes for a trade printed after its owner ("PFEIFLE BAECKEREI GMBH" → "Bäckerei Pfeifle").
import { namesKind } from "../categories/heuristics.ts";
import { merchantByName } from "../categories/merchant-dictionary.ts";

// A shorter name left alone is too often a first name or a word ("Rosa", "Linde").
export const MIN_BARE = 5;
// The joining words a kind may stand before the name with ("Wirtshaus am Brückturm", "Café zur Post").
const JOINER = /^(?:am|an|an der|im|in|zum|zur|zu|auf|de|du|des|la|le|het|de la|at|the)$/;

/** The key with its two words swapped, when it is an owner's name and a kind of shop ("bunert laufsport"); else null. */
export function kindFirstKey(key: string): string | null {
  const words = key.split(" ");
  if (words.length !== 2) return null;
  const [owner, kind] = words as [string, string];
  return namesKind(kind) && !namesKind(owner) ? `${kind} ${owner}` : null;
}

/** True when `key` is `withKind` without the kind of shop (and joining word) it starts with. */
export function isKindDroppedForm(key: string, withKind: string): boolean {
  if ((key.match(/\p{L}/gu) ?? []).length < MIN_BARE || !withKind.endsWith(` ${key}`) || namesKind(key)) return false;
  const words = withKind.slice(0, -key.length - 1).split(" ");
  // The kind is the first word; up to two joining words may follow it.
  const kind = words[0]!;
  const joiner = words.slice(1).join(" ");
  return namesKind(kind) && (joiner === "" || JOINER.test(joiner));
}

/**
 * True when `key` is a kind of shop's one word alone and `withName` that word and the name after it ("gebrauchtwarenhaus"
 * beside "gebrauchtwarenhaus rauschwalde"): what a card field left of the name once its cut last letters went
 * ("GEBRAUCHTWARENHAUS R"). A kind's word alone names no merchant, so it shows its one named form. Not a word the
 * dictionary knows: a brand alone is that brand, and its kinds of business ("Stadtwerke", "Finanzamt") stand for any
 * town's, not for the one the person also pays.
 */
export function isLoneKindForm(key: string, withName: string): boolean {
  return !key.includes(" ") && withName.startsWith(`${key} `) && namesKind(key) && merchantByName(key) === null;
}

/** Whether `key` is a swapped, kindless or lone kind's form of `other`. */
export function isKindForm(key: string, other: string): boolean {
  return kindFirstKey(key) === other || isKindDroppedForm(key, other) || isLoneKindForm(key, other);
}
