// A card's month settled in one line, named by a card of any kind ("MEMBERS CARD MONTHLY SETTLE 05/2025") or by a
// Dutch compound of "kaart" after the statement's word ("Afrekening clubkaart MAART"). The bill moves money to the
// card, where it was spent already. Every text below is made up in the shapes banks print; beside each group are rows
// that share a word and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a card's month settled", () => {
  itFiles("transfers", [
    [null, "REWARDS CARD MONTHLY SETTLE 05/2025", "-508.73"],
    [null, "STORE CARD MONTHLY SETTLEMENT 09/2026", "-112.60"],
    [null, "VISA MONTH END SETTLE JUNE", "-640.00"],
    [null, "Afrekening clubkaart MAART", "-1337.41"],
    [null, "Maandafrekening tankkaart 04-2026", "-220.15"],
  ]);
  // A ticket or a pass paid, and a purchase paid with a card, stay what they are.
  itFiles("transport", [[null, "Afrekening OV-chipkaart reizen", "-42.10"]]);
  itFiles("restaurants", [[null, "CARD PAYMENT TO SETTLE COFFEE", "-4.20"]]);
});
