// The fake must behave like comdirect where the connector relies on it, or
// the connector's tests prove nothing.
import { afterEach, describe, expect, it } from "vitest";
import { startComdirectFake, type ComdirectFake } from "../../fakes/comdirect/index.ts";

let fake: ComdirectFake;
afterEach(async () => fake?.close());

let requestNo = 100_000_000;
const info = () => JSON.stringify({ clientRequestId: { sessionId: "550e8400e29b11d4a716446655440000", requestId: String(requestNo++) } });

async function call(path: string, init: Omit<RequestInit, "headers"> & { token?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { "x-http-request-info": info(), Accept: "application/json", ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const res = await fetch(fake.url + path, { ...init, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

async function grant(form: Record<string, string>) {
  const c = fake.config;
  const body = new URLSearchParams({ client_id: c.clientId, client_secret: c.clientSecret, ...form });
  return call("/oauth/token", { method: "POST", body });
}

async function firstToken(): Promise<{ token: string; identifier: string }> {
  const res = await grant({ grant_type: "password", username: fake.config.zugangsnummer, password: fake.config.pin });
  const token = String(res.body?.access_token);
  const sessions = await call("/api/session/clients/user/v1/sessions", { token });
  return { token, identifier: String((sessions.body as unknown as { identifier: string }[])[0]?.identifier) };
}

const validate = (token: string, identifier: string) =>
  call(`/api/session/clients/user/v1/sessions/${identifier}/validate`, {
    method: "POST",
    token,
    body: JSON.stringify({ identifier, sessionTanActive: true, activated2FA: true }),
  });

describe("comdirect fake", () => {
  it("locks after five challenges without a correct TAN", async () => {
    fake = await startComdirectFake();
    const { token, identifier } = await firstToken();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await validate(token, identifier)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 422]);
    expect(fake.state.locked).toBe(true);
  });

  it("rejects the TWO_FACTOR token at banking endpoints", async () => {
    fake = await startComdirectFake();
    const { token } = await firstToken();
    expect((await call("/api/banking/clients/user/v2/accounts/balances", { token })).status).toBe(403);
  });

  it("rejects calls without a valid x-http-request-info header", async () => {
    fake = await startComdirectFake();
    const { token } = await firstToken();
    const res = await call("/api/session/clients/user/v1/sessions", { token, headers: { "x-http-request-info": "{}" } });
    expect(res.status).toBe(422);
  });

  it("answers 401 once the access token's 599 seconds are over", async () => {
    fake = await startComdirectFake();
    const { token } = await firstToken();
    fake.advance(600_000);
    expect((await call("/api/session/clients/user/v1/sessions", { token })).status).toBe(401);
  });

  it("applies comdirect's paging rules and 404s unknown accounts with an empty body", async () => {
    fake = await startComdirectFake({ transactions: 10 });
    const { token, identifier } = await firstToken();
    const challenge = JSON.parse((await validate(token, identifier)).headers.get("x-once-authentication-info") ?? "{}") as { id: string; challenge: string };
    expect(Buffer.from(challenge.challenge, "base64").subarray(1, 4).toString()).toBe("PNG");
    await call(`/api/session/clients/user/v1/sessions/${identifier}`, {
      method: "PATCH",
      token,
      headers: { "x-once-authentication-info": JSON.stringify({ id: challenge.id }), "x-once-authentication": fake.config.tan },
      body: JSON.stringify({ identifier, sessionTanActive: true, activated2FA: true }),
    });
    const banking = String((await grant({ grant_type: "cd_secondary", token })).body?.access_token);
    const tx = (q: string, id = fake.state.accounts[0]!.accountId) => call(`/api/banking/v1/accounts/${id}/transactions?${q}`, { token: banking });
    expect((await tx("paging-count=501")).body).toMatchObject({ messages: [{ key: "paging.invalid" }] });
    expect((await tx("paging-first=5&transactionState=BOTH")).body).toMatchObject({ messages: [{ key: "requestparameter.invalid" }] });
    expect((await tx("transactionState=BOOKED&paging-first=8&paging-count=500")).body).toMatchObject({ paging: { index: 8, matches: 10 } });
    const unknown = await tx("", "NOPE");
    expect([unknown.status, unknown.body]).toEqual([404, null]);
  });
});
