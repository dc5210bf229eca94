// Words after a brand's or an association's name that say which of its outlets or branches was paid, not who:
// "WALDLAEUFER OUTLET" is the shoemaker Waldläufer's factory shop, "Arbeiter-Samariter-Bund Regionalverband" (its region
// already taken off as a place) the Arbeiter-Samariter-Bund.
import { namesKind } from "./heuristics.ts";

// Words that make an outlet's kind, not a brand's name, before "Outlet": "Ashford Designer Outlet", "Factory Outlet".
const OUTLET_KIND = /^(?:designer|moebel|m(?:ö|oe|o)bel|matratzen|factory|fashion|premium|shoe|shoes|schuh|mode|furniture|city|village|center|centre|bargain|clearance|discount|style|brand|brands|sports?|golf|the)$/i;
const BRAND_OUTLET = /^(\p{L}[\p{L}'&-]{3,}(?:\s+\p{L}[\p{L}'&-]+)?)\s+OUTLET(?:\s+STORES?)?$/iu;

/** "WALDLAEUFER OUTLET" → "WALDLAEUFER"; an outlet named by its kind ("DESIGNER OUTLET") unchanged. */
export function withoutBrandOutlet(s: string): string {
  return s.replace(BRAND_OUTLET, (m: string, brand: string) => {
    const last = brand.split(/\s+/).pop() ?? "";
    return OUTLET_KIND.test(last) || namesKind(last) ? m : brand;
  });
}

// A regional or state branch's word left last after an association's name of a hyphenated or two words or more.
const BRANCH_LAST = /(?<=\p{L}{3,}-\p{L}{3,}|\S\s+\S+)\s+(?:Regionalverband|Landesverband|REGIONALVERBAND|LANDESVERBAND)$/u;

/** "Arbeiter-Samariter-Bund Regionalverband" → "Arbeiter-Samariter-Bund". */
export function withoutBranchWordLast(s: string): string {
  return s.replace(BRANCH_LAST, "");
}

// A winery's or an estate's own shop after its name: "STAATSWEINGUT MEERSBURG VINOTHEK" is the Staatsweingut
// Meersburg, "HOFGUT RENGOLDSHAUSEN HOFLADEN" the Hofgut. Without the estate's word first the shop word is the name's
// own ("Heidjer Hofladen", "Vinothek Rebenglück").
const ESTATE_SHOP = /^((?:staats)?(?:weingut|hofgut|gut|landgut|weinhof|winzerhof|schlossgut|klostergut)\s+\p{L}[\p{L}'-]+(?:\s+\p{L}[\p{L}'-]+)?)\s+(?:vinothek|hofladen|weinverkauf|gutsladen)$/iu;

/** "Staatsweingut Meersburg Vinothek" → "Staatsweingut Meersburg". */
export function withoutEstateShop(s: string): string {
  return s.replace(ESTATE_SHOP, "$1");
}
