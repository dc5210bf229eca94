// Background jobs beyond sync and notifications (monthly summary, keeping bank
// sessions alive). Each feature adds its job here.
import type { BackgroundJob, FeatureKit } from "../feature-kit.ts";
import { createMonthlySummary } from "./monthly-summary.ts";
import { keepAliveJob } from "./keep-alive.ts";
import { interruptedRunsJob } from "./interrupted-runs.ts";
import { aliveFileJob } from "./alive-file.ts";
import { fxRefreshJob } from "./fx-refresh.ts";
import { consentReminderJob } from "./consent-reminders.ts";

export function extraJobs(kit: FeatureKit): BackgroundJob[] {
  const { db, logger } = kit.services;
  return [
    createMonthlySummary({ db, analytics: kit.analytics, logger, now: () => kit.services.now() }).job(),
    keepAliveJob(kit),
    interruptedRunsJob(kit),
    aliveFileJob(kit),
    fxRefreshJob({ fx: kit.fx, logger, now: () => kit.services.now() }),
    consentReminderJob({ db, vault: kit.services.vault, logger, now: () => kit.services.now() }),
  ];
}
