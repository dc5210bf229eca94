// Compares the two ways of moving one user's rows from PostgreSQL into DuckDB
// (COPY→CSV→read_csv vs server-side cursor→Appender) and times typical queries.
// Usage: DATABASE_URL=postgresql://... npx tsx bench/analytics-load.ts [rows]
import pg from "pg";
import { createDb } from "../src/db/client.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { createAnalytics } from "../src/analytics/engine.ts";
import { loadUser } from "../src/analytics/loader.ts";
import type { QuerySpecInput } from "../src/analytics/query-spec.ts";
import { UserDb } from "../src/analytics/user-db.ts";
import { seedUser } from "./analytics-seed.ts";

const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const rows = Number(process.argv[2] ?? 100_000);
const name = `kontor_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database "${name}"`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
try {
  await applyMigrations(url.toString());
  const db = createDb(url.toString());
  const t0 = performance.now();
  const { userId } = await seedUser(db, rows, 1n);
  console.log(`seeded ${rows} rows in ${(performance.now() - t0).toFixed(0)} ms`);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on("error", (e) => console.error("idle pool client:", e.message));
  for (let run = 0; run < 3; run++) {
    const udb = await UserDb.open();
    const r = await loadUser(pool, userId, udb);
    console.log(`load #${run}: ${r.rowCounts.tx} tx in ${r.loadMs.toFixed(0)} ms`);
    udb.close();
  }
  await pool.end();
  const analytics = createAnalytics({ db, databaseUrl: url.toString() });
  const today = "2025-01-15";
  const specs: QuerySpecInput[] = [
    { measure: "spending" },
    { measure: "spending", groupBy: "category", compare: "previous_period", filters: { period: { from: "2024-06-01", to: "2024-06-30" } } },
    { measure: "spending", groupBy: "merchant", limit: 10, filters: { merchants: ["rewe", "cafe muller"] } },
    { measure: "net", groupBy: "day", filters: { period: { from: "2023-01-01", to: "2024-12-31" } } },
    { measure: "average", groupBy: "month", compare: "same_period_last_year", filters: { text: "purchase", period: { from: "2024-01-01", to: "2024-12-31" } } },
    { measure: "balance", groupBy: "month", filters: { period: { from: "2023-01-01", to: "2024-12-31" } } },
  ];
  for (const [i, spec] of specs.entries()) {
    const r = await analytics.query(userId, spec, { today });
    console.log(`query #${i} (${spec.measure}/${spec.groupBy ?? "none"}): ${r.rows.length} rows, load ${r.timings.loadMs.toFixed(0)} ms, query ${r.timings.queryMs.toFixed(1)} ms`);
  }
  const rp = performance.now();
  const rec = await analytics.recurringPayments(userId, { today });
  console.log(`recurringPayments: ${rec.length} found in ${(performance.now() - rp).toFixed(0)} ms`);
  await analytics.close();
  await db.$disconnect();
} catch (e) {
  console.error(e);
} finally {
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
}
