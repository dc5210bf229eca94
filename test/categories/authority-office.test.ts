// A district or a town that prints the office booking the payment after its name is the district or the town: the
// parental-allowance office and the fines office of one Landkreis are one payee. A name that is no district or town
// ("Stadtwerke Hildesheim") is left as printed.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a district or a town, then its office", () => {
  itLabels([
    ["Landkreis Hameln-Pyrmont Elterngeldstelle", "BEEG Basiselterngeld Dezember 2025 Az 513EG6107", "Landkreis Hameln-Pyrmont"],
    ["Stadt Hildesheim Bussgeldstelle", "Az 123 Verwarnungsgeld", "Stadt Hildesheim"],
    ["Kreis Pinneberg Jugendamt", "Elternbeitrag", "Kreis Pinneberg"],
  ]);
  itLabels([
    ["Landkreis Hameln-Pyrmont", "Abfallgebuehr 2025", "Landkreis Hameln-Pyrmont"],
    ["Stadtwerke Hildesheim", "Abschlag Strom", "Stadtwerke Hildesheim"],
  ]);
});

describe("a town's citizens' office, registration office or department, cut or whole, after the town", () => {
  itLabels([
    ["VISA STADT STRAUBING EINWOHNERMELDEAMT 0159", "NR XXXX 7727 FRANKFURT DE KAUFUMSATZ 13.02 62.38", "Stadt Straubing"],
    ["STADT GOERLITZ BUERGERBUE", "PayPal Express-Zahlung", "Stadt Goerlitz"],
    [null, "Kartenzahlung STADT GOERLITZ BUERGERBUE. 03477148//Frankfurt 2026-07-01T16:36:26 KFN 1 VJ 2812", "Stadt Goerlitz"],
    ["LAHN-DILL-KREIS ZULASSUNG", null, "Lahn-Dill-Kreis"],
    ["Lahn-Dill-Kreis Kfz-Zulassungsstelle", null, "Lahn-Dill-Kreis"],
    ["GEMEENTE GOUDA BURGERZAKE", "GEMEENTE GOUDA BURGERZAKE Den Haag, NL", "Gemeente Gouda"],
    ["Gemeente Purmerend parkeervergunning 7588", "Pasvolgnr: 001 13-01-2026 12:54", "Gemeente Purmerend"],
    [null, "CITY OF SYRACUSE WATER CITY OF SYR WATER SVC 624117 0920 03624498 JANE DOE", "City Of Syracuse"],
  ]);
  itLabels([
    ["Stadt Goerlitz Buergerstiftung", null, "Stadt Goerlitz Buergerstiftung"],
    ["City of Syracuse", null, "City of Syracuse"],
  ]);
});

describe("a state pay office, then the department that pays the salary or the health aid", () => {
  itLabels([
    ["NLBV Bezuegestelle", "Dienstbezuege 04/2026 PersNr 8302147 A13", "NLBV"],
    ["NLBV Beihilfestelle", "Beihilfe Bescheid 08/2025 Beihilfe-Nr 83-214711", "NLBV"],
    [null, "Payment from NLBV Beihilfestelle", "NLBV"],
    ["Landesamt fuer Besoldung und Versorgung Bezuegestelle", "Bezuege 05/2026", "Landesamt fuer Besoldung und Versorgung"],
  ]);
  itLabels([
    ["Aral Tankstelle Peine", null, "Aral"],
  ]);
});
