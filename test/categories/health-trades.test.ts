// The trades of households living with a chronic illness or disability, enumerated by trade: home nursing, hospitals
// and labs, therapists, medical supplies and mobility aids, orthopaedic makers, the rides to treatment. Each business
// is made up; each rule has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("home nursing and the person's share of it are care, though a church's charity runs it", () => {
  itCategorizes([
    ["Lastschrift", "Diakonie-Sozialstation Bergheim gGmbH", "Eigenanteil Pflegesachleistung 03/2026 RgNr 12-0001", "-120.00", "health"],
    ["Transfer", null, "To Diakonie-Sozialstation Bergheim gGmbH", "-80.00", "health"],
    ["Überweisung", "Ökumenische Sozialstation Talblick e.V.", "Rechnung 2026-04", "-64.00", "health"],
  ]);
  describe("but a gift to the church's charity stays a gift", () => {
    itCategorizes([["Überweisung", "Diakonie Deutschland", "Spende Fluthilfe", "-50.00", "donations"]]);
  });
});

describe("hospitals, labs, therapists and orthopaedic makers are health, whatever trade word their name carries", () => {
  itCategorizes([
    [null, null, "BEA   NR:XXX111   01.02.26/09.10 WESTLAND ZIEKENHUISGROEP Delft,PAS111", "-9.00", "health"],
    [null, "BANDAGISTERIE DE LINDE", "BANDAGISTERIE DE LINDE Zwolle, NL", "-28.00", "health"],
    [null, "CCV*HULPMIDDELENWINKEL OOST", "CCV*Hulpmiddelenwinkel Oost Arnhem, NL", "-21.00", "health"],
    [null, "NOORDER MEDISCHE DIAGNOSTIE", "NOORDER MEDISCHE DIAGNOSTIE Groningen, NL", "-40.00", "health"],
    [null, "LOGOPEDIEPRAKTIJK DE BRUG", "LOGOPEDIEPRAKTIJK DE BRUG Utrecht, NL", "-43.00", "health"],
    [null, "PODOTHERAPIE WESTHOEK", "PODOTHERAPIE WESTHOEK Leiden, NL", "-15.00", "health"],
    ["Betaalautomaat", "Dietistenpraktijk Oosterpark 0101", "Pasvolgnr: 001 01-05-2026 12:11 Transactie: 000001 Term: AB111C", "-29.50", "health"],
    [null, null, "BEA   NR:XXX222   01.03.25/13.52 KAPTEIN ORTHOPEDIE B.V. Utrecht,PAS222", "-36.00", "health"],
    ["OUT", "HAGEMANN ORTHO-SCHUHTECH - Kiel", "Card transaction of 41.80 EUR issued by HAGEMANN ORTHO-SCHUHTECH", "-41.80", "health"],
    [null, null, "CHECKCARD 0903 SQ *RIVER BEND OCCUPATIONA AUSTIN TX 31851403537303247007284", "-18.00", "health"],
    [null, null, "CHECKCARD 1128 SQ *CEDAR HILL SPEEC DENVER CO 21528200012282703936924", "-35.00", "health"],
    ["Debit", null, "MARCHES SPEECH & LANGUAGE TH ON 14 AUG          BCC", "-17.00", "health"],
    [null, null, "PURCHASE AUTHORIZED ON 06/29 WALK-IN LAB NEW YORK NY S377627663801744 CARD 0908", "-13.90", "health"],
    ["Card payment", null, "ASHFORD HEALTHCARE         BRISTOL       GBR", "-27.00", "health"],
    ["Kartenzahlung", "Rehamobil Süd GmbH", "REHAMOBIL SUED GMBH/HAUPTSTR. 38/ULM/DE 02-07-2026T07:17:33 Folgenr. 19 Verfalld. 1229", "-46.00", "health"],
    ["PayPal Express-Zahlung", "Elektromobile Harz Inh. K. Lenz", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "-9.50", "health"],
    [null, null, "CARTE 27/02/26 HORIZON SANTE SAS CB*5541", "-35.00", "health"],
  ]);
  describe("but a shoe shop, a window-frame maker, a bar called a lab and a health insurer keep theirs", () => {
    itCategorizes([
      ["Kartenzahlung", "SCHUHHAUS KLEIN", "SCHUHHAUS KLEIN/HAUPTSTR. 1/KIEL/DE 01-05-2026T10:00:00 Folgenr. 01 Verfalld. 1229", "-60.00", "shopping"],
      [null, null, "CARTE 27/02/26 MUTUELLE SANTE AVENIR CB*5541", "-35.00", "insurance"],
    ]);
  });
});

describe("the rides to treatment are transport", () => {
  itCategorizes([
    ["KARTENZAHLUNG", "KRANKENFAHRTEN WEBER INH. P. WEBER//KASSEL/DE", "2025-05-07T10:47 Debitk.2 2027-12 ", "-88.00", "transport"],
    ["Kartenzahlung", "KRANKENFAHRTEN WEBE", "KRANKENFAHRTEN WEB/HAUPTSTR. 68/KOELN/DE 14-06-2026T15:32:26 Folgenr. 06 Verfalld. 1229", "-70.00", "transport"],
    ["Debit", null, "SUMUP *TACSI MENAI ON 16 APR          BCC", "-42.00", "transport"],
  ]);
});

describe("care and disability allowances paid in are other income, though a council pays them", () => {
  itCategorizes([
    ["DIRECTDEP", null, "STIRLING COUNCIL SDS SDS DIRECT PAYMENT PERIOD 04 BGC", "612.00", "income_other"],
    [null, null, "SOCIAL SECURITY SCOTLAND ADULT DISABILITY PAYMENT", "300.00", "income_other"],
    ["Gutschrift", "Landeshauptkasse", "Blindengeld 05/2026 Az 12-3456", "410.00", "income_other"],
    [null, null, "VIR CAF AAH MAI 2026", "1016.00", "income_other"],
    [null, "UWV", "Wajong uitkering mei 2026", "900.00", "income_other"],
  ]);
  describe("but a council's refund of council tax stays a refund", () => {
    itCategorizes([["DIRECTDEP", null, "STIRLING COUNCIL CTAX REFUND BGC", "85.00", "refunds"]]);
  });
});

describe("a packaged account's monthly price is the bank's fee; a policy by its VS-Nr is cover", () => {
  itCategorizes([
    [null, null, "PACKAGED ACCOUNT MONTHLY PRICE MARCH", "-17.00", "fees"],
    ["Dauerauftrag / Terminueberweisung", "Nordmark Unternehmensgruppe", "ZahnPlus Beitrag 04/2025 VS-Nr 12345678", "-35.53", "insurance"],
  ]);
});

describe("the US home-medical-equipment chains are health", () => {
  itCategorizes([
    [null, null, "PURCHASE AUTHORIZED ON 03/23 LINCARE INC DENVER CO S548493790351596 CARD 9251", "-52.53", "health"],
    ["DEBIT_CARD", null, "NUMOTION 0412 HARRISBURG #7432 HARRISBURG PA", "-37.59", "health"],
  ]);
});
