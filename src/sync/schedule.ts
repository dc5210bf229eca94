// How often a connection syncs: the person's wish, but never more often than
// the provider allows, plus jitter so a thousand connections with the same
// interval do not hit one bank in the same second.
import type { ConnectorLimits } from "../../connectors/types.ts";

export const DEFAULT_SYNC_INTERVAL_MINUTES = 360;
export const JITTER_FRACTION = 0.1;
const DAY_MINUTES = 24 * 60;

/** The shortest interval the provider's daily call budget allows. */
export function minIntervalMinutes(limits: ConnectorLimits | undefined): number {
  if (!limits?.callsPerDay) return 0;
  return Math.ceil((DAY_MINUTES * (limits.callsPerSync ?? 1)) / limits.callsPerDay);
}

export function intervalMinutes(connection: { syncIntervalMinutes: number | null }, user: { syncIntervalMinutes: number } | null, limits: ConnectorLimits | undefined): number {
  const wished = connection.syncIntervalMinutes ?? user?.syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES;
  return Math.max(wished, minIntervalMinutes(limits), 1);
}

/** now + interval + up to 10 % of the interval at random. */
export function nextSyncTime(now: Date, minutes: number, random: () => number): Date {
  const intervalMs = minutes * 60_000;
  return new Date(now.getTime() + intervalMs + Math.floor(random() * JITTER_FRACTION * intervalMs));
}
