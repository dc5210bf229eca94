// The built-in merchant dictionary: brands of DE/AT/CH, the UK, the US, FR,
// NL, ES and IT. Each row: display name (the canonical merchant), taxonomy
// key, then the folded phrases that identify it (see foldText).
// Phrases match whole words; a leading "~" marks a word part instead, for
// German compounds ("Marien-Apotheke", "Haftpflichtversicherung"), and a
// leading "^" a short alias that counts only as the text's first word ("^ah"),
// and a leading "*" a common word that names the brand only as the first word
// of the shop behind a card terminal's prefix ("*plus": "CCV*PLUS VERMEULEN").
// Ambiguous words are avoided on purpose: "Müller" is a surname, so only the
// drugstore's trading names are listed; "Total" alone would catch "total",
// "spar" alone would catch "Spar-Überweisung", "uber" alone catches "über".
import { RETAIL } from "./merchant-data-retail.ts";
import { MOBILITY } from "./merchant-data-mobility.ts";
import { SERVICES } from "./merchant-data-services.ts";
import { DIGITAL, FOOD } from "./merchant-data-digital.ts";
import { MORE_BRANDS } from "./brands/index.ts";

export type MerchantRow = readonly [name: string, categoryKey: string, ...phrases: string[]];

// The core lists first: on equal phrases the earlier row wins, so the brand lists only add.
export const MERCHANTS: readonly MerchantRow[] = [...RETAIL, ...FOOD, ...DIGITAL, ...MOBILITY, ...SERVICES, ...MORE_BRANDS];

/**
 * Names that are a kind of business rather than one business: they give a
 * category, never a merchant label ("Licht Apotheke" stays its own merchant).
 */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  "Apotheke", "Bäckerei", "Tankstelle", "Taxi", "Versicherung", "Stadtwerke", "Hotel", "Friseur",
  "Fitnessstudio", "Arztpraxis", "Kino", "Studierendenwerk", "Stadtkasse", "Volkshochschule", "Finanzamt",
  // A dog groomer is a kind of shop, not one (brands/extra-19.ts).
  "Hundefriseur",
  // A farm's milk pump is a kind of farm shop, not one (merchant-data-mobility.ts).
  "Milchtankstelle",
  // A court's or a state justice's cash office is one per seat, as a tax office is ("Landesjustizkasse Mainz").
  "Landesjustizkasse", "Gerichtskasse",
]);
