// comdirect (Germany) via its official REST API: OAuth password grant plus a
// session TAN (photoTAN, pushTAN or SMS-TAN), then rotating tokens.
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type ComdirectCredentials } from "./credentials.ts";
import { linkComdirect, reauthenticateComdirect } from "./link.ts";
import { comdirectMessages } from "./messages.ts";
import { comdirectSettingsSchema } from "./settings.ts";
import { keepAlive as keepAliveSession, openSession, revokeCredentials } from "./session.ts";

registerMessages(comdirectMessages);

/** Refresh when less than this is left on the access token. */
export const KEEP_ALIVE_WINDOW_MS = 2 * 60_000;

export const comdirectConnector = {
  id: "comdirect",
  displayName: "comdirect",
  kind: "bank",
  credentialsSchema,
  settingsSchema: comdirectSettingsSchema,
  messages: comdirectMessages,
  limits: {
    // No daily quota is documented; go-comdirect's README reports 10 requests/s,
    // which the client enforces itself. Left undefined so the scheduler is not capped by a guess.
    callsPerDay: undefined,
    // The first sync reads 180 days: without min-bookingDate comdirect returns about
    // six months anyway, and one report saw 422s for dates more than ~3 years back.
    historyDays: 180,
    // The TAN session lives only as long as the refresh chain: ~20 minutes per
    // refresh token (community report, unverified). Under a day, so stated as 0:
    // without keepAlive every sync after that needs a new TAN.
    consentDays: 0,
    // balances, depots, then per account one BOOKED page (+1 per 500 rows) and one NOTBOOKED call.
    callsPerSync: 6,
  },
  isAvailable: () => true,
  link: linkComdirect,
  reauthenticate: reauthenticateComdirect,
  open: openSession,
  revoke: revokeCredentials,
  // The access token lives ~10 minutes and the refresh token (unverified) ~20;
  // a connection that syncs less often would need a new TAN every time. So
  // every minute the tokens about to expire are rotated and stored again.
  keepAlive: {
    // Each minute: with a two-minute window every token is seen at least once before it expires.
    schedule: "* * * * *",
    isDue: (credentials, now) => Date.parse(credentials.accessExpiresAt) - now.getTime() <= KEEP_ALIVE_WINDOW_MS,
    refresh: keepAliveSession,
  },
} satisfies Connector<ComdirectCredentials>;

export { credentialsSchema, type ComdirectCredentials } from "./credentials.ts";
export { ComdirectError } from "./errors.ts";
export { createMemorySecondFactorGuard, type MemorySecondFactorGuard } from "./second-factor-guard.ts";
