// Statement rows to Kontor's types. IBKR already signs money from the
// account's view (netCash of a buy, withholding tax and fees are negative), so
// amounts are passed through as decimal strings, never computed with floats.
import type { NormalizedAccount, NormalizedHolding, NormalizedTransaction } from "../types.ts";
import { CURRENCY_CODE } from "../../src/format/currency-code.ts";
import type { ConversionRate, FlexCashTransaction, FlexOpenPosition, FlexStatement, FlexTrade } from "./statement.ts";

/** Dates come as yyyyMMdd, yyyy-MM-dd, MM/dd/yyyy or MM/dd/yy, optionally followed by a time after ; , space or T. */
export function flexDate(value: string | undefined): string | null {
  if (!value) return null;
  const d = value.trim().split(/[;, T]/)[0] ?? "";
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(d);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})$/.exec(d);
  if (m) return `${m[3]!.length === 2 ? `20${m[3]}` : m[3]}-${m[1]}-${m[2]}`;
  return null;
}

const abs = (s: string) => s.replace(/^-/, "");
/** IBKR pads decimals ("190.120000"); the chat shows what a person would write. */
const plain = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);
/** Zero written as "-0" is still zero. */
const tidy = (s: string) => (/^-0(\.0*)?$/.test(s) ? s.slice(1) : s);

export function toAccount(st: FlexStatement): NormalizedAccount {
  return { externalId: st.accountId, name: `Interactive Brokers ${maskAccount(st.accountId)}`, currency: st.baseCurrency ?? "USD", type: "BROKERAGE", iban: null };
}

export function maskAccount(id: string): string {
  return `••${id.slice(-4)}`;
}

const ratesFor = (rates: ConversionRate[], currency: string) => rates.filter((r) => r.from === currency);

export function tradeToTransaction(t: FlexTrade, st: FlexStatement): NormalizedTransaction | null {
  const date = flexDate(t.tradeDate) ?? flexDate(t.dateTime) ?? flexDate(t.reportDate);
  // Without netCash we cannot know the money that moved; computing it would mean float arithmetic.
  if (!date || t.netCash === undefined) return null;
  const side = (t.buySell ?? (t.quantity.startsWith("-") ? "SELL" : "BUY")).toUpperCase();
  const price = t.tradePrice !== undefined ? ` @ ${plain(abs(t.tradePrice))}` : "";
  const id = t.tradeID ?? t.transactionID;
  return {
    externalId: id ? `trade:${id}` : null,
    status: "booked",
    bookingDate: date,
    valueDate: flexDate(t.settleDateTarget),
    amount: tidy(t.netCash),
    currency: t.currency,
    description: `${side} ${plain(abs(t.quantity))} ${t.symbol}${price}`,
    transactionType: `TRADE_${side.replace(/\W/g, "_")}`,
    counterpartyName: t.description ?? null,
    raw: { trade: t, conversionRates: ratesFor(st.conversionRates, t.currency) },
  };
}

/** CashTransaction.type (connectors.md §5.3) to Kontor's label and a short description. */
function cashKind(type: string, amount: string): { kind: string; label: string } {
  const t = type.toLowerCase();
  if (t === "withholding tax") return { kind: "WITHHOLDING_TAX", label: "Withholding tax" };
  if (t === "payment in lieu of dividends") return { kind: "DIVIDEND", label: "Payment in lieu of dividend" };
  if (t.includes("dividend")) return { kind: "DIVIDEND", label: "Dividend" };
  if (t.includes("interest")) return { kind: "INTEREST", label: t.includes("bond") ? "Bond interest" : "Interest" };
  if (t.includes("fee") || t.includes("commission")) return { kind: "FEE", label: "Fee" };
  if (t.includes("deposit") || t.includes("withdrawal")) return amount.startsWith("-") ? { kind: "WITHDRAWAL", label: "Withdrawal" } : { kind: "DEPOSIT", label: "Deposit" };
  return { kind: "CASH", label: type };
}

export function cashToTransaction(c: FlexCashTransaction, st: FlexStatement): NormalizedTransaction | null {
  // A SUMMARY row repeats its DETAIL rows; keep the details only.
  if (c.levelOfDetail && c.levelOfDetail.toUpperCase() === "SUMMARY") return null;
  const date = flexDate(c.dateTime) ?? flexDate(c.reportDate);
  if (!date) return null;
  const { kind, label } = cashKind(c.type, c.amount);
  const what = c.symbol ? `${label} ${c.symbol}` : kind === "FEE" || kind === "CASH" ? (c.description ?? label) : label;
  return {
    externalId: c.transactionID ? `cash:${c.transactionID}` : null,
    status: "booked",
    bookingDate: date,
    valueDate: flexDate(c.settleDate),
    amount: tidy(c.amount),
    currency: c.currency,
    description: what,
    transactionType: kind,
    counterpartyName: c.description ?? null,
    raw: { cashTransaction: c, conversionRates: ratesFor(st.conversionRates, c.currency) },
  };
}

/** IBKR's assetCategory codes (connectors.md §5.3); ETFs are listed as STK. */
function assetClassOf(category: string | undefined): NonNullable<NormalizedHolding["assetClass"]> {
  switch ((category ?? "").toUpperCase()) {
    case "STK":
      return "stock";
    case "FUND":
      return "fund";
    case "BOND":
    case "BILL":
      return "bond";
    case "OPT":
    case "FOP":
    case "WAR":
      return "option";
    case "CASH":
      return "cash";
    case "CRYPTO":
      return "crypto";
    default:
      return "other";
  }
}

export function toHoldings(st: FlexStatement, fallbackAsOf: Date): NormalizedHolding[] {
  // Queries may list lots and a summary per position; lots alone would repeat the symbol.
  // A currency balance listed as a CASH position (USD.EUR) is the Cash Report's cash again; with a Cash Report, that counts it.
  const positions = st.cashReport ? st.openPositions.filter((p) => (p.assetCategory ?? "").toUpperCase() !== "CASH") : st.openPositions;
  const summary = positions.filter((p) => !p.levelOfDetail || p.levelOfDetail.toUpperCase() === "SUMMARY");
  const rows: FlexOpenPosition[] = summary.length ? summary : positions;
  const seen = new Set<string>();
  const out: NormalizedHolding[] = [];
  for (const p of rows) {
    if (seen.has(p.symbol)) continue;
    seen.add(p.symbol);
    const day = flexDate(p.reportDate) ?? flexDate(st.toDate);
    out.push({
      accountExternalId: st.accountId,
      symbol: p.symbol,
      name: p.description ?? null,
      quantity: tidy(p.position),
      price: p.markPrice ?? null,
      value: p.positionValue !== undefined ? tidy(p.positionValue) : null,
      currency: p.currency,
      asOf: day ? `${day}T00:00:00.000Z` : fallbackAsOf.toISOString(),
      assetClass: assetClassOf(p.assetCategory),
    });
  }
  return out;
}

/**
 * The Cash Report's ending cash, one holding per currency at price 1 (the way
 * an exchange's fiat balance is one), so net worth converts each currency at
 * its own day's rate like every other holding. IBKR's BASE_SUMMARY line is the
 * same cash already summed in the base currency at IBKR's rates: left out.
 * `positionsAsOf` puts cash in the positions' snapshot: net worth reads an
 * account's newest holdings by their asOf, so a different stamp would hide one or the other.
 */
export function toCashHoldings(st: FlexStatement, fallbackAsOf: Date, positionsAsOf?: string): NormalizedHolding[] {
  const out: NormalizedHolding[] = [];
  for (const c of st.cashReport ?? []) {
    if (c.endingCash === undefined || !CURRENCY_CODE.test(c.currency) || c.currency.startsWith("BASE")) continue;
    if (c.levelOfDetail && c.levelOfDetail.toUpperCase() === "BASECURRENCY") continue;
    if (out.some((h) => h.symbol === c.currency)) continue;
    const day = flexDate(c.toDate) ?? flexDate(st.toDate);
    const amount = tidy(c.endingCash);
    const asOf = positionsAsOf ?? (day ? `${day}T00:00:00.000Z` : fallbackAsOf.toISOString());
    out.push({
      accountExternalId: st.accountId,
      symbol: c.currency,
      name: null,
      quantity: amount,
      price: "1",
      value: amount,
      currency: c.currency,
      asOf,
      assetClass: "cash",
    });
  }
  return out;
}
