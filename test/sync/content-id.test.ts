import { describe, expect, it } from "vitest";
import { canonicalAmount, contentHash, withExternalIds } from "../../src/sync/content-id.ts";
import { tx } from "../fakes/fake-connector.ts";

describe("content ids", () => {
  it("are stable across runs and insensitive to amount scale, case and spacing", () => {
    const a = tx(null, "2026-01-05", "-12.30", { counterpartyName: "REWE  Markt", description: "Karte 1234" });
    const b = tx(null, "2026-01-05", "-12.3", { counterpartyName: "rewe markt", description: " Karte 1234 " });
    expect(contentHash(a)).toBe(contentHash(b));
    expect(withExternalIds([a])[0]!.externalId).toBe(withExternalIds([b])[0]!.externalId);
    expect(withExternalIds([a])[0]!.externalId).toMatch(/^c:[0-9a-f]{32}:0$/);
  });

  it("differ when date, amount, currency, counterparty or description differ", () => {
    const base = tx(null, "2026-01-05", "-12.30", { counterpartyName: "REWE", description: "x" });
    const variants = [{ bookingDate: "2026-01-06" }, { amount: "-12.31" }, { currency: "USD" }, { counterpartyName: "EDEKA" }, { description: "y" }];
    for (const v of variants) expect(contentHash({ ...base, ...v })).not.toBe(contentHash(base));
  });

  it("number identical rows on the same day in source order", () => {
    const coffee = tx(null, "2026-01-05", "-2.50", { counterpartyName: "Café" });
    const ids = withExternalIds([coffee, tx(null, "2026-01-05", "-9", {}), coffee, coffee]).map((r) => r.externalId);
    expect(ids[0]!.endsWith(":0")).toBe(true);
    expect(ids[2]).toBe(ids[0]!.replace(/:0$/, ":1"));
    expect(ids[3]).toBe(ids[0]!.replace(/:0$/, ":2"));
    expect(ids[1]!.endsWith(":0")).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });

  it("keep the provider's id when there is one", () => {
    expect(withExternalIds([tx("bank-42", "2026-01-05", "-1")])[0]!.externalId).toBe("bank-42");
  });

  it("canonicalise amounts exactly, without floats", () => {
    expect(canonicalAmount("-012.300")).toBe("-12.3");
    expect(canonicalAmount("5.00")).toBe("5");
    expect(canonicalAmount("0.10000000")).toBe("0.1");
    expect(canonicalAmount("12345678901234567.89")).toBe("12345678901234567.89");
  });
});
