// Finds money moving between the person's own accounts: one row leaving
// account X and one arriving at account Y, same absolute amount and currency,
// booked at most MAX_DAYS apart. Pure: the same rows give the same pairs.
//
// Greedy one-to-one: every candidate pair is ranked first by how many of its
// sides name the person (own IBAN, own name, or the other account's IBAN), then
// by date distance (closest first), ties broken by dates and ids, and taken
// when neither side is taken yet. So each row is in at most one pair and
// re-running changes nothing.
//
// A row that names an IBAN says where the money came from or went to: when
// the other account's IBAN is known and is a different one, the two rows are
// not one transfer (a tenant's €400 from her own IBAN is not the other half of
// the €400 savings order the checking account paid the same day).
//
// Two rows whose counterparties are two different third parties (€60 paid to
// one friend, €60 received from another) are never a pair: money between own
// accounts names the person, their own IBAN, or nobody on each side.
import { compactIban } from "./own-ibans.ts";
import { personalName } from "./own-names.ts";

export const MAX_DAYS = 4;

export interface TransferCandidate {
  id: string;
  accountId: string;
  /** YYYY-MM-DD */
  bookingDate: string;
  /** Signed decimal string: negative leaves the account. */
  amount: string;
  currency: string;
  counterpartyIban?: string | null;
  counterpartyName?: string | null;
  /** The IBAN of the account the row is booked on, when Kontor knows it. */
  accountIban?: string | null;
}

/** What is known of the person's own side: their account IBANs (compact) and folded own names. */
export interface OwnParties {
  ibans: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

const NO_ONE: OwnParties = { ibans: new Set(), names: new Set() };

export interface TransferPair {
  /** The row that left an account (negative amount). */
  outId: string;
  /** The row that arrived at another account (positive amount). */
  inId: string;
}

/** "-0012.500" → "12.5"; null for zero or text that is no plain decimal. */
export function magnitude(amount: string): string | null {
  const m = /^\s*[-+]?0*(\d*)(?:\.(\d*?)0*)?\s*$/.exec(amount);
  if (!m) return null;
  const int = m[1] ?? "";
  const frac = m[2] ?? "";
  if (!int && !frac) return null;
  return frac ? `${int || "0"}.${frac}` : int;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

interface Side {
  row: TransferCandidate;
  day: number;
  party: Party | null;
  /** True when the counterparty is positively the person: an own IBAN or the holder's name. */
  own: boolean;
  /** The counterparty IBAN and the row's own account IBAN, compact, only when shaped like IBANs. */
  counterIban: string | null;
  accountIban: string | null;
}

interface Party {
  iban: string | null;
  /** A person's name, folded, words sorted ("BERGER, JONAS" = "Jonas Berger"). */
  name: string | null;
}

/**
 * Who the row's counterparty is: the person (an own IBAN or the holder's name), somebody else (their IBAN and
 * sorted name words), or nobody named.
 */
function counterpartyOf(row: TransferCandidate, own: OwnParties): { own: boolean; party: Party | null } {
  const iban = row.counterpartyIban ? compactIban(row.counterpartyIban) : null;
  const folded = personalName(row.counterpartyName);
  if ((iban && own.ibans.has(iban)) || (folded && own.names.has(folded))) return { own: true, party: null };
  const name = folded ? folded.split(" ").sort().join(" ") : null;
  return { own: false, party: iban || name ? { iban: iban || null, name } : null };
}

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
const ibanOrNull = (text: string | null | undefined) => {
  const iban = text ? compactIban(text) : "";
  return IBAN_SHAPE.test(iban) ? iban : null;
};

/** True when one side names an IBAN and the other side's account has a known, different IBAN. */
function otherAccountNamed(a: Side, b: Side): boolean {
  return (a.counterIban !== null && b.accountIban !== null && a.counterIban !== b.accountIban) || (b.counterIban !== null && a.accountIban !== null && b.counterIban !== a.accountIban);
}

/** How many sides point at the person: own IBAN or name, or the other account's IBAN. */
function strength(out: Side, inc: Side): number {
  const points = (s: Side, peer: Side) => s.own || (s.counterIban !== null && s.counterIban === peer.accountIban);
  return (points(out, inc) ? 1 : 0) + (points(inc, out) ? 1 : 0);
}

/**
 * True when each side names somebody else and they are not the same somebody.
 * The same personal name on both sides is the holder moving money between accounts
 * Kontor does not know the IBANs of, so names decide before IBANs do.
 */
function differentThirdParties(a: Party | null, b: Party | null): boolean {
  if (!a || !b) return false;
  if (a.name && b.name) return a.name !== b.name;
  return a.iban !== null && b.iban !== null && a.iban !== b.iban;
}

export function matchTransfers(rows: readonly TransferCandidate[], maxDays = MAX_DAYS, own: OwnParties = NO_ONE): TransferPair[] {
  const groups = new Map<string, { out: Side[]; in: Side[] }>();
  for (const row of rows) {
    const size = magnitude(row.amount);
    const day = dayNumber(row.bookingDate);
    if (size === null || Number.isNaN(day)) continue;
    const key = `${row.currency.trim().toUpperCase()} ${size}`;
    const g = groups.get(key) ?? { out: [], in: [] };
    const side: Side = { row, day, ...counterpartyOf(row, own), counterIban: ibanOrNull(row.counterpartyIban), accountIban: ibanOrNull(row.accountIban) };
    (row.amount.trim().startsWith("-") ? g.out : g.in).push(side);
    groups.set(key, g);
  }
  const candidates: { out: Side; in: Side; gap: number; strength: number }[] = [];
  for (const g of groups.values()) {
    if (!g.out.length || !g.in.length) continue;
    g.in.sort((a, b) => a.day - b.day);
    for (const out of g.out) {
      // Binary search for the first arrival inside the window, then walk it.
      let lo = 0;
      let hi = g.in.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (g.in[mid]!.day < out.day - maxDays) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < g.in.length && g.in[i]!.day <= out.day + maxDays; i++) {
        const inc = g.in[i]!;
        if (inc.row.accountId === out.row.accountId || differentThirdParties(out.party, inc.party) || otherAccountNamed(out, inc)) continue;
        candidates.push({ out, in: inc, gap: Math.abs(inc.day - out.day), strength: strength(out, inc) });
      }
    }
  }
  candidates.sort(
    (a, b) =>
      b.strength - a.strength ||
      a.gap - b.gap ||
      a.out.day - b.out.day ||
      compare(a.out.row.id, b.out.row.id) ||
      a.in.day - b.in.day ||
      compare(a.in.row.id, b.in.row.id),
  );
  const taken = new Set<string>();
  const pairs: TransferPair[] = [];
  for (const c of candidates) {
    if (taken.has(c.out.row.id) || taken.has(c.in.row.id)) continue;
    taken.add(c.out.row.id);
    taken.add(c.in.row.id);
    pairs.push({ outId: c.out.row.id, inId: c.in.row.id });
  }
  return pairs;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
