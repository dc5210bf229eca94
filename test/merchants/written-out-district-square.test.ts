// A US terminal or ACH entry shortens a public district's word and a square's in the middle of a name ("TUALATIN VALLEY
// WATER DIST", "TEELE SQ DUMPLINGS"): the label writes them out, as it does a garden's or a harbor's. A distributor's
// "DIST", Square's own "SQ *" before a shop, and square feet keep theirs.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

describe("a public district's and a square's word written out", () => {
  it.each([
    ["ORIG CO NAME:TUALATIN VALLEY WATER DIST  CO ENTRY DESCR:TVWD DES:WATER BILL ID:704418  SEC:WEB IND ID:829952 IND NAME:JANE DOE", "Tualatin Valley Water District"],
    ["MARIN MUNICIPAL WATER DIST DES:WEB PMTS ID:5512", "Marin Municipal Water District"],
    ["EAST BAY MUD SANITARY DIST ONLINE PMT", "East Bay Mud Sanitary District"],
    ["TST* TEELE SQ DUMPLINGSBROOKLYN       CA", "Teele Square Dumplings"],
    ["CHECKCARD 0412 DAVIS SQ TAPROOM SOMERVILLE MA 12345678901234567890123", "Davis Square Taproom"],
  ])("%s → %s", (description, label) => {
    expect(merchantLabel({ description })).toBe(label);
  });
  it.each([
    ["SYSCO FOOD DIST 4471 HOUSTON TX", "Sysco Food Dist"],
    ["SQ *BLUE BOTTLE SOMERVILLE MA", "Blue Bottle"],
    ["SQ *TEELE DUMPLINGS", "Teele Dumplings"],
  ])("but %s keeps its word → %s", (description, label) => {
    expect(merchantLabel({ description })).toBe(label);
  });
});
