// The suite's share of `npm run chaos`: the same seeded trials (kill -9,
// database cut, Telegram failure during sync, import and dispatch, each
// followed by a restart), fewer of them. CHAOS_SUITE_TRIALS overrides the count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { describeTrial, runChaos, type ChaosSummary } from "./run.ts";
import type { TrialResult } from "./trials.ts";

const TRIALS = Number(process.env.CHAOS_SUITE_TRIALS ?? 20);
const SEED = 2026;

/**
 * A Telegram reply lost after the message went out makes the dispatcher send it
 * again (issue 9, item 9: idempotent sends are branch `hardening`'s). Such
 * trials are held to every other invariant and their doubles are listed.
 */
const lostReplyDuringDispatch = (r: TrialResult) => r.phase === "dispatch" && r.telegram?.fault.kind === "drop" && r.telegram.fault.afterExecute === true;

/**
 * An import run cut off by kill -9 or a database cut stays RUNNING: sending the
 * file again answers "already imported" without a new run that could close it
 * (issue 9, item 4: the run lease is branch `hardening`'s). Listed, not failed.
 */
const interruptedImport = (r: TrialResult) => r.phase === "import" && r.fault !== "telegram";

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

  it("no sync run is left RUNNING once the person synced again (interrupted imports: known, listed)", () => {
    expect(summary.results.filter((r) => r.violations.runningAfterRecovery && !interruptedImport(r)).map(describeTrial)).toEqual([]);
    const known = summary.results.filter((r) => r.violations.runningAfterRecovery && interruptedImport(r));
    if (known.length) console.log(`import runs left RUNNING (issue 9 item 4, branch hardening):\n${known.map(describeTrial).join("\n")}`);
  });

  it("no notification is lost, none is doubled (apart from the known lost-reply case)", () => {
    expect(summary.results.filter((r) => r.violations.lostNotifications).map(describeTrial)).toEqual([]);
    expect(summary.results.filter((r) => r.violations.doubledNotifications && !lostReplyDuringDispatch(r)).map(describeTrial)).toEqual([]);
    const known = summary.results.filter((r) => r.violations.doubledNotifications && lostReplyDuringDispatch(r));
    if (known.length) console.log(`notifications sent twice after a lost reply (issue 9 item 9, branch hardening):\n${known.map(describeTrial).join("\n")}`);
  });
});
