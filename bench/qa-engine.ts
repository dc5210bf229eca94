// The Q&A path without Telegram: the parsed QuerySpec through the analytics
// engine (DuckDB, cache), the report shaping and, when the report wants one,
// the chart PNG. Used when the chat handler is not there yet, and labelled
// "engine-level" wherever its figures appear: it leaves out parsing, the
// grammY middleware and the HTTP round trips to the simulator.
import pg from "pg";
import { createAnalytics } from "../src/analytics/engine.ts";
import type { QuerySpec } from "../src/analytics/query-spec.ts";
import { createDb } from "../src/db/client.ts";
import { renderChart } from "../reports/render/chart.ts";
import { buildReport } from "../reports/shape/report.ts";

export interface EngineAnswer {
  ms: number;
  /** analytics.query alone (cache lookup, DuckDB, shaping of rows). */
  queryMs: number;
  /** renderChart alone; 0 without a chart. */
  renderMs: number;
  withChart: boolean;
}

export interface EngineHarness {
  ask(spec: QuerySpec, locale: "en" | "de"): Promise<EngineAnswer>;
  bumpDataVersion(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEngineHarness(databaseUrl: string, userId: string, today: string): Promise<EngineHarness> {
  const db = createDb(databaseUrl);
  const analytics = createAnalytics({ db, databaseUrl });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async ask(spec, locale) {
      const t0 = performance.now();
      const r = await analytics.query(userId, spec, { today, locale });
      const queryMs = performance.now() - t0;
      const report = buildReport(
        { measure: spec.measure, groupBy: spec.groupBy, rows: r.rows, compare: spec.compare, period: r.period, comparePeriod: r.comparePeriod },
        locale,
        spec.chart,
      );
      const r0 = performance.now();
      if (report.chart) await renderChart(report.chart);
      const renderMs = report.chart ? performance.now() - r0 : 0;
      return { ms: performance.now() - t0, queryMs, renderMs, withChart: report.chart !== null };
    },
    async bumpDataVersion() {
      // A real data change (one row touched): the analytics store applies it from the change log.
      await client.query(`update "Transaction" set "updatedAt" = now() where id = (select id from "Transaction" where "userId" = $1 limit 1)`, [userId]);
    },
    async stop() {
      await client.end();
      await analytics.close();
      await db.$disconnect();
    },
  };
}
