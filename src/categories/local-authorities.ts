// US counties as their tax offices print themselves on a bill: "MECKLENBURG
// COUNTY TAX MECK CO PROPERTY TAX", "KING COUNTY TREASURER". One county is one
// payee under the name it goes by ("Mecklenburg County"), filed under taxes.
// UK councils: councils.ts. German towns keep the name they print
// ("Landeshauptstadt Dresden", "Stadtkasse Leipzig"): people call them that.
import { leadingText } from "./descriptor.ts";
import { foldText } from "./normalize.ts";

// Words that follow a county's name on its own bills only; "ORANGE COUNTY CHOPPERS" is a shop.
const COUNTY = /^((?:[a-z]+ ){0,2}?[a-z]+) county (?:tax|taxes|ptax|property|treasurer|treas|trea|tax collector|collector|tc|clerk|assessor|tax comm|tax commissioner|revenue)(?: |$)/;

const title = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());

/** The US county a payee text names as its tax office ("Mecklenburg County"), or null. */
export function localAuthorityName(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const county = COUNTY.exec(foldText(leadingText(text)));
  return county?.[1] ? `${title(county[1])} County` : null;
}
