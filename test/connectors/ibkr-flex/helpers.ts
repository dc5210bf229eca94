import { pino } from "pino";
import type { ConnectorContext } from "../../../connectors/types.ts";
import type { IbkrFlexFake } from "../../fakes/ibkr-flex/server.ts";

/** A context against the fake that records every wait and every log line. */
export function makeCtx(fake: IbkrFlexFake) {
  const lines: string[] = [];
  const waits: number[] = [];
  const logger = pino({ level: "trace" }, { write: (line: string) => void lines.push(line) });
  const ctx: ConnectorContext = {
    now: () => fake.now(),
    logger,
    settings: { IBKR_FLEX_URL: fake.baseUrl },
    sleep: async (ms) => void waits.push(ms),
  };
  return { ctx, waits, logs: () => lines.join("") };
}
