// A town's supply company whose initials another brand uses says its trade in its legal name ("DVV Dessauer
// Versorgungs- und Verkehrsgesellschaft mbH" is no DVV insurer); a transit company's name cut by the card field
// ("DESSAUER VERKEHRSGESELLS") and a transit authority's initials ("NEW ORLEANS RTA") sell rides. With guards.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a supply company by its legal name, whatever brand its initials spell", () => {
  itCategorizes([
    ["SEPA Lastschrift", "DVV Dessauer Versorgungs- und Verkehrsgesellschaft mbH", "Strom/Fernwaerme Teilzahlung 09/2025 Kto 68220", "-109.81", "utilities"],
    ["Übertrag / Überweisung", "DVV Dessauer Versorgungs- und Verkehrsgesellschaft mbH", "Abschlagszahlung Juni 2026 Kundenkonto 68220", "-139.87", "utilities"],
    ["SEPA Lastschrift", "MVV Mannheimer Versorgungs- und Verkehrsgesellschaft mbH", "Abschlag Gas 04/2025", "-88.00", "utilities"],
    ["SEPA Lastschrift", "HVV Hanauer Versorgungsbetriebe GmbH", "Abschlag Strom Mai", "-54.00", "utilities"],
    ["SEPA Lastschrift", "BVG Bremer Versorgungsgesellschaft mbH", "Abschlag Wasser 2/2025", "-31.00", "utilities"],
  ]);
  describe("but the brand itself, and a professional pension fund, keep their answer", () => {
    itCategorizes([
      ["SEPA Lastschrift", "DVV Verzekeringen", "Polis 123 premie", "-40.00", "insurance"],
      ["SEPA Lastschrift", "MVV", "IsarCard Abo 05/2025", "-57.00", "transport"],
      ["SEPA Lastschrift", "BVG Berliner Verkehrsbetriebe", "Deutschlandticket 05/2025", "-58.00", "transport"],
    ]);
  });
});

describe("a transit company cut by the card field, a transit authority's initials", () => {
  itCategorizes([
    ["Ausgang", "Dessauer Verkehrsgesells/FRANKFURT//DE", "2026-10-20T07:11 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-59.13", "transport"],
    ["PayPal Express-Zahlung", "DESSAUER VERKEHRSGESELLS", "Handyzahlung", "-83.03", "transport"],
    ["Kartenzahlung", "STADTVERKEHRSGES. LUEBECK", null, "-2.80", "transport"],
    ["Kartenzahlung", "KIELER VERKEHRSBETR", null, "-3.10", "transport"],
    ["DEBIT_CARD", null, "NEW ORLEANS RTA SEATTLE CA", "-92.21", "transport"],
    ["DEBIT_CARD", null, "GCRTA FAREBOX CLEVELAND OH", "-5.00", "transport"],
    ["DEBIT_CARD", null, "DAYTON RTA MOBILE TICKET OH", "-2.00", "transport"],
  ]);
  describe("but a flat-pack cabinet shop's RTA stays shopping", () => {
    itCategorizes([
      ["DEBIT_CARD", null, "RTA CABINET STORE PHOENIX AZ", "-412.00", "shopping"],
      [null, null, "RTA FURNITURE OUTLET", "-120.00", "shopping"],
    ]);
  });
});
