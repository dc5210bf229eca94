// A national pension carrier pays through its regional carriers, each a payer of its own: "Deutsche Rentenversicherung
// Nordbayern" is not "Deutsche Rentenversicherung Bund". The dictionary knows the national name; the region printed right
// after it stays part of the label. The federal carrier ("Bund") goes by the national name alone. The Federal Employment
// Agency's family benefits offices (Familienkasse Hessen, … Bayern Nord) pay the same way, each under its region's name.
// (The French farmers' insurer's regional funds, "MSA MIDI PYRENEES SUD", are labelled "MSA" alone, as the tuning rows read.)
import { foldText, foldUmlauts } from "./normalize.ts";

/** Folded as banks spell it either way ("Württemberg", "WUERTTEMBERG" → "wurttemberg"). */
const fold = (text: string) => foldUmlauts(foldText(text));

/** Dictionary name of the national carrier → its regional carriers as they write themselves. */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  "Deutsche Rentenversicherung": [
    "Nordbayern", "Bayern Süd", "Westfalen", "Rheinland", "Rheinland-Pfalz", "Baden-Württemberg", "Mitteldeutschland", "Nord",
    "Oldenburg-Bremen", "Braunschweig-Hannover", "Hessen", "Schwaben", "Berlin-Brandenburg", "Knappschaft-Bahn-See", "Saarland",
  ],
  Familienkasse: [
    "Baden-Württemberg Ost", "Baden-Württemberg West", "Bayern Nord", "Bayern Süd", "Berlin-Brandenburg", "Hessen",
    "Niedersachsen-Bremen", "Nord", "Nordrhein-Westfalen Nord", "Nordrhein-Westfalen Ost", "Nordrhein-Westfalen West",
    "Rheinland-Pfalz-Saarland", "Sachsen", "Sachsen-Anhalt-Thüringen",
  ],
};

/** The regional carrier's label ("Deutsche Rentenversicherung Nordbayern") when the text names one after `brand`, else null. */
export function regionalCarrierOf(text: string, brand: string): string | null {
  const regions = REGIONS[brand];
  if (!regions) return null;
  const folded = fold(text);
  const at = folded.indexOf(`${fold(brand)} `);
  if (at < 0) return null;
  const after = folded.slice(at + fold(brand).length + 1);
  // The longest region first: "Rheinland-Pfalz" before "Rheinland".
  const region = [...regions].sort((a, b) => b.length - a.length).find((r) => after === fold(r) || after.startsWith(`${fold(r)} `));
  return region ? `${brand} ${region}` : null;
}
