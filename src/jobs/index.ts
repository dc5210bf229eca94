// Background jobs beyond sync and notifications (monthly summary, keeping bank
// sessions alive). Each feature adds its job here.
import type { BackgroundJob, FeatureKit } from "../feature-kit.ts";
import { createMonthlySummary } from "./monthly-summary.ts";
import { keepAliveJob } from "./keep-alive.ts";
import { interruptedRunsJob } from "./interrupted-runs.ts";
import { aliveFileJob } from "./alive-file.ts";
import { createNetWorthService } from "../networth/service.ts";

export function extraJobs(kit: FeatureKit): BackgroundJob[] {
  const { db, logger } = kit.services;
  const networth = createNetWorthService({ db, fx: kit.services.fx, now: () => kit.services.now() });
  return [createMonthlySummary({ db, analytics: kit.analytics, logger, now: () => kit.services.now(), netWorthOn: (u, dates) => networth.totalsOn(u, dates) }).job(), keepAliveJob(kit), interruptedRunsJob(kit), aliveFileJob(kit)];
}
