// The trade words of gamers' and tech enthusiasts' local shops (pool 78): device, console and phone repairers (shopping,
// like tradesmen), trade-in game shops, card-and-dice shops, game cafés and LAN parties (entertainment, the game-store
// policy), comic and manga shops (shopping, like books), a mini mart cut by the card field (groceries), a Dutch
// snack bar's old spelling (restaurants), a gadget's cover (insurance). Guards: a convention, a phone contract.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

describe("local game, repair and comic shops by their trade words", () => {
  it.each([
    [null, "PURCHASE AUTHORIZED ON 10/13 SQ *LAKEMONT GAME EXCHANG SEATTLE WA S833 CARD 7823", "entertainment"],
    [null, "PURCHASE AUTHORIZED ON 10/13 SQ *GILMAN DICE AND CARD SEATTLE WA S833 CARD 7823", "entertainment"],
    [null, "BEA   NR:XXX810   08.07.25/07.56 IJSSELSTEIN GAMECAFE V.O Amsterdam,PAS461", "entertainment"],
    [null, "LAN-TREFF DELBRUECK/HAUPTSTR. 41/DRESDEN/DE 11-05-2026T08:55:07", "entertainment"],
    [null, "SUMUP *HANDYWERKSTAT/HAUPTSTR. 2/HAMBURG/DE 29-08-2026T19:37:16", "shopping"],
    [null, "KONSOLENDOKTOR STUKENBROC - Berlin", "shopping"],
    [null, "SUMUP *MERROW DEVICE DOCTORLEEDS         GBR", "shopping"],
    [null, "SAMMAMISH TECH REPAIRAUSTIN         CA", "shopping"],
    [null, "BEA   NR:XXX111   10.05.26/19.30 CCV*REPAIR-POINT VIANEN Amsterdam,PAS111", "shopping"],
    [null, "ZTL*COVE MANGA CORNER  GLASGOW       GBR", "shopping"],
    [null, "CHECKCARD 0506 FACTORIA COMICS BELLEVUE SEATTLE WA 920940918367", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 09/13 FACTORIA MINI MRT #3 BELLEVUE WA S239 CARD 3419", "groceries"],
    [null, "BEA   NR:XXX111   07.04.25/11.09 CCV*SNACKHUYS VIANEN Amsterdam,PAS111", "restaurants"],
    [null, "CASCADE DEVICE PROTECT LLC GAMING PC COVERAGE PLAN AUGUST", "insurance"],
  ])("%s / %s → %s", (counterpartyName, description, category) => {
    expect(categoryOf(counterpartyName, description, "-20.00")).toBe(category);
  });
});

describe("the words beside them keep their meaning", () => {
  it.each([
    // A convention stays a convention, a phone contract a utility.
    [null, "EMERALD CITY COMIC CON SEATTLE WA", "entertainment"],
    ["Vodafone GmbH", "Handyvertrag 04/2026 Kd-Nr 123", "utilities"],
    [null, "TECH REPAIR FEES", "shopping"],
  ])("%s / %s → %s", (counterpartyName, description, category) => {
    expect(categoryOf(counterpartyName, description, "-20.00")).toBe(category);
  });
});
