// The trades of households that own or let a home: owners' and tenants' associations, the town's bulky-waste
// collection and the timber merchant. Each business is made up; each rule has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("an owners' or tenants' association's yearly fee is a subscription", () => {
  itCategorizes([
    ["Dauerauftrag / Terminueberweisung", "Haus & Grund Lindenau e.V.", "Mitgliedsbeitrag Haus & Grund 2026 Mitgl.-Nr. 4411", "-107.54"],
    ["Allgemeine Zahlung", "Grundbesitzer Lindenau e.V.", "Jahresbeitrag Vermieterverein 2026 M-4411", "-94.90"],
    ["Lastschrift", "Mieterverein Obertal e.V.", "Mitgliedsbeitrag 2026", "-96.00"],
  ].map(([t, c, d, a]) => [t, c, d, a, "subscriptions"] as [string, string, string, string, string]));
  describe("but a sports club's membership keeps its own", () => {
    itCategorizes([
      ["Lastschrift", "TSV Eintracht 1888 e.V.", "Mitgliedsbeitrag 2026", "-96.00", "entertainment"],
    ]);
  });
});

describe("the town's bulky-waste collection bills as the bins do", () => {
  itCategorizes([
    ["Kartenverfügung", null, "Stadtreiniger Obertal Sperrmuell, MUENCHEN DE Karte Nr. 4871 78XX XXXX 0953 Kartenzahlung comdirect Visa-Debitkarte 2025-04-09 00:00:00", "-49.13", "utilities"],
    ["PayPal Express-Zahlung", "STADTREINIGER OT SPERRMUELL", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "-12.40", "utilities"],
  ]);
});

describe("a timber merchant by its trade word before the owner's name is a shop", () => {
  itCategorizes([
    ["Kartenzahlung", "Holz Brettschneider e.K", "HOLZ BRETTSCHNEIDER E./HAUPTSTR. 11/MUENCHEN/DE 14-10-2026T11:01:45 Folgenr. 02 Verfalld. 1229", "-238.95", "shopping"],
    ["Lastschrift", null, "Kartenzahlung HOLZ BRETTSCHNEIDER E.K. ERFURT. 39794422//Berlin 2025-05-15T15:34:17 KFN 1 VJ 2812", "-66.98", "shopping"],
  ]);
  describe("but a person named Holz is paid as a person", () => {
    itCategorizes([
      ["Überweisung", "Markus Holz", "Rueckzahlung Konzertkarte", "-40.00", "other"],
    ]);
  });
});
