// At start-up and every minute: runs a dead process left RUNNING become
// FAILED and their connections due again (src/sync/interrupted.ts), and the
// chat message that showed their progress says so instead of "Syncing 4/40…"
// forever. Abandoned link attempts (PENDING rows) are swept on the same beat.
import { schedule, type ScheduledTask } from "node-cron";
import type { Services } from "../services.ts";
import type { BackgroundJob } from "./background-job.ts";
import { t, toLocale } from "../i18n/index.ts";
import { recoverInterruptedRuns } from "../sync/interrupted.ts";
import "../sync/messages.ts";

export function interruptedRunsJob(services: Services, o: { staleMs?: number } = {}): BackgroundJob & { tick(): Promise<number> } {
  const { db, logger } = services;
  const log = logger.child({ component: "interrupted-runs" });
  let running: Promise<number> | null = null;

  async function runTick(): Promise<number> {
    const runs = await recoverInterruptedRuns({ db, databaseUrl: services.databaseUrl, now: services.now, staleMs: o.staleMs });
    for (const run of runs) {
      log.warn({ runId: run.runId, connectionId: run.connectionId }, "sync run interrupted by a stopped process; connection due again");
      if (run.progressMessageId === null) continue;
      await services
        .api()
        .editMessageText(Number(run.chatId), run.progressMessageId, t(toLocale(run.locale), "sync.interrupted"))
        .catch((err: unknown) => log.debug({ err: String(err) }, "could not mark the progress message"));
    }
    const swept = await services.linking.sweepStaleAttempts();
    if (swept) log.info({ swept }, "removed abandoned link attempts");
    return runs.length;
  }

  const tick = (): Promise<number> => {
    running ??= runTick().finally(() => {
      running = null;
    });
    return running;
  };
  let task: ScheduledTask | undefined;
  return {
    name: "interrupted-runs",
    tick,
    async start() {
      const onTick = () => void tick().catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, "interrupted-runs tick failed"));
      onTick();
      task ??= schedule("* * * * *", onTick, { name: "interrupted-runs" });
      return async () => {
        await task?.stop();
        task = undefined;
        await running;
      };
    },
  };
}
