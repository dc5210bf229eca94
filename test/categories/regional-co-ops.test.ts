// The UK's regional co-operative societies run food stores under their own names: groceries, as the Co-op's are.
// A housing co-operative and the Co-op's funeral service are not.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a regional co-operative society's food store is groceries", () => {
  itCategorizes([
    [null, null, "VIS EAST OF ENGLAND COOP 0231 MANCHESTER", "-43.23", "groceries"],
    ["Card payment", null, "CENTRAL CO-OP 4417       LINCOLN       GBR", "-12.80", "groceries"],
    [null, null, "SOUTHERN CO-OP 0412 PORTSMOUTH", "-9.35", "groceries"],
  ]);
  describe("but a housing co-operative and a funeral service stay what they are", () => {
    itCategorizes([
      [null, null, "CENTRAL COOPERATIVE HOUSING ASSN RENT", "-650.00", "rent"],
      [null, null, "CO-OP FUNERALCARE 1234 LEEDS", "-1200.00", "other"],
    ]);
  });
});
