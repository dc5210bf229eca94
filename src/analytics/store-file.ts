// One user's copy in the analytics store: a DuckDB database of its own (a file
// under the store directory, or in memory) holding that user's rows plus a
// one-row table `kontor_meta` naming the user and the PostgreSQL snapshot the
// rows reflect. Changes are applied in one DuckDB transaction together with
// the new snapshot, so a crash leaves either the old or the new state, never a
// mix; a file that cannot be opened or does not describe itself is rebuilt.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import type { TableDelta } from "./change-log.ts";
import { AnalyticsError } from "./errors.ts";
import { loadUser } from "./loader.ts";
import { attachMerchantKeys, labelKey } from "./merchant-keys.ts";
import { attachPurchaseDays, FILL_PURCHASE_DAYS } from "./purchase-day.ts";
import { BASE_BYTES, BYTES_PER_ROW } from "./tables.ts";
import { UserDb, type UserDbOptions } from "./user-db.ts";

/** Bump when the tables' shape changes: older files are rebuilt. */
export const STORE_FORMAT = 10;
const FILE_SUFFIX = ".duckdb";

export interface CopyState {
  udb: UserDb;
  /** tx.amount is DECIMAL(18,6) (every amount fits): sums are ~3× faster than over DECIMAL(38,18). */
  narrow: boolean;
  snapshot: string;
  timezone: string;
  baseCurrency: string;
  dataStart: string | null;
  estimatedBytes: number;
}

export interface CopyLocation {
  /** Store directory; null keeps the copy in memory (lost on restart). */
  dir: string | null;
  db: Pick<UserDbOptions, "threads" | "memoryLimit">;
}

export function copyPath(dir: string, userId: string): string {
  return path.join(dir, `${userId}${FILE_SUFFIX}`);
}

/** Opens the user's file when it is sound, otherwise null (the caller rebuilds). */
export async function openCopy(loc: CopyLocation, userId: string): Promise<CopyState | null> {
  if (!loc.dir) return null;
  const file = copyPath(loc.dir, userId);
  let udb: UserDb | null = null;
  try {
    udb = await UserDb.open({ ...loc.db, path: file, lockedDown: true });
    const meta = await udb.all("SELECT user_id, format, snapshot, timezone, base_currency FROM kontor_meta");
    const m = meta[0];
    if (meta.length !== 1 || !m || m.user_id !== userId || Number(m.format) !== STORE_FORMAT) throw new Error("not this user's copy");
    await refreshMerchantKeys(udb);
    return await describe(udb, String(m.snapshot), String(m.timezone), String(m.base_currency));
  } catch {
    // Missing, corrupted, foreign or from an older format: PostgreSQL has the truth.
    udb?.close();
    await removeCopy(loc.dir, userId);
    return null;
  }
}

/** Whether the user's file exists, opens, names this user and has the current format (read only; nothing changes). */
export async function copyIsCurrent(loc: CopyLocation, userId: string): Promise<boolean> {
  if (!loc.dir) return false;
  let udb: UserDb | null = null;
  try {
    udb = await UserDb.open({ ...loc.db, path: copyPath(loc.dir, userId), lockedDown: true, readOnly: true });
    const m = (await udb.all("SELECT user_id, format FROM kontor_meta"))[0];
    return m?.user_id === userId && Number(m.format) === STORE_FORMAT;
  } catch {
    return false;
  } finally {
    udb?.close();
  }
}

/** Copies every row of the user from PostgreSQL; the file appears only once complete. */
export async function rebuildCopy(loc: CopyLocation, pool: pg.Pool, userId: string): Promise<CopyState> {
  const target = loc.dir ? copyPath(loc.dir, userId) : null;
  const building = target ? `${target}.build-${randomBytes(6).toString("hex")}` : undefined;
  if (loc.dir) await mkdir(loc.dir, { recursive: true, mode: 0o700 });
  let udb: UserDb | null = await UserDb.open({ ...loc.db, ...(building ? { path: building } : {}) });
  try {
    const r = await loadUser(pool, userId, udb);
    if (!r.exists) throw new AnalyticsError("unknown_user", `no user ${userId}`);
    await attachMerchantKeys(udb);
    await attachPurchaseDays(udb);
    await narrowAmounts(udb);
    await udb.exec("CREATE TABLE kontor_meta (user_id VARCHAR, format INTEGER, snapshot VARCHAR, timezone VARCHAR, base_currency VARCHAR)");
    await run(await udb.writer(), "INSERT INTO kontor_meta VALUES (?, ?, ?, ?, ?)", [userId, STORE_FORMAT, r.snapshot, r.timezone, r.baseCurrency]);
    if (!target || !building) return await describe(udb, r.snapshot, r.timezone, r.baseCurrency);
    await udb.exec("CHECKPOINT");
    udb.close();
    udb = null;
    await rm(`${target}.wal`, { force: true });
    await rename(building, target);
    const opened = await openCopy(loc, userId);
    if (!opened) throw new Error(`analytics store: fresh copy of ${userId} did not open`);
    return opened;
  } catch (e) {
    udb?.close();
    if (building) await rm(building, { force: true });
    if (building) await rm(`${building}.wal`, { force: true });
    throw e;
  }
}

/** Applies changed rows and the new snapshot in one transaction. */
export async function applyDelta(state: CopyState, tables: TableDelta[], snapshot: string, baseCurrency: string): Promise<CopyState> {
  const w = await state.udb.writer();
  // A row that does not fit the narrow type widens the column first (values stay exact either way).
  if (state.narrow && tables.some((d) => d.table.name === "tx" && d.rows.some((r) => !fitsNarrow(r[3])))) await w.run(`ALTER TABLE tx ALTER amount SET DATA TYPE ${WIDE}`);
  await w.run("BEGIN TRANSACTION");
  try {
    for (const d of tables) {
      const types = d.table.columns.map(([, t]) => t);
      const param = (t: string | undefined) => (t === "UUID" ? "?::UUID" : "?");
      for (const ids of chunks(d.deleteIds, 500)) await run(w, `DELETE FROM ${d.table.name} WHERE id IN (${ids.map(() => param(types[0])).join(", ")})`, ids);
      const cols = d.table.columns.map(([n]) => n);
      const rows = d.table.name === "tx" ? d.rows.map((r) => [...r, key(r[6]), key(r[5])]) : d.rows;
      if (d.table.name === "tx") cols.push("mkey_m", "mkey_c");
      const one = `(${cols.map((_, i) => param(types[i])).join(", ")})`;
      for (const part of chunks(rows, 200)) await run(w, `INSERT INTO ${d.table.name} (${cols.join(", ")}) VALUES ${part.map(() => one).join(", ")}`, part.flat());
      if (d.table.name === "tx") await rememberLabels(w, d.rows);
      if (d.table.name === "tx" && rows.length) await w.run(FILL_PURCHASE_DAYS);
    }
    await run(w, "UPDATE kontor_meta SET snapshot = ?, base_currency = ?", [snapshot, baseCurrency]);
    await w.run("COMMIT");
  } catch (e) {
    await w.run("ROLLBACK");
    throw e;
  }
  return describe(state.udb, snapshot, state.timezone, baseCurrency);
}

export async function removeCopy(dir: string | null, userId: string): Promise<void> {
  if (!dir) return;
  const file = copyPath(dir, userId);
  await rm(file, { force: true });
  await rm(`${file}.wal`, { force: true });
}

/** User ids that have a file in the store directory (and leftovers of interrupted builds removed). */
export async function storedUsers(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: string[] = [];
  for (const n of names) {
    if (n.includes(".build-")) await rm(path.join(dir, n), { force: true });
    else if (n.endsWith(FILE_SUFFIX)) out.push(n.slice(0, -FILE_SUFFIX.length));
  }
  return out;
}

function key(label: string | null | undefined): string | null {
  return label === null || label === undefined ? null : labelKey(label);
}

async function rememberLabels(w: DuckDBConnection, rows: (string | null)[][]): Promise<void> {
  const labels = [...new Set(rows.flatMap((r) => [r[6], r[5]]).filter((l): l is string => l !== null && l !== undefined))];
  for (const part of chunks(labels, 500)) {
    await run(
      w,
      `INSERT INTO mlabels SELECT label, mkey FROM (VALUES ${part.map(() => "(?, ?)").join(", ")}) v(label, mkey) WHERE label NOT IN (SELECT label FROM mlabels)`,
      part.flatMap((l) => [l, labelKey(l)]),
    );
  }
}

/**
 * Merchant keys come from code (the brand dictionary), which may have changed
 * since the file was written: recompute them per distinct label and touch
 * only the rows whose key moved.
 */
async function refreshMerchantKeys(udb: UserDb): Promise<void> {
  const labels = await udb.all("SELECT label, mkey FROM mlabels");
  const moved = labels.filter((l) => labelKey(String(l.label)) !== l.mkey).map((l) => String(l.label));
  if (!moved.length) return;
  const w = await udb.writer();
  await w.run("BEGIN TRANSACTION");
  try {
    for (const label of moved) {
      const k = labelKey(label);
      await run(w, "UPDATE mlabels SET mkey = ? WHERE label = ?", [k, label]);
      await run(w, "UPDATE tx SET mkey_m = ? WHERE merchant = ?", [k, label]);
      await run(w, "UPDATE tx SET mkey_c = ? WHERE counterparty = ?", [k, label]);
    }
    await w.run("COMMIT");
  } catch (e) {
    await w.run("ROLLBACK");
    throw e;
  }
}

const NARROW = "DECIMAL(18,6)";
const WIDE = "DECIMAL(38,18)";

/** Whether a decimal string fits DECIMAL(18,6): at most 12 integer and 6 fractional digits. */
export function fitsNarrow(amount: string | null | undefined): boolean {
  if (amount === null || amount === undefined) return true;
  const m = /^[-+]?0*(\d*)(?:\.(\d*?)0*)?$/.exec(amount);
  return m !== null && (m[1] ?? "").length <= 12 && (m[2] ?? "").length <= 6;
}

/** Stores amounts as DECIMAL(18,6) when every one of them fits it exactly. */
async function narrowAmounts(udb: UserDb): Promise<void> {
  const r = await udb.all(`SELECT count(*)::INTEGER AS n FROM tx WHERE amount <> round(amount, 6) OR abs(amount) >= 1000000000000::${WIDE}`);
  if (Number(r[0]?.n ?? 1) === 0) await udb.exec(`ALTER TABLE tx ALTER amount SET DATA TYPE ${NARROW}`);
}

async function describe(udb: UserDb, snapshot: string, timezone: string, baseCurrency: string): Promise<CopyState> {
  const r = await udb.all(
    `SELECT strftime(min(booking_date), '%Y-%m-%d') AS d, count(*)::INTEGER AS n, (SELECT count(*)::INTEGER FROM balances) AS b,
      (SELECT type FROM pragma_table_info('tx') WHERE name = 'amount') AS amount_type FROM tx`,
  );
  const tx = Number(r[0]?.n ?? 0);
  const balances = Number(r[0]?.b ?? 0);
  return {
    udb,
    narrow: r[0]?.amount_type === NARROW,
    snapshot,
    timezone,
    baseCurrency,
    dataStart: (r[0]?.d as string | null | undefined) ?? null,
    estimatedBytes: BASE_BYTES + tx * BYTES_PER_ROW.tx + balances * BYTES_PER_ROW.balances,
  };
}

async function run(c: DuckDBConnection, sql: string, params: readonly unknown[]): Promise<void> {
  await c.run(sql, params as DuckDBValue[]);
}

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
