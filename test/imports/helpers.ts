// A user, the import service on the real test database, and the statement
// fixtures, for service-level import tests.
import { readFile } from "node:fs/promises";
import pino from "pino";
import { createImportService, type ImportService } from "../../src/imports/import-service.ts";
import type { Categorize } from "../../src/sync/write.ts";
import type { TestDatabase } from "../helpers/db.ts";

let telegramIds = 7000n;

export const fixture = async (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url));
export const fixtureText = async (name: string) => (await fixture(name)).toString("utf8");
export const bytes = (text: string) => new TextEncoder().encode(text);

export async function importUser(tdb: TestDatabase, opts: { categorize?: Categorize } = {}): Promise<{ userId: string; imports: ImportService }> {
  telegramIds += 1n;
  const user = await tdb.db.user.create({ data: { telegramId: telegramIds, chatId: telegramIds } });
  const imports = createImportService({ db: tdb.db, logger: pino({ level: "silent" }), now: () => new Date("2026-11-29T10:00:00Z"), ...(opts.categorize ? { categorize: opts.categorize } : {}) });
  return { userId: user.id, imports };
}

/** Everything an import can leave behind for one user. */
export async function footprint(tdb: TestDatabase, userId: string) {
  const where = { userId };
  const [connections, accounts, transactions, syncRuns, balances] = await Promise.all([
    tdb.db.connection.count({ where }),
    tdb.db.account.count({ where }),
    tdb.db.transaction.count({ where }),
    tdb.db.syncRun.count({ where }),
    tdb.db.balanceSnapshot.count({ where }),
  ]);
  return { connections, accounts, transactions, syncRuns, balances };
}
