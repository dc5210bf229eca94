// Enable Banking (EU/EEA PSD2 aggregator): the person confirms at their bank,
// Kontor reads accounts, balances and transactions with the app's key. A
// self-hosted Kontor uses a production app in restricted mode (own accounts).
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type EnableBankingCredentials } from "./credentials.ts";
import { linkEnableBanking, renewEnableBanking } from "./link.ts";
import { enableBankingMessages } from "./messages.ts";
import { openSession, revokeSession } from "./session.ts";
import { enableBankingSettingsSchema, readSettings } from "./settings.ts";

registerMessages(enableBankingMessages);

export const enableBankingConnector = {
  id: "enable-banking",
  displayName: "Enable Banking",
  kind: "bank",
  credentialsSchema,
  settingsSchema: enableBankingSettingsSchema,
  messages: enableBankingMessages,
  limits: {
    // PSD2: about 4 background reads per account, endpoint and day; one sync
    // reads transactions and balances once each, leaving room for a manual sync.
    callsPerDay: 4,
    callsPerSync: 2,
    historyDays: 89,
    consentDays: 180,
  },
  // Some way back from the bank is needed: Kontor's own callback or a page whose address is pasted.
  isAvailable: (settings) => readSettings(settings) !== null && Boolean(settings.ENABLE_BANKING_REDIRECT_URL || settings.PUBLIC_URL),
  link: linkEnableBanking,
  reauthenticate: renewEnableBanking,
  open: openSession,
  revoke: revokeSession,
} satisfies Connector<EnableBankingCredentials>;

export { credentialsSchema, type EnableBankingCredentials } from "./credentials.ts";
export { EnableBankingError } from "./errors.ts";
export { enableBankingSettingsSchema } from "./settings.ts";
