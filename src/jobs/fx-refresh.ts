// Keeps the ECB rate cache current: once at start (catching up after
// downtime; the first run downloads the full history) and every half hour in
// the publication window of TARGET working days (~16:00 CET). Frankfurter
// polls the same way. A holiday just finds nothing new.
import { schedule, type ScheduledTask } from "node-cron";
import type { BackgroundJob } from "./background-job.ts";
import type { FxRates } from "../fx/index.ts";
import { expectedPublication } from "../fx/publication.ts";
import type { Logger } from "../logger.ts";

/** Weekdays, 16:15 to 18:45 Frankfurt time. */
export const FX_SCHEDULE = "15,45 16-18 * * 1-5";

export interface FxRefreshDeps {
  fx: Pick<FxRates, "latestPublication"> & { refresh(): Promise<void> };
  logger: Logger;
  now: () => Date;
}

export function fxRefreshJob(deps: FxRefreshDeps): BackgroundJob & { tick(): Promise<void> } {
  const log = deps.logger.child({ component: "fx-refresh" });
  const tick = async () => {
    const latest = await deps.fx.latestPublication();
    if (latest !== null && latest >= expectedPublication(deps.now())) return;
    await deps.fx.refresh();
  };
  const safeTick = () =>
    tick().catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, "fx refresh failed; cached rates stay in use"));
  return {
    name: "fx-refresh",
    tick,
    async start() {
      void safeTick();
      const task: ScheduledTask = schedule(FX_SCHEDULE, safeTick, { name: "fx-refresh", timezone: "Europe/Berlin" });
      return async () => {
        await task.stop();
      };
    },
  };
}
