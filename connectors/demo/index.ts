// Demo Bank: a deterministic synthetic bank for the offline demo, the sync
// engine's tests and the benchmarks. Settings (all optional):
//   DEMO_SEED          seed for new links (default 42)
//   DEMO_HISTORY_DAYS  first-sync history, capped at limits.historyDays (default 400)
//   DEMO_ACCOUNTS      number of accounts (default 3)
//   DEMO_FAIL          scripted failures, see faults.ts
import { z } from "zod";
import type { Connector } from "../types.ts";
import { registerMessages } from "../../src/i18n/index.ts";
import { linkDemo } from "./link.ts";
import { demoMessages } from "./messages.ts";
import { demoSettingsSchema } from "./settings.ts";
import { openDemoSession, type DemoCredentials } from "./session.ts";

registerMessages(demoMessages);

const limits = { callsPerDay: 1000, historyDays: 730, consentDays: 90 };

export const demoConnector = {
  id: "demo",
  displayName: "Demo Bank",
  kind: "bank",
  credentialsSchema: z.object({ seed: z.number().int(), username: z.string(), linkedAt: z.string() }),
  settingsSchema: demoSettingsSchema,
  messages: demoMessages,
  limits,
  link: linkDemo,
  open: async (creds, ctx) => openDemoSession(creds, ctx, limits.historyDays),
} satisfies Connector<DemoCredentials>;

export type { DemoCredentials, DemoCursor } from "./session.ts";
export { DEMO_PAGE_SIZE, DEMO_OVERLAP_DAYS, DEMO_DEFAULT_HISTORY_DAYS } from "./session.ts";
export { DEMO_TAN } from "./link.ts";
export { withFaults, parseDemoFaults, type DemoFault } from "./faults.ts";
export { generateHistory, iterateTransactions, type GenerateOptions, type DemoHistory, type DemoBalance, type DemoRow } from "./generate.ts";
export { demoMessages } from "./messages.ts";
