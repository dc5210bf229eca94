// Scripted failures so sync-engine tests can watch the demo bank break in a
// known place. Two ways in, same meaning:
//   settings: DEMO_FAIL="page:4:unavailable,balances:1:ratelimited:3000"
//   code:     withFaults(demoConnector, [{ on: "page", call: 4, reason: "unavailable" }])
// `call` counts that kind of call within one session, 1-based: "page:4" is the
// 4th fetchTransactions call of the session, whatever the account. A fault
// fires `times` calls in a row (default 1), so a retry after it succeeds.
import { z } from "zod";
import type { Connector, ConnectorSession } from "../types.ts";
import { ConnectorError } from "../errors.ts";

export const DEMO_FAULT_TARGETS = ["page", "balances", "accounts"] as const;
export const DEMO_FAULT_REASONS = ["unavailable", "ratelimited", "unauthorized"] as const;

export const demoFaultSchema = z.object({
  on: z.enum(DEMO_FAULT_TARGETS),
  call: z.number().int().min(1),
  reason: z.enum(DEMO_FAULT_REASONS),
  retryAfterMs: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional(),
});
export type DemoFault = z.infer<typeof demoFaultSchema>;

/** Parses "page:4:unavailable,balances:1:ratelimited:3000"; a malformed entry is a configuration error. */
export function parseDemoFaults(spec: string | undefined): DemoFault[] {
  if (!spec?.trim()) return [];
  return spec.split(",").map((part) => {
    const [on, call, reason, retry] = part.trim().split(":");
    const parsed = demoFaultSchema.safeParse({
      on, call: Number(call), reason: reason?.toLowerCase(),
      ...(retry !== undefined ? { retryAfterMs: Number(retry) } : {}),
    });
    if (!parsed.success) throw new Error(`DEMO_FAIL entry "${part}" is not <page|balances|accounts>:<n>:<unavailable|ratelimited|unauthorized>[:retryAfterMs]`);
    return parsed.data;
  });
}

function toError(f: DemoFault): ConnectorError {
  const where = `${f.on} call ${f.call}`;
  if (f.reason === "ratelimited") return new ConnectorError("RateLimited", `demo: rate limited on ${where}`, { provider: "demo", retryAfterMs: f.retryAfterMs ?? 1000 });
  if (f.reason === "unauthorized") return new ConnectorError("Unauthorized", `demo: login rejected on ${where}`, { provider: "demo" });
  return new ConnectorError("Unavailable", `demo: bank unavailable on ${where}`, { provider: "demo" });
}

/** Counts calls per target and throws the scripted error when one matches. */
export class FaultGate {
  private readonly calls = { page: 0, balances: 0, accounts: 0 };

  constructor(private readonly faults: readonly DemoFault[]) {}

  check(on: DemoFault["on"]): void {
    const n = ++this.calls[on];
    const hit = this.faults.find((f) => f.on === on && n >= f.call && n < f.call + (f.times ?? 1));
    if (hit) throw toError(hit);
  }
}

/** Puts a gate in front of a session's provider calls. */
export function guardSession<C>(session: ConnectorSession<C>, gate: FaultGate): ConnectorSession<C> {
  return {
    ...session,
    listAccounts: async () => {
      gate.check("accounts");
      return session.listAccounts();
    },
    fetchTransactions: async (account, cursor) => {
      gate.check("page");
      return session.fetchTransactions(account, cursor);
    },
    fetchBalances: async (accounts) => {
      gate.check("balances");
      return session.fetchBalances(accounts);
    },
    credentials: () => session.credentials(),
  };
}

/** Any connector, but every session it opens fails as scripted. */
export function withFaults<C>(connector: Connector<C>, faults: DemoFault[] | string): Connector<C> {
  const list = typeof faults === "string" ? parseDemoFaults(faults) : faults.map((f) => demoFaultSchema.parse(f));
  return {
    ...connector,
    open: async (credentials, ctx) => guardSession(await connector.open(credentials, ctx), new FaultGate(list)),
  };
}
