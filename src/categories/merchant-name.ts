// Turns raw counterparty or card text into a label a person would write:
// "SQ *BLUE BOTTLE COFFEE 0042" → "Blue Bottle Coffee",
// "Backhaus Kamps GmbH//Koeln/DE" → "Backhaus Kamps".
import { foldText } from "./normalize.ts";

const MAX_LABEL = 40;
// A processor as counterparty says nothing about what was bought; the text does.
const PROCESSORS = /^(paypal|klarna|sumup|stripe|adyen|izettle|zettle|mollie|unzer|computop)\b/;
const WRAPPER_PREFIX = /^\s*(paypal|pp|sumup|sq|iz|ztl|zettle|google pay|apple pay|klarna)\s*\*\s*/i;
const LEGAL_SUFFIX =
  /[\s,]+(gmbh\s*&\s*co\.?\s*(o?hg|kg)|gmbh|mbh|ag|kg|ohg|e\.\s?k\.|e\.\s?v\.|se|ug|ltd\.?|limited|inc\.?|llc|plc|corp\.?|co\.|s\.?\s?a\.?\s?r\.?\s?l\.?|b\.?\s?v\.?|s\.?\s?a\.?)\s*$/i;

export function isPaymentProcessor(text: string): boolean {
  return PROCESSORS.test(foldText(text)) && !text.includes("*");
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-/.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function cleanMerchantLabel(raw: string): string | null {
  let s = raw.split("//")[0] ?? "";
  s = s.replace(WRAPPER_PREFIX, "");
  s = s.replace(/\s+sagt\s+danke\b.*$/i, "");
  // Store numbers, terminal ids and references follow the name: cut at the
  // first long number ("KAISERS 1234 BERLIN"), then peel trailing codes.
  s = s.replace(/\s+#?\d{3,}(\s.*)?$/u, "");
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(LEGAL_SUFFIX, "");
    s = s.replace(/[\s*#]+\S*\d\S*\s*$/u, "");
    // A trailing two-letter country code ("... Berlin DE"), unless it is all there is.
    if (s.trim().length > 6) s = s.replace(/\s+[A-Z]{2}\s*$/u, "");
  }
  s = s.replace(/[\s*.,;:/-]+$/u, "").replace(/^[\s*.,;:/-]+/u, "").replace(/\s+/g, " ");
  if (!/\p{L}/u.test(s)) return null;
  if (s.length > MAX_LABEL) s = s.slice(0, MAX_LABEL).replace(/\s+\S*$/u, "") || s.slice(0, MAX_LABEL);
  // Card networks shout; a label in capitals longer than an acronym reads better in title case.
  const letters = s.replace(/[^\p{L}]/gu, "");
  if (letters.length > 4 && letters === letters.toUpperCase()) s = titleCase(s);
  return s;
}
