// Towns a card field cuts after a shop's name that the descriptor's general cut-town guess misses: a spa town's "Bad"
// with its name cut ("RUPERTUSTHERME BAD REICHE", "GAERTNEREI HUETTNER BAD K"), a town cut where a Dutch terminal then
// prints the town it stands in ("SLAGERIJ KAMPMAN BILTHOVE Den Haag"), and the venues whose town is their name.
import { CITIES } from "./places.ts";
import { foldText } from "./normalize.ts";
import { namesKind } from "./heuristics.ts";
import { isCutTownStub } from "./cut-town-stub.ts";
import { CUT_WIDTHS_WITH_PAYPAL as CUT_WIDTHS } from "./card-field-widths.ts";

// Words that close a shop's name, after which the name has no word more: a firm's "Co", a shop's, a garage's.
// Not every kind's word: "SWIMMING POOL", "FARM STAND" go on past theirs.
const NAME_CLOSERS = /^(?:co|company|superstore|supermarket|hypermarket|shop|garage|museum|physiotherapy|podiatry|chiropody|pharmacy|chemists?|opticians|dentistry|osteopathy|chiropractic)$/i;
const closesName = (word: string) => NAME_CLOSERS.test(word);


let badTowns: readonly string[] | undefined;
/** The gazetteer's "Bad …" towns, folded ("bad reichenhall"). */
const spaTowns = () => (badTowns ??= [...CITIES].filter((town) => town.startsWith("bad ")));

/**
 * The name without a "Bad" and the spa town's name the field cut after it ("RUPERTUSTHERME BAD REICHE" → "RUPERTUSTHERME"):
 * only where the printed field is exactly a card field wide, what follows "Bad" is the start of a listed spa town but
 * not the whole of it (a whole town is the descriptor's to read), and not after a joining word ("HOTEL ZUM BAD").
 */
export function withoutCutSpaTown(s: string, field: string): string {
  if (!CUT_WIDTHS.has(field.length) || field !== field.toUpperCase()) return s;
  const tail = /(?:^|\s)(\p{L}{4,})\s+BAD(?:\s+(\p{L}+))?$/u.exec(field);
  if (!tail || /^(?:ZUM|ZUR|IM|AM|AN|IN|DAS|THE|UND|AND)$/.test(tail[1]!)) return s;
  // The cut word may be gone already (the descriptor's own cut-town guess takes "REICHE" off first).
  const at = s.search(new RegExp(String.raw`\s+BAD(?:\s+${tail[2] ?? "\\p{L}+"})?$`, "iu"));
  if (at < 4) return s;
  const cut = tail[2] ? `bad ${foldText(tail[2])}` : "bad ";
  return spaTowns().some((town) => town.startsWith(cut) && town !== cut) ? s.slice(0, at) : s;
}

/**
 * "SLAGERIJ KAMPMAN BILTHOVE Den Haag": a Dutch card text prints the name field (cut at its width) and then the town the
 * terminal stands in. Once that town is gone, a last word of the exactly-wide name field that begins a town (and is
 * none) is a town the field cut too. `beginsTown` is the descriptor's reading of such a start.
 */
export function withoutCutTownBeforeTown(s: string, field: string, beginsTown: (word: string) => boolean): string {
  if (!CUT_WIDTHS.has(s.length) || field.length <= s.length || !field.startsWith(`${s} `)) return s;
  // Only a town follows the name field (a country's code after it at most).
  const after = field.slice(s.length + 1).replace(/\s+[A-Z]{2,3}$/, "");
  if (!CITIES.has(foldText(after))) return s;
  // "MIDLAND RD SUPERSTORE BED GLASGOW", "MARKETPLACE FISH CO KNAR" + "LEEDS": after a word that closes a shop's name
  // (its kind, or a firm's "Co"), a stub of three to six letters that is no word of a kind is a town the field cut.
  const stub = /^(\S+\s+\S+(?:\s+\S+)*?)\s+(\p{Lu}{3,6})$/u.exec(s);
  const closer = stub?.[1]!.split(/\s+/).pop() ?? "";
  if (stub && closesName(closer) && !namesKind(stub[2]!) && (stub[2]!.length > 3 || isCutTownStub(stub[2]!))) return stub[1]!;
  // Five letters at least: a shorter last word is as often a whole one ("CAR WASH", "ZLOTY KLOS").
  const m = /^(\S+\s+\S+(?:\s+\S+)*?)\s+(\p{Lu}\p{L}{4,})$/u.exec(s);
  if (!m) return s;
  const before = m[1]!.split(/\s+/).pop() ?? "";
  if (/^(?:de|het|van|der|den|ter|te|op|aan|in|la|le|du)$/i.test(before)) return s;
  return beginsTown(m[2]!) ? m[1]! : s;
}

// Venues that people name by their town ("Circuit Zandvoort", "Theater Bonn", "Zoo Leipzig"): the word alone names none.
const VENUE_WORD = /^(?:circuit|museum|musee|theater|theatre|theatro|schouwburg|stadsschouwburg|kurhaus|kurtheater|zoo|dierenpark|tierpark|aquarium|stadion|stadium|opera|oper|opernhaus|philharmonie|kasteel|schloss|chateau|cathedral|kathedraal|therme|thermen)$/i;

/** True when dropping the town after a name would leave only a venue's word ("CIRCUIT" of "CIRCUIT ZANDVOORT"). */
export function onlyVenueWordLeft(rest: string): boolean {
  return VENUE_WORD.test(foldText(rest));
}
