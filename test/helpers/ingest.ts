// Writes a statement's rows the way an imported file is written (one
// transaction, merchants, categories, transfers), for tests that start from
// rows rather than from a file.
import { pino } from "pino";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import type { StatementAccount } from "../../connectors/file-import/types.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import type { Db } from "../../src/db/client.ts";
import { writeStatement, type ImportOutcome } from "../../src/imports/import-writer.ts";

export function ingestRows(db: Db, userId: string, account: StatementAccount, transactions: NormalizedTransaction[]): Promise<ImportOutcome> {
  return writeStatement({ db, logger: pino({ level: "silent" }), categorize: categorizeForSync }, userId, { format: "generic-csv", account, transactions, otherAccounts: [] }, {});
}
