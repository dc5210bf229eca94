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

describe("a trade and its owner, then a town cut to two or three letters", () => {
  itLabels([
    ["Elektro Vilsmeier St", "ELEKTRO VILSMEIER S/HAUPTSTR. 8/STUTTGART/DE 29-05-2025T11:26:32 Folgenr. 11", "Elektro Vilsmeier"],
    ["VISA EISENWAREN STADLBAUER STR 8764", "NR XXXX 0548 MUENCHEN DE KAUFUMSATZ 27.11 51.21", "Eisenwaren Stadlbauer"],
    [null, "Kartenzahlung EISENWAREN STADLBAUER STR. 43267280//Dresden 2026-01-09T16:45:57 KFN 1 VJ 2812", "Eisenwaren Stadlbauer"],
    ["Autohaus Becker GmbH", null, "Autohaus Becker"],
  ]);
});

describe("a trade and its owner, then the owner's 'Inh.' the field cut to 'In'", () => {
  itLabels([
    ["Baeckerei Hoelzle In", "BAECKEREI HOELZLE I/HAUPTSTR. 65/KOELN/DE 17-01-2026T10:56:27 Folgenr. 19 Verfalld. 1229", "Baeckerei Hoelzle"],
    ["METZGEREI STADLBAUER IN", null, "Metzgerei Stadlbauer"],
    ["Pizza Drive In", null, "Pizza Drive In"],
    ["Coffee Drop In", null, "Coffee Drop In"],
  ]);
});
