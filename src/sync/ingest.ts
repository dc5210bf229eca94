// File import: statements go through the same write path as a bank sync
// (content ids, reconciliation, bulk upsert), so importing a file twice, or two
// overlapping files, adds each transaction once.
import type { AccountKind, NormalizedTransaction } from "../../connectors/types.ts";
import { withExternalIds } from "./content-id.ts";
import type { Resolved } from "./context.ts";
import { FILE_PROVIDER } from "./types.ts";
import { validTransactions } from "./validate.ts";
import { categoryResolver, WRITE_TIMEOUT_MS } from "./write.ts";
import { writeAccountRows } from "./write-account.ts";
import { lastOccurrence, type KeyedTransaction } from "./write-transactions.ts";
import { errorKind } from "./error-text.ts";
import { matchTransfersAfterWrite } from "../transfers/apply-transfers.ts";

export interface StatementInput {
  format: string;
  account: { iban?: string; accountNumber?: string; name?: string; currency: string; kind?: AccountKind };
  transactions: NormalizedTransaction[];
}

export interface ImportPreview {
  dryRun: true;
  total: number;
  new: number;
  existing: number;
  /** Earliest and latest booking date in the file (YYYY-MM-DD), null for an empty file. */
  from: string | null;
  to: string | null;
  accountName: string;
}

export type ImportResult = Omit<ImportPreview, "dryRun"> & { dryRun: false; added: number; updated: number; removed: number; accountId: string; syncRunId: string };

/** The same account across files: IBAN first (spacing and case vary), else the bank's account number. */
function accountKey(a: StatementInput["account"]): string {
  if (a.iban) return a.iban.replace(/\s+/g, "").toUpperCase();
  if (a.accountNumber) return a.accountNumber.trim();
  return `name:${(a.name ?? "").trim().toLowerCase() || a.currency}`;
}

function accountName(a: StatementInput["account"]): string {
  return a.name?.trim() || (a.iban ? a.iban.replace(/\s+/g, "") : a.accountNumber) || `${a.currency} account`;
}

export async function ingestStatement(r: Resolved, userId: string, statement: StatementInput, opts: { dryRun: boolean }): Promise<ImportPreview | ImportResult> {
  const rows = lastOccurrence(withExternalIds(validTransactions(statement.transactions)));
  const key = accountKey(statement.account);
  const existingAccount = await r.db.account.findFirst({ where: { userId, externalId: key, connection: { provider: FILE_PROVIDER } }, select: { id: true, name: true } });
  let from: string | null = null;
  let to: string | null = null;
  for (const row of rows) {
    if (from === null || row.bookingDate < from) from = row.bookingDate;
    if (to === null || row.bookingDate > to) to = row.bookingDate;
  }
  const known = existingAccount
    ? (
        await r.db.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "Transaction" WHERE "accountId" = $1::uuid AND "externalId" = ANY($2::text[])`,
          existingAccount.id,
          rows.map((row) => row.externalId),
        )
      )[0]!.n
    : 0;
  const preview = { total: rows.length, new: rows.length - known, existing: known, from, to, accountName: existingAccount?.name ?? accountName(statement.account) };
  if (opts.dryRun) return { dryRun: true, ...preview };

  const now = r.now();
  const accountId = existingAccount?.id ?? (await createFileAccount(r, userId, key, statement.account));
  const conn = await r.db.account.findUniqueOrThrow({ where: { id: accountId }, select: { connectionId: true } });
  const run = await r.db.syncRun.create({ data: { userId, connectionId: conn.connectionId, trigger: "import", startedAt: now } });
  const written = await writeImport(r, { userId, accountId, connectionId: conn.connectionId, syncRunId: run.id, now }, rows);
  r.logger.info({ userId, format: statement.format, ...written }, "statement imported");
  return { dryRun: false, ...preview, ...written, accountId, syncRunId: run.id };
}

async function createFileAccount(r: Resolved, userId: string, key: string, a: StatementInput["account"]): Promise<string> {
  const name = accountName(a);
  // No nextSyncAt: the scheduler never picks file connections.
  const conn = await r.db.connection.create({
    data: {
      userId,
      provider: FILE_PROVIDER,
      label: name,
      status: "ACTIVE",
      accounts: { create: { userId, externalId: key, name, iban: a.iban?.replace(/\s+/g, "").toUpperCase() ?? null, currency: a.currency, type: a.kind ?? "CHECKING" } },
    },
    include: { accounts: { select: { id: true } } },
  });
  return conn.accounts[0]!.id;
}

async function writeImport(
  r: Resolved,
  t: { userId: string; accountId: string; connectionId: string; syncRunId: string; now: Date },
  rows: KeyedTransaction[],
): Promise<{ added: number; updated: number; removed: number }> {
  try {
    return await r.db.$transaction(
      async (tx) => {
        const categoryFor = await categoryResolver(tx, t.userId, r.categorize);
        const w = await writeAccountRows(tx, { userId: t.userId, accountId: t.accountId, now: t.now }, rows, categoryFor);
        const counts = { added: w.inserted.length, updated: w.updated, removed: w.removed };
        await matchTransfersAfterWrite(tx, t.userId, counts.added + counts.updated, rows);
        const finishedAt = r.now();
        await tx.syncRun.update({ where: { id: t.syncRunId }, data: { status: "SUCCEEDED", ...counts, finishedAt, durationMs: finishedAt.getTime() - t.now.getTime() } });
        await tx.connection.update({ where: { id: t.connectionId }, data: { lastSyncAt: t.now } });
        if (counts.added + counts.updated + counts.removed > 0) await tx.user.update({ where: { id: t.userId }, data: { dataVersion: { increment: 1 } } });
        return counts;
      },
      { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (err) {
    // Nothing was written; the run says why, the caller shows errorText(err).
    await r.db.syncRun.update({ where: { id: t.syncRunId }, data: { status: "FAILED", errorKind: errorKind(err), finishedAt: r.now() } });
    throw err;
  }
}
