// Which Kontor account a statement part belongs to, and what it is called.
// A file's account is known by its IBAN, else its account number, else the
// last four digits of its card, else its product under the number of the
// account it is held under; a part with none of these has no identity
// and never lands in an existing account unless the person says so.
import { createHash } from "node:crypto";
import type { StatementAccount, StatementFormat } from "../../connectors/file-import/types.ts";
import { compactId, isIban, lastFour, maskAccountId } from "../format/account-id.ts";
import { germanBankGroup } from "./bank-group.ts";

export interface AccountIdentity {
  /** Account.externalId of the file account; null when the file names no account. */
  key: string | null;
  /** What the chat may show of it ("DE89 •••• 3000", "•••• 1234"). */
  masked: string | null;
}

/** Externalids of identity-less file accounts: old ones were keyed by name, new ones get a random id. */
export const LOCAL_KEY_PREFIXES = ["local:", "name:"] as const;
export const isLocalKey = (key: string) => LOCAL_KEY_PREFIXES.some((p) => key.startsWith(p));

// A full card number (OFX puts the PAN in ACCTID) is never stored: its hash
// identifies the card, its last four show it.
const PAN = /^\d{13,19}$/;
const hashed = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

const FORMAT_BANK: Partial<Record<StatementFormat, string>> = { "comdirect-csv": "comdirect" };

/**
 * German MT940 names the account "BLZ/Kontonummer"; its IBAN is DE, the
 * ISO 7064 check digits and the two numbers, so an MT940 export and a CAMT or
 * OFX export of the same account land in one account. (A few banks have
 * special IBAN rules; for them the two stay apart, as before.)
 */
export function germanIban(accountNumber: string): string | null {
  const m = /^(\d{8})\/(\d{1,10})$/.exec(accountNumber.trim());
  if (!m) return null;
  const bban = `${m[1]}${m[2]!.padStart(10, "0")}`;
  // "DE00" moved to the end, letters as numbers (D=13, E=14).
  const check = 98n - (BigInt(`${bban}131400`) % 97n);
  return `DE${check.toString().padStart(2, "0")}${bban}`;
}

export function identityOf(a: StatementAccount): AccountIdentity {
  const iban = a.iban ? compactId(a.iban) : (germanIban(a.accountNumber ?? "") ?? "");
  if (iban && isIban(iban)) return { key: iban, masked: maskAccountId(iban) };
  const number = (a.accountNumber ?? "").replace(/\s+/g, "");
  if (number) {
    if (isIban(number)) return { key: compactId(number), masked: maskAccountId(number) };
    if (PAN.test(number)) return { key: `pan:${hashed(number)}`, masked: maskAccountId(number) };
    return { key: number, masked: maskAccountId(number) };
  }
  const lasts = [...new Set((a.cards ?? []).map(lastFour).filter((l): l is string => l !== null))].sort();
  // An account several cards are charged by is known by all of them; none of them is shown as its number.
  if (lasts.length > 1) return { key: `cards:${(a.bank ?? "").trim().toLowerCase()}:${lasts.join(",")}`, masked: null };
  const last = a.cardNumber ? lastFour(a.cardNumber) : (lasts[0] ?? null);
  if (last) return { key: `card:${(a.bank ?? "").trim().toLowerCase()}:${last}`, masked: maskAccountId(last) };
  // The number belongs to the account it is held under: it tells this one apart, but is not its number to show.
  if (a.heldUnder && a.product?.trim()) return { key: `held:${(a.bank ?? "").trim().toLowerCase()}:${compactId(a.heldUnder)}:${a.product.trim().toLowerCase()}`, masked: null };
  return { key: null, masked: null };
}

const CARD_KEY = /^cards?:(.*):(\d{4}(?:,\d{4})*)$/;

/**
 * Whether a stored account key and a file's key name the same account: equal,
 * or card keys of one bank sharing a card (an export without the additional
 * card member's rows still finds the account both cards are charged to).
 */
export function sameAccountKey(stored: string, key: string): boolean {
  if (stored === key) return true;
  const a = CARD_KEY.exec(stored);
  const b = CARD_KEY.exec(key);
  if (!a || !b || a[1] !== b[1]) return false;
  const cards = new Set(a[2]!.split(","));
  return b[2]!.split(",").some((c) => cards.has(c));
}

/**
 * The key an existing account holds once a file with `key` has landed in it: an
 * account imported from a file that named none takes the file's; a card account
 * the cards the file adds (an additional card member's). Null: it keeps its own.
 */
export function keyAfterImport(stored: string, key: string): string | null {
  if (isLocalKey(stored)) return key;
  const a = CARD_KEY.exec(stored);
  const b = CARD_KEY.exec(key);
  if (!a || !b || a[1] !== b[1]) return null;
  const cards = [...new Set([...a[2]!.split(","), ...b[2]!.split(",")])].sort();
  const merged = cards.length > 1 ? `cards:${a[1]}:${cards.join(",")}` : `card:${a[1]}:${cards[0]}`;
  return merged === stored ? null : merged;
}

const KIND_WORD: Record<string, string> = { CREDIT_CARD: "Card", SAVINGS: "Savings", BROKERAGE: "Depot" };

/** What kind of account, as a word after the bank's name ("Chase checking", "Capital One card"); "" where the bank's name says enough. */
function kindWord(kind: string | undefined, currency: string): string {
  switch (kind) {
    case "CREDIT_CARD":
      return "card";
    case "SAVINGS":
      return "savings";
    case "BROKERAGE":
      return "investments";
    case "CRYPTO":
      return "crypto";
    // Americans name a current account "checking"; elsewhere the bank's name alone is the current account ("Monzo", "Lloyds").
    case "CHECKING":
      return currency === "USD" ? "checking" : "";
    default:
      return "";
  }
}

/** What the person's other accounts are called and held in, to tell a new one apart from them. */
export interface NamingContext {
  /** The person's accounts, and those the same file names before this one. */
  others: readonly { name: string; currency: string }[];
  /** The currency most of the person's accounts are in: only an account in another currency says its currency. */
  mainCurrency?: string | null;
}

// "Chase checking", "Chase checking USD", "Chase checking 2", "Chase checking (•••• 4417)" are one name said more closely.
const isSameName = (name: string, base: string) => name === base || (name.startsWith(`${base} `) && /^ (?:[A-Z]{3}|\d+|\(.*\))(?: .*)?$/.test(name.slice(base.length)));

/**
 * "DKB Girokonto", "comdirect Visa", "Chase checking", "Capital One card",
 * "Monzo": bank and product, else bank and the kind of account, when the file
 * says them (a German bank code says "Sparkasse" or "Volksbank" too). The file's account name only when neither is known (CAMT's Nm
 * may be the owner's name, so it never outranks bank and product). The
 * currency is said only for an account in another currency than the person's
 * others (or beside one of the same name in another currency), the account's
 * masked number only beside another account of the same name.
 */
export function accountNameOf(a: StatementAccount, format: StatementFormat, context: NamingContext = { others: [] }): string {
  const identity = identityOf(a);
  // A German file that names no bank still names its bank code: "Sparkasse", "Volksbank" (bank-group.ts).
  const bank = a.bank?.trim() || FORMAT_BANK[format] || germanBankGroup(identity.key) || undefined;
  const product = a.product?.trim() || (format === "comdirect-csv" ? a.name?.trim() : undefined);
  let base: string;
  if (bank && product) base = product.toLowerCase().startsWith(bank.toLowerCase()) ? product : `${bank} ${product}`;
  else if (bank) base = [bank, kindWord(a.kind, a.currency)].filter(Boolean).join(" ");
  else if (product) base = product;
  else {
    if (a.name?.trim() && !identity.key) return a.name.trim();
    const word = KIND_WORD[a.kind ?? ""] ?? "Account";
    return identity.masked ? `${word} ${identity.masked}` : `${a.currency} ${word.toLowerCase()}`;
  }
  const namesakes = context.others.filter((o) => isSameName(o.name, base));
  const foreign = !!context.mainCurrency && context.mainCurrency !== a.currency;
  let name = foreign || namesakes.some((o) => o.currency !== a.currency) ? `${base} ${a.currency}` : base;
  if (identity.masked && namesakes.some((o) => o.currency === a.currency)) name = `${name} (${identity.masked})`;
  return name;
}

/** "EUR account", then "EUR account 2": two different accounts never share a name in /accounts. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} ${n}`)) return `${name} ${n}`;
}
