// A trade word in a form the keyword lists do not write: in the plural ("STRIKES GARDEN CENTRES", "BOWLAND FUELS") or
// cut by the card's name field ("MOOMERS HOMEMADE ICE CRE", "AYRSHIRE PET SUPP", "HIGH DESERT LANDSCAPI"). categorize.ts
// asks this only where no brand, code or whole word placed a payment: the label read with the word in its listed form
// is what heuristics.ts would have said of it. Only the merchant's label is read, never a purpose text, and the label
// as the labeller made it is not changed.
import { contentCategory, keywordLists } from "./heuristics.ts";
import { foldText, foldUmlauts } from "./normalize.ts";

// Literal entries only ("ice cream", "pet supplies"): a pattern's own forms are written in it.
const LITERAL = /^[a-z ]+$/;
let literals: readonly string[] | undefined;
const literalEntries = () => (literals ??= [...new Set(keywordLists().flatMap((list) => list.entries.map(foldUmlauts).filter((e) => LITERAL.test(e))))]);

// The shortest cut worth completing: a card field cuts a word after its third letter at the earliest; a shorter
// tail of one word ("BAKE", "PARK") is as often a whole word of the name.
const MIN_CUT_WORD = 3;
const MIN_CUT_TAIL = 6;

// Kinds of place that sell things, whose names carry their trade's word: a glued German genitive ("UNIVERSITAETS",
// cut from "Universitätsbuchhandlung") reads as a plural, and a school's or a landlord's name is no shop's sign.
const SHOP_KINDS: ReadonlySet<string> = new Set(["groceries", "restaurants", "shopping", "drugstore", "health", "fuel", "travel", "entertainment", "transport"]);

// A card field cuts inside a word, a few letters before its end ("LANDSCAPI", "ICE CRE"): a whole word ("SERVICE") is no
// cut of "service station", and a German compound's first part ("UNIVERSITAETS") no cut of one compound more than another.
// Nor is a whole word before a compound's last part ("PRINTEN" of "Printenhaus": in Dutch a print shop's word).
const MAX_CUT_LETTERS = 4;
const COMPOUND_ENDS = /^(haus|huis|hof|bad|bar|park|hal|zaal)$/;
const cutFrom = (entry: string, tail: string) => {
  const rest = entry.slice(tail.length);
  return rest.length > 0 && rest.length <= MAX_CUT_LETTERS && entry.startsWith(tail) && !rest.includes(" ") && !COMPOUND_ENDS.test(rest);
};

const read = (words: string[]) => {
  const key = contentCategory({ amountSign: -1, texts: [words.join(" ")] });
  return key && SHOP_KINDS.has(key) ? key : null;
};

/** The category of the label read with a plural trade word in its singular ("centres" → "centre", "fuels" → "fuel"). */
function pluralCategory(words: string[]): string | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (word.length < 5 || !word.endsWith("s") || word.endsWith("ss")) continue;
    for (const singular of [word.slice(0, -1), /(?:ch|sh|x|z)es$/.test(word) ? word.slice(0, -2) : null]) {
      if (!singular) continue;
      const key = read([...words.slice(0, i), singular, ...words.slice(i + 1)]);
      if (key) return key;
    }
  }
  return null;
}

/** The one category every listed word the label's last one or two words begin would give it ("ice cre" → "ice cream"). */
function cutCategory(words: string[]): string | null {
  const last = words[words.length - 1];
  if (!last || last.length < MIN_CUT_WORD) return null;
  const found = new Set<string>();
  for (const n of [2, 1]) {
    if (words.length < n + 1) continue;
    const tail = foldUmlauts(words.slice(-n).join(" "));
    if (tail.length < MIN_CUT_TAIL) continue;
    for (const entry of literalEntries()) {
      if (!cutFrom(entry, tail)) continue;
      const key = read([...words.slice(0, -n), entry]);
      if (key) found.add(key);
    }
    if (found.size > 0) break;
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The trade the label names in a plural or cut form of a listed word, or null. */
export function tradeWordFormCategory(label: string | null | undefined): string | null {
  // Folded as heuristics.ts folds, but umlaut spellings kept: "FUELS" is no "Füls" before its plural is read.
  const words = foldText(label ?? "").split(" ").filter(Boolean);
  if (words.length < 2) return null;
  return pluralCategory(words) ?? cutCategory(words);
}
