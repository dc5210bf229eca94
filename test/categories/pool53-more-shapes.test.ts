// Shapes pool 53 (caravanners, boat owners, households settling a bereavement) showed: brands met
// again printed under a department or company word, and the general shapes its shops' names took.
// Each case is written in other names or other printed forms than the corpus rows.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description) gets the label a person would write. */
const itLabelsRow = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(label);
  });

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("camping and boating brands met again keep their own name under a department word", () => {
  itLabelsRow([
    [null, "Kartenzahlung DETHLEFFS SERVICECENTER. 12345678//Ulm 2026-05-02T10:00:00 KFN 1 VJ 2812", "Dethleffs"],
    ["Reimo Reisemobil-Center GmbH - Egelsbach", "Card transaction of 80.00 EUR issued by Reimo Reisemobil-Center GmbH", "Reimo"],
    [null, "GOOD SAM ENTERPRISES DES:ROADSIDE ASSIST ID:XXXXX123 INDN:JOHN ROE CO ID:XXXXX1 WEB", "Good Sam"],
    [null, "PURCHASE AUTHORIZED ON 06/01 THOUSANDTRAILS.COM DENVER CO S123456789 CARD 1111", "Thousand Trails"],
    ["ACSI Publishing B.V. 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 123 Term: AB1C", "ACSI"],
    ["Deutsche Gesellschaft zur Rettung Schiffbrüchiger", "Spende Rettungsboot", "DGzRS"],
    [null, "CHECKCARD 0301 LAZYDAYS RV OF TAMPA SEFFNER FL 12345678901234567890123", "Lazydays"],
  ]);
});

describe("pension payers and funeral chains met again are labelled by the name people know", () => {
  itLabelsRow([
    [null, "VIR SEPA CNAV RETRAITE DE BASE AVRIL 2026 NIR 2 55 01", "Assurance retraite"],
    [null, "CARTE 02/04/26 SAS ROC ECLERC NANTES CB*1234", "Roc Eclerc"],
    [null, "BEA   NR:XXX111   01.03.26/10.00 GOOGLE *CAMPERCONTACT PLUS Utrecht,PAS001", "Campercontact"],
  ]);
});

describe("a US terminal's shortened trade words are written out", () => {
  itLabelsRow([
    [null, "SAG HBR YACHT CLUB NEW YORK NY", "Sag Harbor Yacht Club"],
    [null, "PURCHASE AUTHORIZED ON 03/02 MESA TIRE SVC LLC PHOENIX AZ S123456789012345 CARD 1234", "Mesa Tire Service"],
    [null, "CHECKCARD 0412 DESERT RV SVC TUCSON AZ 12345678901234567890123", "Desert Rv Service"],
  ]);
});

describe("a motorhome's or caravan's workshop is the vehicle's upkeep", () => {
  itCategorizes([
    [null, "CHECKCARD 0412 DESERT RV SVC TUCSON AZ 12345678901234567890123", "-180.00", "fuel"],
    [null, "KARTENZAHLUNG WOHNMOBIL-SERVICE KRAUSE GMBH", "-240.00", "fuel"],
    [null, "CARTE 03/05/26 ATLANTIQUE CAMPING-CAR SERVICE CB*1234", "-95.00", "fuel"],
  ]);
});

describe("an estate's account is named as the estate, without the deceased's middle initial", () => {
  itLabelsRow([
    [null, "ESTATE OF MARGARET R OKAFOR ESTATE DISTRIBUTION 0412 1234567 JOHN ROE", "Estate Of Margaret Okafor"],
  ]);
});

describe("a trade word or a town's cash office the card field cut", () => {
  itLabelsRow([
    [null, "SQ *BLUE HERON BAKEHOUS PORTLAND OR", "Blue Heron Bakehouse"],
    [null, "STADT WAREN STADTKASS", "Stadt Waren"],
    [null, "GEMEINDE TIMMENDORF GEMEINDEKA", "Gemeinde Timmendorf"],
  ]);
});

describe("courts and health systems met again", () => {
  itLabelsRow([
    [null, "VIS HMCTS FAMILY COURT MANCHESTER", "HMCTS"],
    [null, "MERCY HEALTH PARTNERS DES:PAYROLL ID:XXXXX123 INDN:JOHN ROE CO ID:XXXXX1 PPD", "Mercy Health"],
  ]);
  itCategorizes([
    [null, "KENT COUNTY PROBATE CT #1234 DOVER DE", "-25.00", "taxes"],
    [null, "HIGHFIELD FARM CAMPSITE ON 12 JUL BCC", "-60.00", "travel"],
  ]);
});

describe("a town cut at a 24-character card field (N26's and bunq's) is no part of the name", () => {
  itLabelsRow([
    ["KAASHANDEL VISSER MEDEMB", "", "Kaashandel Visser"],
    ["SEGLERBEDARF HAHN NEUSTA", "", "Seglerbedarf Hahn"],
    ["HENGELSPORT BOS HARDERWI", "", "Hengelsport Bos"],
    ["KAASHANDEL VISSER ALKMAA", "KAASHANDEL VISSER ALKMAA Utrecht, NL", "Kaashandel Visser"],
  ]);
});

describe("a season's pitch on a campsite is the stay, its flat-rate power included", () => {
  itCategorizes([
    ["Campingpark Seeblick GmbH", "Dauerstellplatz Nr. 12 Saison 2026 inkl. Strom", "-450.00", "travel"],
    ["Ferienpark Am Deich KG", "Saisonplatz 2026 Parzelle 7 Stromkosten pauschal", "-380.00", "travel"],
  ]);
});

describe("a nautical outfitter met again online is shopping", () => {
  itCategorizes([["PAYPAL *TOPLICHT", "PP.1234.PP . TOPLICHT, Ihr Einkauf bei TOPLICHT", "-45.00", "shopping"]]);
});

describe("more chains boaters, campers and the bereaved meet again", () => {
  itCategorizes([
    [null, "PURCHASE AUTHORIZED ON 05/02 WEST MARINE #1234 ANNAPOLIS MD S123456789012345 CARD 1111", "-60.00", "shopping"],
    ["Marskramer Leeuwarden 1234", "Pasvolgnr: 001 01-05-2026 10:00 Transactie: 123 Term: AB1C", "-20.00", "shopping"],
    [null, "CARTE 02/06/26 CAMPING-CAR PARK CB*1234", "-15.00", "travel"],
    [null, "DIGNITY MEMORIAL 1234HOUSTON       TX", "-250.00", "other"],
    [null, "NAVIGATORS & GENERAL N&G YACHT POLICY 1234567 DDR", "-30.00", "insurance"],
    [null, "BEA   NR:XXX111   01.03.26/10.00 TANKPRO 1234 HEERENVEEN Utrecht,PAS001", "-50.00", "fuel"],
    [null, "BROADS CARAVAN SERVICES LTD 1234 ON 11 FEB CPM", "-80.00", "fuel"],
    ["Hafenwelt im-jaich GmbH", "", "-40.00", "travel"],
  ]);
});
