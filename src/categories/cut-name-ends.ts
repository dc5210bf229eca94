// What a terminal's cut or shorthand leaves in a cleaned name: "BUDGET BLINDS OF GREENVIL…" loses its town and keeps the
// "Of" that joined it; "OBST U GEMUESE HIENDL" writes "und" as "U" between two kinds of goods.
import { contentCategory } from "./heuristics.ts";

// An English trade's "Van" is the vehicle it sells from ("BORTH FISH VAN LTD", "… BAKERY VAN", "… COFFEE VAN"), no
// Dutch particle: neither a joining word the cut left nor one that joins a town after it to the name.
const SELLING_FROM = "fish|chips?|bakery|bread|cake|coffee|tea|ice\\s+cream|burger|pizza|crepe|kebab|food|milk|veg|grocery|mobile\\s+shop|library|catering|flower|butchers?";
const SELLING_VAN = new RegExp(`\\b(?:${SELLING_FROM})\\s+van$`, "iu");

/** True when `words[at]` is the "Van" a trade sells from ("FISH VAN"), not a name's particle. */
export function isSellingVan(words: readonly string[], at: number): boolean {
  return at > 0 && SELLING_VAN.test(words.slice(Math.max(0, at - 2), at + 1).join(" "));
}

// A joining word whose object the cut took, after a name of two words or more.
const DANGLING_JOINER = new RegExp(`(?<=\\p{L}{2,}\\s+\\p{L}{2,})(?<!\\b(?:${SELLING_FROM}))\\s+(?:of|de|du|des|von|vom|van|der)$`, "iu");

// A lone "U"/"U." between two kinds of goods or trades ("Obst u. Gemüse", "Elektro u Sanitär"); not Czech's "at" before a
// place or a sign ("POTRAVINY U MOSTU", "RESTAURACE U TRI RUZI").
const SHORT_UND = /^(\p{L}{3,})\s+[Uu]\.?\s+(\p{L}{3,})(?=\s|$)/u;

// A trade and its owner's name, then a town the field cut to "ST" or "STR" ("ELEKTRO VILSMEIER ST" of Stuttgart,
// "EISENWAREN STADLBAUER STR" of Straubing): with no street's name glued before it, "STR" is no Straße, nor "ST" a street
// or a saint with no name after it. Other short cuts ("… HOF", "… BEC") may end a name and are read elsewhere.
// So is the owner's clause ("Baeckerei Hoelzle Inh. R. Hoelzle") cut to "In" by Postbank's 20 characters; not the "in" of a
// drive-in or a drop-in.
const CUT_TOWN_AFTER_OWNER = /^(\p{L}{3,}\s+\p{L}{4,})\s+(?:ST|STR|St|Str|(?<!\b(?:drive|walk|drop|check|dine|plug|sign|login|pop|move|break|fill)\s+)(?:IN|In|INH|Inh))\.?$/iu;

const isKind = (word: string) => contentCategory({ amountSign: -1, texts: [word] }) !== null;

/** The name without what the cut left dangling, "U" read as "&" ("Budget Blinds Of" → "Budget Blinds"). */
export function withoutCutEnds(name: string | null): string | null {
  if (!name) return name;
  const joined = name.replace(SHORT_UND, (m: string, first: string, second: string) => (isKind(first) && isKind(second) ? `${first} & ${second}` : m));
  const owner = CUT_TOWN_AFTER_OWNER.exec(joined)?.[1];
  if (owner && isKind(owner.split(/\s+/)[0]!)) return owner;
  return joined.replace(DANGLING_JOINER, "");
}
