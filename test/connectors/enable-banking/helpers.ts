import { pino } from "pino";
import type { ConnectorContext } from "../../../connectors/types.ts";
import type { EnableBankingFake } from "../../fakes/enable-banking/index.ts";

export function settingsFor(fake: EnableBankingFake): Record<string, string> {
  return {
    ENABLE_BANKING_API_URL: fake.url,
    ENABLE_BANKING_APP_ID: fake.appId,
    ENABLE_BANKING_KEY_FILE: fake.keyFile,
    ENABLE_BANKING_REDIRECT_URL: fake.redirectUrl,
  };
}

export function makeCtx(fake: EnableBankingFake) {
  const lines: string[] = [];
  const logger = pino({ level: "trace" }, { write: (line: string) => void lines.push(line) });
  const ctx: ConnectorContext = { now: () => fake.now(), logger, settings: settingsFor(fake), sleep: async () => {} };
  return { ctx, logs: () => lines.join("") };
}

/** Country, first bank of the first page, the longest consent, then the bank says yes. */
export function happyScript(fake: EnableBankingFake, bank = "Mock ASPSP") {
  return ["DE", bank, "180", () => fake.approve()];
}
