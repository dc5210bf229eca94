// The expected answer, computed from the dataset's rows in plain integer cents
// and the brand each row was written with: no merchant keys, no SQL, nothing
// shared with the engine.
import { TAXONOMY } from "../../../src/categories/taxonomy.ts";
import { ACCOUNTS, DATA_START, ROWS, TODAY, type AccountKey, type Row } from "./dataset.ts";

export interface Range {
  from: string;
  to: string;
}

export interface Side {
  /** "income vs spending": the side's own flow. */
  measure?: "income" | "spending";
  categories?: string[];
  /** Topics (src/analytics/topics.ts), matched by TOPIC_ROWS. */
  topics?: string[];
  brands?: string[];
}

export interface Expect {
  measure: "spending" | "income" | "net" | "count" | "average" | "balance";
  period: Range;
  categories?: string[];
  topics?: string[];
  brands?: string[];
  accounts?: AccountKey[];
  days?: "weekend" | "weekday";
  savings?: true;
  /** "biggest purchases": buys only, without rent, bills, taxes, insurance, fees, cash or donations. */
  purchases?: true;
  /** Credit-card bills paid, on the paying side. */
  cardBills?: true;
  /** "transaction": income per incoming transaction (spending per transaction is measure "average"). */
  averageOver?: "transaction" | "month" | "year";
  groupBy?: "none" | "category" | "merchant" | "month" | "year" | "transaction";
  limit?: number;
  versus?: Side[];
  /** A note that the data starts later than the period. */
  dataStartNote?: boolean;
}

const TRANSFER = new Set(["transfers", "savings"]);
const toCents = (a: string) => {
  const neg = a.startsWith("-");
  const [i, f = ""] = a.replace("-", "").split(".");
  const c = Number(i) * 100 + Number((f + "00").slice(0, 2));
  return neg ? -c : c;
};
export const fromCents = (c: number) => `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}`;

function weekday(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** What each topic is in this dataset's own terms: its fuel rows are all Shell and TOTAL stations (Shell Recharge included). */
const TOPIC_ROWS: Record<string, (r: Row) => boolean> = {
  fuel_stations: (r) => r.category === "fuel" && ["shell", "total"].includes(r.brand ?? ""),
  interest: (r) => ["fees", "income_other"].includes(r.category) && /zins/i.test(r.description ?? ""),
};

/** Paid, but not bought from a shop: the rent, the bills, taxes, premiums, bank fees, cash and gifts. */
const NOT_BOUGHT: ReadonlySet<string> = new Set(["rent", "utilities", "taxes", "insurance", "fees", "cash", "donations"]);
const EXPENSE: ReadonlySet<string> = new Set(TAXONOMY.filter((c) => c.kind === "expense").map((c) => c.key));

export function matching(e: Omit<Expect, "period" | "measure"> & { period: Range; measure: Expect["measure"] }, side: Side = {}): Row[] {
  const categories = side.categories ?? e.categories;
  const topics = side.topics ?? e.topics;
  const brands = side.brands ?? e.brands;
  const named = Boolean(categories?.length || topics?.length);
  const inSubject = (r: Row) => Boolean(categories?.includes(r.category) || topics?.some((t) => TOPIC_ROWS[t]?.(r)));
  return ROWS.filter((r) => {
    if (r.date < e.period.from || r.date > e.period.to) return false;
    if (e.savings) return r.category === "savings" && toCents(r.amount) < 0 && ACCOUNTS[r.account].type !== "SAVINGS";
    // The dataset's card bills are the DKB's monthly Amex settlements.
    if (e.cardBills) return r.account === "dkb" && r.description === "Kreditkartenabrechnung" && (!e.accounts?.length || e.accounts.includes("amex"));
    if (named ? !inSubject(r) : TRANSFER.has(r.category)) return false;
    // Cash taken out is not spending unless the question is about it (or names a merchant).
    if (r.category === "cash" && ["spending", "average"].includes(e.measure) && !named && !brands?.length) return false;
    if (brands?.length && !brands.includes(r.brand ?? "")) return false;
    if (e.accounts?.length && !e.accounts.includes(r.account)) return false;
    if (e.purchases && NOT_BOUGHT.has(r.category)) return false;
    if (e.days === "weekend" && weekday(r.date) < 6) return false;
    if (e.days === "weekday" && weekday(r.date) >= 6) return false;
    // Refunds net against spending (and its averages per month), never income;
    // so does money in filed under a spending category (an Amazon return kept in Shopping).
    const inToSpending = toCents(r.amount) > 0 && EXPENSE.has(r.category);
    const refund = (r.category === "refunds" && toCents(r.amount) > 0) || inToSpending;
    const netsRefunds = e.measure === "spending" || (e.measure === "average" && (e.averageOver === "month" || e.averageOver === "year"));
    if (["spending", "average"].includes(e.measure) && toCents(r.amount) >= 0 && !(netsRefunds && refund)) return false;
    if (e.measure === "income" && (toCents(r.amount) <= 0 || (r.category === "refunds" && !categories?.includes("refunds")) || (inToSpending && !categories?.length))) return false;
    return true;
  });
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whole calendar months of the period that start on or after the data does. */
export function wholeMonthsOf(p: Range): { from: string; to: string; months: number } {
  let from = p.from < DATA_START ? DATA_START : p.from;
  const parts = from.split("-").map(Number) as [number, number, number];
  let [y, m] = parts;
  if (parts[2] !== 1) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  from = `${y}-${String(m).padStart(2, "0")}-01`;
  const end = p.to.split("-").map(Number) as [number, number, number];
  let [ty, tm] = end;
  if (end[2] !== lastDay(ty, tm)) {
    tm -= 1;
    if (tm === 0) {
      tm = 12;
      ty -= 1;
    }
  }
  const to = `${ty}-${String(tm).padStart(2, "0")}-${lastDay(ty, tm)}`;
  const months = (ty - y) * 12 + (tm - m) + 1;
  return { from, to, months };
}

function divRound(sum: number, n: number): string {
  const q = Math.floor((Math.abs(sum) * 2 + n) / (2 * n));
  return fromCents(sum < 0 ? -q : q);
}

/** The total the answer must show for one side (or the whole question). */
export function expectedTotal(e: Expect, side: Side = {}): string {
  // A side's own flow; spending averaged over months is what "average" means.
  const measure = side.measure === "spending" && e.averageOver !== undefined ? "average" : (side.measure ?? e.measure);
  if (e.averageOver === "transaction") {
    const rows = matching({ ...e, measure }, side);
    const sum = rows.reduce((s, r) => s + toCents(r.amount), 0);
    return rows.length ? divRound(measure === "income" ? sum : -sum, rows.length) : "0.00";
  }
  if (e.averageOver !== undefined) {
    const w = wholeMonthsOf(e.period);
    const rows = matching({ ...e, measure, period: w }, side);
    // Income as it came in, spending as it went out; per year: twelve average months, rounded once.
    const sum = rows.reduce((s, r) => s + toCents(r.amount), 0);
    const value = measure === "income" ? sum : -sum;
    return divRound(e.averageOver === "year" ? value * 12 : value, w.months);
  }
  const rows = matching({ ...e, measure }, side);
  const sum = rows.reduce((s, r) => s + toCents(r.amount), 0);
  switch (measure) {
    case "spending":
      return fromCents(-sum);
    case "income":
    case "net":
      return fromCents(sum);
    case "count":
      return String(rows.length);
    case "average":
      return rows.length ? divRound(-sum, rows.length) : "0.00";
    case "balance":
      throw new Error("balances are checked by their own cases");
  }
}

/** The transactions a list shows, in its order. */
export function expectedList(e: Expect, sort: "value_desc" | "key_desc"): Row[] {
  const rows = matching(e);
  const value = (r: Row) => Math.abs(toCents(r.amount));
  // A list shows spending: a refund is negative, and within a day the biggest comes first.
  const spent = (r: Row) => -toCents(r.amount);
  return [...rows].sort((a, b) => (sort === "value_desc" ? value(b) - value(a) || b.date.localeCompare(a.date) : b.date.localeCompare(a.date) || spent(b) - spent(a)));
}

export const P = {
  thisMonth: { from: "2026-11-01", to: TODAY },
  lastMonth: { from: "2026-10-01", to: "2026-10-31" },
  thisYear: { from: "2026-01-01", to: TODAY },
  lastYear: { from: "2025-01-01", to: "2025-12-31" },
  last3Months: { from: "2026-09-01", to: TODAY },
  last12Months: { from: "2025-12-01", to: TODAY },
  allTime: { from: DATA_START, to: TODAY },
  summer: { from: "2026-06-01", to: "2026-08-31" },
  lastWeekend: { from: "2026-11-14", to: "2026-11-15" },
  lastWeek: { from: "2026-11-09", to: "2026-11-15" },
  october: { from: "2026-10-01", to: "2026-10-31" },
  q3: { from: "2026-07-01", to: "2026-09-30" },
  winter: { from: "2025-12-01", to: "2026-02-28" },
  spring: { from: "2026-03-01", to: "2026-05-31" },
  autumn: { from: "2026-09-01", to: TODAY },
} satisfies Record<string, Range>;
