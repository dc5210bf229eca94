// One sync of one exchange connection: a single CRYPTO account per exchange,
// kept in the quote currency; balances are holdings (the quote currency itself
// too, at price 1), so no separate cash balance is reported and nothing is
// counted twice in a net worth.
import type { ConnectorContext, ConnectorSession, NormalizedAccount, NormalizedHolding, TransactionPage } from "../types.ts";
import type { CcxtCredentials } from "./credentials.ts";
import { mapped } from "./errors.ts";
import { createExchange, loadCcxt, type ExchangeOptions } from "./exchange.ts";
import { cursorSchema, readHistory } from "./history.ts";
import { readBalances, valueHoldings, type Held } from "./holdings.ts";

export const HISTORY_DAYS = 5 * 365;

export async function openCcxtSession(credentials: CcxtCredentials, ctx: ConnectorContext, opts: ExchangeOptions): Promise<ConnectorSession<CcxtCredentials>> {
  const ccxt = await loadCcxt();
  const ex = createExchange(ccxt, credentials, opts);
  const secrets = [credentials.apiKey, credentials.secret, credentials.password ?? "", credentials.uid ?? ""];
  const call = <T>(fn: () => Promise<T>) => mapped(ccxt, ex.id, secrets, fn);
  const log = ctx.logger.child({ exchange: ex.id });
  let held: Held[] | undefined;
  const balances = async () => (held ??= await call(() => readBalances(ex)));
  const account: NormalizedAccount = { externalId: ex.id, name: String(ex.name ?? ex.id), currency: credentials.quote, type: "CRYPTO" };

  return {
    async listAccounts() {
      await call(() => ex.loadMarkets());
      return [account];
    },
    async fetchTransactions(_account, cursor): Promise<TransactionPage> {
      const parsed = cursorSchema.safeParse(cursor ?? {});
      const now = ctx.now().getTime();
      const heldCoins = [...(await balances()).map((h) => h.code), credentials.quote];
      const { rows, cursor: next } = await call(() =>
        readHistory({ exchange: ex, cursor: parsed.success ? parsed.data : cursorSchema.parse({}), now, firstSyncStart: now - HISTORY_DAYS * 86_400_000, heldCoins }),
      );
      log.debug({ rows: rows.length }, "exchange history read");
      return { transactions: rows, nextCursor: next, hasMore: false };
    },
    async fetchBalances() {
      return [];
    },
    async fetchHoldings(): Promise<NormalizedHolding[]> {
      const asOf = ctx.now().toISOString();
      return call(async () => valueHoldings(ex, await balances(), credentials.quote, account.externalId, asOf));
    },
    credentials: () => credentials,
  };
}
