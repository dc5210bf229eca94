// Finds the user's accounts by name ("Tagesgeld", "DKB Visa"), by the bank or
// card issuer alone ("Monzo", "amex") or by kind ("my credit card", "auf dem
// Girokonto"), which is how people actually refer to them. A kind word finds
// the accounts whose name says it and, when no name does, the accounts stored
// as that type, whatever the bank named them ("Capital One USD" is the
// credit card).
import { isIsoCurrency } from "../../format/currency-code.ts";
import { BANK_SHORT_NAMES } from "./bank-short-names.ts";
import { soleCurrency } from "./currencies.ts";
import { escapeRegExp, fold, foldLoose, words } from "./fold.ts";
import type { Scanner } from "./scanner.ts";

export interface AccountRef {
  id: string;
  name: string;
  /** Account type as stored (CHECKING, SAVINGS, CREDIT_CARD, BROKERAGE, …); absent when the caller does not know it. */
  type?: string;
  /** ISO code of the money it holds: "revolut gbp" is the pocket in pounds. */
  currency?: string;
}

export interface AccountHit {
  /** More than one when a kind word fits several accounts ("credit card" with two cards). */
  accounts: AccountRef[];
  word: string;
  /** Found by a kind word ("savings", "credit card") rather than a name. */
  byKind: boolean;
  /** Where the words were, in the folded question. */
  start: number;
  end: number;
}

interface Kind {
  said: RegExp;
  /** Accounts of this stored type are of the kind. */
  type?: string;
  /** Names that say the kind, with bank names taken out first ("Sparkasse" is no savings account). */
  named: RegExp;
  /** Said this way only in a balance question ("how much is in my savings"); elsewhere the word means money moved or a category. */
  balanceOnly?: boolean;
}

const KINDS: Kind[] = [
  {
    said: /\b(?:credit\s*cards?|kreditkarten?|(?:my|the|meine[rnm]?|der|die|auf\s+die)\s+(?:card|karte))\b/,
    type: "CREDIT_CARD",
    named: /kredit|credit|visa|master|amex|american\s*express/,
  },
  // A card network names the cards that carry it, not every card.
  { said: /\b(?:visa(?:\s*karte)?|mastercard)\b/, named: /kredit|credit|visa|master/ },
  // An issuer's short name for the cards it issues.
  { said: /\b(?:amex|american\s+express)\b/, named: /amex|american\s*express/ },
  {
    said: /\b(?:girokontos?|girokonten|giro|checking(?:\s+account)?|current\s+account|main\s+account|hauptkonto)\b/,
    type: "CHECKING",
    named: /giro|checking|current|haupt|main/,
  },
  {
    said: /\b(?:tagesgeld(?:konto)?|savings\s+accounts?|sparkonto|sparbuch)\b/,
    type: "SAVINGS",
    named: /tagesgeld|savings|saver|spar/,
  },
  { said: /\b(?:savings|ersparnisse|erspartes)\b/, type: "SAVINGS", named: /tagesgeld|savings|saver|spar/, balanceOnly: true },
  { said: /\b(?:depot|brokerage(?:\s+account)?|wertpapierdepot)\b/, type: "BROKERAGE", named: /depot|broker|wertpapier/ },
  { said: /\b(?:paypal)\b/, named: /paypal/ },
];

/** Banks whose names hold a kind's word. */
const BANK_NAMES = /[a-z]*(?:sparkass|sparda)[a-z]*/g;
/** Words of a name that say nothing about which account it is. */
const GENERIC = new Set(["konto", "account", "mein", "my", "karte", "card", "bank", "one", "the", "and", "von", "der", "des"]);

const distinctiveCache = new Map<string, string[]>();

function distinctive(name: string): string[] {
  let out = distinctiveCache.get(name);
  if (!out) {
    out = words(foldLoose(name))
      .map((w) => w.word)
      // "Chase USD": the currency every account of it shares is no name.
      .filter((t) => t.length >= 3 && !GENERIC.has(t) && !(t.length === 3 && isIsoCurrency(t.toUpperCase())));
    if (distinctiveCache.size >= MAX_CACHED_NAMES) distinctiveCache.clear();
    distinctiveCache.set(name, out);
  }
  return out;
}

// Compiled once per account name: a person asks many questions, and a name
// regex per account per question showed up in profiles with hundreds of accounts.
const nameRes = new Map<string, RegExp>();
const MAX_CACHED_NAMES = 5000;

function nameRe(name: string): RegExp {
  let re = nameRes.get(name);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(name)).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, "u");
    if (nameRes.size >= MAX_CACHED_NAMES) nameRes.clear();
    nameRes.set(name, re);
  }
  return re;
}

/** Accounts whose name says the kind ("DKB Girokonto"); failing those, the ones stored as that type ("Revolut" for "Girokonto"). */
function ofKind(kind: Kind, accounts: readonly AccountRef[]): AccountRef[] {
  const named = accounts.filter((a) => kind.named.test(foldLoose(a.name).replace(BANK_NAMES, " ")));
  if (named.length > 0 || kind.type === undefined) return named;
  return accounts.filter((a) => a.type === kind.type);
}

export interface TakeAccountsOptions {
  /** The question asks for a balance: "savings" alone then names the savings accounts. */
  balance?: boolean;
  /**
   * Words that name one of the person's merchants: a bank's short name that is
   * also one ("db", Deutsche Bahn) is that merchant, except in a balance question.
   */
  merchantWords?: ReadonlySet<string>;
}

export function takeAccounts(scan: Scanner, accounts: readonly AccountRef[], opts: TakeAccountsOptions = {}): AccountHit[] {
  const hits: AccountHit[] = [];
  // Full names first: "DKB Visa" must not fall apart into two guesses.
  for (const account of [...accounts].sort((a, b) => b.name.length - a.name.length)) {
    const re = nameRe(account.name);
    // Cheap test first: most names are not in the question at all.
    if (!scan.remaining.includes(fold(account.name).split(/\s+/)[0] ?? "")) continue;
    const m = scan.take(re);
    if (m) hits.push(withCardNoun(scan, { accounts: [account], word: m[0], byKind: false, start: m.index, end: m.index + m[0].length }));
  }
  // A bank's short name ("bofa", "cap one") for the accounts named after the bank.
  for (const short of BANK_SHORT_NAMES) {
    const m = short.said.exec(scan.remaining);
    if (!m || (!opts.balance && opts.merchantWords?.has(m[0]))) continue;
    const matching = accounts.filter((a) => short.named.test(fold(a.name)));
    if (matching.length === 0) continue;
    scan.consume(m.index, m.index + m[0].length);
    hits.push(withCardNoun(scan, { accounts: matching, word: m[0], byKind: false, start: m.index, end: m.index + m[0].length }));
  }
  for (const kind of KINDS) {
    if (kind.balanceOnly && !opts.balance) continue;
    const m = kind.said.exec(scan.remaining);
    if (!m) continue;
    const matching = ofKind(kind, accounts);
    if (matching.length === 0) continue;
    scan.consume(m.index, m.index + m[0].length);
    hits.push(withCardNoun(scan, { accounts: matching, word: m[0], byKind: true, start: m.index, end: m.index + m[0].length }));
  }
  // A distinctive word of a name alone ("DKB", "Revolut").
  for (const w of scan.remainingWords()) {
    const loose = foldLoose(w.word);
    const matching = accounts.filter((a) => distinctive(a.name).includes(loose));
    if (matching.length === 0) continue;
    scan.consume(w.start, w.end);
    hits.push(withCardNoun(scan, { accounts: matching, word: w.word, byKind: false, start: w.start, end: w.end }));
  }
  return narrowByCurrency(scan, mergeNameParts(hits), accounts);
}

/**
 * "revolut gbp", "my wise dollars", "revolut in pounds": a currency said
 * beside a bank whose accounts hold several currencies is the account in that
 * currency, and the word is taken with it; also when the bank's word alone is
 * the whole name of its account in another currency ("Wise" beside "Wise
 * USD"). A currency no fitting account holds leaves the accounts alone and
 * the word to other readers.
 */
function narrowByCurrency(scan: Scanner, hits: AccountHit[], accounts: readonly AccountRef[]): AccountHit[] {
  const said = soleCurrency(scan);
  if (!said) return hits;
  let used = false;
  const narrowed = hits.map((hit) => {
    const pool = hit.byKind ? hit.accounts : [...new Set([...hit.accounts, ...accounts.filter((a) => namesWithin(hit.word, a.name))])];
    const inIt = pool.filter((a) => a.currency?.toUpperCase() === said.code);
    if (inIt.length === 0 || (inIt.length === hit.accounts.length && inIt.every((a) => hit.accounts.includes(a)))) return hit;
    used = true;
    return { ...hit, accounts: inIt };
  });
  if (used) scan.consume(said.start, said.end);
  return narrowed;
}

/** The words said are words of the name, in order: "wise" in "Wise USD", not "wise" in "Otherwise Bank". */
function namesWithin(said: string, name: string): boolean {
  const phrase = words(foldLoose(said)).map((w) => w.word).join(" ");
  return phrase !== "" && ` ${words(foldLoose(name)).map((w) => w.word).join(" ")} `.includes(` ${phrase} `);
}

/** "card", "Karte", "credit card", or "account", "Konto", "rekening" right after an account's name or network. */
const CARD_NOUN = /^\s*(?:credit\s*cards?|cards?|kreditkarte|karte|accounts?|acct|konto|rekening)\b/;

/**
 * "my visa card", "meine N26 Karte", "my natwest account": the noun belongs
 * to the account named before it, and is taken at once so that "my card"
 * cannot be read again as every credit card, nor "account" as a shop whose
 * name has the word ("Account Fee").
 */
function withCardNoun(scan: Scanner, hit: AccountHit): AccountHit {
  const m = CARD_NOUN.exec(scan.remaining.slice(hit.end));
  if (!m) return hit;
  scan.consume(hit.end, hit.end + m[0].length);
  return { ...hit, end: hit.end + m[0].length };
}

/**
 * "dkb kreditkarte", "my revolut savings": a bank's word that fits several
 * accounts beside a kind word is the bank's accounts of that kind. Where no
 * account of the bank is of the kind, both stay as said (and are asked about).
 */
function narrowByKind(hits: AccountHit[]): AccountHit[] {
  const ofKinds = new Set(hits.filter((h) => h.byKind).flatMap((h) => h.accounts.map((a) => a.id)));
  if (ofKinds.size === 0) return hits;
  return hits.map((hit) => {
    if (hit.byKind || hit.accounts.length < 2) return hit;
    const inIt = hit.accounts.filter((a) => ofKinds.has(a.id));
    return inIt.length > 0 && inIt.length < hit.accounts.length ? { ...hit, accounts: inIt } : hit;
  });
}

/** "Capital One" read word by word, or "capital one card", is one account, not the same one twice. */
function mergeNameParts(found: AccountHit[]): AccountHit[] {
  const hits = narrowByKind(found);
  const out: AccountHit[] = [];
  for (const hit of hits) {
    const same = out.find((h) => h.accounts.length === hit.accounts.length && h.accounts.every((a, i) => a.id === hit.accounts[i]?.id));
    if (!same) out.push(hit);
  }
  // A kind word beside a name that is of that kind ("my capital one card") adds nothing: the name decides.
  const named = out.filter((h) => !h.byKind && h.accounts.length === 1).map((h) => h.accounts[0]!.id);
  const within = (h: AccountHit) => out.some((n) => !n.byKind && n.accounts.every((a) => h.accounts.some((k) => k.id === a.id)));
  return out.filter((h) => !(h.byKind && h.accounts.length > 1 && (h.accounts.some((a) => named.includes(a.id)) || within(h))));
}
