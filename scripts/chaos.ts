// npm run chaos [-- --trials 200 --seed 7 --from 0]: randomized kill -9 / database cut /
// Telegram failure trials against the app as a child process; see test/chaos.
// Needs DATABASE_URL pointing at a PostgreSQL server (a scratch database is
// created and dropped). Exits 1 when any trial broke an invariant.
import { parseArgs } from "node:util";
import { describeTrial, runChaos, telegramFaultName } from "../test/chaos/run.ts";
import type { TrialResult } from "../test/chaos/trials.ts";

const { values } = parseArgs({ options: { trials: { type: "string", default: "200" }, seed: { type: "string", default: "1" }, from: { type: "string", default: "0" } } });
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("DATABASE_URL must point at a PostgreSQL server (a scratch database is created there).");
  process.exit(2);
}
const summary = await runChaos({ serverUrl, seed: Number(values.seed), trials: Number(values.trials), from: Number(values.from), onTrial: (r) => console.log(describeTrial(r)) });
const count = (key: (r: TrialResult) => string) => {
  const m = new Map<string, number>();
  for (const r of summary.results) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].sort().map(([k, v]) => `${k} ${v}`).join(", ");
};
const faultName = (r: TrialResult) => (r.telegram ? `telegram ${telegramFaultName(r.telegram.fault)}` : r.fault);
console.log(`\n${summary.results.length} trials (seed ${summary.seed}) in ${(summary.ms / 1000).toFixed(0)} s`);
console.log(`by phase: ${count((r) => r.phase)}`);
console.log(`by fault: ${count(faultName)}`);
console.log(`by phase and fault: ${count((r) => `${r.phase}/${r.fault}`)}`);
console.log(JSON.stringify(summary.totals));
for (const phase of ["sync", "import", "dispatch"]) {
  const rs = summary.results.filter((r) => r.phase === phase);
  const sum = (k: keyof TrialResult["violations"]) => rs.reduce((a, r) => a + r.violations[k], 0);
  console.log(`${phase}: ${rs.length} trials, duplicates ${sum("duplicates")}, gaps ${sum("gaps")}, lost ${sum("lostNotifications")}, doubled ${sum("doubledNotifications")}, RUNNING after recovery ${sum("runningAfterRecovery")}, RUNNING right after restart ${rs.reduce((a, r) => a + r.runningAfterRestart, 0)}, errors ${rs.filter((r) => r.error).length}`);
}
console.log(summary.failed.length ? `${summary.failed.length} trial(s) broke an invariant:\n${summary.failed.map(describeTrial).join("\n")}` : "every invariant held");
process.exit(summary.failed.length ? 1 : 0);
