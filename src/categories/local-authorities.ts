// US counties as their tax offices print themselves on a bill: "MECKLENBURG
// COUNTY TAX MECK CO PROPERTY TAX", "KING COUNTY TREASURER". One county is one
// payee under the name it goes by ("Mecklenburg County"), filed under taxes.
// Read by councils.ts, which finds the leading text once for both. German towns keep the name they print
// ("Landeshauptstadt Dresden", "Stadtkasse Leipzig"): people call them that.
// Words that follow a county's name on its own bills only; "ORANGE COUNTY CHOPPERS" is a shop.
// A county's bill may shorten it to CO ("FRANKLIN CO TREASURER", "CLARK CO PROP TAX"); only a bill word after CO makes it the county.
const COUNTY = /^((?:[a-z]+ ){0,2}?[a-z]+) (?:county (?:tax|taxes|ptax|property|treasurer|treas|trea|tax collector|collector|tc|clerk|assessor|tax comm|tax commissioner|revenue)|co (?:tax|taxes|ptax|prop tax|property tax|re tax|real estate tax|treasurer|treas|tax collector|tax comm|tax commissioner|assessor))(?: |$)/;

const title = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());

/** The US county a payee's folded leading text names as its tax office ("Mecklenburg County"), or null. */
export function countyName(folded: string): string | null {
  const county = COUNTY.exec(folded);
  return county?.[1] ? `${title(county[1])} County` : null;
}
