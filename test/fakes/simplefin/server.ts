// A node:http SimpleFIN Bridge from the reference's checklist (open-banking.md
// §2.9): one-time claim URLs, Basic auth on /accounts, start inclusive / end
// exclusive, pending only when asked, ranges over 90 days capped with a
// gen.api note, version=2 shapes, and injectable 402/429/con.auth.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeSfTransaction {
  id: string;
  posted: number;
  amount: string;
  description: string;
  payee?: string;
  transacted_at?: number;
  pending?: boolean;
}
export interface FakeSfAccount {
  id: string;
  name: string;
  conn_id: string;
  currency: string;
  balance: string;
  transactions: FakeSfTransaction[];
}

export interface SimplefinFake {
  url: string;
  /** A fresh Setup Token (Base64 of a one-time claim URL). */
  setupToken(): string;
  accounts: FakeSfAccount[];
  connections: { conn_id: string; name: string }[];
  /** Calls to /accounts with their query, for checking windows and call counts. */
  calls: URLSearchParams[];
  now(): Date;
  advance(ms: number): void;
  failNext(status: number, body?: unknown): void;
  /** Adds a con.auth error for one connection; its accounts come without transactions. */
  needsAttention(connId: string | null): void;
  close(): Promise<void>;
}

const DAY_S = 86_400;

export async function startSimplefinFake(opts: { now?: Date } = {}): Promise<SimplefinFake> {
  let clock = (opts.now ?? new Date("2026-11-20T15:00:00Z")).getTime();
  const claims = new Map<string, boolean>();
  const user = "sfuser";
  const pass = randomBytes(12).toString("hex");
  const failures: { status: number; body: unknown }[] = [];
  let attention: string | null = null;
  const nowS = () => Math.floor(clock / 1000);
  const at = (daysAgo: number) => nowS() - daysAgo * DAY_S - 3600;

  const fake: SimplefinFake = {
    url: "",
    setupToken() {
      const id = randomBytes(8).toString("hex");
      claims.set(id, false);
      return Buffer.from(`${fake.url}/simplefin/claim/${id}`).toString("base64");
    },
    connections: [
      { conn_id: "CON-1", name: "Bank of America" },
      { conn_id: "CON-2", name: "Frost Bank" },
    ],
    accounts: [
      {
        id: "ACT-1", name: "Adv Plus Banking", conn_id: "CON-1", currency: "USD", balance: "2512.10",
        transactions: [
          ...Array.from({ length: 130 }, (_, i) => ({ id: `TRN-1-${i}`, posted: at(130 - i), amount: i % 10 === 0 ? "2400.00" : `-${10 + (i % 7)}.${String(i % 100).padStart(2, "0")}`, description: i % 10 === 0 ? "ACME CORP DES:PAYROLL PPD" : `CHECKCARD ${i} SAFEWAY #1234 SAN JOSE CA`, payee: i % 10 === 0 ? "ACME Corp" : "Safeway" })),
          { id: "TRN-1-p", posted: 0, amount: "-4.75", description: "SQ *BLUE BOTTLE", payee: "Blue Bottle", transacted_at: at(0), pending: true },
        ],
      },
      { id: "ACT-2", name: "Savings", conn_id: "CON-2", currency: "USD", balance: "10000.00", transactions: [{ id: "TRN-2-1", posted: at(5), amount: "0.42", description: "INTEREST" }] },
    ],
    calls: [],
    now: () => new Date(clock),
    advance: (ms) => {
      clock += ms;
    },
    failNext: (status, body = { errors: [] }) => void failures.push({ status, body }),
    needsAttention: (c) => {
      attention = c;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  function accounts(q: URLSearchParams): { status: number; body: unknown } {
    fake.calls.push(q);
    const failure = failures.shift();
    if (failure) return failure;
    const balancesOnly = q.has("balances-only");
    let start = q.has("start-date") ? Number(q.get("start-date")) : nowS() - 30 * DAY_S;
    const end = q.has("end-date") ? Number(q.get("end-date")) : nowS() + 1;
    const errlist: { code: string; msg: string; conn_id?: string }[] = [];
    if (end - start > 90 * DAY_S) {
      start = end - 90 * DAY_S;
      errlist.push({ code: "gen.api", msg: "Requested date range exceeds limit of 90 days and was capped." });
    }
    if (attention) errlist.push({ code: "con.auth", msg: `Authentication failed for ${fake.connections.find((c) => c.conn_id === attention)?.name}`, conn_id: attention });
    const wanted = q.getAll("account");
    const list = fake.accounts
      .filter((a) => wanted.length === 0 || wanted.includes(a.id))
      .map((a) => ({
        id: a.id, name: a.name, conn_id: a.conn_id, currency: a.currency, balance: a.balance, "available-balance": a.balance, "balance-date": nowS() - 600,
        ...(balancesOnly
          ? {}
          : {
              transactions:
                a.conn_id === attention
                  ? []
                  : a.transactions.filter((t) => (t.pending ? q.has("pending") : t.posted >= start && t.posted < end)),
            }),
      }));
    const v2 = q.get("version") === "2";
    return { status: 200, body: v2 ? { errlist, connections: fake.connections, accounts: list } : { errors: errlist.map((e) => e.msg), accounts: list } };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const claim = /^\/simplefin\/claim\/(\w+)$/.exec(url.pathname);
    if (claim && req.method === "POST") {
      if (claims.get(claim[1]!) !== false) return res.writeHead(403).end("Forbidden");
      claims.set(claim[1]!, true);
      return res.writeHead(200, { "content-type": "text/plain" }).end(`${fake.url.replace("://", `://${user}:${pass}@`)}/simplefin\n`);
    }
    if (url.pathname === "/simplefin/create") return res.writeHead(200, { "content-type": "text/html" }).end("<p>Your Setup Token: …</p>");
    if (url.pathname === "/simplefin/info") return json(200, { versions: ["1.0", "2.0"] });
    if (url.pathname === "/simplefin/accounts" && req.method === "GET") {
      const expected = `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
      if (req.headers.authorization !== expected) return res.writeHead(403).end("Forbidden");
      const r = accounts(url.searchParams);
      return json(r.status, r.body);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
