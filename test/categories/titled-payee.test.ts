// A UK transfer's description is the payee as the bank holds them, a title and initials and a surname, then the payer's
// own reference in any words ("MRS K ATTWOOLL DOG WALKS JULY FT", "MS R BALOGUN INV-2207 BRAND REFRESH BGC"): the label
// is the person. A firm printed after a title keeps its name (a legal form, "& Sons"), and so does a doctor's practice.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a titled person with initials, then the payer's reference", () => {
  itLabels([
    [null, "MRS K ATTWOOLL DOG WALKS JULY FT", "K Attwooll"],
    [null, "MS R BALOGUN INV-2207 BRAND REFRESH BGC", "R Balogun"],
    [null, "MR C NWOSU WINE MONEY FROM CALAIS TRIP BGC", "C Nwosu"],
    [null, "MRS G PARRY-JONES TOWARDS DADS STAIRLIFT BGC", "G Parry-Jones"],
    [null, "MR D J FENWICK GUTTER CLEARING FT", "D J Fenwick"],
  ]);
  // Guards: a firm, a family firm, a doctor's practice.
  itLabels([
    [null, "MR T BRADSHAW BUILDERS LTD", "T Bradshaw Builders"],
    [null, "DR A OKONJO DENTAL SURGERY", "Dr A Okonjo Dental Surgery"],
  ]);
});
