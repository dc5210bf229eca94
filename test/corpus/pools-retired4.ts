// The fourth held-out pool. It was scored once (merchant 95.5 %, spent
// amount 86.7 %), inspected and is now tuning data like the first three.
import { parse, r, type Recurring, type Region, type Shop } from "./pools.ts";


export const RETIRED4_SHOPS: Record<Region, Shop[]> = {
  de: parse([
    "Galeria|shopping|5311|GALERIA WARENHAUS;Galeria",
    "famila|groceries|5411|FAMILA;famila Handelsmarkt",
    "V-Markt|groceries|5411|V-MARKT",
    "Stern-Apotheke|health|5912|STERN-APOTHEKE;Stern Apotheke",
    "Westfalen|fuel|5541|WESTFALEN TANKSTELLE",
    "Lufthansa|travel|3008|LUFTHANSA 2201234567890;Deutsche Lufthansa AG",
    "Motel One|travel|7011|MOTEL ONE BERLIN-HBF;Motel One",
    "Call a Pizza|restaurants|5814|CALL A PIZZA",
    "BackWerk|groceries|5462|BACKWERK",
    "Subway|restaurants|5814|SUBWAY 12345;Subway",
    "Zara|shopping|5651|ZARA DEUTSCHLAND;ZARA",
    "Nike|shopping|5655|NIKE STORE BERLIN",
    "Apple Store|shopping|5732|APPLE STORE R123",
    "eBay|shopping|5999|EBAY O*12-34567-89012;eBay",
    "Lotto|entertainment|7995|LOTTO HESSEN",
    "UCI|entertainment|7832|UCI KINOWELT",
    "Restaurant Zur Linde|restaurants|5812|RESTAURANT ZUR LINDE",
    "Döner King|restaurants|5814|DOENER KING",
    "Getränke Hoffmann|groceries|5921|GETRAENKE HOFFMANN",
    "Optiker Brandt|health|8043|Optiker Brandt",
    "Schuhhaus Klein|shopping|5661|Schuhhaus Klein",
  ]),
  uk: parse([
    "Marks & Spencer|groceries|5411|M&S SIMPLY FOOD",
    "PizzaExpress|restaurants|5812|PIZZA EXPRESS 1234",
    "Halfords|fuel|5533|HALFORDS 0123",
    "John Lewis|shopping|5311|JOHN LEWIS 123",
    "Dunelm|shopping|5712|DUNELM",
    "The Crown Inn|restaurants|5813|THE CROWN INN",
  ]),
  us: parse([
    "Albertsons|groceries|5411|ALBERTSONS",
    "Taco Bell|restaurants|5814|TACO BELL #0123",
    "Wendy's|restaurants|5814|WENDYS #123",
    "Valero|fuel|5541|VALERO 1234",
    "Barnes & Noble|shopping|5942|BARNES & NOBLE #2345",
    "Disney+|subscriptions|4899|DISNEY PLUS 888-9051999",
    "Sal's Deli|restaurants|5812|SALS DELI",
  ]),
  fr: parse([
    "Casino|groceries|5411|GEANT CASINO",
    "Leroy Merlin|shopping|5200|LEROY MERLIN",
    "Brasserie Lipp|restaurants|5812|BRASSERIE LIPP",
  ]),
  nl: parse([
    "Praxis|shopping|5200|PRAXIS BOUWMARKT",
    "Gamma|shopping|5200|GAMMA",
    "Bakker Bart|groceries|5462|BAKKER BART",
  ]),
};

export const RETIRED4_RECURRING: Record<Region, Recurring[]> = {
  de: [
    r("LEG Wohnen NRW GmbH", "LEG Wohnen NRW", "rent", ["Miete {m}/{y}"], 600, 950),
    r("Klaus Schneider", "Klaus Schneider", "rent", ["Miete Wohnung {mon}"], 700, 1000),
    r("Nordlicht Medien GmbH", "Nordlicht Medien", "salary", ["Gehalt {mon}"], 2500, 3700, true),
    r("Stadtwerke Leipzig GmbH", "Stadtwerke Leipzig", "utilities", ["Fernwärme Abschlag {m}/{y}"], 50, 120),
    r("LichtBlick SE", "LichtBlick", "utilities", ["Abschlag {mon}"], 40, 100),
    r("Gothaer Allgemeine Versicherung AG", "Gothaer", "insurance", ["KFZ Beitrag {y}"], 30, 80),
    r("BARMER", "BARMER", "insurance", ["Zusatzbeitrag {m}/{y}"], 15, 40),
    r("Landeshauptstadt München Stadtkasse", "Landeshauptstadt München Stadtkasse", "taxes", ["Hundesteuer {y}"], 100, 100),
    r("John Reed Fitness", "John Reed", "entertainment", ["Mitgliedschaft {m}/{y}"], 25, 35),
    r("Mia Schulz", "Mia Schulz", "other", ["Rückzahlung"], 10, 70),
  ],
  uk: [
    r("CHESTERTONS", "Chestertons", "rent", ["RENT"], 1400, 2200),
    r("GREENLEAF LTD", "Greenleaf", "salary", ["SALARY"], 2200, 3300, true),
    r("SCOTTISHPOWER", "ScottishPower", "utilities", ["SCOTTISHPOWER DD"], 50, 130),
    r("DVLA", "DVLA", "taxes", ["VEHICLE TAX"], 15, 25),
    r("HASTINGS DIRECT", "Hastings Direct", "insurance", ["MOTOR INSURANCE"], 30, 70),
  ],
  us: [
    r("GABLES RESIDENTIAL", "Gables Residential", "rent", ["RENT"], 1700, 2600),
    r("HOOLI INC", "Hooli", "salary", ["PAYROLL"], 3200, 5400, true),
    r("XFINITY", "Xfinity", "utilities", ["MOBILE"], 40, 90),
  ],
  fr: [
    r("ORPI GESTION", "Orpi Gestion", "rent", ["LOYER {mon}"], 600, 1000),
    r("SFR", "SFR", "utilities", ["FACTURE SFR {m}/{y}"], 20, 50),
    r("LEFEVRE SA", "Lefevre", "salary", ["SALAIRE {mon}"], 2100, 3000, true),
  ],
  nl: [
    r("Eigen Haard", "Eigen Haard", "rent", ["Huur {mon} {y}"], 650, 1000),
    r("Ziggo B.V.", "Ziggo", "utilities", ["Ziggo abonnement {m}-{y}"], 40, 70),
    r("De Vries B.V.", "De Vries", "salary", ["Salaris {mon}"], 2400, 3500, true),
  ],
};

/** Its wordings of own-money movements. */
export const RETIRED4_WORDS = {
  own: { de: ["Eigenes Konto", "Umbuchung auf Sparbuch"], en: ["Transfer to own account", "SAVINGS TRANSFER"], fr: ["VIREMENT PERMANENT EPARGNE"], nl: ["Spaarrekening storting"] },
  bill: { de: ["Kreditkarte {m}/{y} Abrechnung", "VISA Karte Ausgleich"], en: ["DISCOVER E-PAYMENT", "BARCLAYCARD DIRECT DEBIT"], fr: ["RELEVE CARTE"], nl: ["Creditcard incasso"] },
  fee: { de: ["Rechnungsabschluss", "Girokonto Grundpreis"], en: ["PAID OVERDRAFT CHARGE", "ATM FEE"], fr: ["FRAIS"], nl: ["Kosten pakket"] },
  refund: { de: ["Rückbuchung"], en: ["RETURN CREDIT"], fr: ["AVOIR CB"], nl: ["Teruggave"] },
} as const;
