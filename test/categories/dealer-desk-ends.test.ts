// A car dealer's service desk and a filling station's pump, printed after the name, are not the merchant's name.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const label = (description: string) => merchantLabel({ counterpartyName: null, description });

describe("a dealer's desk and a station's pump after the name", () => {
  it.each([
    ["PURCHASE AUTHORIZED ON 09/19 RIVERBEND CHEVROLET SVC AUSTIN CA S024428697451235 CARD 9523", "Riverbend Chevrolet"],
    ["BLUE RIVER MOTORS SVC DEPTSAN JOSE       NY", "Blue River Motors"],
    ["PURCHASE AUTHORIZED ON 08/22 OAK STREET FUEL CTR PUMP 4 SEATTLE CA S077042030891449 CARD 7178", "Oak Street Fuel Center"],
  ])("%s → %s", (description, name) => {
    expect(label(description)).toBe(name);
  });
  it("keeps a name that is the make and its service alone", () => {
    expect(label("CHECKCARD 0412 FORD SERVICE SEATTLE CA 12345678901234567890123")).not.toBe("Ford");
  });
});
