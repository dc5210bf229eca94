// The suite's share of `npm run chaos`: the same seeded trials (kill -9,
// database cut, Telegram failure during sync, import and dispatch, each
// followed by a restart), fewer of them. CHAOS_SUITE_TRIALS overrides the count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { describeTrial, runChaos, type ChaosSummary } from "./run.ts";

// Ten keep the suite under ten minutes on a 2-core machine (two files at a time there, see vitest.config.ts); `npm run chaos` runs the full set.
const TRIALS = Number(process.env.CHAOS_SUITE_TRIALS ?? 10);
const SEED = 2026;

describe(`chaos: ${TRIALS} seeded trials`, () => {
  let summary: ChaosSummary;

  beforeAll(async () => {
    summary = await runChaos({ serverUrl: inject("pgServerUrl"), seed: SEED, trials: TRIALS, onTrial: (r) => console.log(describeTrial(r)) });
  }, 30 * 60_000);
  afterAll(() => {
    if (summary) console.log(`chaos: ${summary.results.length} trials in ${(summary.ms / 1000).toFixed(0)} s, totals ${JSON.stringify(summary.totals)}`);
  });

  it("ran every trial to its check", () => {
    expect(summary.results).toHaveLength(TRIALS);
    expect(summary.results.filter((r) => r.error).map(describeTrial)).toEqual([]);
  });

  it("no trial stores a transaction twice or misses one of the bank's or the file's", () => {
    expect(summary.results.filter((r) => r.violations.duplicates || r.violations.gaps).map(describeTrial)).toEqual([]);
  });

  it("no sync or import run is left RUNNING once the person synced again", () => {
    expect(summary.results.filter((r) => r.violations.runningAfterRecovery).map(describeTrial)).toEqual([]);
  });

  it("no notification is lost (never executed by Telegram and not retried), none is in the chat twice", () => {
    expect(summary.results.filter((r) => r.violations.lostNotifications).map(describeTrial)).toEqual([]);
    expect(summary.results.filter((r) => r.violations.doubledNotifications).map(describeTrial)).toEqual([]);
  });
});
