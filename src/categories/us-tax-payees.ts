// US tax bodies' ACH entries print the body, then its payment system or the return paid, often the body's name again:
// "IRS EFTPS EFTPS DES:1040ES EST ID:…", "IRS EFTPS IRS EFTPS ESTIMATED TAX 2026", "TEXAS COMPTROLLER WEBFILE SALES TAX
// FEBRUARY 2026", "TEXAS COMPTROLLER TX COMPTROLLER SALES TAX …". The body is the payee; the rest says how and for what.

// EFTPS is the IRS's own Electronic Federal Tax Payment System, never another payee.
const IRS = /^\s*(?:IRS|INTERNAL\s+REVENUE\s+SERVICE)\s+(?:EFTPS|USATAXPYMT|USA\s+TAX\s+PYMT|TAX\s+(?:PYMT|PAYMENT))\b/i;

const STATES = [
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
  "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
  "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
  "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
  "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
];
// A state's comptroller (Texas and Maryland collect sales and franchise tax so), then whatever the entry says after it.
const COMPTROLLER = new RegExp(String.raw`^\s*(${STATES.join("|")})\s+comptroller\b(?=\s+\S)`, "i");

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase());

/** The tax body an ACH entry pays ("IRS", "Texas Comptroller"), or null when the text names none in these shapes. */
export function usTaxPayee(text: string): string | null {
  if (IRS.test(text)) return "IRS";
  const state = COMPTROLLER.exec(text)?.[1];
  return state ? `${titleCase(state)} Comptroller` : null;
}
