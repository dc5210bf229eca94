// Pending-to-booked matching. Banks give a card payment one id while it is
// pending and another once it books (often with a shifted date and a cleaned-up
// name), so matching by id alone would show the payment twice.
import { decimalCmp } from "../format/decimal.ts";

export interface IncomingRow {
  externalId: string;
  status: "booked" | "pending";
  bookingDate: string;
  amount: string;
  currency: string;
  counterpartyName?: string | null;
}

export interface StoredPending {
  id: string;
  externalId: string;
  bookingDate: string;
  amount: string;
  currency: string;
  counterpartyName: string | null;
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

export function planReconciliation<R extends IncomingRow>(
  incoming: readonly R[],
  pending: readonly StoredPending[],
  isStored: (externalId: string) => boolean,
): ReconcilePlan<R> {
  const incomingIds = new Set(incoming.map((r) => r.externalId));
  const open = pending.filter((p) => !incomingIds.has(p.externalId));
  const replace: ReconcilePlan<R>["replace"] = [];
  const upsert: R[] = [];
  for (const row of incoming) {
    const twin = row.status === "booked" && open.length && !isStored(row.externalId) ? closestTwin(row, open) : -1;
    if (twin < 0) {
      upsert.push(row);
      continue;
    }
    const [p] = open.splice(twin, 1);
    replace.push({ pendingId: p!.id, row });
  }
  const remove: string[] = [];
  if (incoming.length) {
    // A loop, not Math.min(...days): a first sync can bring 100k rows.
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of incoming) {
      const d = dayNumber(r.bookingDate);
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    for (const p of open) {
      const d = dayNumber(p.bookingDate);
      if (d >= lo && d <= hi) remove.push(p.id);
    }
  }
  return { replace, remove, upsert };
}

function closestTwin(row: IncomingRow, open: readonly StoredPending[]): number {
  let best = -1;
  let bestGap = Infinity;
  const day = dayNumber(row.bookingDate);
  open.forEach((p, i) => {
    const gap = Math.abs(dayNumber(p.bookingDate) - day);
    if (gap > MATCH_WINDOW_DAYS || gap >= bestGap) return;
    if (p.currency !== row.currency || decimalCmp(p.amount, row.amount) !== 0) return;
    if (!similarCounterparty(p.counterpartyName, row.counterpartyName)) return;
    best = i;
    bestGap = gap;
  });
  return best;
}
