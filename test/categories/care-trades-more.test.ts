// More trades of households living with a chronic illness or disability: lymph drainage, basic care and relief at home,
// day care, hearing centres, diabetic and incontinence supplies, a hospital's patient desk, the co-payments an insurer
// collects; bathroom conversions and home modifications (tradesmen); gluten-free bakers and shops (groceries).
// Each business is made up; each rule has rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("lymph drainage, care at home, day care, hearing centres and supplies for the sick are health", () => {
  itCategorizes([
    ["Kartenzahlung", null, "LYMPHPRAXIS AM MARKTPLATZ//BONN/DE 2026-01-02T10:00:00", "-48.00", "health"],
    [null, null, "CARTE 03/02/26 CB DRAINAGE LYMPHATIQUE DUPONT CB*1234", "-45.00", "health"],
    [null, "LYMFETHERAPIE OOST", "LYMFETHERAPIE OOST Zwolle, NL", "-38.00", "health"],
    ["Ueberweisung", "Pflegeteam Lindenhof GmbH", "Rechnung Grundpflege 03/2026 Kd 4411", "-210.00", "health"],
    ["Ueberweisung", "Hausdienste Meyer", "Entlastungsleistung 02/2026", "-125.00", "health"],
    ["Overschrijving", "Thuishulp Noord B.V.", "Huishoudelijke ondersteuning 04-2026", "-180.00", "health"],
    ["Betaalautomaat", "Stichting Dagbesteding Het Anker 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 000001 Term: AB111C", "-30.00", "health"],
    [null, null, "CARTE 01/03/26 CB ACCUEIL DE JOUR LES PINS CB*1111", "-42.00", "health"],
    [null, null, "PURCHASE AUTHORIZED ON 01/02 MAPLE ADULT DAY PROGRAM SPRINGFIELD IL S123 CARD 1111", "-60.00", "health"],
    [null, null, "PURCHASE AUTHORIZED ON 01/02 OAKVIEW SENIOR DAY PRG SPRINGFIELD IL S123 CARD 1111", "-60.00", "health"],
    [null, null, "Hoerzentrum Bad Vilbel GmbH", "-35.00", "health"],
    [null, null, "SQ *RIVERSIDE HEARING SEATTLE WA", "-25.00", "health"],
    ["DEBIT_CARD", null, "MIDWEST DIABETIC SUPPLIES #12 DENVER CO", "-37.00", "health"],
    [null, null, "BEA   NR:XXX111   01.02.26/09.10 INCONTINENTIESHOP.NL Utrecht,PAS111", "-45.00", "health"],
    ["DEBIT_CARD", null, "GREENFIELD HEALTH PATIENT DENVER CO", "-40.00", "health"],
    [null, null, "PURCHASE AUTHORIZED ON 03/03 ST LUKE MED CTR AUSTIN TX S998 CARD 1111", "-22.00", "health"],
    ["Überweisung", "BKK Nordwest", "Zuzahlungen 2026 Befreiung Vers.-Nr. A123", "-120.00", "health"],
    ["Dauerauftrag", "AOK Hessen", "Eigenanteil bis Belastungsgrenze 2 Prozent 2026", "-90.00", "health"],
  ]);
  describe("but an insurer's premium, a court hearing's fee, a market and a day ticket stay what they are", () => {
    itCategorizes([
      ["Lastschrift", "AOK Hessen", "Beitrag Krankenversicherung 03/2026", "-90.00", "insurance"],
      ["Kartenzahlung", null, "EDEKA MARKT AM RING//BONN/DE 2026-01-02T10:00:00", "-20.00", "groceries"],
      [null, null, "BEA   NR:XXX111   01.02.26/09.10 ALBERT HEIJN 1234 Utrecht,PAS111", "-20.00", "groceries"],
      [null, null, "CARD PAYMENT TO TRAINLINE DAY RETURN", "-20.00", "transport"],
    ]);
  });
});

describe("bathroom conversions and home modifications are a tradesman's work", () => {
  itCategorizes([
    [null, null, "BADUMBAU RHEINTAL GMB/HAUPTSTR. 1/BONN/DE", "-60.00", "shopping"],
    ["Betaalautomaat", "Woningaanpassing Oost B.V. 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 000001 Term: AB111C", "-120.00", "shopping"],
    ["DEBIT_CARD", null, "SUMMIT HOME MODS LLC DENVER CO", "-200.00", "shopping"],
    ["DEBIT_CARD", null, "LAKESIDE HOME MODIFICATIONS DENVER CO", "-200.00", "shopping"],
  ]);
  describe("but a home's rent and a stairlift stay what they are", () => {
    itCategorizes([
      ["Incasso", "Woonstichting De Linde", "Huur maart 2026", "-700.00", "rent"],
      [null, null, "VIS STANNAH STAIRLIFTS MANCHESTER", "-26.33", "health"],
    ]);
  });
});

describe("gluten-free bakers and shops sell food", () => {
  itCategorizes([
    [null, null, "Kartenzahlung GLUTENFREIE BACKSTUBE LINDEN. 12345678//Bonn 2026-01-02T10:00:00 KFN 1 VJ 2812", "-18.00", "groceries"],
    ["Betaalautomaat", "GLUTENVRIJEWINKEL.NL 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 000001 Term: AB111C", "-40.00", "groceries"],
    ["Card payment", null, "GLUTENFREESHOP.CO.UK  BRISTOL       GBR", "-30.00", "groceries"],
    ["DEBIT_CARD", null, "SQ *CELIAC HOME BAKE #81 DENVER CO", "-25.00", "groceries"],
  ]);
  describe("but a gluten-free restaurant is still a restaurant", () => {
    itCategorizes([["DEBIT_CARD", null, "GLUTEN FREE BISTRO DENVER CO", "-45.00", "restaurants"]]);
  });
});

describe("a wheelchair van hired is a hire, a ride in an adapted minibus is transport", () => {
  itCategorizes([
    ["Betaalautomaat", "ROLSTOELBUS VERHUUR TWENTE 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 000001 Term: AB111C", "-180.00", "travel"],
    ["PayPal Express-Zahlung", "Rollimobil Vermietung Nord", "Handyzahlung", "-250.00", "travel"],
    [null, null, "WHEELCHAIR ACCESSIBLE VAN HIRE LTD ON 02 MAR BCC", "-300.00", "travel"],
    [null, null, "CARTE 06/04/25 TRANSPORT ADAPTE DU LITTORAL CB*1234", "-30.00", "transport"],
    [null, null, "CARTE 06/04/25 TRANSPORTS ADAPTES VAL D OISE CB*1234", "-30.00", "transport"],
  ]);
  describe("but a wheelchair repairer, a holiday flat let and a van hire stay what they are", () => {
    itCategorizes([
      [null, null, "SUMUP *ROLLSTUHLSERVICE NORD", "-20.00", "health"],
      [null, null, "VERMIETUNG FERIENWOHNUNG SEEBLICK", "-200.00", "travel"],
      [null, null, "CARTE 06/04/25 TRANSPORTS DUPONT DEMENAGEMENT CB*1234", "-300.00", "other"],
    ]);
  });
});

describe("a glued Dutch pharmacy's name is a pharmacy", () => {
  itCategorizes([
    [null, null, "BEA   NR:XXX111   01.02.26/09.10 STADSAPOTHEEK ZWOLLE Utrecht,PAS111", "-12.00", "health"],
    [null, "DORPSAPOTHEEK DE LIER", "DORPSAPOTHEEK DE LIER Den Haag, NL", "-8.00", "health"],
  ]);
});

describe("a council's direct payment for care is income, in either word order", () => {
  itCategorizes([
    ["Faster payment", "KENT COUNTY COUNCIL", "DIRECT PAYMENT CARE PKG APRIL", "504.00", "income_other"],
    ["Faster payment", "LEEDS CITY COUNCIL", "DIRECT PAYMENTS SOCIAL CARE 04/26", "320.00", "income_other"],
  ]);
  describe("but its council tax refund stays a refund", () => {
    itCategorizes([["Faster payment", "KENT COUNTY COUNCIL", "COUNCIL TAX REFUND", "50.00", "refunds"]]);
  });
});
