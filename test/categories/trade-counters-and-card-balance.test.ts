// Two shapes read after pool 57 (small private landlords) was scored: a card's balance paid off, named by the balance
// alone ("Aflossing kaartsaldo") or by the monthly statement paid, is the person's own money moving; and the trade
// counters and wholesalers a landlord buys materials from (a sanitary wholesaler, a builders' centre, a floor or
// white-goods house, a tile studio, an appliance store) sell goods. Names and numbers are made up, in the shapes
// banks print; each rule has rows beside it that share a word and must not move.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { itFiles } from "../helpers/category-rows.ts";

describe("a card's balance paid off is the person's own money moving", () => {
  itFiles("transfers", [
    [null, "Aflossing kaartsaldo 07-2026", "-412.88"],
    [null, "Verrekening kaartsaldo september", "-96.10"],
    [null, "VISA MONTHLY STATEMENT PAID MARCH", "-1204.55"],
    [null, "MASTERCARD MONTHLY STATEMENT PAID JULY", "-388.00"],
  ]);
  describe("but a café named after the word is a café", () => {
    itFiles("restaurants", [["Kaartsaldo Cafe", "Betaalautomaat", "-6.40"]]);
  });
});

describe("trade counters and wholesalers sell goods", () => {
  itFiles("shopping", [
    ["TEGELGROOTHANDEL WESTKANT B.V. 1180", null, "-212.30"],
    [null, "Kartenzahlung FARBENGROSSHANDEL KNIEPER. 11223344//Bremen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-64.90"],
    ["Baucenter Ramelow GmbH & Co. KG", null, "-149.00", "MasterCard Payment"],
    ["BOUWCENTER DE VLIET 2231", null, "-88.15"],
    [null, "CCV*WITGOEDHUIS LINDEBOOM", "-399.00"],
    [null, "BEA   NR:XXX111   02.03.26/11.20 CCV*VLOERENHUIS ZUIDRAND Utrecht,PAS123", "-230.00"],
    [null, "KELVINGROVE TILE STUDIO GLASGOW GBR", "-75.20", "Card payment"],
    [null, "MORLAND APPLIANCE #412 SPOKANE WA", "-540.00"],
  ]);
});

describe("a district's museum is named by its museum's words, not by the district alone", () => {
  itFiles("entertainment", [[null, "KELVINGROVE ART GALL GLASGOW", "-5.00", "Card payment"]]);
});

describe("a letting agent's or solicitor's client account is the firm's, not part of its name", () => {
  const labelOf = (counterpartyName: string | null, description: string | null) => merchantLabel({ counterpartyName, description });
  it.each([
    [null, "ASHCOMBE LETTINGS CLIENT A/C RENT LESS MGMT FEE PROP 0077 BGC", "Ashcombe Lettings"],
    ["ASHCOMBE LETTINGS CLIENT A/C", "LANDLORD STATEMENT MAY NET RENT", "Ashcombe Lettings"],
    [null, "CR ASHCOMBE LETTINGS CLIENT ACCOUNT LANDLORD STATEMENT JUNE", "Ashcombe Lettings"],
  ])("%s / %s → %s", (cp, desc, label) => {
    expect(labelOf(cp, desc)).toBe(label);
  });
  it("a firm whose own name starts with the words keeps them", () => {
    expect(labelOf("CLIENT ACCOUNT SERVICES LTD", null)).toBe("Client Account Services");
  });
});
