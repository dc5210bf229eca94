// The trades of a household that buys through apps and web shops, enumerated by trade: food and grocery delivery,
// web shops and mail-order houses by their goods, photo books, app and software subscriptions, streaming and
// audiobooks, online courses, dating sites, rides and sharing, eSIMs and data bundles, ticket shops and instalments.
// Each business is made up; each rule has rows beside it that must not move.
import { describe, expect, it } from "vitest";
import { categoryOf, itCategorizes } from "./trade-cases.ts";

describe("food delivered to the door is a meal out", () => {
  itCategorizes([
    ["Kartenzahlung", "LIEFERSERVICE BELLA NAPOLI", "LIEFERSERVICE BELLA NA//OFFENBURG/DE 12.03.2026", "-27.80", "restaurants"],
    [null, null, "SUMUP *ASIA HEIMSERVICE LOTUS", "-31.40", "restaurants"],
    ["Lastschrift", "Heimservice Anatolia GbR", "Bestellung 4471 Online-Zahlung", "-22.50", "restaurants"],
    [null, null, "ZTL*ESSENSLIEFERSERVICE NORD", "-18.90", "restaurants"],
    ["Kartenzahlung", "ASIA BRINGDIENST LOTUS", "ASIA BRINGDIENST LOTUS//LEIPZIG/DE 02.06.2026", "-24.00", "restaurants"],
    ["Betaalautomaat", "BEZORGDIENST DE SMULHOEK", "Pasvolgnr: 001 07-04-2025 19:09 Transactie: 000002 Term: AB222C", "-19.50", "restaurants"],
    [null, null, "MAALTIJDSERVICE VERS THUIS", "-42.00", "restaurants"],
    [null, null, "CB LIVRAISON REPAS LE PETIT CHEF 12/03", "-23.90", "restaurants"],
    [null, null, "CARTE 08/02/26 SAVEURS A EMPORTER CB*1403", "-16.00", "restaurants"],
    ["Card payment", null, "GREENFORK MEAL PREP LTD", "-54.00", "restaurants"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 09/06 HARBOR FOOD DELIVERY S000000000000001 CARD 1610", "-28.00", "restaurants"],
    [null, null, "LA PERGOLA DA ASPORTO MILANO", "-21.00", "restaurants"],
  ]);
  describe("but a parcel courier, a drinks delivery and a newspaper round keep theirs", () => {
    itCategorizes([
      ["Kartenzahlung", "GETRAENKE LIEFERSERVICE HAHN", "GETRAENKE LIEFERSERVICE//KASSEL/DE 12.03.2026", "-36.00", "groceries"],
    ]);
    it("reads no meal into a parcel, a pharmacy's round or a person named like a dish", () => {
      expect(categoryOf("Kartenzahlung", "PAKETLIEFERDIENST SCHNELL", "PAKETLIEFERDIENST//BREMEN/DE 12.03.2026", "-6.90")).not.toBe("restaurants");
      expect(categoryOf(null, null, "STADT APOTHEKE LIEFERSERVICE", "-12.40")).toBe("health");
    });
  });
});

describe("groceries ordered online and brought to the door are groceries", () => {
  itCategorizes([
    [null, null, "CB COURSES EN LIGNE AU PANIER 12/03", "-86.40", "groceries"],
    ["Carte", null, "PAIEMENT CB LIVRAISON DE COURSES EXPRESS", "-54.20", "groceries"],
    ["iDEAL", "FLITSBEZORGING AMSTERDAM BV", "Bestelling 88123", "-23.70", "groceries"],
    [null, null, "BOODSCHAPPENSERVICE HOLTEN", "-61.00", "groceries"],
    ["Kartenzahlung", "BIOLIEFERSERVICE SONNENHOF", "BIOLIEFERSERVICE//FREIBURG/DE 12.03.2026", "-38.10", "groceries"],
    ["Direct Debit", "VALLEY MILKMAN", "MILK DELIVERY ACC 1123", "-14.60", "groceries"],
    [null, null, "DARK STORE SOUTH 1203", "-17.30", "groceries"],
    ["Kartenzahlung", "WEINVERSAND MOSELTAL", "WEINVERSAND MOSELTAL//TRIER/DE 12.03.2026", "-89.00", "groceries"],
    [null, null, "THEEWEBWINKEL DE THEEPOT", "-24.95", "groceries"],
  ]);
  describe("but a cooking course, a records office and a coffee bar keep theirs", () => {
    itCategorizes([
      [null, null, "CB COURS DE CUISINE ATELIER GOURMAND 12/03", "-65.00", "education"],
    ]);
    it("reads no grocery into French courses or a milk bar's coffee", () => {
      expect(categoryOf(null, null, "CB COURSES HIPPIQUES PMU 12/03", "-10.00")).not.toBe("groceries");
    });
  });
});

describe("web shops and mail-order houses by their goods, photo books and prints are shopping", () => {
  itCategorizes([
    ["Lastschrift", "Modeversand Nordlicht GmbH", "Rechnung 557812 Kundennr 20411", "-79.90", "shopping"],
    ["Lastschrift", "Versandhaus Berger KG", "Ratenzahlung Bestellung 88213", "-45.00", "shopping"],
    [null, null, "PAYPAL *TECHNIKVERSAND24", "-129.00", "shopping"],
    ["Kartenzahlung", "BUROVERSAND KOCH", "BUROVERSAND//HAMBURG/DE 12.03.2026", "-34.99", "shopping"],
    ["iDEAL", "DE TUINWEBSHOP BV", "Bestelling 22871", "-23.40", "shopping"],
    ["iDEAL", "Hoekstra Webwinkels", "Order 771238", "-88.00", "shopping"],
    ["Overboeking", "Internetwinkel Hoekstra", "factuur 2026-114", "-49.95", "shopping"],
    [null, null, "CB VENTE EN LIGNE MAISON DUBOIS 12/03", "-58.00", "shopping"],
    ["Prélèvement", "E COMMERCE LAURENT SAS", "COMMANDE 44812", "-36.90", "shopping"],
    ["Card payment", null, "NORTHGATE MAIL ORDER LTD", "-42.00", "shopping"],
    [null, null, "PAYPAL *FOTOBUCHSERVICE", "-39.99", "shopping"],
    ["Kartenzahlung", "FOTOKALENDER DIREKT", "FOTOKALENDER DIREKT//BERLIN/DE 12.03.2026", "-24.90", "shopping"],
    ["iDEAL", "FOTOBOEKEN ONLINE NL", "Bestelling 991823", "-44.99", "shopping"],
    ["Card payment", null, "MEMORYLANE PHOTOBOOKS", "-32.00", "shopping"],
    [null, null, "CB TIRAGES PHOTO EXPRESS 12/03", "-12.80", "shopping"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 09/06 INKWELL PRINTONDEMAND S000000000000001 CARD 1610", "-27.50", "shopping"],
  ]);
  describe("but a parcel's postage, an online pharmacy and a contact-lens shop keep theirs", () => {
    itCategorizes([
      [null, null, "PAYPAL *KONTAKTLINSENVERSAND", "-59.90", "health"],
      ["iDEAL", "Internetapotheek Zuid", "Bestelling 22111", "-18.30", "health"],
      [null, null, "PAYPAL *PARFUMVERSAND", "-46.00", "drugstore"],
    ]);
  });
});

describe("a program's or an app's plan, licence and storage are subscriptions", () => {
  itCategorizes([
    ["Card payment", null, "NOTELY PRO PLAN", "-9.99", "subscriptions"],
    [null, null, "PAYPAL *SOFTWARELIZENZ PIXELWERK", "-49.00", "subscriptions"],
    ["Lastschrift", "Kaltenbach Software GmbH", "Jahreslizenz 2026 Kd 1182", "-119.00", "subscriptions"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 09/06 BRIGHTDESK SOFTWARE S000000000000001 CARD 1610", "-15.00", "subscriptions"],
    [null, null, "CB LOGICIELS DUPONT 12/03", "-29.00", "subscriptions"],
    ["Card payment", null, "SKYVAULT CLOUD STORAGE", "-2.99", "subscriptions"],
    [null, null, "PAYPAL *ONLINE SPEICHER PLUS", "-4.99", "subscriptions"],
    ["Card payment", null, "SHIELDLINE INTERNET SECURITY", "-39.99", "subscriptions"],
    [null, null, "PAYPAL *VIRENSCHUTZ 365", "-29.95", "subscriptions"],
    ["Card payment", null, "SAFEROUTE VPN", "-8.49", "subscriptions"],
    [null, null, "KEYSAFE PASSWORD MANAGER", "-3.00", "subscriptions"],
    ["Lastschrift", "Netzwerk Server KG", "Webspace und Domains 2026", "-71.40", "subscriptions"],
    [null, null, "CB NOMS DE DOMAINE OVHX 12/03", "-12.00", "subscriptions"],
    ["Card payment", null, "NAMESPARK DOMAIN RENEWAL", "-14.99", "subscriptions"],
    [null, null, "PAYPAL *WEBSITE BUILDER PRO", "-16.00", "subscriptions"],
    ["Card payment", null, "PIXELA PRO MEMBERSHIP", "-6.99", "subscriptions"],
  ]);
  describe("but an insurance premium, a self-storage unit and a TV licence keep theirs", () => {
    itCategorizes([
      ["Direct Debit", "BRIGHTSTORE SELF STORAGE", "UNIT 44 MONTHLY", "-89.00", "rent"],
      ["Direct Debit", "TV LICENSING", "TV LICENCE 2026", "-14.50", "taxes"],
    ]);
    it("reads no subscription into an insurance premium, a gym's membership or an employer's salary", () => {
      expect(categoryOf("Direct Debit", "HARBOUR MUTUAL", "HOME INSURANCE PREMIUM", "-32.00")).toBe("insurance");
      expect(categoryOf("Lastschrift", "FitPoint Fitnessstudio", "Premium Mitgliedschaft Mai", "-39.90")).toBe("entertainment");
      expect(categoryOf("Gutschrift", "Kaltenbach Software GmbH", "Gehalt 05/2026", "3120.00")).toBe("salary");
    });
  });
});

describe("streaming, pay TV, audiobooks and dating sites are subscriptions", () => {
  itCategorizes([
    [null, null, "PAYPAL *MUSIKSTREAMING TONAL", "-10.99", "subscriptions"],
    ["Card payment", null, "BRIGHTVIEW IPTV", "-12.00", "subscriptions"],
    ["Lastschrift", "Horbuch Club Sonntag", "Monatsbeitrag 05/2026", "-9.95", "subscriptions"],
    ["Card payment", null, "PAGETURNER AUDIOBOOKS", "-7.99", "subscriptions"],
    ["iDEAL", "Luisterboeken Plus BV", "Maand mei", "-9.99", "subscriptions"],
    [null, null, "CB LIVRES AUDIO LIBRO 12/03", "-9.99", "subscriptions"],
    [null, null, "PAYPAL *PARTNERVERMITTLUNG HERZKLOPFEN", "-49.90", "subscriptions"],
    ["Card payment", null, "KINDRED MATCHMAKERS", "-120.00", "subscriptions"],
    ["iDEAL", "Relatiebemiddeling Twee Harten", "Kwartaal 2 2026", "-75.00", "subscriptions"],
    [null, null, "CB SITE DE RENCONTRES AMOUR 12/03", "-29.90", "subscriptions"],
  ]);
  it("reads no audiobook into a bookshop, nor a dating site into a surname", () => {
    expect(categoryOf(null, null, "CB LIBRAIRIE DES LIVRES 12/03", "-18.00")).toBe("shopping");
    expect(categoryOf("Card payment", null, "RIVERSIDE BOOKS", "-12.00")).toBe("shopping");
  });
});

describe("online courses and learning apps are education", () => {
  itCategorizes([
    [null, null, "PAYPAL *ONLINEKURS FOTOGRAFIE", "-79.00", "education"],
    ["Lastschrift", "Akademie Nord GmbH", "Lehrgangsgebühr Modul 2", "-450.00", "education"],
    ["Lastschrift", "Rhein Weiterbildung GmbH", "Rechnung 2026-118", "-890.00", "education"],
    [null, null, "ZTL*LERNAPP VOKABELHELD", "-6.99", "education"],
    ["Card payment", null, "CODEPATH WEBINARS", "-25.00", "education"],
    ["Card payment", null, "CHEFS MASTERCLASSES ONLINE", "-90.00", "education"],
    [null, null, "CB COURS EN LIGNE ALPHA 12/03", "-149.00", "education"],
    ["iDEAL", "Nascholing Zorg BV", "Inschrijving 2026", "-245.00", "education"],
  ]);
  it("keeps a bank's account fee a fee and an employer's course grant income", () => {
    expect(categoryOf("Lastschrift", "Sparkasse", "Entgelt Kontoführung", "-4.90")).toBe("fees");
    expect(categoryOf("Gutschrift", "Rhein Weiterbildung GmbH", "Erstattung Lehrgang", "450.00")).not.toBe("education");
  });
});

describe("rides booked in an app, car pooling and every kind of sharing are transport", () => {
  itCategorizes([
    ["Card payment", null, "ZOOMA RIDE HAILING", "-14.20", "transport"],
    [null, null, "PAYPAL *MITFAHRGELEGENHEIT", "-18.00", "transport"],
    [null, null, "CB COVOITURAGE LYON 12/03", "-9.50", "transport"],
    [null, null, "CB TRAJET COURSE VTC 12/03", "-21.40", "transport"],
    ["Kartenzahlung", "CITYFLITZER", "CAR SHARING//KARLSRUHE/DE 12.03.2026", "-23.00", "transport"],
    ["Direct Debit", "CITYWHEELS CAR CLUB", "USAGE MAY", "-31.50", "transport"],
    ["iDEAL", "Deelauto Utrecht BV", "Rit 2026-0412", "-16.80", "transport"],
    [null, null, "CB AUTOPARTAGE CITIZ 12/03", "-19.00", "transport"],
    ["Card payment", null, "ZIPP ESCOOTER", "-3.60", "transport"],
    [null, null, "DEELSCOOTERS ROTTERDAM", "-4.10", "transport"],
    ["Kartenzahlung", "LEIHRAD NORD", "LEIHRAD NORD//KIEL/DE 12.03.2026", "-2.00", "transport"],
    [null, null, "CB VELOS EN LIBRE SERVICE 12/03", "-1.70", "transport"],
    ["Card payment", null, "HILLSIDE CYCLE SHARE", "-2.50", "transport"],
  ]);
  describe("but a bike shop, a scooter dealer and a car hire keep theirs", () => {
    itCategorizes([
      [null, null, "CB VELO STATION 12/03", "-45.00", "shopping"],
      ["Kartenzahlung", "AUTOVERMIETUNG KRAUSE", "AUTOVERMIETUNG//ULM/DE 12.03.2026", "-120.00", "travel"],
    ]);
  });
});

describe("an eSIM, a data bundle and a SIM-only plan are the phone's", () => {
  itCategorizes([
    [null, null, "VIS SUMUP *DATENPASS EU", "-5.00", "utilities"],
    ["Lastschrift", "Funkwelle GmbH", "Datenvolumen 10 GB Mai", "-9.99", "utilities"],
    ["Card payment", null, "SKYLINK DATA BUNDLE", "-15.00", "utilities"],
    ["Direct Debit", "PEBBLE MOBILE", "SIM ONLY PLAN", "-10.00", "utilities"],
    [null, null, "PRLV SEPA AXIO FORFAIT MOBILE 5G", "-15.99", "utilities"],
    ["Incasso", "Belnet BV", "Mobiel abonnement mei", "-17.50", "utilities"],
    ["Lastschrift", "Funkwelle GmbH", "Handytarif Mai 2026", "-14.99", "utilities"],
  ]);
  it("reads no phone plan into a magazine's subscription", () => {
    expect(categoryOf("Lastschrift", "Leserservice Sternwarte", "Abonnement Mai", "-6.50")).toBe("subscriptions");
  });
});

describe("a ticket shop's tickets are entertainment", () => {
  itCategorizes([
    ["Kartenzahlung", "THEATERKARTEN ONLINE", "THEATERKARTEN//MUENCHEN/DE 12.03.2026", "-74.00", "entertainment"],
    ["iDEAL", "Toegangskaarten Zomerpark", "Bestelling 11288", "-45.00", "entertainment"],
    ["iDEAL", "Entreekaarten Zomerpark", "Bestelling 11289", "-30.00", "entertainment"],
    [null, null, "EINTRITTSKARTEN NORD", "-24.00", "entertainment"],
  ]);
  it("keeps a ticket machine's fare transport", () => {
    expect(categoryOf("Kartenzahlung", "FAHRKARTENAUTOMAT HBF", "FAHRKARTENAUTOMAT//KASSEL/DE 12.03.2026", "-3.20")).toBe("transport");
  });
});

describe("goods paid in instalments are the goods, not a loan's or a tax's instalment", () => {
  itCategorizes([
    [null, null, "CB PAIEMENT EN 3 FOIS SANS FRAIS MAISON DECO 12/03", "-83.30", "shopping"],
    ["Carte", null, "ACHAT 4X SANS FRAIS ELECTRO PLUS", "-62.48", "shopping"],
    ["Lastschrift", "Baur Teilzahlung", "Ratenzahlung Kundenkonto 1187 Rate 3", "-40.00", "shopping"],
    ["Incasso", "Achteraf Betalen BV", "Termijnbetaling 2 van 3 bestelling 88123", "-33.33", "shopping"],
    ["Card payment", null, "LUMEN HOME PAY IN 3", "-41.66", "shopping"],
  ]);
  it("keeps a loan's, a tax office's and a dentist's instalment theirs", () => {
    expect(categoryOf("Lastschrift", "Finanzamt Köln-Mitte", "Ratenzahlung Einkommensteuer 2024", "-300.00")).toBe("taxes");
    expect(categoryOf("Lastschrift", "Zahnarztpraxis Dr. Lenz", "Ratenzahlung Implantat 4/10", "-150.00")).toBe("health");
    expect(categoryOf("Lastschrift", "Hausbank Nord", "Darlehen 44812 Ratenzahlung", "-250.00")).not.toBe("shopping");
    expect(categoryOf("Direct Debit", "HMRC", "SELF ASSESSMENT PAY IN 3", "-400.00")).toBe("taxes");
  });
});
