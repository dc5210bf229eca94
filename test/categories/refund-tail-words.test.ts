// A shop's money back named by an overpayment ("… OVERPAYMENT RETURNED", "… OVERPAID"): the words after the shop's name
// are the refund's, not the shop's, as "… PARTIAL REFUND" already was. Names and texts made up in the printed shapes.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("an overpayment's words after the shop's name", () => {
  itLabels([
    [null, "BRIGHTWATER SHOES LEEDS OVERPAYMENT RETURNED", "Brightwater Shoes"],
    [null, "Lindenhof Moebel Filiale 12 OVERPAID", "Lindenhof Moebel"],
  ]);
  // Guard: a shop's name with no refund word keeps its words.
  itLabels([[null, "BRIGHTWATER SHOES 0412", "Brightwater Shoes"]]);
});
