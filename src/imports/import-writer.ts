// One statement file is one database transaction: every account, row,
// balance and sync run of the file commits together or not at all, so a
// failure can never leave half a file, an empty account or a FAILED run.
// A per-user advisory lock serialises imports: two copies of the same new
// file sent at once give one account, and the second adds nothing.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { ParsedStatement } from "../../connectors/file-import/types.ts";
import type { Db } from "../db/client.ts";
import { fileImportConnector } from "../../connectors/file-import/index.ts";
import { categoryResolver, WRITE_TIMEOUT_MS, type Categorize } from "../sync/write.ts";
import { writeAccountRows } from "../sync/write-account.ts";
import { matchTransfersAfterWrite } from "../transfers/apply-transfers.ts";
import { applyUsualCategories } from "../merchants/usual-category.ts";
import { applyRecurringPay } from "../merchants/recurring-pay.ts";
import type { Tx } from "../sync/write-transactions.ts";
import { planImport, type Choices, type PartPlan } from "./import-plan.ts";
import { keyAfterImport } from "./account-identity.ts";
import { coverageOf, snapshotsOf } from "./statement-balances.ts";
import { adoptFirstAccountCurrency } from "../users/base-currency.ts";

export interface ImportDeps {
  db: Db;
  logger: Logger;
  now?: () => Date;
  categorize?: Categorize;
  /** After an import that wrote something, with the person's id (the analytics store refreshes their copy). */
  onWritten?: (userId: string) => void;
}

export interface ImportOutcome {
  /** Rows the accounts did not hold in any form (the preview's "new"). */
  added: number;
  /** Rows changed, `booked` of them pending rows now booked. */
  updated: number;
  booked: number;
  removed: number;
  balances: number;
  accounts: { name: string; created: boolean }[];
}

const isIbanKey = (key: string) => /^[A-Z]{2}\d{2}/.test(key);

/** Namespace of the import lock (two-key advisory locks; the sync lock uses 0x4b53). */
const IMPORT_LOCK_CLASS = 0x4b49; // "KI"

async function createFileAccount(tx: Tx, userId: string, p: PartPlan): Promise<{ id: string; connectionId: string }> {
  await adoptFirstAccountCurrency(tx, userId, [p.part.account.currency]);
  // No nextSyncAt: the scheduler never picks file connections.
  const conn = await tx.connection.create({
    data: {
      userId,
      provider: fileImportConnector.id,
      label: p.name,
      status: "ACTIVE",
      accounts: {
        create: {
          userId,
          externalId: p.identity.key ?? `local:${randomUUID()}`,
          name: p.name,
          iban: p.identity.key && isIbanKey(p.identity.key) ? p.identity.key : null,
          currency: p.part.account.currency,
          type: p.part.account.kind ?? "CHECKING",
        },
      },
    },
    include: { accounts: { select: { id: true } } },
  });
  return { id: conn.accounts[0]!.id, connectionId: conn.id };
}

/**
 * An existing account takes what a file that landed in it says about it (an
 * account imported from a file that named none, found again by its rows, the
 * file's name for it): the next export is found by it, rows in common or not.
 */
async function adoptIdentity(tx: Tx, accountId: string, key: string): Promise<void> {
  const { externalId } = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { externalId: true } });
  const next = keyAfterImport(externalId, key);
  if (next) await tx.account.update({ where: { id: accountId }, data: { externalId: next, ...(isIbanKey(next) ? { iban: next } : {}) } });
}

export async function writeStatement(deps: ImportDeps, userId: string, statement: ParsedStatement, choices: Choices): Promise<ImportOutcome> {
  const now = deps.now?.() ?? new Date();
  const outcome = await deps.db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))`, IMPORT_LOCK_CLASS, userId);
      // Planned again under the lock: the accounts as they are now, not as the preview saw them.
      const plan = await planImport(tx, userId, statement, choices);
      const categoryFor = await categoryResolver(tx, userId, deps.categorize);
      const out: ImportOutcome = { added: 0, updated: 0, booked: 0, removed: 0, balances: 0, accounts: [] };
      const created = new Map<string, { id: string; connectionId: string }>();
      const written: string[] = [];
      for (const p of plan.parts) {
        const snapshots = snapshotsOf(p.part);
        // A part with nothing in it gets no account.
        if (!p.rows.length && !snapshots.length) continue;
        let account = p.target ? await tx.account.findUniqueOrThrow({ where: { id: p.target.id }, select: { id: true, connectionId: true } }) : p.identity.key ? created.get(p.identity.key) : undefined;
        if (p.target && p.identity.key) await adoptIdentity(tx, p.target.id, p.identity.key);
        if (!account) {
          account = await createFileAccount(tx, userId, p);
          if (p.identity.key) created.set(p.identity.key, account);
        }
        const w = await writeAccountRows(tx, { userId, accountId: account.id, now }, p.rows, categoryFor, coverageOf(p.part));
        const balances = snapshots.length
          ? (await tx.balanceSnapshot.createMany({ data: snapshots.map((s) => ({ userId, accountId: account.id, kind: "booked", ...s })), skipDuplicates: true })).count
          : 0;
        const counts = { added: w.inserted.length, updated: w.updated, removed: w.removed };
        written.push(...w.inserted.map((r) => r.id));
        await matchTransfersAfterWrite(tx, userId, counts.added + counts.updated, p.rows);
        const finishedAt = deps.now?.() ?? new Date();
        await tx.syncRun.create({
          data: { userId, connectionId: account.connectionId, trigger: "import", status: "SUCCEEDED", ...counts, startedAt: now, finishedAt, durationMs: finishedAt.getTime() - now.getTime() },
        });
        await tx.connection.update({ where: { id: account.connectionId }, data: { lastSyncAt: now } });
        out.added += counts.added;
        out.updated += counts.updated;
        out.booked += w.nowBooked;
        out.removed += counts.removed;
        out.balances += balances;
        out.accounts.push({ name: p.name, created: !p.target });
      }
      // After every part: a merchant's rows from the other accounts of this statement count too.
      await applyUsualCategories(tx, userId, written);
      await applyRecurringPay(tx, userId, written);
      if (out.added + out.updated + out.removed + out.balances > 0) await tx.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });
      return out;
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
  );
  deps.logger.info({ userId, format: statement.format, added: outcome.added, updated: outcome.updated, removed: outcome.removed, balances: outcome.balances, accounts: outcome.accounts.length }, "statement imported");
  if (outcome.added + outcome.updated + outcome.removed + outcome.balances > 0) deps.onWritten?.(userId);
  return outcome;
}
