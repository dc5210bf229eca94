// The baseline for the sync-ingest benchmark: the same rows through a plain
// `COPY "Transaction" FROM STDIN`, the fastest way into PostgreSQL
// (CopyInResponse -> CopyData... -> CopyDone, see src/db/copy-protocol.ts).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { NormalizedTransaction } from "../connectors/types.ts";
import { CopySubmittable, type CopyConnection } from "../src/db/copy-protocol.ts";

class CopyIn extends CopySubmittable {
  constructor(
    text: string,
    private readonly chunks: Iterable<Buffer>,
  ) {
    super(text);
  }
  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }
}

/** COPY text format: backslash, tab, newline and CR are escaped; \N is NULL. */
function field(v: string | null | undefined): string {
  if (v === null || v === undefined) return "\\N";
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** One row to copy; the Q&A datasets also carry the category the sync categorizer would pick. */
export interface CopyRow {
  accountId: string;
  tx: NormalizedTransaction & { externalId: string };
  category?: { id: string; source: string; refundOfKey?: string | null } | null;
}

function* copyChunks(userId: string, rows: Iterable<CopyRow>): Generator<Buffer> {
  const now = new Date().toISOString();
  let lines: string[] = [];
  for (const { accountId, tx, category } of rows) {
    const cols = [randomUUID(), userId, accountId, tx.externalId, tx.status === "pending" ? "PENDING" : "BOOKED", tx.bookingDate, tx.valueDate, tx.amount, tx.currency,
      tx.originalAmount, tx.originalCurrency, tx.counterpartyName, tx.counterpartyIban, tx.description, tx.merchant, tx.transactionType, category?.id ?? null, category?.source ?? null,
      tx.raw === undefined ? null : JSON.stringify(tx.raw), now, now, category?.refundOfKey ?? null];
    lines.push(cols.map(field).join("\t"));
    if (lines.length === 5_000) {
      yield Buffer.from(lines.join("\n") + "\n");
      lines = [];
    }
  }
  if (lines.length) yield Buffer.from(lines.join("\n") + "\n");
}

export async function copyTransactions(client: pg.Client, userId: string, rows: Iterable<CopyRow>): Promise<void> {
  const sql = `COPY "Transaction" ("id","userId","accountId","externalId","status","bookingDate","valueDate","amount","currency","originalAmount","originalCurrency",
    "counterpartyName","counterpartyIban","description","merchant","transactionType","categoryId","categorySource","raw","importedAt","updatedAt","refundOfKey") FROM STDIN`;
  await new CopyIn(sql, copyChunks(userId, rows)).run(client);
}
