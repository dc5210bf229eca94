// Runs planned trials in one world and sums up what broke.
import { createChaosWorld } from "./world.ts";
import { planTrials, runTrial, type TelegramFault, type TrialResult } from "./trials.ts";
import type { Violations } from "./invariants.ts";

export interface ChaosSummary {
  seed: number;
  results: TrialResult[];
  totals: Violations & { runningAfterRestart: number; errors: number };
  /** Trials with any violation or error. */
  failed: TrialResult[];
  ms: number;
}

export const violated = (r: TrialResult) => Object.values(r.violations).some((v) => v > 0) || r.error !== undefined;

export async function runChaos(o: { serverUrl: string; seed: number; trials: number; from?: number; onTrial?: (r: TrialResult) => void }): Promise<ChaosSummary> {
  const t0 = Date.now();
  // `from` resumes an interrupted run: the plans are the same for the same seed.
  const plans = planTrials(o.seed, o.trials).slice(o.from ?? 0);
  const world = await createChaosWorld(o.serverUrl, o.trials);
  const results: TrialResult[] = [];
  try {
    for (const plan of plans) {
      const r = await runTrial(world, plan).catch(
        (err: unknown): TrialResult => ({
          ...plan,
          violations: { duplicates: 0, gaps: 0, runningAfterRecovery: 0, lostNotifications: 0, doubledNotifications: 0 },
          evidence: { unknownRows: [], missingRows: [], fileRows: 0, importTotal: null, outbox: [], notificationsShown: 0 },
          runningAfterRestart: 0,
          ms: 0,
          error: `harness: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
        }),
      );
      results.push(r);
      o.onTrial?.(r);
    }
  } finally {
    await world.close();
  }
  const sum = (f: (r: TrialResult) => number) => results.reduce((a, r) => a + f(r), 0);
  return {
    seed: o.seed,
    results,
    totals: {
      duplicates: sum((r) => r.violations.duplicates),
      gaps: sum((r) => r.violations.gaps),
      runningAfterRecovery: sum((r) => r.violations.runningAfterRecovery),
      lostNotifications: sum((r) => r.violations.lostNotifications),
      doubledNotifications: sum((r) => r.violations.doubledNotifications),
      runningAfterRestart: sum((r) => r.runningAfterRestart),
      errors: sum((r) => (r.error ? 1 : 0)),
    },
    failed: results.filter(violated),
    ms: Date.now() - t0,
  };
}

export function telegramFaultName(f: TelegramFault): string {
  const status = "status" in f && f.status ? ` ${f.status}` : "";
  return `${f.kind}${status}${"proxy" in f && f.proxy ? " (proxy)" : ""}${"afterExecute" in f && f.afterExecute ? " (after execute)" : ""}`;
}

export function describeTrial(r: TrialResult): string {
  const fault = r.fault === "telegram" ? `telegram ${telegramFaultName(r.telegram!.fault)}×${r.telegram!.times}` : r.fault;
  const bad = Object.entries(r.violations).filter(([, v]) => v > 0).map(([k, v]) => `${k}=${v}`);
  return `#${r.n} ${r.phase} ${fault} @${r.delayMs}ms: ${bad.length || r.error ? [...bad, r.error ?? ""].join(" ").trim() : "ok"}${r.runningAfterRestart ? ` (RUNNING after restart: ${r.runningAfterRestart})` : ""} [${(r.ms / 1000).toFixed(1)} s]${notices(r)}`;
}

/** For a trial that lost or doubled a notification: the outbox rows and what the fake Telegram executed. */
function notices(r: TrialResult): string {
  if (!r.violations.lostNotifications && !r.violations.doubledNotifications) return "";
  return ` {outbox ${r.evidence.outbox.join(", ")}; shown ${r.evidence.notificationsShown}; sendMessage ${(r.evidence.sends ?? []).join(", ")}}`;
}
