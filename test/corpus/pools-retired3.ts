// The third held-out pool. It was scored once (merchant 95.0 %), inspected
// and is now tuning data like the first two. The pool in use is pools-heldout.ts.
import { parse, r, type Recurring, type Region, type Shop } from "./pools.ts";


export const RETIRED3_SHOPS: Record<Region, Shop[]> = {
  de: parse([
    "Globus|groceries|5411|GLOBUS SB-WARENHAUS;Globus Markt",
    "Budni|drugstore|5912|BUDNIKOWSKY;Budni",
    "Star|fuel|5541|STAR TANKSTELLE;Star Tankstelle",
    "MVG|transport|4111|MVG AUTOMATEN;MVG",
    "KVB|transport|4111|KVB;Koelner Verkehrs-Betriebe",
    "Condor|travel|4511|CONDOR FLUGDIENST;Condor Flugdienst GmbH",
    "Airbnb|travel|7011|AIRBNB * HMABCD1234;Airbnb Payments",
    "Booking.com|travel|4722|BOOKING.COM BV;Booking.com",
    "Dean & David|restaurants|5812|DEAN&DAVID;dean&david",
    "Joey's Pizza|restaurants|5814|JOEYS PIZZA",
    "Peek & Cloppenburg|shopping|5651|PEEK + CLOPPENBURG KG;Peek & Cloppenburg",
    "Takko|shopping|5651|TAKKO FASHION;Takko",
    "XXXLutz|shopping|5712|XXXLUTZ",
    "toom|shopping|5200|TOOM BAUMARKT",
    "Thomann|shopping|5733|MUSIKHAUS THOMANN",
    "Tchibo|shopping|5499|TCHIBO GMBH;Tchibo",
    "Sky|subscriptions|4899|SKY DEUTSCHLAND FERNSEHEN;Sky Deutschland",
    "YouTube|subscriptions|5815|GOOGLE *YouTube Premium",
    "Pizzeria Napoli|restaurants|5812|PIZZERIA NAPOLI",
    "Café Kranzler|restaurants|5814|CAFE KRANZLER;Café Kranzler",
    "Blumenhaus Rosa|shopping|5992|Blumenhaus Rosa",
    "Physiotherapie Meyer|health|8099|Physiotherapie Meyer",
    "Bio-Hofladen Sonnenberg|groceries|5499|Bio-Hofladen Sonnenberg",
  ]),
  uk: parse([
    "Aldi|groceries|5411|ALDI STORES LTD;ALDI",
    "Co-op|groceries|5411|CO-OP GROUP FOOD",
    "LEON|restaurants|5814|LEON RESTAURANTS",
    "Wasabi|restaurants|5814|WASABI SUSHI & BENTO",
    "Next|shopping|5651|NEXT RETAIL LTD",
    "Sports Direct|shopping|5655|SPORTSDIRECT.COM",
    "Avanti West Coast|transport|4112|AVANTI WEST COAST",
    "The Red Lion|restaurants|5813|THE RED LION",
  ]),
  us: parse([
    "H-E-B|groceries|5411|H-E-B",
    "Meijer|groceries|5411|MEIJER",
    "Wawa|groceries|5499|WAWA",
    "Sunoco|fuel|5541|SUNOCO 0123456789",
    "Lowe's|shopping|5200|LOWES",
    "Chick-fil-A|restaurants|5814|CHICK-FIL-A",
    "Spotify|subscriptions|5815|SPOTIFY USA",
    "Peacock|subscriptions|4899|PEACOCK TV",
    "Mama's Kitchen Diner|restaurants|5812|MAMAS KITCHEN DINER",
  ]),
  fr: parse([
    "Super U|groceries|5411|SUPER U",
    "Biocoop|groceries|5411|BIOCOOP",
    "Darty|shopping|5732|DARTY",
    "Le Petit Bistro|restaurants|5812|LE PETIT BISTRO",
  ]),
  nl: parse([
    "Vomar|groceries|5411|Vomar Voordeelmarkt",
    "Ekoplaza|groceries|5411|Ekoplaza",
    "Febo|restaurants|5814|FEBO",
    "Bakkerij van der Linden|groceries|5462|Bakkerij van der Linden",
  ]),
};

export const RETIRED3_RECURRING: Record<Region, Recurring[]> = {
  de: [
    r("Deutsche Wohnen SE", "Deutsche Wohnen", "rent", ["Miete {m}/{y} Mieternr. 123456"], 700, 1150),
    r("Baugenossenschaft Freie Scholle eG", "Baugenossenschaft Freie Scholle", "rent", ["Nutzungsgebühr {mon} {y}"], 550, 800),
    r("Stadt Musterstadt", "Stadt Musterstadt", "salary", ["Bezüge {m}/{y}"], 2700, 3800, true),
    r("Stadtwerke Bochum GmbH", "Stadtwerke Bochum", "utilities", ["Strom/Gas Abschlag {mon}"], 70, 160),
    r("Yello Strom GmbH", "Yello", "utilities", ["Abschlag {mon} {y}"], 35, 90),
    r("Vodafone West GmbH", "Vodafone", "utilities", ["Kabel {m}/{y}"], 25, 45),
    r("AXA Versicherung AG", "AXA", "insurance", ["Hausratversicherung {y}"], 8, 25),
    r("Debeka Krankenversicherungsverein a.G.", "Debeka", "insurance", ["Beitrag {m}/{y}"], 180, 420),
    r("Finanzamt Hamburg-Nord", "Finanzamt", "taxes", ["ESt-Nachzahlung {y}"], 200, 1400),
    r("clever fit Berlin-Mitte", "clever fit", "entertainment", ["Mitgliedsbeitrag {mon}"], 20, 30),
    r("Tom Becker", "Tom Becker", "other", ["Anteil Geburtstagsgeschenk"], 10, 40),
  ],
  uk: [
    r("SAVILLS LETTINGS", "Savills Lettings", "rent", ["RENT {mon}"], 1300, 2100),
    r("BLUEFIN DIGITAL LTD", "Bluefin Digital", "salary", ["SALARY"], 2400, 3400, true),
    r("OVO ENERGY", "OVO Energy", "utilities", ["OVO ENERGY DD"], 50, 130),
    r("SOUTHWARK COUNCIL", "Southwark Council", "taxes", ["COUNCIL TAX"], 120, 190),
    r("EE LIMITED", "EE", "utilities", ["EE MOBILE"], 15, 45),
  ],
  us: [
    r("EQUITY RESIDENTIAL", "Equity Residential", "rent", ["RENT"], 1800, 2900),
    r("UMBRELLA CORP", "Umbrella", "salary", ["PAYROLL"], 3100, 5200, true),
    r("DUKE ENERGY", "Duke Energy", "utilities", ["BILL PAY"], 60, 170),
    r("ALLSTATE", "Allstate", "insurance", ["INS PREM"], 90, 190),
  ],
  fr: [
    r("CITYA IMMOBILIER", "Citya Immobilier", "rent", ["LOYER {mon}"], 650, 1100),
    r("TOTALENERGIES ELECTRICITE ET GAZ", "TotalEnergies", "utilities", ["ECHEANCE {m}/{y}"], 40, 120),
    r("MARTIN ET FILS SAS", "Martin et Fils", "salary", ["SALAIRE {mon}"], 2000, 2900, true),
  ],
  nl: [
    r("Ymere", "Ymere", "rent", ["Huur {mon} {y}"], 700, 1100),
    r("Essent Retail Energie B.V.", "Essent", "utilities", ["Termijnbedrag {m}-{y}"], 80, 170),
    r("Jansen Holding B.V.", "Jansen", "salary", ["Salaris {mon}"], 2500, 3600, true),
  ],
};

/** Its wordings of own-money movements. */
export const RETIRED3_WORDS = {
  own: { de: ["Umbuchung Rücklagen", "Sparen Urlaub"], en: ["Transfer to ISA", "Move to Savings"], fr: ["VIR INTERNE LIVRET"], nl: ["Overboeking naar Spaarrekening"] },
  bill: { de: ["Kreditkartenabrechnung AMEX {m}/{y}", "Ausgleich Visa {mon}"], en: ["CAPITAL ONE AUTOPAY PYMT", "CITI CARD ONLINE PAYMENT"], fr: ["ARRETE CARTE"], nl: ["Incasso creditcard ICS"] },
  fee: { de: ["Entgelt Kontoführung {mon}", "Kartengebühr"], en: ["ACCOUNT MAINTENANCE CHARGE", "NON-STERLING TRANSACTION FEE"], fr: ["COMMISSION INTERVENTION"], nl: ["Kosten Betalingsverkeer"] },
  refund: { de: ["Erstattung Rücksendung"], en: ["REFUND"], fr: ["REMBOURSEMENT"], nl: ["Terugboeking"] },
} as const;
