// Shapes read in the second UK/US tuning round (HSBC, Barclays, Monzo, Amex, the US banks): each case is one printed
// shape that many shops share, written in other names than the corpus's; the label is the name a person would write.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a brewery's Co is its company's, with the terminal's town after it too", () => {
  itLabels([
    ["))) HOPSTONE BREWERY CO LEEDS", "Hopstone Brewery"],
    ["VIS FELLSIDE BREWING CO BRISTOL", "Fellside Brewing"],
  ]);
});
