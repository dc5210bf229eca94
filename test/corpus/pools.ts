// What the corpus is made of: shops by region and the recurring payments of a
// household. Tuning rows draw from "tuning" and "retired" (the first held-out
// pool, which became tuning data once it had been inspected); the held-out
// fifth draws from pools-heldout.ts only (other brands, other local shops,
// other wordings), so no rule was tuned on a held-out brand or phrasing.
// A shop line: "expected merchant|category|MCC|printed name;printed name…".
// A printed name is what the terminal or the creditor writes, before the bank
// adds its noise (store numbers, city, card text).

export type Region = "de" | "uk" | "us" | "fr" | "nl";
export type Pool = "tuning" | "heldout";

export interface Shop {
  merchant: string;
  category: string;
  mcc: string;
  names: string[];
}

export interface Recurring {
  /** Creditor or debtor as the bank prints it. */
  party: string;
  merchant: string | null;
  category: string;
  /** Purpose lines; {m} month number, {y} year, {mon} month name. */
  purposes: string[];
  min: number;
  max: number;
  /** Money in (salary, refunds) rather than out. */
  income?: boolean;
}

/** Reads shop lines "merchant|category|MCC|name;name". */
export const parse = (lines: string[]): Shop[] =>
  lines.map((l) => {
    const [merchant = "", category = "", mcc = "", names = ""] = l.split("|");
    return { merchant, category, mcc, names: names.split(";") };
  });

/** Shops of the tuning rows: the tuning pool and the retired first held-out pool. */
export const SHOPS: Record<"tuning" | "retired", Record<Region, Shop[]>> = {
  tuning: {
    de: parse([
      "REWE|groceries|5411|REWE SAGT DANKE;REWE Markt GmbH;REWE",
      "EDEKA|groceries|5411|EDEKA;EDEKA SAGT DANKE;EDEKA Center",
      "Lidl|groceries|5411|LIDL SAGT DANKE;Lidl Dienstleistung;LIDL",
      "ALDI SÜD|groceries|5411|ALDI SUED;ALDI SÜD",
      "dm|drugstore|5912|DM Drogerie Markt;dm-drogerie markt;DM FIL.",
      "Rossmann|drugstore|5912|ROSSMANN;Dirk Rossmann GmbH",
      "Aral|fuel|5541|Aral Station;ARAL",
      "Shell|fuel|5541|Shell Station;SHELL DEUTSCHLAND",
      "Deutsche Bahn|transport|4112|DB Vertrieb GmbH;DB Fernverkehr",
      "BVG|transport|4111|BVG Ticket;BVG",
      "Amazon|shopping|5999|AMZN Mktp DE*2K3L45;Amazon.de*AB12CD34E;AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND",
      "Zalando|shopping|5651|Zalando SE;ZALANDO",
      "IKEA|shopping|5712|IKEA Deutschland;IKEA",
      "MediaMarkt|shopping|5732|MEDIA MARKT;MediaMarkt",
      "McDonald's|restaurants|5814|McDonalds;MCDONALDS",
      "Lieferando|restaurants|5814|Lieferando.de;LIEFERANDO",
      "Starbucks|restaurants|5814|STARBUCKS;AMREST STARBUCKS DE",
      "H&M|shopping|5651|H&M;H & M Hennes & Mauritz",
      "OBI|shopping|5200|OBI Markt;OBI",
      "Netflix|subscriptions|4899|NETFLIX.COM;Netflix International B.V.",
      "Spotify|subscriptions|5815|Spotify AB;SPOTIFY",
      "Uber|transport|4121|UBER *TRIP HELP.UBER.COM;Uber BV",
      "Pizzeria Da Mario|restaurants|5812|Pizzeria Da Mario;PIZZERIA DA MARIO",
      "Café Luna|restaurants|5814|Café Luna;CAFE LUNA",
      "Trattoria Bella Italia|restaurants|5812|Trattoria Bella Italia",
      "Sushi Bar Tokio|restaurants|5812|SUSHI BAR TOKIO",
      "Licht Apotheke|health|5912|LICHT APOTHEKE;Licht-Apotheke",
      "Bäckerei Schmidt|groceries|5462|Baeckerei Schmidt;Bäckerei Schmidt",
      "Blumen Koch|shopping|5992|Blumen Koch",
    ]),
    uk: parse([
      "Tesco|groceries|5411|TESCO STORES;TESCO EXPRESS",
      "Sainsbury's|groceries|5411|SAINSBURYS S/MKT;JS SAINSBURY",
      "Pret A Manger|restaurants|5814|PRET A MANGER",
      "Deliveroo|restaurants|5814|DELIVEROO.CO.UK;DELIVEROO",
      "TfL|transport|4111|TFL TRAVEL CH;TFL.GOV.UK/CP",
      "Boots|drugstore|5912|BOOTS;BOOTS UK",
      "Amazon|shopping|5999|AMAZON.CO.UK*2K3L45;AMZNMKTPLACE",
      "Greggs|restaurants|5814|GREGGS",
      "Costa Coffee|restaurants|5814|COSTA COFFEE",
      "Argos|shopping|5311|ARGOS LTD;ARGOS",
      "Berry Farm's|groceries|5411|SQ *BERRY FARM'S GOSQ.",
      "Inkthreadable|shopping|5699|INKTHREADABLE",
      "Uber|transport|4121|UBER *TRIP HELP.UBER.COM",
    ]),
    us: parse([
      "Whole Foods|groceries|5411|WHOLEFDS MKT;WHOLE FOODS MKT",
      "Trader Joe's|groceries|5411|TRADER JOE'S",
      "Starbucks|restaurants|5814|STARBUCKS STORE;STARBUCKS",
      "Chevron|fuel|5541|CHEVRON",
      "Target|shopping|5310|TARGET;TARGET T-",
      "Walmart|groceries|5411|WAL-MART;WM SUPERCENTER",
      "Amazon|shopping|5942|AMZN MKTP US*A12BC3;AMAZON.COM*2K4L8",
      "Netflix|subscriptions|4899|NETFLIX.COM",
      "McDonald's|restaurants|5814|MCDONALD'S",
      "Uber|transport|4121|UBER *TRIP HELP.UBER.COM",
      "CVS|drugstore|5912|CVS/PHARMACY",
      "Taco Rock|restaurants|5812|TST*TACO ROCK",
    ]),
    fr: parse([
      "Carrefour|groceries|5411|CARREFOUR MARKET;CARREFOUR CITY",
      "Monoprix|groceries|5411|MONOPRIX",
      "SNCF|transport|4112|SNCF CONNECT;SNCF",
      "Uniqlo|shopping|5651|UNIQLO OPERA;UNIQLO",
      "Amazon|shopping|5999|AMZN Mktp FR*308J",
      "Fnac|shopping|5732|FNAC",
      "Boulangerie Dupont|groceries|5462|BOULANGERIE DUPONT",
    ]),
    nl: parse([
      "Albert Heijn|groceries|5411|Albert Heijn;AH to go",
      "Jumbo|groceries|5411|Jumbo;JUMBO SUPERMARKTEN",
      "NS|transport|4112|NS Reizigers;NS GROEP",
      "HEMA|shopping|5311|HEMA",
      "Kruidvat|drugstore|5912|Kruidvat",
      "Cloudflare|subscriptions|5734|CLOUDFLARE",
      "My Example Store|shopping|5999|Zettle_*My example store",
    ]),
  },
  retired: {
    de: parse([
      "Kaufland|groceries|5411|Kaufland;KAUFLAND SAGT DANKE",
      "Penny|groceries|5411|PENNY MARKT;Penny Markt GmbH",
      "Netto Marken-Discount|groceries|5411|Netto Marken-Discount;NETTO MARKEN-DISCOUNT",
      "Müller|drugstore|5912|Mueller Drogerie;Müller Handels GmbH & Co. KG",
      "Esso|fuel|5541|ESSO STATION;Esso",
      "TotalEnergies|fuel|5541|TotalEnergies Station;TOTAL TANKSTELLE",
      "JET|fuel|5541|JET TANKSTELLE",
      "FlixBus|travel|4131|FlixBus;FLIXBUS",
      "OTTO|shopping|5964|OTTO GmbH & Co KG;otto.de",
      "Saturn|shopping|5732|SATURN SAGT DANKE;Saturn Electro",
      "Burger King|restaurants|5814|BURGER KING;Burger King 1234",
      "Vapiano|restaurants|5812|VAPIANO;Vapiano SE",
      "Wolt|restaurants|5814|WOLT;Wolt Enterprises",
      "Hornbach|shopping|5200|HORNBACH;Hornbach Baumarkt AG",
      "Thalia|shopping|5942|THALIA;Thalia Buecher GmbH",
      "Disney+|subscriptions|4899|DisneyPlus;DISNEY PLUS",
      "Apple|subscriptions|5815|APPLE.COM/BILL;APPLE.COM/BILL ITUNES.COM",
      "FREENOW|transport|4121|FREENOW;Free Now",
      "Decathlon|shopping|5655|DECATHLON;Decathlon Deutschland",
      "Ristorante Da Vinci|restaurants|5812|Ristorante Da Vinci",
      "Döner Palast|restaurants|5814|DOENER PALAST;Döner Palast",
      "Imbiss am Markt|restaurants|5814|Imbiss am Markt",
      "Gasthaus Zum Löwen|restaurants|5812|Gasthaus Zum Loewen",
      "Marien Apotheke|health|5912|MARIEN APOTHEKE;Marien-Apotheke",
      "Buchhandlung Weber|shopping|5942|Buchhandlung Weber",
    ]),
    uk: parse([
      "Sainsbury's|groceries|5411|SAINSBURYS LOCAL",
      "Waitrose|groceries|5411|WAITROSE;WAITROSE & PARTNERS",
      "Nando's|restaurants|5812|NANDOS",
      "Wagamama|restaurants|5812|WAGAMAMA",
      "Just Eat|restaurants|5814|JUST EAT.CO.UK;JUST EAT",
      "Trainline|transport|4112|TRAINLINE;THETRAINLINE.COM",
      "Superdrug|drugstore|5912|SUPERDRUG",
      "Currys|shopping|5732|CURRYS PC WORLD;CURRYS",
      "NOW TV|subscriptions|4899|NOWTV.COM/BILLINGHELP",
      "Luas|transport|4111|LUAS TRANSDEV",
      "Food Works|restaurants|5812|FOOD WORKS TURKISH KIT",
    ]),
    us: parse([
      "Kroger|groceries|5411|KROGER",
      "Safeway|groceries|5411|SAFEWAY",
      "Costco|groceries|5300|COSTCO WHSE",
      "Shell|fuel|5541|SHELL OIL",
      "BP|fuel|5541|BP#8982183BP",
      "Chipotle|restaurants|5814|CHIPOTLE",
      "DoorDash|restaurants|5814|DOORDASH*ORDER;DOORDASH-MCALISTERS",
      "Lyft|transport|4121|LYFT *RIDE",
      "Best Buy|shopping|5732|BEST BUY",
      "Walgreens|drugstore|5912|WALGREENS",
      "Royal Farms|groceries|5411|ROYAL FARMS",
      "Black Bear Diner|restaurants|5812|BLACKBEAR DINER- M",
    ]),
    fr: parse([
      "E.Leclerc|groceries|5411|E.LECLERC;LECLERC",
      "Franprix|groceries|5411|FRANPRIX",
      "RATP|transport|4111|RATP",
      "Decathlon|shopping|5655|DECATHLON",
      "Brasserie du Marché|restaurants|5812|BRASSERIE DU MARCHE",
    ]),
    nl: parse([
      "Dirk|groceries|5411|Dirk van den Broek",
      "Lidl|groceries|5411|Lidl;LIDL NEDERLAND",
      "Etos|drugstore|5912|Etos",
      "Thuisbezorgd|restaurants|5814|Thuisbezorgd.nl",
      "Action|shopping|5311|Action Nederland",
    ]),
  },
};

/** One recurring payment or income. */
export const r = (party: string, merchant: string | null, category: string, purposes: string[], min: number, max: number, income = false): Recurring => ({
  party, merchant, category, purposes, min, max, income,
});
