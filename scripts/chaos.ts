// npm run chaos [-- --trials 200 --seed 7 --from 0]: randomized kill -9 / database cut /
// Telegram failure trials against the app as a child process; see test/chaos.
// Needs DATABASE_URL pointing at a PostgreSQL server (a scratch database is
// created and dropped). Exits 1 when any trial broke an invariant.
import { parseArgs } from "node:util";
import { describeTrial, runChaos } from "../test/chaos/run.ts";

const { values } = parseArgs({ options: { trials: { type: "string", default: "200" }, seed: { type: "string", default: "1" }, from: { type: "string", default: "0" } } });
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("DATABASE_URL must point at a PostgreSQL server (a scratch database is created there).");
  process.exit(2);
}
const summary = await runChaos({ serverUrl, seed: Number(values.seed), trials: Number(values.trials), from: Number(values.from), onTrial: (r) => console.log(describeTrial(r)) });
const byKind = new Map<string, number>();
for (const r of summary.results) byKind.set(`${r.phase}/${r.fault}`, (byKind.get(`${r.phase}/${r.fault}`) ?? 0) + 1);
console.log(`\n${summary.results.length} trials (seed ${summary.seed}) in ${(summary.ms / 1000).toFixed(0)} s: ${[...byKind].map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(JSON.stringify(summary.totals));
console.log(summary.failed.length ? `${summary.failed.length} trial(s) broke an invariant:\n${summary.failed.map(describeTrial).join("\n")}` : "every invariant held");
process.exit(summary.failed.length ? 1 : 0);
