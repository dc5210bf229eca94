// Savings paid into a credit union are saved (not own money changing place between accounts of one bank); a council's
// housing benefit by its short form ("HB PAYMENT") is a benefit, not a refund of council tax; a supplier's credit from
// its annual bill is a refund however its compound names the supply ("Stromguthaben"). Names, numbers and texts are made
// up in the shapes banks print; each group has rows beside it that must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a credit union's savings and shares paid in", () => {
  itFiles("savings", [
    ["RIVERSIDE CREDIT UNION", "CU SAVINGS MEMBER 4410", "-25.00", "Direct Debit"],
    [null, "NORTHGATE COMMUNITY FCU SHARE SAVINGS DEPOSIT 0412", "-40.00"],
    [null, "BRIDGE CREDIT UNION SHARES DEPOSIT", "-20.00"],
  ]);
  // Money moved to the person's own savings at the same bank stays a transfer; a credit union's loan is debt.
  itFiles("transfers", [[null, "TRANSFER TO SAVINGS 4410", "-100.00"], [null, "Own transfer to savings", "-50.00"]]);
});

describe("a council's housing benefit by its short form", () => {
  itFiles("income_other", [[null, "LEEDS CITY COUNCIL HB PAYMENT REF 4410 BGC", "96.00"], [null, "HB PMT 0412 COUNCIL", "80.00"]]);
  // A council's refund of council tax stays a refund.
  itFiles("refunds", [[null, "LEEDS CITY COUNCIL CTAX REFUND 4410", "60.00"]]);
});

describe("a supplier's credit from its annual bill, named by a compound", () => {
  itFiles("refunds", [[null, "Gutschrift Stromguthaben aus Jahresabrechnung 2025", "38.60"], [null, "Gasguthaben aus der Jahresabrechnung", "12.00"]]);
});
