// The energy transition's trades (energy-trades.ts): feed-in, export and quota payments, grants and rebates paid in;
// solar, insulation and charging installers; wood pellets, community solar and solar leases; car-sharing clubs;
// zero-waste grocers; an open-air pool; a repair café; and an account's price that names a gift. Each business is
// made up; the rows that only share a word keep their own category.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("power fed in, a car's quota and an energy grant or rebate are income, not the payer's refund", () => {
  itCategorizes([
    ["Gutschrift", "Netze BW GmbH", "EEG-Einspeiseverguetung Abschlag 04/2026 Anlage 55-1201", "84.20", "income_other"],
    ["Gutschrift", "Bayernwerk Netz GmbH", "Einspeisung PV 7,2 kWp Abschlag Mai", "61.00", "income_other"],
    ["Gutschrift", "Carbonify GmbH", "THG-Quote Praemie 2026 Fzg M-E 123", "180.00", "income_other"],
    ["DIRECTDEP", null, "OCTOPUS ENERGY SEG EXPORT PAYMENT 12345678 BGC", "42.10", "income_other"],
    ["Faster payment", "E.ON NEXT", "SMART EXPORT GUARANTEE Q2", "38.00", "income_other"],
    [null, null, "VIR SEPA EDF OA OBLIGATION ACHAT PV 2026 CONTRAT BOA123456", "240.00", "income_other"],
    [null, null, "FOCUS ON ENERGY DES:HEAT PUMP REBATE ID:123456 INDN:JANE DOE CO ID:XXXXX1 PPD", "500.00", "income_other"],
    ["GUTSCHR. UEBERWEISUNG", "KfW Bankengruppe", "Auszahlung Foerderung Heizungstausch 12345", "3000.00", "income_other"],
    ["Gutschrift", "Stadtwerke Lemgo", "Guthaben Jahresverbrauchsabrechnung 2026", "64.00", "refunds"],
  ]);
});

describe("solar, insulation and charging installers are tradesmen; pellets, community solar and leases heat and power the home", () => {
  itCategorizes([
    [null, null, "))) SQ *QUANTOCK SOLAR TAUNTON", "-320.00", "shopping"],
    [null, null, "CHECKCARD 0101 RIVERBEND SOLAR LLC EUGENE OR 123", "-900.00", "shopping"],
    ["Kartenzahlung", "WAERMEDAEMMUNG HOLSTEIN", "WAERMEDAEMMUNG HOLSTEIN//KIEL/DE", "-410.00", "shopping"],
    ["Kartenzahlung", "DAEMMTECHNIK ALTMARK", "DAEMMTECHNIK ALTMARK//STENDAL/DE", "-220.00", "shopping"],
    ["Betaalautomaat", "Isoleerbedrijf Veluwe B.V. 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 123456 Term: AB123C", "-260.00", "shopping"],
    [null, "LAADTECHNIEK TWENTE", "LAADTECHNIEK TWENTE Hengelo, NL", "-700.00", "shopping"],
    [null, null, "CARTE 20/03/26 GRANULES DU PERCHE CB*1111", "-39.00", "utilities"],
    [null, null, "NEXAMP DES:COMMUNITY SOLAR ID:123456", "-61.00", "utilities"],
    [null, null, "SOLAR TANNING STUDIO LEEDS", "-12.00", "drugstore"],
    [null, null, "GREENLEAF SOLAR ENERGY ECHEANCE ELECTRICITE 03/2026", "-55.00", "utilities"],
  ]);
});

describe("car sharing is transport; zero-waste grocers groceries; an open-air pool entertainment; a repair café a gift", () => {
  itCategorizes([
    [null, null, "KINGSTON CARSHARE SEATTLE WA", "-18.00", "transport"],
    ["PayPal Express-Zahlung", "Dorfauto Kirchberg e.V.", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "-24.00", "transport"],
    [null, "DEELAUTO VOORST", "DEELAUTO VOORST Apeldoorn, NL", "-31.00", "transport"],
    ["Kartenzahlung", "KORNKAMMER UNVERPACKT", "KORNKAMMER UNVERPACKT//GOETTINGEN/DE", "-23.00", "groceries"],
    [null, null, "PURCHASE AUTHORIZED ON 08/23 SQ *OJAI FARMERS MKT OJAI CA S123 CARD 1111", "-9.00", "groceries"],
    ["Betaalautomaat", "OPENLUCHTBAD DE BERKEN 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 123456 Term: AB123C", "-6.00", "entertainment"],
    [null, null, "VIS STROUD REPAIR CAFE STROUD", "-5.00", "donations"],
    [null, null, "VIS STROUD COMMUNITY CAFE STROUD", "-5.00", "restaurants"],
  ]);
});

describe("an account's price that names a gift the bank makes is the price", () => {
  itCategorizes([
    [null, null, "Kontoführung Grünes Girokonto inkl. Baumpflanzung", "-6.00", "fees"],
    [null, null, "Kontoführung Nachhaltigkeitskonto inkl. Baumspende", "-4.90", "fees"],
    [null, "Aktion Baum e.V.", "Baumspende Mai", "-20.00", "donations"],
  ]);
});

describe("a loan to retrofit the house is the home's cost; an electric car's loan is the car's", () => {
  itCategorizes([
    ["Lastschrift", "Volksbank Mittelhessen eG", "Annuitaet Modernisierungsdarlehen 12-34567", "-640.00", "rent"],
    ["Dauerauftrag", "Sparkasse Hanau", "Rate Sanierungsdarlehen KfW 261 Darl. 4471", "-310.00", "rent"],
    [null, null, "ALLIANT CREDIT UNION ALLIANT CU EV LOAN JUNE", "-455.00", "fuel"],
    [null, null, "GOLDEN 1 CU ELECTRIC VEHICLE LOAN PMT 123", "-390.00", "fuel"],
    ["Lastschrift", "Sparkasse Hanau", "Rate Ratenkredit 4471", "-120.00", "transfers"],
  ]);
});
