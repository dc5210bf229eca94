// Noise that card fields and creditor names carry around a shop's name:
// owner clauses, professional and French legal forms, purpose words after a
// payer, a city the terminal ran into the name, a word cut at the field's
// width, a utility's legal division. Each case is one printed shape; the
// label must be the name a person would write down.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantKey } from "../../src/categories/merchant-label.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("what follows or precedes a name is not the name", () => {
  itLabels([
    ["GASTSTAETTE LINDENHOF INH. K. MEYER, KASSEL DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung", "Gaststaette Lindenhof"],
    ["Blumen Kranz Inhaberin S. Kranz", "Blumen Kranz"],
    ["MAPLE GROVE DENTAL DMD PORTLAND         OR", "Maple Grove Dental"],
    ["CEDAR HILL SMILES DDS DALLAS         TX", "Cedar Hill Smiles"],
    ["CARTE 12/03/26 SELAS PHARMACIE DU PORT CB*1234", "Pharmacie Du Port"],
    ["BRAMBLE SOFTWARE INC DIR DEP PPD ID: 1234567890", "Bramble Software"],
    ["VIR SEPA ATELIERS MOREAU SAS VIR SALAIRE MARS 2026", "Ateliers Moreau"],
    ["SO BRISTOL CITY COUNCIL CTAX 1234567 2026", "Bristol City Council"],
    ["Stadtwerke Bielefeld Netz GmbH", "Stadtwerke Bielefeld"],
  ]);

  it("splits a city the terminal ran into the name at the card field's end", () => {
    expect(merchantName({ description: "SUMUP *ANCHOR CHIPPY BARMANCHESTER    GBR" })).toBe("Anchor Chippy Bar");
    expect(merchantName({ description: "WILLOW CREEK OPTICAL INCNEW YORK      NY" })).toBe("Willow Creek Optical");
    // A word that merely ends like a city stays whole.
    expect(merchantName({ description: "FEINKOST UND DELIKATESSEN" })).toBe("Feinkost Und Delikatessen");
  });

  it("drops a one-letter word cut at the field width and completes a cut trade word", () => {
    expect(merchantName({ description: "CHECKCARD 0312 MEADOWBROOK ORTHOPEDICS A DENVER CO 12345678901234567890123" })).toBe("Meadowbrook Orthopedics");
    expect(merchantName({ description: "CHECKCARD 0312 GREEN VALLEY FARMERS MARKE DENVER CO 12345678901234567890123" })).toBe("Green Valley Farmers Market");
  });

  it("reads BEA only as ABN AMRO's booking word, not as the start of a name", () => {
    expect(merchantName({ description: "SQ *BEANERY ROASTERS GLASGOW" })).toBe("Beanery Roasters");
  });
});

describe("kinds of shops and levies named by their wording", () => {
  const key = (counterpartyName: string | null, description: string | null, amount = "-23.40") => categoryOf(counterpartyName, description, amount);

  it.each<[string, string]>([
    ["Zum Goldenen Hirsch", "restaurants"],
    ["Apotheke zur Post", "health"],
    ["Zweiradcenter Kuehn", "shopping"],
    ["Fietsenmaker De Spaak", "shopping"],
    ["SQ *RIVERBEND BIKE WORKS", "shopping"],
    ["Weinhaus Am Dom", "groceries"],
    ["HARBOUR NEWS", "groceries"],
    ["Haarwerk Lena", "drugstore"],
    ["Banketbakkerij De Roos", "groceries"],
    ["TAJ SPICE OF INDIA", "restaurants"],
  ])("%s → %s", (name, category) => {
    expect(key(name, null)).toBe(category);
  });

  it("files a council or cash office's bill as a levy, not a utility", () => {
    expect(key("Kreiskasse Esslingen", "Abwassergebuehr 2026 Az. 12.3456")).toBe("taxes");
    expect(key("NORTH SOMERSET COUNCIL", "CTAX 99123 2026")).toBe("taxes");
    expect(key("Stadtwerke Ulm", "Abschlag Wasser 04/2026")).toBe("utilities");
  });

  it.each<[string, string, string]>([
    ["Entgelt Fremd-GAA", "-4.95", "fees"],
    ["FRAIS RETRAIT DAB HORS RESEAU", "-1.00", "fees"],
    ["Debetrente 03-2026", "-7.12", "fees"],
    ["NATWEST CC DD", "-912.40", "transfers"],
    ["US BANK CC PYMT", "-1204.00", "transfers"],
    ["Warenretoure Kartenumsatz", "24.99", "refunds"],
    ["MERCHANDISE CREDIT ADJ", "14.99", "refunds"],
  ])("%s (%s) → %s", (description, amount, category) => {
    expect(key(null, description, amount)).toBe(category);
  });

  it("still reads a plain cash withdrawal as cash", () => {
    expect(key(null, "Bargeldauszahlung GAA 1234", "-100.00")).toBe("cash");
  });
});

describe("a brand's own star and a refund after the name", () => {
  itLabels([
    ["HOPR*RIDE 88213 LONDON", "HOPR"],
    ["FLEETCAB*JOB 4471288 LEEDS", "Fleetcab"],
    ["))) THE OLD BELL MANCHESTER MERCHANT REFUND", "The Old Bell"],
    ["Praxis Weber GbR", "Praxis Weber"],
    ["Bakkerij Jansen V.O.F.", "Bakkerij Jansen"],
  ]);

  it("reads Chez as a bistro's name", () => {
    expect(categoryOf(null, "CARTE 20/11/25 SUMUP *CHEZ JEANNETTE CB*9275", "-31.00")).toBe("restaurants");
  });
});

describe("a chargeback's own words before the shop", () => {
  // DKB Visa writes a chargeback as "Gutschrift Rueckbelastung" and the shop: the shop is the merchant, so the
  // money back nets against the charge it reverses.
  itLabels([
    ["Gutschrift Rueckbelastung FLYBOOK24 TRAVEL", "Flybook24 Travel"],
    ["Gutschrift Rückbelastung FLYBOOK24 TRAVEL AMSTERDAM NL", "Flybook24 Travel"],
    ["Rückbelastung ZALANDO SE", "Zalando"],
    ["Gutschrift Rückbuchung MEDIAMARKT", "MediaMarkt"],
  ]);

  it("files the money back as a refund", () => {
    expect(categoryOf(null, "Gutschrift Rueckbelastung FLYBOOK24 TRAVEL", "389.00")).toBe("refunds");
  });
});

describe("a food hall named a market", () => {
  it("files Time Out Market (restaurant stalls) under restaurants, not groceries", () => {
    expect(categoryOf("TIME OUT MARKET        LISBOA", "TIME OUT MARKET        LISBOA", "-68.40")).toBe("restaurants");
  });
});

describe("a town inside the name stays", () => {
  itLabels([
    ["CAFE DE PARIS", "Cafe De Paris"],
    ["THE DUKE OF LANCASTER", "The Duke Of Lancaster"],
    ["Apotheke am Markt Leipzig", "Apotheke am Markt"],
    // A whole town at the field's end is the town, not a name with a town run into it.
    ["SUMUP *ROSE AND CROWN   MANCHESTER     GBR", "Rose And Crown"],
  ]);
});

describe("payees with titles and trades, and one-word names before a town", () => {
  itLabels([
    ["PRLV SEPA M. JEAN DUVAL LOYER MARS 2026", "Jean Duval"],
    ["DD MR K ADEYEMI RENT 3 ASH GROVE MAY", "K Adeyemi"],
    ["Frau Helga Winter", "Helga Winter"],
    ["LINCOLNWOOD MGMT RENT PYMT", "Lincolnwood"],
    ["MAPLEVIEW PROPERTY MANAGEMENT RENT PAYMENT", "Mapleview Property Management"],
    ["Weinkeller Sommer E.K.", "Weinkeller Sommer"],
    ["Optik Kessler Gmbh", "Optik Kessler"],
    ["))) SPROCKETEER BRISTOL", "Sprocketeer"],
    ["EISCAFE VENEZIA", "Eiscafe Venezia"],
    ["SumUp *Konditorei Hahn CHARGEBACK CREDIT", "Konditorei Hahn"],
    ["VIS ZTL*PEARL RIVER GLASGOW RETURNED GOODS CREDIT", "Pearl River"],
  ]);
});

describe("more wordings people's statements use", () => {

  itCategorizes([
    [null, "Belastung Monatsabrechnung Visa", "-1204.10", "transfers"],
    [null, "CAPITAL ONE VISA ONLINE PMT", "-880.00", "transfers"],
    [null, "SOLDE CARTE 05/2026", "-640.12", "transfers"],
    ["Kessler Anlagenbau GmbH", "Entgeltabrechnung Mai 2026", "2950.00", "salary"],
    [null, "Entgeltabrechnung 05/2026", "-8.90", "fees"],
    ["Stadt Paderborn", "Grundbesitzabgaben 2026", "-120.00", "taxes"],
    ["Waterschap Vallei en Veluwe", "Aanslag waterschapsbelasting 2026", "-61.00", "taxes"],
    ["SumUp *Radhaus Kettner", null, "-240.00", "shopping"],
    ["TRINKHALLE OEZTUERK", null, "-6.40", "groceries"],
    ["SQ *BLOOM & BRANCH", null, "-38.00", "shopping"],
    ["HALE OPTICIANS LTD", null, "-95.00", "health"],
    ["PEKING GARDEN", null, "-31.20", "restaurants"],
    ["THE SALTY ANCHOR LLC", null, "-44.00", "restaurants"],
    ["CCV*Lunchroom Het Pleintje", null, "-14.50", "restaurants"],
    ["SumUp *Konditorei Hahn", "CHARGEBACK CREDIT", "12.00", "refunds"],
  ]);
});

describe("a short code before a town is not left on its own", () => {
  it("reads 'LB' before a London borough as the borough's council, not two letters before a town", () => {
    expect(merchantName({ description: "DD LB CAMDEN COUNCIL TAX 2026" })).toBe("Camden Council");
  });
});

describe("register words, trading names and brand order words", () => {
  itLabels([
    ["Wohnbau Nordstern Siedlungs-Aktiengesellschaft Kiel", "Wohnbau Nordstern"],
    ["EISMANN DIENSTLEISTUNGS//KOELN/DE", "Eismann"],
    ["Kartenzahlung PFENNIGPFEIFFER HANDELSGESELLSCH. 81231620//Stuttgart", "Pfennigpfeiffer"],
    ["Broodjeszaak Smit Franchise B.V. 2359", "Broodjeszaak Smit"],
    ["HARBOUR HOLDINGS T/A BLUE WHALE CAFE", "Blue Whale Cafe"],
    ["ACME VENTURES LLC DBA JOES DINER", "Joes Diner"],
    ["lieferkiste*Bestellung 0412 - Dresden", "lieferkiste"],
    ["VIS ZTL*THE READING ROOM MANCHESTER GOODWILL CREDIT", "The Reading Room"],
    ["Weinhaus Sommer E.k.", "Weinhaus Sommer"],
  ]);
});

describe("fees, card bills and places by their wording (2)", () => {

  itCategorizes([
    [null, "CASH ADVANCE FEE", "-5.00", "fees"],
    [null, "Jaarbijdrage creditcard 2026", "-35.00", "fees"],
    [null, "Jahresgebühr Kreditkarte 2026", "-29.00", "fees"],
    [null, "ICS Card verrekening periode 04-2026", "-512.00", "transfers"],
    [null, "TOTAL CB DIFFERE AU 31/05/2026", "-388.10", "transfers"],
    [null, "APPLECARD GSBANK PAYMENT", "-410.00", "transfers"],
    [null, "INTERETS DEBITEURS 04/2026", "-6.20", "fees"],
    [null, "Withdrawal from Savings Vault", "-300.00", "transfers"],
    ["Rabobank", "Betaling 12345", "-20.00", "other"],
    ["SQ *FADE HOUSE", "", "-18.00", "drugstore"],
    ["THE SILVER FRYER", "", "-12.40", "restaurants"],
    ["TST* THE LAZY OWL", "", "-31.00", "restaurants"],
    ["De Zwarte Kat", "", "-27.00", "restaurants"],
    ["Bloemenhuis Iris", "", "-24.00", "shopping"],
    ["Stadsmuseum Zwolle", "", "-12.50", "entertainment"],
    ["VIS NORTHSIDE PHYSIOTHERAPY", "", "-40.00", "health"],
  ]);
});

describe("pool-10 shapes (read after scoring) in other names", () => {
  itLabels([
    ["MAPLEWOOD PEDIATRICS PSAN DIEGO       CA", "Maplewood Pediatrics"],
    ["SUMUP *SCHUHMACHER KLEINBERLIN      DE", "Schuhmacher Klein"],
    ["))) ROWAN TREE GIFTS LEEDS PURCHASE REVERSAL", "Rowan Tree Gifts"],
    ["CHECKCARD 0929 SQ *OAK HOLLOW FARM STAND AUSTIN CA 14352094815606048103583 RETURN CREDIT", "Oak Hollow Farm Stand"],
    ["BAECKEREI ROTH INH", "Baeckerei Roth"],
    ["CARTE 19/06/26 ACCOR*NOVOTEL 4471 CB*3479", "Novotel"],
    ["NEW YORKER 0412", "New Yorker"],
  ]);


  itCategorizes([
    [null, "Visa Platinum Abrechnung vom 28.04.2026", "-930.00", "transfers"],
    [null, "SYNCHRONY BANK PAYMENT", "-120.00", "transfers"],
    [null, "Withdrawal from Easy Access Saver", "-500.00", "transfers"],
    ["ORCHARD DIGITAL LTD", "ORCHARD SAL MAY", "2900.00", "salary"],
    ["BIRCHWOOD LABS LTD", "BIRCHWOOD LABS PAY MAY BGC", "2500.00", "salary"],
    [null, "VIS SQ *WREN & IVY LONDON ORDER CANCELLED - CREDIT", "20.00", "refunds"],
    ["SUMUP *GASTHOF ZUM LOEWEN", null, "-38.00", "restaurants"],
    ["FIETSHUIS DE SPAAK", null, "-150.00", "shopping"],
    ["BIOSUPERMARKT GRUENKERN", null, "-23.00", "groceries"],
    ["SQ *THE DAILY GRIND", null, "-6.20", "restaurants"],
  ]);
});

describe("pool-11 shapes (read after scoring) in other names", () => {
  itLabels([
    ["KOELNER VOLKSHOCHSCHULE", "Koelner Volkshochschule"],
    ["BRIGHTWATER FOODS LTD BRIGHTWATER SAL MAY BGC", "Brightwater Foods"],
    ["ZIZZI TRADING LTD     LEEDS         GBR", "Zizzi"],
    ["CLARION HOUSING ASSOC", "Clarion Housing"],
    ["SumUp *Eiscafe Venedig MERCHANT CREDIT", "Eiscafe Venedig"],
    ["CARTE 10/03/26 ETS LEROUX CB*9841", "Leroux"],
  ]);


  itCategorizes([
    [null, "Rabo GoldCard afrekening 05-2026", "-400.00", "transfers"],
    [null, "International Card Services incasso 05-2026", "-800.00", "transfers"],
    [null, "RELEVE DIFFERE VISA PREMIER 05/2026", "-700.00", "transfers"],
    [null, "CITI CREDIT CRD EPAY", "-120.00", "transfers"],
    [null, "PRLV AMERICAN EXPRESS CARTE", "-900.00", "transfers"],
    [null, "Porto Kontoauszüge Juni", "-1.48", "fees"],
    ["Physiozentrum Lange GbR", null, "-45.00", "health"],
    ["TEXTILPFLEGE MEYER", null, "-12.00", "drugstore"],
    ["OAK AND ASH SMOKEHOUSE", null, "-55.00", "restaurants"],
    ["SUMUP *RADSTATION SUED", null, "-80.00", "shopping"],
    ["CARTE 14/08/26 AU PAIN CHAUD CB*0825", null, "-4.20", "groceries"],
  ]);
});

describe("pool-12 shapes (read after scoring) in other names", () => {
  itLabels([
    ["CHECKCARD 1009 DELTA AIR0012345678901 NEW YORK CA 64582608681670610491802", "Delta Air Lines"],
    ["LINDEN PROPERTIES WEB PMTS", "Linden Properties"],
    ["VISA ZAHNARZTPRAXIS DR. ROTH MVZ 4658", "Zahnarztpraxis Dr. Roth"],
    ["SumUp *Velowerk Sauer", "Velowerk Sauer"],
  ]);


  itCategorizes([
    [null, "Kontoführungspreis Giro Plus 03/2026", "-5.90", "fees"],
    ["MARKTKAUF NORD SAGT DANKE 0231", null, "-25.00", "groceries"],
    ["BUECHERSTUBE AM DOM", null, "-19.80", "shopping"],
    ["ZUR LINDE", "Gutschrift Kartenumsatz Rückgabe", "20.00", "refunds"],
    [null, "Afschrijving Mastercard ING 09-2026", "-700.00", "transfers"],
    ["TST* THE RUSTY OTTER", null, "-33.00", "restaurants"],
    [null, "LIBERTY MUTUAL INS PREM", "-140.00", "insurance"],
  ]);
});

describe("pool-13 shapes (read after scoring) in other names", () => {
  itLabels([
    ["SumUp *Konditorei WeberMuenchen      DE", "Konditorei Weber"],
    ["Physiopraxis Lenz GbRHamburg       DE", "Physiopraxis Lenz"],
    ["MAPLEWOOD FAMILY DENTAL PBROOKLYN       CA", "Maplewood Family Dental"],
    ["ACORN TOOL CO LLC SAN JOSE CA", "Acorn Tool Co"],
    ["KINGS HEAD PUB          BRISTOL       GBR", "Kings Head"],
    ["HARTWELL FOODS LTD WAGES HFL", "Hartwell Foods"],
  ]);

  itCategorizes([
    [null, "UDR INC RESIDENT PMT", "-1800.00", "rent"],
    [null, "CAMDEN LIVING RESIDENT PMT", "-1650.00", "rent"],
    [null, "VIR SEPA PARIS HABITAT QUITTANCE 06/2026 BAIL 1234", "-640.00", "rent"],
    ["POELIER DE HAAN", null, "-24.00", "groceries"],
    ["THE CHEESE ROOM LTD", null, "-18.00", "groceries"],
    [null, "MERSEY TUNNEL 0412", "-2.10", "fuel"],
    [null, "BEA NR:XXX793 02.08.26/18.43 CityParking B.V. Rotterdam,PAS887", "-6.00", "fuel"],
  ]);
});

describe("pool-14 shapes (read after scoring) in other names", () => {
  itLabels([
    ["VIS HOLLYFIELD DENTAL PRACT LEEDS", "Hollyfield Dental"],
    ["Stadt Bochum Stadtkasse", "Stadt Bochum"],
    ["Landeshauptstadt Hannover Stadtkasse", "Landeshauptstadt Hannover Stadtkasse"],
    ["FRANZ TANKSTELLE 0231, BERLIN DE Karte Nr. 4871", "Franz"],
    ["GREYSTONE VILLAGE RESIDENT PORTAL", "Greystone Village"],
    ["COUNTY OF MARIN PROP TAX PMT", "County Of Marin"],
  ]);

  itCategorizes([
    ["Wohnungsgenossenschaft Lindenau eG", "Nutzungsgebuehr Mai 2026 ME 12", "-610.00", "rent"],
    ["Stichting Woonwaard", "Huurbetaling 05-2026 vhe 0412", "-720.00", "rent"],
    ["RADWERK SUED E.K.", null, "-120.00", "shopping"],
    ["PETAL LANE FLORISTS LTD", null, "-45.00", "shopping"],
  ]);
});

describe("pool-15 shapes (read after scoring) in other names", () => {
  itLabels([
    ["PRAXIS DR. MED. KLAUS WENDT//BREMEN/DE 2026-07-27T14:25", "Dr. Med. Klaus Wendt"],
    ["SO ORBIT HOUSING ASSOCIATION ORBIT HA 5512044", "Orbit Housing"],
    ["PURCHASE AUTHORIZED ON 09/01 LAKESIDE ORTHO GRP PC SEATTLE CA S961802574733872 CARD 4592", "Lakeside Ortho Group"],
    ["BRIGHTWATER TIMBER LTD BWT PAYROLL JULY BGC", "Brightwater Timber"],
    ["ALDI GMBH NORD", "ALDI Nord"],
    ["FRANKFURTER RUNDSCHAU ABO 4417//HAMBURG/DE", "Frankfurter Rundschau"],
    ["HARRIS COUNTY TAX OFFICE DES:PROPERTY TAX 4417 ID:XXXXX22133837", "Harris County"],
    ["RET KAARTAUTOMAAT Rotterdam, NL", "RET"],
    // "and" between a brand's words is the "&" of its name.
    ["MILLER AND CARTER STEAKLEEDS         GBR", "Miller & Carter"],
    ["CARD PAYMENT TO MARKS AND SPENCER 0412", "Marks & Spencer"],
  ]);

  itCategorizes([
    [null, "HARRIS COUNTY TAX OFFICE PROPERTY TAX 4417 0810 97169093", "-900.00", "taxes"],
    [null, "Mastercard Saldoausgleich Stichtag 20.04.2026", "-868.75", "transfers"],
    [null, "Maandafschrijving Visa Gold 03-2026", "-337.22", "transfers"],
    [null, "AQUA CARD DD", "-344.05", "transfers"],
    [null, "MARBLES CARD PMT", "-120.00", "transfers"],
    ["HERENKAPPER YUSUF", null, "-25.00", "drugstore"],
    ["AUTORIJSCHOOL VEILIG VERDER", null, "-57.00", "education"],
    ["PROEFLOKAAL HET KOMPAS", null, "-42.00", "restaurants"],
    [null, "Fressnapf-Nachbar Heimtierbedarf - Berlin", "-40.00", "shopping"],
    [null, "REIFEN MUELLER 0231, BERLIN DE", "-320.00", "fuel"],
    [null, "ARRIVA KAARTAUTOMAAT Utrecht, NL", "-7.80", "transport"],
    [null, "THE LINEN ROOM LEEDS GBR RETURNS CREDIT", "31.00", "refunds"],
  ]);
});

describe("pool-16 shapes (read after scoring) in other names", () => {
  itLabels([
    ["SO HALTON COUNCIL HALTON CTAX 33044172", "Halton Council"],
    ["MS J NOWAK NOWAK RENT STO", "J Nowak"],
    ["HOTEL BORA BORA 0412", "Hotel Bora Bora"],
    ["QUILLON PARTNERS INC QUILLON APTS RENT 4417", "Quillon Partners"],
    ["LINDEN PARTNERS INC ONLINE RENT PMT 1230", "Linden Partners"],
    ["WOKWERK OPERATIONS GMBH//HAMBURG/DE", "Wokwerk"],
    ["Autobedrijf Visser B.v. 8065", "Autobedrijf Visser"],
    ["VIR SEPA MENUISERIE LEROY SAS VIREMENT PAIE 09/2025 MATRICULE 0229", "Menuiserie Leroy"],
    ["PIMA COUNTY TREASURER PROP TAX PYMT 441722", "Pima County"],
    ["RET REISTEGOED 0412 Rotterdam", "RET"],
  ]);

  itCategorizes([
    [null, "Entgelt Bargeldeinzahlung am Schalter", "-5.00", "fees"],
    [null, "VIR SEPA MENUISERIE LEROY SAS VIREMENT PAIE 09/2025", "2100.00", "salary"],
    ["SCHNEIDEREI KAYA", "Gutschrift Umtausch", "13.00", "refunds"],
    [null, "NOTTING HILL GENESIS TENANCY 7704412", "-820.00", "rent"],
    ["AUTOBEDRIJF VISSER", null, "-71.00", "fuel"],
    [null, "SQ *VELO GARAGE SEATTLE CA", "-15.05", "shopping"],
    [null, "CARTE 01/05/25 SANEF PEAGE CB*7714", "-12.00", "fuel"],
    ["BARBIER BAGDAD INH. A.", null, "-17.00", "drugstore"],
    ["MONDZORG OOST 4075", null, "-43.00", "health"],
    [null, "SQ *SUNRISE BAKESHOP BROOKLYN", "-12.00", "groceries"],
    ["HOFKAESEREI AM BACH", null, "-30.00", "groceries"],
    [null, "PRLV SEPA MAAF COTISATION AUTO 01/2026 SOCIETAIRE 77", "-60.00", "insurance"],
    ["SPARE RIB EXPRESS 0231", null, "-36.00", "restaurants"],
  ]);
});

describe("pool-17 shapes (read after scoring) in other names", () => {
  itLabels([
    ["BRIGHTON LIVING BRIGHTON LIVING RENT 4417", "Brighton Living"],
    ["SO ORCHARD HOUSING ORCHARD TENANCY 8804417", "Orchard Housing"],
    ["HOTEL BORA BORA 0412", "Hotel Bora Bora"],
    ["Falafel Company B.V. 0734", "Falafel Company"],
    ["KESTREL SURVEYING LTD KSL PAYROLL APRIL BGC", "Kestrel Surveying"],
    ["Alex Beispiel XFER TO CD ACCT ...8812 BGC", "Alex Beispiel XFER TO CD ACCT"],
    ["ELMHURST DENTAL PRACTICE LTD", "Elmhurst Dental Practice"],
    ["CARTE 10/03/26 CB SUMUP *CAFE DE LA POSTE CB*9841", "Cafe De La Poste"],
  ]);

  itCategorizes([
    [null, "VIR SEPA Alex Beispiel RETRAIT LIVRET A VERS COMPTE COURANT", "-500.00", "transfers"],
    [null, "Kaartafrekening Mastercard Gold 09-2025", "-900.00", "transfers"],
    [null, "HUNTINGTON CARD SERVICES ONLINE PMT", "-700.00", "transfers"],
    [null, "PAIEMENTS CB DU MOIS 01/2026 CARTE VISA", "-800.00", "transfers"],
    [null, "Monatspreis Kontomodell Plus 02/2025", "-5.66", "fees"],
    [null, "HIGHFIELD DRIVING SCHOOL GBR OVERCHARGE ADJUSTMENT", "65.00", "refunds"],
    ["SPIELSCHEUNE ERLEBNISHOF 0417", null, "-12.00", "entertainment"],
    [null, "MEGATANK 0412 Rotterdam, NL", "-56.00", "fuel"],
    ["TANDARTSENPRAKTIJK DE BRUG 9367", null, "-38.00", "health"],
    ["HAUSAERZTE AM STADTPARK", null, "-38.00", "health"],
    [null, "TST* THE RUSTY SPUR SALOON #1812 AUSTIN TX", "-30.00", "restaurants"],
    [null, "ZTL*THE CROOKED BILLET BRISTOL GBR", "-40.00", "restaurants"],
  ]);
});

describe("pool-18 shapes (read after scoring) in other names", () => {
  itLabels([
    ["SPOKE BICYCLE CO  SAN JOSE       WA", "Spoke Bicycle Co"],
    ["ORIG CO NAME:GREYFIELD PROPERTY CO  CO ENTRY DESCR:RENT", "Greyfield Property"],
    ["KING SOOPERS DENVER CO", "King Soopers"],
    ["VIS SQ *CHAINRING BIKE CO GLASGOW CANCELLED BOOKING CREDIT", "Chainring Bike Co"],
    ["PRLV SEPA LOGEVIE AVIS D ECHEANCE APRIL 2025 REF LOCATAIRE 6604417", "Logevie"],
    ["Gothaer Sachversicherung AG", "Gothaer"],
    ["Bergbahnen Oesterreich GmbH", "Bergbahnen"],
    ["SO MRS J TRELAWNY TRELAWNY ROOM RENT", "J Trelawny"],
    ["MAPLEWOOD INS MAPLEWOOD RENTERS LM4417229", "Maplewood"],
    ["AIDA Bordkonto 4417", "AIDA"],
    ["Tennisclub Blau-Gelb Bad Nauheim e.V.", "Tennisclub Blau-Gelb Bad Nauheim"],
  ]);

  itCategorizes([
    [null, "NON-NETWORK ATM SURCHARGE", "-5.18", "fees"],
    [null, "FAHRSCHULE BLAUPFEIL//KOELN/DE Gutschrift unvollständige Lieferung", "37.99", "refunds"],
    ["Van Dijk Metaal B.V.", "Salarisstrook APRIL 2025 werknemer 2207", "2995.19", "salary"],
    ["SCHNEIDEREI FADENKREUZ", null, "-40.00", "shopping"],
    ["Sportschool Oost B.V.", "Lidmaatschap SEPTEMBER 2026 lidnr 4417", "-28.02", "entertainment"],
    ["Mitwohnen eG", "Maandhuur 06-2026 eenheid 0412-17", "-880.65", "rent"],
    ["BAKKERIJ DE GRAANSCHUUR", null, "-7.00", "groceries"],
    ["AUTOGLAS MUELLER 0412", null, "-120.00", "fuel"],
    [null, "ZTL*Floristik Glockenblume", "-45.00", "shopping"],
    [null, "ELAN CARD SERVICES EPAY", "-1145.12", "transfers"],
    [null, "ARRETE MENSUEL CARTE VISA PREMIER 11/2025", "-900.00", "transfers"],
  ]);
});

describe("payments through a person-to-person rail", () => {
  itCategorizes([
    // What a friend bought is not a shop's groceries or dinner: Tikkie, Venmo and Zelle pay people.
    ["Tikkie", "1234567890123456 123456789012 Tikkie ID 123456789012 Boodschappen BBQ Via Tikkie", "-20.60", "other"],
    ["Tikkie", "Tikkie ID 123456789012 Etentje Via Tikkie", "-32.00", "other"],
    [null, "VENMO PAYMENT 1032441 groceries split", "-25.00", "other"],
    [null, "BEA, Betaalpas Zettle_*Koffiebar Lola,PAS123", "-4.79", "restaurants"],
  ]);
});

describe("pool-19 shapes (read after scoring) in other names", () => {
  itLabels([
    ["VIS HALLAM TRADING LTD LEEDS", "Hallam"],
    ["VIR SEPA VITALFORM ABONNEMENT VITALFORM DECEMBER 2025 ADHERENT 30417", "Vitalform"],
    ["BP TANKSTATION 4417", "BP"],
    ["SYLVAN LEARNING CTR #2506 NEW YORK WA", "Sylvan Learning"],
    ["BRIGHTPATH LEARNING CTR #2506 NEW YORK WA", "Brightpath Learning Center"],
    ["ASHGROVE RESIDENTIAL RENTCAFE PMT ASHGROVE 4417", "Ashgrove Residential"],
    ["DURHAM COUNTY TAX DURHAM CO PROPERTY TAX ACCT 0004417229", "Durham County"],
  ]);

  itCategorizes([
    ["Sportvereniging De Ster", "Contributie De Ster JULY 2025 lidnr 4417", "-54.77", "entertainment"],
    [null, "BEA NR:XXX428 29.12.25/17.11 ANADOLU MARKT 0412 Utrecht,PAS206", "-43.82", "groceries"],
    ["Wohnbau Nord GmbH", "Grundmiete + Betriebskosten 07/2025 Whg. 0412", "-881.99", "rent"],
    [null, "To Stadtwohnung GmbH", "-861.89", "rent"],
    [null, "FERIENWOHNUNG SEEBLICK 0412", "-300.00", "travel"],
    [null, "TST* PUPUSERIA EL SALVADOR AUSTIN CA", "-51.55", "restaurants"],
    ["SumUp *Naehatelier Zickzack", null, "-27.60", "shopping"],
    [null, "CREDIT ONE BANK ONLINE PMT", "-709.29", "transfers"],
    [null, "Maandbetaling Visa Card Gold 12-2025", "-709.29", "transfers"],
    ["REDERIJ WAGENBORG", null, "-186.77", "travel"],
    ["Tanzschule Schrittmacher GmbH", null, "-57.54", "education"],
  ]);
});

describe("pool-20 shapes (read after scoring) in other names", () => {
  itLabels([
    // A brand spelled as written wins over words that only join up into another brand.
    ["SHELL TOP SHOP 0412 LUZERN", "Shell"],
    ["ZOO SALZBURG KASSA 2", "Zoo Salzburg"],
    ["WALDHOF RESIDENTIAL RESIDENT PAY 0412 APT 3", "Waldhof Residential"],
  ]);

  itCategorizes([
    [null, "Einzug Gesamtsaldo Charge-Karte 05/2026", "-812.40", "transfers"],
    [null, "MERIDIAN CARD AUTOPAY", "-400.00", "transfers"],
    [null, "Automatische aflossing uitgaven Gold kaart 04-2026", "-512.00", "transfers"],
    [null, "TOTAL ACHATS CARTE PERIODE DU 01/03/2026", "-1210.33", "transfers"],
    [null, "Preis Einzahlung Münzrollen am Automaten", "-4.50", "fees"],
    [null, "BROT & MEHR 0412", "-6.20", "groceries"],
    [null, "SUNNY DRIVING SCH LEEDS", "-35.00", "education"],
    ["Alpentours Reisen GmbH", null, "-640.00", "travel"],
    [null, "TST* LA COCINA DE MAMA DALLAS TX", "-38.12", "restaurants"],
    [null, "FRESHWAY MKT 0231 DALLAS TX", "-54.10", "groceries"],
    [null, "QUICKFIX AUTOCENTRES 0412", "-89.99", "fuel"],
    [null, "TIERGARTEN NUERNBERG KASSE 2", "-21.00", "entertainment"],
    [null, "Lastschrift Visa Umsätze bis 22.09.2026", "-310.20", "transfers"],
    [null, "REGLEMENT MENSUEL CARTE VISA PREMIER", "-402.11", "transfers"],
    [null, "RELEVE OPERATIONS CARTE GOLD 09/2026", "-980.00", "transfers"],
    [null, "AMEX DD", "-250.00", "transfers"],
  ]);
});

describe("pool-21 shapes (read after scoring) in other names", () => {
  itLabels([
    ["COOK COUNTY TREAS DES:COOK CO PROPERTY TAX 1ST INST", "Cook County"],
    ["PRLV SEPA LOGIREP AVIS ECHEANCE LOYER 05/2026", "Logirep"],
    ["ELMWOOD PHCY ON 12 MAR          CPM", "Elmwood Pharmacy"],
    ["RIVERSIDE DENTAL PRAC 0412", "Riverside Dental"],
  ]);

  itCategorizes([
    [null, "Einzug Goldkarte Kartensaldo Mai 2026", "-912.40", "transfers"],
    [null, "PEBBLE CARD DIRECT DEBIT", "-300.00", "transfers"],
    [null, "Hanseatic Bank GoldCard Rechnungsbetrag 04/2026", "-740.00", "transfers"],
    [null, "Mastercard Lastschrift 03/2026", "-222.22", "transfers"],
    [null, "CUMUL OPERATIONS CARTE VISA 03/2026", "-1200.00", "transfers"],
    [null, "Entgelt Fremdbank-Geldautomat", "-4.95", "fees"],
    ["Josef Huber", "Mietzins April 2026 Top 3", "-780.00", "rent"],
    [null, "MATHSTUTORS.CO.UK LEEDS", "-40.00", "education"],
    [null, "WATERBUS ALBLASSERDAM", "-6.20", "transport"],
    [null, "WUERSTELSTAND ZUM ALTEN HANS", "-8.40", "restaurants"],
    ["Meyer Maschinenbau GmbH", "Verdienstabrechnung 05/2026 PNr 17", "2400.00", "salary"],
    [null, "KINKI KAPPERS 0412", "-30.00", "drugstore"],
    [null, "CARTE 05/04/26 MONOPRIX CB*6833 GESTE COMMERCIAL", "12.00", "refunds"],
  ]);
});

describe("pool-22 shapes (read after scoring) in other names", () => {
  itLabels([
    // A person whose surname is also a one-word brand is the person, not the shop.
    ["Katharina Lidl", "Katharina Lidl"],
    // A name written in camel case keeps the town it contains; a terminal's padded field still loses its town.
    ["ProLeipzig", "ProLeipzig"],
    // A store number run into the name, a town run into the number.
    ["WAWA8123 00004127PHILADELPHIA       PA", "Wawa"],
    // An apartment complex goes by its name without "Apts" (label-shapes-64.test.ts).
    ["GREENLEAF APTS ONLINE RESIDENT PYMT 0412", "Greenleaf"],
    ["DD WIGAN MBC WIGAN CTAX 50441722", "Wigan Council"],
    // A one-word brand inside another shop's name, before a kind of shop the brand is not, is part of that name.
    ["TST* LUCKY BOOTS SALOON DALLAS TX", "Lucky Boots Saloon"],
    ["BOOTS PHARMACY 1234", "Boots"],
  ]);

  itCategorizes([
    [null, "Ausgleich Monatsrechnung Firmenkreditkarte Mai 2026", "-820.00", "transfers"],
    [null, "PENFED CC ONLINE PAYMENT", "-300.00", "transfers"],
    [null, "Maandafrekening reiscreditcard 05-2026", "-410.00", "transfers"],
    [null, "PRELEVEMENT CUMUL OPERATIONS CARTE PERIODE MAI", "-990.00", "transfers"],
    ["Wohnbau Süd eG", "Sollmiete inkl. Betriebskosten 05/2026", "-700.00", "rent"],
    ["Maier Metallbau GmbH", "Entgeltzahlung 05/2026 Pers.-Nr. 12", "2800.00", "salary"],
    ["Bakker Hoveniers", "Loonstrook 05-2026", "2600.00", "salary"],
    [null, "Maandbijdrage Gemak-pakket 05-2026", "-6.50", "fees"],
    [null, "COTISATION OFFRE ZEN 05/2026", "-7.00", "fees"],
    [null, "FRIETTENT DE SNELLE HAP", "-9.50", "restaurants"],
    // A card word and a settling word, in either order, with a few words between.
    [null, "Abrechnung Ihrer Mastercard Gold 05/2026", "-640.10", "transfers"],
    [null, "VISA CLASSIC MONTHLY SETTLEMENT", "-220.00", "transfers"],
    [null, "Aflossing uitgaven met uw creditcard", "-310.00", "transfers"],
    // Broad words that used to win: a plant nursery is no school, a tea room no hairdresser, a second-hand shop no savings.
    [null, "BAUMSCHULE LORENZ 0412", "-45.00", "shopping"],
    [null, "CARTE 05/05/26 SALON DE THE LOUISE CB*1234", "-12.40", "restaurants"],
    [null, "CARTE 05/05/26 DEPOT VENTE LA TROUVAILLE CB*1234", "-35.00", "shopping"],
    [null, "CARTE 05/05/26 SUMUP *FOURNIL DU CENTRE CB*1234", "-6.40", "groceries"],
  ]);
});

describe("pool-23 shapes (read after scoring) in other names", () => {
  itLabels([
    // A company no list knows that prints its initials before its name goes by them; a list's brand still wins.
    ["DWG Dresdner Wohnungs- und Grundstücksgesellschaft mbH", "DWG"],
    ["HVV Hamburger Verkehrsverbund", "HVV"],
    ["KM Karl Meier", "KM Karl Meier"],
    // A US county's tax office goes by the county's name.
    ["KING COUNTY TREASURER PROPERTY TAX 0412", "King County"],
    ["ORANGE COUNTY CHOPPERS 12", "Orange County Choppers"],
    // "SHOP" after a kind of goods is part of the name; after a chain's name it introduces the store number.
    ["SQ *OLD TOWN COFFEE SHOP #0412 PORTLAND OR", "Old Town Coffee Shop"],
    ["GREENWAY STORE 0412", "Greenway"],
    // A French payment-schedule word and a pay word are the purpose, not the payee's name.
    ["PRLV SEPA REGIE DES EAUX DU LEMAN ECHEANCIER EAU 05/2026 REF 1234", "Regie Des Eaux Du Leman"],
    ["VIR SEPA MENUISERIE PETIT SARL REMUNERATION MAI 2026", "Menuiserie Petit"],
    // A person whose surname is a brand, after a transfer word.
    ["To Katharina Lidl", "Katharina Lidl"],
  ]);

  itCategorizes([
    // The card account settled, said with "Ausgleich … Kartenkonto".
    [null, "Ausgleich Kartenkonto lt. Aufstellung Mai 2026", "-912.40", "transfers"],
    // A bank's own card bill paid from another account.
    [null, "PNC CARD PAYMENT", "-450.00", "transfers"],
    [null, "CARD PAYMENT TO PNC PARK 0412", "-45.00", "other"],
    // The price of a second card is a fee.
    [null, "Preis Partnerkarte Visa 2026", "-12.00", "fees"],
    // An insurer's abbreviation with a policy.
    [null, "STATE MUTUAL INS AUTO POLICY 0412", "-96.00", "insurance"],
    // The British Council examines; it bills no council tax.
    [null, "BRITISH COUNCIL EXAMS 0412", "-150.00", "education"],
    // A US county's tax office, and a French inter-municipal waste levy.
    [null, "KING COUNTY TREASURER PROPERTY TAX 0412", "-1900.00", "taxes"],
    [null, "PRLV SEPA COMMUNAUTE DE COMMUNES DU PAYS DE GEX REDEVANCE ORDURES MENAGERES 2026", "-140.00", "taxes"],
    ["Landeshauptstadt Kiel", "Grundsteuer B/Abfall 2026", "-310.00", "taxes"],
    // A fish stall in the Netherlands and a tutoring institute's compound.
    [null, "BEA NR:XXX123 05.05.26/12.00 VISKRAAM HET ANKER Scheveningen,PAS123", "-14.50", "restaurants"],
    ["Nachhilfezentrum Kluge", "Rechnung 05/2026", "-89.00", "education"],
  ]);
});

describe("pool-24 shapes (read after scoring) in other names", () => {
  itLabels([
    // "City of X Council" goes by "X Council".
    ["DD CITY OF ABERDEEN COUNCIL ABERDEEN COUNCIL TAX REF 12345678", "Aberdeen Council"],
    // A practice's partners are not part of its name.
    ["Hausarztpraxis Dr. Albrecht und Kollegen", "Hausarztpraxis Dr. Albrecht"],
    // Initials spelled only by a legal form are no initials ("ABN AMRO Bank N.V." is not A-B-N).
    ["ABN AMRO Bank N.V.", "ABN AMRO Bank"],
    // The chain's company name printed as its store's.
    ["J SAINSBURY STORE", "Sainsbury's"],
  ]);

  itCategorizes([
    [null, "CHEQUE BOOK ORDER FEE", "-12.00", "fees"],
    [null, "Verrekening kaartbetalingen periode APRIL 2026", "-812.40", "transfers"],
    [null, "CHAESI OBERDORF, ZUERICH CH", "-23.10", "groceries"],
    [null, "GOLDSCHMIEDE SILBERFADEN INH. K. MAI", "-140.00", "shopping"],
  ]);
});

describe("pool-25 shapes (read after scoring) in other names", () => {
  itLabels([
    // The payroll processor after the employer's name is not part of it.
    ["HARBOR MILLS CORP ADP DIRECT DEP", "Harbor Mills"],
    ["KESTREL TOOLING LLC PAYCHEX PAYROLL", "Kestrel Tooling"],
    // A legal form's "& Co." is its own; a name that merely starts with "Co" after it is the name said again.
    ["COPPERFIELD SUPPLY INC COPPERFIELD PAYROLL", "Copperfield Supply"],
    // A shop's correction is the purpose, not the shop's name.
    ["SumUp *Gaertnerei Sonnhalde OVERCHARGE ADJUSTMENT", "Gaertnerei Sonnhalde"],
  ]);

  itCategorizes([
    // A card statement's total debited from the current account, in German and Dutch.
    [null, "Einzug Gesamtumsatz Mastercard Stichtag 15.10.2026", "-812.40", "transfers"],
    [null, "Automatische incasso saldo kaartrekening 10-2026", "-312.40", "transfers"],
    // A bank's monthly package price.
    [null, "Pauschalpreis Kontopaket Premium Oktober 2026", "-9.90", "fees"],
    // Road tolls, as compounds.
    ["PYHRNPASS MAUTSTELLE", null, "-11.00", "fuel"],
    [null, "Streckenmaut A13 Schoenberg", "-11.00", "fuel"],
  ]);
});

describe("pool-26 shapes (read after scoring) in other names", () => {
  itLabels([
    // A town's cash office goes by the town.
    ["Stadtkasse Kassel", "Stadt Kassel"],
    ["GEMEINDEKASSE UNTERFOEHRING", "Gemeinde Unterfoehring"],
    // A UK type code before a generic company word is the company's own acronym, and keeps the word.
    ["FPI MANAGEMENT DES:FPI RENT PYMT UNIT 1142 ID:XXXXX82518523 INDN:JANE DOE CO ID:XXXXX78556 WEB", "Fpi Management"],
    ["KRC MANAGEMENT RESIDENT PORTAL KRC 0412 0625 83299156 JOHN ROE", "Krc Management"],
    // A store number run into the town after it.
    ["BAECKEREI HOFMEISTER FIL. 3Stuttgart     DE", "Baeckerei Hofmeister"],
    // The restaurant company's word after the name.
    ["Zum Schwarzen Adler Gaststaetten GmbH", "Zum Schwarzen Adler"],
    // A shop's web address in .cc; the autopay words after a payee.
    ["BRAMBLE.CC               BRISTOL       GBR", "Bramble"],
    ["KESTREL WIRELESS SERVICE AUTOPAY 0404 51571042 JANE DOE", "Kestrel Wireless"],
  ]);

  itCategorizes([
    [null, "Kartenzahlung HOFBRAEUKELLER MUENCHEN. 69111458//Hamburg 2025-07-02T15:29:46 KFN 1 VJ 2812", "-60.63", "restaurants"],
    ["Bergblick Gaststaetten GmbH", null, "-40.00", "restaurants"],
    [null, "Incasso openstaand kaartsaldo American Express Gold 10-2026", "-412.00", "transfers"],
    ["DAGWINKEL DE BRINK 0214", null, "-12.00", "groceries"],
  ]);
});

describe("pool-27 shapes (read after scoring) in other names", () => {
  itLabels([
    // A shop's own "Co" before a town segment; Colorado only after a town; a company register's "Co" goes.
    ["TST* MAPLEWOOD SOAP CO - BOULDER #0412 AUSTIN CA", "Maplewood Soap Co"],
    ["KING SOOPERS #0412 DENVER CO", "King Soopers"],
    ["ORIG CO NAME:ASPEN REALTY CO  CO ENTRY DESCR:RENT", "Aspen Realty"],
    // The restaurant company's word, run together with its kind; a Hanseatic town keeps its name; a hyphenated pharmacy drops its town.
    ["Dalmatia Restaurantbetriebs GmbH", "Dalmatia"],
    ["Hansestadt Stralsund", "Hansestadt Stralsund"],
    ["Linden-Apotheke Rostock", "Linden-Apotheke"],
  ]);

  itCategorizes([
    ["Hansestadt Stralsund", null, "-60.00", "taxes"],
    [null, "CARTE 11/10/25 BIOLAB LABO CB*5097", "-9.33", "health"],
    ["RATSKELLER WISMAR", null, "-48.00", "restaurants"],
    [null, "MIDWEST MUTUAL INS DES:MW PROP CAS PREM 2207318 ID:XXXXX20650017 INDN:JANE DOE CO ID:XXXXX28780 WEB", "-85.45", "insurance"],
    [null, "Incasso bestedingsoverzicht Gold Card 04-2026", "-596.36", "transfers"],
    [null, "RELEVE DES ACHATS CB MOIS DE MARS", "-817.42", "transfers"],
  ]);
});

describe("tuning rows the pool-27 draw brought back, in other names", () => {
  itLabels([
    // The French article whose apostrophe the card text lost; an initial stays an initial.
    ["CARTE 02/03/26 FLEURS D ISABELLE CB*1234", "Fleurs D'Isabelle"],
    ["CARTE 02/03/26 BISTROT DE L OPERA CB*1234", "Bistrot De L'Opera"],
    ["MR D OKAFOR", "D Okafor"],
    // A shop's credit note; a town without its river; a tobacconist's kind.
    ["KEBAB HAUS ANKARA CREDIT FOR RETURN", "Kebab Haus Ankara"],
    ["Stadt Frankfurt am Main", "Stadt Frankfurt"],
    ["LE NARVAL BAR TABAC", "Le Narval"],
  ]);

  itCategorizes([
    ["LUFTHANSA CITY AIRLINES", null, "-120.00", "travel"],
    ["DISCOVER AIRLINES 4Y", null, "-277.73", "travel"],
    [null, "HARTLEY PLASTICS LTD HARTLEY PLASTICS PAY BGC", "2744.52", "salary"],
    [null, "CR ASHBY TOOLING LTD MONTHLY PAY", "2888.37", "salary"],
    [null, "FRAIS DE RETRAIT DAB HORS RESEAU 08/2025", "-2.89", "fees"],
    [null, "MONTHLY PLAN FEE PREMIUM", "-10.25", "fees"],
  ]);
});

describe("tuning rows the pool-26 draw brought back, in other names", () => {
  itLabels([
    // A registered association in capitals; limited liability said in words, cut or whole.
    ["CHORVEREIN LIEDERKRANZ E.V.", "Chorverein Liederkranz"],
    ["Tanzcafe Sonne UG (haftungsbeschränkt)", "Tanzcafe Sonne"],
    ["EISCAFE DOLOMITI HAFTUNGSB", "Eiscafe Dolomiti"],
    // A SEPA payee said twice; a short doubled name stays doubled.
    ["VIR SEPA KRAFTWERK KRAFTWERK ABONNEMENT 06/2026 MEMBRE 30218", "Kraftwerk"],
    ["BORA BORA", "Bora Bora"],
    // What the payment is for: a French monthly instalment, a partial refund.
    ["SOLEIL DU SUD MENSUALITE ELECTRICITE VERTE", "Soleil Du Sud"],
    ["BLOOMFIELD FLOWERS LEEDS PARTIAL REFUND", "Bloomfield Flowers"],
  ]);

  itCategorizes([
    ["BADEWELT FREIZEITBAD KASSE 2", null, "-14.00", "entertainment"],
    // A Dutch bank's monthly contribution for an account with a credit card is its fee, no card bill.
    [null, "Bijdrage betaalrekening met creditcard 05-2026", "-1.60", "fees"],
  ]);
});

describe("tuning rows the pool-25 draw brought back, in other names", () => {
  itLabels([
    // A trade word cut at the field's width after a hyphen is completed like one after a space.
    ["VERGISSMEINNICHT-APOTHEK", "Vergissmeinnicht-Apotheke"],
    // A Dutch or German particle after "M." makes it an initial, not Monsieur.
    ["M. van der Linden", "M. van der Linden"],
    ["M. Laurent Dubois", "Laurent Dubois"],
    // The pub's own word goes once the town after it has gone.
    ["VIS KINGS HEAD PUB LEEDS", "Kings Head"],
  ]);

  itCategorizes([
    // A shop named after the town hall square is no town hall.
    [null, "CARTE 12/03/26 BAR DE LA MAIRIE CB*1234", "-8.40", "restaurants"],
    ["MAIRIE DE NANTES", "Cantine scolaire mars", "-42.00", "taxes"],
    // A flower shop's "Stube" is no tavern.
    [null, "BLUMENSTUBE KORNBLUME//ERFURT/DE 2026-03-02T10:11:12", "-24.00", "shopping"],
    // A French medical partnership, a bank's package fee, a fitness club, a florist.
    [null, "CARTE 02/03/26 SCM DR ELODIE ROUX CB*1234", "-25.00", "health"],
    [null, "COTISATION OFFRE ESSENTIEL 03/2026", "-6.00", "fees"],
    [null, "PRLV SEPA ESPACE FORME ABONNEMENT MARS", "-39.00", "entertainment"],
    [null, "SQ *BLUEBELL FLORAL PORTLAND OR", "-60.00", "shopping"],
    // A person whose surname is a brand is a person.
    ["Sabine Reichelt", "Anteil Geschenk", "-20.00", "other"],
  ]);
});

describe("tuning rows the pool-24 draw brought back, in other names", () => {
  itLabels([
    // A brand with a two-letter word, printed run together as a web address.
    ["LAQUINTA.COM        DALLAS       TX", "La Quinta"],
    // A name joined to itself is not a name said again.
    ["BRUNO & BRUNO GMBH//BREMEN/DE 2026-05-11T16:55:58", "Bruno & Bruno"],
    ["Bruno & Bruno", "Bruno & Bruno"],
    // A practice goes by "Praxis Dr. X"; a person's name that starts with the title keeps it.
    ["KINDERARZTPRAXIS DR. MED. LINDNER//KIEL/DE 2026-05-11T09:10:00", "Kinderarztpraxis Dr. Lindner"],
    ["Tierarztpraxis Dr. med. vet. Sommer", "Tierarztpraxis Dr. Sommer"],
    ["Dr. med. Anna Lindner", "Dr. med. Anna Lindner"],
  ]);

  itCategorizes([
    // A brand's word inside another shop's name says nothing about what that shop sells.
    [null, "CHECKCARD 0412 LUCKY BOOTS SALOON LLC DALLAS TX 12345678901234567890123", "-48.00", "restaurants"],
    // A nail or beauty lounge is personal care; a lounge alone is a bar.
    [null, "SQ *LOTUS NAIL LOUNGE #0412 DALLAS TX", "-35.00", "drugstore"],
    [null, "SKYLINE LOUNGE 0412 DALLAS TX", "-42.00", "restaurants"],
    // A resident portal's rent payment, however the payment word is shortened.
    [null, "CEDAR LIVING ONLINE RESIDENT PYMT 0412 JANE DOE", "-1450.00", "rent"],
    // Eye care, florists in English and French.
    [null, "CHECKCARD 0412 CLEARVIEW VISION CARE DALLAS TX 12345678901234567890123", "-80.00", "health"],
    [null, "CARTE 05/05/26 FLEURS DE LILA CB*1234", "-25.00", "shopping"],
    [null, "))) THE FLOWER STALL YORK", "-18.00", "shopping"],
  ]);
});

describe("pool-28 shapes (read after scoring) in other names", () => {
  itLabels([
    // Capitals after a name that spell its initials say the name again.
    ["WESTGATE HOUSING TRUST WHT RENT 5512 STO", "Westgate Housing Trust"],
    // A US county's bill shortens County to CO before its bill words.
    ["MARION CO TREASURER MARION CO RE TAX PARCEL 0412", "Marion County"],
    ["DANE CO PROP TAX PARCEL 0412", "Dane County"],
    // An ACH entry description is not the name.
    ["ACME MUTUAL ACME MUTUAL EDI PYMNTS AM0412", "Acme Mutual"],
    // Dutch surname particles the terminal shortened.
    ["CCV*Slagerij v Dijk 0412", "Slagerij van Dijk"],
    ["ZETTLE_*VISHANDEL VD BERG 0412", "Vishandel Van Der Berg"],
    // A number the 40-character cut left last is a reference: a stored label labels to itself.
    ["Einzug Ausgleichsbetrag Karte ...4411 Abrechnung Oktober 2026", "Einzug Ausgleichsbetrag Karte"],
  ]);

  itCategorizes([
    // A card statement named by its issuer (ICS) settles the card.
    [null, "Bestedingsoverzicht ICS voldaan OKT 2026", "-812.40", "transfers"],
    // Bank charges for a withdrawal at the counter or before term, and for an express transfer.
    [null, "Kosten geldopname spaarrekening voor einde looptijd", "-4.50", "fees"],
    [null, "Entgelt Echtzeitüberweisung 10/2026", "-0.50", "fees"],
    // A road in a driving school's name is no owners' association (WEG).
    ["RIJSCHOOL VEILIG OP WEG", "RIJSCHOOL VEILIG OP WEG Utrecht, NL", "-45.00", "education"],
    [null, "Hausgeld WEG Lindenstr. 4 Oktober", "-310.00", "rent"],
    // A hairdresser's "Stube" is no tavern; grooming, brewpubs, Dutch eating houses, suites, petroleum, pub signs.
    [null, "FRISIERSTUBE MARX//KASSEL/DE 2026-10-02T10:11:12", "-28.00", "drugstore"],
    [null, "VIS OAKS GROOMING LOUNGE LEEDS", "-22.00", "drugstore"],
    [null, "CHECKCARD 1012 COPPER KETTLE BREWPUB AUSTIN TX 12345678901234567890123", "-38.00", "restaurants"],
    [null, "BEA   NR:XXX123   02.10.26/12.10 EETSALON DE KROON Utrecht,PAS123", "-21.00", "restaurants"],
    [null, "CHECKCARD 1012 HARBOR SUITES BOSTON MA 12345678901234567890123", "-210.00", "travel"],
    [null, "MILLBROOK PETROLEUM LTD ON 02 OCT BCC", "-55.00", "fuel"],
    [null, "THE GOOSE & PARTRIDGE ON 02 OCT BCC", "-31.00", "restaurants"],
  ]);
});

describe("pool-29 shapes (read after scoring) in other names", () => {
  itLabels([
    // "Barbers" is a whole word, not a cut "Barbershop".
    ["SQ *KNOTTY PINE BARBERS  LEEDS         GBR", "Knotty Pine Barbers"],
    // A practice goes by the doctor's surname, without the first name's initial.
    ["Zahnarztpraxis Dr. med. dent. M. Brettschneider/KOELN//DE", "Zahnarztpraxis Dr. Brettschneider"],
    // The sandwich, not Michigan.
    ["TST* SAIGON BANH MI     PORTLAND      OR", "Saigon Banh Mi"],
    // The app a ride or ticket was bought through is not the name.
    ["ROADRUNNER CABS APP 4417   MANCHESTER    GBR", "Roadrunner Cabs"],
    // A French invoice word after a name said twice.
    ["PRLV SEPA KIWINET KIWINET FACTURE 02/2026 CLIENT 4418820", "Kiwinet"],
    // A UK type code the 40-character cut leaves last is dropped, so the label labels to itself.
    ["CR Maria Beispielfrau SAVE THE CHANGE TFR TO SAVER 4471", "Maria Beispielfrau SAVE THE CHANGE"],
    // A billing company's brand named after its star or its name.
    ["CARTE 01/10/26 LOUVRE HOTELS*KYRIAD CB*0855", "Kyriad"],
    ["Kartenzahlung LEDER & SCHUH AG HUMANIC. 03848034//Graz 2026-04-21T21:43:20 KFN 1 VJ 2812", "Humanic"],
  ]);

  it("RSG Group bills McFIT unless the row names its other brand", () => {
    expect(merchantName({ counterpartyName: "RSG Group GmbH", description: "John Reed Mitgliedsbeitrag 10/2026 Mitgl.-Nr. 4471" })).toBe("John Reed");
    expect(merchantName({ counterpartyName: "RSG Group GmbH", description: "Mitgliedsbeitrag 10/2026 Mitgl.-Nr. 4471" })).toBe("McFIT");
  });

  itCategorizes([
    // A card bill with the card's programme between the paying word and the issuer.
    [null, "Einzug Monatsrechnung Payback American Express Oktober 2026", "-640.00", "transfers"],
    // Paid with a credit card is still a purchase.
    [null, "PAGO CON TARJETA DE CREDITO EN ZARA", "-12.40", "shopping"],
  ]);
});

describe("pool-30 shapes (read after scoring) in other names", () => {
  itLabels([
    // A Dutch cooperative's word before its name, like Stichting: "Coöperatie X" is X, not a person called X.
    ["Coöperatie Wolkenveld", "Wolkenveld"],
    // Legal forms: the Dutch partnership in lower case, the German public-law institution.
    ["Rijschool Linksaf V.o.f. 3614", "Rijschool Linksaf"],
    ["VISA STADTWERKE MUSTERHAUSEN AOER 8724", "Stadtwerke Musterhausen"],
    // A butcher's or barber's whole word is not completed as if cut ("BUTCHER" is no cut "BUTCHERS").
    ["CHECKCARD 0830 RIVERBEND SMOKE BUTCHER AUSTIN TX 34145763075401005804247", "Riverbend Smoke Butcher"],
    // What the payment was for after the name: a direct debit's mensualisation, a membership, a compensation.
    ["VIR SEPA EAUX DU VALLON MENSUALISATION EAU 01/2025 CONTRAT 4470219", "Eaux Du Vallon"],
    ["DD PULSE GYMS MEMBERSHIP 552071", "Pulse Gyms"],
    ["))) SQ *MOORSIDE OPTICIANS LEEDS FLIGHT DELAY COMPENSATION", "Moorside Opticians"],
  ]);

  itCategorizes([
    // A card bill: the month's debit of a named card, its programme between.
    [null, "Monatsabbuchung Payback Visa Flex+ 08/2025", "-1053.10", "transfers"],
    [null, "Monatsabbuchung Visa 08/2025", "-412.00", "transfers"],
  ]);
});

describe("pool-31 shapes (read after scoring) in other names", () => {
  itLabels([
    // A cut "practice" after a dental name, a cut "school" after driving.
    ["VIS ELM GROVE DENTAL PRA LONDON", "Elm Grove Dental"],
    ["VIS CLEAR ROAD DRIVING SCH BRISTOL", "Clear Road Driving School"],
    // An American firm's AG is agriculture, not the German legal form.
    ["HOLLOWAY AG SERVICES INC DIRECT DEP HOLLOWAY 0425 70593971 JANE DOE", "Holloway Ag Services"],
  ]);

  it("a one-word investor's name before a kind of shop names that shop, not the investor", () => {
    expect(merchantName({ description: "SUMUP *NUTMEG CAFE     LONDON        GBR" })).toBe("Nutmeg Cafe");
    expect(categoryOf(null, "SUMUP *NUTMEG CAFE     LONDON        GBR", "-4.20")).toBe("restaurants");
    expect(merchantName({ description: "NUTMEG SAVINGS" })).toBe("Nutmeg");
  });

  itCategorizes([
    // The bank's charges: closing a sub-account, a cash deposit at a machine, a rent guarantee.
    [null, "Entgelt Kontoauflösung Unterkonto", "-5.00", "fees"],
    [null, "Preis Bareinzahlung am Einzahlungsautomaten Oktober", "-3.50", "fees"],
    [null, "Kosten bankgarantie huurwoning 2026", "-9.00", "fees"],
    // Card bills: a statement balance naming the card after a code, spending debited from a named Mastercard, the French sum of card payments.
    [null, "Lastschrift Rechnungssaldo Awa7 Visa Karte ...7703 Oktober 2026", "-912.00", "transfers"],
    [null, "Afschrijving bestedingen Triodos Mastercard OKTOBER 2026", "-640.00", "transfers"],
    [null, "SOMME DES PAIEMENTS CARTE 10/2026", "-1120.00", "transfers"],
    // Candles and poffertjes.
    [null, "PURCHASE AUTHORIZED ON 01/16 SQ *MESA CANDLE CO AUSTIN TX S365975694530461 CARD 2817", "-40.00", "shopping"],
    ["IZ *POFFERTJESKRAAM HET ZOETE 4794", "Pasvolgnr: 001", "-9.00", "restaurants"],
  ]);
});

describe("pool-32 shapes (read after scoring) in other names", () => {
  itLabels([
    // A French network's or company's word before a brand is no first name ("RESEAU IRIGO" is no person called Irigo).
    ["CARTE 10/07/26 RESEAU IRIGO CB*9403", "Irigo"],
    // A Dutch housing foundation's word before its name.
    ["Woningstichting Rijnhoven", "Rijnhoven"],
    // A treasury after a city's name is the office that bills, not the name.
    ["CITY OF MAPLE GROVE MG TREASURY PROP TAX PARCEL 09-09-29-4417", "City Of Maple Grove"],
    // A fare app names the fare association it sold the ticket for.
    ["NALDO HANDYTICKET 4417203", "naldo"],
  ]);

  itCategorizes([
    // A student union or a canteen operator that lets rooms: the purpose's rent words decide.
    ["Studierendenwerk Musterstadt", "SWM Mietzahlung 07/2026 Zi. 0312 Wohnanlage Lindenweg", "-380.00", "rent"],
    [null, "PRLV SEPA CROUS LYON REDEVANCE OCTOBRE 2026 RESIDENCE NORD CHAMBRE 0412", "-410.00", "rent"],
    ["Studierendenwerk Musterstadt", "Mensakarte aufladen", "-50.00", "education"],
    // The bank's charge for telling the holder a standing order was not carried out.
    [null, "Preis Benachrichtigung Nichtausführung Dauerauftrag", "-3.00", "fees"],
    // A credit union's card bill, an insurer's premium, a hospital's patient payment, a phone plan's direct debit.
    [null, "LAKESIDE CU VISA LOAN PMT", "-900.00", "transfers"],
    [null, "GRANITE STATE INS GRANITE MUTUAL PREM GS4417", "-80.00", "insurance"],
    [null, "CHECKCARD 1101 RIVERSIDE HEALTH PATIENT PMT SEATTLE WA 83960140056091782350013", "-40.00", "health"],
    [null, "SKYTALK SKYTALK 07719 MOBILE DDR", "-12.00", "utilities"],
    // An Alsatian winstub, a creamery, galettes, a Bräu, a food co-op.
    [null, "CARTE 18/10/26 WINSTUB S BURJERSTUEWEL CB*5759", "-40.00", "restaurants"],
    [null, "SQ *SWEET CREEK CREAMERY #1479 BOULDER CO", "-9.00", "restaurants"],
    [null, "CARTE 29/12/26 SUMUP *GALETTES DU PORT CB*6105", "-21.00", "restaurants"],
    ["Adlerbraeu Freiburg   Muenchen      DE", "2026-04-23T09:33 Debitk. 0 2099-12", "-25.00", "restaurants"],
    [null, "CHECKCARD 0303 LAKEVIEW FOOD CO-OP MADISON WI 54509060878486011286891", "-41.00", "groceries"],
  ]);
});

describe("pool-33 shapes (read after scoring) in other names", () => {
  itLabels([
    // A web address runs the kind of shop into the name: split off, the kind says what the shop is.
    ["PURCHASE AUTHORIZED ON 10/05 SP * MAPLELEAFFLORIST.COM BROOKLYN NY S453010406738954 CARD 4832", "Mapleleaf Florist"],
    ["CHECKCARD 0912 HARBORVIEWBAGELS.COM SEATTLE WA 52534087237226351910896", "Harborview Bagels"],
    // …but a known brand's address stays the brand.
    ["NETFLIX.COM", "Netflix"],
    // A French company's SAS before its name, like its SARL.
    ["CARTE 13/12/25 SAS BRASSERIE DU CANAL CB*9188", "Brasserie Du Canal"],
  ]);

  itCategorizes([
    [null, "PURCHASE AUTHORIZED ON 10/05 SP * MAPLELEAFFLORIST.COM BROOKLYN NY S453010406738954 CARD 4832", "-60.00", "shopping"],
    [null, "CHECKCARD 0912 HARBORVIEWBAGELS.COM SEATTLE WA 52534087237226351910896", "-12.00", "restaurants"],
    // A charge taken twice and given back is a refund, in every language.
    [null, "CARTE 13/12/25 SAS BRASSERIE DU CANAL CB*9188 CORRECTION DOUBLE DEBIT CB", "42.00", "refunds"],
    [null, "Korrektur Doppelbelastung Kartenzahlung PARKHAUS MITTE", "12.00", "refunds"],
    [null, "BEA NR:XXX195 11.04.25/07.10 TAXI WEST Restitutie dubbele afschrijving", "25.00", "refunds"],
    [null, "DUPLICATE CHARGE REVERSAL CORNER DELI", "9.50", "refunds"],
  ]);
});

describe("pool-34 shapes (read after scoring) in other names", () => {
  itLabels([
    // What a paper's subscription or a ticket machine prints after the name.
    ["PURCHASE AUTHORIZED ON 05/04 TACOMA HERALD SUBSCR AUSTIN TX S078068630670597 CARD 9093", "Tacoma Herald"],
    ["GLIDER BELFAST TVM ON 14 AUG          BCC", "Glider"],
    // A pub's word after a one-word name of five letters or more ("Brains", "Butcombe"); "The Pub" stays.
    ["KESTRELS PUB 0031 LEWES ON 30 DEC          CPM", "Kestrels"],
    // A five-letter name said twice ("SOREA SOREA"); "Bora Bora" keeps both.
    ["PRLV SEPA VERTA VERTA ECHEANCE 10/2025 CLIENT 7741209", "Verta"],
    // A web address running "outfitters" into the name.
    ["PURCHASE AUTHORIZED ON 07/03 SP * PINEHOLLOWOUTFITTERS.COM NEW YORK NY S128203701436922 CARD 3317", "Pinehollow Outfitters"],
  ]);

  it("a UK council's initials with its tax in the purpose name the council", () => {
    expect(merchantName({ counterpartyName: "WALSALL MBC", description: "WALSALL MBC CTAX 60411872" })).toBe("Walsall Council");
    expect(merchantName({ counterpartyName: "OAKMONT CC", description: "MEMBERSHIP DUES" })).not.toBe("Oakmont Council");
  });

  itCategorizes([
    [null, "PURCHASE AUTHORIZED ON 05/04 TACOMA HERALD SUBSCR AUSTIN TX S078068630670597 CARD 9093", "-8.00", "subscriptions"],
    [null, "GLIDER BELFAST TVM ON 14 AUG          BCC", "-3.00", "transport"],
    // A name ending in oil sells fuel; tyres and lube, auto care, chowder, music lessons, a French social landlord, an orchard shop.
    [null, "NORTHWAY OIL 0214 NEWRY 3885   ON 14 AUG          BCC", "-60.00", "fuel"],
    [null, "CASCADE TIRE & LUBE #2 TACOMA WA", "-90.00", "fuel"],
    [null, "PURCHASE AUTHORIZED ON 05/22 LONGHORN AUTO CARE AUSTIN TX S614145409335221 CARD 9409", "-60.00", "fuel"],
    [null, "PURCHASE AUTHORIZED ON 04/25 SEAGRASS CHOWDER HOUSE PORTLAND ME S151953498857188 CARD 4503", "-40.00", "restaurants"],
    [null, "CHECKCARD 0811 SQ *BAYSIDE MUSIC LESSONS SEATTLE WA 81001334327992801462080", "-60.00", "education"],
    [null, "PRLV SEPA OPAC DU RHONE AVIS D ECHEANCE 10/2025 LOGT 2210", "-650.00", "rent"],
    [null, "OBSTHOF MAIER, MUENCHEN DE Karte Nr. 4871 78XX XXXX 7620 Kartenzahlung", "-30.00", "groceries"],
  ]);
});

describe("pool-35 shapes (read after scoring) in other names", () => {
  itLabels([
    // A US biller's company field says its name again, shortened, before the payment's own words.
    ["THE IRON TEMPLE GYMS IRON TEMPLE DUES", "The Iron Temple Gyms"],
    ["MAPLEWOODRESIDENCES MAPLE RES RENT PMT 4417", "Maplewoodresidences"],
    ["VILLAGE OF OAKDALE OAKDALE RE TAX BILL 2209418", "Village Of Oakdale"],
    ["SPRINGFIELD WATER WORKS SWW WEB PAYMENT", "Springfield Water Works"],
    ["SO RIVERSIDE HOUSING RHL RENT REF 30118427", "Riverside Housing"],
    // St between a name and a kind of shop is a street; before a saint's name it stays.
    ["MILL ST BAKERY ON 24 MAR          BCC", "Mill Street Bakery"],
    ["BISTROT ST ROCH", "Bistrot St Roch"],
    // A one-word name said twice before the payment's words; a car park's pay machine after its name.
    ["PRLV SEPA NEXIO NEXIO FORFAIT 10/2025 LIGNE 0671", "Nexio"],
    ["Kartenzahlung PARKHAUS SCHLOSSPLATZ KASSENAUTOMAT. 10424040//Leipzig 2025-09-08T08:19:22 KFN 1 VJ 2812", "Parkhaus Schlossplatz"],
  ]);

  it("a word that begins another brand's longer name is not that brand cut short when the text goes on", () => {
    expect(merchantName({ counterpartyName: "SAARLAND Sportbund e.V." })).not.toBe("saarVV");
    // A field really cut there still finds it: the name cut inside its last word, then the town.
    expect(merchantName({ counterpartyName: "SDS SAECHSISCHE-DAMPFSCHIFFA" })).toBe("Sächsische Dampfschiffahrt");
  });

  itCategorizes([
    // Credit bought from a network or a transport card is a purchase; a wallet's top-up is own money.
    [null, "TFL OYSTER TOP UP", "-20.00", "transport"],
    [null, "VODAFONE TOPUP 07781 400123", "-10.00", "utilities"],
    [null, "REVOLUT TOP UP", "-50.00", "transfers"],
    // A credit line's monthly repayment is a card bill.
    [null, "MONZO FLEX MONTHLY REPAYMENT", "-240.00", "transfers"],
    // A city's Stadtwerk, a biller named Utilities, a glued property manager, shipping companies, smokehouses, a wine farm.
    ["Stadtwerk Tauberfranken GmbH", "Rechnung 03/2026", "-80.00", "utilities"],
    [null, "PINE RIVER UTILITIES WEB PAYMENT", "-60.00", "utilities"],
    [null, "GREYSTONERESIDENTIAL ONLINE PMT UNIT 4", "-1800.00", "rent"],
    [null, "HALLIGREEDEREI KAPITAEN PAULSEN, HUSUM DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung", "-40.00", "travel"],
    ["Fischraeucherei Hansen", null, "-25.00", "groceries"],
    ["WEINGUT UND WINZERHOF KLEIN", null, "-45.00", "groceries"],
    // A bill that says gas is no hearing-aid shop ("GAES" folds to "gas").
    ["Versorger Nord GmbH", "Wasser/Gas 02/2026 VK 5100273361", "-90.00", "utilities"],
  ]);
});

describe("pool-36 shapes (read after scoring) in other names", () => {
  itLabels([
    // What was bought after the name: a bus ticket, an admission.
    ["SWT FAHRSCHEIN BUS 0412", "SWT"],
    ["KASTEEL DE HAAR ENTREE 7803", "Kasteel De Haar"],
    // The market's word the terminal shortened; Dutch U.A. and French OPH as legal forms.
    ["SUNRISE VALLEY MKT NEW YORK CA", "Sunrise Valley Market"],
    ["Coöperatie Zonnestroom Oost U.A.", "Zonnestroom Oost"],
    ["PRLV SEPA MEDUANE OPH AVIS ECHEANCE 07/2025 LOGT 3318", "Meduane"],
    // A numbered name said again keeps its number; initials with the group's letter; a reversal after a town.
    ["ANYTIME 24 ANYTIME 24 DUES 60218 1223 76027997 JANE DOE", "Anytime 24"],
    ["SO RIVERSIDE HOUSING RHG RENT REF 1234", "Riverside Housing"],
    ["HILLSIDE DENTAL PRACTICE LEEDS REVERSAL", "Hillside Dental Practice"],
    // …and such a label, stored, labels to itself.
    ["Anytime 24", "Anytime 24"],
  ]);

  itCategorizes([
    // An insurer's one-word name after an article, before a kind of shop, names that shop.
    [null, "SQ *THE ALLIANZ CAFE    BRISTOL       GBR", "-12.00", "restaurants"],
    // Taprooms, tortillerias, motor dealers, driving schools.
    [null, "SCHANKWIRTSCHAFT MEYER", "-30.00", "restaurants"],
    [null, "LA MICHOACANA TORTILLERIA", "-12.00", "groceries"],
    [null, "PEMBERTON MOTORS LTD", "-150.00", "fuel"],
  ]);
});

describe("pool-37 shapes (read after scoring) in other names", () => {
  itLabels([
    // Google Play collects for the app's maker; Google's own services stay Google's.
    ["GOOGLE *Kitchen Stories", "Kitchen Stories"],
    ["GOOGLE *Google Storage", "Google"],
    // A town cut at the field's width after a name of two words; a paper's digital subscription after its name.
    ["BUCHLADEN AM MARKT DRESD", "Buchladen Am Markt"],
    ["KREISBOTE WEILHEIM DIGITALABO 4471", "Kreisbote Weilheim"],
  ]);

  itCategorizes([
    // A card statement's balance paid is a card bill; closing a savings book costs a fee.
    [null, "STATEMENT BAL PMT - CASH REWARDS CARD", "-500.00", "transfers"],
    [null, "FRAIS DE CLOTURE LIVRET A", "-10.00", "fees"],
    // A building association lets flats; bouldering, club dues and ice-cream parlours.
    ["Bauverein Breisgau eG", "Zahlung 07/2026", "-640.00", "rent"],
    ["Blocwerk GmbH", "Bouldern Monatsabo 07/2026", "-55.00", "entertainment"],
    [null, "SUMMIT ROCK MEMBERSHIP DUES", "-80.00", "entertainment"],
    [null, "SWEET PEAKS ICE CREAMS #02 BOZEMAN MT", "-9.00", "restaurants"],
  ]);
});

describe("pool-39 shapes (read after scoring) in other names", () => {
  itLabels([
    // A name cut at the label's length does not end on a joining word whose name the cut took away.
    ["Zusatzversorgungskasse des Landes und der Kommunen", "Zusatzversorgungskasse des Landes"],
    ["Kneipp-Verein Ortsgruppe Stadtmitte Bad Wörishofen", "Kneipp-Verein Ortsgruppe Stadtmitte"],
    // A sports club's town is part of its name, whichever club word it goes by.
    ["TuS Blau-Gelb Wetzlar 1890 e.V.", "TuS Blau-Gelb Wetzlar"],
    ["SpVgg Rot-Weiß Eschwege", "SpVgg Rot-Weiß Eschwege"],
    // A branch word whose number the field cut off; a returned deposit's words; a trade word a field cut short.
    ["BAECKEREI MUSTERMANN FIL", "Baeckerei Mustermann"],
    ["SQ *HARBOUR BARBERS DEPOSIT RETURNED", "Harbour Barbers"],
    ["SQ *MAIN STREET TORTILLER", "Main Street Tortilleria"],
    // A longer name than any card field ends in its own last word, not in a town the field cut.
    ["GREATER DAYTON WATER WORKS", "Greater Dayton Water Works"],
  ]);

  itCategorizes([
    // A senior residence's or care home's monthly fee is the home, whatever the operator is called.
    ["Residenz am Schlosspark GmbH", "Stiftsentgelt 07/2026 Bewohner 1182", "-2900.00", "rent"],
    ["Kursana Villa Wiesbaden", "Pensionsentgelt August 2026 Appartement 3.02", "-3100.00", "rent"],
    // Care at home and alarm services are health; a charity that runs one is paid for the service.
    ["Malteser Hilfsdienst e.V.", "Hausnotruf Komfort Juni 2026 Kd 7712", "-39.00", "health"],
    [null, "COMFORT KEEPERS HOME CARE INV 8812", "-420.00", "health"],
    [null, "CARTE 04/05/26 SELARL PHIE DU CENTRE CB*1234", "-23.10", "health"],
    [null, "AMPLIFON HEARING CENTRE 0412", "-95.00", "health"],
    // A spa town's treatment house: the Kur's baths and massages are health, a clinic's Vorsorgekur too.
    ["Kurmittelhaus Bad Woerishofen", "BAD WOERISHOFEN KURMITTELHAUS/HAUPTSTR. 1/BAD WOERISHOFEN/DE 10.06.2026 um 09:23:08 Uhr", "-86.00", "health"],
    [null, "KURMITTELABTEILUNG BAD FUESSING 0042", "-45.00", "health"],
    ["Haus Sonnenhof GmbH", "Zuzahlung Vorsorgekur 21 Tage", "-210.00", "health"],
    // Farm and market stands, a dairy's shop.
    [null, "SUMUP *OBSTSTAND MAYER", "-12.40", "groceries"],
    [null, "SQ *RIVERBEND FARM STAND", "-18.00", "groceries"],
    [null, "SENNEREI OBERSTAUFEN 0021", "-24.00", "groceries"],
    // Dutch and French travel firms, river cruises, coach tours.
    [null, "BEA NR:XXX015 19.08.25/13.26 Sunweb Reizen B.V. Amsterdam,PAS581", "-430.00", "travel"],
    [null, "CARTE 10/02/26 CROISIERES DE FRANCE CB*8053", "-238.00", "travel"],
    [null, "VIS VIKINGRIVERCRUISES.CO.UK LEEDS", "-900.00", "travel"],
    // Thermal baths for a day out; nurseries that sell plants; a monastery's shop.
    [null, "THERMEN ZILVERMEER 0012", "-22.00", "entertainment"],
    [null, "PEPINIERES DUBOIS CB*1403", "-80.00", "shopping"],
    [null, "KLOSTERLADEN ANDECHS", "-31.00", "shopping"],
    // A cemetery's fee to a town association's cash office is a levy; heating oil is a utility.
    ["Verbandsgemeindekasse Nastätten", "Friedhofsgebühr Grabstelle 12", "-180.00", "taxes"],
    ["HIGHLAND FUELS", "HEATING OIL BUDGET 4412", "-90.00", "utilities"],
    // A Dutch landlord's "woonruimte" (living space) is the rent.
    ["P. de Vries", "Woonruimte 03-2026 Kerkstraat 4", "-820.00", "rent"],
    // A congregation is no town hall.
    ["Hervormde Gemeente Dalfsen", "Vrijwillige bijdrage kerkbalans 2026", "-25.00", "donations"],
    // A joint practice and a practice named for its field of medicine are health.
    [null, "VISA GEMEINSCHAFTSPRAXIS SCHULZE UND PARTNER 4411", "-20.00", "health"],
    [null, "PRAXIS FUER ALLGEMEINMEDIZIN DR. BERG", "-35.00", "health"],
    // A card's collected statement is a card bill.
    [null, "Sammelabbuchung Visa Classic Stichtag 28.03.2026", "-812.00", "transfers"],
    [null, "CHARGE CARD BALANCE COLLECTED IN FULL", "-312.00", "transfers"],
  ]);
});

describe("pool-38 shapes (read after scoring) in other names", () => {
  itLabels([
    // A German compound whose shared end was left out goes on after its hyphen.
    ["WILD- UND FREIZEITPARK KLOTTEN", "Wild- Und Freizeitpark Klotten"],
    // A town association's cash office goes by the association; a non-profit's gGmbH is a legal form.
    ["Verbandsgemeindekasse Montabaur", "Verbandsgemeinde Montabaur"],
    ["STADTTEILZENTRUM NORD GGMBH", "Stadtteilzentrum Nord"],
    // Words terminals shorten; initials after the company's Co; a register word before a full stop.
    ["PENCOED SERVICE STN ON 02 MAY          CPM", "Pencoed Service Station"],
    ["SO UNIV OF LEEDS SPORT 441720", "University Of Leeds Sport"],
    ["CEDAR FEED AND HDWE", "Cedar Feed And Hardware"],
    ["RIVER CITY PUMP CO RCP PAYROLL", "River City Pump Co"],
    ["Kartenzahlung SEEHOTEL HOTELGESELLSCHAFT. 3064//Koeln 2026-05-09T13:01:10 KFN 1 VJ 2812", "Seehotel"],
    // A US state's two letters and STORE are no brand spelled together ("CA STORE" is not Castore).
    ["BLUE HERON GRILL LLCAUSTIN       TX STORE RETURN CREDIT", "Blue Heron Grill"],
    // …while an elided French article still joins its word ("L OSTERIA" is L'Osteria).
    ["L OSTERIA KOELN RINGE", "L'Osteria"],
  ]);

  itCategorizes([
    // Childcare and lessons named in the purpose are education, whoever is paid.
    ["Gemeindekasse Eppstein", "Kita-Gebühren Mai 2026 Kita Regenbogen", "-250.00", "education"],
    ["Musikschule Taunus e.V.", "Unterrichtsentgelt Klavier Mai 2026", "-60.00", "education"],
    [null, "PRLV SEPA TRESOR PUBLIC GARDERIE PERISCOLAIRE 05/2026", "-40.00", "education"],
    // A credit union's Visa payment is a card bill; a party shop's depot is no securities account.
    [null, "MOUNTAIN AMERICA CU VISA PMT", "-500.00", "transfers"],
    [null, "PARTY DEPOT 0412", "-30.00", "other"],
    // Wildlife and bird parks, soft play, a club's fee, asparagus farms, farm supply, frozen custard, car care.
    ["WILDPARK GANGELT", null, "-20.00", "entertainment"],
    [null, "TUMBLE JUNGLE SOFT PLAY", "-12.00", "entertainment"],
    ["SV Blau-Weiss Lohne e.V.", "Vereinsbeitrag 2026", "-60.00", "entertainment"],
    ["SPARGELHOF MEYER", null, "-15.00", "groceries"],
    ["LANDHANDEL BRUNS", null, "-80.00", "shopping"],
    [null, "OSCAR'S FROZEN CUSTARD", "-9.00", "restaurants"],
    ["Blitzblank Autopflege GmbH", null, "-25.00", "fuel"],
  ]);
});

// bank-formats.md §3.1 and §3.5 #52: a delivery or ride platform printed in front
// of the restaurant is the merchant ("doordash last month" means every order);
// a payment facilitator printed in front of a shop is not: the shop is.
describe("a delivery or ride platform is the merchant, a payment facilitator is not", () => {
  itLabels([
    ["DOORDASH*SWEETGREEN 855-973-1040 CA", "DoorDash"],
    ["DOORDASH-PANERA BREAD 855-973-1040 CA", "DoorDash"],
    ["DOORDASH-MCALISTERS DE 650-681-9470 CA", "DoorDash"],
    ["DD *DOORDASH SWEETGREEN", "DoorDash"],
    ["DOORDASH*ORDER", "DoorDash"],
    ["DOORDASH*MARIAS TAQUERIA", "DoorDash"],
    ["DELIVEROO*NANDOS CAMDEN", "Deliveroo"],
    ["JUST EAT*FIVE GUYS LONDON", "Just Eat"],
    ["WOLT*BURGER KING BERLIN", "Wolt"],
    ["GRUBHUB*CHIPOTLE", "Grubhub"],
    ["UBER *EATS HELP.UBER.COM", "Uber Eats"],
    ["UBER *TRIP HELP.UBER.COM", "Uber"],
    ["LYFT *RIDE SUN 7PM 855-865-9553 CA", "Lyft"],
    ["SQ *STARBUCKS 0412", "Starbucks"],
    ["SUMUP *NANDOS LONDON", "Nando's"],
    ["ZTL*THE CAMDEN HEAD LONDON GBR", "The Camden Head"],
    ["PAYPAL *EBAY INC 4029357733 CA", "eBay"],
    ["TST*TACO ROCK - LORTON", "Taco Rock"],
  ]);

  itCategorizes([
    [null, "DOORDASH*SWEETGREEN 855-973-1040 CA", "-26.16", "restaurants"],
    [null, "DOORDASH*SWEETGREEN 855-973-1040 CA", "26.16", "refunds"],
  ]);
});

// A small number right after a short first word is part of the name ("Pho 75");
// store numbers are still noise: after a longer name, with a "#", or four digits and more.
describe("a number that is part of a name, and store numbers that are not", () => {
  itLabels([
    ["TST* PHO 75 - ARLINGTON", "PHO 75"],
    ["TST* PHO 75 ARLINGTON VA", "PHO 75"],
    ["BAR 61 LONDON GBR", "BAR 61"],
    ["PHO 75 #0412 ARLINGTON VA", "PHO 75"],
    ["ALDI 78 KENTISH TOWN", "ALDI"],
    ["ZIP 4471 DENVER CO", "ZIP"],
    ["ABC 01", "ABC"],
    ["KROGER #539 800-853-3033 VA", "Kroger"],
    ["TESCO STORES 3021   ON 21 JUL          BCC", "Tesco"],
    ["STARBUCKS STORE 09874 FAIRFAX VA", "Starbucks"],
  ]);
});

describe("which flat the rent is for is the purpose, not the landlord's name", () => {
  itLabels([
    ["MAPLE & CO LETTINGS FLAT 4 RENT", "Maple & Co Lettings"],
    ["SO J SMITH LETTINGS FLAT 2B RENT", "J Smith Lettings"],
  ]);
});

describe("a longer known name wins over a shorter brand inside it", () => {
  // "Steam" (the games store) is a word of "Isle of Man Steam Packet": the ferry's name cut, or with the terminal's
  // town glued onto its cut last word, is still the ferry.
  itLabels([
    ["ISLE OF MAN STEAM PADOUGLAS", "Isle of Man Steam Packet"],
    ["ISLE OF MAN STEAM PDOUGLAS      IM", "Isle of Man Steam Packet"],
    ["ISLE OF MAN STEAM PACKETDOUGLAS", "Isle of Man Steam Packet"],
    ["ISLE OF MAN STEAM", "Isle of Man Steam Packet"],
    // The short brand on its own, or before words that are not the longer name's, stays itself.
    ["STEAMGAMES.COM 4259522985", "Steam"],
    ["STEAM PURCHASE SEATTLE", "Steam"],
  ]);
  itCategorizes([
    [null, "ISLE OF MAN STEAM PADOUGLAS", "-64.00", "travel"],
    [null, "STEAMGAMES.COM 4259522985", "-19.99", "entertainment"],
  ]);
});

describe("pool-40 shapes (read after scoring) in other names", () => {
  itLabels([
    // A utility's and a Dutch bookshop's shortened word, written out.
    ["CITY OF GREENVILLE UTIL WATER WEB PMT 0012345", "City Of Greenville Utilities"],
    ["ZETTLE_*BOEKH. VAN DAM", "Boekhandel Van Dam"],
    // "AdöR" (Anstalt des öffentlichen Rechts) is a legal form like AöR.
    ["Studierendenwerk Kassel AdoeR", "Studierendenwerk Kassel"],
    // A second-hand shop's, a bike specialist's and a venue company's trade words after the name.
    ["ZTL*STOFFWECHSEL SECONDHAND//BREMEN/DE", "Stoffwechsel"],
    ["Fietsenhuis Kuipers Fietsspecialist", "Fietsenhuis Kuipers"],
    ["Kulturkeller Veranstaltungs GmbH", "Kulturkeller"],
    ["Hafenkante Gastro GmbH", "Hafenkante"],
    // A university's fee office and what follows it.
    ["PURDUE UNIVERSITY BURSAR STUDENT ACCT PMT", "Purdue University"],
    // An English club's town after the word club is the card's; a German club's town is its name's.
    ["SQ *OLD COLONY SOCIAL CLUB LEEDS", "Old Colony Social Club"],
    ["Ruderclub Germania Düsseldorf", "Ruderclub Germania Düsseldorf"],
  ]);

  itCategorizes([
    // Rent glued into one word by an ACH file, and a student hall's "Nutzungsentgelt" for a room.
    [null, "ORIG CO NAME:ASPEN HEIGHTS MGMT  CO ENTRY DESCR:RENTPAYMENT UNIT 12  SEC:WEB", "-850.00", "rent"],
    ["Studentenwerk Kassel AdoeR", "Nutzungsentgelt Zimmer 112 Oktober 2026", "-310.00", "rent"],
    // A town's utility is water or power, not a tax.
    [null, "CITY OF GREENVILLE UTIL WATER WEB PMT 0012345", "-48.00", "utilities"],
    // A fee named with cash is a fee, not cash.
    [null, "Entgelt Notfall-Bargeld Inland", "-7.50", "fees"],
    // Copy shops and bike repairers by their names' words, whatever else those words say.
    ["KOPIERSTUBE ALTSTADT", "KOPIERSTUBE ALTSTAD/HAUPTSTR. 1/BONN/DE", "-4.20", "shopping"],
    [null, "RIVERSIDE PRINT & COPY ON 03 MAR          CPM", "-6.00", "shopping"],
    [null, "SQ *VALLEY BIKE DOCTOR", "-35.00", "shopping"],
    // A terminal's star names a shop, not a person: "ZETTLE_*BOEKH. VAN DAM" is a bookshop.
    ["ZETTLE_*BOEKH. VAN DAM", "Zettle_*Boekh. Van Dam Utrecht, NL", "-18.00", "shopping"],
    // Bars, canteens and noodle bars by the words of their names.
    [null, "SUMUP *ELBSCHAENKE", "-23.00", "restaurants"],
    [null, "SumUp *Nudelbar Kanal 0031", "-11.00", "restaurants"],
    [null, "))) SQ *MILL LANE SOCIAL CLUB", "-14.00", "restaurants"],
    // Renters' insurance by name.
    [null, "LEMONADE DES:RENTERS INS ID:XXXXX123 INDN:JOHN DOE CO ID:XXXXX9 WEB", "-9.00", "insurance"],
    // At a card terminal a charity's till is its shop and a student union's is its canteen; paid otherwise, they are a gift and a hall.
    [null, "))) BRITISH HEART FOUNDATION 0042 YORK", "-7.50", "shopping"],
    ["British Heart Foundation", "Spende Mai 2026", "-10.00", "donations"],
    ["Studierendenwerk Kassel AdoeR", "Kartenzahlung girocard 12.05.2026 um 12:31:09 Uhr", "-4.10", "restaurants"],
    ["Studierendenwerk Kassel AdoeR", "Semesterbeitrag WiSe 2026", "-310.00", "education"],
  ]);

  it("grants, student loans and a student's pay are income and pay, not refunds", () => {
    expect(categoryOf("Studierendenwerk Kassel AdoeR", "Ausbildungsfoerderung 10/2026 Kennz. 1234", "520.00")).toBe("income_other");
    expect(categoryOf("Dienst Uitvoering Onderwijs", "DUO basisbeurs + aanvullende beurs 10-2026", "410.00")).toBe("income_other");
    expect(categoryOf(null, "STUDENT LOANS COMPANY MAINT LOAN 2026", "1800.00")).toBe("income_other");
    expect(categoryOf("CAMPUS UNION", "CAMPUS UNION STAFF PAY", "320.00")).toBe("salary");
    expect(categoryOf(null, "SQ *CAMPUS BOOKS CREDIT - TEXTBOOK RETURNED", "45.00")).toBe("refunds");
  });
});

describe("pool-39 shapes (read after retiring)", () => {
  itLabels([
    // MVZ is a legal form in any case the field prints it.
    ["Zahnarztpraxis Dr. Kellermann Mvz Gmbh", "Zahnarztpraxis Dr. Kellermann"],
    // An annuity's payment words after the payer.
    ["FIDELIS ANNUITY PMT", "Fidelis"],
    // The street a shop stands on, after its name: "… TURL ST", "… FISCHMARKTSTR.".
    ["VIS THE BLUE CUP TURL ST LEEDS", "The Blue Cup"],
    ["Kartenzahlung FISCH BRAUN MOENCKEBERGSTR. 63657238//Hamburg 2025-05-24T09:42:41 KFN 1 VJ 2812", "Fisch Braun"],
    // A US club's town and state are where the card was used, not the club's name.
    ["PURCHASE AUTHORIZED ON 07/05 MAPLE RIDGE TENNIS CLUB DENVER MD S063337342395189 CARD 0202", "Maple Ridge Tennis Club"],
    // A town after Oude or an Italian article is the name's: "Oude Zwolle", "Al Porto".
    ["BEA   NR:XXX353   18.06.26/07.46 FYSIOTHERAPIE OUDE ZWOLLE Den Haag,PAS979", "Fysiotherapie Oude Zwolle"],
    ["Ztl*ristorante Al Porto   Frankfurt     DE", "ristorante Al Porto"],
    // A package store is a liquor store: Store is its own word, the number after it the branch's.
    ["CHECKCARD 0506 MAPLEWOOD PACKAGE STORE 2 SEATTLE CA 92094091836717402468800", "Maplewood Package Store"],
    ["MAPLEWOOD PACKAGE STORE 2SAN JOSE       NY", "Maplewood Package Store"],
    // Swanage is a town the terminal runs into the field.
    ["COASTAL OPTICIANS SWANAGEMANCHESTER    GBR", "Coastal Opticians"],
    // An apothecary run into its web address's name.
    ["SP * BLUEFERNAPOTHECARY.COMSAN JOSE       NY", "Bluefern Apothecary"],
    // Koophandel is the Dutch register's trading word after a shop's name.
    ["Versmarkt Koophandel 2291", "Versmarkt"],
    // A shop that is also a café goes by its first trade: "Bäckerei & Café Lindner" is Bäckerei Lindner.
    ["Baeckerei & Cafe Lindner - Bremen", "Baeckerei Lindner"],
    ["Confiserie und Café Abendroth", "Confiserie Abendroth"],
  ]);
  itCategorizes([[null, "CHECKCARD 0506 MAPLEWOOD PACKAGE STORE 2 SEATTLE CA 92094091836717402468800", "-23.50", "groceries"]]);
});

describe("pool-41 shapes (read after scoring) in other names", () => {
  itLabels([
    // The street a shop stands on after its name: an English lane or heights, a German Allee or Damm.
    ["VIS NOOR SPICES GREEN LANE", "Noor Spices"],
    ["ANAND GROCERS JACKSON HTS", "Anand Grocers"],
    ["Kartenzahlung LEZZET DONER HERMANNALLEE. 12345678//Berlin 2026-05-02T12:00:00 KFN 1 VJ 2812", "Lezzet Doner"],
  ]);

  it("folds the letters no decomposition takes to a Latin one, as banks print them", () => {
    expect(merchantKey("Altın Kuyumcu")).toBe(merchantKey("ALTIN KUYUMCU"));
    expect(merchantKey("Sklep Wisła")).toBe(merchantKey("SKLEP WISLA"));
    expect(merchantKey("Føtex")).toBe("fotex");
  });

  itCategorizes([
    // A card's monthly statement in other words: German, a credit-builder card, a store card, a French revolving reserve.
    [null, "Monatsbelastung Mastercard Gold Karteninhaber Mai 2026", "-412.30", "transfers"],
    [null, "CREDIT BUILDER CARD MONTHLY DD MAY", "-50.00", "transfers"],
    [null, "BUSINESS CARD BALANCE DD JULY", "-640.00", "transfers"],
    [null, "STORE CARD BALANCE PAID IN FULL", "-86.20", "transfers"],
    [null, "PRELEVEMENT MENSUEL RESERVE CARTE JUIN", "-120.00", "transfers"],
    // A bank's price for a payment outside SEPA is a fee.
    [null, "Preis Auslandszahlung außerhalb SEPA Empfänger Marokko", "-15.00", "fees"],
    [null, "Tarief betaling naar Ghana (niet-SEPA)", "-9.00", "fees"],
    // Mosques, temples and alms; a funeral fund; a consulate's fees; a language school and an integration course.
    [null, "SUMUP *YENI CAMII KASSEL", "-20.00", "donations"],
    ["Stichting Moskee Al Fourkaan", "Zakat 2026", "-150.00", "donations"],
    ["Cenaze Yardim Fonu Hessen e.V.", "Jahresbeitrag 2026 Familie", "-60.00", "insurance"],
    [null, "KONSULAT GENERALNY RP MONACHIUM", "-110.00", "taxes"],
    [null, "PURCHASE AUTHORIZED ON 03/02 BERLITZ LANGUAGE CENTERS DALLAS TX S123 CARD 1", "-300.00", "education"],
    ["Volkshochschule Neustadt", "Integrationskurs Modul 3", "-140.00", "education"],
    // Grocers and eateries of many countries by their trade words.
    [null, "ZTL*AFRO SHOP ADJOA", "-25.00", "groceries"],
    [null, "SUMUP *MERCEARIA LUSITANA", "-18.00", "groceries"],
    [null, "DELIKATESY POLSKIE SMAK 0012", "-31.00", "groceries"],
    [null, "KASAP ANADOLU HALAL", "-44.00", "groceries"],
    [null, "SULTAN CASH & CARRY BFD", "-64.00", "groceries"],
    [null, "CCV*WARUNG SEDAP", "-15.00", "restaurants"],
    [null, "ZETTLE_*ROTI SHOP KASIMAN", "-12.00", "restaurants"],
    [null, "SUMUP *GELINLIK PALAST", "-600.00", "shopping"],
    [null, "FESTSAAL ANKARA GMBH", "-900.00", "entertainment"],
    // A cuisine's country names a restaurant only where no kind of shop does.
    [null, "SUMUP *LAHORE ASIA MARKT", "-30.00", "groceries"],
    [null, "SUMUP *KASHMIR SUPERMARKET", "-30.00", "groceries"],
    [null, "SQ *KASHMIR GARDEN", "-30.00", "restaurants"],
    // A money-transfer service moves the person's money; what it pays back when no one collects it is a refund.
    [null, "REMITLY* 4F7K2Q", "-200.00", "transfers"],
    [null, "MONEYGRAM US DALLAS TX REFUND - TRANSFER NOT COLLECTED", "200.00", "refunds"],
  ]);
});

describe("pool-40 shapes (read after retiring)", () => {
  itLabels([
    // An inn's sign after Zum and an adjective is its name, not a cut town ("Schaf…" would be Schaffhausen).
    ["VISA SUMUP *ZUM GOLDENEN SCHAF 4410", "Zum Goldenen Schaf"],
    // A firm's partners are its name's; only a practice's partners after the doctor's name are not.
    ["Immobilien Haberland & Partner", "Immobilien Haberland & Partner"],
    ["Zahnarztpraxis Dr. Winterfeld u. Partner", "Zahnarztpraxis Dr. Winterfeld"],
    // The registered association in title case (E.v.).
    ["Chorgemeinschaft Lindenblatt E.v. - Bremen", "Chorgemeinschaft Lindenblatt"],
    // A tree nursery is no school: the town after it is where it was paid.
    ["BAUMSCHULE HOLLERBACH SALZWEDEL", "Baumschule Hollerbach"],
    // A French florist's trade word after its name.
    ["CARTE 04/03/26 LA PIVOINE FLEURS CB*1177", "La Pivoine"],
  ]);
  itCategorizes([
    // An MOT test centre is car care; a resale shop, a joinery, a painter's and a junk cellar are shops.
    [null, "PONTYPRIDD MOT CENTRE 2231   ON 14 MAR          CPM", "-54.85", "fuel"],
    [null, "CHECKCARD 0412 BRAMBLE KIDS RESALE AUSTIN TX 12345678901234567890123", "-38.00", "shopping"],
    ["TISCHLEREI BRANDHORST - Kiel", "Card transaction of 212.00 EUR issued by TISCHLEREI BRANDHORST", "-212.00", "shopping"],
    ["SumUp *Malerbetrieb Wendehals", null, "-180.00", "shopping"],
    ["TROEDELSCHEUNE AM DEICH", null, "-12.00", "shopping"],
    // A fishery selling its catch, a Rhineland bakehouse (Backes) and a donut shop are grocers.
    ["Fischerei Seewald", null, "-21.00", "groceries"],
    [null, "BACKES HUNSCHEID KIRCHBERG//KOELN/DE", "-8.40", "groceries"],
    [null, "SOUTHGATE DONUT CO LLC #0412 AUSTIN TX", "-9.20", "groceries"],
    // Gymnastics is a sport; a dance academy teaches.
    [null, "PURCHASE AUTHORIZED ON 03/11 LONE STAR GYMNASTICS AUSTIN TX S123456789012345 CARD 1111", "-95.00", "entertainment"],
    [null, "CHECKCARD 0210 BLUEBONNET DANCE ACADEMY AUSTIN TX 12345678901234567890123", "-70.00", "education"],
  ]);

  it("reads a homeowners' association's dues after its name as the purpose", () => {
    expect(merchantKey(merchantName({ description: "SAGEBRUSH HILLS HOA HOA DUES 0731" }) ?? "")).toBe(merchantKey("Sagebrush Hills HOA"));
  });
});

describe("pool-42 shapes (read after scoring) in other names", () => {
  itLabels([
    // A tax office goes by its town, without the region in brackets.
    ["Finanzamt Traunstein (Chiemgau)", "Finanzamt Traunstein"],
    // A US state's department printed with the state's code, and the payment's text begun again with it.
    ["NE DEPT OF REVENUE NE DOR ESTPMT 1234567 0518 50778952 JOHN DOE", "Nebraska Department Of Revenue"],
    // Shortened words written out; a wholesaler's, a rental's, a web shop's and a group's word after the name.
    ["HARLOW BLDG SUPPLIES", "Harlow Building Supplies"],
    ["Gerritsen Verhuur B.V.", "Gerritsen"],
    ["ALPENLAND GROSSHANDEL KG", "Alpenland"],
    ["KETTLER ONLINESHOP", "Kettler"],
    // A co-operative's word after another name is no Coop supermarket.
    // (Spelled "Co-op", as the pools write a co-operative: label-shapes-64.test.ts.)
    ["SQ *HARVEST FIELDS COOP", "Harvest Fields Co-op"],
  ]);

  itCategorizes([
    // A mortgage's instalment is the home's cost, whoever lends and whatever interest word it names.
    ["Rabo Hypotheken", "Rente en aflossing 06-2026 hypotheek 1234567", "-980.00", "rent"],
    ["Volksbank Musterland eG", "Annuitaet Baufinanzierung Mai 2026 Kto 123456", "-1150.00", "rent"],
    // A chamber's levy, a state's estimated tax, farmers' social contributions.
    ["Handwerkskammer Musterstadt", "Beitragsbescheid 2026 Betriebsnr. 12345", "-310.00", "taxes"],
    [null, "NE DEPT OF REVENUE NE DOR ESTPMT 1234567 0518 50778952 JOHN DOE", "-900.00", "taxes"],
    [null, "VIR SEPA MSA BRETAGNE ECHEANCIER COTISATIONS SOCIALES AGRICOLES MAI 2026", "-420.00", "taxes"],
    // Builders' merchants, feed stores, timber, tool hire; propane; a beekeeper's honey.
    [null, "SQ *PRAIRIE ROSE FEED AND SUPPLY", "-64.00", "shopping"],
    [null, "HOLZHANDEL OBERMEIER 0012", "-220.00", "shopping"],
    [null, "CCV*JANSEN BOUWMATERIALEN", "-150.00", "shopping"],
    [null, "VALLEY PROPANE INC 4412", "-310.00", "utilities"],
    [null, "SUMUP *IMKEREI SONNENHANG", "-12.00", "groceries"],
  ]);
});

describe("a brand's parks are not its streaming service", () => {
  itCategorizes([
    [null, "DISNEY MAGIC KINGDOM FOOD LAKE BUENA VISFL", "-42.10", "entertainment"],
    [null, "WDW TICKETS ONLINE 407-939-5277 FL", "-980.00", "entertainment"],
    [null, "DISNEY PLUS 888-905-7888 CA", "-13.99", "subscriptions"],
  ]);
});

describe("pool-41 shapes (read after retiring)", () => {
  itLabels([
    // A whole English word that starts a town is no town the field cut ("Worksop", "Bloomington"):
    // a trade's word ending the name, and a word joined to the name by "and".
    ["SQ *LANTERN SOAP WORKS", "Lantern Soap Works"],
    ["THISTLE AND BLOOM LTD  LEEDS         GBR", "Thistle And Bloom"],
    // A garage's shortened repair word, written out.
    ["CHECKCARD 0101 MAPLE RIDGE AUTO REP DALLAS TX 12345678901234567890123", "Maple Ridge Auto Repair"],
    // Small towns after a name are where it was paid ("Padstow", "Kastellaun").
    ["))) HARBOUR CHIPPY PADSTOW LEEDS", "Harbour Chippy"],
    ["Kartenzahlung LOEWEN-APOTHEKE KASTELLAUN. 12345678//Berlin 2026-01-01T10:00:00 KFN 1 VJ 2812", "Loewen-Apotheke"],
    // A city's district tax office is the city's.
    ["Finanzamt München-Nord", "Finanzamt München"],
    // A repair trade's compound or a copy shop's word after a name is the trade, whole or cut at the field.
    ["SPEICHENWERK FAHRRADREPARATUR", "Speichenwerk"],
    ["RADHAUS FAHRRADREPAR", "Radhaus"],
    ["Druckpunkt Copyshop In", "Druckpunkt"],
    // A Dutch trade word stays the name's (Dutch names keep it).
    ["Van Dam Scheepsreparatie B.V.", "Van Dam Scheepsreparatie"],
    // A travel agency's transfer service after its name.
    ["ANADOLU REISEN TRANSFER", "Anadolu Reisen"],
    ["Anadolu Reisen & Transfer GmbH", "Anadolu Reisen"],
    // A square's name cut at the field's end, after "am".
    ["PRAXIS AM LINDENPLAT", "Praxis Am Lindenplatz"],
    // A whole grill is no cut Grillhaus.
    ["PURCHASE AUTHORIZED ON 06/24 RIVERBEND BAR & GRILL DALLAS TX S004528898979292 CARD 6026", "Riverbend Bar & Grill"],
    // A name of a few words, just longer than a label's limit, is not cut inside its last word.
    ["Zweckverband Abwasserbeseitigung Rhein-Lahn", "Zweckverband Abwasserbeseitigung Rhein-Lahn"],
  ]);

  it("reads a district council's abbreviation as the council when the purpose starts with its initials", () => {
    expect(merchantName({ counterpartyName: "SOUTH HAMS DC", description: "SHDC GARDEN WASTE 7712345" })).toBe("South Hams District Council");
    expect(merchantName({ counterpartyName: "OAKMONT CC", description: "MEMBERSHIP DUES 0412" })).not.toMatch(/Council/);
  });
});

describe("pool-43 shapes (read after scoring) in other names", () => {
  itLabels([
    // A district's cash office and its head by office go by the district; a property manager's and a building society's shortened words.
    ["KREIS WARENDORF DER LANDRAT/MUENSTER//DE", "Kreis Warendorf"],
    ["Kartenzahlung KREISKASSE WARENDORF. 12345678//Koeln 2026-05-16T07:07:33 KFN 1 VJ 2812", "Kreis Warendorf"],
    ["ASPEN RIDGE PROPERTY MGMT WEB PMTS RENT", "Aspen Ridge Property Management"],
    ["SKIPTON BS SBS MORTGAGE PAYMENT 1234567 FT", "Skipton Building Society"],
    // A mail-order house's, a wholesaler's and a green fee's words after the name are not the name.
    ["HOBBYWELT TEXTIL-VERSANDHAUS GMBH//HAMBURG/DE", "Hobbywelt"],
    ["GC Sonnenhof e.V. Greenfee", "GC Sonnenhof"],
    ["ALPINA HANDELS GMBH & CO. KG//HAMBURG/DE", "Alpina"],
  ]);

  itCategorizes([
    // A magazine's subscription service, whatever its title names.
    [null, "ANGELWELT ABO-SERVICE//LEIPZIG/DE", "-6.90", "subscriptions"],
    // Hobby shops by their trade words; clubs, riding schools and festivals.
    [null, "SUMUP *MODELLBAU HARTMANN", "-45.00", "shopping"],
    [null, "CCV*MODELBOUW DE BRUG", "-22.00", "shopping"],
    [null, "VIS NORTHERN YARNS LEEDS", "-18.00", "shopping"],
    [null, "ZTL*LAUFLADEN ZIELGERADE", "-140.00", "shopping"],
    [null, "SQ *RIVER BEND FLY AND TACKLE", "-33.00", "shopping"],
    [null, "TAUCHSPORT MEERESBLICK INH. K. MEYER", "-89.00", "shopping"],
    ["Reit- und Fahrverein Musterhausen e.V.", "Boxenmiete + Beitrag 05/2026 Pferd Luna", "-320.00", "entertainment"],
    [null, "SUMUP *MANEGE DE VOSSENBERG", "-25.00", "entertainment"],
    [null, "ROCK AM SEE OPEN AIR TICKETS", "-79.00", "entertainment"],
    // Licences sold by a state's wildlife department are a levy; an RV's or a caravan's insurance is insurance.
    [null, "IDAHO DEPT FISH AND GAME LICENSE #12", "-40.00", "other"],
    [null, "WASHINGTON DEPT FISH & WILDLIFE #7989 SPOKANE WA", "-55.00", "taxes"],
    [null, "SO SAFEGUARD TOURER INS SG123456", "-21.00", "insurance"],
    [null, "VIR SEPA BANQUE EXEMPLE ECHEANCE PRET IMMO 06/2026 N 1234567", "-980.00", "rent"],
    ["Musikschule Musterkreis", "Entgelt Instrumentalunterricht Mai 2026 Vertragsnr. 123", "-62.00", "education"],
  ]);
});

describe("pool-42 shapes (read after retiring)", () => {
  itLabels([
    // A centre's word cut to its first letters by a UK card field, after the kind of centre it is.
    ["SUMUP *ASHFIELD HEARING CENBRISTOL       GBR", "Ashfield Hearing Centre"],
    ["CARDIFF GARDEN CEN     CARDIFF       GBR", "Cardiff Garden Centre"],
    // A Dutch vet's practice by its usual initials; a French physiotherapist's practice by its shortened word.
    ["DAP DE WOLDEN 0412", "Dierenartsenpraktijk De Wolden"],
    ["CARTE 12/03/26 CABINET KINE DES REMPARTS CB*1234", "Cabinet De Kinésithérapie Des Remparts"],
    // A council's abbreviation and its initials run together in one text, the purpose after them.
    ["DD SOUTH HAMS DC SHDC GARDEN WASTE 7712345", "South Hams District Council"],
    // Towns after a name: Skye's and a Florida island's.
    ["SKYE CRAFT HOUSE PORTREE LEEDS         GBR", "Skye Craft House"],
    ["TST* CAPTIVA SUNSET GRILL SANIBEL FL", "Captiva Sunset Grill"],
  ]);

  itCategorizes([
    // A brewpub's compound is a restaurant's word.
    [null, "GASTHAUSBRAUEREI ZUM KRUG", "-31.00", "restaurants"],
    [null, "HAUSBRAUEREI ALTSTADTHOF", "-22.00", "restaurants"],
    // A dealer in mineral oils sells fuel.
    ["Mineraloele Hubertus Brandl e.K.", "Heizoel 1500 l Lieferung 12.03.", "-1240.00", "fuel"],
    // Trade words: an orchard's stand, a coach company, a watchmaker, a garden-and-home shop, a travel service.
    [null, "CHECKCARD 0612 MAPLE RIDGE ORCHARD DENVER CO 12345678901234567890123", "-38.00", "groceries"],
    [null, "VIS BRAMLEY COACHES LTD YORK", "-24.00", "transport"],
    ["UHRMACHEREI TICKTACK//BONN/DE", "2026-05-02T10:11 Debitk.2 2027-12", "-85.00", "shopping"],
    [null, "DEBIT_CARD OAK LANE GARDEN & HOME #4 DENVER CO", "-140.00", "shopping"],
    ["REISEDIENST OSTWIND//DRESDEN/DE", "2026-05-02T10:11 Debitk.2 2027-12", "-49.00", "travel"],
    // A loan's instalment paying interest and principal ("Zins/Tilgung") is the home's.
    ["Kreissparkasse Musterland", "Darlehen 1234567890 Rate 05/2026 Zins/Tilgung", "-912.00", "rent"],
  ]);

  it("files a photo studio's card code (MCC 7221) as a purchase, not personal care", () => {
    expect(categorize({ amount: "-24.00", description: "SumUp *Fotostudio Augenblick", merchant: "Fotostudio Augenblick", mcc: "7221" }, { rules: [] }).categoryKey).toBe("shopping");
  });

  it("keeps a brewpub's name apart from a brand that is its second word", () => {
    expect(merchantName({ counterpartyName: "GASTHAUSBRAUEREI NECKARMUELLER" })).toBe("Neckarmüller");
  });
});

describe("pool-44 shapes (read after scoring) in other names", () => {
  itLabels([
    // A terminal abroad prints its town and its country's code after the shop.
    ["))) HELLAS FERRIES PATRAS GRC BRISTOL", "Hellas Ferries"],
    ["SIMIT DUNYASI IZMIR TR", "Simit Dunyasi"],
    // Legal forms and register words of other countries; the currency (and amount) a terminal abroad adds.
    ["ZLATNA RIBICA D.O.O. 0012", "Zlatna Ribica"],
    ["PIVNICE U MEDVIDKU S.R.O.", "Pivnice U Medvidku"],
    ["TRATTORIA SOLE S.R.L. BOLZANO//KOELN/DE", "Trattoria Sole"],
    ["PURCHASE AUTHORIZED ON 10/04 MAPLE LEAF GAS CAD 68.40 AUSTIN CA S451117432663908 CARD 8491", "Maple Leaf Gas"],
    // A housing association shortened to Assn.
    ["GREENFIELD HOUSING ASSN RENT REF 1234", "Greenfield Housing"],
  ]);

  itCategorizes([
    // A Spanish owners' association's fees are the flat's; a town hall's and a tax agency's are taxes abroad too.
    ["Comunidad de Propietarios Edificio Las Palmeras", "Cuota comunidad 03/2026 piso 2B", "-180.00", "rent"],
    [null, "Ajuntament de Pollença IBI 2026 rebut 1234", "-320.00", "taxes"],
    // Tolls and vignettes abroad; duty-free shops; a Croatian tavern.
    [null, "AUTOSTRADA A4 CASELLO VERONA SUD", "-14.20", "fuel"],
    [null, "E-VINJETA DARS CELJE SI", "-16.00", "fuel"],
    [null, "HEINEMANN DUTY FREE FRA", "-45.00", "shopping"],
    [null, "SUMUP *KONOBA MALI RAJ", "-64.00", "restaurants"],
    // The card account's word for a payment received, with the card's programme named.
    [null, "PAYMENT TO TRAVEL REWARDS CARD - THANK YOU", "-500.00", "transfers"],
  ]);
});

describe("pool-43 shapes (read after retiring)", () => {
  itLabels([
    // A Dutch garage's MOT (APK) after its name is the service, not the name.
    ["BEA   NR:XXX123   01.02.26/10.00 AUTOBEDRIJF DE VRIES APK Utrecht,PAS123", "Autobedrijf De Vries"],
    // A state university's extension service, its word shortened by the terminal.
    ["KANSAS STATE UNIV EXTENSION #12 DENVER CO", "Kansas State University Extension"],
    // A student union's refectory by its initials: the Studierendenwerk of the town.
    ["STW GIESSEN MENSA OT", "Studierendenwerk Giessen"],
    // Birmingham's districts after a shop's name, as London's are.
    ["VIS MARWA TRAVEL SPARKHILL BIRMINGHAM", "Marwa Travel"],
    ["VIS AL NOOR SWEETS SMALL HEATH BIRMINGHAM", "Al Noor Sweets"],
  ]);

  it("reads a transfer to a brand as the brand, not as a person's first name and surname", () => {
    expect(merchantName({ description: "To HUK-COBURG", transactionType: "Transfer" })).toBe("HUK-COBURG");
    expect(merchantName({ description: "From DEBEKA", transactionType: "Transfer" })).toBe("Debeka");
  });

  itCategorizes([
    // A card's balance paid in instalments ("gespreid betalen") is the card's bill, a move between own accounts.
    [null, "Termijn gespreid betalen Visa 03-2026", "-180.00", "transfers"],
    [null, "Gespreid betalen creditcard termijn maart 2026", "-95.00", "transfers"],
    // A membership fee is what the club is: a riding club's is leisure, an association's of no trade is no subscription.
    ["Reit- und Fahrverein Musterdorf e.V.", "Mitgliedsbeitrag 2026 Mitgl.-Nr. 0412", "-120.00", "entertainment"],
    ["Heimatverein Oberdorf e.V.", "Mitgliedsbeitrag 2026 Mitgl.-Nr. 77", "-15.00", "other"],
  ]);
});

describe("pool-45 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A care home's fee and the person's own share of care are care; a senior residence's flat stays housing (pool-39 shapes).
    ["Seniorenzentrum Am Park GmbH", "Eigenanteil Heimentgelt Mai 2026 Bewohner-Nr. 1234", "-2400.00", "health"],
    [null, "DD OAKWOOD CARE HOME FEES RES 4412", "-3100.00", "health"],
    ["Sozialstation Musterstadt gGmbH", "Rechnung Entlastungsleistungen/Eigenanteil Pflege 05/2026 Klient 1234", "-180.00", "health"],
    // What an insurance leaves the patient to pay is a health cost: eigen risico, ticket modérateur, copays.
    ["Zorgverzekeraar Voorbeeld", "Gespreide betaling eigen risico MEI 2026", "-32.50", "health"],
    [null, "VIR SEPA CHU DE NANTES FORFAIT JOURNALIER + TICKET MODERATEUR FACT 123", "-60.00", "health"],
    // Paying the card from the current account in a card-account's words.
    [null, "CARD BALANCE TRANSFER FROM CURRENT A/C", "-250.00", "transfers"],
    // A chip stand, a baby shop, a radiology practice.
    [null, "SUMUP *POMMESBUDE ZUR ZECHE", "-8.50", "restaurants"],
    [null, "CCV*BABYSPECIAALZAAK DE OOIEVAAR", "-60.00", "shopping"],
    [null, "RADIOLOGIE AM SCHLOSSPARK 0012", "-40.00", "health"],
    [null, "WILLOW CREEK APTS WEB PMTS WILLOW", "-1250.00", "rent"],
  ]);
});

describe("pool-44 shapes (read after retiring)", () => {
  itLabels([
    // A service station's number after its name is no terminal's station number.
    ["PENARTH SERVICE STATION 2210   ON 03 APR          CPM", "Penarth Service Station"],
    ["KASSE 3 AUTOHAUS MEIER Station 12", "Autohaus Meier"],
    // A vet's town after the English word vet is the card's; a German title's vet joins a name only after med.
    ["CHECKCARD 0312 PRAIRIE LARGE ANIMAL VET BROOKLYN CA 12345678901234567890123", "Prairie Large Animal Vet"],
    // A French farm rent (fermage) after the landlord's name is the purpose.
    ["PRLV SEPA GFA DES TROIS CHENES FERMAGE TERME NOV 2025 BAIL RURAL", "Gfa Des Trois Chenes"],
    // A school's town is its name's, but not the terminal's town column in mixed case after a name in capitals.
    ["SUMUP *TANZSCHULE SONNENSCHEINHamburg      DE", "Tanzschule Sonnenschein"],
    // A trade's word run into a town the card field's width cut (Postbank prints 20 characters).
    ["SARAY BAKERYMANNHEI", "Saray Bakery"],
    // A town's own pharmacy (Stadt-Apotheke) goes by its town, as a town's works and library do; a named one does not.
    ["Kartenzahlung STADT-APOTHEKE SPEYER. 12345678//Berlin 2026-01-16T09:42:51 KFN 1 VJ 2812", "Stadt-Apotheke Speyer"],
    ["Kartenzahlung ADLER-APOTHEKE SPEYER. 12345678//Berlin 2026-01-16T09:42:51 KFN 1 VJ 2812", "Adler-Apotheke"],
    // A village's shop, its word shortened to fit the card field.
    ["))) ACHILTIBUIE VILL STORES LEEDS", "Achiltibuie Village Stores"],
  ]);

  it("names a Spanish owners' association by its building's name, not the word building", () => {
    expect(merchantName({ counterpartyName: "Comunidad de Propietarios Edificio Las Palmeras", description: "Cuota comunidad 2T" })).toBe("Comunidad de Propietarios Las Palmeras");
  });

  itCategorizes([
    // A British village's stores or shop is its grocer.
    [null, "))) ACHILTIBUIE VILL STORES LEEDS", "-6.20", "groceries"],
    [null, "VIS LOCHCARRON VILLAGE SHOP LEEDS", "-12.40", "groceries"],
  ]);

  it("names a town's Volkshochschule by its initials, as people say it", () => {
    expect(merchantName({ description: "To Volkshochschule Oldenburg", transactionType: "Transfer" })).toBe("VHS Oldenburg");
    expect(merchantName({ counterpartyName: "Volkshochschule Neustadt", description: "Kursgebuehr" })).toBe("VHS Neustadt");
  });
});

describe("pool-46 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A building loan's instalment is a mortgage's, whoever lends (a Sparkasse, a Bausparkasse, a bank).
    ["Kreissparkasse Steinburg", "Leistungsrate Baudarlehen Maerz 2026 KtoNr 5512340001 Neubau Itzehoe", "-1210.00", "rent"],
    ["Wuestenrot Bausparkasse AG", "Tilgungsrate Bauspardarlehen 04/2026 Vertrag 4471", "-480.00", "rent"],
    // A notary's bill is a service's, not a bank's fee, even when its words say frais.
    [null, "VIR SEPA SCP MARCHAND ET PETIT NOTAIRES FRAIS ACTE ACHAT DOSSIER 1102/77 SOLDE", "-3100.00", "other"],
    // An American rent paid by ACH: the words move-in and rent, not a fuel brand in "move".
    [null, "ORIG CO NAME:LAKESIDE MGMT INC  CO ENTRY DESCR:WEB PMTS MOVE IN + RENT  SEC:WEB IND ID:123456 IND NAME:JOHN DOE", "-1900.00", "rent"],
    // Builders' and fitters' trade words of a shop nobody knows.
    [null, "SUMUP *SCHILDERMACHER KRAUSE", "-80.00", "shopping"],
    [null, "PARKETT HOFMANN 0012", "-240.00", "shopping"],
    [null, "Kartenzahlung FARBENHAUS KUNZE. 12345678//Berlin 2026-01-16T09:42:51 KFN 1 VJ 2812", "-55.00", "shopping"],
    [null, "FLIESENHANDEL MOLL//HAMBURG/DE 2025-03-11T16:55:58", "-120.00", "shopping"],
    [null, "SANITAER BRUNS OLDENBURG", "-60.00", "shopping"],
    [null, "RAUMAUSSTATTUNG LEHMKUHL", "-90.00", "shopping"],
    [null, "HOLZHANDLUNG BECKER GMBH", "-140.00", "shopping"],
    [null, "VISA HAUSGERAETE MENKE 4082", "-300.00", "shopping"],
    [null, "SUMUP *SCHLUESSELDIENST WEBER", "-150.00", "shopping"],
    [null, "KEUKENSTUDIO DE HAAN 0231", "-500.00", "shopping"],
    [null, "TAPIJT EN VLOEREN JANSEN B.V.", "-400.00", "shopping"],
    [null, "CARTE 12/03/26 SERRURERIE MARTIN CAEN CB*1234", "-95.00", "shopping"],
    [null, "CARTE 12/03/26 SARL CUISINES LEROUX CB*1234", "-800.00", "shopping"],
    [null, "VIS PENRHYN ELECTRICAL BANGOR", "-240.00", "shopping"],
    [null, "SQ *VALLEY VIEW PLUMBING", "-75.00", "shopping"],
    [null, "BERGEN DECORATING CENTRE 012", "-64.00", "shopping"],
    [null, "CHECKCARD 0507 OAKRIDGE HOME IMPROVEMENT BROOKLYN CA 30539395004144447758137", "-18.00", "shopping"],
    [null, "Betaalautomaat INSTALLATIETECHNIEK DE BOER", "-82.00", "shopping"],
    // Recycling centres and waste tips charge a council's fee.
    [null, "WERTSTOFFHOF NORD GIFHORN", "-12.00", "taxes"],
    [null, "VIS BCC RECYCLING CENTRE LEEDS", "-15.00", "taxes"],
    ["AVRI MILIEUSTRAAT GELDERMALSEN 1234", "Pasvolgnr: 001 13-01-2026 18:24 Transactie: 547713 Term: AB600C", "-20.00", "taxes"],
    [null, "CARTE 12/03/26 DECHETTERIE DE BLOIS CB*1234", "-18.00", "taxes"],
    // A registration office's fee is the state's, whatever car word it prints.
    [null, "LANDKREIS CELLE KFZ-ZULASSUNG", "-30.00", "taxes"],
    // A land registry is an office of the state, whatever its initials.
    [null, "HM LAND REGISTRY       LEEDS         GBR", "-7.00", "taxes"],
    [null, "BEA   NR:XXX602   09.10.25/18.49 Kadaster Zwolle,PAS390", "-30.00", "taxes"],
    [null, "))) REGISTERS OF SCOTLAND LEEDS", "-30.00", "taxes"],
    // A fibre broadband company is a utility.
    ["CITYFIBRE HOMES", "CFH1234567", "-35.00", "utilities"],
    // A French bank's monthly package of services is its fee.
    [null, "FORFAIT MENSUEL OFFRE GROUPEE BANCAIRE MAY", "-9.00", "fees"],
    // A German card bill's statement wording.
    [null, "Lastschrift Kartenumsaetze Visa Abrechnungszeitraum 09/2026", "-840.00", "transfers"],
  ]);

  itLabels([
    // A county office's abbreviation and the office's name after the county's.
    ["LK STADE ZULASSUNGSSTEL//BERLIN/DE", "Landkreis Stade"],
    ["LANDKREIS CELLE KFZ-ZULASSUNG", "Landkreis Celle"],
    // A branch (Niederlassung) and its town after a firm's name.
    ["ZIEHMANN UMZUEGE NL ROST", "Ziehmann Umzuege"],
  ]);

  it("names a titled professional by title and surname, and a firm without the trades joined after its name", () => {
    expect(merchantName({ counterpartyName: "Notar Dr. Volker Ingwersen", description: "Kostenrechnung UR-Nr. 12/2026" })).toBe("Notar Dr. Ingwersen");
    expect(merchantName({ counterpartyName: "Rechtsanwaeltin Dr. Ute Kranz", description: "Rechnung 2026-114" })).toBe("Rechtsanwaeltin Dr. Kranz");
    expect(merchantName({ counterpartyName: "lindora Wohnungsbau- und Immobilien GmbH", description: "Miete Juni 2026" })).toBe("lindora");
  });

  it("names a notary's office (a société civile professionnelle) by its partners", () => {
    const label = merchantName({ description: "VIR SEPA SCP MARCHAND ET PETIT NOTAIRES FRAIS ACTE ACHAT DOSSIER 1102/77 SOLDE" });
    expect(merchantKey(label ?? "")).toBe(merchantKey("Marchand & Petit"));
  });

  it("names a tax office by its town, without the district's numeral and second town", () => {
    expect(merchantName({ counterpartyName: "Finanzamt Hamburg III-Harburg", description: "Grunderwerbsteuer StNr. 12/345/67890" })).toBe("Finanzamt Hamburg");
  });

  it("keeps the town of a housing foundation whose name is otherwise the word for public housing", () => {
    expect(merchantName({ counterpartyName: "Stichting Volkshuisvesting Deventer", description: "Huur mei 2026" })).toBe("Volkshuisvesting Deventer");
  });

  it("names an insurer without its fire guild's or insurance word", () => {
    expect(merchantName({ counterpartyName: "Wilstermarsch Brandgilde VVaG", description: "Beitrag Wohngebaeude 2026" })).toBe("Wilstermarsch");
    expect(merchantName({ counterpartyName: "Noordhollandsche Verzekeringen", description: "woonverzekering polis 123" })).toBe("Noordhollandsche");
  });

  it("does not read German names as foreign brands folded alike", () => {
    expect(merchantName({ description: "BAUSTOFFHANDEL KROEGER GMBH & CO. KG/LEIPZIG//DE" })).not.toBe("Kroger");
    expect(merchantName({ description: "HM LAND REGISTRY       LEEDS         GBR" })).not.toBe("H&M");
    // A state's name at the end of a long payee is whole, not a newspaper's name cut short.
    expect(merchantName({ counterpartyName: "Landeskasse Schleswig-Holstein", description: "Kostenrechnung Grundbuchamt" })).toBe("Landeskasse Schleswig-Holstein");
  });
});

describe("pool-45 shapes (read after retiring)", () => {
  itLabels([
    // The owner after Inh. is a person: a brand that shares the owner's surname is not the shop.
    ["Loewen-Apotheke Inh. R. Lidl e.K., KASSEL DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung", "Loewen-Apotheke"],
    // A bakery, an optician, a truck stop or a farm supply printed after the owner's name goes by its trade first.
    ["HUBER BAECKEREI GMBH//DRESDEN/DE 2026-04-30T14:38:40", "Baeckerei Huber"],
    ["Kastner Landhandel GmbH & Co. KG", "Landhandel Kastner"],
    ["MOOSBRUGGER AUGENOPTIK GMBH", "Augenoptik Moosbrugger"],
    // A town the card field cut at 26 characters.
    ["HIRSCH-APOTHEKE LUDWIGSHAF", "Hirsch-Apotheke"],
    // A hospital's, a nursing service's and an association's town is part of its name.
    ["Katholische Kliniken Oberhausen GmbH", "Katholische Kliniken Oberhausen"],
    ["Diakoniestation Erlangen gGmbH", "Diakoniestation Erlangen"],
    ["BUND Kreisverband Bielefeld e.V.", "BUND Bielefeld"],
    ["AWO Bielefeld", "AWO Bielefeld"],
    // A trade's word run into the whole town after it, not only a town the field cut.
    ["YILDIZ MARKETKASSEL//BERLIN/DE", "Yildiz Market"],
    // The French article the card lost its apostrophe from, at the name's start too; "d'Or" is no state's code.
    ["CARTE 19/07/26 SUMUP *L ESCALE CB*5150", "L'Escale"],
    ["CARTE 14/08/26 LE LION D OR CB*0825", "Le Lion D'Or"],
    // Auto is a whole word before a legal form, not a cut "Automotive"; a supermarket's word shortened.
    ["CHECKCARD 0824 DESERT TIRE AND AUTO LLC AUSTIN CA 59077968538589755850944", "Desert Tire And Auto"],
    ["CHECKCARD 0604 LA FAVORITA SUPERMKT #12 AUSTIN CA 51416842472835083004194", "La Favorita Supermarket"],
    // A US town after the legal form is where the card was used.
    ["PURCHASE AUTHORIZED ON 08/10 CODESCHOOL INC BROOKLYN MD S635021657609226 CARD 7795", "Codeschool"],
    // A US therapist's PT before the card's town and state; a British soft play's kind after its name.
    ["CEDAR GROVE PT AUSTIN TX", "Cedar Grove Physical Therapy"],
    ["))) WIGGLY WORMS SOFT PLAY LEEDS", "Wiggly Worms"],
    // A Dutch angling club by its initials, as members say it; a German vets' clinic by the word people use, with its town.
    ["Hengelsportvereniging Het Snoekje", "HSV Het Snoekje"],
    ["VISA TIERAERZTLICHE KLINIK KASSEL GMBH 2875", "Tierklinik Kassel"],
    // A French university hospital is the CHU of its town, its car park the hospital's.
    ["CARTE 08/02/26 CHU NANTES PARKING P2 CB*1403", "Chu De Nantes"],
    // A Polish grocer's "Polish" after its name says what it sells.
    ["DELIKATESY BURSZTYN POLSKIE, KASSEL DE Karte Nr. 4871 78XX XXXX 8979 Kartenzahlung", "Delikatesy Bursztyn"],
  ]);

  it("reads a practice named with its doctor as the practice, not a firm sharing the doctor's name", () => {
    expect(merchantName({ description: "KLEINTIERPRAXIS DR. MEINDL//FRANKFURT/DE" })).toBe("Kleintierpraxis Dr. Meindl");
  });
});

describe("pool-47 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A car's loan or lease instalment is the car's cost, whoever lends.
    [null, "ALLY AUTO DES:AUTO LOAN PMT ID:XXXXX12345 INDN:JOHN DOE CO ID:XXXXX11111 WEB", "-412.00", "fuel"],
    [null, "LAKESHORE CREDIT UNION CAR LOAN PMT 0823 35342900 JOHN DOE", "-350.00", "fuel"],
    ["Autolease Holland B.V.", "Private lease termijn MAART 2026 contract AH-1234", "-480.00", "fuel"],
    // Charging an electric car is its fuel, whoever runs the charger (a power company, a charging network).
    [null, "Kartenzahlung STADTWERKE EIFEL LADEPUNKT 0007. 12345678//Berlin 2026-01-16T09:42:51 KFN 1 VJ 2812", "-31.00", "fuel"],
    // A bus company's name run together with its word, a bus ticket.
    [null, "VISA OSTFRIESENBUS GMBH 4355", "-6.40", "transport"],
    [null, "CHECKCARD 1013 LAKERBUS.COM BROOKLYN CA 29705725674630311303008", "-40.00", "transport"],
    [null, "KREISBUS BUSTICKET ONLINE", "-12.00", "transport"],
    // Car parts, tyres, a fuel dealer's words, a vehicle inspection, a parking company, a service station shortened.
    [null, "TEILEMARKT SCHULTE GMBH", "-45.00", "fuel"],
    [null, "VISA TANKCENTER KRUSE 6969", "-60.00", "fuel"],
    [null, "BANDENCENTRALE DE JONG 4324", "-210.00", "fuel"],
    [null, "AUTO-ONDERDELEN HOEKSTRA", "-35.00", "fuel"],
    [null, "HALLIGEN BRANDSTOFFEN V.O.F.", "-50.00", "fuel"],
    [null, "FAHRZEUGPRUEFSTELLE NORD GMBH", "-95.00", "fuel"],
    [null, "PARKEERBEDRIJF LELYSTAD", "-8.00", "fuel"],
    [null, "HEXHAM RD SVC STN 0231 7783   ON 17 DEC          CPM", "-70.00", "fuel"],
    [null, "RIVERSIDE AUTO SPA", "-15.00", "fuel"],
    [null, "POMP ZUIDERWEG LELYSTAD", "-55.00", "fuel"],
    [null, "HEWITSON MOTOR GROUP LTD 6720   ON 25 DEC          CPM", "-120.00", "fuel"],
    [null, "LINDEMANN AUTOMOBILE GMBH", "-80.00", "fuel"],
    [null, "AUTOHOF KIRCHHEIM GMBH", "-30.00", "fuel"],
    // A broadband company's German word.
    ["NETCOM Breitband GmbH", "Rechnung Oktober 2026 Kd. 12345", "-40.00", "utilities"],
    // A garage's goodwill credit is a refund.
    [null, "AUTO WEBER GMBH 0007 Gutschrift Kulanz Werkstattrechnung", "40.00", "refunds"],
    // A French bakery's kneading trough.
    [null, "CARTE 25/03/26 SARL LE PETRIN DE MONTARGIS CB*3604", "-12.00", "groceries"],
  ]);

  itLabels([
    // A fuel dealer's, a car dealer's and a motor group's trade after the name.
    ["Kartenzahlung SAALE-TANK MINERALOELHANDEL GMBH. 89993170//Muenchen 2026-07-04T13:41:03 KFN 1 VJ 2812", "Saale-Tank"],
    ["Lindemann Automobile Jena GmbH & Co. KG", "Lindemann"],
    ["HEWITSON MOTOR GROUP LTD 6720   ON 25 DEC          CPM", "Hewitson"],
    ["BOERMA AUTOMOTIVE GROEP B.V.", "Boerma"],
    // An independent station ("freie Tankstelle") keeps its kind before the owner's name.
    ["FREIE TANKSTELLE KOWALCZYK", "Freie Tankstelle Kowalczyk"],
    // A county's administration and its registration office.
    ["Kreisverwaltung Bad Kreuznach Zulassungsstelle", "Kreisverwaltung Bad Kreuznach"],
    // A council shortened, and its initials after it.
    ["NORTH TYNESIDE CNCL NTC COUNCIL TAX 40128873 STO", "North Tyneside Council"],
  ]);

  it("names a carmaker's leasing arm by its own name", () => {
    expect(merchantName({ counterpartyName: "Volkswagen Leasing GmbH", description: "VW Leasing Rate Juli 2025" })).toBe("Volkswagen Leasing");
  });

  it("drops the loan-payment words after a lender's name", () => {
    expect(merchantName({ description: "LAKESHORE CREDIT UNION AUTO LOAN PMT 0823 35342900 JOHN DOE" })).toBe("Lakeshore Credit Union");
  });
});

describe("pool-46 shapes (read after retiring, UK, US and French banks)", () => {
  itLabels([
    // A UK card field's "HSE" is the house of a kebab house, a chop house.
    ["ANATOLIA KEBAB HSE N1 ON 12 JUN          CPM", "Anatolia Kebab House"],
    // A US payroll's company name before DES: drops its "Co" as it drops "Inc".
    ["RIVER BEND PUMP CO DES:RIVER BEND PAYROLL ID:XXXXX11111111 INDN:JANE DOE CO ID:XXXXX22222 PPD", "River Bend Pump"],
    // A chip shop's "FISH & C", cut by the card field, is fish and chips.
    ["VIS SQ *HARBOUR LIGHTS FISH & C BRISTOL", "Harbour Lights Fish & Chips"],
    // A Portuguese building's owners' fee ("quota") after the condominium's name is the purpose, not the name.
    ["VIR SEPA CONDOMINIO EDIFICIO MIRAMAR QUOTA CONDOMINIO 06/2025 FRACAO 2A FARO", "Condominio Edificio Miramar"],
    // A person paid back for a shared cost: what was split is the purpose, not the name.
    ["MR K OSEI TAXI SPLIT STO", "K Osei"],
    ["ANIKA BERGSTROM SPLIT GROCERIES", "Anika Bergstrom"],
    ["THE BANANA SPLIT        LEEDS         GBR", "The Banana Split"],
    // A card dispute's credit after the shop and its town is the bank's text.
    ["))) HOLLYBANK FARM PARK GLASGOW CARD DISPUTE CREDIT REF 2207", "Hollybank Farm Park"],
    // A yoga studio goes by its name and yoga, as its members say it.
    ["BLUE HERON YOGA STUDIO DENVER CO", "Blue Heron Yoga"],
  ]);

  itCategorizes([
    // Toast's terminal (TST*) runs restaurants' tills.
    [null, "TST* PEPPERMILL CORNER #1234 DENVER CO", "-23.10", "restaurants"],
    // US grocers call themselves Markets; a US drug store is a pharmacy.
    [null, "GREENWAY MARKETS INC #12 DENVER CO", "-50.00", "groceries"],
    [null, "HOLLIS DRUG STORE DENVER CO", "-12.00", "health"],
    // A saddler and a locksmith sell goods and keys; a pick-your-own farm (cueillette) and a Welsh bakery (popty) food.
    [null, "LUDLOW SADDLERY          LEEDS         GBR", "-80.00", "shopping"],
    [null, "))) ZTL*SECUREWAY LOCKSMITHS LEEDS", "-95.00", "shopping"],
    [null, "CARTE 12/06/26 CUEILLETTE DES PEUPLIERS CB*1234", "-31.00", "groceries"],
    [null, "))) SUMUP *POPTY DERWEN CARDIFF", "-8.40", "groceries"],
    // A skip or dumpster hired for a renovation is bought like goods.
    [null, "SQ *GREEN VALLEY DUMPSTER RENTAL DENVER CO", "-320.00", "shopping"],
    // A Portuguese or Italian condominium's fee is the home's; a French salon's pun on "l'air" is still hair.
    [null, "PRLV SEPA CONDOMINIO EDIFICIO MIRAMAR QUOTA TRIMESTRAL 2026", "-240.00", "rent"],
    [null, "CARTE 02/03/26 L'HAIR DE RIEN CB*1111", "-35.00", "drugstore"],
    // A university's sports club billing a gym membership is the gym.
    ["UNIV OF LEEDS SPORT", "LUS GYM MEMBERSHIP 441720", "-30.00", "entertainment"],
    [null, "VIS SQ *HARBOUR LIGHTS FISH & C BRISTOL", "-14.00", "restaurants"],
    // A person's share of a household bill is settling up with the person.
    [null, "ANIKA BERGSTROM SPLIT UTILITIES", "-60.00", "other"],
    [null, "BANANA SPLIT CAFE LEEDS", "-6.00", "restaurants"],
  ]);
});

describe("pool-46 shapes (read after retiring, German and Dutch banks)", () => {
  itLabels([
    // A vet or doctor printed title first, the practice's word last, goes by the practice and the doctor's surname.
    ["DR. MED. VET. K. BRANDT TIERARZTPRAXIS", "Tierarztpraxis Dr. Brandt"],
    // A shop's credit for a late delivery is not part of its name.
    ["SUMUP *PIZZERIA ROMA LATE DELIVERY COMPENSATION CREDIT", "Pizzeria Roma"],
  ]);

  it("does not read the card's town as a brand whose name it begins (Stuttgart is no cut 'Stuttgarter')", () => {
    // ING's card text after a payee field that held no name: only the card's town is left.
    expect(merchantName({ description: "NR XXXX 1234 STUTTGART DE KAUFUMSATZ 02.05 12.00 123456 ARN11111111111111111111111" })).not.toBe("Stuttgarter");
  });

  itCategorizes([
    // A trade word with a web shop's "24" still names the trade.
    [null, "FUSSPFLEGE24.DE/HAUPTSTR. 5/KOELN/DE", "-20.00", "drugstore"],
    // Work-safety gear, a Dutch optician, hearing care, a village shop and a truck stop by their trade words.
    [null, "ARBEITSSCHUTZ WEBER GMBH//LEIPZIG/DE", "-80.00", "shopping"],
    [null, "OPTIEK VAN DAM ZWOLLE", "-120.00", "health"],
    [null, "HOORZORG DE BOER", "-300.00", "health"],
    [null, "DORPSWINKEL HOLLUM 1234", "-25.00", "groceries"],
    [null, "AUTOHOF BAUER//KASSEL/DE", "-70.00", "fuel"],
    // A bank's surcharge on foreign-currency card payments, a Dutch bank's charge for a counter's service.
    [null, "Fremdwährungsaufschlag 1,75 % Kartenumsätze März", "-3.10", "fees"],
    [null, "Tarief storting aan de balie", "-7.50", "fees"],
    // A share of a hire car is no rent, though Dutch "huur" starts it.
    ["M. Visser", "Deel huurauto Sicilie", "-150.00", "other"],
    // A Catholic mission for a language's speakers is a congregation.
    [null, "To Kroatische Katholische Mission Stuttgart", "-30.00", "donations"],
    // A phone shop is a shop, though Handy alone is the phone bill; a commercial-vehicle dealer is the car's.
    [null, "HANDY CENTER KARLSTRASSE, KASSEL DE Karte Nr. 4871 78XX XXXX 1234 Kartenzahlung", "-45.00", "shopping"],
    [null, "NFZ HOLTKAMP//BREMEN/DE", "-310.00", "fuel"],
    [null, "NUTZFAHRZEUGE HOLTKAMP//BREMEN/DE", "-310.00", "fuel"],
    // A Dutch hairdresser named for the cut ("knippen").
    [null, "BEA   NR:XXX123   01.02.26/10.00 SumUp *Knip & Go Utrecht,PAS123", "-22.00", "drugstore"],
  ]);

  it("files a kiosk by its newsagent's card code as groceries, as the word Kiosk is", () => {
    const row = { amount: "-12.40", counterpartyName: null, description: "SumUp  *Kiosk Yilmaz", mcc: "5994", transactionType: "Card Payment" };
    expect(categorize({ ...row, merchant: merchantName(row) }, { rules: [] }).categoryKey).toBe("groceries");
  });

  it("reads N26's MasterCard Payment as a card paying at a till: a charity's till is its shop", () => {
    const row = { amount: "-8.00", counterpartyName: "AGE UK 0231", description: "", transactionType: "MasterCard Payment" };
    expect(categorize({ ...row, merchant: merchantName(row) }, { rules: [] }).categoryKey).toBe("shopping");
  });
});

describe("pool-48 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A UK card bill paid from the current account, in two more wordings.
    [null, "PAYMENT TO PLATINUM CARD FROM CURRENT A/C", "-420.00", "transfers"],
    [null, "CARD ACCOUNT DD - STMT BAL CLEARED MARCH", "-212.00", "transfers"],
    // Stages, variety theatres, culture houses, concert halls, event firms, ballrooms, a football club's season ticket.
    [null, "SUMUP *KRYSTALLPALAST VARIETE", "-40.00", "entertainment"],
    ["Buehnen der Stadt Gera", null, "-28.00", "entertainment"],
    [null, "KULTURHAUS OSTERFELD E.V.", "-18.00", "entertainment"],
    [null, "SOMMERFEST VERANSTALTUNGS GMBH", "-22.00", "entertainment"],
    [null, "CHECKCARD 0409 ROSELAND BALLROOM BROOKLYN CA 83264800776543286832507", "-30.00", "entertainment"],
    [null, "DD EVERTON FOOTBALL CLUB EFC ST DD 4471203", "-90.00", "entertainment"],
    [null, "GREEN BAY PACKERS SEASON TKT PLAN 0106 21842773 JANE DOE", "-180.00", "entertainment"],
    // A rail season ticket is travel to work, not a game's.
    [null, "KENTISH RAILWAYS SEASON TICKET 4471", "-420.00", "transport"],
    // A brewery's taproom, a Bräustüberl, beer parlours, a tasting room, a brewing company, a food hall.
    [null, "ANDECHSER BRAEUSTUEBERL", "-21.00", "restaurants"],
    [null, "PILSENER BIERSTUBEN", "-19.00", "restaurants"],
    [null, "BRAND PROEVERIJ 4335", "-33.00", "restaurants"],
    [null, "PURCHASE AUTHORIZED ON 08/26 LAKEFRONT BREWING CO MILWAUKEE WI S207495033935969 CARD 6976", "-40.00", "restaurants"],
    [null, "CCV*DOK FOOD FACTORY", "-25.00", "restaurants"],
    // A biscuit shop.
    [null, "DE KOEKWINKEL ZWOLLE 5272", "-9.00", "groceries"],
    // A friends' association and a gift named in the purpose are gifts, whatever the payee's kind.
    ["Stichting Vrienden van het Theater Zwolle", "Donatie seizoen 2026", "-50.00", "donations"],
    [null, "To Freundeskreis des Theaters Erfurt e.V.", "-24.00", "donations"],
    // A current account's monthly flat fee.
    [null, "Monatspauschale Girokonto Klassik 03/2026", "-5.90", "fees"],
  ]);

  itLabels([
    // A housing co-operative by its initials, as people say it.
    ["Wohnungsbaugenossenschaft Einheit eG", "WBG Einheit"],
    // A dairy's or a winery's co-operative by its trade.
    ["Sennereigenossenschaft Bolsterlang eG", "Sennerei Bolsterlang"],
    // A municipal enterprise's form after its name; a cinema's trade word after its name.
    ["Theater Erfurt Eigenbetrieb", "Theater Erfurt"],
    ["Schauburg Filmtheater GmbH", "Schauburg"],
    // A town after an elided French article is the name's, not the card's.
    ["CARTE 24/03/26 FESTIVAL D AURILLAC CB*1156", "Festival D'Aurillac"],
    // Halle (Saale) after a venue's name; a hall's own word before it is not the town.
    ["STEINBOCK-THEATER HALLE GMBH//DRESDEN/DE 2025-03-24T11:24:28", "Steinbock-Theater"],
    ["KLETTER HALLE", "Kletter Halle"],
    // An English football club as people say it.
    ["DD EVERTON FOOTBALL CLUB EFC ST DD 4471203", "Everton FC"],
    // A season ticket's and an auto-payment's words after the payee.
    ["GREEN BAY PACKERS SEASON TKT PLAN 0106 21842773 JANE DOE", "Green Bay Packers"],
    ["NORTHSTAR MUTUAL AUTO PMT", "Northstar Mutual"],
  ]);

  it("names a firm by its acronym, without the adjective its cut legal name left", () => {
    expect(merchantKey(merchantName({ counterpartyName: "NLDSL Niederlaendische Gesellschaft fuer Kommunikation mbH" }) ?? "")).toBe(merchantKey("NLDSL"));
  });
});

describe("pool-49 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A US landlord's lease payment or tenant portal, with the flat's number after it, is the rent.
    [null, "PALISADE TERRACE LEASE PMT UNIT 0207 0220 44985769 JANE DOE", "-2100.00", "rent"],
    [null, "PALISADE TERRACE TENANT PORTAL APT 0207", "-2100.00", "rent"],
    // Pay deposited directly (DIRDEP run together) is pay, even from a retailer whose shop refunds would be.
    [null, "GAP INC GAP MGMT DIRDEP 0913 93101398 JANE DOE", "2400.00", "salary"],
    // A surcharge for an instant transfer is a bank fee.
    [null, "Aufpreis Sofortueberweisung an Dritte", "-0.50", "fees"],
    // Web hosting and domain names, a dating site, a second-hand market by its word, a fresh-food market.
    [null, "VISA PIXELHAFEN WEBHOSTING GMBH 2480", "-9.00", "subscriptions"],
    [null, "CARTE 01/10/26 NUAGE HEBERGEMENT WEB CB*0855", "-6.00", "subscriptions"],
    [null, "SINGLEHAFEN DATING GMBH", "-15.00", "subscriptions"],
    [null, "KLEIDERFLOHMARKT.DE", "-24.00", "shopping"],
    [null, "VISA FRISCHEMARKT OSTERKAMP 2300", "-44.00", "groceries"],
    // Parcel carriers and postage are services (MCC 4215 couriers, bank-formats.md §4.2), not shopping.
    [null, "PAYPAL *GLS PAKET 4029357733", "-6.00", "other"],
    [null, "ROYAL MAIL ONLINE POSTAGE", "-3.00", "other"],
  ]);

  itLabels([
    // The shop that a Dutch payment service collects for, named before "via Mollie".
    ["KINOBOX VIA MOLLIE", "Kinobox"],
    ["BEA   NR:XXX673   01.04.25/07.51 Pakketpunt Zuid via Mollie Rotterdam,PAS546", "Pakketpunt Zuid"],
    // Google Play's app behind a bank's booking word and the app's reference.
    ["Kartenzahlung GOOGLE *PERIODA. 50703666//Koeln 2025-02-12T11:28:45 KFN 1 VJ 2812", "Perioda"],
    // A US landlord's lease and portal words after its name.
    ["PALISADE TERRACE LEASE PMT UNIT 0207 0220 44985769 JANE DOE", "Palisade Terrace"],
    // What a person paid for, after the person's name.
    ["MISS K ASHWORTH FOR THE PRAM", "K Ashworth"],
    ["VIR SEPA MME CLAIRE DUBOIS POUR LE VELO MERCI", "Claire Dubois"],
    ["DONNA HARLAN FOR THE STROLLER 0302 51596925 JANE DOE", "Donna Harlan"],
    // A store number run into the town.
    ["HONEY HOLE BAGELS #08SAN JOSE       WA", "Honey Hole Bagels"],
    // A web address whose name starts with digits keeps its address.
    ["VIS 24TILES.COM BRISTOL", "24tiles.com"],
    // A shop of two trades goes by its first; a parcel carrier by its own brand, not the post office's.
    ["Fleischerei & Partyservice Gerlach GmbH - Leipzig", "Fleischerei Gerlach"],
    ["PAYPAL *DHL PAKET 4029357733 - Stuttgart", "DHL"],
  ]);

  it("names the payment service itself when its own purpose names no shop", () => {
    expect(merchantName({ counterpartyName: "Ratepay GmbH", description: "Ratepay Ratenkauf Rate 06/2026 Vertragsnr. 7720441" })).toBe("Ratepay");
    expect(merchantName({ counterpartyName: "Klarna Bank AB (publ)", description: "Ihre Klarna Monatsrechnung JULY 2025" })).toBe("Klarna");
    expect(merchantName({ counterpartyName: "Stichting Mollie Payments", description: "Naam: Stichting Mollie Payments Omschrijving: SD22-4417-2030 Bloemkist via Mollie 08-2025 IBAN: NL00898528660616162259" })).toBe("Bloemkist");
  });
});

describe("pool-47 shapes (read after retiring, US and French banks)", () => {
  itLabels([
    // A state's DMV printed with the state's postal code goes by the state's name.
    ["CHECKCARD 0312 MN DMV ONLINE SVCS DENVER CO 12345678901234567890123", "Minnesota DMV"],
    ["OR DMV REGISTRATION RENEWAL", "Oregon DMV"],
    // A medical supplier's "MED", shortened before its trade word.
    ["BLUE RIVER MED SUPPLYDENVER        CO", "Blue River Medical Supply"],
    // A French cinema's till (caisse) after its name is the till, not the name.
    ["CARTE 14/02/26 CINEMA LE REX CAISSE CB*1234", "Cinema Le Rex"],
    // A section of the French alpine club goes by the club "of" its town, as it is registered.
    ["PRLV SEPA CLUB ALPIN FRANCAIS ALBERTVILLE COTISATION CAF ALBERTVILLE 2026", "Club Alpin Francais D'Albertville"],
    ["PRLV SEPA CLUB ALPIN FRANCAIS GRENOBLE ADHESION FFCAM 2026", "Club Alpin Francais De Grenoble"],
    // A web address that runs name, kind and "works" together ("…CANDLEWORKS.COM") is split at both.
    ["SP * MESAVERDECANDLEWORKS.COM SEATTLE CA", "Mesaverde Candle Works"],
    // A French pharmacy's word as card fields shorten it (PHIE), written out.
    ["CARTE 02/04/26 SELAS PHIE DES TILLEULS CB*1234", "Pharmacie Des Tilleuls"],
  ]);

  itCategorizes([
    [null, "CHECKCARD 0312 MN DMV ONLINE SVCS DENVER CO 12345678901234567890123", "-12.00", "taxes"],
    // A curling club and a French alpine club are sports clubs.
    [null, "LAKESIDE CURLING CLUB DES:LCC DUES APRIL ID:XXXXX12345678 INDN:JANE DOE CO ID:XXXXX11111 WEB", "-55.00", "entertainment"],
    [null, "PRLV SEPA CLUB ALPIN FRANCAIS CHAMBERY COTISATION CAF 2026", "-90.00", "entertainment"],
    // A French orthopaedic supplier and a US medical supplier sell care.
    [null, "CARTE 12/03/26 SARL ORTHOPEDIE MARCHAL LILLE CB*1234", "-40.00", "health"],
    [null, "BLUE RIVER MED SUPPLYDENVER        CO", "-20.00", "health"],
    // A brick oven is a pizzeria's.
    [null, "PURCHASE AUTHORIZED ON 04/02 TONYS BRICK OVEN DAYTON OH S123456789012345 CARD 1111", "-30.00", "restaurants"],
    // A greenhouse grower and a boat chandler (accastillage) sell goods.
    [null, "RIVERSIDE GREENHOUSES #12 DENVER CO", "-40.00", "shopping"],
    [null, "CARTE 02/05/26 ACCASTILLAGE DU PORT CB*1234", "-60.00", "shopping"],
  ]);
});

describe("pool-47 shapes (read after retiring, UK and multi-region banks)", () => {
  itLabels([
    // Initials after the name that count its article or its "of" as well ("THE CLIMBING ACADEMY TCA").
    ["THE ROWING CENTRE TRC LEEDS MEMBERSHIP 4417", "The Rowing Centre"],
    ["SO UNIVERSITY OF KENT SPORT UOK SPORT GYM MEMBERSHIP 20418", "University Of Kent Sport"],
    // A road's RD inside a name, before the kind of place it names.
    ["ASHFORD RD SERVICE STNLONDON        GBR", "Ashford Road Service Station"],
    // A shop's exchange credit is money back, said after its name.
    ["LINDEN-APOTHEKE EXCHANGE CREDIT - SCHOOL BAG", "Linden-Apotheke"],
    // A franchisee's company behind a chain's name.
    ["QUICKPRINT FRANCHISES ON 15 JUL          BCC", "Quickprint"],
    // A cruise line's web address runs its kind into its name.
    ["SAPPHIRECRUISES.CO.UK ON 24 SEP          BCC", "Sapphire Cruises"],
    // A parish goes by its parish word, without the denomination's abbreviation.
    ["To Ev. Kirchengemeinde St. Marien Hollfeld", "Kirchengemeinde St. Marien"],
    // An orthodontist's KFO practice and a paediatrician's long title, as people say them.
    ["KFO PRAXIS DR. HAMMERSEN - Berlin", "Kieferorthopädie Dr. Hammersen"],
    ["Kinder- und Jugendarztpraxis Sonnenschein GbR", "Kinderarztpraxis Sonnenschein"],
    // A plumbing and heating firm named after its owner goes by its trade first.
    ["Wilkening Sanitaer- und Heizungstechnik GmbH", "Sanitär Wilkening"],
    // A known federation's local branch goes by its initials and town, as an unknown association's does.
    ["NABU Ortsgruppe Wedel e.V.", "NABU Wedel"],
  ]);

  itCategorizes([
    // A town's or a community's farm is a day out, not a farm shop.
    [null, "VIS BRAMLEY CITY FARM LEEDS", "-12.00", "entertainment"],
    [null, "SQ *HOLLOWAY COMMUNITY FARMMANCHESTER    GBR", "-9.00", "entertainment"],
    // A garage's MOT and service.
    [null, "HEATHFIELD MOT & SERVICE 1301   ON 22 AUG          BCC", "-54.00", "fuel"],
    // A camera shop, holiday parks, a surf school (leisure, not schooling).
    [null, "KESTREL CAMERAS LTD       GLASGOW       GBR", "-95.00", "shopping"],
    [null, "HILLTOP RESORTS 4417      GLASGOW       GBR", "-60.00", "travel"],
    [null, "VIS POLZEATH SURF SCHOOL MANCHESTER", "-49.00", "entertainment"],
    // A merchant's courtesy credit is a refund.
    [null, "HARTLEY BROTHERS COLEEDS         GBR MERCHANT COURTESY CREDIT", "40.00", "refunds"],
  ]);

  it("keeps a charity's local branch as its label labels again, and a word after the charity's initials no town", () => {
    expect(merchantName({ merchant: "NABU Wedel" })).toBe("NABU Wedel");
    expect(merchantName({ description: "NABU Spende" })).toBe("NABU");
  });
});

describe("pool-47 shapes (read after retiring, German and Dutch banks)", () => {
  itLabels([
    // DKB's padded field: the shop's own town in capitals run into its name, the terminal's town in mixed case after it.
    ["BAECKEREI KORNFELDBREMENMuenchen      DE", "Baeckerei Kornfeld"],
    // A filling station's word as German terminals shorten it.
    ["FREIE TKST BRANDLHUBER PASSAUMuenchen      DE", "Freie Tankstelle Brandlhuber"],
    // A practice's colleagues shortened after the doctor's name.
    ["ZAHNARZTPRAXIS DR. WENDLAND U. KOLL./HANNOVER//DE", "Zahnarztpraxis Dr. Wendland"],
    // A car-care firm's word cut by the card field.
    ["VISA SUMUP *SPIEGELGLANZ AUTOPFLE 2211", "Spiegelglanz Autopflege"],
    // A medical care centre's legal form printed before its name.
    ["MVZ Hautzentrum Elbaue GmbH", "Hautzentrum Elbaue"],
    // Two trades and no owner keep their order (swapped, the stored label would swap back when read again).
    ["Feinkost Konditorei", "Feinkost Konditorei"],
    ["Hofladen Landhandel", "Hofladen Landhandel"],
  ]);

  itCategorizes([
    // A mineral-oil dealer with Mineralöl spelled out sells fuel.
    [null, "Brenner Mineraloel GmbH & Co. KG, KASSEL DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung", "-60.00", "fuel"],
    // A medical care centre, a Croatian pharmacy.
    ["MVZ Hautzentrum Elbaue GmbH", null, "-40.00", "health"],
    [null, "BEA   NR:XXX111   12.03.26/10.20 LJEKARNA ZAGREB HR Utrecht,PAS111", "-12.00", "health"],
    // A textile cleaner, whole or cut by the card field.
    ["SumUp *Textilreinigu", "SUMUP *TEXTILREINIG/MARKTSTR. 4/BONN/DE", "-14.00", "drugstore"],
    // A bank's charge for sending a card and for an urgent transfer.
    [null, "Kartenversand per Kurier 04/2026", "-15.00", "fees"],
    [null, "Tarief spoedoverschrijving binnenland", "-7.50", "fees"],
    // A client paying the person's building invoice is pay for the person's trade; a supplier's final bill paid back is a refund.
    ["Holzbau Brenninger GmbH", "Rechnung Nr. 2026-014 Dachsanierung Schlussrechnung", "4000.00", "salary"],
    ["Holzbau Brenninger GmbH", "RE 2026-118 Carport 2. Abschlag", "1500.00", "salary"],
    ["Energieversorgung Mittelland GmbH", "Erstattung Guthaben Schlussrechnung Strom", "120.00", "refunds"],
  ]);

  it("keeps a person's surname that is also a town, and still drops the town after a shop's one-word name", () => {
    expect(merchantName({ counterpartyName: "Malte Bremen", description: "Anteil Grillabend", transactionType: "SEPA-Gutschrift" })).toBe("Malte Bremen");
    expect(merchantName({ counterpartyName: "Ute Hildesheim", description: "Zurueck fuers Tanken" })).toBe("Ute Hildesheim");
    expect(merchantName({ counterpartyName: "INKTHREADABLE BRISTOL", description: "CARD PAYMENT" })).toBe("Inkthreadable");
  });
});

describe("pool-50 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A charge card's statement paid from the current account is a card bill.
    [null, "CHARGE CARD STATEMENT PAID - DINING SPEND", "-310.00", "transfers"],
    // Coworking spaces and business centres rent desks by the month.
    [null, "KAIHAUS COWORKING UG (HAFTUNGSBESCHRAENKT)//DRESDEN/DE", "-180.00", "subscriptions"],
    [null, "VISA NORDLICHT BUSINESS CENTRE GMBH 5419", "-60.00", "subscriptions"],
    // Printers, print shops online, office supplies (Bürobedarf, kantoorartikelen, fournitures de bureau).
    [null, "DRUCKWERKSTATT KLEE GMBH", "-88.00", "shopping"],
    [null, "BEA   NR:XXX135   21.08.25/08.51 Drukwerkstudio Noord B.V. Rotterdam,PAS057", "-52.00", "shopping"],
    [null, "PRINTWELL ONLINE PRINTERS LTD ON 11 SEP          BCC", "-40.00", "shopping"],
    [null, "KANTOORARTIKELEN VAN DIJK 0412", "-35.00", "shopping"],
    [null, "CARTE 12/03/26 FOURNITURES DE BUREAU MARTIN CB*7541", "-28.00", "shopping"],
    // An account package's price and a business account's plan are the bank's fees.
    [null, "Paketpreis Geschaeftskonto 02/2026", "-12.90", "fees"],
    [null, "BUSINESS ACCOUNT SUBSCRIPTION MARCH", "-9.00", "fees"],
    // A card terminal's payout and a client paying an invoice are earnings; a supplier's credit note is a refund.
    [null, "Payment from Zettle Payouts", "812.40", "salary"],
    [null, "VIR SEPA STRIPE PAYMENTS EUROPE VIR STRIPE ENCAISSEMENTS CB JUNE 2025", "420.00", "salary"],
    ["Verlag Nordwind GmbH", "Rechnung Nr. 2026-0311 Lektorat August", "1400.00", "salary"],
    [null, "BRIGHTWATER STUDIO LLC VENDOR PMT INV BW-1181", "900.00", "salary"],
    [null, "KONTORHAUS MEYER GMBH Gutschrift Korrekturrechnung Lieferant", "24.00", "refunds"],
    [null, "HARBOUR TOOLS LTD SUPPLIER CREDIT NOTE CN-3301", "18.00", "refunds"],
    // A US state's Secretary of State (SOS) takes business filing fees; the Dutch chamber of commerce (KvK) registration.
    [null, "CHECKCARD 0830 OH SOS BUSINESS SERVICES AUSTIN CA 34145763075401005804247", "-99.00", "taxes"],
    [null, "KVK INSCHRIJVING 5494", "-75.00", "taxes"],
    // A fresh market (versmarkt), supermarkets in Dutch plural, a thali house, internet telephony.
    [null, "VERSMARKT DE HAAN 5855", "-23.00", "groceries"],
    [null, "DEKKER SUPERMARKTEN V.O.F.", "-41.00", "groceries"],
    [null, "SUNRISE THALI LEICESTER", "-19.00", "restaurants"],
    [null, "SO CALLSTREAM VOIP LTD CS4417203", "-14.00", "utilities"],
  ]);

  itLabels([
    // A state's Secretary of State by the state's name.
    ["CHECKCARD 0830 OH SOS BUSINESS SERVICES AUSTIN CA 34145763075401005804247", "Ohio Secretary of State"],
    // The chamber of industry and commerce by its initials and town, as its members say it.
    ["Industrie- und Handelskammer Ostwestfalen zu Bielefeld", "IHK Ostwestfalen"],
    // Accountants by their partners' names: the profession's words before or after them are not the name.
    ["Steuerberatungskanzlei Brandt & Kowalski PartG mbB", "Brandt & Kowalski"],
    ["PENROSE & HALE CHARTERED ACC", "Penrose & Hale"],
    ["VIR SEPA CABINET DUMAS EXPERTISE COMPTABLE HONORAIRES 06/2026", "Cabinet Dumas"],
    // A town hall's citizens' office after the town.
    ["STADT BAMBERG BUERGERSERVICE", "Stadt Bamberg"],
    // What follows a payee: a vendor payment's words, a French tax's.
    ["BRIGHTWATER STUDIO LLC VENDOR PMT INV BW-1181", "Brightwater Studio"],
    ["PRLV SEPA TRESORERIE DE VANNES IMPOT REVENU 06/2026", "Tresorerie De Vannes"],
  ]);
});

describe("pool-48 shapes (read after retiring, US and French banks)", () => {
  itLabels([
    // A US pharmacy's word, shortened by the card field.
    ["CHECKCARD 0312 MAPLE GROVE PHARM AUSTIN TX 12345678901234567890123", "Maple Grove Pharmacy"],
    // A therapist's PT before the town, where the card field put the state far to the right.
    ["CEDAR RIDGE PT AUSTIN       TX", "Cedar Ridge Physical Therapy"],
    // A brewing company goes by its brewing name, whatever follows it.
    ["CHECKCARD 0420 GRANITE PEAK BREWING CO AUSTIN TX 12345678901234567890123", "Granite Peak Brewing"],
    ["GRANITE PEAK BREWING COMPANY", "Granite Peak Brewing"],
    // A French pension fund's payment: the pension word after the fund is what it pays, not its name.
    ["VIR SEPA CARSAT BRETAGNE RETRAITE 03/2026 NSS 148076311204", "Carsat Bretagne"],
    // An airline's short name before a ticket number that begins with that airline's code is the airline.
    ["PURCHASE AUTHORIZED ON 05/12 DELTA 0062345678901 DENVER CO S123456789012345 CARD 1111", "Delta Air Lines"],
    ["CHECKCARD 0601 AMERICAN 0012345678901 AUSTIN TX 12345678901234567890123", "American Airlines"],
    // Not another airline's code, nor a shop's name.
    ["CHECKCARD 0601 DELTA FLOWERS 0162345678901 AUSTIN TX 12345678901234567890123", "Delta Flowers"],
  ]);

  itCategorizes([
    // A French deferred-debit card's month, named by the card network ("MASTERCARD CUMUL DU MOIS").
    [null, "PRLV VISA CUMUL DU MOIS 03/2026", "-800.00", "transfers"],
    [null, "PRLV MASTERCARD CUMUL DU MOIS 11/2025", "-1200.00", "transfers"],
    // A French farm run as a GAEC (or an EARL) sells its produce.
    [null, "CARTE 12/06/25 GAEC DES TROIS CHENES CB*1234", "-20.00", "groceries"],
    [null, "CARTE 12/06/25 EARL DU MOULIN NEUF CB*1234", "-20.00", "groceries"],
  ]);
});

describe("pool-48 shapes (read after retiring, German and Dutch banks)", () => {
  itLabels([
    // A street the shop is named after, its "Straße" shortened at the end of the name.
    ["COPYPOINT GOETHESTR.     Koeln     DE", "Copypoint Goethestrasse"],
    // A Spanish state-owned company's legal form (Sociedad Mercantil Estatal) before its S.A.
    ["VISA PUERTOS DEL SUR S.M.E. S.A. MADRID 2700", "Puertos Del Sur"],
  ]);

  it("keeps an association's section and its town after the federation's name", () => {
    expect(merchantName({ counterpartyName: "Deutscher Alpenverein Sektion Heilbronn e.V.", description: "Mitgliedsbeitrag 2026 Mitgl.-Nr. 77" })).toBe("DAV Sektion Heilbronn");
  });

  itCategorizes([
    // A brand's own insurance company says by its name that it insures: its premium is insurance, not the brand's trade.
    ["Lidl Reiseversicherung AG", "Beitrag Jahrespolice 2026", "-49.00", "insurance"],
    ["Tchibo Versicherungsservice GmbH", "Beitrag 03/2026 Vertrag 4411", "-12.50", "insurance"],
    // …and its travel agency by its travel word, singular or plural, is travel.
    ["TCHIBO REISE 4410022", "KOELN 12/HAUPTSTR. 4/KOELN/DE 19.12.2025 um 15:28:14 Uhr", "-640.00", "travel"],
    // A radiology practice by its adjective.
    [null, "Kartenzahlung RADIOLOGISCHE PRAXIS AM STADTPARK GBR. 12345678//Koeln 2025-07-14T15:30:43 KFN 1 VJ 2812", "-20.00", "health"],
    // A dairy paying a farmer for the milk delivered is pay for the farm's work, not money back from a cheese shop.
    ["Molkerei Hochland Milch Käse eG", "Milchgeldabrechnung Maerz 2026 Erzeuger-Nr. 1234", "3200.00", "salary"],
    ["Zuivelcooperatie Noordkaas U.A.", "Melkgeld april 2026 leveranciersnr 555", "2800.00", "salary"],
    // A charity's membership fee is what belonging costs, as any association's is; a gift to it stays a donation.
    ["NABU Kreisverband Wedel e.V.", "Mitgliedsbeitrag 2026 Familie Mitgl.-Nr. 4410", "-60.00", "other"],
    ["Greenpeace Nederland", "Contributie lidmaatschap 2026 lidnr 8812", "-36.00", "other"],
    ["NABU Kreisverband Wedel e.V.", "Spende Streuobstwiese 2026", "-30.00", "donations"],
  ]);
});

describe("pool-48 shapes (read after retiring, UK and multi-region banks)", () => {
  itLabels([
    // Trade words the card field cut: an electrical shop's, a surgery's, an African grocer's.
    ["SUMUP *TEIFI VALLEY ELEC MANCHESTER    GBR", "Teifi Valley Electrical"],
    ["MOORSIDE DENTAL SURG ON 08 JUL          CPM", "Moorside Dental Surgery"],
    ["OUT | ZTL*Sahel Afro Afrosh - Bremen", "Sahel Afro Afroshop"],
    // A car wash cut after its first letter, the terminal's town run into it.
    ["EASTGATE HAND CAR WLEEDS         GBR", "Eastgate Hand Car Wash"],
    // Wise writes a company's legal form in title case ("Ag"); a brewery's "Co" after its trade is its company.
    ["Brauerei Zwickelhof Ag - Muenchen", "Brauerei Zwickelhof"],
    ["HOLLYBANK BREWERY CO   MANCHESTER    GBR", "Hollybank Brewery"],
    // A dentist's or a vet's title printed after the doctor's name goes by the practice, as "… Zahnarztpraxis" does.
    ["Dr. med. dent. K. Wollenberg Zahnarzt", "Zahnarztpraxis Dr. Wollenberg"],
    ["DR. MED. VET. A. FRIES TIERARZT", "Tierarztpraxis Dr. Fries"],
    // The terminal processor's prefix fills the card field too: a shorter name after it was cut all the same.
    ["SUMUP *PENRHYN BAY ELEC MANCHESTER    GBR", "Penrhyn Bay Electrical"],
    // …but a whole word that merely starts one of those trade words stays as written.
    ["SUMUP *HIGHFIELD ELECTRIC MANCHESTER    GBR", "Highfield Electric"],
    ["SUMUP *ROSE GROCER STRATFORD-UPON-AVON GB", "Rose Grocer"],
    ["BLUE WAVE POWER SURGE LEEDS         GBR", "Blue Wave Power Surge"],
    ["QUEEN MOTHERS AFRO LEEDS         GBR", "Queen Mothers Afro"],
  ]);

  itCategorizes([
    // HSBC's card prefix: a charity's till is its charity shop.
    [null, "VIS OXFAM 0412 BRISTOL", "-14.00", "shopping"],
    // A group of hospitals (Kliniken) is health, as one Klinik is.
    ["Kreiskliniken Talheim GmbH", "Zuzahlung stationaerer Aufenthalt", "-40.00", "health"],
    ["Marien Kliniken Oberau GmbH", "Rechnung 4417", "-40.00", "health"],
    [null, "SUMUP *TEIFI VALLEY ELEC MANCHESTER    GBR", "-60.00", "shopping"],
    [null, "EASTGATE HAND CAR WLEEDS         GBR", "-12.00", "fuel"],
  ]);

  it("files a heating and plumbing contractor's card code with the fitters' trades, as shopping", () => {
    expect(categorize({ amount: "-240.00", description: "Haustechnik Brandl", mcc: "1711", merchant: "Haustechnik Brandl" }, { rules: [] }).categoryKey).toBe("shopping");
    expect(categorize({ amount: "-240.00", description: "J WEBB ROOFING", mcc: "1761", merchant: "J Webb Roofing" }, { rules: [] }).categoryKey).toBe("shopping");
  });
});

describe("pool-51 shapes (read after scoring) in other names", () => {
  itCategorizes([
    // A US card named by its programme, paid by autopay, is the card's bill.
    [null, "CHASE FREEDOM AUTOPAY PMT", "-240.00", "transfers"],
    // A housing company by its legal word, its tenant account and the rent it books.
    ["STEWOG Wohnungsaktiengesellschaft Lennep", "STEWOG Sollstellung Mai 2026 Mieterkonto 881204", "-640.00", "rent"],
    // Sailing, rowing and golf clubs, a berth; padel courts, a bike park, canoe hire, a yoga loft, a surf school, a kite centre.
    ["Kieler Yacht-Club e.V.", "Jahresbeitrag 2026 und Liegeplatz Mitgl.-Nr. 0512", "-420.00", "entertainment"],
    ["Roeivereniging De Amstel", "Contributietermijn 07-2026", "-45.00", "entertainment"],
    [null, "PADELHALLE OSNABRUECK GMBH", "-24.00", "entertainment"],
    [null, "VISA BIKEPARK ALTENAU GMBH 2288", "-38.00", "entertainment"],
    [null, "SUMUP *KANUVERLEIH RUHRTAL", "-30.00", "entertainment"],
    [null, "ZTL*Yogaloft Kiel", "-18.00", "entertainment"],
    [null, "ZETTLE_*SURFSCHOOL NOORDZEE", "-55.00", "entertainment"],
    [null, "BEA   NR:XXX007   21.04.26/19.58 Kitecentrum Wijk aan Zee V.O.F. Amsterdam,PAS052", "-60.00", "entertainment"],
    // Race entries: an entry platform's fee, a club's licence (French athletics), a start licence.
    [null, "RACEENTRY ENTRY FEE AUSTIN WA", "-65.00", "entertainment"],
    [null, "VIR SEPA STADE RENNAIS ATHLETISME COTISATION SECTION 2025 ADHERENT 4417", "-120.00", "entertainment"],
    // Sports physiotherapy, sports injuries, sports medicine.
    [null, "Sportfysio Zuidrand B.V. 4347", "-45.00", "health"],
    [null, "HILLSIDE SPORTS INJURY CLEEDS         GBR", "-60.00", "health"],
    [null, "CARTE 01/01/25 SELARL MEDECINE DU SPORT 35 CB*7612", "-40.00", "health"],
    // Sports nutrition, a mountain farmers' shop; running shops and bike houses.
    [null, "BEA   NR:XXX796   13.12.25/10.23 MEGA NUTRITION Den Haag,PAS905", "-32.00", "groceries"],
    [null, "BERGBAUERNLADEN OBERSTDORF", "-21.00", "groceries"],
    [null, "LAUFSPORT KAISER GMBH", "-110.00", "shopping"],
    [null, "BIKEHAUS MEYER SIEGEN", "-340.00", "shopping"],
    [null, "TWEEWIELERHUIS DE VRIES", "-90.00", "shopping"],
    // A mutual insurer's autopay; a Welsh council's tax (treth).
    [null, "GREEN MOUNTAIN MUTUAL INS AUTOPAY 0214", "-80.00", "insurance"],
    [null, "CYNGOR CONWY CYNGOR CONWY TRETH 60441772 FT", "-140.00", "taxes"],
  ]);

  itLabels([
    // A Welsh council (Cyngor) by its English name.
    ["CYNGOR CONWY", "Conwy Council"],
    // A race entry's fee words and a lift ticket's after the payee.
    ["RACEENTRY ENTRY FEE AUSTIN WA", "Raceentry"],
    // What a person was paid back a share of follows their name.
    ["MR D HOLLOWAY PETROL SHARE PEAK TRIP BGC", "D Holloway"],
    // A small town the card field's width cut after the name (25 and 20 characters); a word that merely begins a town
    // elsewhere in the field, or a whole word before the town, stays.
    ["RADHAUS BRINKMANN MESCHED, BERLIN DE Karte Nr. 4871 78XX XXXX 8816", "Radhaus Brinkmann"],
    ["CAFE AM MARKT WAREND", "Cafe Am Markt"],
    ["THE LAMB AND FLAG GLASGOW", "The Lamb And Flag"],
  ]);
});

describe("other draws (German, Dutch and French banks)", () => {
  itCategorizes([
    // A credit card's yearly membership fee is the card's charge, not its bill paid off.
    [null, "Jaarlijkse contributie creditcard Platinum 2026", "-2.50", "fees"],
    // A notary's bill names the mortgage deed it drew up: still the notary's service.
    ["Notariskantoor Van Dijk & Smit", "Notariskosten hypotheekakte dossier 1234.5678", "-1500.00", "other"],
    // An allotment club's lease is a garden's, not a home's rent.
    ["Kleingartenverein Sonnenhang e.V.", "Pacht 2026 Parzelle 12", "-90.00", "other"],
    // A French social landlord's instalment notice for the dwelling.
    [null, "PRLV SEPA KERVALIA AVIS ECHEANCE 04/2026 LOGEMENT 0203 LORIENT", "-480.00", "rent"],
    // A business tax office's VAT instalment.
    [null, "VIR SEPA SIE DE LORIENT TVA ACOMPTE 03/2026 SIREN 123456789", "-800.00", "taxes"],
    // A mutual insurer by its legal form and its policy number's word.
    ["Nordfriesische Feuergilde VVaG", "Beitrag Vers.-Schein 1234567 Rate 01/2026", "-120.00", "insurance"],
    // An electrician's firm; a baby outfitter.
    [null, "CARTE 02/02/26 SARL MOREAU ELECTRICITE GENERALE CB*1234", "-180.00", "shopping"],
    ["KUSCHELBAER BABYAUSSTATTUNG", null, "-99.00", "shopping"],
  ]);

  itLabels([
    // A French direct debit's purpose after the creditor: a monthly gift, a VAT instalment, lessons, a meter's connection.
    ["PRLV SEPA ENTRAIDE SAHEL DON MENSUEL 04/2026 DONATEUR 1234", "Entraide Sahel"],
    ["VIR SEPA SIE DE VANNES TVA ACOMPTE 06/2026 SIREN 123456789", "SIE De Vannes"],
    ["PRLV SEPA ASSOCIATION DAR AL ILM COURS D ARABE ADULTES 02/2026", "Association Dar Al Ilm"],
    ["PRLV SEPA VALORIS MISE EN SERVICE COMPTEUR CONTRAT 1234", "Valoris"],
  ]);

  itCategorizes([
    [null, "PRLV SEPA ENTRAIDE SAHEL DON MENSUEL 04/2026", "-20.00", "donations"],
    [null, "PRLV SEPA ASSOCIATION DAR AL ILM COURS D ARABE ADULTES 02/2026", "-40.00", "education"],
    [null, "PRLV SEPA VALORIS MISE EN SERVICE COMPTEUR CONTRAT 1234", "-60.00", "utilities"],
    // The French state's own sites (.gouv.fr) sell its papers and stickers.
    [null, "CARTE 01/02/26 ANTS.GOUV.FR CB*1234", "-25.00", "taxes"],
  ]);

  itCategorizes([
    // Bookshops in the plural, a winegrowers' cooperative, an angling club's permit, a diving school, a midwives' practice.
    [null, "BEA   NR:XXX123   01.02.26/10.00 Boekhandels De Wit Leiden,PAS123", "-30.00", "shopping"],
    ["WINZERGENOSSENSCHAFT BLAUFELS", null, "-45.00", "groceries"],
    ["ASV Hecht Warstein e.V.", "Jahresbeitrag 2026 + Fischereierlaubnis Mitgl.-Nr. 12", "-60.00", "entertainment"],
    [null, "CARTE 01/03/26 BIARRITZ PLONGEE CB*1234", "-50.00", "entertainment"],
    ["HEBAMMENPRAXIS WIEGENLIED", null, "-25.00", "health"],
    // A French restaurant's "La Table de …"; a Dutch adult-education institute.
    [null, "CARTE 12/04/26 SARL LA TABLE DE MARIUS CB*1234", "-40.00", "restaurants"],
    ["VOLKSUNIVERSITEIT HAARLEM", null, "-60.00", "education"],
    // A bank's charges named by what they pay for: a new card sent, a currency mark-up.
    [null, "Portokosten toezending vervangende pas", "-5.00", "fees"],
    [null, "Opslag wisselkoers pinbetalingen buiten EU", "-3.10", "fees"],
  ]);

  itCategorizes([
    // DKB runs the town into the name's last word: the trade word is read from the label.
    ["LINDENHOF BUCHHANDLUNGHamburg       DE", "2026-07-14T17:22 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-45.00", "shopping"],
    ["KLEEBLATT SPIELWARENMuenchen      DE", "2026-03-01 Debitk.99 VISA Debit", "-30.00", "shopping"],
  ]);
});

describe("other draws (UK, US and multi-region banks)", () => {
  /** A Revolut transfer names its payee only in the description ("To …"). */
  const revolutCategory = (description: string, amount: string) =>
    categorize({ amount, description, transactionType: "Transfer", merchant: merchantName({ description }) }, { rules: [] }).categoryKey;

  it("a club's own insurer named in a Revolut transfer's payee text is insurance, not the club", () => {
    expect(revolutCategory("To ACV Autoversicherung AG", "-64.00")).toBe("insurance");
  });

  itCategorizes([
    // Car finance on hire purchase ("MOTOR FIN", "HP AGREEMENT") is the car's cost, as a car loan is.
    [null, "DD NORTHFIELD MOTOR FIN NMF HP AGREEMENT 5580213", "-189.00", "fuel"],
    // A filling station by its "Gas & Go" or its forecourt, not a gas bill.
    [null, "RIVERBEND GAS & GO DALLAS TX", "-41.00", "fuel"],
    [null, "VIS HARTLEY 0417 FORECOURT BRISTOL", "-52.00", "fuel"],
    // A health system's patient billing ("BILL PAY", "PATIENT PMT") is care.
    [null, "LAKESHORE HEALTH LAKESHORE HEALTH BILL PAY", "-75.00", "health"],
    [null, "MERCYVALE PATIENT PMT #0420 BROOKLYN NY", "-60.00", "health"],
    // A cash and carry with its "and" written out; supermarkets in the Spanish plural; a vegetable grower's stand.
    [null, "RAJ CASH AND CARRY    BRADFORD      GBR", "-48.00", "groceries"],
    [null, "VIS HERMANOS RUIZ SUPERMERCADOS S.L. MADRID", "-36.00", "groceries"],
    [null, "GEMUESEBAU HOLLENBERG VECHTA", "-18.00", "groceries"],
    // A town's bike-share scheme is transport, not a bike shop.
    [null, "RIVERTON BIKE SHARE BROOKLYN CA", "-8.00", "transport"],
    // An athletic club's dues and a mountaineering club's membership are sport.
    [null, "LAKEVIEW ATHLETIC CLUB LAKEVIEW ATHLETIC DUES", "-65.00", "entertainment"],
    [null, "GRANITE MOUNTAIN CLUB GMC MEMBERSHIP 0315 66718136 JANE DOE", "-55.00", "entertainment"],
    // A doughnut shop by the singular word, as by the plural.
    [null, "SQ *GOLDEN DOUGHNUT PORTLAND OR", "-12.00", "groceries"],
    // A fuel distributor's heating-oil budget plan heats the home.
    [null, "SO TEXACO UK LTD TEXACO HEATING OIL BUDGET 4410", "-95.00", "utilities"],
    // A school's or academy's fees, its own code between, are teaching, not a bank's charges.
    [null, "DD RIVERSIDE ACADEMY RVA FEES CHILD 1", "-300.00", "education"],
    [null, "DD OAKWOOD SCHOOL FEES TERM 2", "-900.00", "education"],
    // A toy shop by a German compound of Spielzeug.
    ["ZTL*Spielzeugtruhe Westerburg", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "-25.00", "shopping"],
  ]);

  itLabels([
    // A timber yard's "Co" is the company's, dropped like a legal form.
    ["PINE RIDGE LUMBER CO #9620 BROOKLYN WA", "Pine Ridge Lumber"],
    // "Co., Ltd." (an East Asian company's legal form) as a whole, and the country code after it.
    ["VIS SAKURA NOODLE CO LTD GLASGOW", "Sakura Noodle"],
    ["OSAKA TRAMWAYS CO LTD JPN SAN JOSE WA", "Osaka Tramways"],
    // A health system's patient payment words follow its name.
    ["MERCYVALE PATIENT PMT #0420 BROOKLYN NY", "Mercyvale"],
    // A motor finance house's "MOTOR FIN" is its Motor Finance.
    ["DD NORTHFIELD MOTOR FIN NMF HP AGREEMENT 5580213", "Northfield Motor Finance"],
    // Nottingham as its shops' terminals shorten it, after the name.
    ["SHERWOOD GRILL NOTTMMANCHESTER    GBR", "Sherwood Grill"],
    ["LACE MARKET DELI NOTTM ON 08 SEP          CPM", "Lace Market Deli"],
    // Towns of 8,000 or more (Hythe, Cupar) after the name.
    ["))) SALTMARSH KITCHEN HYTHE LEEDS", "Saltmarsh Kitchen"],
    ["HOWIESON & BELL CUPAR 7673   ON 25 JUN          CPM", "Howieson & Bell"],
    // "& GO" ends the name ("Gas & Go"), not a place's code.
    ["RIVERBEND GAS & GO DALLAS TX", "Riverbend Gas & Go"],
    ["NOODLE AND GO LTD         LEEDS         GBR", "Noodle And Go"],
  ]);
});
