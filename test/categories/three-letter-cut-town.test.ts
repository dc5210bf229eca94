// A town the card field's width cut to its first three letters after a name of two words or more ("METZGEREI
// SCHWINDLING BEC", "FISCHRAEUCHEREI BRUNS DIT", 25 characters; "METZGEREI BRUELL EUP", Postbank's 20): no name ends
// in such a stub, a word of three letters that ends names does ("… ZUM ALTEN HOF", "… BAR"), and so stays.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("three letters of a town at the field's end", () => {
  itLabels([
    ["METZGEREI SCHWINDLING BEC", null, "Metzgerei Schwindling"],
    ["FISCHRAEUCHEREI BRUNS DIT", null, "Fischraeucherei Bruns"],
    ["METZGEREI BRUELL EUP", null, "Metzgerei Bruell"],
  ]);
  // Guards: a whole word of three letters, a kind of place, and a field short of the width.
  itLabels([
    ["LANDGASTHOF MUEHLENER HOF", null, "Landgasthof Muehlener Hof"],
    [null, "CARTE 16/05/25 HOSPICES CIVILS LYON PKG CB*1234", "Hospices Civils Lyon Pkg"],
    ["METZGEREI SCHWINDLI BEC", null, "Metzgerei Schwindli Bec"],
  ]);
});
