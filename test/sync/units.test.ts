import { describe, expect, it } from "vitest";
import { ConnectorError, type ConnectorErrorReason } from "../../connectors/errors.ts";
import { createConnectorRegistry, UnknownConnectorError } from "../../connectors/registry.ts";
import { catalogKeys, hasMessage } from "../../src/i18n/index.ts";
import { errorKind, errorText, needsReauth, reasonText } from "../../src/sync/error-text.ts";
import { backoffMs, isTransient, withRetry } from "../../src/sync/retry.ts";
import { VaultError } from "../../src/vault/vault.ts";
import { createFakeBank } from "../fakes/fake-connector.ts";

describe("connector registry", () => {
  it("finds connectors by id, throws a typed error for unknown ones and lists only available ones", () => {
    const a = createFakeBank({ id: "a" }).connector;
    const b = { ...createFakeBank({ id: "b" }).connector, isAvailable: (s: Record<string, string | undefined>) => Boolean(s.B_KEY) };
    const registry = createConnectorRegistry([a, b]);
    expect(registry.get("a")).toBe(a);
    expect(registry.get("zzz")).toBeUndefined();
    expect(() => registry.require("zzz")).toThrow(UnknownConnectorError);
    expect(registry.list({}).map((c) => c.id)).toEqual(["a"]);
    expect(registry.list({ B_KEY: "x" }).map((c) => c.id)).toEqual(["a", "b"]);
    expect(() => createConnectorRegistry([a, a])).toThrow(/twice/);
  });
});

describe("error texts", () => {
  const reasons: ConnectorErrorReason[] = ["Unauthorized", "ConsentExpired", "RateLimited", "Unavailable", "BadResponse"];

  it("give every failure a translated text in English and German", () => {
    const de = new Set(catalogKeys("de"));
    for (const err of [...reasons.map((r) => new ConnectorError(r, "x")), new VaultError("x"), new UnknownConnectorError("x"), new Error("x"), "string"]) {
      const m = errorText(err);
      expect(hasMessage(m.key)).toBe(true);
      expect(de.has(m.key)).toBe(true);
    }
    for (const r of reasons) expect(reasonText(r)).toEqual(errorText(new ConnectorError(r, "x")));
  });

  it("never leak an unknown error's message to the person", () => {
    expect(errorText(new Error("password=hunter2"))).toEqual({ key: "sync.error.unknown" });
    expect(errorKind(new Error("x"))).toBe("Internal");
  });

  it("ask for a re-link only for Unauthorized and ConsentExpired", () => {
    expect(reasons.filter((r) => needsReauth(new ConnectorError(r, "x")))).toEqual(["Unauthorized", "ConsentExpired"]);
  });
});

describe("retry", () => {
  const policy = { maxAttempts: 4, baseMs: 100, maxMs: 1_000 };

  it("waits a random time up to an exponential cap (full jitter)", () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(policy, a, () => 0.999999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffMs(policy, 3, () => 0)).toBe(0);
  });

  it("treats provider outages, rate limits and network failures as transient, auth and bad data not", () => {
    expect(isTransient(new ConnectorError("Unavailable", "x"))).toBe(true);
    expect(isTransient(new ConnectorError("RateLimited", "x"))).toBe(true);
    expect(isTransient(new ConnectorError("Unauthorized", "x"))).toBe(false);
    expect(isTransient(new ConnectorError("BadResponse", "x"))).toBe(false);
    expect(isTransient(new TypeError("fetch failed", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }))).toBe(true);
    expect(isTransient(Object.assign(new Error("t"), { name: "TimeoutError" }))).toBe(true);
    expect(isTransient(new Error("bug"))).toBe(false);
  });

  it("stops after maxAttempts and does not hold the run for a provider asking to wait too long", async () => {
    const waits: number[] = [];
    const deps = { sleep: async (ms: number) => void waits.push(ms), random: () => 0.5 };
    let calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(new ConnectorError("Unavailable", "x"))), policy, deps)).rejects.toThrow();
    expect(calls).toBe(4);
    expect(waits).toEqual([50, 100, 200]);
    calls = 0;
    const hourly = new ConnectorError("RateLimited", "x", { retryAfterMs: 3_600_000 });
    await expect(withRetry(async () => (calls++, Promise.reject(hourly)), { ...policy, maxRetryAfterMs: 60_000 }, deps)).rejects.toBe(hourly);
    expect(calls).toBe(1);
  });
});
