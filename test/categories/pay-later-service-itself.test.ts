// A pay-later service as the counterparty, with a purpose that names no shop ("Ratenzahlung Bestellung 3041-2277 ueber
// Ratepay"), was paid for itself: its instalment is the goods' (shopping) and the service is the merchant, as Klarna's
// own bill already was. A shop the purpose names stays the merchant.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { itCategorizes } from "./trade-cases.ts";

describe("a pay-later service paid with a purpose naming no shop is the merchant", () => {
  it.each([
    ["Ratepay GmbH", "Ratenzahlung Bestellung 3041-2277 ueber Ratepay Juli", "Ratepay"],
    ["Ratepay GmbH", "Ratenzahlung Bestellung 1182-0045", "Ratepay"],
    ["Klarna Bank AB (publ)", "Klarna Ratenkauf Rate 03/2026 Vertragsnr. 5520441720", "Klarna"],
    ["Ratepay GmbH", "Teilzahlung Einkauf 0423-1177 Rate 2/6", "Ratepay"],
  ])("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(label);
  });
  it.each([
    ["PayPal Europe S.a.r.l. et Cie S.C.A", "PP.4162.PP . Zalando SE, Ihr Einkauf bei Zalando SE", "Zalando"],
    ["Ratepay GmbH", "Bestellung bei Bergfreunde 6620-1180 Rate 1/3", "Bergfreunde"],
  ])("but a shop it names is: %s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(label);
  });
});

describe("a transfer to the pay-later lender by its name is shopping", () => {
  itCategorizes([
    ["Transfer", null, "To Ratepay GmbH", "-60.67", "shopping"],
    ["Transfer", null, "To Klarna Bank AB (publ)", "-60.67", "shopping"],
  ]);
});
