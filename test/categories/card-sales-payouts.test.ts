// A card terminal's or payment service's payout of the person's own card sales is their pay (money-moves.ts SALARY),
// in whatever language the service words it; a shop's refund or a purchase through the service are not.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a card terminal's payout of the person's own sales is pay", () => {
  itCategorizes([
    ["Eingang", "SumUp Limited", "Auszahlung Kartenumsaetze Februar 2026 Haendler-ID MC4417203", "2064.59", "salary"],
    ["SEPA-Gutschrift", "SumUp Limited", "SumUp Auszahlung 08/2026 Payout-ID SU4417203", "834.54", "salary"],
    [null, "iZettle Merchant Services AB", "Zettle kaartbetalingen uitbetaald FEBRUARY 2026", "444.68", "salary"],
    [null, null, "VIR SEPA SUMUP LIMITED SUMUP VERSEMENT 03/2026", "512.00", "salary"],
    ["Transfer", null, "Payment from SumUp Limited", "300.00", "salary"],
  ]);
  describe("but a shop's refund through the service and a purchase through it stay what they are", () => {
    itCategorizes([
      ["Kartenzahlung", "SumUp *Cafe Luna", "SUMUP *CAFE LUNA/HAUPTSTR. 1/BERLIN/DE Gutschrift Erstattung", "4.50", "refunds"],
      ["Kartenzahlung", "SumUp *Cafe Luna", "SUMUP *CAFE LUNA/HAUPTSTR. 1/BERLIN/DE", "-4.50", "restaurants"],
    ]);
  });
});
