// A fee word beside a permit or a professional's name (home-trades.ts HOME_FIRST): a county's or a council's permit
// and a building warrant are levies (taxes), an architect's or a surveyor's fee is the professional's (other), not
// the bank's charge the generic "fee" reads as. Shapes from pool 67; the rest made up.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a permit's fee is a levy, whoever issues it", () => {
  itCategorizes([
    // Pool 67's shapes.
    [null, null, "FREDERICK COUNTY MD DES:FREDERICK CO PERMIT FEE B670441 ID:XXXXX29351871 INDN:JANE DOE CO ID:XXXXX43881 WEB", "-755.93", "taxes"],
    [null, null, "FREDERICK COUNTY MD FREDERICK CO PERMIT FEE B670441", "-645.59", "taxes"],
    [null, null, "WASHOE COUNTY NV DES:PERMIT FEE ID:BLD26-0412", "-410.00", "taxes"],
    ["ACH_DEBIT", null, "HARRIS CO PERMIT FEES 26-118", "-220.00", "taxes"],
    [null, null, "PIERCE CNTY DES:BLDG PERMIT ID:PRJ9921", "-640.00", "taxes"],
  ]);
});

describe("an architect's or a surveyor's fee is the professional's, not the bank's", () => {
  itCategorizes([
    // Pool 67's shape.
    ["PAYMENT", null, "WEST BAY ARCHITECTS LTD STAGE 3 DESIGN FEE INV 6705 STO", "-1315.24", "other"],
    ["Faster Payment", null, "NORTHGATE ARCHITECTS PLANNING DRAWINGS FEE", "-800.00", "other"],
    ["PAYMENT", null, "HOLM ARCHITECTS LTD STAGE 4 FEE INV 221", "-1200.00", "other"],
    ["Faster Payment", null, "ASHDOWN SURVEYORS LTD SURVEY FEE INV 88", "-650.00", "other"],
  ]);
});

describe("must not move: a parking permit, the bank's own fees", () => {
  itCategorizes([
    [null, null, "BOROUGH PARKING PERMIT FEE 2026", "-90.00", "fuel"],
    [null, null, "CITY OF BOSTON RESIDENT PARKING PERMIT FEE", "-25.00", "fuel"],
    ["DEBIT_CARD", null, "LATE FEE ACME STORAGE", "-20.00", "fees"],
    [null, null, "MONTHLY ACCOUNT FEE", "-5.00", "fees"],
    [null, null, "ATM FEE", "-2.50", "fees"],
  ]);
});
