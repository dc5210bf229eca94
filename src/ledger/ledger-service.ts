// Read side of accounts and transactions for the chat: balances per account
// and paged transaction lists. Handlers call this; they never query directly.
import type { Db } from "../db/client.ts";
import { decimalAdd } from "../format/decimal.ts";
import { isCurrencyCode } from "../format/currency-code.ts";
import type { ConnectorRegistry } from "../../connectors/registry.ts";

export interface AccountOverview {
  id: string;
  name: string;
  type: string;
  currency: string;
  connectionLabel: string;
  /** File imports have no bank connection worth naming; the account name says where it is from. */
  imported: boolean;
  /** Unmasked: the handler masks it (src/format/account-id.ts) before anything reaches the chat. */
  iban: string | null;
  balance: string | null;
  balanceAsOf: Date | null;
  /**
   * Cash a broker or exchange reports as holdings (one per currency, in the
   * account's newest holdings snapshot), in its own currency; empty for banks.
   */
  cash: { amount: string; currency: string }[];
  cashAsOf: Date | null;
}

export interface Overview {
  accounts: AccountOverview[];
  /** Sums per currency; only the base currency's sum is the "total" (no FX rates are guessed). */
  totals: { currency: string; amount: string }[];
}

export interface TransactionRow {
  id: string;
  bookingDate: Date;
  status: "BOOKED" | "PENDING";
  amount: string;
  currency: string;
  counterpartyName: string | null;
  description: string | null;
  merchant: string | null;
  accountName: string;
  categoryKey: string | null;
}

export interface TransactionFilter {
  text?: string;
  accountId?: string;
}

/**
 * Per account, the cash holdings of its newest holdings snapshot (older
 * snapshots are history: a currency no longer held is simply absent from the
 * newest). The symbol is the currency: a holding's own `currency` is what it
 * is priced in (an exchange prices EUR in USDT), and its quantity is the cash.
 */
async function newestCash(db: Db, userId: string): Promise<Map<string, { asOf: Date; rows: { amount: string; currency: string }[] }>> {
  const newest = await db.holding.groupBy({ by: ["accountId"], where: { userId }, _max: { asOf: true } });
  const at = newest.flatMap((n) => (n._max.asOf ? [{ accountId: n.accountId, asOf: n._max.asOf }] : []));
  if (!at.length) return new Map();
  const rows = await db.holding.findMany({
    where: { userId, assetClass: "cash", OR: at },
    select: { accountId: true, asOf: true, symbol: true, quantity: true },
    orderBy: [{ accountId: "asc" }, { symbol: "asc" }],
  });
  const out = new Map<string, { asOf: Date; rows: { amount: string; currency: string }[] }>();
  for (const r of rows) {
    if (!isCurrencyCode(r.symbol)) continue;
    const entry = out.get(r.accountId) ?? { asOf: r.asOf, rows: [] };
    entry.rows.push({ amount: r.quantity.toFixed(), currency: r.symbol });
    out.set(r.accountId, entry);
  }
  return out;
}

export function createLedgerService(db: Db, registry: Pick<ConnectorRegistry, "get">) {
  return {
    async overview(userId: string, baseCurrency: string): Promise<Overview> {
      const accounts = await db.account.findMany({
        where: { userId },
        include: { connection: { select: { label: true, provider: true } }, balanceSnapshots: { where: { kind: "booked" }, orderBy: { asOf: "desc" }, take: 1 } },
        orderBy: [{ connection: { createdAt: "asc" } }, { name: "asc" }],
      });
      const cash = await newestCash(db, userId);
      const rows: AccountOverview[] = accounts.map((a) => ({
        id: a.id,
        name: a.name,
        type: a.type,
        currency: a.currency,
        connectionLabel: a.connection.label,
        imported: registry.get(a.connection.provider)?.syncs === false,
        iban: a.iban,
        balance: a.balanceSnapshots[0]?.amount.toString() ?? null,
        balanceAsOf: a.balanceSnapshots[0]?.asOf ?? null,
        cash: cash.get(a.id)?.rows ?? [],
        cashAsOf: cash.get(a.id)?.asOf ?? null,
      }));
      const sums = new Map<string, string>();
      const add = (currency: string, amount: string) => sums.set(currency, decimalAdd(sums.get(currency) ?? "0", amount));
      for (const r of rows) {
        if (r.balance !== null) add(r.currency, r.balance);
        for (const c of r.cash) add(c.currency, c.amount);
      }
      const totals = [...sums.entries()]
        .map(([currency, amount]) => ({ currency, amount }))
        .sort((a, b) => (a.currency === baseCurrency ? -1 : b.currency === baseCurrency ? 1 : a.currency.localeCompare(b.currency)));
      return { accounts: rows, totals };
    },

    async transactions(userId: string, filter: TransactionFilter, page: { offset: number; limit: number }): Promise<{ rows: TransactionRow[]; total: number }> {
      const text = filter.text?.trim();
      const where = {
        userId,
        ...(filter.accountId ? { accountId: filter.accountId } : {}),
        ...(text
          ? {
              OR: [
                { counterpartyName: { contains: text, mode: "insensitive" as const } },
                { description: { contains: text, mode: "insensitive" as const } },
                { merchant: { contains: text, mode: "insensitive" as const } },
              ],
            }
          : {}),
      };
      const [total, rows] = await Promise.all([
        db.transaction.count({ where }),
        db.transaction.findMany({
          where,
          orderBy: [{ bookingDate: "desc" }, { importedAt: "desc" }, { id: "asc" }],
          skip: page.offset,
          take: page.limit,
          include: { account: { select: { name: true } }, category: { select: { key: true } } },
        }),
      ]);
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          bookingDate: r.bookingDate,
          status: r.status,
          amount: r.amount.toString(),
          currency: r.currency,
          counterpartyName: r.counterpartyName,
          description: r.description,
          merchant: r.merchant,
          accountName: r.account.name,
          categoryKey: r.category?.key ?? null,
        })),
      };
    },

    accountsOf(userId: string) {
      return db.account.findMany({ where: { userId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
    },
  };
}

export type LedgerService = ReturnType<typeof createLedgerService>;
