// A hall, a barn or a winery let for a wedding or a party, named by its trade or in the purpose of the payment: the
// celebration (entertainment, as wedding halls are by policy), whatever the farm, the wine or the standing order
// says. Every name, number and text below is made up in the shapes banks print; each group has rows beside it that
// share a word and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a wedding's hall or barn", () => {
  itFiles("entertainment", [
    ["Gutshof Beispielhausen GbR", "Anzahlung Festscheune Trauung 13.06. Rate 01", "-2392.70", "Lastschrift"],
    ["Gutshof Beispielhausen GbR", "Anzahlung Festscheune Trauung 13.06. Rate 10", "-1750.70", "Dauerauftrag / Terminueberweisung"],
    [null, "VIR SEPA SARL DOMAINE DES TILLEULS ACOMPTE RECEPTION MARIAGE 20/06", "-1145.76"],
    [null, "BEISPIEL WINERY INC BEISPIEL WINERY EVENTS 4410", "-2309.05"],
    ["Hoeve De Beispiel B.V.", "Aanbetaling trouwlocatie 14 juni", "-900.00"],
    [null, "HAYLOFT BARN VENUE BALANCE 06/2026", "-1500.00"],
  ]);
  // A winery's wine is bought; a farm's shop sells food; a registry office's wedding is a fee to the town.
  itFiles("groceries", [[null, "PURCHASE AUTHORIZED ON 03/15 BEISPIEL WINERY NAPA CA S744135306450901 CARD 6086", "-42.30"]]);
  itFiles("taxes", [["Stadt Beispielstadt", "Standesamt Trauung Gebuehr Az 4410", "-80.00"]]);
});

describe("a home's contents cover", () => {
  itFiles("insurance", [["HOME COUNTIES MUTUAL", "HCM JOINT CONTENTS 803171", "-20.56", "Direct Debit"], [null, "BEISPIEL MUTUAL HOME CONTENTS 4410 DD", "-18.00"]]);
  // A house's contents sold at an auction is no insurance.
  itFiles("shopping", [[null, "BEISPIEL AUCTIONS HOUSE CONTENTS SALE LOT 44", "-60.00"]]);
});
