// A takeaway named "Mr" and what it sells ("MR WINGS ALDERSHOT", "MR KEBAB") is a shop's name, not a person's title;
// a title before an initial or a given name still marks a person ("MR D OKAFOR"). A person printed with a memo and no
// counterparty field is read by the given name first ("HATTIE WHITLOCK POCKET MONEY FOR SAM").
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

describe("Mr before what a takeaway sells is its name", () => {
  it.each([
    ["MR WINGS ALDERSHOT 9417   ON 07 OCT          CPM", "Mr Wings"],
    ["VIS MR WINGS ALDERSHOT BRISTOL", "Mr Wings"],
    ["MR KEBAB LUTON", "Mr Kebab"],
    // Guards: a title before a person's initial or given name still goes.
    ["MR D OKAFOR", "D Okafor"],
    ["MR JOHN PRICE REF RENT", "John Price"],
  ])("%s → %s", (description, label) => {
    expect(merchantLabel({ counterpartyName: null, description })).toBe(label);
  });
});

describe("a person printed before the memo", () => {
  it("reads Hattie as a given name", () => {
    expect(merchantLabel({ counterpartyName: null, description: "HATTIE WHITLOCK POCKET MONEY FOR SAM DECEMBER FT" })).toBe("Hattie Whitlock");
  });
});
