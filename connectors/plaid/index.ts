// Plaid (US/CA; EU/UK too) through Hosted Link, for instances with Plaid
// production access. Positive Plaid amounts are money out; Kontor flips them.
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type PlaidCredentials } from "./credentials.ts";
import { linkPlaid, reauthenticatePlaid } from "./link.ts";
import { plaidMessages } from "./messages.ts";
import { openSession, removeItems } from "./session.ts";
import { plaidSettingsSchema, readSettings } from "./settings.ts";

registerMessages(plaidMessages);

export const plaidConnector = {
  id: "plaid",
  displayName: "Plaid (US/CA banks)",
  kind: "bank",
  credentialsSchema,
  settingsSchema: plaidSettingsSchema,
  messages: plaidMessages,
  limits: { historyDays: 730 },
  isAvailable: (settings) => readSettings(settings) !== null,
  link: linkPlaid,
  reauthenticate: reauthenticatePlaid,
  open: openSession,
  revoke: removeItems,
} satisfies Connector<PlaidCredentials>;

export { credentialsSchema, type PlaidCredentials } from "./credentials.ts";
export { PlaidError } from "./client.ts";
