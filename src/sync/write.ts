// The one database transaction of a sync. Rows, snapshots, the new cursor, the
// rotated credentials, the SyncRun, dataVersion and the Outbox rows commit
// together or not at all: a cursor can never run ahead of the rows it covers.
import type { NormalizedTransaction } from "../../connectors/types.ts";
import type { Db, Prisma } from "../db/client.ts";
import { queueConsentReminder, queueTransactionNotices, type NewTransaction } from "../notifications/enqueue.ts";
import type { FetchResult } from "./fetch.ts";
import { validBalances, validHoldings, validTransactions } from "./validate.ts";
import { accountRow, writeAccountRows } from "./write-account.ts";
import type { CategoryChoice, KeyedTransaction, Tx } from "./write-transactions.ts";
import { loadRules } from "../categories/rule-store.ts";
import type { Rule } from "../categories/rules.ts";
import { matchTransfersAfterWrite } from "../transfers/apply-transfers.ts";
import { loadOwnIbans } from "../transfers/own-ibans.ts";
import type { HoldingValuation } from "../networth/valuation.ts";
import { loadOwnNames } from "../transfers/own-names.ts";
import { applyUsualCategories } from "../merchants/usual-category.ts";
import { applyRecurringPay } from "../merchants/recurring-pay.ts";

/**
 * A category key from the person's rules and the dictionary (wired by the app);
 * source defaults to "rule". `accountId` is the Kontor account the row goes to.
 */
export type Categorize = (
  tx: NormalizedTransaction,
  rules: readonly Rule[],
  accountId?: string,
  own?: { ownIbans: ReadonlySet<string>; ownNames?: ReadonlySet<string> },
) => string | { key: string; source: string; refundOf?: string | undefined } | null;

export const CONSENT_REMINDER_DAYS = 7;
/** A first sync of years of history can take a while to write; Prisma's default is 5 s. */
export const WRITE_TIMEOUT_MS = 10 * 60_000;

export interface CommitInput {
  connection: { id: string; userId: string; label: string; syncCursor: unknown; lastSyncAt: Date | null; consentExpiresAt: Date | null; provider?: string };
  fetched: FetchResult;
  /** Per fetched holding (same order): asset class and value in the base currency. */
  valuations?: readonly HoldingValuation[];
  sealedCredentials: string | null;
  syncRunId: string;
  startedAt: Date;
  now: Date;
  nextSyncAt: Date | null;
  categorize?: Categorize;
}

export interface Counts {
  added: number;
  updated: number;
  removed: number;
}

export async function categoryResolver(tx: Tx, userId: string, categorize?: Categorize): Promise<(row: KeyedTransaction, accountId?: string) => CategoryChoice | null> {
  if (!categorize) return () => null;
  const ids = new Map((await tx.category.findMany({ where: { userId }, select: { id: true, key: true } })).map((c) => [c.key, c.id]));
  // Read once per write: the person's corrections apply to every new row.
  const rules = await loadRules(tx, userId);
  const ownIbans = await loadOwnIbans(tx, userId);
  const own = { ownIbans, ownNames: await loadOwnNames(tx, userId, ownIbans) };
  return (row, accountId) => {
    const guess = categorize(row, rules, accountId, own);
    if (!guess) return null;
    const { key, source, refundOf } = typeof guess === "string" ? { key: guess, source: "rule", refundOf: undefined } : guess;
    const categoryId = ids.get(key);
    return categoryId ? { categoryId, source, refundOfKey: refundOf ?? null } : null;
  };
}

export async function commitSync(db: Db, input: CommitInput): Promise<Counts> {
  const { connection, fetched, now } = input;
  return db.$transaction(
    async (tx) => {
      await tx.account.createMany({
        data: fetched.accounts.map((a) => accountRow(connection.userId, connection.id, a)),
        skipDuplicates: true,
      });
      const accounts = new Map((await tx.account.findMany({ where: { connectionId: connection.id }, select: { id: true, externalId: true } })).map((a) => [a.externalId, a.id]));
      const categoryFor = await categoryResolver(tx, connection.userId, input.categorize);
      const counts: Counts = { added: 0, updated: 0, removed: 0 };
      const fresh: NewTransaction[] = [];
      const cursors = { ...((connection.syncCursor as Record<string, unknown> | null) ?? {}) };
      for (const f of fetched.fetched) {
        const accountId = accounts.get(f.account.externalId)!;
        const w = await writeAccountRows(tx, { userId: connection.userId, accountId, now }, validTransactions(f.transactions), categoryFor);
        counts.added += w.inserted.length;
        counts.updated += w.updated;
        counts.removed += w.removed;
        for (const { id, row } of w.inserted) fresh.push({ id, amount: row.amount, bookingDate: row.bookingDate, counterpartyName: row.counterpartyName, merchant: row.merchant });
        cursors[f.account.externalId] = f.cursor;
      }
      await matchTransfersAfterWrite(tx, connection.userId, counts.added + counts.updated, fetched.fetched.flatMap((f) => f.transactions));
      await applyUsualCategories(tx, connection.userId, fresh.map((f) => f.id));
      await applyRecurringPay(tx, connection.userId, fresh.map((f) => f.id));
      const snapshots = await writeSnapshots(tx, connection.userId, accounts, fetched, { valuations: input.valuations ?? [], source: connection.provider ?? null });
      await tx.connection.update({
        where: { id: connection.id },
        data: {
          syncCursor: cursors as Prisma.InputJsonValue,
          ...(input.sealedCredentials ? { credentials: input.sealedCredentials } : {}),
          status: "ACTIVE",
          lastSyncAt: now,
          lastError: null,
          lastErrorKind: null,
          reauthNotifiedAt: null,
          ...(input.nextSyncAt ? { nextSyncAt: input.nextSyncAt } : {}),
        },
      });
      await tx.syncRun.update({
        where: { id: input.syncRunId },
        data: { status: "SUCCEEDED", ...counts, finishedAt: now, durationMs: now.getTime() - input.startedAt.getTime() },
      });
      if (counts.added + counts.updated + counts.removed + snapshots > 0) {
        await tx.user.update({ where: { id: connection.userId }, data: { dataVersion: { increment: 1 } } });
      }
      const notice = { userId: connection.userId, connectionId: connection.id, label: connection.label, now };
      await queueTransactionNotices(tx, { ...notice, syncRunId: input.syncRunId, firstSync: connection.lastSyncAt === null, transactions: fresh });
      await remindOfConsent(tx, notice, connection.consentExpiresAt);
      return counts;
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
  );
}

async function writeSnapshots(tx: Tx, userId: string, accounts: Map<string, string>, fetched: FetchResult, extra: { valuations: readonly HoldingValuation[]; source: string | null }): Promise<number> {
  const balances = validBalances(fetched.balances).flatMap((b) => {
    const accountId = accounts.get(b.accountExternalId);
    return accountId ? [{ userId, accountId, asOf: new Date(b.asOf), kind: b.kind ?? "booked", amount: b.amount, currency: b.currency }] : [];
  });
  const holdings = validHoldings(fetched.holdings).flatMap((h, i) => {
    const accountId = accounts.get(h.accountExternalId);
    const v = extra.valuations[i];
    return accountId
      ? [
          {
            userId, accountId, symbol: h.symbol, name: h.name ?? null, quantity: h.quantity, price: h.price ?? null, value: h.value ?? null, currency: h.currency, asOf: new Date(h.asOf),
            source: extra.source, assetClass: v?.assetClass ?? h.assetClass ?? null, valueBase: v?.valueBase ?? null, baseCurrency: v?.baseCurrency ?? null, fxRate: v?.fxRate ?? null,
          },
        ]
      : [];
  });
  const b = balances.length ? (await tx.balanceSnapshot.createMany({ data: balances, skipDuplicates: true })).count : 0;
  const h = holdings.length ? (await tx.holding.createMany({ data: holdings, skipDuplicates: true })).count : 0;
  return b + h;
}

async function remindOfConsent(tx: Tx, notice: { userId: string; connectionId: string; label: string; now: Date }, expiresAt: Date | null): Promise<void> {
  if (!expiresAt) return;
  const left = expiresAt.getTime() - notice.now.getTime();
  if (left <= 0 || left > CONSENT_REMINDER_DAYS * 86_400_000) return;
  if (await queueConsentReminder(tx, { ...notice, expiresAt })) {
    await tx.connection.update({ where: { id: notice.connectionId }, data: { consentReminderAt: notice.now } });
  }
}
