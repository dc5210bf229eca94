// Finds the user's accounts by name ("Tagesgeld", "DKB Visa") or by kind
// ("my credit card", "auf dem Girokonto"), which is how people actually refer
// to them.
import { escapeRegExp, fold, foldLoose, words } from "./fold.ts";
import type { Scanner } from "./scanner.ts";

export interface AccountRef {
  id: string;
  name: string;
}

export interface AccountHit {
  /** More than one when a kind word fits several accounts ("credit card" with two cards). */
  accounts: AccountRef[];
  word: string;
}

const KINDS: { said: RegExp; named: RegExp }[] = [
  {
    said: /\b(?:credit\s*cards?|kreditkarten?|visa(?:\s*karte)?|mastercard|amex)\b/,
    named: /kredit|credit|visa|master|amex/,
  },
  {
    said: /\b(?:girokontos?|girokonten|giro|checking(?:\s+account)?|current\s+account|main\s+account|hauptkonto)\b/,
    named: /giro|checking|current|haupt|main/,
  },
  {
    said: /\b(?:tagesgeld(?:konto)?|savings\s+account|sparkonto|sparbuch)\b/,
    named: /tagesgeld|savings|spar/,
  },
  { said: /\b(?:depot|brokerage(?:\s+account)?|wertpapierdepot)\b/, named: /depot|broker|wertpapier/ },
  { said: /\b(?:paypal)\b/, named: /paypal/ },
];

const GENERIC = new Set(["konto", "account", "mein", "my", "karte", "card", "bank"]);

const distinctiveCache = new Map<string, string[]>();

function distinctive(name: string): string[] {
  let out = distinctiveCache.get(name);
  if (!out) {
    out = words(foldLoose(name))
      .map((w) => w.word)
      .filter((t) => t.length >= 3 && !GENERIC.has(t));
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

export function takeAccounts(scan: Scanner, accounts: readonly AccountRef[]): AccountHit[] {
  const hits: AccountHit[] = [];
  // Full names first: "DKB Visa" must not fall apart into two guesses.
  for (const account of [...accounts].sort((a, b) => b.name.length - a.name.length)) {
    const re = nameRe(account.name);
    // Cheap test first: most names are not in the question at all.
    if (!scan.remaining.includes(fold(account.name).split(/\s+/)[0] ?? "")) continue;
    const m = scan.take(re);
    if (m) hits.push({ accounts: [account], word: m[0] });
  }
  for (const kind of KINDS) {
    const m = kind.said.exec(scan.remaining);
    if (!m) continue;
    const matching = accounts.filter((a) => kind.named.test(foldLoose(a.name)));
    if (matching.length === 0) continue;
    scan.consume(m.index, m.index + m[0].length);
    hits.push({ accounts: matching, word: m[0] });
  }
  // A distinctive word of a name alone ("DKB", "Revolut").
  for (const w of scan.remainingWords()) {
    const loose = foldLoose(w.word);
    const matching = accounts.filter((a) => distinctive(a.name).includes(loose));
    if (matching.length === 0) continue;
    scan.consume(w.start, w.end);
    hits.push({ accounts: matching, word: w.word });
  }
  return hits;
}
