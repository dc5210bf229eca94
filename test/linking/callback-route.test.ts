// The bank return address against a real PostgreSQL: two "replicas" (two
// servers on one database), the person's language on the page, and every way
// a state can be refused. What the browser gets is read as a browser would.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { Vault } from "../../src/vault/vault.ts";
import { createLinkStates, STATE_TTL_MS } from "../../src/linking/link-states.ts";
import { callbackRoute } from "../../src/linking/callback-route.ts";

describe("coming back from the bank (/callback/<provider>)", () => {
  let t: TestDatabase;
  let clock = new Date("2026-11-20T10:00:00Z").getTime();
  const now = () => new Date(clock);
  const vault = new Vault(randomBytes(32));
  const lines: string[] = [];
  const logger = pino({ level: "debug" }, { write: (l: string) => void lines.push(l) });
  const servers: http.Server[] = [];
  const urls: string[] = [];
  let ana: string;
  let ben: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    ana = (await t.db.user.create({ data: { telegramId: 71n, chatId: 71n, locale: "de" } })).id;
    ben = (await t.db.user.create({ data: { telegramId: 72n, chatId: 72n, locale: "en" } })).id;
    // Two replicas: each with its own LinkStates over the same database.
    for (let i = 0; i < 2; i++) {
      const route = callbackRoute({ states: createLinkStates({ db: t.db, vault, now, publicUrl: "https://kontor.example.net" }), logger });
      const server = http.createServer((req, res) => void (route(req, res) || res.writeHead(404).end()));
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
    await t?.drop();
  });

  const states = () => createLinkStates({ db: t.db, vault, now, publicUrl: "https://kontor.example.net" });
  const get = async (base: string, path: string, init?: RequestInit) => {
    const res = await fetch(`${base}${path}`, { redirect: "manual", ...init });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };

  it("hands the code to the person's flow on another replica, once, with a page in their language that leaks nothing", async () => {
    const flow = states().forPerson(ana, "enable-banking", "de");
    const { state, redirectUrl } = await flow.open();
    expect(redirectUrl).toBe("https://kontor.example.net/callback/enable-banking");
    expect(await flow.take(state)).toBeNull();

    const code = `code-${randomBytes(8).toString("hex")}`;
    const page = await get(urls[0]!, `/callback/enable-banking?code=${code}&state=${state}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Fertig");
    expect(page.body).toContain("Telegram");
    expect(page.body).not.toContain(code);
    expect(page.body).not.toContain(state);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");

    // The database holds neither the state nor the code in plaintext.
    const rows = await t.db.linkState.findMany();
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(JSON.stringify(rows)).not.toContain(state);

    // Another replica's flow object reads it; a second take gets nothing.
    const other = states().forPerson(ana, "enable-banking", "de");
    expect(await other.take(state)).toEqual({ code });
    expect(await flow.take(state)).toBeNull();
    expect((await t.db.linkState.findFirstOrThrow({ where: { userId: ana, usedAt: { not: null } } })).result).toBeNull();

    // The same address again (a reload, or someone replaying it) is refused on either replica.
    for (const base of urls) {
      const again = await get(base, `/callback/enable-banking?code=${code}&state=${state}`);
      expect(again.status).toBe(400);
      expect(again.body).toContain("no longer valid");
    }
    const log = lines.join("");
    expect(log).toContain('"reason":"replayed"');
    expect(log).not.toContain(code);
    expect(log).not.toContain(state);
  });

  it("refuses another person's, another provider's, an unknown, an expired and a malformed state", async () => {
    const anas = states().forPerson(ana, "enable-banking", "de");
    const { state } = await anas.open();
    // Ben cannot take Ana's answer, nor claim her state by pasting it.
    await get(urls[1]!, `/callback/enable-banking?code=abc&state=${state}`);
    const bens = states().forPerson(ben, "enable-banking", "en");
    expect(await bens.take(state)).toBeNull();
    expect(await bens.claimPasted(state)).toBe("foreign");
    expect(await anas.take(state)).toEqual({ code: "abc" });

    const fresh = await anas.open();
    expect((await get(urls[0]!, `/callback/gocardless?code=x&state=${fresh.state}`)).status).toBe(400);
    expect((await get(urls[0]!, `/callback/enable-banking?code=x&state=${randomBytes(32).toString("base64url")}`)).status).toBe(400);
    expect((await get(urls[0]!, `/callback/enable-banking?code=x`)).status).toBe(400);
    // A link preview's HEAD does not use the state up.
    expect((await get(urls[0]!, `/callback/enable-banking?code=x&state=${fresh.state}`, { method: "HEAD" })).status).toBe(200);
    clock += STATE_TTL_MS + 1;
    const late = await get(urls[0]!, `/callback/enable-banking?code=x&state=${fresh.state}`, { headers: { "accept-language": "de-DE,de;q=0.9" } });
    expect(late.status).toBe(400);
    expect(late.body).toContain("nicht mehr gültig");
    expect(await anas.claimPasted(fresh.state)).toBe("expired");
    const log = lines.join("");
    for (const reason of ["foreign", "unknown", "malformed", "expired"]) expect(log).toContain(`"reason":"${reason}"`);
  });

  it("passes on that the bank said no, and says so on the page", async () => {
    const flow = states().forPerson(ben, "gocardless", "en");
    const { state } = await flow.open();
    // GoCardless sends the requisition's reference as `ref`.
    const page = await get(urls[0]!, `/callback/gocardless?ref=${state}&error=UserCancelledSession&details=User+cancelled`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("did not grant access");
    expect(await flow.take(state)).toEqual({ error: "UserCancelledSession", errorDescription: "User cancelled" });
  });

  it("a pasted address uses the state up, so the served return cannot come after it", async () => {
    const flow = states().forPerson(ben, "enable-banking", "en");
    const { state } = await flow.open();
    expect(await flow.claimPasted(state)).toBe("ok");
    expect(await flow.claimPasted(state)).toBe("replayed");
    expect((await get(urls[0]!, `/callback/enable-banking?code=x&state=${state}`)).status).toBe(400);
  });

  it("other paths are left to the server", async () => {
    expect((await get(urls[0]!, "/healthz")).status).toBe(404);
    expect((await get(urls[0]!, "/callback/")).status).toBe(404);
  });
});
