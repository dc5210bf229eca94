// Pool 67's remaining shop shapes, each as a general class: a "… Wonen"/"… Wohnen" furniture store paid by card (no
// rent is paid at a terminal), a HOLZLAND member by its firm's form, a vegetable farm's shop, a Welsh caffi, a Dutch
// "gasthuis" (an almshouse's or a tower's name, no Gasthaus) beside a bakery; and the renovation chains of
// brands/renovators.ts. Shapes from pool 67; the rest made up.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a '… Wonen' or '… Wohnen' store paid by card is a furniture store, not a landlord", () => {
  itCategorizes([
    // Pool 67's shape.
    ["Betaalautomaat", "PIET KLERKX WONEN 9106", "Pasvolgnr: 001 31-01-2025 15:52 Transactie: 516495 Term: AB074C", "-202.60", "shopping"],
    ["Betaalautomaat", "VAN DER GARDE WONEN 0412", "Pasvolgnr: 001 02-02-2026 11:00 Transactie: 11 Term: AB1", "-340.00", "shopping"],
    ["Kartenzahlung girocard", "MOEBEL MEYER WOHNEN", "HAMBURG/DE", "-120.00", "shopping"],
  ]);
});

describe("must not move: a housing corporation or landlord named '… Wonen'/'… Wohnen' paid by transfer", () => {
  itCategorizes([
    ["Incasso", "Mitros Wonen", "Huur april 2026 contract 123", "-780.00", "rent"],
    ["Incasso", "Woonstichting Area Wonen", "Maandhuur mei", "-650.00", "rent"],
    ["Dauerauftrag", "LEG Wohnen", "Miete Mai", "-700.00", "rent"],
  ]);
});

describe("a HOLZLAND member, a vegetable farm's shop, a Welsh caffi, a bakery by a 'gasthuis' tower", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Lastschrift", null, "Kartenzahlung HOLZLAND REHKOPF GMBH & CO. KG. 47888255//Berlin 2025-09-29T17:51:04 KFN 1 VJ 2812", "-257.59", "shopping"],
    ["KARTENZAHLUNG", "GEMUESEHOF WESTENDORF//MUENCHEN/DE", "2026-01-18T19:13 Debitk.2 2027-12 ", "-92.88", "groceries"],
    ["Card payment", null, "CAFFI MYRDDIN          LONDON        GBR", "-60.67", "restaurants"],
    ["Betaalautomaat", "CCV*Bakkerij Gasthuistoren 3727", "Pasvolgnr: 001 11-08-2025 11:09 Transactie: 710568 Term: AB968C", "-19.20", "groceries"],
    ["Kartenzahlung", "HOLZLAND BECKER GMBH", null, "-90.00", "shopping"],
    ["Kartenzahlung", "Gemüseladen Yilmaz", null, "-14.00", "groceries"],
    ["Card payment", null, "SUMUP *CAFFI CWTCH CARDIFF", "-9.50", "restaurants"],
  ]);
});

describe("must not move: a district named after the Holzland, a Gasthaus", () => {
  itCategorizes([
    ["Lastschrift", "Landratsamt Saale-Holzland-Kreis", "Abfallgebuehren 2026 Kassenzeichen 1234", "-80.00", "taxes"],
    ["Kartenzahlung", "Gasthaus zum Muenzenberg", null, "-42.00", "restaurants"],
  ]);
});

describe("renovation chains (brands/renovators.ts)", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Kartenverfügung", null, "KERAMUNDO KASSEL, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte 2026-02-20 00:00:00", "-55.70", "shopping"],
    ["Kartenverfügung", null, "Thermondo Gmbh Berlin, MUENCHEN DE Karte Nr. 4871 78XX XXXX 0953 Kartenzahlung comdirect Visa-Debitkarte 2025-04-09 00:00:00", "-156.29", "shopping"],
    ["OUT", "SCHUETTFLIX GMBH - Berlin", "Card transaction of 256.34 EUR issued by SCHUETTFLIX GMBH", "-256.34", "shopping"],
    [null, null, "CARTE 01/08/25 ESPACE AUBADE CAHORS CB*8050", "-157.01", "shopping"],
    ["Card payment", null, "FARROW & BALL WIMBORNE LONDON        GBR", "-209.22", "shopping"],
    ["Card payment", null, "TRADEPOINT 1318        GLASGOW       GBR", "-104.31", "shopping"],
    ["DEBIT_CARD", null, "BATH FITTER #9830 AUSTIN TX", "-57.90", "shopping"],
    [null, null, "CHECKCARD 0506 PELLA CORP SEATTLE CA 92094091836717402468800", "-210.82", "shopping"],
    ["DEBIT_CARD", null, "BIN THERE DUMP THAT FREDE #7535 SEATTLE TX", "-134.37", "shopping"],
    ["DEBIT_CARD", null, "FAS MART LYNCHBURG NEW YORK NY", "-82.88", "fuel"],
    [null, null, "PURCHASE AUTHORIZED ON 07/06 HIGH'S OF FREDERICK SAN JOSE MD S067780287098162 CARD 3015", "-85.97", "fuel"],
    [null, null, "SUNRUN SUNRUN PPA JUNE", "-110.68", "utilities"],
  ]);
});

describe("must not move: a preacher, a town named Pella", () => {
  itCategorizes([
    ["Überweisung", "Ev. Kirchengemeinde", "Spende Prediger Seminar", "-50.00", "donations"],
    ["DEBIT_CARD", null, "PELLA IA HY-VEE #1123", "-40.00", "groceries"],
  ]);
});
