// A trade's word inside another trade's name: the laundromat's pun on a bike's "cycle", a town's business licence
// printed as "BUS LIC", a chip shop's "Pommes" compounds, a parcel network's relay point named with an inn's "Relais".
// Beside each, the other trade's own name keeps its category.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

describe("the trade the name is, not the word it borrows", () => {
  it.each([
    [null, "PURCHASE AUTHORIZED ON 03/17 SPIN CYCLE LAUNDROMAT HA SAN JOSE FL S906880542018914 CARD 7346", "drugstore"],
    [null, "SPIN CYCLE LAUNDROMAT #4530 NEW YORK CA", "drugstore"],
    [null, "))) CYCLE WASH LAUNDERETTE BRISTOL", "drugstore"],
    // Cut at the card field, the trade word too.
    [null, "PURCHASE AUTHORIZED ON 09/13 HARBOR LANE LAUNDROMA NEW YORK MD S239296281435105 CARD 3419", "drugstore"],
    [null, "PURCHASE AUTHORIZED ON 03/17 CITY OF HAYWARD BUS LIC SEATTLE MD S470696930571201 CARD 8144", "taxes"],
    [null, "CITY OF OAKLAND BUSINESS LICENSE RENEWAL", "taxes"],
    ["Stadt Moers", "Gewerbeanmeldung 2026 Az 77-318", "taxes"],
    ["POMMESSCHMIEDE ORSOY", "", "restaurants"],
    ["SumUp *Pommesschmiede", "HAMBURG 206/HAUPTSTR. 53/HAMBURG/DE", "restaurants"],
    [null, "CARTE 08/02/26 POINT RELAIS COLIS DECINES CB*1403", "other"],
  ])("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-25.99")).toBe(want));
});

describe("the other trade's own name keeps its category", () => {
  it.each([
    [null, "SPIN CYCLE BIKES LONDON GBR", "shopping"],
    [null, "CITY OF HAYWARD BUS PASS", "transport"],
    [null, "CARTE 12/05/26 RELAIS DE LA TOUR CB*1403", "restaurants"],
  ])("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-25.99")).toBe(want));
});
