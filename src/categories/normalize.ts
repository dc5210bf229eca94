// Bank text is messy: "MÜLLER", "Mueller", "REWE.Markt GmbH", "PAYPAL *NETFLIX".
// Everything that matches text (dictionary, rules, heuristics) compares folded
// forms so that case, accents and punctuation never decide a category.

// Letters that no Unicode decomposition takes to a Latin base letter: Turkish dotless ı ("Altın Sarayı"), Polish ł
// ("Wisła"), Nordic ø, Croatian đ, Icelandic ð and þ, Maltese ħ. Banks print them as i, l, o, d, d, th, h.
const UNDECOMPOSED: Readonly<Record<string, string>> = { ı: "i", ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", ħ: "h" };

/** Lower case, accents removed (ü→u, ß→ss, œ→oe, æ→ae, ł→l, ı→i), apostrophes dropped, other punctuation → one space. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[ıłøđðþħ]/g, (c) => UNDECOMPOSED[c]!)
    .replace(/['’`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
/** German umlauts as a bank or a terminal without them writes them: "Hörgeräte" → "Hoergeraete", "Größe" → "Groesse". */
export function spellUmlautsOut(text: string): string {
  return text.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]!);
}

/**
 * foldText plus the ASCII spellings of umlauts German banks print
 * ("GLUECK", "Baeckerei", "MUELLER"): both spellings fold to one form. Used
 * for grouping keys and dictionary matching, never for display.
 */
export function foldUmlauts(folded: string): string {
  return folded.replace(/([a-z])(?:ae|oe|ue)/g, (m: string, c: string) => c + m.slice(1, 2)).replace(/\b(ae|oe|ue)/g, (m: string) => m.slice(0, 1));
}

/**
 * Any of the patterns as whole words of a folded text: "(^| )(a|b)( |$)", each pattern's umlaut spellings folded as
 * foldUmlauts folds the text it is matched against ("getraenke" and "getranke" alike). Every word list of the
 * categorizer (heuristics.ts, shop-kinds.ts, the trade modules, money-moves.ts) is matched so.
 */
export function wholeWords(patterns: readonly string[]): RegExp {
  return new RegExp(`(^| )(${patterns.map(foldUmlauts).join("|")})( |$)`);
}

// A plural naming the trade after the name, which customers leave out: "Vue Cinemas" is
// "Vue", "Dexters Lettings" is "Dexters". Not "Group" or "Holdings": "Adler Group" (a
// landlord) is not "Adler" (a fashion chain).
const TRADE_PLURAL = / (?:cinemas|theatres|theaters|supermarkets|stores|shops|lettings|restaurants)$/;
const SAINT = /(^| )(?:saint|sankt)(?= |$)/g;
const SAINTE = /(^| )sainte(?= |$)/g;
const COMPANY_LAST = / company$/;

/**
 * The words of a merchant that decide whether two names are one business:
 * a leading English article and the joiners between names are dropped, so
 * "THE FOX AND HOUNDS", "Fox & Hounds" and "The Fox & Hounds" agree ("&"
 * already folds away). A joiner at either end is a name, not a joiner, and a
 * trailing plural naming the trade is dropped ("Vue Cinemas" is "Vue").
 * The migration 20261129201000_merchant_key_articles applies the same three
 * regular expressions to stored keys: change them together. A saint is
 * written out or not ("Kiné Saint-Augustin", "KINE ST AUGUSTIN", "Sankt Pauli
 * Bar") and a closing "Company" is printed "Co" ("GOSFORTH BARBER CO"): both
 * spellings key alike (migration 20261201063000_merchant_key_saint_company).
 */
export function merchantWords(folded: string): string {
  return folded
    .replace(/^the (?=\S)/, "")
    .replace(/ (?:and|und|et|en)(?= )/g, "")
    .replace(TRADE_PLURAL, "")
    .replace(SAINT, "$1st")
    .replace(SAINTE, "$1ste")
    .replace(COMPANY_LAST, " co");
}

/** Whole-word containment on folded text: "rewe" is in "rewe markt 1234", not in "brewery". */
export function containsWords(foldedText: string, foldedPhrase: string): boolean {
  if (!foldedPhrase) return false;
  return ` ${foldedText} `.includes(` ${foldedPhrase} `);
}

/**
 * Wrappers that payment processors put in front of the real merchant. They are
 * removed before matching so "GOOGLE PAY REWE" is REWE, not Google.
 */
const PAYMENT_WRAPPERS = [
  // Person-to-person rails: the payee named after them is the merchant.
  "quickpay with zelle payment to",
  "quickpay with zelle payment from",
  "zelle payment to",
  "zelle payment from",
  "zelle to",
  "zelle from",
  "venmo payment to",
  "venmo to",
  "cash app to",
  "paypal europe s a r l et cie s c a",
  "paypal europe s a r l",
  "paypal europe",
  "paypal",
  "pp",
  "google pay",
  "apple pay",
  "sumup",
  "izettle",
  "zettle",
  "ztl",
  "sq",
  "klarna",
  "visa debit",
  "visa",
  "mastercard",
  "debitk",
  "girocard",
  "kartenzahlung",
  "lastschrift",
  "sepa",
  "pos",
  "ec",
];
const WRAPPER_RE = new RegExp(`(^| )(${PAYMENT_WRAPPERS.join("|")})(?= |$)`, "g");

export function stripPaymentWrappers(folded: string): string {
  return folded.replace(WRAPPER_RE, " ").replace(/ +/g, " ").trim();
}
