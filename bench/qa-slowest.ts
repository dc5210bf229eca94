// The slowest question: every question of the question corpus
// (test/analytics/questions) and 2,000 fuzzed ones asked through the Q&A
// service (parse, engine, text, chart) for the corpus's 18-month multi-bank
// person, warm (data cached), one at a time. Prints p50 / p95 / max and the
// slowest question, for the line in BENCHMARKS.md.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/qa-slowest.ts
import pino from "pino";
import { createAnalytics } from "../src/analytics/engine.ts";
import { createDb } from "../src/db/client.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { createDatabase } from "../src/db/scratch.ts";
import { createQaService } from "../src/qa/index.ts";
import { CORPUS } from "../test/analytics/questions/corpus.ts";
import { seedPerson, TODAY } from "../test/analytics/questions/dataset.ts";
import { questions } from "../test/analytics/questions/generator.ts";
import { percentile } from "./stats.ts";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL is required");
const scratch = await createDatabase(serverUrl, "kontor_bench_slowest");
try {
  await applyMigrations(scratch.url);
  const db = createDb(scratch.url, { max: 4 });
  const analytics = createAnalytics({ db, databaseUrl: scratch.url });
  const qa = createQaService({ db, analytics, llm: null, now: () => new Date(`${TODAY}T10:00:00Z`), logger: pino({ level: "silent" }) });
  const p = await seedPerson(db, 9_090_909n);
  const u = await db.user.findUniqueOrThrow({ where: { id: p.userId } });
  const user = { id: u.id, locale: "en", timezone: "Europe/Berlin", dataVersion: u.dataVersion };
  const asked = [...CORPUS.map((c) => c.q), ...questions(2000, 11)];
  await qa.ask(user, 1, "groceries this month"); // loads the data into DuckDB: the figures are warm
  const times: { ms: number; q: string }[] = [];
  for (const q of asked) {
    const t0 = performance.now();
    await qa.ask(user, 1, q);
    times.push({ ms: performance.now() - t0, q });
  }
  const ms = times.map((x) => x.ms);
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`${times.length} questions: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, slowest ${worst.ms.toFixed(1)} ms: ${JSON.stringify(worst.q)}`);
  await analytics.close();
  await db.$disconnect();
} finally {
  await scratch.drop();
}
