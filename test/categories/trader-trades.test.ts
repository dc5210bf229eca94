// The trades of the self-employed and sole traders whose one account mixes business and household: a company card's
// month billed, a client paying an invoice, a billing centre paying a therapist, a platform's payout, a desk or a salon
// chair rented, a card terminal's rental, a professional body's dues, the liberal professions' contributions, an own
// pension plan, a bread fund, trade counters and a hairdresser's wholesaler. Businesses are made up or taken from the
// rows pool 60 missed, in the shapes bank-formats.md §3 documents; each rule has rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a company card's month billed to the one account is the person's own money moving", () => {
  itCategorizes([
    [null, null, "Monatsabrechnung Firmenkarte 02/2026", "-927.02", "transfers"],
    [null, null, "Incasso saldo ondernemerskaart 12-2025", "-709.29", "transfers"],
    [null, null, "Afschrijving zakelijke kaart MARCH", "-1031.25", "transfers"],
    [null, null, "COMPANY CARD MONTHLY STMT PAID AUGUST", "-1221.91", "transfers"],
    ["Lastschrift", null, "Abrechnung Geschäftskarte Visa 03/2026", "-415.20", "transfers"],
    [null, null, "BUSINESS CARD STATEMENT PAID MAY", "-260.00", "transfers"],
    [null, null, "PRLV SEPA RELEVE CARTE AFFAIRES 04/2026", "-812.40", "transfers"],
  ]);
  describe("but a printer's business cards and a purchase made with the card stay what they are", () => {
    itCategorizes([
      [null, null, "VISTAPRINT BUSINESS CARDS 0412", "-34.99", "shopping"],
      ["Kartenzahlung", "Papeterie Lenz", "Kartenzahlung mit Firmenkarte Schreibwaren", "-12.40", "shopping"],
    ]);
  });
});

describe("a client paying an invoice, a billing centre paying a therapist and a platform's payout are pay", () => {
  itCategorizes([
    ["Zahlung erhalten", "Agentur Kranichblau Kommunikation GmbH", "Zahlung zu RG 417/2025 Illustrationen Messekampagne", "1702.81", "salary"],
    [null, null, "VIR SEPA ATELIER GRAPHIQUE NORD OUEST SARL REGLEMENT FACTURE F2025-041", "2423.30", "salary"],
    [null, "Studio Grachtwerk Ontwerp B.V.", "/TRTP/SEPA OVERBOEKING/IBAN/NL00592788824212683013/BIC/ABNANL2A/NAME/Studio Grachtwerk Ontwerp B.V./REMI/Factuur 2026-042 illustraties jaarverslag/EREF/NOTPROVIDED", "1318.94", "salary"],
    ["Gutschrift", "Mediahaus Lindner GmbH", "Ausgleich Rechnung 2026-118 Übersetzung", "860.00", "salary"],
    [null, null, "NORTHGATE DESIGN LTD PAYMENT OF INVOICE 2231", "1200.00", "salary"],
    ["Faster payment", "MS R BALOGUN", "INVOICE 2231 WEBSITE COPY", "1362.07", "salary"],
    ["DIRECTDEP", null, "MS R BALOGUN INV-2207 BRAND REFRESH BGC", "325.25", "salary"],
    ["Gutschrift", "Ingrid Hovestadt", "Rechnung Nr. 2026-118", "480.00", "salary"],
    ["SEPA-Gutschrift", "Abrechnungszentrum Heilmittel Emmendingen GmbH", "Auszahlung GKV-Abrechnung 08/2026 IK 560417211", "3648.70", "salary"],
    ["Zahlung erhalten", "Abrechnungszentrum Heilmittel Emmendingen GmbH", "Sammelabrechnung Physiotherapie Januar 2026 IK 560417211", "5592.43", "salary"],
    ["Gutschrift", "Kassenärztliche Vereinigung Bayerns", "KV Bayerns Honorar Abschlag 2/2026 BSNR 711122200", "9120.00", "salary"],
    [null, null, "UPWORK ESCROW INC UPWORK DES:WITHDRAWAL ID:604117", "347.87", "salary"],
    ["Overschrijving", "YoungOnes B.V.", "Naam: YoungOnes B.V. Omschrijving: Uitbetaling klussen 10-2026 YoungOnes IBAN: NL00342779498067158390", "408.77", "salary"],
  ]);
  describe("but a shop's credit against an invoice and a friend's share stay refunds and income", () => {
    itCategorizes([
      ["Gutschrift", "Elektro Brandl GmbH", "Gutschrift zu Rechnung 4471 Rücksendung", "49.90", "refunds"],
      [null, "Bouwmarkt Jansen B.V.", "Terugbetaling factuur 2026-001 retour", "24.00", "refunds"],
      [null, null, "KONTORHAUS MEYER GMBH Gutschrift Korrekturrechnung Lieferant", "24.00", "refunds"],
      ["Gutschrift", "Stadtwerke Bonn GmbH", "Guthaben Rechnung 40117223 Jahresabrechnung 2025", "84.20", "refunds"],
      ["Faster payment", "TOM HOLLIS", "PAID FOR TICKETS 04/2026", "25.00", "income_other"],
      ["Zahlung erhalten", "Enno Vosskoetter", "Deine Haelfte Ferienwohnung Borkum", "168.48", "refunds"],
    ]);
  });
});

describe("a desk or a salon chair rented by the month is rent", () => {
  itCategorizes([
    ["Übertrag / Überweisung", "Werkhof Gueterbahnhof GmbH", "Coworking Fixdesk November 2025 Vertrag WG-6041", "-336.68", "rent"],
    ["Übertrag / Überweisung", "Werkhof Gueterbahnhof GmbH", "Schreibtischplatz 06/2025 Halle 2 Gueterbahnhof", "-323.16", "rent"],
    ["Ueberweisung", "Ilka Broesel Friseursalon Haarfein", "Stuhlmiete 07/2025 inkl. Nebenkosten Salon", "-511.18", "rent"],
    [null, "Kapsalon Brongersma V.O.F.", "Stoelhuur SEPTEMBER 2026", "-345.32", "rent"],
    [null, null, "THE DESK COLLECTIVE HOT DESK MARCH", "-120.00", "rent"],
  ]);
  describe("but a coworking space's card till, a desk shop and a haircut stay what they are", () => {
    itCategorizes([
      [null, null, "KAIHAUS COWORKING UG (HAFTUNGSBESCHRAENKT)//DRESDEN/DE", "-180.00", "subscriptions"],
      ["Kartenzahlung", "Friseursalon Haarfein", "Haarschnitt", "-35.00", "drugstore"],
    ]);
  });
});

describe("a card terminal's rental and a professional body's dues are fees", () => {
  itCategorizes([
    ["Dauerauftrag / Terminueberweisung", "PAYONE GmbH", "Terminalmiete und Servicepauschale 10/2026 VU-Nr. 60041172", "-32.83", "fees"],
    [null, "Worldline Nederland", "/TRTP/SEPA OVERBOEKING/IBAN/NL00823646266218198625/BIC/ABNANL2A/NAME/Worldline Nederland/REMI/Huur betaalautomaat MAY 2026 contract 604117/EREF/NOTPROVIDED", "-23.36", "fees"],
    ["Faster payment", "PAYMENTSENSE LTD", "DOJO TERMINAL RENTAL 604117", "-25.29", "fees"],
    ["PAYMENT", null, "PAYMENTSENSE LTD DOJO CARD MACHINE JULY FT", "-36.11", "fees"],
    [null, "Koninklijk Nederlands Genootschap voor Fysiotherapie", "KNGF lidmaatschap JUNE 2026", "-81.78", "fees"],
    [null, "Koninklijk Nederlands Genootschap voor Fysiotherapie", "Contributie KNGF 2026 lidnr 604117", "-54.26", "fees"],
    ["ACH_DEBIT", null, "ORIG CO NAME:PROFESSIONAL PHOTOGRAPHERS OF AMERICA  CO ENTRY DESCR:PPA MEMBERSHIP 604117  SEC:WEB IND ID:118011 IND NAME:JANE DOE", "-110.03", "fees"],
    [null, null, "AMERICAN TRANSLATORS ASSN ATA DUES RENEWAL 2025 0303 08874958 JANE DOE", "-145.33", "fees"],
    [null, "Berufsverband Deutscher Psychologen", "Mitgliedsbeitrag 2026 Mitgl.-Nr. 44120", "-240.00", "fees"],
  ]);
  describe("but a chamber's levy, a cash machine and a flat's rent stay what they are", () => {
    itCategorizes([
      [null, "Handwerkskammer Musterstadt", "Beitragsbescheid 2026 Betriebsnr. 12345", "-310.00", "taxes"],
      ["Betaalautomaat", null, "GEA NR:12345 PINAUTOMAAT ZUIDPLEIN ROTTERDAM", "-50.00", "cash"],
      [null, "Woonstichting De Key", "Huur woning MAY 2026 contract 604117", "-812.00", "rent"],
    ]);
  });
});

describe("a sole trader's contributions, pension plan, bread fund and suppliers are what their trade is", () => {
  itCategorizes([
    [null, null, "PRLV SEPA CARPIMKO COTISATIONS 2025 ECHEANCE 07 ADH 604117", "-690.26", "taxes"],
    [null, null, "PRLV SEPA CIPAV COTISATIONS PROVISIONNELLES 2026", "-410.00", "taxes"],
    ["Übertrag / Überweisung", "LV 1871 Lebensversicherung a.G.", "Ruerup-Rente August 2026 Vertragsnr. 6004172", "-401.70", "savings"],
    ["Lastschrift", "LV 1871 Lebensversicherung a.G.", "Basisrente Beitrag 03/2025 Vertr. 6004172", "-158.31", "savings"],
    [null, "Brand New Day", "Inleg pensioen zzp APRIL 2026", "-262.28", "savings"],
    ["Overschrijving", "Stichting Broodfonds De Singel", "Naam: Stichting Broodfonds De Singel Omschrijving: Inleg schenkkring 07-2025 deelnemer 60 IBAN: NL00047124267613061276", "-109.34", "insurance"],
    ["Kartenzahlung", "Quandel Friseurbedar", "QUANDEL FRISEURBEDA/HAUPTSTR. 68/BERLIN/DE 23-04-2025T19:00:20 Folgenr. 15 Verfalld. 1229", "-192.33", "shopping"],
    ["MasterCard Payment", "FRISEURBEDARF QUANDEL POT", null, "-136.16", "shopping"],
    ["Betaalautomaat", "Bouwstoffenhandel Morsweg B.V. 6759", "Pasvolgnr: 001 10-08-2026 19:39 Transactie: 133731 Term: AB262C", "-201.81", "shopping"],
    [null, null, "))) LECKHAMPTON TRADE COUNTE LEEDS", "-152.91", "shopping"],
    [null, null, "VIS LECKHAMPTON TRADE SUPPLIES LTD LONDON", "-203.82", "shopping"],
    [null, null, "))) WOLSELEY UK PLUMB CTR 412 GLASGOW", "-109.63", "shopping"],
    [null, null, "FORTH VALLEY FIXINGS LTD 8364   ON 02 JUL          CPM", "-74.58", "shopping"],
    [null, null, "CHECKCARD 1128 SQ *MONTFORD ART SUPPLY SAN JOSE CA 21528200012282703936924", "-150.61", "shopping"],
    ["Lastschrift", "VISA LASERLINE DRUCKZENTRUM BERLIN KG 5366", "NR XXXX 0621 KOELN DE KAUFUMSATZ 14.12 169.05 483561", "-169.05", "shopping"],
    [null, null, "))) STIRLING SELF DRIVE LONDON", "-113.98", "travel"],
    [null, null, "))) CHELTENHAM BC CAR PARKS BRISTOL", "-48.54", "fuel"],
    [null, null, "PICTON ST PIE SHOP ON 10 MAR          BCC", "-42.81", "restaurants"],
  ]);
  describe("but a hairdresser, a life insurance, a pension paid in and a trade's own words elsewhere stay what they are", () => {
    itCategorizes([
      ["Kartenzahlung", "Friseur Lockenpracht", "FRISEUR LOCKENPRACHT/HAUPTSTR. 3/BERLIN/DE", "-28.00", "drugstore"],
      ["Lastschrift", "LV 1871 Lebensversicherung a.G.", "Risikolebensversicherung Beitrag 03/2025", "-31.00", "insurance"],
      ["Gutschrift", "Deutsche Rentenversicherung Bund", "Altersrente 07/2025", "1420.00", "salary"],
      [null, null, "FAIR TRADE COFFEE CO 0412", "-8.50", "restaurants"],
      ["Card payment", null, "OFFICE DESKS DIRECT LTD LEEDS GBR", "-220.00", "other"],
    ]);
  });
});
