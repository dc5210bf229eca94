// A fee word after a card terminal processor's prefix ("SQ *LAMBOURN VALLEY FEE", a feed merchant's name cut by the
// card field) is the shop's name or what it sold: only a card at a shop's till prints such a prefix, so it is no
// bank's fee. The bank's own fee, printed without one, stays a fee. Every text below is made up in the shapes banks print.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a fee word at a shop's till", () => {
  itFiles("other", [
    [null, "SQ *LAMBOURN VALLEY FEE", "-32.50"],
    [null, "SUMUP *HILLTOP FEE", "-12.00"],
  ]);
  itFiles("fees", [
    [null, "MONTHLY ACCOUNT FEE", "-5.00"],
    [null, "Kontofuehrungsgebuehr 11/2026", "-4.90"],
  ]);
});
