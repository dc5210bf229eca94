// What a terminal's cut leaves at a name's end: a joining word whose town it took ("BUDGET BLINDS OF GREENVIL…"), a street
// word cut to its letters with nothing after it ("EISENWAREN STADLBAUER STR"), and "U" for "und" between two trades.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a joining word whose object the cut took ends no name", () => {
  itLabels([
    [null, "BUDGET BLINDS OF GREENVILBROOKLYN       CA", "Budget Blinds"],
    ["Bank of America", null, "Bank of America"],
  ]);
});

describe("'U' between a kind of goods and the next word is 'und'", () => {
  itLabels([
    [null, "OBST U GEMUESE HIENDL STR, HAMBURG DE Karte Nr. 4871 78XX XXXX 3909", "Obst & Gemuese Hiendl"],
    ["HANS U MUELLER", null, "Hans U Mueller"],
  ]);
});

describe("Czech 'U' (at) stays", () => {
  itLabels([[null, "POTRAVINY U MOSTU CHEB CZ", "Potraviny U Mostu"]]);
});
