// A node:http stand-in for api.enablebanking.com, built from the reference's
// checklist (open-banking.md §1.10). Time comes from the fake's clock; the
// test plays the person at the bank with approve()/deny().
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { ACCOUNTS, ASPSPS, giroRows, savingsRows, type FakeTransaction } from "./data.ts";
import { jwtProblem } from "./jwt-check.ts";

interface Authorization {
  id: string;
  state: string;
  aspsp: { name: string; country: string };
  validUntil: string;
  redirectUrl: string;
  code?: string;
  codeIssuedAt?: number;
  used?: boolean;
}
interface Session {
  id: string;
  aspsp: { name: string; country: string };
  validUntil: string;
  status: "AUTHORIZED" | "CLOSED" | "REVOKED";
  uids: Map<string, string>; // uid → account key
}
export interface FakeReply {
  status: number;
  body: unknown;
}

export interface EnableBankingFake {
  url: string;
  appId: string;
  keyFile: string;
  redirectUrl: string;
  now(): Date;
  advance(ms: number): void;
  /** The person confirms at the bank: the address their browser is sent back to. */
  approve(authorizationId?: string): string;
  /** The person refuses at the bank. */
  deny(authorizationId?: string): string;
  lastAuthorization(): Authorization | undefined;
  sessions: Map<string, Session>;
  /** Requests that reached an account endpoint, per "uid endpoint", since the last reset. */
  reads: Map<string, number>;
  requests: { method: string; path: string }[];
  failNext(reply: FakeReply, match?: RegExp): void;
  /** Rows per page of /transactions. */
  pageSize: number;
  /** A bank that returns every row whatever date_from says. */
  ignoreDateFilter: boolean;
  /** Background reads allowed per account and endpoint a day (PSD2: 4). */
  dailyReads: number;
  addRows(accountKey: string, rows: FakeTransaction[]): void;
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;
// RSA key generation takes a good part of a second; one key serves every fake in a test file.
let keyPair: { privateKey: KeyObject; publicKey: KeyObject } | null = null;
const appKeyPair = () => (keyPair ??= generateKeyPairSync("rsa", { modulusLength: 2048 }));
const CODE_TTL_MS = 10 * 60_000;

function err(status: number, error: string, message = error, detail: unknown = null): FakeReply {
  return { status, body: { message, code: status, error, detail } };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : null;
}

export async function startEnableBankingFake(opts: { now?: Date; redirectUrl?: string } = {}): Promise<EnableBankingFake> {
  let clock = (opts.now ?? new Date("2026-11-20T10:00:00Z")).getTime();
  const appId = "cf589be3-3755-465b-a8df-a90a16a31403";
  const { privateKey, publicKey } = appKeyPair();
  const keyFile = path.join(os.tmpdir(), `kontor-eb-key-${process.pid}-${randomBytes(4).toString("hex")}.pem`);
  writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  const redirectUrl = opts.redirectUrl ?? "https://kontor.example.net/callback/enable-banking";
  const authorizations = new Map<string, Authorization>();
  const sessions = new Map<string, Session>();
  const reads = new Map<string, number>();
  const requests: { method: string; path: string }[] = [];
  const failures: { reply: FakeReply; match?: RegExp }[] = [];
  const extraRows = new Map<string, FakeTransaction[]>();
  let lastAuthId: string | undefined;
  let readsDay = Math.floor(clock / DAY_MS);

  const fake: EnableBankingFake = {
    url: "",
    appId,
    keyFile,
    redirectUrl,
    now: () => new Date(clock),
    advance: (ms) => {
      clock += ms;
    },
    approve(id = lastAuthId) {
      const a = authorizations.get(id ?? "");
      if (!a) throw new Error("no authorization to approve");
      a.code = randomBytes(16).toString("hex");
      a.codeIssuedAt = clock;
      return `${a.redirectUrl}?code=${a.code}&state=${encodeURIComponent(a.state)}`;
    },
    deny(id = lastAuthId) {
      const a = authorizations.get(id ?? "");
      if (!a) throw new Error("no authorization to deny");
      return `${a.redirectUrl}?error=access_denied&error_description=${encodeURIComponent("PSU cancelled the authorisation")}&state=${encodeURIComponent(a.state)}`;
    },
    lastAuthorization: () => authorizations.get(lastAuthId ?? ""),
    sessions,
    reads,
    requests,
    failNext(reply, match) {
      failures.push({ reply, match });
    },
    pageSize: 25,
    ignoreDateFilter: false,
    dailyReads: 4,
    addRows(key, rows) {
      extraRows.set(key, [...(extraRows.get(key) ?? []), ...rows]);
    },
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          rmSync(keyFile, { force: true });
          resolve();
        }),
      ),
  };

  // Accounts keep their identification_hash across sessions; uids are new each time.
  const hashOf = (aspsp: string, key: string) => `${Buffer.from(`["account","${key}"]`).toString("base64url")}.${createHash("sha256").update(`${aspsp}/${key}`).digest("base64")}`;
  const rowsOf = (key: string): FakeTransaction[] => [...(key === "giro" ? giroRows(new Date(clock)) : savingsRows(new Date(clock))), ...(extraRows.get(key) ?? [])];

  function accountResource(s: Session, uid: string | null, key: string) {
    const a = ACCOUNTS.find((x) => x.key === key)!;
    return {
      ...(uid ? { uid } : {}),
      account_id: { iban: a.iban },
      all_account_ids: a.iban ? [{ identification: a.iban, scheme_name: "IBAN" }] : [],
      account_servicer: { bic_fi: "COBADEFFXXX", name: s.aspsp.name },
      name: a.name,
      currency: a.currency,
      cash_account_type: a.cash_account_type,
      usage: "PRIV",
      identification_hash: hashOf(s.aspsp.name, key),
      identification_hashes: [hashOf(s.aspsp.name, key)],
    };
  }

  function sessionFor(uid: string): { s: Session; key: string } | FakeReply {
    for (const s of sessions.values()) {
      const key = s.uids.get(uid);
      if (!key) continue;
      if (s.status !== "AUTHORIZED") return err(401, "CLOSED_SESSION", "Session is closed");
      if (new Date(s.validUntil).getTime() <= clock) return err(401, "EXPIRED_SESSION", "Session expired");
      return { s, key };
    }
    return err(404, "ACCOUNT_DOES_NOT_EXIST", "Account does not exist");
  }

  function countRead(uid: string, endpoint: string, continuation: boolean): FakeReply | null {
    const today = Math.floor(clock / DAY_MS);
    if (today !== readsDay) {
      reads.clear();
      readsDay = today;
    }
    // Paging in quick succession is part of the same read.
    if (continuation) return null;
    const k = `${uid} ${endpoint}`;
    const n = (reads.get(k) ?? 0) + 1;
    reads.set(k, n);
    if (n > fake.dailyReads) return err(429, "ASPSP_RATE_LIMIT_EXCEEDED", "Too many requests", { message: "Too many requests", error_name: "RateLimitException", error_data: {} });
    return null;
  }

  async function route(req: IncomingMessage, url: URL): Promise<FakeReply> {
    const p = url.pathname;
    if (req.method === "GET" && p === "/application")
      return { status: 200, body: { name: "Kontor (home)", kid: appId, environment: "PRODUCTION", redirect_urls: [redirectUrl], active: true, countries: ["DE", "FI"], services: ["AIS"] } };
    if (req.method === "GET" && p === "/aspsps") {
      const country = url.searchParams.get("country");
      const psu = url.searchParams.get("psu_type");
      const list = ASPSPS.filter((a) => (!country || a.country === country) && (!psu || a.psu_types.includes(psu)));
      return { status: 200, body: { aspsps: list.map((a) => ({ ...a, logo: `https://enablebanking.com/brands/${a.country}/${encodeURIComponent(a.name)}/`, auth_methods: [] })) } };
    }
    if (req.method === "POST" && p === "/auth") {
      const body = (await readJson(req)) as Record<string, unknown> | null;
      const access = body?.access as { valid_until?: string } | undefined;
      const aspsp = body?.aspsp as { name?: string; country?: string } | undefined;
      if (!access?.valid_until || !aspsp?.name || !aspsp.country || typeof body?.state !== "string" || typeof body?.redirect_url !== "string")
        return err(422, "WRONG_REQUEST_PARAMETERS", "access, aspsp, state and redirect_url are required");
      if (body.redirect_url !== redirectUrl) return err(422, "REDIRECT_URI_NOT_ALLOWED", "Redirect URI not allowed");
      const bank = ASPSPS.find((a) => a.name === aspsp.name && a.country === aspsp.country);
      if (!bank) return err(422, "WRONG_ASPSP_PROVIDED", "Wrong ASPSP name or country provided");
      const until = Date.parse(access.valid_until);
      if (!Number.isFinite(until) || until <= clock || until > clock + bank.maximum_consent_validity * 1000)
        return err(422, "WRONG_REQUEST_PARAMETERS", "valid_until is beyond the ASPSP's maximum consent validity");
      const id = randomBytes(16).toString("hex");
      authorizations.set(id, { id, state: body.state, aspsp: { name: bank.name, country: bank.country }, validUntil: new Date(until).toISOString(), redirectUrl: body.redirect_url });
      lastAuthId = id;
      return { status: 200, body: { url: `${fake.url}/bank/${id}`, authorization_id: id, psu_id_hash: createHash("sha256").update(id).digest("hex") } };
    }
    if (req.method === "POST" && p === "/sessions") {
      const body = (await readJson(req)) as { code?: string } | null;
      const a = [...authorizations.values()].find((x) => x.code && x.code === body?.code);
      if (!a) return err(422, "WRONG_AUTHORIZATION_CODE", "Wrong authorization code");
      if (a.used) return err(422, "ALREADY_AUTHORIZED", "Session already authorized");
      if (clock - (a.codeIssuedAt ?? 0) > CODE_TTL_MS) return err(422, "EXPIRED_AUTHORIZATION_CODE", "Authorization code expired");
      a.used = true;
      const s: Session = { id: randomBytes(16).toString("hex"), aspsp: a.aspsp, validUntil: a.validUntil, status: "AUTHORIZED", uids: new Map() };
      const resources = ACCOUNTS.map((acc) => {
        const uid = acc.blocked ? null : randomBytes(12).toString("hex");
        if (uid) s.uids.set(uid, acc.key);
        return accountResource(s, uid, acc.key);
      });
      sessions.set(s.id, s);
      return { status: 200, body: { session_id: s.id, accounts: resources, aspsp: s.aspsp, psu_type: "personal", access: { valid_until: s.validUntil } } };
    }
    const sessionPath = /^\/sessions\/([^/]+)$/.exec(p);
    if (sessionPath) {
      const s = sessions.get(sessionPath[1]!);
      if (!s) return err(404, "SESSION_DOES_NOT_EXIST", "Session does not exist");
      if (req.method === "DELETE") {
        s.status = "CLOSED";
        return { status: 200, body: { message: "OK" } };
      }
      const status = s.status === "AUTHORIZED" && new Date(s.validUntil).getTime() <= clock ? "EXPIRED" : s.status;
      return { status: 200, body: { status, access: { valid_until: s.validUntil }, accounts: [...s.uids.keys()], aspsp: s.aspsp } };
    }
    const accountPath = /^\/accounts\/([^/]+)\/(balances|transactions)$/.exec(p);
    if (accountPath && req.method === "GET") {
      const [, uid, endpoint] = accountPath as unknown as [string, string, string];
      const found = sessionFor(uid);
      if ("status" in found) return found;
      const continuation = url.searchParams.get("continuation_key");
      const limited = countRead(uid, endpoint, Boolean(continuation));
      if (limited) return limited;
      const account = ACCOUNTS.find((a) => a.key === found.key)!;
      if (endpoint === "balances")
        return { status: 200, body: { balances: [{ name: "Booked", balance_amount: { currency: "EUR", amount: account.balance }, balance_type: "CLBD", reference_date: new Date(clock).toISOString().slice(0, 10) }] } };
      const from = url.searchParams.get("date_from");
      if (from && from > new Date(clock).toISOString().slice(0, 10)) return err(422, "DATE_FROM_IN_FUTURE", "date_from is in the future");
      const rows = rowsOf(found.key).filter((r) => fake.ignoreDateFilter || !from || !r.booking_date || r.booking_date >= from);
      const start = continuation ? Number(continuation.replace(/^page-/, "")) : 0;
      if (!Number.isInteger(start) || start < 0) return err(422, "WRONG_CONTINUATION_KEY", "Wrong continuation key");
      const page = rows.slice(start, start + fake.pageSize);
      const next = start + fake.pageSize < rows.length ? `page-${start + fake.pageSize}` : null;
      return { status: 200, body: { transactions: page, continuation_key: next } };
    }
    return err(404, "NOT_FOUND", `no route for ${req.method} ${p}`);
  }

  const publicKeyObject: KeyObject = publicKey;
  const server = createServer((req, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push({ method: req.method ?? "GET", path: url.pathname });
    const send = (r: FakeReply) => {
      if (typeof r.body === "string") {
        res.writeHead(r.status, { "content-type": "text/html" }).end(r.body);
        return;
      }
      res.writeHead(r.status, { "content-type": "application/json" }).end(JSON.stringify(r.body));
    };
    if (url.pathname.startsWith("/bank/")) {
      // The bank's own page; a browser would be redirected from here.
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Fake bank: confirm access</body></html>");
      return;
    }
    const problem = jwtProblem(req.headers.authorization, appId, publicKeyObject, Math.floor(clock / 1000));
    if (problem) return send(err(401, "UNAUTHORIZED_ACCESS", `Unauthorized: ${problem}`));
    const failure = failures.findIndex((f) => !f.match || f.match.test(`${req.method} ${url.pathname}`));
    if (failure >= 0) return send(failures.splice(failure, 1)[0]!.reply);
    route(req, url).then(send, (e: unknown) => send(err(500, "INTERNAL", String(e))));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
