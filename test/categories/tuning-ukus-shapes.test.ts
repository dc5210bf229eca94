// Shapes UK and US bank texts print that the labeller or the categorizer read wrong: a payer's reference
// code after its legal form, a store number after a kind of shop, trade words (playhouse, jerk, cider shop),
// a car-finance agreement, and real chains people meet again. Each case is one printed shape.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string, transactionType: string | null = null) =>
  categorize({ amount, counterpartyName, description, transactionType, merchant: merchantName({ counterpartyName, description, transactionType }) }, { rules: [] }).categoryKey;

describe("a payer's initials after its legal form are its reference, not a brand", () => {
  it.each<[string, string]>([
    ["CR BRAMLEY PRINTING LTD BP PAYROLL MAY", "Bramley Printing"],
    ["CR HOLLOWAY MARINE LTD HM PAYROLL JUNE", "Holloway Marine"],
    ["CR ABBOTSFORD PACKAGING LTD APL PAYROLL JUNE", "Abbotsford Packaging"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

  it("still reads a brand that the text names in its own words", () => {
    expect(merchantName({ description: "CR APPLE DISTRIBUTION INTL LTD REFUND" })).toBe("Apple");
  });
});

describe("a store number after a kind of drink shop", () => {
  it("keeps the cider shop's own word", () => {
    expect(merchantName({ description: "FROME CIDER SHOP 1349   ON 15 JAN          BCC" })).toBe("Frome Cider Shop");
  });
});

describe("trade words say the kind of place", () => {
  it.each<[string, string]>([
    ["LYCEUM PLAYHOUSE       BRISTOL       GBR", "entertainment"],
    ["VIS SQ *ISLAND JERK STATION LEEDS", "restaurants"],
    ["SUMUP *YARDIE JERK HUT   MANCHESTER    GBR", "restaurants"],
    ["ZTL*DEVON CIDER SHOP ON 15 SEP          BCC", "groceries"],
  ])("%s → %s", (description, category) => {
    expect(categoryOf(null, description, "-24.50")).toBe(category);
  });

  it("files a car's PCP agreement with the car's costs", () => {
    expect(categoryOf(null, "NORTHGATE LENDING NGL PCP AGR 5520418 STO", "-289.00", "PAYMENT")).toBe("fuel");
    expect(categoryOf(null, "KESTREL CAPITAL PCP AGREEMENT 7730218 DDR", "-312.40", "PAYMENT")).toBe("fuel");
  });
});

describe("real chains and services in other printed forms", () => {
  it.each<[string | null, string, string, string]>([
    [null, "MEDICHECKS.COM LONDON GBR", "Medichecks", "health"],
    [null, "HAYU SUBSCRIPTION LONDON", "Hayu", "subscriptions"],
    [null, "LAND AND PROPERTY SERVICES RATES 5520441 DDR", "Land & Property Services", "taxes"],
    [null, "TIJUANA FLATS #77 ORLANDO FL", "Tijuana Flats", "restaurants"],
    [null, "AMERICANCRUISELINES GUILFORD CT", "American Cruise Lines", "travel"],
    [null, "SANTA MARIA NOVELLA OFFICINA LONDON GBR", "Santa Maria Novella", "drugstore"],
    [null, "GREATWOLF RESORTS 0042 MASON OH", "Great Wolf Lodge", "travel"],
    [null, "BLUEPEARL SPECIALTY PET HOSP TAMPA FL", "BluePearl", "health"],
    [null, "TEAMLAB PLANETS TOYOSU JPN", "teamLab Planets", "entertainment"],
    [null, "SODERBERG BAKERY SHOP EDINBURGH", "Söderberg", "restaurants"],
    [null, "AMBALA SWEET CENTRE 0012 LEICESTER", "Ambala", "groceries"],
    [null, "PRAX PETROLEUM 0421 HULL", "Prax", "fuel"],
    ["BLACK HORSE FINANCE", "BLACK HORSE HP AGR 5504471", "Black Horse", "fuel"],
    [null, "EUROSPAR 0177 NEWRY", "Eurospar", "groceries"],
    [null, "YORKSHIRE TRADING CO 0031 SKIPTON", "Yorkshire Trading Company", "shopping"],
    ["FIBRUS NETWORKS LTD", "FIBRUS FB5520771", "Fibrus", "utilities"],
    ["CUCKOO INTERNET LTD", "CUCKOO 5520771", "Cuckoo", "utilities"],
    [null, "MAVIS TIRES & BRAKES 0412 WHITE PLAINS NY", "Mavis Discount Tire", "fuel"],
    [null, "PORTMAN DENTAL 0412 CHELTENHAM", "Portman Dental Care", "health"],
  ])("%s / %s → %s, %s", (counterpartyName, description, label, category) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
    expect(categoryOf(counterpartyName, description, "-42.00")).toBe(category);
  });
});

describe("US card and transfer texts: a payee before the rail, a state's office by its code", () => {
  it.each<[string, string]>([
    // Amex and Wells Fargo print the person first, then the rail, then the memo.
    ["MARIA LOPEZ ZELLE RENT SHARE", "Maria Lopez"],
    ["KEVIN OKAFOR ZELLE CONCERT TIX 0315 66718136 JANE DOE", "Kevin Okafor"],
    // "OF ST" is the card field's cut State, not a street.
    ["PURCHASE AUTHORIZED ON 01/30 OHIO SECRETARY OF ST AUSTIN FL S707455877327235 CARD 4019", "Ohio Secretary Of State"],
    ["UT PARKS & WILDLIFE SALT LAKE CITY UT", "Utah Parks & Wildlife"],
    // A surname said again after the name is no part of it.
    ["DD MARTIN ELLSWORTH-BLAKE ELLSWORTH-BLAKE RENT MAY 2026", "Martin Ellsworth-Blake"],
    // Trade words the card field cut: the village store, the ironmongers.
    ["VIS SUMUP *REETH VILLAGE STOR MANCHESTER", "Reeth Village Store"],
    ["ZTL*GREYSTOKE IRONMONGLEEDS       GBR", "Greystoke Ironmongers"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

  it("files a state's secretary of state, cut at the field, as the state's fee", () => {
    expect(categoryOf(null, "PURCHASE AUTHORIZED ON 01/30 OHIO SECRETARY OF ST AUSTIN FL S707455877327235 CARD 4019", "-21.00")).toBe("taxes");
  });
});

describe("more trade words", () => {
  it.each<[string, string]>([
    ["SQ *LONE STAR KOLACHES AUSTIN TX", "groceries"],
    ["MARISCOS LA PLAYA LLC DENVER CO", "restaurants"],
    ["VALLEY EYE ASSOCIATES DENVER CO", "health"],
    ["LOCH LOMOND STEAMERS LTD GLASGOW GBR", "travel"],
    ["ZTL*GREYSTOKE IRONMONGLEEDS       GBR", "shopping"],
  ])("%s → %s", (description, category) => {
    expect(categoryOf(null, description, "-24.50")).toBe(category);
  });

  it("files a university's fees as education, not a bank's charge", () => {
    expect(categoryOf(null, "UNIVERSITY OF DUNDEE DUNDEE FEES 230441882 DDR", "-1200.00", "PAYMENT")).toBe("education");
  });
});

describe("more real chains, as other bank texts print them", () => {
  it.each<[string, string, string]>([
    ["AMERICAN FAMILY CARE 0231 BIRMINGHAM AL", "AFC Urgent Care", "health"],
    ["FLYBREEZE 4417 SALT LAKE CITY UT", "Breeze Airways", "travel"],
    ["BRILLIANT WORLDWIDE SAN FRANCISCO CA", "Brilliant", "education"],
    ["OUTSIDE INTERACTIVE BOULDER CO", "Outside", "subscriptions"],
    ["CURIOSITY INC SILVER SPRING MD", "Curiosity Stream", "subscriptions"],
    ["POD 39 HOTEL NEW YORK NY", "Pod Hotels", "travel"],
    ["N40 OUTFITTERS #12 BOZEMAN MT", "North 40 Outfitters", "shopping"],
    ["BREAUX MART #11 METAIRIE LA", "Breaux Mart", "groceries"],
    ["WALK-ONS BISTREAUX #12 BATON ROUGE LA", "Walk-On's", "restaurants"],
    ["FILIBERTOS #40 PHOENIX AZ", "Filiberto's", "restaurants"],
    ["PRT CONNECTCARD RELOAD PITTSBURGH PA", "Pittsburgh Regional Transit", "transport"],
    ["KWAL PAINT #0412 DENVER CO", "Kwal Paint", "shopping"],
    ["COUSINS SUBS #0231 MILWAUKEE WI", "Cousins Subs", "restaurants"],
    ["JAGEX*OLD SCHOOL MEMBERSHIP", "Jagex", "entertainment"],
    ["KING POWER DUTY FREE SUVARNABHUMI THA", "King Power", "shopping"],
    ["KASHMIR CROWN BAKERY 0012 HALIFAX", "Kashmir Crown Bakeries", "groceries"],
    ["BUFFALO EXCHANGE #7 TUCSON AZ", "Buffalo Exchange", "shopping"],
    ["SWAPPA.COM 0412 BOISE ID", "Swappa", "shopping"],
    ["MEDVET CINCINNATI OH", "MedVet", "health"],
    ["LEARNDIRECT COURSE 4417 LONDON", "learndirect", "education"],
    ["PARENTPAY 0231 COVENTRY", "ParentPay", "education"],
    ["GUITAR GUITAR 0007 EDINBURGH", "Guitar Guitar", "shopping"],
    ["MODELO CONTINENTE HIPERMERC 0412 PORTO", "Continente", "groceries"],
    ["HSAMUEL 0412 LEEDS", "H.Samuel", "shopping"],
    ["ANCESTRY.COM 800-262-3787 UT", "Ancestry", "subscriptions"],
    ["STUMPTOWN COFFEE #2 PORTLAND OR", "Stumptown Coffee Roasters", "restaurants"],
  ])("%s → %s, %s", (description, label, category) => {
    expect(merchantName({ description })).toBe(label);
    expect(categoryOf(null, description, "-31.00")).toBe(category);
  });

  it.each<[string | null, string, string, string]>([
    [null, "SAFETY INSURANCE CO SAFETY INS AUTO 4417203", "Safety Insurance", "insurance"],
    ["SWALEC", "SWALEC ELEC 5520441", "SWALEC", "utilities"],
    ["HELPING HANDS HOME CARE", "HELPING HANDS CARE INVOICE 5520", "Helping Hands", "health"],
  ])("%s / %s → %s, %s", (counterpartyName, description, label, category) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
    expect(categoryOf(counterpartyName, description, "-95.00")).toBe(category);
  });
});

describe("a spa chain is filed as spas are", () => {
  it("files Champneys with day spas (drugstore), not with doctors", () => {
    expect(categoryOf(null, "CHAMPNEYS HENLOW 0412 HENLOW", "-95.00")).toBe("drugstore");
    expect(categoryOf(null, "HARBOUR DAY SPA LEEDS", "-45.00")).toBe("drugstore");
  });
});
