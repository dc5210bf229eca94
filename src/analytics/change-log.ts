// Reading the analytics change log (table "AnalyticsChange", written by the
// triggers in migration 20261129200600_analytics_change_log). A store copy
// remembers the PostgreSQL snapshot it reflects; the changes it still lacks
// are exactly the logged rows whose writing transaction is not visible in that
// snapshot. They are read, together with the current state of those rows, in
// one REPEATABLE READ transaction, whose own snapshot becomes the copy's next.
import type pg from "pg";
import { TABLES, type TableDef } from "./tables.ts";

export type Cell = string | null;

export interface TableDelta {
  table: TableDef;
  /** Ids to remove before inserting `rows` (changed rows, deleted or not). */
  deleteIds: string[];
  /** Current rows, every cell as PostgreSQL's text form, in `table.columns` order. */
  rows: Cell[][];
}

export type CatchUp =
  | { kind: "gone" }
  | { kind: "rebuild"; reason: "pruned" | "too_many" | "timezone" }
  | { kind: "delta"; snapshot: string; baseCurrency: string; timezone: string; tables: TableDelta[]; changes: number };

// Every value as text: dates, timestamps and decimals go to DuckDB unparsed.
const RAW = { getTypeParser: () => (v: string) => v };

export interface CatchUpInput {
  userId: string;
  /** pg_snapshot text the copy reflects. */
  since: string;
  timezone: string;
  /** More changed rows than this: rebuild instead (a big import). */
  maxRows: number;
}

export async function readCatchUp(pool: pg.Pool, input: CatchUpInput): Promise<CatchUp> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("begin isolation level repeatable read read only");
    const head = await client.query<{ snap: string; baseCurrency: string; timezone: string; pruned: boolean }>(
      `select pg_current_snapshot()::text as snap, u."baseCurrency", u.timezone,
        exists(select 1 from "AnalyticsChangePruned" p where p."userId" = u.id
          and p.xid >= pg_snapshot_xmin($2::pg_snapshot)::text::bigint) as pruned
      from "User" u where u.id = $1`,
      [input.userId, input.since],
    );
    const h = head.rows[0];
    if (!h) return await done(client, { kind: "gone" });
    if (h.pruned) return await done(client, { kind: "rebuild", reason: "pruned" });
    if (h.timezone !== input.timezone) return await done(client, { kind: "rebuild", reason: "timezone" });
    const changed = await client.query<{ kind: string; id: string }>(
      `select distinct kind, "rowId"::text as id from "AnalyticsChange"
      where "userId" = $1 and xid >= pg_snapshot_xmin($2::pg_snapshot)::text::bigint
        and not pg_visible_in_snapshot(xid::text::xid8, $2::pg_snapshot)
      limit $3`,
      [input.userId, input.since, input.maxRows + 1],
    );
    if (changed.rows.length > input.maxRows) return await done(client, { kind: "rebuild", reason: "too_many" });
    const ids = new Map<string, string[]>();
    for (const r of changed.rows) ids.set(r.kind, [...(ids.get(r.kind) ?? []), r.id]);
    const tables: TableDelta[] = [];
    let total = 0;
    for (const table of TABLES) {
      const own = ids.get(table.kind) ?? [];
      // A category's key or kind is copied into its transactions.
      const viaCategory = table.name === "tx" ? (ids.get("category") ?? []) : [];
      if (!own.length && !viaCategory.length) continue;
      const extra = table.name === "tx" ? ` or r."categoryId" = any($3::uuid[])` : "";
      const rows = await client.query<Cell[]>({
        text: `select ${table.select} from ${table.from} where r."userId" = $1 and (r.id = any($2::uuid[])${extra})`,
        values: table.name === "tx" ? [input.userId, own, viaCategory] : [input.userId, own],
        rowMode: "array",
        types: RAW,
      });
      const deleteIds = [...new Set([...own, ...rows.rows.map((r) => r[0] as string)])];
      total += deleteIds.length;
      if (total > input.maxRows) return await done(client, { kind: "rebuild", reason: "too_many" });
      tables.push({ table, deleteIds, rows: rows.rows });
    }
    return await done(client, { kind: "delta", snapshot: h.snap, baseCurrency: h.baseCurrency.trim(), timezone: h.timezone, tables, changes: changed.rows.length });
  } catch (e) {
    await client.query("rollback").catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw e;
  } finally {
    client.release(broken);
  }
}

async function done<T>(client: pg.PoolClient, value: T): Promise<T> {
  await client.query("commit");
  return value;
}

/**
 * Deletes change rows older than `before` and remembers, per user, the newest
 * transaction pruned: a copy whose snapshot may lack it is rebuilt rather than
 * patched. Every replica keeps its own store files, so pruning by age (not by
 * one replica's position) is what lets them all share one log; a replica that
 * fell further behind than the retention rebuilds the users it asks about.
 */
export async function pruneChangeLog(pool: pg.Pool | pg.Client, before: Date): Promise<number> {
  const r = await pool.query<{ n: string }>(
    `with gone as (delete from "AnalyticsChange" where "createdAt" < $1 returning "userId", xid),
    newest as (select "userId", max(xid) as xid from gone group by "userId"),
    kept as (
      insert into "AnalyticsChangePruned" ("userId", xid) select "userId", xid from newest
      on conflict ("userId") do update set xid = greatest("AnalyticsChangePruned".xid, excluded.xid)
      returning 1
    )
    select (select count(*) from gone)::text as n`,
    [before],
  );
  return Number(r.rows[0]?.n ?? 0);
}
