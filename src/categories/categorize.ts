// Decides one transaction's category. Order, most trusted first:
//  1. the person's manual choice for this transaction ("user")
//  2. the person's rules ("rule")
//  3. a counterparty IBAN that is one of the person's own accounts: a
//     transfer, whatever else the row says ("fallback"); after salary and
//     cash words, the holder's own name as the counterparty also is one
//  3b. the bank's booking code (GVC 805, BkTxCd …/CHRG, …/CWDL): its own fee
//     or its cash machine, whatever the counterparty's name is ("fallback")
//  4. the provider's own category, through a mapping ("provider")
//  5. booking-type keywords: salary, ATM cash, own transfers and card bills
//     ("fallback"), and a provider label filing money in as pay ("provider").
//     These run before the dictionary because the merchant name in such a
//     booking names the employer or the ATM's shop, not what was bought:
//     "LOHN/GEHALT 10/2026 Deutsche Bahn AG" is salary, not a ticket.
//  6. the built-in merchant dictionary ("dictionary")
//  7. the card's merchant category code ("fallback")
//  8. content keywords: rent, utilities, insurance, taxes, restaurants, …
//  9. the provider's own label read through provider-labels.ts ("Restaurants,
//     bars, discothèques", Amex "Restaurant-Restaurant"): broad, so only when
//     nothing above placed the row
// 10. a provider label that names an occasion, not a kind of purchase
//     (Monzo's "Holidays" → travel): only when nothing above knew better
// 11. "other" for money out, "income_other" for money in ("fallback")
// Money coming back from a shop (4, 6, 7, 8, 9) is a refund, not negative
// spending: it lands in "refunds", and `refundOf` names the shop's own
// category, so spending on that category is netted by it (analytics/compile.ts).
// Money sent in by bank transfer (transactionType "Transfer", "Bank credit")
// is no such refund unless a refund word says so: a brand paying that way is
// a client or an employer.
import { decimalSign } from "../format/decimal.ts";
import { TAXONOMY } from "./taxonomy.ts";
import { matchMerchant, matchMerchantText, type MerchantMatch } from "./merchant-dictionary.ts";
import { findMatchingRule, type Rule } from "./rules.ts";
import { bookingTypeCategory, contentCategory, namesRent, type HeuristicSubject } from "./heuristics.ts";
import { categoryForMcc } from "./mcc.ts";
import { namesJointAccount } from "./money-moves.ts";
import { terminalShop } from "./descriptor.ts";
import { providerLabelCategory } from "./provider-labels.ts";
import { foldText, foldUmlauts, wholeWords } from "./normalize.ts";
import { namesOwnAccount, personalName, saysOwnAccount } from "../transfers/own-names.ts";
import { councilName } from "./councils.ts";
import { brandOnlyInsideLabel, merchantName } from "./merchant-name.ts";
import { bookingCodeCategory, type BookingCodes } from "./booking-codes.ts";
import { escapeRegExp } from "../analytics/parse/fold.ts";
import { tillNameCategory } from "./till-names.ts";
import { SITE_SERVICES, siteServiceCategory } from "./site-services.ts";
import { initialledName, personBeforeMemo, readFromMemoOnly, titledInitialsName, withoutTradeSurname } from "./person-memo.ts";
import { namesFrenchTaxOffice } from "./french-tax-offices.ts";
import { POCKET_MONEY_CARDS } from "./brands/extra-26.ts";
import { NO_SHOP_CHARITIES } from "./brands/carers.ts";
import { charityChainCategory, namesCharityShop, townWorksService } from "./student-trades.ts";
import { givesWithoutShop } from "./retiree-trades.ts";
import { traderSupplierCategory } from "./trader-trades.ts";
import { stateSiteCategory, webShopCategory } from "./web-shops.ts";
import { tradeWordFormCategory } from "./trade-word-forms.ts";
import { homeStoreByName } from "./home-trades.ts";
import { PAYS_ITS_WORKERS } from "./brands/gig-workers.ts";

export interface CategorizeInput {
  amount: string;
  counterpartyName?: string | null;
  counterpartyIban?: string | null;
  description?: string | null;
  merchant?: string | null;
  providerCategory?: string | null;
  accountId?: string | null;
  /** The bank's booking type ("Lastschrift", "Bargeldauszahlung"), a strong hint for cash and transfers. */
  transactionType?: string | null;
  /** ISO 18245 merchant category code ("5411") where the source gives one. */
  mcc?: string | null;
  /** The bank's booking codes (MT940 GVC, CAMT BkTxCd): the bank's word on a fee or a cash withdrawal. */
  bookingCodes?: BookingCodes | null;
  /** A category the person set on this very transaction; it always wins. */
  manualCategoryKey?: string | null;
}

export interface CategorizeContext {
  rules: readonly Rule[];
  /** Provider label → taxonomy key; matched exactly first, then case/accent-insensitively. */
  providerMap?: Record<string, string>;
  /** The person's own IBANs, normalised with normalizeIban. */
  ownIbans?: ReadonlySet<string>;
  /** The holder's own full names, folded (see transfers/own-names.ts): a transfer naming one stays with the person. */
  ownNames?: ReadonlySet<string>;
}

export type CategorySource = "user" | "rule" | "provider" | "dictionary" | "fallback";

export interface Categorization {
  categoryKey: string;
  source: CategorySource;
  /**
   * Only with categoryKey "refunds": the spending category of the shop the
   * money came back from, when it is known. Never set for a choice by hand or
   * a rule: the person said what the row is.
   */
  refundOf?: string;
}

const KIND = new Map(TAXONOMY.map((c) => [c.key, c.kind]));
const TOP_UP = /\btop[\s-]?up\b/gi;
// The fee words a card fee is read by (money-moves.ts CARD_FEES) that a shop's own name may hold ("Grand Frais").
const FEE_WORD = /\b(?:frais|fees?|kosten|gebuhr[a-z]*|entgelt|cotisation|preis)\b/;
// Categories of places that sell things: money coming in from one is a refund.
const SHOP_KINDS: ReadonlySet<string> = new Set(["groceries", "restaurants", "shopping", "drugstore", "health", "fuel", "travel", "entertainment"]);
// Catch-all keys say nothing; a provider's "Other" must not hide a dictionary match.
const UNINFORMATIVE = new Set(["other", "income_other"]);

/** "DE89 3704 0044 0532 0130 00" and "de89370400440532013000" are one IBAN. */
export function normalizeIban(iban: string): string {
  return iban.replace(/[\s-]/g, "").toUpperCase();
}

/** True for the two kinds of own-money movement (transfers, savings), never spending or income. */
export function isTransferCategory(key: string): boolean {
  return KIND.get(key) === "transfer";
}

/**
 * Provider labels that say when money was spent rather than on what (Monzo's
 * "Holidays" covers the restaurant, the supermarket and the metro of a trip):
 * they decide only when brand, card code and content words say nothing.
 */
const OCCASION_LABELS: Record<string, string> = { holidays: "travel", holiday: "travel", trips: "travel", trip: "travel" };

function occasionOf(label: string | null | undefined): string | null {
  return label ? (OCCASION_LABELS[foldText(label).replace(/ /g, "_")] ?? null) : null;
}

function mapProvider(label: string | null | undefined, map: Record<string, string> | undefined): string | null {
  if (!label || !map || occasionOf(label)) return null;
  let key = map[label];
  if (key === undefined) {
    const folded = foldText(label);
    const hit = Object.entries(map).find(([k]) => foldText(k) === folded);
    key = hit?.[1];
  }
  return key && KIND.has(key) && !UNINFORMATIVE.has(key) ? key : null;
}

const PERSON_KEYS: ReadonlySet<string> = new Set(["rent", "utilities", "insurance", "taxes", "savings", "donations", "refunds", "salary"]);

// Booking types of a card payment (Monzo, Starling, Lloyds, NatWest, Chase, Nationwide, German banks, N26's
// "MasterCard Payment", ING NL's "Betaalautomaat"):
// a card pays a business, so a two-word name on it ("La Pepa") is a shop's, not a person's.
const CARD_TYPE = /^\s*(card payment|mastercard payment|betaalautomaat|card|card_payment|deb|pos|debit_card|debit card|visa purchase|contactless payment|contactless|kartenzahlung|kartenzahlung girocard|\)\)\))\s*$/i;

// A card row's own words where the booking type does not say card (Barclays' "ON 25 MAY … BCC", N26's "Card transaction of",
// contactless "))) ", HSBC's "VIS ", Wells Fargo's "PURCHASE AUTHORIZED ON", ING DE's "KAUFUMSATZ", ABN AMRO's "BEA NR:").
const CARD_TEXT = /^\s*\)\)\)|^\s*VIS\s|\bCard transaction of\b|\bKartenzahlung\b|\bKartenverf(?:ü|ue|u)gung\b|\bKAUFUMSATZ\b|^\s*BEA\s+NR:|\bPURCHASE AUTHORIZED ON\b|\bCHECKCARD\b|^\s*CARTE \d\d\/\d\d|\bDebitk\.|\bON \d\d [A-Z]{3}\s+(?:BCC|CPM)\b/i;

/** Paid at a card terminal, by the booking type or the card text's own words. */
function paidByCard(tx: CategorizeInput): boolean {
  return (!!tx.transactionType && CARD_TYPE.test(tx.transactionType)) || (!!tx.description && CARD_TEXT.test(tx.description));
}

// What a card paid at the till of a body whose other payments are something else: a charity's till is its charity
// shop ("AGE UK 0231", "))) BRITISH HEART FOUNDATI"), a student union's is its canteen (the Mensa; its rent and
// semester fees come by transfer or direct debit).
function tillCategory(known: MerchantMatch, folded: string): string | null {
  if (known.categoryKey === "donations") return givesWithoutShop(folded) || NO_SHOP_CHARITIES.has(known.name) ? null : "shopping";
  return known.name === "Studierendenwerk" ? "restaurants" : null;
}

/**
 * What a brand whose other payments are something else sold, by the row's own words: a charity's shop named beside it
 * ("THE SALVATION ARMY THRIFT…", no card word on an Amex row), a town's works' bus ticket or pool (student-trades.ts).
 */
function soldBy(known: MerchantMatch, tx: CategorizeInput, folded: string): string | null {
  if (known.categoryKey === "donations") return namesCharityShop(folded) ? "shopping" : null;
  // A hairdresser's wholesaler ("Friseurbedarf"), whose trade's word the dictionary reads as a hairdresser (trader-trades.ts).
  const supplier = known.generic ? traderSupplierCategory(folded) : null;
  if (supplier) return supplier;
  return known.categoryKey === "utilities" ? townWorksService(folded, paidByCard(tx)) : null;
}

/** The payee's and the purpose's words, folded as the trade lists are written: read by the till, seller and charity checks. */
function foldedPartyText(tx: CategorizeInput): string {
  return foldUmlauts(foldText([tx.counterpartyName, tx.description].filter(Boolean).join(" ")));
}

// Booking types of money sent in by bank transfer (Wise's TRANSFER- rows, Revolut's and Monzo's
// "Transfer", Nationwide's "Bank credit"): a client paying an invoice or an employer, not a shop
// giving money back, which comes back on the card it was paid with.
const SPLIT_SHARE = /\bsplit\b/i;
const TOAST_TILL = /(?:^|\s)TST\s?\*/i;

const RECEIVED_TRANSFER_TYPE = /^\s*(transfer|bank transfer|credit transfer|incoming transfer|transfer in|money received|faster payment|bank credit|bacs|bacs credit|ach credit)\s*$/i;

/** Money in by bank transfer that no refund word calls money back: what a brand pays that way is income. */
function paidInByTransfer(tx: CategorizeInput, sign: -1 | 0 | 1, subject: HeuristicSubject): boolean {
  return sign > 0 && !!tx.transactionType && RECEIVED_TRANSFER_TYPE.test(tx.transactionType) && contentCategory(subject) !== "refunds";
}

// A bank's broad category and the finer one the dictionary knows for the brand:
// Capital One and Monzo file Netflix and Disney+ under "Entertainment", which
// holds Subscriptions & streaming; the same brand must not land in two
// categories depending on which card paid it.
const REFINED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["entertainment", new Set(["subscriptions"])],
  ["shopping", new Set(["subscriptions"])],
]);

/** The row's brand, unless the label already judged the brand's word part of another shop's name ("Dusty Boots Saloon"). */
function knownMerchant(tx: CategorizeInput): MerchantMatch | null {
  // "HAROLD QUIMBLEY FOR MAISIES DRIVERS ED": a brand the memo after a person's name mentions was not paid.
  if (!tx.counterpartyName && personBeforeMemo(tx.description) !== null) return null;
  const known = matchMerchant(tx);
  return known && brandOnlyInsideLabel(tx.merchant, known) ? null : known;
}

/** The dictionary's category for a known brand, where it refines the provider's broader one. */
function finerKnown(tx: CategorizeInput, provider: string): string | null {
  const finer = REFINED_BY.get(provider);
  if (!finer) return null;
  const known = knownMerchant(tx);
  return known && !known.generic && finer.has(known.categoryKey) ? known.categoryKey : null;
}

// A brand's division by its trade's word in the company's name: an insurer ("Autoversicherung", "Versicherungsservice",
// "verzekeringen"), a travel agency ("Reise", "Reisen"), a supermarket's or a chain's filling station ("GLOBUS TANKSTELLE"),
// though not a farm's milk pump ("MILCHTANKSTELLE HOF BRE").
const DIVISIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^| )[a-z]*(?:versicherung|verzekering)[a-z]*(?: |$)/, "insurance"],
  [/(?:^| )reisen?(?: |$)/, "travel"],
  [/(?:^| )(?<!milch )(?!milch)[a-z]*tankstellen?(?: |$)/, "fuel"],
];

// "DVV Dessauer Versorgungs- und Verkehrsgesellschaft mbH": a town's supply company whose initials another brand also
// uses (DVV, a Belgian insurer) says its trade in its legal name; what is paid to it is the supply. Not a professional
// pension fund (Versorgungswerk, Versorgungskasse).
const SUPPLY_COMPANY = /(?:^| )[a-z]*versorgungs(?:betriebe?|gesellschaft| gmbh| ag| und [a-z]*(?:gesellschaft|betriebe?))(?: |$)/;

// Revolut names a transfer's payee only in its description ("To ADAC Autoversicherung AG"), never a purpose beside it.
const PAYEE_TEXT = /^\s*(?:To|Payment from)\s+(\S.*)$/i;

/** The payee's own name: the counterparty field, else a transfer's payee-only description. */
function payeeText(tx: CategorizeInput): string | null {
  return tx.counterpartyName || (PAYEE_TEXT.exec(tx.description ?? "")?.[1] ?? null);
}

/** The trade a brand's division names itself by in the counterparty's folded name, or null. */
function divisionOf(folded: string): string | null {
  return DIVISIONS.find(([words]) => words.test(folded))?.[1] ?? null;
}

// A fuel distributor's heating-oil delivery ("CERTAS HEATING OIL BUDGET") heats the home: a utility, as heuristics.ts
// files heating oil, not the car's fuel the brand also sells.
const HEATING_OIL = /(?:^| )(?:heating oil|heizol[a-z]*|stookolie|fioul)(?: |$)/;

// A member's fee by its own word ("Mitgliedsbeitrag", "contributie", "lidmaatschap"), not a supporter's gift ("Förderbeitrag").
const MEMBERSHIP_FEE = /(?:^| )(?:mitgliedsbeitr[a-z]*|mitgliedschaftsbeitr[a-z]*|contributie|lidmaatschap[a-z]*|membership (?:fee|dues|renewal))(?: |$)/;

const P2P_RAIL = /(^| )(tikkie|betaalverzoek|venmo|zelle|cash app|paylib|lydia|twint|bizum|satispay|swish|mobilepay|vipps)( |$)/;

/**
 * Up to three steps of categorize() ask whether the payee is a person: the answer, and the text folding it takes,
 * is worked out once per row. The closure is made here: made inside categorize() it cost every row about 0.6 µs
 * on the sync path (demo-bank rows, where most never ask), some 40 % of that path.
 */
function personCheck(tx: CategorizeInput): () => boolean {
  let person: boolean | undefined;
  return () => (person ??= paidToPerson(tx));
}

/** The counterparty is a person's name, not a business: no brand, no kind-of-shop word in it or right beside it, not paid by card. */
function paidToPerson(tx: CategorizeInput): boolean {
  const cp = tx.counterpartyName;
  // Tikkie, Venmo, Zelle…: what the purpose names ("Boodschappen", "Etentje") was bought by a friend, not from a shop.
  // Unless the payee the rail names is a business by its own name ("Zelle payment to Little Acorns Learning Center"):
  // a daycare, a landlord or a plumber paid through Zelle is that business, whatever a purpose text would say.
  if (P2P_RAIL.test(foldUmlauts(foldText(`${cp ?? ""} ${tx.description ?? ""}`)))) return !businessPayee(tx);
  // A card pays a business, so a two-word name on it ("La Pepa") is a shop's, not a person's.
  if (tx.transactionType && CARD_TYPE.test(tx.transactionType)) return false;
  // "NADIA PELLINGHAM GAS MONEY AND PHONE BILL …": US and UK banks print the person and the memo with no counterparty.
  if (!cp) return !paidByCard(tx) && personBeforeMemo(tx.description) !== null;
  if (personalName(cp) === null && !titledInitialsName(cp) && !initialledName(cp)) return false;
  // The label is read too: a bank that runs the town into the name ("PURZELBAUM BABYAUSSTATTUNGHamburg") hides the trade word.
  // A surname many people carry that is also a trade's word ("J. Bakker") is left out of that reading.
  const name = withoutTradeSurname(cp, true);
  const label = tx.merchant && withoutTradeSurname(tx.merchant, true);
  return contentCategory({ amountSign: -1, texts: [name, label], name: label ?? name }) === null && !tradeNameIn(cp, tx.description);
}

/**
 * The payee's name (not a purpose text) says what trade it is in. Three words at least: a person's two
 * ("Lily Bloom", "Kay Dance") may happen to be trade words, a first name and a surname before one rarely.
 */
function businessPayee(tx: CategorizeInput): boolean {
  const payee = tx.merchant ?? merchantName(tx);
  return !!payee && payee.trim().split(/\s+/).length >= 3 && contentCategory({ amountSign: -1, texts: [payee] }) !== null;
}

/**
 * The text names the payee together with its kind of shop ("RESTAURANTE LA PEPA"
 * for the counterparty "La Pepa", "HOTEL ADLON KEMPINSKI"): a business that a
 * person's name only looks like. A word next to the name, not anywhere in a
 * purpose text ("Kino und Essen" to "Lena Hoffmann" stays a person's).
 */
function tradeNameIn(name: string, text: string | null | undefined): boolean {
  if (!text) return false;
  const words = ` ${foldText(text)} `;
  const at = words.indexOf(` ${foldText(name)} `);
  if (at < 0) return false;
  const before = words.slice(0, at).trim().split(" ").pop() ?? "";
  const after = words.slice(at + foldText(name).length + 2).trim().split(" ")[0] ?? "";
  return [before, after].some((w) => w !== "" && SHOP_KINDS.has(contentCategory({ amountSign: -1, texts: [w] }) ?? ""));
}

// A tax refund mostly returns tax withheld from pay, not the taxes paid from
// the account: netted against "taxes" it would turn that category negative.
const NOT_NETTED: ReadonlySet<string> = new Set(["taxes"]);

/** A shop's category for money out; money in from a shop is a refund of that category. */
function spendingOrRefund(key: string, sign: -1 | 0 | 1, source: CategorySource): Categorization {
  if (sign <= 0 || KIND.get(key) !== "expense") return { categoryKey: key, source };
  return refund(source, NOT_NETTED.has(key) ? null : key);
}

/** A refund, naming the shop's category when it is known. */
function refund(source: CategorySource, shop: string | null): Categorization {
  return shop ? { categoryKey: "refunds", source, refundOf: shop } : { categoryKey: "refunds", source };
}

/** The label is a person's name, the split said after it ("Banana Split Cafe" is a café). */
function splitWithPerson(label: string | null | undefined): boolean {
  return personalName(label) !== null && !SPLIT_SHARE.test(label ?? "") && contentCategory({ amountSign: -1, texts: [label] }) === null;
}

/** The category of a place that sells things, named by its kind ("Pizzeria", "Schuhhaus") and not paid to a person. */
function shopKindOf(toPerson: () => boolean, texts: (string | null | undefined)[]): string | null {
  const kind = contentCategory({ amountSign: -1, texts });
  return kind && SHOP_KINDS.has(kind) && !toPerson() ? kind : null;
}

/** What the shop a row came from sells, by brand, card code or kind: for a refund whose category was said outright. */
function shopCategoryOf(tx: CategorizeInput, toPerson: () => boolean, texts: (string | null | undefined)[]): string | null {
  const known = knownMerchant(tx);
  const netted = (key: string | null | undefined) => !!key && KIND.get(key) === "expense" && !NOT_NETTED.has(key);
  if (known && !(known.generic && toPerson()) && netted(known.categoryKey)) return known.categoryKey;
  const byMcc = categoryForMcc(tx.mcc);
  return netted(byMcc) ? byMcc : shopKindOf(toPerson, texts);
}

// The kinds site-services.ts names: a generic entry of one of them is itself a car park, a kiosk or a canteen.
const SITE_KEYS: ReadonlySet<string> = new Set(SITE_SERVICES.map(([key]) => key));

// Kinds of brand that also let rooms (student unions, canteen operators, universities, clubs, hostels).
const ROOM_LETTERS: ReadonlySet<string> = new Set(["education", "restaurants", "entertainment", "other"]);

/** A savings plan's instalment by its own words ("Sparrate", "Sparplanrate", "Fondssparplan Rate"). */
const SAVINGS_PLAN_RATE = wholeWords(["sparrate", "sparplanrate", "sparplan rate", "(fonds|etf|wertpapier)?sparplan( [a-z0-9]+){0,2} rate"]);

export function categorize(tx: CategorizeInput, ctx: CategorizeContext): Categorization {
  if (tx.manualCategoryKey && KIND.has(tx.manualCategoryKey)) return { categoryKey: tx.manualCategoryKey, source: "user" };

  const rule = findMatchingRule(ctx.rules, tx);
  if (rule) return { categoryKey: rule.categoryKey, source: "rule" };

  if (tx.counterpartyIban && ctx.ownIbans?.has(normalizeIban(tx.counterpartyIban))) return { categoryKey: "transfers", source: "fallback" };

  const sign = decimalSign(tx.amount);
  // The bank's code for its own fee or its cash machine: neither the counterparty (the bank itself) nor a label says more.
  const coded = bookingCodeCategory(tx.bookingCodes, sign);
  if (coded) return { categoryKey: coded, source: "fallback" };
  const toPerson = personCheck(tx);
  const provider = mapProvider(tx.providerCategory, ctx.providerMap);
  // A bank files a card return under the shop's category ("Shopping"): money
  // back from a shop is a refund all the same; money in filed as "other" is income.
  const texts = [tx.transactionType, tx.counterpartyName, tx.merchant, tx.description];
  if (provider === "refunds" && sign > 0) return refund("provider", shopCategoryOf(tx, toPerson, texts));
  const finer = provider ? finerKnown(tx, provider) : null;
  if (finer) return spendingOrRefund(finer, sign, "dictionary");
  if (provider) return provider === "other" && sign > 0 ? { categoryKey: "income_other", source: "provider" } : spendingOrRefund(provider, sign, "provider");

  // The bank filing money in as pay ("Salaires et revenus d'activité") says what kind of movement it is, as payroll words do.
  if (sign > 0 && providerLabelCategory(tx.providerCategory) === "salary") return { categoryKey: "salary", source: "provider" };
  const subject = { amountSign: sign, amount: tx.amount, texts, name: tx.merchant, type: tx.transactionType };
  const bookingType = bookingTypeCategory(subject);
  // Salary and cash stand; anything else naming the holder ("To Alex Beispiel") is own money moving. A "pension" the
  // holder moves "TO MY OWN PENSION POT" under their own name is their money, whatever word reads as pay.
  const ownWords = bookingType === "salary" && !!ctx.ownNames && saysOwnAccount([tx.counterpartyName, tx.description], ctx.ownNames);
  if ((bookingType === "salary" && !ownWords) || bookingType === "cash") return { categoryKey: bookingType, source: "fallback" };
  if (ctx.ownNames && namesOwnAccount([tx.counterpartyName, tx.description], ctx.ownNames)) {
    // Except a savings plan to the holder's own depot at an IBAN that is none of the accounts Kontor holds
    // (an own IBAN was caught above): that money is saved, as the row reads before the holder's name is
    // learned. Otherwise the same monthly "Sparplan Depot" turned from Savings into Transfers once a second
    // account taught Kontor the name. Without an IBAN the other side may be an own account: a transfer.
    const elsewhere = !!tx.counterpartyIban && !!ctx.ownIbans && !ctx.ownIbans.has(normalizeIban(tx.counterpartyIban));
    if (elsewhere && contentCategory(subject) === "savings") return { categoryKey: "savings", source: "fallback" };
    return { categoryKey: "transfers", source: "fallback" };
  }
  // "Mein Anteil Gemeinschaftskonto" from the partner's own account: a person's money coming into the joint account,
  // as a flatmate's share of the rent is; the person's own share paid in stays own money moving.
  if (bookingType === "transfers" && sign > 0 && toPerson() && namesJointAccount(foldUmlauts(foldText(tx.description ?? "")))) return { categoryKey: "income_other", source: "fallback" };
  if (bookingType === "transfers" && sign < 0) {
    // "TFL OYSTER TOP UP", "1PMOBILE 07781 TOPUP": credit bought from a shop or a network is a purchase;
    // only a top-up of the person's own wallet or account (or a child's pocket-money card) is their money changing place.
    const bought = knownMerchant(tx);
    const withoutTopUp = bookingTypeCategory({ ...subject, texts: texts.map((t) => t?.replace(TOP_UP, " ") ?? t) });
    if (bought && !bought.generic && !POCKET_MONEY_CARDS.has(bought.name) && KIND.get(bought.categoryKey) === "expense" && withoutTopUp !== "transfers") return { categoryKey: bought.categoryKey, source: "dictionary" };
    // "Fondsdepot Bank | Sparrate Depot 8321447": a savings plan's instalment paid to a fund house the dictionary knows
    // is saved there, not moved between the person's own accounts (an own IBAN was caught above).
    if (bought && !bought.generic && bought.categoryKey === "savings" && SAVINGS_PLAN_RATE.test(foldUmlauts(foldText(texts.join(" "))))) return { categoryKey: "savings", source: "dictionary" };
  }
  // "CARTE 23/06/26 GRAND FRAIS CB*4410": a fee word that only the shop's own name holds, beside the card's word, is the
  // shop's name; a brand the dictionary knows is what was bought ("frais carte" read across "GRAND FRAIS" and "CB").
  const shopNamedFee = bookingType === "fees" && sign < 0 && tx.merchant && FEE_WORD.test(foldUmlauts(foldText(tx.merchant))) ? knownMerchant(tx) : null;
  if (shopNamedFee && !shopNamedFee.generic && KIND.get(shopNamedFee.categoryKey) === "expense") {
    const name = new RegExp(escapeRegExp(tx.merchant!).replace(/\s+/g, "\\s+"), "gi");
    const withoutName = bookingTypeCategory({ ...subject, texts: texts.map((t) => t?.replace(name, " ") ?? t), name: null });
    if (withoutName !== "fees") return { categoryKey: shopNamedFee.categoryKey, source: "dictionary" };
  }
  if (bookingType) return { categoryKey: bookingType, source: "fallback" };

  // A council's own text ("LB CAMDEN", "RB KINGSTON CTAX") bills council tax, whatever shop shares the place's name.
  // So does a French tax office's ("SIP TOULOUSE MIRAIL … AVIS 5621809"), whatever the notice names.
  if ([tx.merchant, tx.counterpartyName, tx.description].some((t) => councilName(t) !== null) || namesFrenchTaxOffice(tx.merchant)) return spendingOrRefund("taxes", sign, "fallback");

  const known = knownMerchant(tx);
  // A kind of shop named in the purpose of a payment to a person ("Kino und Essen") is not a shop.
  if (known?.generic && toPerson() && !PERSON_KEYS.has(known.categoryKey)) return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
  // "Jonas Wienstroer | zurueck fuer die Dokomi-Tickets": a friend paying back a share names what was bought; the brand
  // is only in the purpose and the payer is a person, so it is money from people, not the brand's refund.
  if (known && sign > 0 && tx.counterpartyName && tx.merchant !== known.name && toPerson() && !matchMerchantText(tx.counterpartyName)) return { categoryKey: "income_other", source: "fallback" };
  // "Helpling Partnerverguetung", "STUART DELIVERY LTD STUART PAY STMT": a platform paying its cleaner or rider pays a wage,
  // unless a refund word or the card it was paid with says money came back to a customer.
  if (known && sign > 0 && PAYS_ITS_WORKERS.has(known.name) && !paidByCard(tx) && contentCategory(subject) !== "refunds") return { categoryKey: "salary", source: "dictionary" };
  // Money in through Tikkie, Venmo or Zelle is a friend settling up, not a shop giving money back.
  if (known && sign > 0 && P2P_RAIL.test(foldUmlauts(foldText(known.name)))) return { categoryKey: "income_other", source: "dictionary" };
  // "PRIYA NATARAJAN Zelle Miocar split": a brand the memo of such a payment names is what the friend shares, not who pays.
  if (known && sign > 0 && tx.merchant !== known.name && P2P_RAIL.test(foldUmlauts(foldText(tx.description ?? "")))) return { categoryKey: "income_other", source: "fallback" };
  if (known && KIND.get(known.categoryKey) === "expense" && paidInByTransfer(tx, sign, subject)) return { categoryKey: "income_other", source: "dictionary" };
  // A student union or university also lets rooms: its rent says so in the purpose ("SWFR Mietzahlung", "CROUS … REDEVANCE … CHAMBRE").
  if (known && ROOM_LETTERS.has(known.categoryKey) && namesRent(subject)) return { categoryKey: "rent", source: "dictionary" };
  // Money a transfer service pays back ("REFUND - TRANSFER NOT COLLECTED") is a refund, not money moving between own accounts.
  if (known && KIND.get(known.categoryKey) === "transfer" && sign > 0 && contentCategory(subject) === "refunds") return refund("dictionary", null);
  // "ADAC Autoversicherung AG", "CHECK24 REISE": a shop's or a club's own insurer or travel agency names its trade;
  // what is paid to it is that trade, not the brand's.
  const payee = known ? foldUmlauts(foldText(payeeText(tx) ?? "")) : "";
  if (known && known.categoryKey !== "utilities" && SUPPLY_COMPANY.test(payee)) return spendingOrRefund("utilities", sign, "dictionary");
  const division = known && SHOP_KINDS.has(known.categoryKey) ? divisionOf(payee) : null;
  if (division) return spendingOrRefund(division, sign, "dictionary");
  if (known?.categoryKey === "fuel" && HEATING_OIL.test(foldUmlauts(foldText(`${tx.counterpartyName ?? ""} ${tx.description ?? ""}`)))) return spendingOrRefund("utilities", sign, "dictionary");
  // "DLRG … Mitgliedsbeitrag 2025": a charity's membership fee is what belonging costs, as any association's is (other); a gift stays a donation.
  if (known?.categoryKey === "donations" && sign < 0 && MEMBERSHIP_FEE.test(foldUmlauts(foldText(tx.description ?? "")))) return { categoryKey: "other", source: "dictionary" };
  // "PARKHAUS KLINIKUM SUED", "KIOSK KLINIKUM NORD": a service on the grounds of a place the dictionary knows only by its
  // kind says what was bought; the kind ("Klinikum") only where.
  const onSite = known?.generic && !SITE_KEYS.has(known.categoryKey) ? siteServiceCategory([tx.merchant, tx.counterpartyName, tx.description]) : null;
  if (onSite) return spendingOrRefund(onSite, sign, "fallback");
  const folded = sign < 0 ? foldedPartyText(tx) : "";
  const till = known && sign < 0 && paidByCard(tx) ? tillCategory(known, folded) : null;
  if (till) return { categoryKey: till, source: "dictionary" };
  const sold = known && sign < 0 ? soldBy(known, tx, folded) : null;
  if (sold) return { categoryKey: sold, source: "dictionary" };
  if (known) return spendingOrRefund(known.categoryKey, sign, "dictionary");
  // A shop-running charity no brand list holds: its till when a card paid, else a gift (student-trades.ts).
  const charity = sign < 0 ? charityChainCategory(folded, paidByCard(tx)) : null;
  if (charity) return { categoryKey: charity, source: "fallback" };

  const byMcc = categoryForMcc(tx.mcc);
  if (byMcc) return spendingOrRefund(byMcc, sign, "fallback");

  // Paid to a person ("Lena Hoffmann", "Kino und Essen"): what the money was for is the person's business,
  // not a shop's category; only household words (rent, utilities, insurance, taxes, savings, gifts) count.
  const content = contentCategory(subject);
  // A household word that only the memo says ("GAS MONEY AND PHONE BILL") is what the money helped with, not a bill;
  // a gift stays a gift ("CLEARWATER CHILDREN'S TRUST", "MONTHLY GIFT").
  if (content && toPerson() && (!PERSON_KEYS.has(content) || (content !== "donations" && readFromMemoOnly(subject, content)))) return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
  // "PRIYA RAMASWAMY SPLIT UTILITIES": a person's share of a bill they paid is settling up with them, not the bill.
  if (content && SPLIT_SHARE.test(tx.description ?? "") && splitWithPerson(tx.merchant)) return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
  // A refund word ("Terugstorting", "Erstattung"): the kind of shop named beside it, if any, is what it refunds.
  if (content === "refunds") return refund("fallback", shopKindOf(toPerson, texts));
  // A card pays no rent: "PIET KLERKX WONEN" at a terminal is a furniture store, not a housing corporation (home-trades.ts).
  if (content === "rent" && sign < 0 && paidByCard(tx) && homeStoreByName(foldUmlauts(foldText(tx.merchant ?? "")))) return { categoryKey: "shopping", source: "fallback" };
  // "SQ *LAMBOURN VALLEY FEE" (a feed merchant's name cut by the card field), "SUMUP *HILLTOP FEE": only a card paying at a
  // shop's till prints a terminal processor's prefix, so a fee word after it is the shop's or what it sold, not a bank's fee.
  const tillFee = content === "fees" && sign < 0 && [tx.counterpartyName, tx.description].some((t) => !!t && terminalShop(t) !== null);
  if (content && !tillFee) return { categoryKey: content, source: "fallback" };
  // A card terminal's bare name ("DR VASSEUR ETIENNE", "FONDATION MARTINOT") says what was paid for, where no word did.
  const tillName = sign < 0 && paidByCard(tx) ? tillNameCategory(tx.merchant) : null;
  if (tillName) return { categoryKey: tillName, source: "fallback" };
  // Money back from a shop known only by its kind ("Eetcafe De Hoek", "Pizzeria Roma") is a refund.
  const shopKind = sign > 0 && !paidInByTransfer(tx, sign, subject) ? shopKindOf(toPerson, texts) : null;
  if (shopKind) return refund("fallback", shopKind);
  // Unlike a purpose text, the label is the bank's (or, in the bank's app, the person's) own filing:
  // a two-word payee it files under restaurants ("bouillon pigalle") is a restaurant.
  const labelled = providerLabelCategory(tx.providerCategory);
  if (labelled && (sign > 0 || KIND.get(labelled) !== "income")) return spendingOrRefund(labelled, sign, "provider");
  const occasion = occasionOf(tx.providerCategory);
  if (occasion) return spendingOrRefund(occasion, sign, "provider");
  // Toast's terminal ("TST* CUSTARD CORNER") is sold to restaurants only: what paid at it is a meal out, whatever the name.
  if (sign < 0 && TOAST_TILL.test(tx.description ?? "")) return { categoryKey: "restaurants", source: "fallback" };
  // "STRIKES GARDEN CENTRES", "MOOMERS HOMEMADE ICE CRE": a trade word the lists write singular and whole (trade-word-forms.ts).
  const wordForm = sign < 0 && !toPerson() ? tradeWordFormCategory(tx.merchant) : null;
  if (wordForm) return { categoryKey: wordForm, source: "fallback" };
  // "CHECKCARD 0303 ROCKLER.COM", "TOOLINEO.DE": a card paying a web shop's domain that names no service bought goods;
  // "ILSOS.GOV": a card paying a state's site paid a fee or a levy (web-shops.ts).
  const webShop = sign < 0 && paidByCard(tx) ? (stateSiteCategory([tx.counterpartyName, tx.description]) ?? webShopCategory([tx.counterpartyName, tx.description])) : null;
  if (webShop) return { categoryKey: webShop, source: "fallback" };

  return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
}
