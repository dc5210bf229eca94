// The trades of retirees and pensioners, enumerated by trade: a credit card's month taken by direct debit, the pension
// paid in, care at home and its aids, thermal baths, a spa town's visitor's tax, coach and rail tours, bowls,
// garden centres and wool shops, a newspaper delivered, a town's levies, a gift by mandate. Each business is made up or
// taken from the rows pool 59 missed, in the shapes bank-formats.md §3 documents; each rule has rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a card's month taken by direct debit in one line is the person's own money moving", () => {
  itCategorizes([
    [null, null, "MASTERCARD MONTHLY SUM TAKEN BY DD 04/2026", "-1145.12", "transfers"],
    [null, null, "PENSIONER CARD WHOLE BALANCE BY DD OCTOBER", "-368.42", "transfers"],
    [null, null, "Abbuchung Kartenumsätze Kurreise-Goldkarte 09/2025", "-1029.43", "transfers"],
    [null, null, "VISA MONTHLY BALANCE COLLECTED BY DIRECT DEBIT 03/2026", "-512.30", "transfers"],
    [null, null, "SENIOR CARD STATEMENT BY DD MARCH", "-220.00", "transfers"],
    ["Lastschrift", null, "Einzug Kartenumsätze Seniorenkarte März 2026", "-640.00", "transfers"],
    [null, null, "Kartenumsätze 02/2026 abgebucht", "-455.10", "transfers"],
  ]);
  describe("but a card's fee, a card shop and a purchase stay what they are", () => {
    itCategorizes([
      [null, null, "CARD BALANCE ENQUIRY FEE", "-1.50", "fees"],
      [null, null, "Abbuchung Kartenumsätze Entgelt Ausland 02/2026", "-4.35", "fees"],
      ["Card payment", null, "CARD FACTORY 0231         LEEDS         GBR", "-6.50", "shopping"],
      [null, null, "Gutschrift Kartenumsatz Vormonat ELEKTRO KOLBE", "49.99", "refunds"],
    ]);
  });
});

describe("a pension paid in is the retiree's pay", () => {
  itCategorizes([
    ["Gutschrift", "Deutsche Rentenversicherung Nordbayern", "Regelaltersrente 07/2025 Vers.-Nr. 13 070846 S 509 DRV Nordbayern", "1483.17", "salary"],
    ["GUTSCHR. UEBERWEISUNG", "BVV Versorgungskasse des Bankgewerbes e.V.", "BVV Rentenleistung 01/2025 Mitgl. 590223", "607.18", "salary"],
    ["Gutschrift", "Versorgungsanstalt des Bundes und der Länder", "Betriebsrente 03/2026 Rentner-Nr. 4410723109", "412.00", "salary"],
    ["Gutschrift", "Landesamt für Besoldung und Versorgung", "Versorgungsbezüge 04/2026 PNR 771203", "2310.44", "salary"],
    ["Overschrijving", "Stichting Pensioenfonds Vervoer", "Naam: Stichting Pensioenfonds Vervoer Omschrijving: Pensioenfonds Vervoer ouderdomspensioen NOVEMBER 2025 relatienr 5902231 IBAN: NL00451563718788907611", "385.46", "salary"],
    ["Overschrijving", "Sociale Verzekeringsbank", "AOW april 2026 klantnr 4417.20.931", "1320.00", "salary"],
    [null, null, "VIR SEPA IRCANTEC IRCANTEC RETRAITE COMPL 07/2025 5902231", "374.33", "salary"],
    [null, null, "VIR SEPA CARSAT BRETAGNE RETRAITE 03/2026 NSS 148076311204", "1180.00", "salary"],
    [null, null, "CR MYCSP LTD CIVIL SERVICE PENSION FEBRUARY", "1377.26", "salary"],
    ["ACH_CREDIT", null, "NYSLRS NYSLRS RETIREMENT PMT PPD ID: 0807265208", "2659.82", "salary"],
    [null, null, "ARIZONA STATE RETIREMENT DES:ASRS BENEFIT PMT 5902231 ID:XXXXX82518523 INDN:JANE DOE CO ID:XXXXX78556 PPD", "2517.42", "salary"],
    [null, null, "DFAS-CLEVELAND MIL RETIREMENT PPD ID: 1234567890", "1890.00", "salary"],
  ]);
  describe("but benefits, a Dutch bank's interest and money paid to a pension fund are not", () => {
    itCategorizes([
      ["Gutschrift", "Familienkasse", "Kindergeld 04/2026", "250.00", "income_other"],
      ["Overschrijving", "UWV", "UITKERING WW april 2026", "980.00", "income_other"],
      [null, null, "CREDITRENTE", "1.20", "income_other"],
      [null, null, "Kwartaalrente", "3.20", "income_other"],
      // A kennel ("Tierpension", which folds like the Dutch "pensioen") giving money back on the card is a refund.
      ["Ausgang", "TIERPENSION AM WALDRAND/LEIPZIG//DE", "2025-02-19T11:23 Debitk. 0 2099-12 Zahl.System VISA Debit (POS) Gutschrift Erstattung", "45.00", "refunds"],
      ["Lastschrift", "VOLKSWOHL BUND Lebensversicherung a.G.", "Beitrag Rentenversicherung 03/2026 Vers.-Nr. 5.447.218-3", "-84.00", "insurance"],
      ["Overschrijving", "Maison de retraite Les Tilleuls", "REMBOURSEMENT TROP PERCU MARS", "120.00", "refunds"],
    ]);
  });
});

describe("care at home, hearing aids, stairlifts, mobility aids and alarm services are health", () => {
  itCategorizes([
    ["Basislastschrift", "Arbeiter-Samariter-Bund Regionalverband Nordfriesland e.V.", "Notrufdienst Teilnehmer 59-4417 Januar 2026", "-41.53", "health"],
    ["Overschrijving", "Zorgbureau Duin en Bosch B.V.", "Naam: Zorgbureau Duin en Bosch B.V. Omschrijving: Particuliere zorg 11-2025 uren week 1-4", "-262.17", "health"],
    [null, null, "PRLV SEPA AMELIS SERVICES AIDE A DOMICILE MARS 2026", "-310.00", "health"],
    ["Kartenzahlung girocard", "HOERHAUS LICHTENTAL INH. C. EHRHARDT", "FRANKFURT 378/HAUPTSTR. 77/FRANKFURT/DE 05.06.2025 um 11:36:17 Uhr 57598236/311598/ECTL/", "-16.62", "health"],
    [null, null, "Kartenzahlung HOERHAUS LICHTENTAL. 86932552//Muenchen 2025-04-22T13:29:35 KFN 1 VJ 2812", "-44.30", "health"],
    ["Betaalautomaat", "HOORTOESTELLEN VAN DIJK 4471", "Pasvolgnr: 001 05-03-2026 10:12 Transactie: 112233 Term: AB123C", "-35.00", "health"],
    [null, null, "CARTE 12/03/26 AUDICIEN DU CENTRE CB*4410", "-29.00", "health"],
    [null, null, "VIS STANNAH STAIRLIFTS MANCHESTER", "-26.33", "health"],
    [null, null, "CHECKCARD 0508 SQ *SUNCOAST MOBILITY BROOKLYN CA 35721160486655615204707", "-16.18", "health"],
    [null, null, "PURCHASE AUTHORIZED ON 11/09 SUNSHINE MEDICAL SUPPLY AUSTIN TX S414540933522194 CARD 0989", "-42.10", "health"],
  ]);
  describe("but a landlord for the elderly, an electric car's charging and a car-sharing club are not", () => {
    itCategorizes([
      [null, null, "CARD PAYMENT TO SHELL RECHARGE E MOBILITY ON 02 MAR", "-12.40", "fuel"],
      ["Card payment", null, "MOBILITY CARSHARING 4471  ZURICH        CHE", "-18.00", "transport"],
      ["Kartenzahlung", null, "Kartenzahlung SCHUHHAUS HOERHAUSEN. 12345678//Erlangen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-59.00", "shopping"],
    ]);
  });
});

describe("thermal baths, cable cars, botanical gardens, bowls, pétanque, and race circuits are leisure", () => {
  itCategorizes([
    [null, null, "RUPERTUSTHERME BAD REICHE, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte 2026-02-20 00:00:00", "-19.46", "entertainment"],
    ["Kartenzahlung girocard", "Carasana Baederbetriebe GmbH", "DRESDEN 264/HAUPTSTR. 3/DRESDEN/DE 03.03.2026 um 17:31:49 Uhr 49957413/083292/ECTL/", "-52.48", "entertainment"],
    ["Kartenzahlung", "Carasana Baederbetri", "CARASANA BAEDERBETR/HAUPTSTR. 116/BERLIN/DE 06-04-2025T16:31:19 Folgenr. 02 Verfalld. 1229", "-19.87", "entertainment"],
    ["Card payment", null, "HARROGATE TURKISH BATHSMANCHESTER    GBR", "-51.19", "entertainment"],
    [null, null, "BEA   NR:XXX803   31.05.25/13.52 KABELBAAN VALKENBURG B.V. Utrecht,PAS800", "-38.98", "entertainment"],
    [null, null, "PURCHASE AUTHORIZED ON 02/02 NAPLES BOTANICAL GRDN SEATTLE MD S063339469987635 CARD 0216", "-43.17", "entertainment"],
    [null, null, "Kartenzahlung BOTANISCHER GARTEN MUENCHEN. 12345678//Muenchen 2026-05-02T11:00:00 KFN 1 VJ 2812", "-7.00", "entertainment"],
    ["MasterCard Payment", "PETANQUE-CLUB LICHTENTAL", null, "-26.31", "entertainment"],
    ["Card payment", null, "SQ *GILDREDGE PK BOWLS LEEDS         GBR", "-39.57", "entertainment"],
    [null, null, "))) ASHFORD LAWN BOWLS CLUB LONDON", "-10.55", "entertainment"],
    ["Betaalautomaat", "CIRCUIT ZANDVOORT 4262", "Pasvolgnr: 001 05-08-2026 16:06 Transactie: 658389 Term: AB230C", "-20.22", "entertainment"],
    [null, null, "MOSTYN GALLERY LLANDUDNO ON 18 SEP          BCC", "-59.89", "entertainment"],
  ]);
  describe("but a French medical cure, a poke bowl, a salon and a laundry stay what they are", () => {
    itCategorizes([
      [null, null, "CARTE 04/07/26 THERMES DE VICHY CB*9927", "-120.00", "health"],
      [null, null, "PRLV SEPA CHAINE THERMALE DU SOLEIL CURE THERMALE 2026", "-480.00", "health"],
      ["Card payment", null, "POKE BOWLS 0231         LEEDS         GBR", "-11.50", "restaurants"],
      [null, null, "CARD PAYMENT TO CIRCUIT LAUNDRY ON 03 MAR", "-4.20", "drugstore"],
      [null, null, "THE GALLERY HAIR SALON", "-40.00", "drugstore"],
    ]);
  });
});

describe("a spa town's visitor's tax, its state spa company, coach and rail tours and river cruises are travel", () => {
  itCategorizes([
    [null, null, "Kartenzahlung BAYER. STAATSBAD BAD KISSINGEN GMBH KURTAXE. 47888255//Berlin 2025-09-29T17:51:04 KFN 1 VJ 2812", "-376.60", "travel"],
    ["Ausgang", "STAATSBAD BAD KISSINGEN KMuenchen      DE", "2026-04-02 Debitk.99 VISA Debit", "-81.89", "travel"],
    ["Lastschrift", "Kurverwaltung Bad Füssing", "Kurbeitrag 2 Personen 14 Nächte", "-64.40", "travel"],
    [null, null, "CARTE 12/08/26 TAXE DE SEJOUR AIX LES BAINS CB*4102", "-12.60", "travel"],
    ["Card payment", null, "GREAT RAIL JOURNEYS    BRISTOL       GBR", "-176.28", "travel"],
    ["Betaalautomaat", "Kroeze Touringcars B.V. 4574", "Pasvolgnr: 001 08-11-2025 17:00 Transactie: 465830 Term: AB276C", "-228.02", "travel"],
    [null, null, "CHECKCARD 0528 TRAFALGAR TOURS SEATTLE CA 73490147796403916507757", "-53.35", "travel"],
    ["Card payment", null, "GRAND CIRCLE TOURS     BOSTON        USA", "-420.00", "travel"],
    ["Incasso", "Rijnland Riviercruises B.V.", "Aanbetaling riviercruise mei 2026 boekingsnr 44172", "-450.00", "travel"],
  ]);
  describe("but a state spa's thermal bath is leisure, a railway's ticket a ride and a shop in Tours its trade", () => {
    itCategorizes([
      [null, null, "Kartenzahlung STAATSBAD WILDBAD PALAIS THERME. 12345678//Stuttgart 2026-03-02T10:11:12 KFN 1 VJ 2812", "-24.00", "entertainment"],
      ["Card payment", null, "GREAT WESTERN RAILWAY  BRISTOL       GBR", "-32.00", "transport"],
      [null, null, "CARTE 12/03/26 BOULANGERIE DU PONT TOURS CB*4410", "-6.20", "groceries"],
      [null, null, "CARTE 12/03/26 PHARMACIE DU LAC TOURS CB*4410", "-16.20", "health"],
    ]);
  });
});

describe("garden centres, wool shops and walking shops are shopping", () => {
  itCategorizes([
    ["Kartenzahlung", "GARTENWELT LIPPERLAN", "GARTENWELT LIPPERLA/HAUPTSTR. 12/BERLIN/DE 13-02-2026T07:52:29 Folgenr. 18 Verfalld. 1229", "-246.04", "shopping"],
    ["Ausgang", "SumUp *Woll-Stuebchen/KOELN//DE", "2025-07-19 Debitk.99 VISA Debit", "-243.36", "shopping"],
    ["Betaalautomaat", "WOLWINKEL DE KLOS 0174", "Pasvolgnr: 001 25-02-2026 11:07 Transactie: 210160 Term: AB989C", "-18.40", "shopping"],
    ["Betaalautomaat", "DE ZWERFKEI WANDELSPORT 5494", "Pasvolgnr: 001 22-08-2025 11:48 Transactie: 653793 Term: AB993C", "-132.67", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 06/30 THE WALKING COMPANY #41 SAN JOSE CA S924625098753132 CARD 4049", "-210.13", "shopping"],
  ]);
});

describe("a pancake house is a meal out, a pie bakery and a toffee or pastille maker's shop are groceries", () => {
  itCategorizes([
    [null, null, "PURCHASE AUTHORIZED ON 05/19 BUTTERFIELDS PANCAKE HSE AUSTIN CA S930125760279971 CARD 9788", "-57.56", "restaurants"],
    ["Betaalautomaat", "PANNENKOEKENHUIS DE MOLEN 4471", "Pasvolgnr: 001 05-08-2026 16:06 Transactie: 658389 Term: AB230C", "-38.50", "restaurants"],
    [null, null, "BEA   NR:XXX134   22.03.26/10.19 CCV*Vlaaienhuis Geuldal Utrecht,PAS629", "-90.26", "groceries"],
    ["Card payment", null, "FARRAH'S HARROGATE TOFFEEGLASGOW       GBR", "-47.95", "groceries"],
    [null, null, "CARTE 04/07/26 SAS PASTILLERIE VICHY CB*9927", "-133.95", "groceries"],
  ]);
  describe("but a salon or a café named after them keeps its trade", () => {
    itCategorizes([
      ["Card payment", null, "TOFFEE HAIR SALON      LEEDS         GBR", "-35.00", "drugstore"],
      ["Card payment", null, "TOFFEE APPLE CAFE      YORK          GBR", "-8.40", "restaurants"],
    ]);
  });
});

describe("a newspaper delivered, a town's levies and a gift by mandate are what they are", () => {
  itCategorizes([
    [null, "Noordhollands Dagblad abonnementen", "NHD bezorging 08-2026", "-39.27", "subscriptions"],
    ["ACH_DEBIT", null, "ORIG CO NAME:VILLAGES DAILY SUN  CO ENTRY DESCR:DAILY SUN HOME DELIVERY 5902  SEC:WEB IND ID:716059 IND NAME:JANE DOE", "-10.71", "subscriptions"],
    ["Lastschrift", "Mediengruppe Oberfranken", "Zeitungsbezug Fränkischer Tag 04/2026 Kd-Nr. 771203", "-42.90", "subscriptions"],
    ["Incasso", "Gemeente De Bilt", "Naam: Gemeente De Bilt Omschrijving: Gemeentelijke heffingen 2025 termijnbedrag 08 IBAN: NL00748626541750308804", "-200.97", "taxes"],
    ["Incasso", "Gemeente Zeist", "Rioolheffing 2026 termijnbedrag 03", "-21.00", "taxes"],
    ["Overschrijving", "Hartstichting", "Naam: Hartstichting Omschrijving: Hartstichting machtiging 06-2025 IBAN: NL00247153745121750355", "-18.12", "donations"],
    ["Dauerauftrag", "Bethel Stiftung", "Monatsgabe Mai 2026", "-15.00", "donations"],
    [null, null, "PURCHASE AUTHORIZED ON 03/17 PUSHPAY*ST ANN CATHOLIC SEATTLE MD S470696930571201 CARD 8144", "-10.60", "donations"],
    [null, null, "PURCHASE AUTHORIZED ON 06/15 KOFC 4417 SAN JOSE FL S955630066265859 CARD 5599", "-66.13", "donations"],
    [null, null, "PURCHASE AUTHORIZED ON 06/22 KOFC COUNCIL 4417 SEATTLE CA S910801317358836 CARD 1859", "-60.02", "donations"],
  ]);
  describe("but a town's power bill and its council, a sandwich shop and a housing foundation's rent are not", () => {
    itCategorizes([
      ["Incasso", "Eneco", "Energie termijnbedrag 03-2026 klantnr 771203", "-120.00", "utilities"],
      ["Card payment", null, "JERSEY MIKES SUBS 4471  AUSTIN        USA", "-11.20", "restaurants"],
      [null, null, "SAN JOSE CITY COUNCIL PARKING PERMIT 4417", "-60.00", "taxes"],
      ["Incasso", "Woonstichting De Key", "Huur april 2026 machtiging 771203", "-720.00", "rent"],
    ]);
  });
});
