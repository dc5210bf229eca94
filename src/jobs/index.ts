// Background jobs beyond sync and notifications (monthly summary, each
// connector's keep-alive). Each feature adds its job here.
import type { BackgroundJob, FeatureKit } from "../feature-kit.ts";
import { createMonthlySummary } from "./monthly-summary.ts";
import { keepAliveJobs } from "./keep-alive.ts";
import { interruptedRunsJob } from "./interrupted-runs.ts";
import { aliveFileJob } from "./alive-file.ts";

export function extraJobs(kit: FeatureKit): BackgroundJob[] {
  const { db, logger } = kit.services;
  return [createMonthlySummary({ db, analytics: kit.analytics, logger, now: () => kit.services.now() }).job(), ...keepAliveJobs(kit.registry.list(kit.settings), kit), interruptedRunsJob(kit), aliveFileJob(kit)];
}
