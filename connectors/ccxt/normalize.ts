// ccxt structures → ledger rows. The exchange runs with `number = String`
// (exchange.ts), so amounts arrive as the exchange's decimal strings; numbers
// are still accepted (a method that bypasses parseNumber) and turned into
// their shortest round-trip form, exact up to 15 significant digits. Rows per coin: a trade is two rows (the
// coin bought, the coin paid) plus a fee row, because fees are often charged in
// a third coin (BNB) and each coin's rows must add up to its balance change.
import type { NormalizedTransaction } from "../types.ts";
import { decimalNeg, decimalSign, fromMinorUnits, parseDecimal, formatScaled, toMinorUnits } from "../../src/format/decimal.ts";

/** Ledger scale (NUMERIC(38,18)). */
export const SCALE = 18;

export function toDecimal(n: number | string | undefined | null): string | null {
  if (n === undefined || n === null || n === "") return null;
  if (typeof n === "number" && !Number.isFinite(n)) return null;
  let s = typeof n === "string" ? n.trim() : String(n);
  if (/e/i.test(s)) s = expandExponent(s);
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return trim(fromMinorUnits(toMinorUnits(s, SCALE), SCALE));
}

function expandExponent(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(s);
  if (!m) return s;
  const digits = m[2]! + (m[3] ?? "");
  const point = m[2]!.length + Number(m[4]);
  const body = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return m[1] + body;
}

/** "1.500" → "1.5", "2.000" → "2". */
function trim(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** Exact product rounded half away from zero to 18 decimals. */
export function decimalMul(a: string, b: string): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return trim(fromMinorUnits(toMinorUnits(formatScaled({ units: x.units * y.units, scale: x.scale + y.scale }), SCALE), SCALE));
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const neg = (s: string) => (decimalSign(s) === 0 ? s : decimalNeg(s));

export interface CcxtTrade {
  id?: string;
  timestamp?: number;
  symbol?: string;
  side?: string;
  price?: number;
  amount?: number;
  cost?: number;
  fee?: { cost?: number; currency?: string };
  fees?: { cost?: number; currency?: string }[];
}

export function tradeRows(t: CcxtTrade, exchangeName: string): NormalizedTransaction[] {
  if (!t.id || !t.timestamp || !t.symbol) return [];
  const [base, quote] = t.symbol.split(":")[0]!.split("/");
  const amount = toDecimal(t.amount);
  const cost = toDecimal(t.cost) ?? (amount && t.price !== undefined ? decimalMul(amount, toDecimal(t.price) ?? "0") : null);
  if (!base || !quote || !amount || !cost) return [];
  const buy = t.side === "buy";
  const description = `${buy ? "Buy" : "Sell"} ${amount} ${base} at ${toDecimal(t.price) ?? "?"} ${quote} (${t.symbol})`;
  const common = { status: "booked" as const, bookingDate: day(t.timestamp), description, counterpartyName: exchangeName, transactionType: "trade" };
  const rows: NormalizedTransaction[] = [
    { ...common, externalId: `trade:${t.id}:${base}`, amount: buy ? amount : neg(amount), currency: base },
    { ...common, externalId: `trade:${t.id}:${quote}`, amount: buy ? neg(cost) : cost, currency: quote },
  ];
  const fees = t.fees?.length ? t.fees : t.fee ? [t.fee] : [];
  fees.forEach((f, i) => {
    const c = toDecimal(f.cost);
    if (!c || decimalSign(c) === 0 || !f.currency) return;
    rows.push({ ...common, externalId: `trade:${t.id}:fee${i ? i : ""}`, amount: neg(c), currency: f.currency, transactionType: "fee", description: `Trading fee (${t.symbol})` });
  });
  return rows;
}

export interface CcxtTransfer {
  id?: string;
  txid?: string;
  timestamp?: number;
  type?: string;
  amount?: number;
  currency?: string;
  status?: string;
  network?: string;
  address?: string;
  fee?: { cost?: number; currency?: string };
}

/** A deposit (+) or withdrawal (−); a failed or cancelled one moved nothing and is skipped. */
export function transferRows(t: CcxtTransfer, kind: "deposit" | "withdrawal", exchangeName: string): NormalizedTransaction[] {
  const amount = toDecimal(t.amount);
  if (!t.id || !t.timestamp || !t.currency || !amount) return [];
  if (t.status === "failed" || t.status === "canceled") return [];
  const status = t.status === "pending" ? ("pending" as const) : ("booked" as const);
  const label = kind === "deposit" ? "Deposit" : "Withdrawal";
  const common = { status, bookingDate: day(t.timestamp), counterpartyName: exchangeName, transactionType: kind };
  const rows: NormalizedTransaction[] = [
    {
      ...common,
      externalId: `${kind}:${t.id}`,
      amount: kind === "deposit" ? amount : neg(amount),
      currency: t.currency,
      description: [label, t.currency, t.network ? `via ${t.network}` : null, t.txid ? `tx ${t.txid}` : null].filter(Boolean).join(" "),
    },
  ];
  const fee = toDecimal(t.fee?.cost);
  if (fee && decimalSign(fee) !== 0) {
    rows.push({ ...common, externalId: `${kind}:${t.id}:fee`, amount: neg(fee), currency: t.fee?.currency ?? t.currency, transactionType: "fee", description: `${label} fee` });
  }
  return rows;
}

export interface CcxtLedgerEntry {
  id?: string;
  timestamp?: number;
  direction?: string;
  type?: string;
  currency?: string;
  amount?: number;
  status?: string;
  fee?: { cost?: number; currency?: string };
}

/**
 * Trades, deposits and withdrawals come from their own endpoints (with
 * prices, networks and fees), so the ledger only adds what nothing else
 * reports: staking rewards, transfers, airdrops, adjustments.
 */
export const LEDGER_TYPES_FROM_OTHER_CALLS = new Set(["trade", "transaction", "deposit", "withdrawal", "fee"]);

export function ledgerRows(e: CcxtLedgerEntry, exchangeName: string): NormalizedTransaction[] {
  const amount = toDecimal(e.amount);
  if (!e.id || !e.timestamp || !e.currency || !amount || LEDGER_TYPES_FROM_OTHER_CALLS.has(e.type ?? "")) return [];
  if (e.status === "failed" || e.status === "canceled") return [];
  const signed = e.direction === "out" ? neg(amount.replace(/^-/, "")) : amount.replace(/^-/, "");
  const rows: NormalizedTransaction[] = [
    { externalId: `ledger:${e.id}`, status: e.status === "pending" ? "pending" : "booked", bookingDate: day(e.timestamp), amount: signed, currency: e.currency, counterpartyName: exchangeName, transactionType: e.type ?? "ledger", description: `${e.type ?? "ledger"} ${e.currency}` },
  ];
  const fee = toDecimal(e.fee?.cost);
  if (fee && decimalSign(fee) !== 0) rows.push({ ...rows[0]!, externalId: `ledger:${e.id}:fee`, amount: neg(fee), currency: e.fee?.currency ?? e.currency, transactionType: "fee", description: `${e.type ?? "ledger"} fee` });
  return rows;
}
