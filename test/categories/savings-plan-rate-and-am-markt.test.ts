// A savings plan's instalment paid to a fund house the dictionary knows is saved there ("Fondsdepot Bank | Sparrate
// Depot …"), while the same word with no such payee stays own money moving. "am Markt" is an address ("Musikschule am
// Markt", at the market square), not a market: the trade word before it decides. Every number and text below is
// made up in the shapes banks print, except the fund houses' own names.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a savings plan's instalment to a fund house", () => {
  itFiles("savings", [
    ["Fondsdepot Bank GmbH", "Sparrate Depot 8321447 05/2026", "-100.00"],
    ["DWS Investment GmbH", "Sparplan Rate Depot 4411 06/2026", "-50.00"],
  ]);
  // No fund house named: an own account's savings move.
  itFiles("transfers", [[null, "Sparrate Tagesgeld 06/2026", "-50.00"]]);
});

describe("a shop at the market square", () => {
  itFiles("education", [[null, "MUSIKSCHULE AM MARKT", "-45.00"]]);
  itFiles("shopping", [[null, "BUCHHANDLUNG AM MARKT", "-15.00"]]);
  // A market's own name, and a grocer's trade word before the address, stay groceries.
  itFiles("groceries", [[null, "BIO MARKT", "-30.00"], [null, "Bioladen am Markt", "-30.00"], [null, "Markt Dorfen", "-22.00"]]);
});
