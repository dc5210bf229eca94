// One sync runs the Flex query once (the statement covers the period the
// person set in the query) and serves every account of it from memory.
// Rows carry IBKR's own ids, so a second sync over the same period adds nothing.
import type { ConnectorContext, ConnectorSession, NormalizedAccount, TransactionPage } from "../types.ts";
import { fetchStatements, IbkrFlexError } from "./client.ts";
import type { IbkrFlexCredentials } from "./credentials.ts";
import { cashToTransaction, toAccount, toCashHoldings, toHoldings, tradeToTransaction } from "./normalize.ts";
import type { ConversionRate, FlexStatement } from "./statement.ts";

export interface IbkrFlexSession extends ConnectorSession<IbkrFlexCredentials> {
  /**
   * The statement's own ConversionRates (date, from, to = base currency, rate),
   * for every account in it; fetches the statement if this session has not yet.
   */
  fxRates(): Promise<ConversionRate[]>;
}

export async function openSession(credentials: IbkrFlexCredentials, ctx: ConnectorContext): Promise<IbkrFlexSession> {
  let statements: Promise<FlexStatement[]> | null = null;
  const load = () => (statements ??= fetchStatements(credentials, ctx).catch((err: unknown) => {
    statements = null;
    throw err;
  }));
  async function statementOf(accountId: string): Promise<FlexStatement | undefined> {
    return (await load()).find((s) => s.accountId === accountId);
  }

  return {
    async listAccounts() {
      const all = await load();
      for (const s of all) if (!s.baseCurrency) ctx.logger.warn({ account: s.accountId.slice(-4) }, "ibkr flex: statement without AccountInformation currency, assuming USD");
      return all.map(toAccount);
    },
    async fetchTransactions(account: NormalizedAccount): Promise<TransactionPage> {
      const st = await statementOf(account.externalId);
      if (!st) return { transactions: [], nextCursor: null, hasMore: false };
      const rows = [...st.trades.map((t) => tradeToTransaction(t, st)), ...st.cashTransactions.map((c) => cashToTransaction(c, st))].filter((r) => r !== null);
      return { transactions: rows, nextCursor: { toDate: st.toDate ?? null }, hasMore: false };
    },
    async fetchBalances() {
      return [];
    },
    async fetchHoldings(accounts) {
      const all = await load();
      const wanted = new Set(accounts.map((a) => a.externalId));
      return all
        .filter((s) => wanted.has(s.accountId))
        .flatMap((s) => {
          const positions = toHoldings(s, ctx.now());
          return [...positions, ...toCashHoldings(s, ctx.now(), positions[0]?.asOf)];
        });
    },
    async fxRates() {
      return (await load()).flatMap((s) => s.conversionRates);
    },
    credentials: () => credentials,
  };
}

export { IbkrFlexError };
