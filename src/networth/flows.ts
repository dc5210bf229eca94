// Money that moved in or out of investments, by the connectors' own labels:
// deposits and withdrawals (what the person put in), dividends with their
// withholding tax, and fees with brokers' trade commissions. Each row is
// converted at its booking day; rows without a rate are listed, not guessed.
import type { Db } from "../db/client.ts";
import type { FxRates } from "../fx/types.ts";
import { decimalAdd, decimalNeg } from "../format/decimal.ts";

export type FlowKind = "deposits" | "dividends" | "fees";

/** transactionType values per part, as the connectors write them (ccxt lower case, IBKR upper case). */
const PARTS: Record<FlowKind, Record<string, string[]>> = {
  deposits: { deposit: ["deposit", "DEPOSIT"], withdrawal: ["withdrawal", "WITHDRAWAL"] },
  dividends: { dividend: ["DIVIDEND", "dividend"], withholding_tax: ["WITHHOLDING_TAX"] },
  fees: { fee: ["fee", "FEE"] },
};

export interface FlowSum {
  /** Base currency; for fees a positive amount paid. */
  total: string;
  parts: Record<string, string>;
  count: number;
  unconverted: { currency: string; amount: string }[];
}

interface Row {
  part: string;
  amount: string;
  currency: string;
  day: string;
}

/** IBKR states a trade's commission beside netCash (connectors.md §5.3); the ledger row has it only inside. */
function commissionOf(raw: unknown): { amount: string; currency: string } | null {
  const trade = (raw as { trade?: { ibCommission?: unknown; ibCommissionCurrency?: unknown; currency?: unknown } } | null)?.trade;
  const amount = typeof trade?.ibCommission === "string" ? trade.ibCommission : null;
  if (!amount || !/^-?\d+(\.\d+)?$/.test(amount) || /^-?0(\.0*)?$/.test(amount)) return null;
  const currency = typeof trade?.ibCommissionCurrency === "string" && trade.ibCommissionCurrency ? trade.ibCommissionCurrency : String(trade?.currency ?? "");
  return currency ? { amount, currency } : null;
}

export async function investmentFlows(
  db: Db,
  fx: FxRates | undefined,
  q: { userId: string; accountIds?: string[]; from: string; to: string; kind: FlowKind; base: string },
): Promise<FlowSum> {
  const parts = PARTS[q.kind];
  const partOf = new Map(Object.entries(parts).flatMap(([part, types]) => types.map((t) => [t, part] as const)));
  const where = {
    userId: q.userId,
    status: "BOOKED" as const,
    bookingDate: { gte: new Date(`${q.from}T00:00:00.000Z`), lte: new Date(`${q.to}T00:00:00.000Z`) },
    ...(q.accountIds ? { accountId: { in: q.accountIds } } : {}),
  };
  const found = await db.transaction.findMany({ where: { ...where, transactionType: { in: [...partOf.keys()] } }, select: { amount: true, currency: true, bookingDate: true, transactionType: true } });
  const rows: Row[] = found.map((t) => ({ part: partOf.get(t.transactionType!)!, amount: t.amount.toFixed(), currency: t.currency, day: t.bookingDate.toISOString().slice(0, 10) }));
  if (q.kind === "fees") {
    const trades = await db.transaction.findMany({ where: { ...where, transactionType: { startsWith: "TRADE_" } }, select: { raw: true, bookingDate: true } });
    for (const t of trades) {
      const c = commissionOf(t.raw);
      if (c) rows.push({ part: "commission", amount: c.amount, currency: c.currency, day: t.bookingDate.toISOString().slice(0, 10) });
    }
  }
  const sum: FlowSum = { total: "0", parts: {}, count: 0, unconverted: [] };
  const open = new Map<string, string>();
  for (const r of rows) {
    // Fees are money out (negative in the ledger): shown as what was paid.
    const amount = q.kind === "fees" ? decimalNeg(r.amount) : r.amount;
    const inBase = r.currency === q.base ? amount : ((await fx?.convert(amount, r.currency, q.base, r.day))?.amount ?? null);
    sum.count++;
    if (inBase === null) {
      open.set(r.currency, decimalAdd(open.get(r.currency) ?? "0", amount));
      continue;
    }
    sum.total = decimalAdd(sum.total, inBase);
    sum.parts[r.part] = decimalAdd(sum.parts[r.part] ?? "0", inBase);
  }
  sum.unconverted = [...open].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => a.currency.localeCompare(b.currency));
  return sum;
}
