// A statement's stated balances as BalanceSnapshot rows. A balance names the
// end of a calendar day; the snapshot is stored at noon UTC of that day so the
// day stays the same in every time zone Kontor users live in (-11..+11).
import type { StatementPart } from "../../connectors/file-import/types.ts";

export interface SnapshotRow {
  asOf: Date;
  amount: string;
  currency: string;
}

const noonUtc = (day: string) => new Date(`${day}T12:00:00Z`);

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The closing balance holds at the end of its day. The opening balance holds
 * before the statement's first booking: banks date it either the statement's
 * first day (CAMT OPBD, comdirect "Alter Kontostand") or the previous closing
 * day (MT940 :60F:), so it is stored at the day before the first booking when
 * its own date is not earlier.
 */
export function snapshotsOf(part: StatementPart): SnapshotRow[] {
  // Closing first: when both fall on one day, the stored row is the closing one.
  const out: SnapshotRow[] = [];
  const c = part.closingBalance;
  if (c) out.push({ asOf: noonUtc(c.date), amount: c.amount, currency: c.currency });
  const firstBooked = part.transactions
    .filter((t) => t.status === "booked")
    .map((t) => t.bookingDate)
    .sort()[0];
  const o = part.openingBalance;
  if (o) {
    const day = firstBooked && o.date >= firstBooked ? dayBefore(firstBooked) : o.date;
    out.push({ asOf: noonUtc(day), amount: o.amount, currency: o.currency });
  }
  return out;
}

/**
 * The days a statement reported in full, from its stated balances: a balance
 * on a day says the export runs to (or from) that day, so a pending row dated
 * inside that the file no longer lists has been booked or has lapsed, even
 * when no booked row of the file falls near it. None without a stated balance.
 */
export function coverageOf(part: StatementPart): { from: string; to: string } | undefined {
  const days = [part.openingBalance?.date, part.closingBalance?.date].filter((d): d is string => !!d).sort();
  return days.length ? { from: days[0]!, to: days[days.length - 1]! } : undefined;
}
