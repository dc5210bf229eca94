// Turns raw counterparty or card text into one canonical merchant label, the
// same for every row of one merchant: the dictionary's brand name when it
// knows the business ("AMZN Mktp DE*2K3L45" → "Amazon"), otherwise the
// cleaned text ("SQ *BERRY FARM'S GOSQ. BLACKFALDS    CAN" → "Berry Farm's").
import { selfNameInMemo } from "./memo-self-name.ts";
import { cleanDescriptor, leadingText, LEADING_ARTICLES, LOCAL_BRANCH_WORDS, withoutLegalForms, withoutOwner, withoutPayerCode } from "./descriptor.ts";
import { withoutAuthorityOffice } from "./authority-office.ts";
import { hasProcessorReference, processorSubMerchant, withoutServiceAfter } from "./processor-references.ts";
import { subBrandOf } from "./sub-brands.ts";
import { brandEndsOtherName } from "./brand-ends-name.ts";
import { brandsNamedBy, matchMerchantText, merchantAtTerminal, merchantByCutName, merchantByName, type MerchantFields, type MerchantMatch } from "./merchant-dictionary.ts";
import { foldText } from "./normalize.ts";
import { CITIES } from "./places.ts";
import { councilName, councilPaidFor } from "./councils.ts";
import { contentCategory, isCashType } from "./heuristics.ts";
import { personalName } from "../transfers/own-names.ts";
import { personBeforeMemo, titledPayee } from "./person-memo.ts";
import { namesTownBody } from "./institutions.ts";
import { regionalCarrierOf } from "./regional-carriers.ts";
import { titleBilledBy } from "./newspaper-titles.ts";
import { isProcessorOwnBill } from "./processor-billing.ts";
import { usTaxPayee } from "./us-tax-payees.ts";
import { withoutCutEnds } from "./cut-name-ends.ts";
import { withoutTillEnds } from "./till-ends.ts";
import { withoutBoxOffice } from "./box-office-ends.ts";
import { withCutVenueWord } from "./cut-venue-words.ts";
import { withTailWords } from "./name-tail-words.ts";

// Initials, a local branch's word, then its town: "DLRG Ortsgruppe Eckernfoerde", "NABU Kreisverband Wedel".
const LOCAL_BRANCH = new RegExp(String.raw`^\p{Lu}{2,6}\s+(?:${LOCAL_BRANCH_WORDS})\s+\p{L}{3,}`, "u");
// …and such a branch's label as stored, in mixed case ("DLRG Eckernfoerde"): read again, a charity's initials and a
// town stay the branch, so the label labels to itself.
const BRANCH_LABEL = /^\p{Lu}{2,6}\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*)$/u;

/** True when the text names an association's local branch by its word, or is such a branch's label (a charity's initials and a town). */
function namesLocalBranch(text: string): boolean {
  if (LOCAL_BRANCH.test(text)) return true;
  const town = BRANCH_LABEL.exec(text)?.[1];
  return !!town && CITIES.has(foldText(town)) && matchMerchantText(text)?.categoryKey === "donations";
}

/** The dictionary's one label for every cash machine. */
const CASH_MACHINE = "ATM";

// A processor as counterparty says nothing about what was bought; the text does.
// (Each by the name it goes by, for a purpose that names the service itself.)
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  paypal: "PayPal", klarna: "Klarna", sumup: "SumUp", stripe: "Stripe", adyen: "Adyen", izettle: "iZettle", zettle: "Zettle", mollie: "Mollie",
  unzer: "Unzer", computop: "Computop", payone: "Payone", wirecard: "Wirecard", ratepay: "Ratepay",
};
const PROCESSORS = new RegExp(`^(?:stichting )?(${Object.keys(SERVICE_NAMES).join("|")})\\b`);

/** The payment service's own name when the purpose's label names the service the counterparty is ("Klarna Bank AB" / "Ihre Klarna Monatsrechnung"). */
function serviceNamedIn(cp: string, label: string): string | null {
  const service = PROCESSORS.exec(foldText(cp))?.[1];
  return service !== undefined && new RegExp(`\\b${service}\\b`).test(foldText(label)) ? (SERVICE_NAMES[service] ?? null) : null;
}

// A purpose made only of the words for an instalment, an order or a payment ("Ratenzahlung Bestellung", "Teilzahlung
// Einkauf") names no shop: what the service was paid is its own instalment.
const PURPOSE_ONLY = /^(?:(?:ratenzahlung|ratenkauf|teilzahlung|rate|raten|monatsrate|bestellung|einkauf|kauf|zahlung|rechnung|monatsrechnung|instalment|installment|order|purchase|payment|termijn|termijnbetaling|bestelling|aankoop|betaling|echeance|achat|paiement)(?: |$))+$/;

/** The service the counterparty is, when the purpose's label holds only such words. */
function serviceForPurpose(cp: string, label: string): string | null {
  const service = PROCESSORS.exec(foldText(cp))?.[1];
  return service !== undefined && PURPOSE_ONLY.test(foldText(label)) ? (SERVICE_NAMES[service] ?? null) : null;
}

export function isPaymentProcessor(text: string): boolean {
  return PROCESSORS.test(foldText(text)) && !text.includes("*");
}

// A lone kind-of-shop word ("Stadtwerke") needs its city to stay one business.
const isGenericWord = (rest: string) => !rest.includes(" ") && matchMerchantText(rest)?.generic === true;

// Field texts repeat (the same counterparty every week), so labels are
// remembered per field, boundedly: a big first sync labels each shop once.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string | null>();

/** The canonical label of one field, or null when it holds no name. */
export function labelOf(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const hit = memo.get(text);
  if (hit !== undefined || memo.has(text)) return hit ?? null;
  const label = computeLabel(withoutAuthorityOffice(withoutServiceAfter(text)));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, label);
  return label;
}

// Two or three words of a name (a middle initial between them: "FATIMA C PEREIRA"), then a person-to-person rail and what follows it.
const PAYEE_BEFORE_RAIL = /^\s*(\p{L}[\p{L}'-]+(?:\s+\p{L}\.?(?=\s))?(?:\s+\p{L}[\p{L}'-]+){1,2})\s+(?:ZELLE|VENMO)\b/iu;
// A middle initial is no word of the name a person's check reads ("FATIMA C PEREIRA" is Fatima Pereira's).
const withoutMiddleInitial = (name: string) => name.replace(/(?<=\S)\s+\p{L}\.?(?=\s)/u, "");
// A person-to-person rail's star, then the person and the memo: "CASH APP*TAMIKA FONTENOT UTILITIES MY SHARE".
const RAIL_STAR_PAYEE = /^\s*(?:CASH\s*APP|VENMO)\s*\*\s*(\p{L}[\p{L}'-]+\s+\p{L}[\p{L}'-]+)(?=\s|$)/iu;

const titleCased = (name: string) => name.trim().toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());

function computeLabel(text: string): string | null {
  // "LB CAMDEN CTAX" is the London Borough of Camden: a council goes by its own name, whatever brand a place shares.
  const council = councilName(text);
  if (council) return council;
  // "IRS EFTPS EFTPS DES:1040ES EST", "TEXAS COMPTROLLER WEBFILE SALES TAX": a tax body's ACH entry goes by the body.
  const taxBody = usTaxPayee(text);
  if (taxBody) return taxBody;
  // "ANNA ESPOSITO ZELLE SPLIT VILLA AMALFI": Amex and Wells Fargo print the person paid, then the rail and the memo;
  // the person is the payee, not the rail.
  const railPayee = PAYEE_BEFORE_RAIL.exec(text)?.[1];
  // With a middle initial the name is title-cased as it stands: "JOSE L ARIAS" is no elided French "L'Arias".
  if (railPayee && personalName(withoutMiddleInitial(railPayee)) !== null) return railPayee !== withoutMiddleInitial(railPayee) ? titleCased(railPayee) : cleanDescriptor(railPayee, isGenericWord);
  // The person after the rail's star is the payee, whatever memo follows; a shop behind the star keeps the rail's label.
  const starPayee = RAIL_STAR_PAYEE.exec(text)?.[1];
  if (starPayee && personalName(starPayee) !== null) return cleanDescriptor(starPayee, isGenericWord);
  // "NADIA PELLINGHAM GAS MONEY AND PHONE BILL 1020 …", "MR AND MRS D HOLBROOKE FROM GRANDMA …": the same without a rail.
  const memoPayee = personBeforeMemo(text) ?? titledPayee(text);
  if (memoPayee) return memoPayee;
  // The cleaned text is needed on most paths but not on a brand's: made once, when first asked for.
  let cleanedOnce: string | null | undefined;
  const clean = () => (cleanedOnce === undefined ? (cleanedOnce = withTailWords(withCutVenueWord(withoutBoxOffice(withoutTillEnds(withoutCutEnds(cleanDescriptor(text, isGenericWord)))), text))) : cleanedOnce);
  // "To Konstantin Reichelt": the person after a transfer word as well.
  if (surnameLikeBrand(text) || surnameLikeBrand(leadingText(text))) return clean();
  // The text as printed, then with the bank's words in front removed, so a short brand
  // that counts only as the first word ("AH 1234" after "BEA NR:… 20.10.26/10.21") is found.
  // "GOOGLE *Finanzguru": Google Play collects for the app's maker, who is the merchant (bank-formats.md §3.1).
  const app = googlePlayApp(text);
  if (app) return labelOf(app) ?? app;
  // "DLRG Ortsgruppe Eckernfoerde e.V.": an association's local branch goes by its initials and town ("DLRG Eckernförde"),
  // as an association no list knows does (descriptor.ts), not by the federation's brand alone.
  if (namesLocalBranch(leadingText(text).trim())) {
    const branch = clean();
    if (branch) return branch;
  }
  // "Markgrafen-Apotheke Inh. C. Hetzner e.K.": a brand sharing the owner's surname is not the shop.
  // "ASHGILL PRINTING LTD APL PAYROLL": nor is a payer's reference code after its legal form (APL is no Apple).
  const shop = withoutPayerCode(withoutOwner(text));
  const known = merchantByName(shop) ?? matchMerchantText(shop) ?? matchMerchantText(leadingText(shop));
  if (known && !known.generic && !brandInsideName(clean(), known) && !brandEndsOtherName(clean(), known)) return sectionOf(shop, known.name) ?? bodyOfTown(clean(), known.name) ?? regionalCarrierOf(shop, known.name) ?? known.name;
  // A franchise's till prints the brand then the owner ("CCV*PLUS VERMEULEN"): the brand is the merchant.
  const atTerminal = merchantAtTerminal(text);
  if (atTerminal) return atTerminal.name;
  const cleaned = clean();
  if (!cleaned) return null;
  // The cleaned name gets the same exact-name lookup as a printed one: a label must label to itself
  // ("RTL DEUTSCHLAND GMBH" → "RTL", which is the canonical "RTL+" once stored).
  const again = merchantByName(cleaned) ?? matchMerchantText(cleaned) ?? (endsAtCut(text, cleaned) && !CITIES.has(foldText(cleaned)) ? merchantByCutName(cleaned, text.trim().length) : null);
  if (again && !again.generic && !brandInsideName(cleaned, again) && !brandEndsOtherName(cleaned, again)) return again.name;
  // "LWB Leipziger Wohnungs- und Baugesellschaft mbH": a company no list knows that prints its initials first goes by them.
  return spelledInitials(leadingText(text)) ?? personWhole(text, cleaned) ?? cleaned;
}

// "Deutscher Alpenverein Sektion Marburg e.V.": a federation's section, with its town, is a club of its own.
const SECTION = /\bSektion\s+(\p{Lu}[\p{L}-]+)/u;

/** The federation's section by its name and town ("DAV Sektion Marburg"), or null when the text names no section. */
function sectionOf(text: string, federation: string): string | null {
  const town = SECTION.exec(text)?.[1];
  return town ? `${federation} Sektion ${town}` : null;
}

/**
 * "CROUS LIMOGES LOYER …": a student services' or university's brand goes by its town (institutions.ts), which the cleaned
 * text keeps after the brand's name ("Crous Limoges"); null when nothing follows the brand.
 */
function bodyOfTown(cleaned: string | null, brand: string): string | null {
  if (!cleaned || !namesTownBody(brand.split(" ").pop() ?? "")) return null;
  return foldText(cleaned).startsWith(`${foldText(brand)} `) ? cleaned : null;
}

/**
 * True when the field could have been cut at the name's last word: nothing but a town, a short code or a
 * number follows it in the printed text. "SAARLAND Feuerversicherung AG" goes on with a word of its own, so
 * "Saarland" there is whole, not the cut start of another brand's "Saarländischer …".
 */
function endsAtCut(text: string, cleaned: string): boolean {
  const words = foldText(text).split(" ");
  const at = words.lastIndexOf(foldText(cleaned).split(" ").pop() ?? "");
  const next = at < 0 ? undefined : words[at + 1];
  return next === undefined || /\d/.test(next) || next.length <= 3 || CITIES.has(next);
}

// Google's own services billed through Google Play stay Google's ("GOOGLE *Google One", "GOOGLE*STADIA").
const GOOGLE_OWN = /^(?:google|goog|play|one|storage|cloud|workspace|g ?suite|payments?|ads|domains|fi|photos|drive|nest|stadia|youtube)\b/i;

/** The app after Google Play's star ("GOOGLE *Finanzguru" → "Finanzguru"), or null for Google's own services. */
function googlePlayApp(text: string): string | null {
  const m = /^\s*(?:(?:VISA|Kartenzahlung)\s+)?GOOGLE\s*\*\s*(\S.*)$/i.exec(text);
  // The app's name ends at a comma, a wide gap, a full stop before the reference ("CLUE. 50703666") or the town's slashes.
  const app = m?.[1]?.split(/,|\s{2,}|\.\s|\/\//)[0]?.trim();
  return app && /\p{L}{2}/u.test(app) && !GOOGLE_OWN.test(app) ? app : null;
}

// Words skipped when initials are read off a name ("Leipziger Wohnungs- und Baugesellschaft" → LWB).
const INITIAL_JOINERS: ReadonlySet<string> = new Set(["und", "and", "&", "fur", "für", "fuer", "of", "for", "de", "der", "die", "das", "van", "et"]);

/**
 * "LWB Leipziger Wohnungs- und Baugesellschaft", "BVG Berliner Verkehrsbetriebe": three to five capitals, then
 * the words they are the initials of. The initials are the name people use; two capitals could be a person's.
 */
function spelledInitials(text: string): string | null {
  const m = /^([A-ZÄÖÜ]{3,5})\s+(.+)$/u.exec(text.trim());
  if (!m) return null;
  const acronym = m[1]!;
  // Legal forms and abbreviations spell nothing ("ABN AMRO Bank N.V." is not A-B-N).
  const words = withoutLegalForms(m[2]!).split(/[\s-]+/).filter((w) => w && !INITIAL_JOINERS.has(w.toLowerCase()) && !w.includes("."));
  if (words.length < acronym.length) return null;
  const spelled = words.slice(0, acronym.length).map((w) => w[0]!.toUpperCase()).join("");
  return spelled === acronym ? acronym : null;
}

// Words that begin a business's name, never a person's: the descriptor's leading articles and the Romance ones.
// …and the Dutch foundation, association and cooperative words ("Coöperatie DELA" is DELA, not a person), the German and
// French foundation and association words ("Stiftung Louisenlund" is the school its foundation runs), the French network,
// group and company words ("RESEAU IRIGO" is the Irigo network, not a person called Irigo).
const NAME_OPENERS: ReadonlySet<string> = new Set([...LEADING_ARTICLES, "le", "la", "de", "el", "il", "au", "chez", "stichting", "stiftung", "fondation", "vereniging", "verein", "cooperatie", "reseau", "groupe", "compagnie", "societe", "maison", "agence"]);

/**
 * "Konstantin Reichelt", "Anna Lidl": a person whose surname is also a one-word brand. A counterparty of two
 * plain words where only the second is a brand, and the first is neither a brand, an article nor a kind of shop
 * ("Autohaus Reichelt", "Das Futterhaus" stay businesses), names a person, not the shop.
 */
function surnameLikeBrand(cp: string): boolean {
  const words = cp.trim().split(/\s+/);
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w))) return false;
  const [first, last] = words as [string, string];
  // "To BARMER": a transfer's word before a brand is no first name (the person after it is read without it).
  if (/^(?:to|from)$/i.test(first)) return false;
  if (NAME_OPENERS.has(foldText(first)) || matchMerchantText(first) || contentCategory({ amountSign: -1, texts: [first] }) !== null) return false;
  const whole = matchMerchantText(cp);
  // The surname names the brand whole: "BSB BODENSEE-SCHIFFSBETR" is the brand's name cut at the field, not a person.
  return whole !== null && !whole.generic && matchMerchantText(last)?.name === whole.name && brandsNamedBy(last).some((m) => m.name === whole.name) && merchantByName(cp) === null;
}

// Brands that sell no goods over a counter: a shop's name may start with one ("Nutmeg Café").
const NOT_A_SHOP: ReadonlySet<string> = new Set(["savings", "transfers", "insurance", "fees", "income_other", "salary", "taxes"]);

// "WM MORRISONS STORE", "BOOTS SHOP": a bare store word after a brand says it is a shop, which every brand is.
const STORE_WORDS: ReadonlySet<string> = new Set(["store", "stores", "shop", "shops"]);

/** True when words around `at` together spell one of the brand's own phrases ("wm morrisons", "tesco express"). */
function brandPhraseAround(words: readonly string[], at: number, brand: string): boolean {
  for (let from = 0; from <= at; from += 1) {
    for (let to = at + 1; to <= words.length; to += 1) {
      if (to - from < 2) continue;
      if (brandsNamedBy(words.slice(from, to).join(" ")).some((m) => m.name === brand)) return true;
    }
  }
  return false;
}

/**
 * "TST* DUSTY BOOTS SALOON": a one-word brand in the middle of another shop's name, after a word that is no
 * brand and before a kind of shop the brand is not (a saloon is no chemist), is part of that name.
 */
function brandInsideName(name: string | null, known: { name: string; categoryKey: string }): boolean {
  if (!name) return false;
  // "THE NUTMEG CAFE": a leading article is no word of the name's.
  const all = foldText(name).split(" ");
  const words = all.length > 2 && LEADING_ARTICLES.has(all[0]!) ? all.slice(1) : all;
  const at = words.findIndex((w) => matchMerchantText(w)?.name === known.name);
  // "SUMUP *NUTMEG CAFE": a bank's, investor's or insurer's one-word name first, before a kind of shop, names that shop.
  if (at === 0 && words.length === 2 && NOT_A_SHOP.has(known.categoryKey)) {
    const kind = contentCategory({ amountSign: -1, texts: [words[1]!] });
    return kind !== null && kind !== known.categoryKey;
  }
  if (at <= 0 || at >= words.length - 1) return false;
  const before = words[at - 1]!;
  const after = words[at + 1]!;
  if (NAME_OPENERS.has(before) || matchMerchantText(before) || STORE_WORDS.has(after)) return false;
  const kind = contentCategory({ amountSign: -1, texts: [after] });
  return kind !== null && kind !== known.categoryKey && !brandPhraseAround(words, at, known.name);
}

/**
 * "Dusty Boots Saloon": the brand a row matched is only a word inside the label, which names another shop, so the
 * brand says nothing about it; nor does a brand that is a person's surname ("Konstantin Reichelt"). `known` is the row's match (matchMerchant), which is the label's own when it has one.
 */
export function brandOnlyInsideLabel(label: string | null | undefined, known: MerchantMatch): boolean {
  return !!label && !known.generic && merchantByName(label) === null && (brandInsideName(label, known) || brandEndsOtherName(label, known) || surnameLikeBrand(label));
}

// "Joerg Wittenberg": an account holder's first name and surname, as a bank prints a person's name (not in capitals).
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}{2,}$/u;

/**
 * A person whose surname is also a town ("Joerg Wittenberg", "Ute Hildesheim") keeps it: the cleaning read the
 * town as where a card was used and left the first name alone, which names nobody.
 */
function personWhole(text: string, label: string): string | null {
  const name = text.trim();
  const [first, last] = name.split(" ") as [string, string];
  if (!PERSON_NAME.test(name) || foldText(label) !== foldText(first) || !CITIES.has(foldText(last))) return null;
  return personalName(name) !== null ? name : null;
}

/** Kept for callers that cleaned a single field before the dictionary existed. */
export function cleanMerchantLabel(raw: string): string | null {
  return cleanDescriptor(raw, isGenericWord);
}

/** The short name a payee no list knows gives itself in its purpose text, or null. */
function ownShortName(label: string, description: string | null | undefined): string | null {
  return merchantByName(label) === null ? selfNameInMemo(label, description) : null;
}

/**
 * The merchant of one row: the provider's merchant, else the counterparty,
 * else (no counterparty, or only a processor such as PayPal) the shop named
 * in the description, else the processor itself.
 */
export function merchantName(tx: MerchantFields): string | null {
  const given = labelOf(tx.merchant);
  if (given) return given;
  // A cash machine's text names its place ("LNK SAINSBURYS CAMDEN"), not a shop: every machine is one "ATM".
  if (isCashType(tx.transactionType)) return CASH_MACHINE;
  const cp = tx.counterpartyName?.trim() || null;
  const viaProcessor = cp !== null && isPaymentProcessor(cp);
  if (cp && !viaProcessor) {
    // "DUDLEY MBC" paid for "DUDLEY MBC CTAX 60411872": a council's initials, its tax named in the purpose.
    const council = councilPaidFor(cp, tx.description);
    if (council) return council;
    const label = labelOf(cp);
    // "Wohnungsgenossenschaft Heimkehr eG" billing "Heimkehr Nutzungsgebuehr …": the name the payee gives itself (memo-self-name.ts).
    if (label) return subBrandOf(label, [cp, tx.description]) ?? titleBilledBy(cp, tx.description) ?? ownShortName(label, tx.description) ?? label;
  }
  const desc = tx.description;
  if (desc) {
    const sub = processorSubMerchant(desc);
    // PayPal's booking text naming no shop ("…/PP.4162.PP/, ABBUCHUNG VOM PAYPAL-KONTO", a balance top-up) is PayPal's own.
    if (!sub && viaProcessor && hasProcessorReference(desc)) return labelOf(cp);
    // "PAYONE GmbH | Terminalmiete und Servicepauschale 10/2026": the processor's own bill names no shop either.
    if (!sub && viaProcessor && isProcessorOwnBill(desc)) return labelOf(cp);
    const label = (sub ? labelOf(sub) : null) ?? labelOf(desc);
    // So is a service's purpose naming the service itself ("Klarna Ratenkauf Rate 06/2026", "Ihre Klarna Monatsrechnung").
    const itself = !sub && viaProcessor && label ? (serviceNamedIn(cp, label) ?? serviceForPurpose(cp, label)) : null;
    if (itself) return itself;
    if (label) return subBrandOf(label, [desc]) ?? label;
  }
  return viaProcessor ? labelOf(cp) : null;
}
