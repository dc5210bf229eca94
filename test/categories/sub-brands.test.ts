// A company that bills for several brands: the brand the purpose names is the merchant.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const label = (counterpartyName: string, description: string) => merchantLabel({ counterpartyName, description });

describe("a billing company's brands", () => {
  it.each([
    ["Drillisch Online GmbH", "PremiumSIM Rechnung 10/2026 Kundennr. 5512", "PremiumSIM"],
    ["DRILLISCH ONLINE GMBH", "Mobilfunk winSIM Oktober 2026", "winSIM"],
    ["Telefonica Germany GmbH & Co. OHG", "Ay Yildiz Rechnung 10/2026", "Ay Yildiz"],
    ["freenet DLS GmbH", "klarmobil Rechnung 4471", "Klarmobil"],
  ])("%s with '%s' is %s", (payee, purpose, brand) => {
    expect(label(payee, purpose)).toBe(brand);
  });

  it("stays the company when the purpose names none of its brands, and a person stays a person", () => {
    expect(label("Drillisch Online GmbH", "Rechnung 10/2026 Kundennr. 5512")).toBe("Drillisch");
    expect(label("Drillisch Online GmbH", "REWE Gutschein")).toBe("Drillisch");
    expect(label("Hans Mueller", "winSIM Karte zurueck")).toBe("Hans Mueller");
  });
});
