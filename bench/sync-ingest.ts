// How fast the sync engine's write path takes a big first sync, next to a plain
// COPY of the same rows into the same table. Target: at least 30 % of COPY.
//   DATABASE_URL=postgresql://... npx tsx bench/sync-ingest.ts [--rows 100000]
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import pg from "pg";
import pino from "pino";
import { z } from "zod";
import { iterateTransactions } from "../connectors/demo/generate.ts";
import { createConnectorRegistry } from "../connectors/registry.ts";
import type { Connector, NormalizedAccount, NormalizedTransaction } from "../connectors/types.ts";
import { createDb } from "../src/db/client.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { createDatabase } from "../src/db/scratch.ts";
import { withExternalIds } from "../src/sync/content-id.ts";
import { createSyncEngine } from "../src/sync/engine.ts";
import { Vault } from "../src/vault/vault.ts";
import { copyTransactions } from "./sync-copy.ts";

export interface IngestFigures {
  label: string;
  rows: number;
  engineMs: number;
  copyMs: number;
  engineRowsPerSec: number;
  copyRowsPerSec: number;
  /** engine speed / COPY speed. */
  ratio: number;
  peakRssMb: number;
}

type Dataset = { accounts: NormalizedAccount[]; byAccount: Map<string, NormalizedTransaction[]> };

/** Demo-bank history, cut at `rows`; round 2 uses another seed mapped onto round 1's accounts. */
function dataset(rows: number, seed: number, layout?: NormalizedAccount[]): Dataset {
  const pairs = Math.max(0, Math.ceil((rows / 11 - 680) / 620)) + 1;
  const accounts: NormalizedAccount[] = [];
  const index = new Map<string, number>();
  const byAccount = new Map<string, NormalizedTransaction[]>();
  let n = 0;
  for (const { account, transaction } of iterateTransactions({ seed, accounts: 3 + 2 * pairs, from: "2015-01-01", to: "2026-02-28", now: new Date("2026-03-10T12:00:00Z") })) {
    if (n++ >= rows) break;
    if (!index.has(account.externalId)) {
      index.set(account.externalId, accounts.length);
      accounts.push(layout?.[accounts.length] ?? account);
    }
    const target = accounts[index.get(account.externalId)!]!.externalId;
    const list = byAccount.get(target) ?? [];
    list.push(transaction);
    byAccount.set(target, list);
  }
  if (n < rows) throw new Error(`generator gave only ${n} rows`);
  return { accounts, byAccount };
}

/** Serves the current dataset in pages of 500, like a bank API. */
function benchConnector(current: () => Dataset): Connector<{ token: string }> {
  return {
    id: "bench",
    displayName: "Bench",
    kind: "bank",
    credentialsSchema: z.object({ token: z.string() }),
    messages: { en: {}, de: {} },
    limits: {},
    link: async () => ({ label: "Bench", credentials: { token: "x" } }),
    async open(credentials) {
      return {
        listAccounts: async () => current().accounts,
        async fetchTransactions(account, cursor) {
          const all = current().byAccount.get(account.externalId) ?? [];
          const offset = (cursor as { offset?: number } | null)?.offset ?? 0;
          const next = Math.min(all.length, offset + 500);
          return { transactions: all.slice(offset, next), nextCursor: { offset: next }, hasMore: next < all.length };
        },
        fetchBalances: async () => [],
        credentials: () => credentials,
      };
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; peakRssMb: number; value: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - start, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, value };
  } finally {
    clearInterval(timer);
  }
}

async function freshDatabase(serverUrl: string) {
  const scratch = await createDatabase(serverUrl, "kontor_bench");
  await applyMigrations(scratch.url);
  return scratch;
}

export async function runSyncIngestBench(opts: { databaseUrl: string; rows?: number }): Promise<IngestFigures[]> {
  const rows = opts.rows ?? 100_000;
  const round1 = dataset(rows, 1);
  const round2 = dataset(rows, 2, round1.accounts);
  let current = round1;
  const engineDb = await freshDatabase(opts.databaseUrl);
  const copyDb = await freshDatabase(opts.databaseUrl);
  const db = createDb(engineDb.url);
  const copyClient = new pg.Client({ connectionString: copyDb.url });
  await copyClient.connect();
  try {
    const engine = createSyncEngine({
      db,
      databaseUrl: engineDb.url,
      vault: new Vault(randomBytes(32)),
      registry: createConnectorRegistry([benchConnector(() => current)]),
      logger: pino({ level: "silent" }),
      settings: {},
      // Each round is a manual sync seconds after the last: without this, the second is answered by the first ("recent").
      recentSyncMs: 0,
    });
    const user = await db.user.create({ data: { telegramId: 1n, chatId: 1n } });
    const { connectionId } = await engine.createConnection(user.id, "bench", { label: "Bench", credentials: { token: "x" } });

    // The COPY side gets the same users/accounts layout, so both tables carry the same indexes and foreign keys.
    const copyUser = await copyClient.query<{ id: string }>(`INSERT INTO "User" ("id","telegramId","chatId","updatedAt") VALUES (gen_random_uuid(), 1, 1, now()) RETURNING "id"`);
    const copyUserId = copyUser.rows[0]!.id;
    const copyConn = await copyClient.query<{ id: string }>(
      `INSERT INTO "Connection" ("id","userId","provider","label","status","updatedAt") VALUES (gen_random_uuid(), $1, 'bench', 'Bench', 'ACTIVE', now()) RETURNING "id"`,
      [copyUserId],
    );
    const copyAccounts = new Map<string, string>();
    for (const a of round1.accounts) {
      const r = await copyClient.query<{ id: string }>(
        `INSERT INTO "Account" ("id","userId","connectionId","externalId","name","currency","updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now()) RETURNING "id"`,
        [copyUserId, copyConn.rows[0]!.id, a.externalId, a.name, a.currency],
      );
      copyAccounts.set(a.externalId, r.rows[0]!.id);
    }
    const copyRows = (d: Dataset) => [...d.byAccount].flatMap(([acc, txs]) => withExternalIds(txs).map((tx) => ({ accountId: copyAccounts.get(acc)!, tx })));

    const figures: IngestFigures[] = [];
    const rounds: [string, Dataset][] = [["empty database", round1], [`full database (${rows.toLocaleString("en")} rows already in)`, round2]];
    for (const [label, data] of rounds) {
      current = data;
      // Forget the cursor so the whole dataset of this round is fetched.
      await db.connection.update({ where: { id: connectionId }, data: { syncCursor: {} } });
      const e = await timed(() => engine.syncConnection(connectionId, { trigger: "manual" }));
      if (e.value.status !== "ok" || e.value.added !== rows) throw new Error(`engine run went wrong: ${JSON.stringify(e.value)}`);
      const c = await timed(() => copyTransactions(copyClient, copyUserId, copyRows(data)));
      figures.push({
        label,
        rows,
        engineMs: e.ms,
        copyMs: c.ms,
        engineRowsPerSec: rows / (e.ms / 1000),
        copyRowsPerSec: rows / (c.ms / 1000),
        ratio: c.ms / e.ms,
        // Process-wide: includes the bench's own two datasets held in memory.
        peakRssMb: e.peakRssMb,
      });
    }
    return figures;
  } finally {
    await copyClient.end();
    await db.$disconnect();
    await engineDb.drop();
    await copyDb.drop();
  }
}

export function toMarkdown(figures: IngestFigures[]): string {
  const f0 = (n: number) => Math.round(n).toLocaleString("en");
  const head = "| import | rows | engine (ms) | engine rows/s | COPY (ms) | COPY rows/s | engine / COPY | peak RSS (MB) |\n|---|---:|---:|---:|---:|---:|---:|---:|";
  const lines = figures.map((f) => `| ${f.label} | ${f0(f.rows)} | ${f0(f.engineMs)} | ${f0(f.engineRowsPerSec)} | ${f0(f.copyMs)} | ${f0(f.copyRowsPerSec)} | ${(f.ratio * 100).toFixed(0)} % | ${f0(f.peakRssMb)} |`);
  return [head, ...lines].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("set DATABASE_URL to a PostgreSQL server (a scratch database is created and dropped)");
  const i = process.argv.indexOf("--rows");
  const rows = i > 0 ? Number(process.argv[i + 1]) : 100_000;
  console.log(toMarkdown(await runSyncIngestBench({ databaseUrl, rows })));
}
