// Everything that runs without an update, in start order: syncs on schedule,
// notifications, the monthly summary, each connector's keep-alive, recovery
// of interrupted runs, the liveness file, and bringing stored categories up to
// the running rules. Each takes the one Services.
import type { Services } from "../services.ts";
import type { BackgroundJob } from "./background-job.ts";
import { createMonthlySummary } from "./monthly-summary.ts";
import { keepAliveJobs } from "./keep-alive.ts";
import { interruptedRunsJob } from "./interrupted-runs.ts";
import { aliveFileJob } from "./alive-file.ts";
import { fxRefreshJob } from "./fx-refresh.ts";
import { consentReminderJob } from "./consent-reminders.ts";
import { refundBackfillJob } from "./refund-backfill.ts";
import { rulesUpgradeJob } from "./rules-upgrade.ts";
import { createNetWorthService } from "../networth/service.ts";

export type { BackgroundJob } from "./background-job.ts";

export const DISPATCH_INTERVAL_MS = 2000;

export function backgroundJobs(services: Services): BackgroundJob[] {
  const { db, logger, analytics, scheduler, dispatcher } = services;
  const networth = createNetWorthService({ db, fx: services.fx, now: () => services.now() });
  return [
    {
      // Copies of users forgotten while this replica was down (or on another replica) go first.
      name: "analytics-sweep",
      async start() {
        const swept = await analytics.sweep();
        if (swept) logger.info({ swept }, "analytics store: removed copies of forgotten users");
        // Files of an older format are rebuilt in the background, one user at a time,
        // instead of making each person's first question after an upgrade wait for it.
        let stopped = false;
        const upgrading = analytics
          .upgradeStale(() => stopped)
          .then(async (rebuilt) => {
            if (rebuilt) logger.info({ rebuilt }, "analytics store: rebuilt copies of an older format");
            // Then the copies nobody has yet (a new replica, a wiped store): each person's first question finds theirs ready.
            const built = await analytics.buildMissing(() => stopped);
            if (built) logger.info({ built }, "analytics store: built missing copies");
          })
          .catch((e: unknown) => logger.warn({ err: e }, "analytics store: background rebuild stopped"));
        return async () => {
          // Not awaited: a rebuild cut short leaves only a temporary file, removed at the next start.
          stopped = true;
          void upgrading;
        };
      },
    },
    createMonthlySummary({ db, analytics, logger, now: () => services.now(), netWorthOn: (u, dates) => networth.totalsOn(u, dates) }).job(),
    ...keepAliveJobs(services.registry.list(services.settings), services),
    interruptedRunsJob(services),
    aliveFileJob(services),
    fxRefreshJob({ fx: services.fx, logger, now: () => services.now() }),
    consentReminderJob({ db, vault: services.vault, logger, now: () => services.now() }),
    refundBackfillJob({ db, logger }),
    rulesUpgradeJob({
      db,
      logger,
      onWritten: services.onWritten,
    }),
    {
      name: "scheduler",
      async start() {
        scheduler.start();
        return () => scheduler.stop();
      },
    },
    {
      name: "dispatcher",
      async start() {
        dispatcher.start(DISPATCH_INTERVAL_MS);
        return () => dispatcher.stop();
      },
    },
  ];
}
