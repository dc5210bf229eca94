// A babysitter paid by bank transfer: the description is the sitter's name, then the payer's note of the evenings sat
// ("MELISSA ONYEKACHI BABYSITTING SAT NIGHT FT", "ZELLE PAYMENT TO KAYLEIGH BRANTLEY DATE NIGHT BABYSITTING …"). The
// label is the person, one sitter under one label whatever the note says. After a Zelle or Venmo rail the payee is
// read as a person even when the given name is not a common one; a business after the rail keeps its trade word.
import { describe, expect, it } from "vitest";
import { personBeforeMemo } from "../../src/categories/person-memo.ts";
import { itCategorizes, itLabels } from "../helpers/label-rows.ts";

describe("a sitter's name, then the payer's note of the evenings", () => {
  itLabels([
    [null, "MELISSA ONYEKACHI BABYSITTING SAT NIGHT FT", "Melissa Onyekachi"],
    [null, "MELISSA ONYEKACHI SITTING FRI AND SAT CHEERS STO", "Melissa Onyekachi"],
    [null, "ZELLE PAYMENT TO KAYLEIGH BRANTLEY DATE NIGHT BABYSITTING 0427 44959830 JANE DOE", "Kayleigh Brantley"],
    [null, "ZELLE TO TAVIA OKAFOR BABYSITTING FRIDAY 0512 44959830 JANE DOE", "Tavia Okafor"],
  ]);
  // Guards: a business whose trade is the sitting, a business after the rail, a trade before the evening.
  itLabels([
    [null, "HANNAH SMITH PET SITTING 0427", "Hannah Smith Pet Sitting"],
    [null, "ZELLE PAYMENT TO ACME PLUMBING 0427 44959830 JANE DOE", "Acme Plumbing"],
  ]);
  // A sitter paid by name is a person's evening, as a friend's babysitting paid by transfer is (baby-trades.ts).
  itCategorizes([[null, "MELISSA ONYEKACHI BABYSITTING SAT NIGHT FT", "-41.77", "other"]]);
  it("a trade word before the evening makes the name a business's", () => {
    expect(personBeforeMemo("SARAH SMITH PHOTOGRAPHY SAT NIGHT")).toBeNull();
  });
});
