// The trades of households that have just moved house, enumerated by trade: a deposit paid to a landlord, removals,
// storage, a relocation agency, the state's fees after a move, a resident's parking permit and a bus pass, the
// employer's help with the move, and the shops and tradesmen of a new home. Each business is made up; each rule has a
// row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a deposit for a new home paid to a person is the home's", () => {
  itCategorizes([
    [null, "P.A. de Wit-Hendriks", "/TRTP/SEPA OVERBOEKING/IBAN/NL00494038551312240111/BIC/ABNANL2A/NAME/P.A. de Wit-Hendriks/REMI/Borg woning Tongelre/EREF/NOTPROVIDED", "-1200.00", "rent"],
    ["Überweisung", "Gerlinde Haverkamp", "Mietkaution Wohnung Lindenstr. 4 EG", "-1650.00", "rent"],
  ]);
  describe("but a person paid for a favour keeps theirs", () => {
    itCategorizes([
      [null, "M. Borg", "Terugbetaling etentje", "-35.00", "other"],
    ]);
  });
});

describe("an employer's help with a move is paid with the pay", () => {
  itCategorizes([
    ["SEPA-Gutschrift", "Isartal Maschinenbau GmbH", "Umzugskostenerstattung lt. Vertrag", "1210.40", "salary"],
    [null, "Zuiderkwartier Techniek B.V.", "/TRTP/SEPA OVERBOEKING/IBAN/NL00284069649222581111/BIC/ABNANL2A/NAME/Zuiderkwartier Techniek B.V./REMI/Tegemoetkoming verhuizing APRIL 2026/EREF/NOTPROVIDED", "2100.00", "salary"],
    [null, null, "PRAIRIE DYNAMICS INC RELOCATION LUMP SUM PRAIRIE DYNAM 1223 76021111 JANE DOE", "1500.00", "salary"],
  ]);
});

describe("removals, storage and a relocation agency are the move's own costs", () => {
  itCategorizes([
    ["Ausgang", "MOEBELSPEDITION KRAMPITZ Celle      DE", "2026-04-02 Debitk.99 VISA Debit", "-417.02", "other"],
    ["Lastschrift", "VISA RELOCATION AGENTUR RHEINBOGEN GMBH 5366", "NR XXXX 0621 KOELN DE KAUFUMSATZ 14.12 52.93", "-352.93", "rent"],
    ["Card payment", null, "CASTLEGATE STORAGE SWINDON   LONDON        GBR", "-62.97", "rent"],
  ]);
  describe("but a furniture shop and a cloud's storage keep theirs", () => {
    itCategorizes([
      ["KARTENZAHLUNG", "MOEBELHAUS KRAMPITZ//CELLE/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-417.02", "shopping"],
      ["Card payment", null, "GOOGLE *Google Storage g.co/helppay# GBR", "-1.99", "subscriptions"],
    ]);
  });
});

describe("the state's fees after a move and the new commute", () => {
  itCategorizes([
    ["MasterCard Payment", "MAIN-KINZIG-KREIS ZULASSUNG", "", "-31.70", "taxes"],
    [null, null, "VIR SEPA AGGLO VIERZON REOM 2025 2EME SEMESTRE 624117", "-88.10", "taxes"],
    [null, null, "CARTE 02/02/26 VILLE DE ROMANS ABONNEMENT RESIDENT CB*1636", "-40.60", "fuel"],
    [null, null, "PURCHASE AUTHORIZED ON 04/06 RGRTA MONTHLY PASS FLINT AUSTIN CA S438445218161111 CARD 9598", "-37.49", "transport"],
  ]);
  describe("but a town's other bills and a gym's pass keep theirs", () => {
    itCategorizes([
      [null, null, "PRLV SEPA VILLE DE ROMANS TAXE ENLEVEMENT 2025", "-140.00", "taxes"],
    ]);
  });
});

describe("the shops and tradesmen of a new home, by their trade word, are shopping", () => {
  itCategorizes([
    ["Kartenzahlung", "SCHLUESSEL-BRANDT HAM", "SCHLUESSEL-BRANDT HA/HAUPTSTR. 117/FRANKFURT/DE 25-08-2025T08:30:05 Folgenr. 15 Verfalld. 1229", "-56.31", "shopping"],
    ["KARTENZAHLUNG", "KORTMANN SB-LAGERKAUF FIL 03//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-234.80", "shopping"],
    ["Kartenverfügung", null, "Gravierwerkstatt Ohlendorf, MUENCHEN DE Karte Nr. 4871 78XX XXXX 0953 Kartenzahlung comdirect Visa-Debitkarte", "-16.29", "shopping"],
    [null, "WITGOEDHANDEL ZEELST V.O.F.", "WITGOEDHANDEL ZEELST V.O.F. Amsterdam, NL", "-458.43", "shopping"],
    ["Betaalautomaat", "Keukenparadijs B.V. 0734", "Pasvolgnr: 001 28-05-2026 12:11 Transactie: 244188 Term: AB309C", "-122.74", "shopping"],
    [null, null, "BEA   NR:XXX619   14.10.26/15.12 Zettle_*Montageservice Dorp Utrecht,PAS319", "-74.84", "shopping"],
    ["Card payment", null, "GREYFRIARS REUSE CENTRE MANCHESTER    GBR", "-29.17", "shopping"],
    ["Card payment", null, "SP * TAPEANDBOX PACKAGING GLASGOW       GBR", "-56.38", "shopping"],
    // Glued by the card field, and a reuse centre cut after "REUSE".
    ["Card payment", null, "SP * TAPEANDBOXPACKAGING GLASGOW       GBR", "-56.38", "shopping"],
    [null, null, "))) SUMUP *GREYFRIARS REUSE BRISTOL", "-25.00", "shopping"],
    ["Card payment", null, "ALDERTON KITCHEN STUDIO GLASGOW       GBR", "-149.19", "shopping"],
    [null, "SCHOONMAAKBEDRIJF DE BLINKERT V.O.F.", "SCHOONMAAKBEDRIJF DE BLINKERT V.O.F. Utrecht, NL", "-42.17", "shopping"],
    ["OUT", "ENDREINIGUNG KLAPPROTH - Dresden", "Card transaction of 211.24 EUR issued by ENDREINIGUNG KLAPPROTH", "-211.24", "shopping"],
    // A drain cleaner is a tradesman (Rohr-, Kanalreinigung), not a dry cleaner.
    ["Kartenzahlung", "Rohrfix Service Gm", "ROHRFIX SERVICE G/HAUPTSTR. 12/HAMBURG/DE 14-07-2026T21:04:43 Folgenr. 19 Verfalld. 1229 ROHRREINIGUNG", "-189.00", "shopping"],
    ["Lastschrift", "VISA KANALREINIGUNG OSTERMANN 7408", "NR XXXX 2116 DRESDEN DE KAUFUMSATZ 02.04 147.94 849138", "-147.94", "shopping"],
  ]);
  describe("but a dry cleaner, a kitchen that cooks and a fish smokery keep theirs", () => {
    itCategorizes([
      ["KARTENZAHLUNG", "TEXTILREINIGUNG KLAPPROTH//CELLE/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-14.80", "drugstore"],
      ["Card payment", null, "THE ALDERTON KITCHEN GLASGOW       GBR", "-31.50", "restaurants"],
      ["Betaalautomaat", "VISROKERIJ DE HAVEN 9367", "Pasvolgnr: 001 06-01-2026 11:50 Transactie: 023569 Term: AB316C", "-26.84", "groceries"],
    ]);
  });
});

describe("a deposit paid back to the tenant who left is their money returned, not the home's cost", () => {
  itCategorizes([
    ["Allgemeine Zahlung", "Annika Sommerfeld", "Rueckzahlung Mietkaution Whg. 3 abzgl. Reparatur", "-841.76", "other"],
    ["Überweisung", "Jonas Brettschneider", "Kautionsrueckzahlung Wohnung Lindenstr. 4", "-1200.00", "other"],
    [null, "P. van Dongen", "/TRTP/SEPA OVERBOEKING/IBAN/NL00494038551312240222/BIC/ABNANL2A/NAME/P. van Dongen/REMI/Terugbetaling borg woning Tongelre/EREF/NOTPROVIDED", "-950.00", "other"],
  ]);
  describe("but a deposit paid for a new home stays the home's", () => {
    itCategorizes([
      ["Überweisung", "Gerlinde Haverkamp", "Mietkaution Wohnung Lindenstr. 4 EG, 1. Rate", "-550.00", "rent"],
    ]);
  });
});
