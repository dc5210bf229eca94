// Shared set-up: a context wired to the fake's clock, and a logger whose
// every line (down to trace) lands in memory so tests can search it.
import { pino } from "pino";
import type { ConnectorContext, SecondFactorGuard } from "../../../connectors/types.ts";
import { comdirectConnector, type ComdirectCredentials } from "../../../connectors/comdirect/index.ts";
import type { ComdirectFake } from "../../fakes/comdirect/index.ts";
import { ScriptedDialog, type ScriptedAnswer } from "./scripted-dialog.ts";

export function makeCtx(fake: ComdirectFake, extra: { guard?: SecondFactorGuard } = {}) {
  const lines: string[] = [];
  const logger = pino({ level: "trace" }, { write: (line: string) => void lines.push(line) });
  const ctx: ConnectorContext = {
    now: () => fake.now(),
    logger,
    settings: { COMDIRECT_API_URL: fake.url, COMDIRECT_PUSH_POLL_MS: "10" },
    sleep: async () => {},
    secondFactorGuard: extra.guard,
  };
  return { ctx, logs: () => lines.join("") };
}

/** Answers for the four secrets, in the order link asks them. */
export function loginAnswers(fake: ComdirectFake): string[] {
  const c = fake.config;
  return [c.clientId, c.clientSecret, c.zugangsnummer, c.pin];
}

/** A finished photoTAN link against a fake with the default two accounts. */
export async function linkedCredentials(fake: ComdirectFake, ctx: ConnectorContext): Promise<ComdirectCredentials> {
  const script: ScriptedAnswer[] = [...loginAnswers(fake), fake.config.tan];
  if (fake.state.accounts.length + fake.state.depots.length > 1) script.push("all");
  const result = await comdirectConnector.link(new ScriptedDialog(script), ctx);
  return result.credentials;
}
