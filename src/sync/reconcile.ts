// Pending-to-booked matching. Banks give a card payment one id while it is
// pending and another once it books (often with a shifted date and a cleaned-up
// name), so matching by id alone would show the payment twice. A card
// authorisation may also book at another amount than it was held for (a fuel
// pump's or a hotel's pre-authorisation, a tip added): such a pending row is
// the booked row of the same merchant that replaced it within the window.
// A hold is settled days after the purchase (a hotel at check-out, a fuel pump
// or a restaurant after the tip), so a merchant's booked row may follow its
// pending row by up to HOLD_WINDOW_DAYS; only a loose name match keeps to ±3.
// A pending row the source no longer lists, dated inside what it covered
// (the rows it sent, or the statement's stated period), has been booked or has
// lapsed (a hold released, an order cancelled): it goes either way.
import { canonicalAmount } from "./content-id.ts";
import { decimalAbs, decimalCmp, decimalMul, decimalSign, decimalSub } from "../format/decimal.ts";
import { merchantKey, merchantLabel } from "../categories/merchant-label.ts";

export interface IncomingRow {
  externalId: string;
  status: "booked" | "pending";
  bookingDate: string;
  amount: string;
  currency: string;
  counterpartyName?: string | null;
  description?: string | null;
  merchant?: string | null;
  transactionType?: string | null;
}

export interface StoredPending {
  id: string;
  externalId: string;
  bookingDate: string;
  amount: string;
  currency: string;
  counterpartyName: string | null;
  description?: string | null;
  /** The stored label (the merchant's display name). */
  merchant?: string | null;
  transactionType?: string | null;
}

export interface ReconcilePlan<R> {
  /** Stored pending row that becomes this booked row (same Transaction id, so categories and notifications stay). */
  replace: { pendingId: string; row: R }[];
  /** Stored pending rows the source stopped reporting inside the window it sent. */
  remove: string[];
  /** Everything else goes through the normal upsert. */
  upsert: R[];
}

export const MATCH_WINDOW_DAYS = 3;
/** How long after the purchase a merchant may book a held amount. */
export const HOLD_WINDOW_DAYS = 14;
/** A booked amount above the hold by more than this share is another purchase (tips and currency moves stay below). */
const ABOVE_HOLD_PERCENT = 30;
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function tokens(name: string | null | undefined): string[] {
  return (name ?? "").toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
}

/** "VISA REWE SAGT DANKE 1234" and "REWE Markt GmbH" are the same shop; empty names match anything. */
export function similarCounterparty(a: string | null | undefined, b: string | null | undefined): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return true;
  const ja = ta.join("");
  const jb = tb.join("");
  if (ja.includes(jb) || jb.includes(ja)) return true;
  const set = new Set(ta.filter((t) => t.length >= 3));
  return tb.some((t) => t.length >= 3 && set.has(t));
}

/** Days (YYYY-MM-DD, inclusive) a source reported in full, beyond the rows it sent (a statement's period). */
export interface Coverage {
  from: string;
  to: string;
}

export function planReconciliation<R extends IncomingRow>(
  incoming: readonly R[],
  pending: readonly StoredPending[],
  isStored: (externalId: string) => boolean,
  covered?: Coverage,
): ReconcilePlan<R> {
  const incomingIds = new Set(incoming.map((r) => r.externalId));
  const open = pending.filter((p) => !incomingIds.has(p.externalId));
  // Candidate pairs first, then the closest dates win: a booked row that
  // happens to come first must not take a pending row from a nearer twin.
  const byAmount = new Map<string, StoredPending[]>();
  for (const p of open) {
    const key = `${p.currency}|${canonicalAmount(p.amount)}`;
    byAmount.set(key, [...(byAmount.get(key) ?? []), p]);
  }
  const pairs: { row: R; p: StoredPending; gap: number }[] = [];
  if (byAmount.size) {
    for (const row of incoming) {
      if (row.status !== "booked") continue;
      const candidates = byAmount.get(`${row.currency}|${canonicalAmount(row.amount)}`);
      if (!candidates || isStored(row.externalId)) continue;
      const day = dayNumber(row.bookingDate);
      for (const p of candidates) {
        const gap = Math.abs(dayNumber(p.bookingDate) - day);
        if (gap <= MATCH_WINDOW_DAYS && similarCounterparty(p.counterpartyName, row.counterpartyName)) pairs.push({ row, p, gap });
      }
    }
  }
  pairs.sort((a, b) => a.gap - b.gap);
  const replace: ReconcilePlan<R>["replace"] = [];
  const usedRows = new Set<R>();
  const usedPending = new Set<string>();
  const take = (list: readonly { row: R; p: StoredPending }[]) => {
    for (const { row, p } of list) {
      if (usedRows.has(row) || usedPending.has(p.id)) continue;
      usedRows.add(row);
      usedPending.add(p.id);
      replace.push({ pendingId: p.id, row });
    }
  };
  take(pairs);
  // Only then the same amount is let go: an exact twin always wins over a re-priced one.
  take(repricedPairs(incoming.filter((r) => !usedRows.has(r)), open.filter((p) => !usedPending.has(p.id)), isStored));
  const upsert = incoming.filter((r) => !usedRows.has(r));
  return { replace, remove: outsideReport(incoming, open.filter((p) => !usedPending.has(p.id)), covered), upsert };
}

/** The merchant keys a stored pending row goes by: its display name's, and its bank text's (a renamed merchant keeps both). */
function pendingKeys(p: StoredPending): Set<string> {
  const labels = [p.merchant, merchantLabel({ counterpartyName: p.counterpartyName, description: p.description, transactionType: p.transactionType })];
  return new Set(labels.filter((l): l is string => !!l).map(merchantKey).filter(Boolean));
}

/** A held amount settled as this booked one: at most the hold plus a tip's share, never nothing. */
function settlesHold(held: string, booked: string): boolean {
  const b = decimalAbs(booked);
  return decimalSign(b) > 0 && decimalCmp(decimalMul(b, "100"), decimalMul(decimalAbs(held), String(100 + ABOVE_HOLD_PERCENT))) <= 0;
}

/**
 * Booked rows that are a pending row of the same merchant booked at another amount (or the same one later
 * than a loose match allows), the same way round (both money out or both in), within the hold window after
 * the purchase: closest date first, then closest amount. A shared word is not enough here ("HAMBURG" is in
 * every shop's text there): the merchant must be the same.
 */
function repricedPairs<R extends IncomingRow>(incoming: readonly R[], open: readonly StoredPending[], isStored: (externalId: string) => boolean): { row: R; p: StoredPending }[] {
  if (!open.length) return [];
  const keys = new Map(open.map((p) => [p.id, pendingKeys(p)]));
  const pairs: { row: R; p: StoredPending; gap: number; diff: string }[] = [];
  for (const row of incoming) {
    if (row.status !== "booked" || isStored(row.externalId)) continue;
    const label = merchantLabel(row);
    const key = label ? merchantKey(label) : "";
    if (!key) continue;
    const day = dayNumber(row.bookingDate);
    for (const p of open) {
      if (p.currency !== row.currency || decimalSign(p.amount) !== decimalSign(row.amount) || !keys.get(p.id)!.has(key)) continue;
      if (!settlesHold(p.amount, row.amount)) continue;
      const after = day - dayNumber(p.bookingDate);
      if (after >= -MATCH_WINDOW_DAYS && after <= HOLD_WINDOW_DAYS) pairs.push({ row, p, gap: Math.abs(after), diff: decimalAbs(decimalSub(row.amount, p.amount)) });
    }
  }
  return pairs.sort((a, b) => a.gap - b.gap || decimalCmp(a.diff, b.diff));
}

/** Unmatched pending rows dated inside the span the source just reported (its rows' days and its stated period). */
function outsideReport(incoming: readonly IncomingRow[], open: readonly StoredPending[], covered?: Coverage): string[] {
  if ((!incoming.length && !covered) || !open.length) return [];
  // A loop, not Math.min(...days): a first sync can bring 100k rows.
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of incoming) {
    const d = dayNumber(r.bookingDate);
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (covered) {
    lo = Math.min(lo, dayNumber(covered.from));
    hi = Math.max(hi, dayNumber(covered.to));
  }
  return open.filter((p) => dayNumber(p.bookingDate) >= lo && dayNumber(p.bookingDate) <= hi).map((p) => p.id);
}
