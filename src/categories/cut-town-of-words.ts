// A town of two words or more that the card field's width cut inside it: "COLDWATER RD FUEL FT WAYN" (Fort Wayne),
// "SHOARMA VENNEP NIEUW-VENN" (Nieuw-Vennep), "GARAGE BEAUFILS LA FERTE" (La Ferté-Bernard). The one-word cut-town guess
// sees only the last word ("WAYN", "FERTE"), which begins no town of one word; the words together begin one of the
// gazetteer's towns of several words, and are not the whole of it.
import { CITIES } from "./places.ts";
import { foldText } from "./normalize.ts";
import { CUT_WIDTHS_WITH_PAYPAL as CUT_WIDTHS } from "./card-field-widths.ts";

// A saint's name after a shop's is the shop's own ("BOULANGERIE DU PAIN SAINT MART" is its patron's, cut).
const SAINT = /^(?:saint|sainte|st|ste|sankt|san|santa|sint|s)$/;
// Words that join a name's parts: what follows one is the name's ("CAFE DE LA PAIX", "GASTHAUS ZUR LINDE").
const JOINER = /^(?:zur|zum|am|an|im|in|der|die|das|den|dem|des|de|du|la|le|les|van|von|vom|the|and|und|of|et|en|bei|op|aan|het)$/i;

// A name, then the field's last two or three words as a cut town's; behind two whole words of the town, three letters of
// the third are enough ("SALT LAKE CIT"), behind one, four.
const CUT_TOWN_OF_WORDS: readonly (readonly [number, RegExp])[] = [
  [3, /^(\S+(?:\s+\S+)+?)\s+((?:\p{L}+[\s-]+){2}\p{L}{3,})$/u],
  [2, /^(\S+(?:\s+\S+)+?)\s+((?:\p{L}+[\s-]+){1}\p{L}{4,})$/u],
];

let prefixes: Set<string> | undefined;
/** Every start of a listed town of several words that ends inside or after one of its words, short of the whole town. */
function townOfWordsStarts(): Set<string> {
  if (prefixes) return prefixes;
  prefixes = new Set<string>();
  for (const town of CITIES) {
    if (!town.includes(" ")) continue;
    for (let end = town.indexOf(" ") + 2; end < town.length; end += 1) if (town[end - 1] !== " ") prefixes.add(town.slice(0, end));
  }
  return prefixes;
}

/**
 * The name without a town of several words the card field cut at its end ("COLDWATER RD FUEL FT WAYN" → "COLDWATER RD
 * FUEL"): only where the printed field is exactly a card field wide and in capitals, the cut town's last word has four
 * letters or more (three after two whole words), and a name of two words is left before it (not ending on a joining word).
 */
export function withoutCutTownOfWords(s: string, field: string): string {
  if (field !== field.toUpperCase()) return s;
  const name = CUT_WIDTHS.has(field.length) ? field : townAfterField(s, field) ? s : null;
  if (name === null) return s;
  for (const [take, cutTown] of CUT_TOWN_OF_WORDS) {
    const m = cutTown.exec(s);
    if (!m || !name.endsWith(m[2]!.toUpperCase())) continue;
    const cut = foldText(m[2]!.replace(/-/g, " "));
    const words = cut.split(/\s+/);
    if (words.length !== take || SAINT.test(words[0]!) || CITIES.has(cut) || !townOfWordsStarts().has(cut)) continue;
    const before = m[1]!.split(/\s+/).pop()!;
    if (JOINER.test(before)) continue;
    return m[1]!;
  }
  return s;
}

/** True when `field` is the name `s`, exactly a card field wide, then the town the terminal stands in ("… AUSTIN NY"). */
function townAfterField(s: string, field: string): boolean {
  if (!CUT_WIDTHS.has(s.length) || !field.startsWith(`${s} `)) return false;
  // A store's number may stand between ("COLDWATER RD FUEL FT WAYN #6437 AUSTIN NY").
  return CITIES.has(foldText(field.slice(s.length + 1).replace(/^#\d+\s+/, "").replace(/\s+[A-Z]{2,3}$/, "")));
}
