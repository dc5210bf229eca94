// Loads one user's rows from PostgreSQL (the source of truth) into that
// user's private DuckDB: the rebuild path of the analytics store. Everything
// is read inside one REPEATABLE READ transaction together with that
// transaction's snapshot, so the copy is exactly the state the snapshot names
// and the change log (change-log.ts) continues from there.
//
// Transport, measured with bench/analytics-load.ts on 100k transactions:
// COPY ... TO STDOUT (CSV) into a private temp file + DuckDB read_csv took
// ~660 ms; a server-side cursor (FETCH 10000) + DuckDB Appender into VARCHAR
// staging + cast took ~910 ms. The CSV file lives in a 0700 mkdtemp directory
// for the duration of the load and is removed in `finally`.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { copyOut } from "./pg-copy.ts";
import { BASE_BYTES, BYTES_PER_ROW, fullSelect, TABLES, type TableDef } from "./tables.ts";
import type { UserDb } from "./user-db.ts";

export interface LoadResult {
  /** False when the user does not exist (nothing was loaded). */
  exists: boolean;
  /** pg_snapshot text of the read: every change not visible in it is still to apply. */
  snapshot: string;
  baseCurrency: string;
  timezone: string;
  rowCounts: Record<TableDef["name"], number>;
  estimatedBytes: number;
  loadMs: number;
}

const UserId = z.string().uuid();

export async function loadUser(
  pool: pg.Pool,
  userId: string,
  udb: UserDb,
): Promise<LoadResult> {
  UserId.parse(userId);
  const started = performance.now();
  const client = await pool.connect();
  let tmpDir: string | null = null;
  let broken: Error | undefined;
  try {
    await client.query("begin isolation level repeatable read read only");
    await client.query("select set_config('kontor.user_id', $1, true)", [userId]);
    const snap = await client.query<{ s: string }>("select pg_current_snapshot()::text as s");
    const u = await client.query<{ baseCurrency: string; timezone: string }>(
      `select "baseCurrency", timezone from "User" where id = $1`,
      [userId],
    );
    const user = u.rows[0];
    tmpDir = await mkdtemp(path.join(os.tmpdir(), "kontor-load-"));
    const rowCounts = { tx: 0, accounts: 0, balances: 0, categories: 0 };
    for (const table of TABLES) {
      rowCounts[table.name] = await viaCsv(client, udb, table, tmpDir);
    }
    await client.query("commit");
    // From here on the instance only answers questions: no files, no settings changes.
    await udb.exec("set enable_external_access = false");
    await udb.exec("set lock_configuration = true");
    let estimatedBytes = BASE_BYTES;
    for (const t of TABLES) estimatedBytes += rowCounts[t.name] * BYTES_PER_ROW[t.name];
    return {
      exists: user !== undefined,
      snapshot: snap.rows[0]!.s,
      baseCurrency: user ? user.baseCurrency.trim() : "EUR",
      timezone: user ? user.timezone : "UTC",
      rowCounts,
      estimatedBytes,
      loadMs: performance.now() - started,
    };
  } catch (e) {
    await client.query("rollback").catch((rollbackError: unknown) => {
      // The original error matters more; the connection is discarded below.
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw e;
  } finally {
    if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
    client.release(broken);
  }
}

export function createTableSql(table: TableDef): string {
  return `create or replace table ${table.name} (${table.columns.map(([n, t]) => `${n} ${t}`).join(", ")})`;
}

async function viaCsv(client: pg.PoolClient, udb: UserDb, table: TableDef, dir: string): Promise<number> {
  const file = path.join(dir, `${table.name}-${randomBytes(6).toString("hex")}.csv`);
  const out = createWriteStream(file, { mode: 0o600 });
  await copyOut(client, `copy (${fullSelect(table)}) to stdout with (format csv)`, (chunk) => out.write(chunk));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const cols = table.columns.map(([n, t]) => `'${n}': '${t}'`).join(", ");
  await udb.exec(createTableSql(table));
  // allow_quoted_nulls=false keeps "" (empty text) apart from NULL (unquoted empty).
  await udb.exec(
    `insert into ${table.name} select * from read_csv('${file.replaceAll("'", "''")}', columns = {${cols}}, header = false, auto_detect = false, allow_quoted_nulls = false, quote = '"', escape = '"', delim = ',')`,
  );
  const r = await udb.all(`select count(*)::INTEGER as n from ${table.name}`);
  return Number(r[0]?.n ?? 0);
}
