// A node:http Plaid from the reference checklists (connectors.md §3.7,
// open-banking.md §3.5): Hosted Link tokens, link sessions the test finishes
// or abandons, one-time public tokens, /transactions/sync over a versioned
// ledger with has_more paging and an injectable mid-pagination mutation,
// ITEM_LOGIN_REQUIRED after reset_login, and the PlaidError body shape.
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

interface Tx {
  transaction_id: string;
  account_id: string;
  amount: number;
  iso_currency_code: string;
  date: string;
  name: string;
  merchant_name: string | null;
  pending: boolean;
  pending_transaction_id: string | null;
  personal_finance_category: { primary: string; detailed: string } | null;
}
interface Item {
  id: string;
  accessToken: string;
  institution: string;
  loginRequired: boolean;
  ledger: Tx[];
}

export interface PlaidFake {
  url: string;
  clientId: string;
  secretFile: string;
  /** The person completes Hosted Link for the newest link token (one institution each). */
  finish(institutions?: string[]): void;
  exit(status: string): void;
  resetLogin(itemId?: string): void;
  /** The next /transactions/sync page after the first fails with a mutation error. */
  mutateDuringPagination(): void;
  items: Map<string, Item>;
  /** SESSION_FINISHED webhooks sent to the link token's `webhook` (finish/exit), with the HTTP status they got. */
  webhooks: { url: string; status: number | "failed" }[];
  /** Resolves when every webhook sent so far has been answered. */
  webhooksDone(): Promise<void>;
  pageSize: number;
  calls: string[];
  close(): Promise<void>;
}

function plaidError(status: number, error_type: string, error_code: string, error_message: string) {
  return { status, body: { error_type, error_code, error_message, display_message: null, request_id: randomBytes(6).toString("hex"), causes: [], status, documentation_url: "", suggested_action: null } };
}

export async function startPlaidFake(): Promise<PlaidFake> {
  const clientId = "fake-client-id";
  const secret = randomBytes(16).toString("hex");
  const secretFile = path.join(os.tmpdir(), `kontor-plaid-${process.pid}-${randomBytes(4).toString("hex")}`);
  writeFileSync(secretFile, secret, { mode: 0o600 });
  const linkTokens = new Map<string, { sessions: unknown[]; update?: string; webhook?: string }>();
  const inFlight: Promise<void>[] = [];
  /** Plaid's LINK SESSION_FINISHED webhook (open-banking.md §3.2), fire and forget as Plaid does. */
  const sessionFinished = (token: string, status: "SUCCESS" | "EXITED", publicTokens: string[]) => {
    const url = linkTokens.get(token)?.webhook;
    if (!url) return;
    const body = { webhook_type: "LINK", webhook_code: "SESSION_FINISHED", status, link_session_id: randomUUID(), link_token: token, public_tokens: publicTokens, environment: "sandbox" };
    inFlight.push(
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        async (r) => void (fake.webhooks.push({ url, status: r.status }), await r.text()),
        () => void fake.webhooks.push({ url, status: "failed" }),
      ),
    );
  };
  const publicTokens = new Map<string, { institution: string; used: boolean }>();
  let lastLinkToken = "";
  let mutate = false;

  const ledgerFor = (): Tx[] => {
    const rows: Tx[] = [];
    for (let i = 0; i < 23; i++) {
      const date = new Date(Date.UTC(2026, 9, 1 + i)).toISOString().slice(0, 10);
      rows.push({ transaction_id: `tx-${i}`, account_id: i % 5 === 0 ? "acc-card" : "acc-check", amount: i % 7 === 0 ? -1500 : 12.5 + i, iso_currency_code: "USD", date, name: i % 7 === 0 ? "ACME CORP PAYROLL" : `TRADER JOE'S #${500 + i}`, merchant_name: i % 7 === 0 ? null : "Trader Joe's", pending: false, pending_transaction_id: null, personal_finance_category: i % 7 === 0 ? { primary: "INCOME", detailed: "INCOME_WAGES" } : { primary: "FOOD_AND_DRINK", detailed: "FOOD_AND_DRINK_GROCERIES" } });
    }
    rows.push({ transaction_id: "tx-pending", account_id: "acc-check", amount: 4.75, iso_currency_code: "USD", date: "2026-10-24", name: "SQ *BLUE BOTTLE", merchant_name: "Blue Bottle Coffee", pending: true, pending_transaction_id: null, personal_finance_category: null });
    return rows;
  };

  const fake: PlaidFake = {
    url: "",
    clientId,
    secretFile,
    finish(institutions = ["Chase"]) {
      const t = linkTokens.get(lastLinkToken)!;
      const results = institutions.map((institution) => {
        const pt = `public-sandbox-${randomUUID()}`;
        publicTokens.set(pt, { institution, used: false });
        return { public_token: pt, accounts: [], institution: { name: institution, institution_id: `ins_${institution.length}` } };
      });
      t.sessions.push({ link_session_id: randomUUID(), started_at: "2026-10-25T10:00:00Z", finished_at: "2026-10-25T10:02:00Z", results: { item_add_results: t.update ? [] : results } });
      sessionFinished(lastLinkToken, "SUCCESS", t.update ? [] : results.map((r) => r.public_token));
    },
    exit(status) {
      linkTokens.get(lastLinkToken)!.sessions.push({ link_session_id: randomUUID(), finished_at: "2026-10-25T10:02:00Z", exit: { metadata: { status } }, results: { item_add_results: [] } });
      sessionFinished(lastLinkToken, "EXITED", []);
    },
    webhooks: [],
    webhooksDone: async () => void (await Promise.all(inFlight)),
    resetLogin(itemId) {
      for (const item of fake.items.values()) if (!itemId || item.id === itemId) item.loginRequired = true;
    },
    mutateDuringPagination: () => void (mutate = true),
    items: new Map(),
    pageSize: 10,
    calls: [],
    close: () => new Promise((resolve) => server.close(() => (rmSync(secretFile, { force: true }), resolve()))),
  };

  function itemBy(token: unknown): Item | undefined {
    return [...fake.items.values()].find((i) => i.accessToken === token);
  }

  async function route(p: string, b: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    if (b.client_id !== clientId || b.secret !== secret) return plaidError(400, "INVALID_INPUT", "INVALID_API_KEYS", "invalid client_id or secret provided");
    if (p === "/link/token/create") {
      if (!b.hosted_link) return plaidError(400, "INVALID_REQUEST", "INVALID_FIELD", "hosted_link expected by this fake");
      const update = typeof b.access_token === "string" ? b.access_token : undefined;
      if (update && b.products) return plaidError(400, "INVALID_REQUEST", "INVALID_FIELD", "products must be omitted in update mode");
      const token = `link-sandbox-${randomUUID()}`;
      linkTokens.set(token, { sessions: [], update, ...(typeof b.webhook === "string" ? { webhook: b.webhook } : {}) });
      lastLinkToken = token;
      return { status: 200, body: { link_token: token, expiration: "2026-10-25T10:30:00Z", hosted_link_url: `${fake.url}/hosted/${token}`, request_id: "r" } };
    }
    if (p === "/link/token/get") {
      const t = linkTokens.get(String(b.link_token));
      if (!t) return plaidError(400, "INVALID_INPUT", "INVALID_LINK_TOKEN", "invalid link token");
      if (t.update && t.sessions.length) for (const item of fake.items.values()) if (item.accessToken === t.update) item.loginRequired = false;
      return { status: 200, body: { link_token: b.link_token, link_sessions: t.sessions, request_id: "r" } };
    }
    if (p === "/item/public_token/exchange") {
      const pt = publicTokens.get(String(b.public_token));
      if (!pt || pt.used) return plaidError(400, "INVALID_INPUT", "INVALID_PUBLIC_TOKEN", "provided public token is in an invalid format or has expired");
      pt.used = true;
      const item: Item = { id: `item-${randomUUID()}`, accessToken: `access-sandbox-${randomUUID()}`, institution: pt.institution, loginRequired: false, ledger: ledgerFor() };
      fake.items.set(item.id, item);
      return { status: 200, body: { access_token: item.accessToken, item_id: item.id, request_id: "r" } };
    }
    const item = itemBy(b.access_token);
    if (!item) return plaidError(400, "INVALID_INPUT", "INVALID_ACCESS_TOKEN", "provided access token is in an invalid format");
    if (item.loginRequired && p !== "/item/remove") return plaidError(400, "ITEM_ERROR", "ITEM_LOGIN_REQUIRED", "the login details of this item have changed");
    const accounts = [
      { account_id: "acc-check", name: "Total Checking", mask: "0001", type: "depository", subtype: "checking", balances: { current: 2325.93, available: 2300, iso_currency_code: "USD" } },
      { account_id: "acc-card", name: "Sapphire", mask: "4242", type: "credit", subtype: "credit card", balances: { current: 410.2, available: 4589.8, iso_currency_code: "USD" } },
    ];
    if (p === "/accounts/get" || p === "/accounts/balance/get") return { status: 200, body: { accounts, item: { item_id: item.id }, request_id: "r" } };
    if (p === "/transactions/sync") {
      const start = typeof b.cursor === "string" && b.cursor ? Number(b.cursor.split(":")[1]) : 0;
      if (mutate && start > 0) {
        mutate = false;
        return plaidError(400, "TRANSACTIONS_ERROR", "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION", "underlying transaction data changed since last page was fetched");
      }
      const page = item.ledger.slice(start, start + fake.pageSize);
      const next = start + page.length;
      return { status: 200, body: { transactions_update_status: "HISTORICAL_UPDATE_COMPLETE", accounts, added: page, modified: [], removed: [], next_cursor: `c:${next}`, has_more: next < item.ledger.length, request_id: "r" } };
    }
    if (p === "/item/remove") {
      fake.items.delete(item.id);
      return { status: 200, body: { request_id: "r" } };
    }
    return plaidError(404, "INVALID_REQUEST", "NOT_FOUND", `no route ${p}`);
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const p = new URL(req.url ?? "/", "http://fake").pathname;
      fake.calls.push(p);
      if (p.startsWith("/hosted/")) return void res.writeHead(200, { "content-type": "text/html" }).end("<p>Plaid Link</p>");
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      } catch {
        body = {};
      }
      route(p, body).then((r) => res.writeHead(r.status, { "content-type": "application/json" }).end(JSON.stringify(r.body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
