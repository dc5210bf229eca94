// Trade words the lists lacked, in the languages and shapes the banks print them (bank-formats.md §3): a bank's charge
// for an urgent transfer or a card payment outside the euro area (Dutch), a credit check (SCHUFA, tenant referencing),
// professional liability and a landlord's insurance, a pharmacy's "RX", a fish-roll stall, a pavilion,
// a roastery, a canteen's association, tools, caravan dealers, a sailmaker, a print studio, biscuits, a border kiosk,
// a town's railway, a French company's VAT return. Businesses made up; beside them the rows that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("trade words the lists lacked name their trade", () => {
  itCategorizes([
    [null, null, "Tarief spoedoverboeking 03-2026", "-3.78", "fees"],
    [null, null, "Toeslag pinbetaling buiten eurozone", "-8.32", "fees"],
    ["Kartenverfügung", null, "SCHUFA HOLDING AG, MUENCHEN DE Karte Nr. 4871 78XX XXXX 0358 Kartenzahlung comdirect Visa-Debitkarte 2025-06-14 00:00:00", "-7.78", "fees"],
    [null, null, "VIS LETWELL REFERENCING BRISTOL", "-44.92", "fees"],
    ["Incasso", "Stevig B.V.", "Naam: Stevig B.V. Omschrijving: Stevig beroepsaansprakelijkheid 07-2026", "-25.17", "insurance"],
    [null, null, "PRLV SEPA ASSURLOGIS PROPRIETAIRE NON OCCUPANT FEBRUARY", "-20.49", "insurance"],
    [null, null, "PURCHASE AUTHORIZED ON 06/22 BLUEBELL RX SANTA FE SEATTLE CA S910801317358836 CARD 1859", "-45.08", "health"],
    ["KARTENZAHLUNG", "FISCHBROETCHEN AM KAI//HAMBURG/DE", "2025-12-06T11:50 Debitk.2 2027-12 ", "-16.15", "restaurants"],
    ["Kartenzahlung", "CCV*PAVILJOEN DE DUINEN", "CCV*PAVILJOEN DE DUIN/HAUPTSTR. 10/BERLIN/DE 28-07-2025T12:46:13 Folgenr. 19 Verfalld. 1229", "-48.30", "restaurants"],
    ["PayPal Express-Zahlung", "ROESTEREI KLEINSCHMIDT", "PayPal Express-Zahlung", "-45.78", "restaurants"],
    ["Lastschrift", null, "Kartenzahlung SUMUP *MENSAVEREIN HOLZMINDEN. 47888255//Berlin 2025-09-29T17:51:04 KFN 1 VJ 2812", "-14.34", "restaurants"],
    ["Card payment", null, "BRIDPORT TOOLS 0231   LONDON        GBR", "-113.25", "shopping"],
    ["Ausgang", "Caravaning Oldehoff GmbH & Co. KG/KOELN//DE", "2025-07-19 Debitk.99 VISA Debit", "-243.36", "shopping"],
    ["MasterCard Payment", "SEGELMACHEREI HANSEN KIEL", null, "-48.52", "shopping"],
    [null, null, "VIS SQ *OAKLEAF PRINT STUDIO MANCHESTER", "-29.57", "shopping"],
    [null, null, "CARTE 11/10/25 BISCUITS LEMOINE SAS CB*5097", "-16.93", "groceries"],
    [null, null, "BEA   NR:XXX803   31.05.25/13.52 SUMUP *GRENZKIOSK NIEUWESCHANS Utrecht,PAS800", "-12.83", "groceries"],
    ["PayPal Express-Zahlung", "City-Bahn Zwickau GmbH", "PayPal Express-Zahlung", "-52.88", "transport"],
    [null, null, "VIR SEPA SIE LYON 3E TVA CA3 03/2025 SIREN 884417203", "-2158.05", "taxes"],
  ]);
  describe("but the rows beside them stay where they were", () => {
    itCategorizes([
      ["Überweisung", "Anna Bahn", "Geburtstagsgeschenk", "-30.00", "other"],
      [null, null, "Tarief spoedoverboeking", "3.78", "income_other"],
      ["Kartenzahlung", "Kaffeeroesterei Bohnenwerk", null, "-12.40", "restaurants"],
    ]);
  });
});
