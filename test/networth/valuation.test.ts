import { describe, expect, it } from "vitest";
import { valueHolding } from "../../src/networth/valuation.ts";
import type { NormalizedHolding } from "../../connectors/types.ts";
import { fixedFx } from "../helpers/fixed-fx.ts";

const h = (over: Partial<NormalizedHolding>): NormalizedHolding => ({ accountExternalId: "a", symbol: "X", quantity: "1", value: "100", currency: "EUR", asOf: "2024-02-29T00:00:00.000Z", ...over });
const fx = fixedFx({ "USD>EUR": "0.92353" });

describe("valuing a holding in the base currency", () => {
  it("keeps a value already in the base currency as it is, at rate 1", async () => {
    expect(await valueHolding(h({ value: "2205.6" }), { fx, baseCurrency: "EUR" })).toEqual({ assetClass: "other", valueBase: "2205.6", baseCurrency: "EUR", fxRate: "1" });
  });

  it("converts with FxRates at the holding's own day, exactly", async () => {
    const f = fixedFx({ "USD>EUR": "0.92353" });
    const v = await valueHolding(h({ value: "1807.5", currency: "USD", assetClass: "stock" }), { fx: f, baseCurrency: "EUR" });
    expect(v).toEqual({ assetClass: "stock", valueBase: "1669.280475", baseCurrency: "EUR", fxRate: "0.92353" });
    expect(f.asked).toEqual(["USD>EUR@2024-02-29"]);
  });

  it("takes USDT at its USD peg only because the rates know no USDT", async () => {
    const f = fixedFx({ "USD>EUR": "0.9" });
    const v = await valueHolding(h({ value: "10.5", currency: "USDT" }), { fx: f, baseCurrency: "EUR", accountType: "CRYPTO" });
    expect(v).toEqual({ assetClass: "crypto", valueBase: "9.45", baseCurrency: "EUR", fxRate: "0.9" });
    expect(f.asked).toEqual(["USDT>EUR@2024-02-29", "USD>EUR@2024-02-29"]);
    // A rate for the coin itself wins over the peg.
    const own = await valueHolding(h({ value: "10", currency: "USDT" }), { fx: fixedFx({ "USDT>EUR": "0.8", "USD>EUR": "0.9" }), baseCurrency: "EUR" });
    expect(own.valueBase).toBe("8.0");
  });

  it("prefers the exchange's own fiat price of a stablecoin over the peg", async () => {
    const f = fixedFx({ "USD>EUR": "0.9" });
    const inEur = await valueHolding(h({ value: "10", currency: "USDT", fiatValue: { amount: "9.2", currency: "EUR" } }), { fx: f, baseCurrency: "EUR" });
    expect(inEur).toMatchObject({ valueBase: "9.2", fxRate: null });
    const inUsd = await valueHolding(h({ value: "10", currency: "USDT", fiatValue: { amount: "10.01", currency: "USD" } }), { fx: f, baseCurrency: "EUR" });
    expect(inUsd).toMatchObject({ valueBase: "9.009", fxRate: null });
  });

  it("leaves the base value empty without a rate or without a price, never guesses", async () => {
    expect((await valueHolding(h({ value: "5", currency: "GBP" }), { fx, baseCurrency: "EUR" })).valueBase).toBeNull();
    expect((await valueHolding(h({ value: "5", currency: "USD" }), { fx: undefined, baseCurrency: "EUR" })).valueBase).toBeNull();
    expect((await valueHolding(h({ value: null, quantity: "3" }), { fx, baseCurrency: "EUR" })).valueBase).toBeNull();
    // A position of zero is worth zero even without a price.
    expect((await valueHolding(h({ value: null, quantity: "0.000" }), { fx, baseCurrency: "EUR" })).valueBase).toBe("0");
  });
});
