// The one place that knows which connectors exist. The app wiring passes the
// concrete connectors in; this module imports none of them, so a provider that
// fails to load (or is unconfigured) never breaks the others.
import type { Connector } from "./types.ts";

export class UnknownConnectorError extends Error {
  override name = "UnknownConnectorError";
  constructor(readonly connectorId: string) {
    super(`no connector is registered under "${connectorId}"`);
  }
}

export interface ConnectorRegistry {
  get(id: string): Connector | undefined;
  /** Like get, but a missing connector is a typed error (a stored Connection names a provider we no longer ship). */
  require(id: string): Connector;
  /** Connectors that are configured for these settings, in registration order. */
  list(settings: Record<string, string | undefined>): Connector[];
}

// `any` on purpose: every connector has its own credential type, and the
// registry only hands them back to code that validates with credentialsSchema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createConnectorRegistry(connectors: readonly Connector<any>[]): ConnectorRegistry {
  const byId = new Map<string, Connector>();
  for (const c of connectors) {
    if (byId.has(c.id)) throw new Error(`connector "${c.id}" is registered twice`);
    byId.set(c.id, c as Connector);
  }
  return {
    get: (id) => byId.get(id),
    require(id) {
      const c = byId.get(id);
      if (!c) throw new UnknownConnectorError(id);
      return c;
    },
    list: (settings) => [...byId.values()].filter((c) => c.isAvailable?.(settings) ?? true),
  };
}
