// SimpleFIN Bridge (US/CA): the person pays their Bridge and connects banks
// there; Kontor claims a Setup Token and reads with the Access URL.
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type SimplefinCredentials } from "./credentials.ts";
import { linkSimplefin } from "./link.ts";
import { simplefinMessages } from "./messages.ts";
import { openSession } from "./session.ts";
import { simplefinSettingsSchema } from "./settings.ts";

registerMessages(simplefinMessages);

export const simplefinConnector = {
  id: "simplefin",
  displayName: "SimpleFIN Bridge (US/CA)",
  kind: "bank",
  credentialsSchema,
  settingsSchema: simplefinSettingsSchema,
  messages: simplefinMessages,
  limits: {
    // Guidance is 24 requests a day per Access URL and data refreshes daily;
    // a sync costs a balances-only listing plus one transactions window.
    callsPerDay: 8,
    callsPerSync: 2,
    historyDays: 89,
  },
  isAvailable: () => true,
  link: linkSimplefin,
  open: openSession,
} satisfies Connector<SimplefinCredentials>;

export { credentialsSchema, type SimplefinCredentials } from "./credentials.ts";
export { SimplefinError } from "./client.ts";
