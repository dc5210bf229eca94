// The analytics store (issue 12): how fast the first answer after a sync, after
// a restart and when warm is, for one big user and for an instance of many
// users with syncs landing in the background; the persistent file store
// against the alternative of patching in-memory copies, and the same
// aggregations straight in PostgreSQL. Engine-level (analytics.query), in-process.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createAnalytics, type Analytics } from "../src/analytics/engine.ts";
import { QuerySpec } from "../src/analytics/query-spec.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { timeReference } from "./qa-reference.ts";
import { median, ms, percentile } from "./stats.ts";
import { landSync, seedPeople } from "./store-seed.ts";

const TODAY = "2024-12-31";
const SPECS: QuerySpec[] = [
  QuerySpec.parse({ measure: "spending", filters: { period: { from: "2024-01-01", to: "2024-12-31" } }, groupBy: "category" }),
  QuerySpec.parse({ measure: "net", filters: { period: { from: "2024-01-01", to: "2024-12-31" } }, groupBy: "month", sort: "key_asc" }),
  QuerySpec.parse({ measure: "spending", filters: { period: { from: "2024-10-01", to: "2024-12-31" } }, groupBy: "merchant", limit: 10 }),
  QuerySpec.parse({ measure: "count", filters: { period: { from: "2023-01-01", to: "2024-12-31" } } }),
];

export interface SingleFigures {
  rows: number;
  rebuildMs: number;
  warm: number[];
  afterSync: number[];
  afterRestart: number[];
  memoryLoadMs: number;
  memoryAfterSync: number[];
  pg: number[];
  fileBytes: number;
}

export interface InstanceFigures {
  users: number;
  perUser: number;
  seedMs: number;
  rebuildMs: number;
  diskBytes: number;
  questions: number[];
  syncs: number;
  rssPeak: number;
  memoryQuestions: number[];
  memoryRssPeak: number;
}

interface Ctx {
  serverUrl: string;
  log: (line: string) => void;
}

async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kontor_store_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { applyMigrations } = await import("../src/db/migrate.ts");
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function duBytes(dir: string): number {
  return Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
}

const ask = (a: Analytics, userId: string, i: number) => a.query(userId, SPECS[i % SPECS.length]!, { today: TODAY });

export async function runSingleUser(ctx: Ctx, rows: number): Promise<SingleFigures> {
  const { url, drop } = await freshDatabase(ctx.serverUrl);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db: Db = createDb(url);
  const dir = await mkdtemp(path.join(os.tmpdir(), "kontor-store-bench-"));
  try {
    ctx.log(`store bench: seeding one user with ${rows.toLocaleString("en")} transactions`);
    const [person] = await seedPeople(client, 1, rows, 920_000_000);
    const userId = person!.userId;
    const big = rows >= 1_000_000;
    const open = () => createAnalytics({ db, databaseUrl: url, storeDir: dir, maxCacheBytes: 2 * 1024 ** 3 });
    let a = open();
    const rebuildMs = await timed(() => ask(a, userId, 0));
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) warm.push(await timed(() => ask(a, userId, i)));
    const afterSync: number[] = [];
    let seq = 0;
    for (let i = 0; i < (big ? 20 : 30); i++) {
      await landSync(client, userId, 50, 10, seq++, TODAY);
      afterSync.push(await timed(() => ask(a, userId, i)));
    }
    const afterRestart: number[] = [];
    for (let i = 0; i < (big ? 5 : 8); i++) {
      await a.close();
      // A sync lands while the process is down: the restart resumes and applies it.
      await landSync(client, userId, 50, 10, seq++, TODAY);
      a = open();
      afterRestart.push(await timed(() => ask(a, userId, i)));
    }
    await a.close();
    const fileBytes = duBytes(dir);

    ctx.log("store bench: the in-memory alternative");
    const m = createAnalytics({ db, databaseUrl: url, maxCacheBytes: 2 * 1024 ** 3 });
    const memoryLoadMs = await timed(() => ask(m, userId, 0));
    const memoryAfterSync: number[] = [];
    for (let i = 0; i < (big ? 20 : 30); i++) {
      await landSync(client, userId, 50, 10, seq++, TODAY);
      memoryAfterSync.push(await timed(() => ask(m, userId, i)));
    }
    await m.close();

    const pgTimes: number[] = [];
    for (let round = 0; round < 2; round++) for (const spec of SPECS) pgTimes.push(await timeReference(client, userId, spec, TODAY, "2023-01-01"));
    return { rows, rebuildMs, warm, afterSync, afterRestart, memoryLoadMs, memoryAfterSync, pg: pgTimes, fileBytes };
  } finally {
    await client.end();
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
    await drop();
  }
}

/** Questions from random users, one at a time, while syncs land every `syncEveryMs`. */
async function instanceLoad(a: Analytics, client: pg.Client, users: string[], questions: number, syncEveryMs: number, seqStart: number) {
  let stop = false;
  let syncs = 0;
  let rssPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
  const background = (async () => {
    let seq = seqStart;
    while (!stop) {
      const u = users[Math.floor(Math.random() * users.length)]!;
      await landSync(client, u, 50, 10, seq++, TODAY);
      syncs++;
      await new Promise((r) => setTimeout(r, syncEveryMs));
    }
  })();
  const lat: number[] = [];
  try {
    for (let i = 0; i < questions; i++) {
      const u = users[Math.floor(Math.random() * users.length)]!;
      lat.push(await timed(() => ask(a, u, i)));
    }
  } finally {
    stop = true;
    await background;
    clearInterval(sampler);
  }
  return { lat, syncs, rssPeak };
}

export async function runInstance(ctx: Ctx, users: number, perUser: number, questions: number): Promise<InstanceFigures> {
  const { url, drop } = await freshDatabase(ctx.serverUrl);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const syncClient = new pg.Client({ connectionString: url });
  await syncClient.connect();
  const db: Db = createDb(url);
  const dir = await mkdtemp(path.join(os.tmpdir(), "kontor-store-instance-"));
  try {
    ctx.log(`store bench: seeding ${users} users × ${perUser.toLocaleString("en")} transactions`);
    const t0 = performance.now();
    const people = await seedPeople(client, users, perUser, 930_000_000);
    const seedMs = performance.now() - t0;
    const ids = people.map((p) => p.userId);

    ctx.log("store bench: rebuilding the store from scratch (2 at a time)");
    let a = createAnalytics({ db, databaseUrl: url, storeDir: dir });
    const r0 = performance.now();
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        while (next < ids.length) {
          const id = ids[next++]!;
          await ask(a, id, 0);
        }
      }),
    );
    const rebuildMs = performance.now() - r0;
    const diskBytes = duBytes(dir);
    await a.close();

    ctx.log(`store bench: ${questions} questions from random users with syncs in the background`);
    a = createAnalytics({ db, databaseUrl: url, storeDir: dir });
    const file = await instanceLoad(a, syncClient, ids, questions, 200, 0);
    await a.close();
    // Printed at once: the in-memory part after it takes minutes more.
    ctx.log(`store bench: file store p50 ${ms(median(file.lat))} / p95 ${ms(p95(file.lat))} ms, RSS ${mb(file.rssPeak)}, load average ${os.loadavg()[0]!.toFixed(1)}`);

    ctx.log("store bench: the same on in-memory copies (every cold user is a full load)");
    const m = createAnalytics({ db, databaseUrl: url });
    const mem = await instanceLoad(m, syncClient, ids, Math.min(questions, 200), 200, 1_000_000);
    await m.close();
    return {
      users,
      perUser,
      seedMs,
      rebuildMs,
      diskBytes,
      questions: file.lat,
      syncs: file.syncs,
      rssPeak: file.rssPeak,
      memoryQuestions: mem.lat,
      memoryRssPeak: mem.rssPeak,
    };
  } finally {
    await client.end();
    await syncClient.end();
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
    await drop();
  }
}

const p95 = (xs: number[]) => percentile(xs, 95);
const mb = (b: number) => `${Math.round(b / 2 ** 20).toLocaleString("en")} MB`;

export function storeMarkdown(single: SingleFigures[], inst: InstanceFigures | null, load: { start: number; end: number }, note: string): string {
  const head = `Engine-level (\`analytics.query\`, in-process), \`npm run bench -- --only store\` (\`bench/store-bench.ts\`). Load average
(1 min) on this shared 2-core machine: ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end. A "sync" is one
PostgreSQL transaction adding 50 and updating 10 transactions, logged by the change-log triggers. Questions rotate over four
aggregations (spending by category for a year, net by month, top-10 merchants for a quarter, count over two years). "After a
restart": the analytics service is closed and recreated on the same store directory while a sync lands in between (the OS
page cache stays warm: this is a process restart, not a machine reboot). ${note}`;
  const cols = single.map((s) => `${s.rows.toLocaleString("en")} tx`);
  const row = (label: string, f: (s: SingleFigures) => string) => `| ${label} | ${single.map(f).join(" | ")} |`;
  const table = [
    `| single user (ms) | ${cols.join(" | ")} |`,
    `|---|${cols.map(() => "---:").join("|")}|`,
    row("**file store**: first answer after a sync, p50 / p95", (s) => `${ms(median(s.afterSync))} / ${ms(p95(s.afterSync))}`),
    row("**file store**: first answer after a restart, p50 / p95", (s) => `${ms(median(s.afterRestart))} / ${ms(p95(s.afterRestart))}`),
    row("**file store**: warm answer, p50 / p95", (s) => `${ms(median(s.warm))} / ${ms(p95(s.warm))}`),
    row("file store: build the user's file from scratch (first question ever)", (s) => ms(s.rebuildMs)),
    row("file store: file size on disk", (s) => mb(s.fileBytes)),
    row("in-memory alternative: first answer after a sync, p50 / p95", (s) => `${ms(median(s.memoryAfterSync))} / ${ms(p95(s.memoryAfterSync))}`),
    row("in-memory alternative: first answer after a restart (full load)", (s) => ms(s.memoryLoadMs)),
    row("PostgreSQL, same aggregations, p50 / max", (s) => `${ms(median(s.pg))} / ${ms(Math.max(...s.pg))}`),
  ].join("\n");
  if (!inst) return [head, table].join("\n\n");
  const parts = single.length ? [head, table] : [head];
  const it = [
    `| instance: ${inst.users.toLocaleString("en")} users × ${inst.perUser.toLocaleString("en")} tx (${(inst.users * inst.perUser).toLocaleString("en")} rows) | file store | in-memory alternative |`,
    `|---|---:|---:|`,
    `| questions from random users (count) | ${inst.questions.length} | ${inst.memoryQuestions.length} |`,
    `| latency p50 / p95 (ms) | ${ms(median(inst.questions))} / ${ms(p95(inst.questions))} | ${ms(median(inst.memoryQuestions))} / ${ms(p95(inst.memoryQuestions))} |`,
    `| peak RSS of the process | ${mb(inst.rssPeak)} | ${mb(inst.memoryRssPeak)} |`,
    `| syncs landed meanwhile (one every ~200 ms) | ${inst.syncs} | – |`,
    `| disk used by the store | ${mb(inst.diskBytes)} | – |`,
    `| rebuild the whole store from scratch (2 users at a time) | ${(inst.rebuildMs / 1000).toFixed(0)} s | – |`,
    `| seeding PostgreSQL (generate_series, triggers off) | ${(inst.seedMs / 1000).toFixed(0)} s | – |`,
  ].join("\n");
  return [...parts, it].join("\n\n");
}
