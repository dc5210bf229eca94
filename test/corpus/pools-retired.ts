// The second held-out pool. It was scored once (merchant 93.7 %), inspected
// and is now tuning data, like the first ("retired" in pools.ts and
// recurring.ts). The held-out pool in use is pools-heldout.ts.
import { parse, r, type Recurring, type Region, type Shop } from "./pools.ts";


export const RETIRED2_SHOPS: Record<Region, Shop[]> = {
  de: parse([
    "Norma|groceries|5411|NORMA;Norma Lebensmittel",
    "tegut|groceries|5411|tegut;TEGUT... teo",
    "Alnatura|groceries|5411|Alnatura Produktions- und Handels GmbH;ALNATURA",
    "denn's Biomarkt|groceries|5411|denns BioMarkt;DENNS BIOMARKT",
    "Douglas|drugstore|5977|Parfumerie Douglas GmbH;DOUGLAS PARFUMERIE",
    "Agip|fuel|5541|ENI AGIP STATION;Agip Service Station",
    "OMV|fuel|5541|OMV;OMV Tankstelle",
    "Sixt|travel|7512|SIXT GMBH & CO AUTOVERMIETUNG KG;SIXT",
    "Eurowings|travel|4511|EUROWINGS GMBH;Eurowings",
    "Ryanair|travel|4511|RYANAIR;Ryanair DAC",
    "NORDSEE|restaurants|5814|NORDSEE GMBH;NORDSEE",
    "Hans im Glück|restaurants|5812|HANS IM GLUECK;Hans im Glück Franchise GmbH",
    "KFC|restaurants|5814|KFC;KFC Restaurant",
    "Deichmann|shopping|5661|DEICHMANN SCHUHE;Deichmann SE",
    "Conrad|shopping|5732|CONRAD ELECTRONIC SE;Conrad Electronic",
    "Fressnapf|shopping|5995|FRESSNAPF TIERNAHRUNGS GMBH;Fressnapf",
    "DAZN|subscriptions|4899|DAZN LIMITED;DAZN",
    "Steam|entertainment|5816|STEAMGAMES.COM 4259522985;Steam Purchase",
    "CinemaxX|entertainment|7832|CINEMAXX ENTERTAINMENT;CinemaxX",
    "Eiscafé Venezia|restaurants|5814|EISCAFE VENEZIA;Eiscafé Venezia",
    "Metzgerei Huber|groceries|5422|METZGEREI HUBER;Metzgerei Huber",
    "Osteria Toscana|restaurants|5812|OSTERIA TOSCANA",
    "Kiosk am Bahnhof|groceries|5499|Kiosk am Bahnhof",
    "Zahnarztpraxis Dr. Lehmann|health|8021|Zahnarztpraxis Dr. Lehmann",
  ]),
  uk: parse([
    "Morrisons|groceries|5411|WM MORRISON STORE;MORRISONS",
    "Asda|groceries|5411|ASDA SUPERSTORE;ASDA STORES",
    "Lidl|groceries|5411|LIDL GB",
    "Caffè Nero|restaurants|5814|CAFFE NERO",
    "itsu|restaurants|5814|ITSU",
    "Uber Eats|restaurants|5814|UBER *EATS",
    "Primark|shopping|5651|PRIMARK STORES LTD;PRIMARK",
    "WHSmith|shopping|5942|WHSMITH",
    "ODEON|entertainment|7832|ODEON CINEMAS",
    "Shell|fuel|5541|SHELL KINGS CROSS",
  ]),
  us: parse([
    "Publix|groceries|5411|PUBLIX",
    "Sprouts|groceries|5411|SPROUTS FARMERS MAR",
    "Panera Bread|restaurants|5814|PANERA BREAD",
    "Dunkin'|restaurants|5814|DUNKIN",
    "Exxon|fuel|5541|EXXONMOBIL",
    "The Home Depot|shopping|5200|THE HOME DEPOT",
    "Rite Aid|drugstore|5912|RITE AID STORE",
    "Hulu|subscriptions|4899|HULU 877-8244858",
    "Five Guys|restaurants|5814|FIVE GUYS",
    "Joe's Pizza|restaurants|5812|JOE'S PIZZA",
  ]),
  fr: parse([
    "Auchan|groceries|5411|AUCHAN SUPERMARCHE;AUCHAN",
    "Intermarché|groceries|5411|INTERMARCHE",
    "Picard|groceries|5411|PICARD SURGELES",
    "Sephora|drugstore|5977|SEPHORA",
    "Boulanger|shopping|5732|BOULANGER",
    "Café de Flore|restaurants|5814|CAFE DE FLORE",
  ]),
  nl: parse([
    "Hoogvliet|groceries|5411|Hoogvliet",
    "PLUS|groceries|5411|PLUS Supermarkt",
    "bol.com|shopping|5999|bol.com b.v.",
    "Coolblue|shopping|5732|Coolblue B.V.",
    "GVB|transport|4111|GVB",
    "Bakkerij Bart|groceries|5462|Bakkerij Bart",
    "Eetcafe De Hoek|restaurants|5812|Eetcafe De Hoek",
  ]),
};

export const RETIRED2_RECURRING: Record<Region, Recurring[]> = {
  de: [
    r("Gewobag Wohnungsbau-AG Berlin", "Gewobag", "rent", ["Miete Whg 0815 {m}/{y}", "Mietkonto 4711 {mon}"], 640, 990),
    r("Hausverwaltung Lorenz & Partner", "Hausverwaltung Lorenz & Partner", "rent", ["Miete inkl. NK {mon} {y}"], 900, 1350),
    r("Beispiel Consulting GmbH", "Beispiel Consulting", "salary", ["Lohn {mon} {y}", "Gehaltszahlung {m}/{y}"], 2400, 3900, true),
    r("EnBW Energie Baden-Württemberg AG", "EnBW", "utilities", ["Abschlag Strom {m}/{y}"], 45, 120),
    r("Stadtwerke Düsseldorf AG", "Stadtwerke Düsseldorf", "utilities", ["Abschlag Gas/Wasser {mon}"], 60, 150),
    r("Techniker Krankenkasse", "Techniker Krankenkasse", "insurance", ["Beitrag Zusatzversicherung {m}/{y}"], 15, 45),
    r("SIGNAL IDUNA Allgemeine Versicherung AG", "Signal Iduna", "insurance", ["Unfallversicherung {y}"], 10, 30),
    r("Bundeskasse Halle/Trier", "Bundeskasse", "taxes", ["Kfz-Steuer B-AB 123 {y}"], 80, 250),
    r("congstar - eine Marke der Telekom Deutschland GmbH", "congstar", "utilities", ["Rechnung {mon} {y}"], 10, 25),
    r("Urban Sports GmbH", "Urban Sports Club", "entertainment", ["Urban Sports Club Mitgliedschaft {m}/{y}"], 39, 79),
    r("Lena Hoffmann", "Lena Hoffmann", "other", ["WG Einkauf", "Kino und Essen"], 8, 60),
  ],
  uk: [
    r("HAMPTONS LETTINGS", "Hamptons Lettings", "rent", ["MONTHLY RENT", "RENT {mon}"], 1200, 2000),
    r("ORBITAL SYSTEMS LTD", "Orbital Systems", "salary", ["SALARY {mon}"], 2300, 3500, true),
    r("EDF ENERGY", "EDF", "utilities", ["EDF ENERGY CUSTOMERS"], 45, 130),
    r("TV LICENCE MBP", "TV Licensing", "taxes", ["TV LICENCE"], 14.5, 14.5),
    r("ADMIRAL INSURANCE", "Admiral", "insurance", ["CAR INS"], 25, 65),
  ],
  us: [
    r("AVALONBAY", "Avalonbay", "rent", ["RENT PMT"], 1700, 2800),
    r("INITECH INC", "Initech", "salary", ["PAYROLL"], 3000, 5000, true),
    r("COMCAST", "Comcast", "utilities", ["CABLE"], 70, 140),
    r("PROGRESSIVE INS", "Progressive", "insurance", ["INS PREM"], 80, 170),
  ],
  fr: [
    r("NEXITY LAMY", "Nexity Lamy", "rent", ["LOYER {mon}"], 800, 1300),
    r("ORANGE SA", "Orange", "utilities", ["FACTURE ORANGE {m}/{y}"], 25, 60),
    r("DUPONT SARL", "Dupont", "salary", ["SALAIRE {mon}"], 2100, 3000, true),
  ],
  nl: [
    r("Stichting Rochdale", "Rochdale", "rent", ["Huur {mon} {y}"], 650, 1050),
    r("Vitens N.V.", "Vitens", "utilities", ["Drinkwater termijn {m}-{y}"], 15, 35),
    r("Centraal Beheer", "Centraal Beheer", "insurance", ["Premie {mon}"], 30, 90),
    r("Voorbeeld B.V.", "Voorbeeld", "salary", ["Salaris {mon} {y}"], 2600, 3700, true),
  ],
};

/** Its wordings of own-money movements. */
export const RETIRED2_WORDS = {
  own: { de: ["Übertrag Sparkonto", "Auf Tagesgeldkonto", "Notgroschen"], en: ["Transfer to Savings Account", "To savings pot"], fr: ["VIREMENT VERS COMPTE EPARGNE"], nl: ["Naar spaarrekening"] },
  bill: { de: ["Visa Kartenabrechnung {mon}", "Abrechnung Kreditkarte {m}/{y}"], en: ["CREDIT CARD PAYMENT", "AMEX PAYMENT"], fr: ["FACTURE CARTE"], nl: ["ICS creditcard"] },
  fee: { de: ["Kontoführungsgebühr {mon}", "Preis für Kontoführung"], en: ["MONTHLY MAINTENANCE FEE"], fr: ["FRAIS CARTE"], nl: ["Kosten Oranjepakket"] },
  refund: { de: ["Gutschrift aus Rücksendung", "Erstattung Bestellung"], en: ["REFUND CREDIT"], fr: ["REMBT"], nl: ["Retour"] },
} as const;
