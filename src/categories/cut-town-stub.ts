// A town the card field's width cut to three letters ("METZGEREI SCHWINDLING BEC", "METZGEREI BRUELL EUP"): too short
// to tell which town, and every three letters begin one, so the stub is told by what it is not. Words of three letters
// that end shop names in the languages the banks print stay ("… ZUM ALTEN HOF", "MOTEL ONE BAR", "KROEGER & SOHN KG").
import { namesKind } from "./heuristics.ts";

// Three letters each: the stub is never longer or shorter.
const NAME_ENDINGS: ReadonlySet<string> = new Set([
  // de
  "hof", "eck", "see", "tal", "weg", "bad", "bau", "rad", "tor", "ost", "süd", "sud", "alt", "neu", "ohg", "gbr",
  "tee", "eis", "bio", "oel", "gut", "rot", "hut", "tür", "amt", "uhr", "bus", "kur", "zoo", "ski",
  // en, nl, fr
  "bar", "pub", "inn", "spa", "art", "car", "tea", "gym", "pet", "one", "two", "kok", "wok", "bbq", "cie", "bis",
  // Shortened words a terminal prints after a name ("HOSPICES CIVILS LYON PKG": its car park).
  "pkg", "ctr", "mkt", "svc", "hse", "grp", "pty", "ltd", "llc", "inc", "plc", "ins",
]);

/** True for the last word of a name at a card field's width that is a town cut to three letters. */
export function isCutTownStub(word: string): boolean {
  const folded = word.toLowerCase();
  return /^\p{L}{3}$/u.test(word) && !NAME_ENDINGS.has(folded) && !namesKind(word);
}

// German adjectives stand before a noun, never after a name: after a trade and its owner's name, "NEU" or "ALT" at the
// field's end is a town's start the field cut ("AUTOSATTLEREI PFALLER NEU" of Neuburg, "… ALT" of Altötting).
const ADJECTIVE_STUBS: ReadonlySet<string> = new Set(["neu", "alt"]);

/** True for "neu" or "alt" ending `name` at a card field's width right after a trade's word and one owner's name. */
export function isCutTownStubAfterOwner(word: string, name: string): boolean {
  const words = name.trim().split(/\s+/);
  return ADJECTIVE_STUBS.has(word.toLowerCase()) && words.length === 3 && namesKind(words[0]!) && !namesKind(words[1]!);
}
