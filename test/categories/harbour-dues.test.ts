// A harbour's dues are a marina's, which is travel, whoever collects them: a town's harbour office among them.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("harbour dues are the marina's, though a town collects them", () => {
  itCategorizes([
    [null, "GEMEENTE ZEEWOLDERDAM HAVENGELDEN", "GEMEENTE ZEEWOLDERDAM HAVENGELDEN 605-6581111, US 366.70 USD, 1 USD = 0.88241 EUR", "-366.70", "travel"],
    ["Lastschrift", "Yachthafen Nordholm GmbH", "Hafengebuehren Juli 2026 Boot Seeschwalbe", "-120.00", "travel"],
    ["Card payment", null, "ABERDARON HARBOUR DUES   CAERNARFON    GBR", "-18.00", "travel"],
  ]);
  describe("but a town's own levies stay taxes", () => {
    itCategorizes([
      [null, "GEMEENTE ZEEWOLDERDAM", "Aanslag gemeentelijke belastingen 2026", "-366.70", "taxes"],
    ]);
  });
});
