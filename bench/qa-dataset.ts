// One user's demo-bank history of exactly N transactions, loaded with COPY
// (the sync engine would take minutes for 1M rows, and the Q&A benchmark is
// about reading, not writing). Rows get the category the sync categorizer
// would give them, so category questions find something.
import pg from "pg";
import { createWorld, iterateTransactions, type DemoRow } from "../connectors/demo/generate.ts";
import { TAXONOMY } from "../src/categories/taxonomy.ts";
import { categorizeForSync } from "../src/categories/sync-categorizer.ts";
import { createDb } from "../src/db/client.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { createDatabase } from "../src/db/scratch.ts";
import { accountRow } from "../src/sync/write-account.ts";
import { copyTransactions, type CopyRow } from "./sync-copy.ts";

export interface QaDataset {
  url: string;
  rows: number;
  accounts: number;
  userId: string;
  telegramId: number;
  from: string;
  to: string;
  seedMs: number;
  drop(): Promise<void>;
}

const YEARS = 10;
const COPY_BATCH = 50_000;

/** Checking+card pairs so that YEARS of history hold at least `rows` (~680/year for 3 accounts, ~620/year per extra pair). */
function accountsFor(rows: number): number {
  return 3 + 2 * Math.max(0, Math.ceil(((rows * 1.05) / YEARS - 680) / 620));
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export async function createQaDataset(serverUrl: string, rows: number, telegramId: number, now = new Date()): Promise<QaDataset> {
  const t0 = performance.now();
  const to = isoDate(now);
  const from = `${now.getUTCFullYear() - YEARS}-01-01`;
  let accounts = accountsFor(rows);
  const window = () => ({ seed: 7, accounts, from, to, now });
  // Counting pass: the newest `rows` rows are kept, so the history always reaches today.
  let total = 0;
  for (;;) {
    total = 0;
    for (const _ of iterateTransactions(window())) total++;
    if (total >= rows) break;
    accounts += 2;
  }
  const skip = total - rows;

  const scratch = await createDatabase(serverUrl, "kontor_bench_qa");
  await applyMigrations(scratch.url);
  const db = createDb(scratch.url);
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    const user = await db.user.create({ data: { telegramId: BigInt(telegramId), chatId: BigInt(telegramId), locale: "en", onboardedAt: now } });
    await db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: user.id, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
    const categoryIds = new Map((await db.category.findMany({ where: { userId: user.id } })).map((c) => [c.key, c.id]));
    const conn = await db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo Bank", status: "ACTIVE" } });
    const layout = createWorld(7, accounts).streams.map((s) => s.account);
    await db.account.createMany({ data: layout.map((a) => accountRow(user.id, conn.id, a)) });
    const accountIds = new Map((await db.account.findMany({ where: { userId: user.id } })).map((a) => [a.externalId, a.id]));

    let n = 0;
    let pendingSeq = 0;
    const toCopyRow = ({ account, transaction }: DemoRow): CopyRow => {
      const c = categorizeForSync(transaction);
      const id = categoryIds.get(c.key);
      return {
        accountId: accountIds.get(account.externalId)!,
        // Pending rows carry no bank id; any unique one will do for reading.
        tx: { ...transaction, externalId: transaction.externalId ?? `bench-pending-${pendingSeq++}` },
        category: id ? { id, source: c.source, refundOfKey: c.refundOf ?? null } : null,
      };
    };
    let batch: CopyRow[] = [];
    for (const row of iterateTransactions(window())) {
      if (n++ < skip) continue;
      batch.push(toCopyRow(row));
      if (batch.length === COPY_BATCH) {
        await copyTransactions(client, user.id, batch);
        batch = [];
      }
    }
    if (batch.length) await copyTransactions(client, user.id, batch);
    await client.query(`analyze`);
    const first = await client.query<{ d: string }>(`select to_char(min("bookingDate"), 'YYYY-MM-DD') as d from "Transaction"`);
    return {
      url: scratch.url,
      rows,
      accounts,
      userId: user.id,
      telegramId,
      from: first.rows[0]!.d,
      to,
      seedMs: performance.now() - t0,
      drop: () => scratch.drop(),
    };
  } catch (e) {
    await scratch.drop();
    throw e;
  } finally {
    await client.end();
    await db.$disconnect();
  }
}
