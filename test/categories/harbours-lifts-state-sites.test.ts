// A French harbour by its name ("PORT DES MINIMES"), a cable car's compound name ("KAMPENWANDSEILBAHN") and a state's
// web site paid by card ("ILSOS.GOV"): a marina's fee and a cable car are travel, as the policy files them; what a state's
// site takes is a filing fee or a levy. Made-up places in the banks' shapes; beside them the rows that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a harbour, a cable car and a state's site are what their names say", () => {
  itCategorizes([
    [null, null, "CARTE 14/08/26 PORT DES SABLES LA ROCHE CB*0825", "-49.67", "travel"],
    ["OUT", "GRUENSTEINSEILBAHN ASCHAU - Stuttgart", "Card transaction of 121.19 EUR issued by GRUENSTEINSEILBAHN ASCHAU", "-121.19", "travel"],
    ["DEBIT_CARD", null, "OHSOS.GOV LLC FILING #2557 SAN JOSE WA", "-44.83", "taxes"],
  ]);
  describe("but a sports shop, an airport and a direct debit to a state's site stay where they were", () => {
    itCategorizes([
      ["Card payment", null, "PORTSMOUTH SPORTS LTD   PORTSMOUTH GBR", "-30.00", "shopping"],
      [null, null, "PRLV SEPA OHSOS.GOV ANNUAL REPORT", "-12.00", "other"],
    ]);
  });
});
