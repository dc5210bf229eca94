// GoCardless Bank Account Data (EU/UK): for instances that still have API
// keys (new sign-ups closed in 2025; Enable Banking is the alternative).
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type GocardlessCredentials } from "./credentials.ts";
import { linkGocardless, renewGocardless } from "./link.ts";
import { gocardlessMessages } from "./messages.ts";
import { openSession, revokeRequisition } from "./session.ts";
import { gocardlessSettingsSchema, readSettings } from "./settings.ts";

registerMessages(gocardlessMessages);

export const gocardlessConnector = {
  id: "gocardless",
  displayName: "GoCardless (EU/UK banks)",
  kind: "bank",
  credentialsSchema,
  settingsSchema: gocardlessSettingsSchema,
  messages: gocardlessMessages,
  limits: {
    // 4 successful reads per account and scope a day; a sync reads transactions and balances once.
    callsPerDay: 4,
    callsPerSync: 2,
    historyDays: 730,
    consentDays: 180,
  },
  isAvailable: (settings) => readSettings(settings) !== null,
  link: linkGocardless,
  reauthenticate: renewGocardless,
  open: openSession,
  revoke: revokeRequisition,
} satisfies Connector<GocardlessCredentials>;

export { credentialsSchema, type GocardlessCredentials } from "./credentials.ts";
export { GocardlessError } from "./client.ts";
