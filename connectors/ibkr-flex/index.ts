// Interactive Brokers through the Flex Web Service (connectors.md §5): the
// person creates an Activity Flex Query and a token; Kontor runs the query.
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type IbkrFlexCredentials } from "./credentials.ts";
import { linkIbkrFlex } from "./link.ts";
import { ibkrFlexMessages } from "./messages.ts";
import { openSession } from "./session.ts";
import { ibkrFlexSettingsSchema } from "./settings.ts";

registerMessages(ibkrFlexMessages);

export const ibkrFlexConnector = {
  id: "ibkr-flex",
  displayName: "Interactive Brokers (Flex)",
  kind: "broker",
  credentialsSchema,
  settingsSchema: ibkrFlexSettingsSchema,
  messages: ibkrFlexMessages,
  limits: {
    // Activity statements update once a day after the close; a sync is one
    // SendRequest plus a few GetStatement polls.
    callsPerDay: 12,
    callsPerSync: 4,
    historyDays: 365,
  },
  isAvailable: () => true,
  link: linkIbkrFlex,
  open: openSession,
} satisfies Connector<IbkrFlexCredentials>;

export { credentialsSchema, type IbkrFlexCredentials } from "./credentials.ts";
export { IbkrFlexError } from "./client.ts";
export type { IbkrFlexSession } from "./session.ts";
export type { ConversionRate } from "./statement.ts";
