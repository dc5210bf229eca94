// A logged-in Demo Bank session. The bank's world starts `historyDays` before
// the link date, so balances always equal that opening plus every row the
// bank ever returned, however the engine pages through them.
import { z } from "zod";
import type { ConnectorContext, ConnectorSession, NormalizedAccount, NormalizedBalance, TransactionPage } from "../types.ts";
import { ConnectorError } from "../errors.ts";
import { dayOf, isoDay, toDay } from "./calendar.ts";
import { FaultGate, guardSession, parseDemoFaults } from "./faults.ts";
import { accountRows, createWorld, summarizeAccount } from "./generate.ts";

export const DEMO_PAGE_SIZE = 500;
/** Days an incremental sync re-reads, so pending rows that booked since are seen again. */
export const DEMO_OVERLAP_DAYS = 5;
export const DEMO_DEFAULT_HISTORY_DAYS = 400;

export interface DemoCredentials {
  seed: number;
  username: string;
  linkedAt: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** `to` pins the end of the window for every page of one sync, even across midnight. */
export const demoCursorSchema = z.object({ from: isoDate, page: z.number().int().min(0), to: isoDate.optional() });
export type DemoCursor = z.infer<typeof demoCursorSchema>;

const settingsSchema = z.object({
  DEMO_HISTORY_DAYS: z.coerce.number().int().min(1).default(DEMO_DEFAULT_HISTORY_DAYS),
  DEMO_ACCOUNTS: z.coerce.number().int().min(1).max(10_000).default(3),
  DEMO_FAIL: z.string().optional(),
});

export function openDemoSession(creds: DemoCredentials, ctx: ConnectorContext, maxHistoryDays: number): ConnectorSession<DemoCredentials> {
  const settings = settingsSchema.parse(ctx.settings);
  const historyDays = Math.min(settings.DEMO_HISTORY_DAYS, maxHistoryDays);
  const world = createWorld(creds.seed, settings.DEMO_ACCOUNTS);
  const worldStart = toDay(creds.linkedAt) - historyDays;
  const today = () => dayOf(ctx.now());

  const specFor = (account: NormalizedAccount) => {
    const spec = world.streams.find((s) => s.account.externalId === account.externalId);
    if (!spec) throw new ConnectorError("BadResponse", `demo: no account ${account.externalId}`, { provider: "demo" });
    return spec;
  };

  const readCursor = (cursor: unknown): DemoCursor => {
    const first = { from: isoDay(Math.max(worldStart, today() - historyDays)), page: 0 };
    if (cursor === null || cursor === undefined) return first;
    const parsed = demoCursorSchema.safeParse(cursor);
    if (parsed.success) return parsed.data;
    // A cursor we cannot read costs a full re-read, never a gap: the engine de-duplicates.
    ctx.logger.warn({ connector: "demo" }, "unreadable demo cursor, starting from the beginning");
    return first;
  };

  const session: ConnectorSession<DemoCredentials> = {
    async listAccounts() {
      return world.streams.map((s) => ({ ...s.account }));
    },

    async fetchTransactions(account, cursor): Promise<TransactionPage> {
      const spec = specFor(account);
      const c = readCursor(cursor);
      const from = Math.max(worldStart, toDay(c.from));
      const to = Math.min(c.to ? toDay(c.to) : today(), today());
      const rows: TransactionPage["transactions"] = [];
      let index = 0;
      const start = c.page * DEMO_PAGE_SIZE;
      let hasMore = false;
      for (const t of accountRows(world, spec, from, to, to)) {
        if (index >= start + DEMO_PAGE_SIZE) {
          hasMore = true;
          break;
        }
        if (index >= start) rows.push(t);
        index++;
      }
      const nextCursor: DemoCursor = hasMore
        ? { from: isoDay(from), to: isoDay(to), page: c.page + 1 }
        : { from: isoDay(Math.max(worldStart, to - DEMO_OVERLAP_DAYS)), page: 0 };
      return { transactions: rows, nextCursor, hasMore };
    },

    async fetchBalances(accounts): Promise<NormalizedBalance[]> {
      const asOf = ctx.now().toISOString();
      const day = today();
      return accounts.flatMap((account) => {
        const { balance } = summarizeAccount(world, specFor(account), worldStart, day, day);
        return [
          { accountExternalId: balance.accountExternalId, amount: balance.booked, currency: balance.currency, kind: "booked" as const, asOf },
          { accountExternalId: balance.accountExternalId, amount: balance.available, currency: balance.currency, kind: "available" as const, asOf },
        ];
      });
    },

    credentials: () => creds,
  };
  const faults = parseDemoFaults(settings.DEMO_FAIL);
  return faults.length ? guardSession(session, new FaultGate(faults)) : session;
}
