// Trades and bank rows met at a border or abroad: the bank's own foreign-use fee, fuel and transit in French, English
// and Dutch words, a city's services, a doctor at a card terminal, galleries and animal parks, tuition, confectioners
// and beer shops, gifts to a hospital's or an air ambulance's charity, and a card payment reversed. Each case is a
// made-up business printed in a real descriptor shape (bank-formats.md §3); each rule has rows that must keep theirs.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** What the write path gives a row: labelled first, then categorized with that label. */
const categorized = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] });

const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categorized(counterparty, description ?? "", amount).categoryKey).toBe(category);
  });

describe("the bank's charge for a payment in a foreign currency is a fee", () => {
  itCategorizes([
    [null, "Auslandseinsatz CHF-Zahlungen 04/2026", "-1.84", "fees"],
    [null, "Auslandseinsatzentgelt 1,75% LOCANDA DEL PORTO LUGANO CHE", "-0.74", "fees"],
    [null, "Entgelt Fremdwährung", "-1.10", "fees"],
    [null, "Valutakosten Zwitserse frank", "-0.75", "fees"],
    [null, "Koersopslag pinbetaling", "-0.40", "fees"],
    [null, "Wisselkoersopslag", "-0.40", "fees"],
    [null, "FOREIGN USAGE CHARGE", "-1.23", "fees"],
    [null, "NON-STERLING TRANSACTION FEE", "-0.99", "fees"],
    [null, "CROSS BORDER FEE", "-0.50", "fees"],
    [null, "FRAIS PAIEMENT CB HORS ZONE EURO", "-1.20", "fees"],
    [null, "COMMISSION CONVERSION DEVISE", "-0.80", "fees"],
  ]);
});

describe("a shop whose name only holds such a word keeps its trade", () => {
  itCategorizes([
    [null, "CROSS BORDER CYCLES LTD  HEXHAM        GBR", "-45.00", "shopping"],
    [null, "FOREIGN AFFAIRS BISTRO  LEEDS GBR", "-38.00", "restaurants"],
    [null, "CONVERSION KITCHENS LTD", "-1200.00", "shopping"],
    [null, "BEA   NR:XXX101   05.03.26/12.00 Koers Fietsen Utrecht,PAS123", "-45.00", "shopping"],
  ]);
});

describe("fuel by its French, English and Dutch words", () => {
  itCategorizes([
    [null, "CARTE 12/03/26 MARTEL CARBURANTS CB*1234", "-60.00", "fuel"],
    ["MARTEL CARBURANTS SARL", "PRLV SEPA FACTURE 2026-04 CLIENT 3311", "-312.00", "fuel"],
    [null, "NORTHSTAR PETROLEUMS    CALGARY       CAN", "-45.00", "fuel"],
    [null, "CARTE 02/04/26 AIRE DE LA GARONNE CB*1234", "-55.00", "fuel"],
    [null, "CARTE 02/04/26 STATION-SERVICE DU LAC CB*1234", "-55.00", "fuel"],
    [null, "BEA   NR:XXX102   05.03.26/12.00 Pompstation De Vaart Utrecht,PAS123", "-55.00", "fuel"],
    [null, "BEA   NR:XXX103   05.03.26/12.00 Tankstation De Hoek Utrecht,PAS123", "-55.00", "fuel"],
    [null, "MAPLE RIDGE GAS BAR     KAMLOOPS      CAN", "-40.00", "fuel"],
  ]);
});

describe("a relais, a rest area's other uses and a gas supplier are no fuel stations", () => {
  itCategorizes([
    [null, "CARTE 02/04/26 HOTEL LE RELAIS DU CHATEAU CB*1234", "-180.00", "travel"],
    [null, "CARTE 02/04/26 AUBERGE DU RELAIS CB*1234", "-48.00", "restaurants"],
    [null, "CARTE 12/05/26 AIRE DE CAMPING-CAR DU LAC CB*1234", "-12.00", "travel"],
    [null, "CARTE 12/05/26 AIRE DE JEUX LES PETITS LOUPS CB*1234", "-12.00", "other"],
    ["BRIGHTWELL GAS LTD", "DIRECT DEBIT 4411", "-60.00", "utilities"],
  ]);
});

describe("a bus company, a transit operator and a parking app are what they run", () => {
  itCategorizes([
    ["Eifel-Mosel-Busverkehr GmbH", "Monatskarte 05/2026 Kd-Nr 4411", "-89.00", "transport"],
    ["Busverkehr Nordheide", "Fahrkarte", "-4.50", "transport"],
    ["Verkehrsbetriebe Lindenau", "Abo 05/2026 Kd 3311", "-59.00", "transport"],
    ["Verkehrsgesellschaft Kreis Lindenau mbH", "Jahresabo Rate 4", "-49.00", "transport"],
    [null, "CHECKCARD 0412 CITY OF MAPLEWOOD TRANSIT MAPLEWOOD MN 24224433231105006465166", "-2.50", "transport"],
    [null, "PURCHASE AUTHORIZED ON 03/12 RIVERTON PARK APP RIVERTON UT S565446134868383 CARD 2907", "-3.00", "fuel"],
  ]);
});

describe("a city's services take their own category, its bills stay taxes", () => {
  itCategorizes([
    [null, "CITY OF MAPLEWOOD TRANSIT", "-2.50", "transport"],
    [null, "CITY OF MAPLEWOOD PARKING", "-6.00", "fuel"],
    [null, "CITY OF MAPLEWOOD WATER", "-46.00", "utilities"],
    [null, "PURCHASE AUTHORIZED ON 03/12 CITY OF MAPLEWOOD LIBRARY MAPLEWOOD MN S565446134868383 CARD 2907", "-5.00", "education"],
    [null, "CITY OF MAPLEWOOD PROPERTY TAX", "-846.00", "taxes"],
    ["CITY OF MAPLEWOOD", "DIRECT DEBIT", "-120.00", "taxes"],
  ]);
});

describe("a doctor and a pharmacy at a French card terminal are health", () => {
  itCategorizes([
    [null, "CARTE 04/05/26 DR VASSEUR ETIENNE LYON CB*1234", "-25.00", "health"],
    [null, "CARTE 04/05/26 DR LAMBRECHT ANNE-SOPHIE TOULOUSE CB*1234", "-30.00", "health"],
    [null, "CARTE 04/05/26 SELARL PHARM DU CENTRE CB*1234", "-12.40", "health"],
    [null, "CARTE 04/05/26 PHARM. DE LA GARE CB*1234", "-8.40", "health"],
    [null, "CARTE 04/05/26 KINE BRUNEAU CB*1234", "-25.00", "health"],
  ]);
});

describe("a DR that is no doctor's practice keeps its category", () => {
  itCategorizes([
    [null, "CARTE 04/05/26 DR KEBAB CB*1234", "-12.00", "restaurants"],
    ["Dr. Anna Weber", "Rueckzahlung Darlehen", "-500.00", "other"],
    ["Dr. Anna Weber", "Miete Mai 2026", "-900.00", "rent"],
  ]);
});

describe("animal parks, galleries and an art foundation's admission are entertainment", () => {
  itCategorizes([
    [null, "BRAMBLEDOWN WILD ANIMAL PARK  BRISTOL GBR", "-32.00", "entertainment"],
    [null, "LAKEVIEW ANIMAL PARK    ASHFORD       GBR", "-22.00", "entertainment"],
    [null, "CHECKCARD 0412 MAPLEWOOD INSTITUTE OF ARTS MAPLEWOOD MN 24224433231105006465166", "-25.00", "entertainment"],
    [null, "HARBOURSIDE ART GALLERY  BRISTOL GBR", "-12.00", "entertainment"],
    [null, "QUAYSIDE CENTRE FOR CONTEMPORARY ART  GATESHEAD GBR", "-9.00", "entertainment"],
    [null, "CARTE 04/05/26 FONDATION MARTINOT CB*1234", "-16.00", "entertainment"],
  ]);
});

describe("a vet in an animal park's name, a salon called a gallery and a foundation's gift keep theirs", () => {
  itCategorizes([
    [null, "ANIMAL PARK VETS  LEEDS GBR", "-80.00", "health"],
    [null, "THE GALLERY HAIR SALON", "-40.00", "drugstore"],
    ["FONDATION POUR L ENFANCE", "PRLV SEPA DON MENSUEL", "-15.00", "donations"],
  ]);
});

describe("tuition is education, whatever fee word it prints", () => {
  itCategorizes([
    ["Hochschule Lindenau", "Studiengebühr SS 2026 Matr. 123456", "-350.00", "education"],
    [null, "MAPLEWOOD COLLEGE TUITION INSTALMENT", "-600.00", "education"],
    [null, "ACH DEBIT NORTHRIDGE UNIV TUITION FEE", "-1200.00", "education"],
    ["ECOLE SAINTE-ODILE", "frais de scolarité 2025-2026", "-120.00", "education"],
    ["Hogeschool Noordrand", "collegegeld 2025-2026 termijn 3", "-220.00", "education"],
  ]);
});

describe("a late fee and an account's charges stay fees", () => {
  itCategorizes([
    [null, "LATE FEE", "-12.00", "fees"],
    [null, "FRAIS TENUE DE COMPTE", "-2.00", "fees"],
    [null, "Kontoführungsentgelt 05/2026", "-4.90", "fees"],
  ]);
});

describe("confectioners, a French coffee roaster and beer shops are groceries", () => {
  itCategorizes([
    [null, "CARTE 04/05/26 TORREFACTION DES QUAIS CB*1234", "-18.00", "groceries"],
    [null, "Kartenzahlung CONFISERIE WEBERLING. 12345678//Aachen 2026-05-02T10:11:12 KFN 1 VJ 2812", "-9.00", "groceries"],
    [null, "Kartenzahlung PRINTEN KORFMACHER. 12345678//Aachen 2026-05-02T10:11:12 KFN 1 VJ 2812", "-9.00", "groceries"],
    [null, "LAECKERLI MANUFAKTUR ZOLLER  BASEL CHE", "-9.00", "groceries"],
    [null, "BEA   NR:XXX104   05.03.26/12.00 Pralines De Witte Brugge,PAS123", "-9.00", "groceries"],
    [null, "NORTHSIDE BEER STORE #4412 TORONTO ON", "-30.00", "groceries"],
    [null, "KINGSWAY BEER & WINE", "-30.00", "groceries"],
    [null, "Kartenzahlung BIERHANDEL CARSTENS. 12345678//Kiel 2026-05-02T10:11:12 KFN 1 VJ 2812", "-30.00", "groceries"],
  ]);
});

describe("a roaster's café, a print shop and a beer garden keep theirs", () => {
  // The tuning corpus files a German Kaffeerösterei (and the lists file roasters, roasteries, brûleries) as a café.
  itCategorizes([
    [null, "HILLTOP COFFEE ROASTERS  LEEDS GBR", "-18.00", "restaurants"],
    [null, "Kartenzahlung KAFFEEROESTEREI BOHNENGOLD. 12345678//Hamburg 2026-05-02T10:11:12 KFN 1 VJ 2812", "-18.00", "restaurants"],
    [null, "BEA   NR:XXX105   05.03.26/12.00 Snel Printen Utrecht,PAS123", "-5.00", "other"],
    [null, "THE BEER GARDEN  LEEDS GBR", "-22.00", "restaurants"],
  ]);
});

describe("a gift to a hospital's or an air ambulance's charity is a donation", () => {
  itCategorizes([
    [null, "DIRECT DEBIT FENMOOR AIR AMBULANCE", "-10.00", "donations"],
    ["FENMOOR AIR AMBULANCE TRUST", "REG GIFT 123456", "-10.00", "donations"],
    [null, "FENMOOR AIR AMBULANCE TRUST DDR", "-10.00", "donations"],
    ["HILLSIDE HOSPICE", "REGULAR GIFT", "-10.00", "donations"],
    ["ST ELSPETH CHILDRENS HOSPITAL CHARITY", "DONATION 4411", "-10.00", "donations"],
    ["Kinderklinik Sonnenhof", "SPENDE 2026", "-25.00", "donations"],
  ]);
});

describe("a hospital's bill, an ambulance service and a charity's shop keep theirs", () => {
  itCategorizes([
    ["Klinikum Lindenau", "Rechnung 2026-114 Wahlleistung", "-120.00", "health"],
    [null, "LINDENAU AMBULANCE SERVICE", "-120.00", "health"],
    [null, "))) FENMOOR AIR AMBULANCE SHOP", "-8.00", "shopping"],
  ]);
});

describe("a card payment reversed by an unknown shop is a refund", () => {
  itCategorizes([
    ["Gutschrift", "Gutschrift stornierte Kartenzahlung", "12.00", "refunds"],
    [null, "Gutschrift stornierte Kartenzahlung MUSTERLADEN GMBH", "12.00", "refunds"],
    [null, "PURCHASE REVERSED", "12.00", "refunds"],
    [null, "CREDIT - HOLLY & IVY LTD REVERSED", "12.00", "refunds"],
    [null, "Terugboeking aankoop", "12.00", "refunds"],
    [null, "REMBOURSEMENT ACHAT ANNULE", "12.00", "refunds"],
    [null, "AVOIR", "12.00", "refunds"],
  ]);
});

describe("a reversal by a shop of a known kind refunds that kind; pay stays pay", () => {
  it.each([
    [null, "PURCHASE REVERSED LUNA BOUTIQUE", "12.00", "refunds", "shopping"],
    [null, "CARTE 02/04/26 AVOIR LIBRAIRIE DU PORT CB*1234", "12.00", "refunds", "shopping"],
    ["Lindenau Textil GmbH", "Gehalt 05/2026", "3100.00", "salary", undefined],
  ] as const)("%s / %s (%s) → %s of %s", (counterparty, description, amount, category, of) => {
    const result = categorized(counterparty, description, amount);
    expect([result.categoryKey, result.refundOf]).toEqual([category, of]);
  });
});

describe("a reversed card payment's label is the shop's, not the reversal's words", () => {
  it.each([
    ["Gutschrift stornierte Kartenzahlung MUSTERLADEN GMBH", "Musterladen"],
    ["PURCHASE REVERSED LUNA BOUTIQUE", "Luna Boutique"],
    // Nothing after the words: they are all the row says.
    ["PURCHASE REVERSED", "Purchase Reversed"],
  ])("%s → %s", (description, merchant) => {
    expect(merchantName({ counterpartyName: null, description })).toBe(merchant);
  });
});
