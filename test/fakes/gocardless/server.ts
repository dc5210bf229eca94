// A node:http GoCardless Bank Account Data from the reference's checklist
// (connectors.md §2.6): tokens, institutions, agreements, requisitions whose
// status the test moves (CR → LN or RJ), accounts with a per-account,
// per-scope daily limit that counts only successes, and expiring agreements.
import { randomBytes, randomUUID } from "node:crypto";
import { writeFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

interface Requisition {
  id: string;
  status: string;
  link: string;
  accounts: string[];
  agreement: string;
  institution_id: string;
  redirect: string;
  reference: string;
}
interface Account {
  id: string;
  iban: string;
  name: string;
  balance: string;
  requisition: string;
}

export interface GocardlessFake {
  url: string;
  secretId: string;
  keyFile: string;
  now(): Date;
  advance(ms: number): void;
  /** The person finished at the bank: the requisition is linked with two accounts. */
  complete(requisitionId?: string): void;
  reject(requisitionId?: string): void;
  lastRequisition(): Requisition | undefined;
  /** Where the bank sends the browser afterwards: `redirect?ref=<reference>`, with `error` and `details` when the person cancelled. */
  returnUrl(opts?: { cancelled?: boolean; requisitionId?: string }): string;
  dailyLimit: number;
  /** Names of accounts whose details carry no IBAN (some cards and savings accounts). */
  withoutIban: Set<string>;
  tokensIssued: number;
  requests: string[];
  failNext(status: number, body: unknown, match?: RegExp): void;
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;
const INSTITUTIONS = [
  { id: "SANDBOXFINANCE_SFIN0000", name: "Sandbox Finance", bic: "SFIN0000", transaction_total_days: "90", max_access_valid_for_days: "90", countries: ["DE"], logo: "" },
  { id: "N26_NTSBDEB1", name: "N26 Bank", bic: "NTSBDEB1", transaction_total_days: "730", max_access_valid_for_days: "180", countries: ["DE"], logo: "" },
];

export async function startGocardlessFake(opts: { now?: Date } = {}): Promise<GocardlessFake> {
  let clock = (opts.now ?? new Date("2026-11-20T10:00:00Z")).getTime();
  const secretId = "sandbox-secret-id";
  const secretKey = randomBytes(24).toString("hex");
  const keyFile = path.join(os.tmpdir(), `kontor-gc-key-${process.pid}-${randomBytes(4).toString("hex")}`);
  writeFileSync(keyFile, `${secretKey}\n`, { mode: 0o600 });
  const access = new Map<string, number>(); // token → valid until
  const agreements = new Map<string, { until: number; days: number }>();
  const requisitions = new Map<string, Requisition>();
  const accounts = new Map<string, Account>();
  const counters = new Map<string, number>();
  const failures: { status: number; body: unknown; match?: RegExp }[] = [];
  let last: string | undefined;

  const fake: GocardlessFake = {
    url: "",
    secretId,
    keyFile,
    now: () => new Date(clock),
    advance: (ms) => void (clock += ms),
    complete(id = last) {
      const r = requisitions.get(id ?? "")!;
      r.status = "LN";
      for (const [n, iban, name, balance] of [[1, "DE89370400440532013000", "Girokonto", "1523.40"], [2, "DE02120300000000202051", "Tagesgeld", "5000.00"]] as const) {
        const accId = randomUUID();
        accounts.set(accId, { id: accId, iban, name, balance, requisition: r.id });
        r.accounts.push(accId);
        void n;
      }
    },
    reject(id = last) {
      requisitions.get(id ?? "")!.status = "RJ";
    },
    lastRequisition: () => requisitions.get(last ?? ""),
    returnUrl(opts = {}) {
      const r = requisitions.get(opts.requisitionId ?? last ?? "")!;
      const q = new URLSearchParams({ ref: r.reference, ...(opts.cancelled ? { error: "UserCancelledSession", details: "User cancelled the session." } : {}) });
      return `${r.redirect}?${q}`;
    },
    dailyLimit: 4,
    withoutIban: new Set(),
    tokensIssued: 0,
    requests: [],
    failNext: (status, body, match) => void failures.push({ status, body, match }),
    close: () => new Promise((resolve) => server.close(() => (rmSync(keyFile, { force: true }), resolve()))),
  };

  const day = () => Math.floor(clock / DAY_MS);
  const rows = (acc: Account) => {
    const d = (n: number) => new Date(clock - n * DAY_MS).toISOString().slice(0, 10);
    if (acc.name === "Tagesgeld") return { booked: [{ transactionId: `${acc.iban}-int`, bookingDate: d(3), valueDate: d(3), transactionAmount: { amount: "1.25", currency: "EUR" }, remittanceInformationUnstructured: "Zinsen" }], pending: [] };
    return {
      booked: [
        { transactionId: `${acc.iban}-1`, bookingDate: d(20), valueDate: d(20), transactionAmount: { amount: "-45.00", currency: "EUR" }, creditorName: "Stadtwerke Musterstadt", creditorAccount: { iban: "DE02370501980001802057" }, remittanceInformationUnstructured: "Abschlag Strom", bankTransactionCode: "PMNT" },
        { transactionId: `${acc.iban}-2`, bookingDate: d(10), valueDate: d(10), transactionAmount: { amount: "2500.00", currency: "EUR" }, debtorName: "ACME GmbH", debtorAccount: { iban: "DE02200505501015871393" }, remittanceInformationUnstructured: "Gehalt" },
        // No transactionId: deduplicated by content.
        { internalTransactionId: null, bookingDate: d(5), valueDate: d(5), transactionAmount: { amount: "-12.30", currency: "EUR" }, creditorName: "REWE", remittanceInformationUnstructured: "REWE SAGT DANKE" },
      ],
      pending: [{ transactionAmount: { amount: "-7.99", currency: "EUR" }, valueDate: d(0), remittanceInformationUnstructured: "Kartenzahlung offen" }],
    };
  };

  async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  async function route(req: IncomingMessage, url: URL): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const p = url.pathname.replace(/\/?$/, "/");
    if (req.method === "POST" && p === "/api/v2/token/new/") {
      const b = await body(req);
      if (b.secret_id !== secretId || b.secret_key !== secretKey) return { status: 401, body: { summary: "Authentication failed", detail: "No active account found with the given credentials", status_code: 401 } };
      const token = randomBytes(16).toString("hex");
      access.set(token, clock + DAY_MS);
      fake.tokensIssued++;
      return { status: 200, body: { access: token, access_expires: 86400, refresh: `r-${token}`, refresh_expires: 2592000 } };
    }
    if (req.method === "POST" && p === "/api/v2/token/refresh/") {
      const token = randomBytes(16).toString("hex");
      access.set(token, clock + DAY_MS);
      return { status: 200, body: { access: token, access_expires: 86400 } };
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || (access.get(bearer) ?? 0) <= clock) return { status: 401, body: { summary: "Invalid token", detail: "Token is invalid or expired", status_code: 401 } };
    if (req.method === "GET" && p === "/api/v2/institutions/") {
      const country = url.searchParams.get("country")?.toUpperCase();
      if (country !== "DE") return { status: 200, body: [] };
      return { status: 200, body: INSTITUTIONS };
    }
    const inst = /^\/api\/v2\/institutions\/([^/]+)\/$/.exec(p);
    if (req.method === "GET" && inst) {
      const found = INSTITUTIONS.find((i) => i.id === inst[1]);
      return found ? { status: 200, body: found } : { status: 404, body: { summary: "Not found.", detail: "Not found.", status_code: 404 } };
    }
    if (req.method === "POST" && p === "/api/v2/agreements/enduser/") {
      const b = await body(req);
      const days = Number(b.access_valid_for_days);
      if (!(days > 0 && days <= 180)) return { status: 400, body: { access_valid_for_days: { summary: "Incorrect access_valid_for_days", detail: "access_valid_for_days must be > 0 and <= 180" }, status_code: 400 } };
      const id = randomUUID();
      agreements.set(id, { until: clock + days * DAY_MS, days });
      return { status: 201, body: { id, created: new Date(clock).toISOString(), institution_id: b.institution_id, max_historical_days: b.max_historical_days, access_valid_for_days: days, access_scope: b.access_scope, accepted: null } };
    }
    if (req.method === "POST" && p === "/api/v2/requisitions/") {
      const b = await body(req);
      const id = randomUUID();
      if ([...requisitions.values()].some((x) => x.reference === b.reference))
        return { status: 400, body: { reference: { summary: "Client reference must be unique", detail: "Client reference must be unique" }, status_code: 400 } };
      const r: Requisition = {
        id,
        status: "CR",
        link: `${fake.url}/psd2/start/${id}/${String(b.institution_id)}`,
        accounts: [],
        agreement: String(b.agreement),
        institution_id: String(b.institution_id),
        redirect: String(b.redirect),
        reference: String(b.reference),
      };
      requisitions.set(id, r);
      last = id;
      return { status: 201, body: { ...r, created: new Date(clock).toISOString() } };
    }
    const req2 = /^\/api\/v2\/requisitions\/([^/]+)\/$/.exec(p);
    if (req2) {
      const r = requisitions.get(req2[1]!);
      if (!r) return { status: 404, body: { summary: "Not found.", detail: "Not found.", status_code: 404 } };
      if (req.method === "DELETE") {
        requisitions.delete(r.id);
        return { status: 200, body: { summary: "Requisition deleted", detail: `Requisition ${r.id} deleted with all its End User Agreements` } };
      }
      return { status: 200, body: r };
    }
    const acc = /^\/api\/v2\/accounts\/([^/]+)\/(details|balances|transactions)\/$/.exec(p);
    if (acc && req.method === "GET") {
      const a = accounts.get(acc[1]!);
      if (!a) return { status: 400, body: { summary: "Invalid Account ID", detail: "Account ID is invalid", status_code: 400 } };
      const agreement = agreements.get(requisitions.get(a.requisition)?.agreement ?? "");
      if (!agreement || agreement.until <= clock) return { status: 401, body: { summary: "End User Agreement (EUA) has expired", detail: "EUA has expired", status_code: 401 } };
      const key = `${day()} ${a.id} ${acc[2]}`;
      const used = counters.get(key) ?? 0;
      const resetS = String(Math.ceil(((day() + 1) * DAY_MS - clock) / 1000));
      if (used >= fake.dailyLimit)
        return { status: 429, body: { summary: `Couldn't update ${acc[2]}`, detail: "Daily request limit set by the Institution has been exceeded.", type: "RateLimitError" }, headers: { HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_LIMIT: String(fake.dailyLimit), HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING: "0", HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET: resetS } };
      counters.set(key, used + 1); // only successes count
      const headers = { HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_LIMIT: String(fake.dailyLimit), HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_REMAINING: String(fake.dailyLimit - used - 1), HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET: resetS };
      if (acc[2] === "details") return { status: 200, body: { account: { resourceId: a.id, ...(fake.withoutIban.has(a.name) ? {} : { iban: a.iban }), currency: "EUR", name: a.name, cashAccountType: a.name === "Tagesgeld" ? "SVGS" : "CACC" } }, headers };
      if (acc[2] === "balances") return { status: 200, body: { balances: [{ balanceAmount: { amount: a.balance, currency: "EUR" }, balanceType: "closingBooked", referenceDate: new Date(clock).toISOString().slice(0, 10) }] }, headers };
      const from = url.searchParams.get("date_from");
      if (from && from > new Date(clock).toISOString().slice(0, 10)) return { status: 400, body: { date_from: { summary: "Date can't be in future", detail: "Date can't be in future" }, status_code: 400 } };
      const all = rows(a);
      return { status: 200, body: { transactions: { booked: all.booked.filter((t) => !from || t.bookingDate >= from), pending: all.pending } }, headers };
    }
    return { status: 404, body: { summary: "Not found.", detail: `no route ${req.method} ${p}`, status_code: 404 } };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake");
    fake.requests.push(`${req.method} ${url.pathname}`);
    const i = failures.findIndex((f) => !f.match || f.match.test(`${req.method} ${url.pathname}`));
    const send = (r: { status: number; body: unknown; headers?: Record<string, string> }) => res.writeHead(r.status, { "content-type": "application/json", ...r.headers }).end(JSON.stringify(r.body));
    if (i >= 0) return send(failures.splice(i, 1)[0]!);
    route(req, url).then(send, (e: unknown) => send({ status: 500, body: { summary: "UnknownRequestError", detail: String(e), status_code: 500 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
