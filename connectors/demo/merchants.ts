// The made-up world the demo bank books against. Names are real German chains
// so categorisation rules and the dictionary have something realistic to match;
// every IBAN here is synthetic (valid checksum, invented account number).
import { germanIban } from "./money.ts";
import { hashString } from "./prng.ts";

/** A synthetic but checksum-valid IBAN for a counterparty, stable per name. */
export function ibanFor(name: string, blz = "10010010"): string {
  return germanIban(blz, String(hashString(name) % 10_000_000_000));
}

export interface CardMerchant {
  name: string;
  /** Booked text; "{n}" becomes a receipt/terminal number. */
  text: string;
  category: string;
  meanCents: number;
  spreadCents: number;
  minCents: number;
  maxCents: number;
}

const m = (name: string, text: string, category: string, mean: number, spread: number, min: number, max: number): CardMerchant => ({
  name, text, category, meanCents: mean, spreadCents: spread, minCents: min, maxCents: max,
});

export const GROCERS: readonly CardMerchant[] = [
  m("REWE", "REWE SAGT DANKE {n}", "groceries", 3800, 2200, 450, 16000),
  m("EDEKA", "EDEKA CENTER {n} BERLIN", "groceries", 3400, 2000, 390, 14000),
  m("Lidl", "LIDL DIENSTL GMBH {n}", "groceries", 2600, 1500, 250, 9000),
  m("ALDI SÜD", "ALDI SUED SAGT DANKE {n}", "groceries", 2400, 1400, 199, 8500),
  m("Penny", "PENNY MARKT {n} BERLIN", "groceries", 1900, 1100, 149, 6000),
];

export const DRUGSTORE = m("dm-drogerie markt", "DM DROGERIE MARKT {n}", "drugstore", 1800, 1100, 195, 7000);

export const EATING_OUT: readonly CardMerchant[] = [
  m("Balzac Coffee", "BALZAC COFFEE {n}", "restaurants", 480, 150, 280, 1200),
  m("Einstein Kaffee", "EINSTEIN KAFFEE {n}", "restaurants", 560, 180, 290, 1400),
  m("Vapiano", "VAPIANO BERLIN {n}", "restaurants", 2100, 700, 1090, 5200),
  m("L'Osteria", "L OSTERIA {n}", "restaurants", 3400, 1200, 1400, 8900),
  m("Pizzeria Da Mario", "SUMUP *PIZZERIA DA MARIO", "restaurants", 2600, 900, 900, 6500),
  m("Five Guys", "FIVE GUYS BERLIN {n}", "restaurants", 1650, 400, 890, 3200),
];

export const FUEL: readonly CardMerchant[] = [
  m("Aral", "ARAL STATION {n}", "fuel", 6400, 1500, 2500, 9800),
  m("Shell", "SHELL {n} BERLIN", "fuel", 6100, 1500, 2500, 9500),
];

export const BVG_TICKET = m("BVG", "BVG TICKET APP {n}", "transport", 350, 0, 350, 350);

export const CARD_SHOPPING: readonly CardMerchant[] = [
  m("Amazon", "AMZN Mktp DE*{n}", "shopping", 3900, 2800, 599, 24900),
  m("Zalando", "ZALANDO SE {n}", "shopping", 6900, 3500, 1995, 19900),
  m("IKEA", "IKEA DEUTSCHLAND {n}", "shopping", 8900, 6000, 499, 39900),
  m("MediaMarkt", "MEDIA MARKT {n}", "shopping", 9900, 8000, 999, 59900),
];

export const CARD_TRAVEL: readonly CardMerchant[] = [
  m("Uber", "UBER *TRIP {n}", "transport", 1800, 700, 690, 4500),
  m("Deutsche Bahn", "DB VERTRIEB GMBH {n}", "transport", 5900, 3500, 1990, 18990),
];

export interface ForeignMerchant {
  name: string;
  text: string;
  currency: "USD" | "GBP" | "CHF";
  category: string;
  meanCents: number;
  spreadCents: number;
}

export const FOREIGN: readonly ForeignMerchant[] = [
  { name: "Apple", text: "APPLE.COM/BILL CUPERTINO", currency: "USD", category: "subscriptions", meanCents: 299, spreadCents: 200 },
  { name: "Steam", text: "STEAMGAMES.COM 4259522985", currency: "USD", category: "entertainment", meanCents: 1999, spreadCents: 1200 },
  { name: "Airbnb", text: "AIRBNB * HMQ{n}", currency: "USD", category: "travel", meanCents: 24000, spreadCents: 12000 },
  { name: "Pret A Manger", text: "PRET A MANGER LONDON", currency: "GBP", category: "restaurants", meanCents: 850, spreadCents: 300 },
  { name: "Transport for London", text: "TFL TRAVEL CH {n}", currency: "GBP", category: "transport", meanCents: 680, spreadCents: 200 },
  { name: "SBB", text: "SBB CFF FFS {n} BERN", currency: "CHF", category: "travel", meanCents: 5600, spreadCents: 3000 },
];

/** EUR per unit of foreign currency, in millionths; jittered per day around these. */
export const RATE_MICROS: Record<ForeignMerchant["currency"], number> = {
  USD: 905_000,
  GBP: 1_165_000,
  CHF: 1_060_000,
};

export interface Recurring {
  name: string;
  category: string;
  dayOfMonth: number;
  /** Price steps: from this ISO date on, this amount in cents applies (first entry = since forever). */
  prices: readonly { from: string; cents: number }[];
  text: (year: number, month: number) => string;
  /** Months (1-12) it is charged in; undefined = every month. */
  months?: readonly number[];
}

const mm = (month: number) => String(month).padStart(2, "0");

/** Direct debits on checking; the Netflix and Deutschlandticket steps are the documented price rises. */
export const DIRECT_DEBITS: readonly Recurring[] = [
  { name: "Netflix International B.V.", category: "subscriptions", dayOfMonth: 7,
    prices: [{ from: "1970-01-01", cents: 1399 }, { from: "2026-04-01", cents: 1599 }],
    text: (y, mo) => `Netflix Monatsabo ${mm(mo)}/${y} NFX-${y}${mm(mo)}` },
  { name: "Spotify AB", category: "subscriptions", dayOfMonth: 12,
    prices: [{ from: "1970-01-01", cents: 1099 }, { from: "2025-09-01", cents: 1199 }],
    text: (y, mo) => `Spotify Premium ${mm(mo)}/${y} P${y}${mm(mo)}` },
  { name: "Amazon Digital Germany GmbH", category: "subscriptions", dayOfMonth: 18,
    prices: [{ from: "1970-01-01", cents: 899 }],
    text: (y, mo) => `Amazon Prime Mitgliedschaft ${mm(mo)}/${y}` },
  { name: "FitX Deutschland GmbH", category: "entertainment", dayOfMonth: 2,
    prices: [{ from: "1970-01-01", cents: 2499 }],
    text: (y, mo) => `Mitgliedsbeitrag FitX ${mm(mo)}/${y} Mitgl.-Nr. 88213` },
  { name: "BVG Berliner Verkehrsbetriebe", category: "transport", dayOfMonth: 1,
    prices: [{ from: "1970-01-01", cents: 4900 }, { from: "2025-01-01", cents: 5800 }],
    text: (y, mo) => `Deutschlandticket ${mm(mo)}/${y} Abo-Nr. 4471102` },
  { name: "Vattenfall Europe Sales GmbH", category: "utilities", dayOfMonth: 15,
    prices: [{ from: "1970-01-01", cents: 8400 }, { from: "2026-01-01", cents: 7900 }],
    text: (y, mo) => `Abschlag Strom ${mm(mo)}/${y} Vertragskonto 800123456` },
  { name: "Telekom Deutschland GmbH", category: "utilities", dayOfMonth: 20,
    prices: [{ from: "1970-01-01", cents: 3995 }],
    text: (y, mo) => `Telekom Mobilfunk Rechnung ${mm(mo)}/${y} Kd-Nr. 612 345 7890` },
  { name: "ARD ZDF Deutschlandradio Beitragsservice", category: "taxes", dayOfMonth: 15, months: [2, 5, 8, 11],
    prices: [{ from: "1970-01-01", cents: 5508 }],
    text: (y, mo) => `Rundfunkbeitrag ${mm(mo)}/${y} - ${mm(((mo + 1) % 12) + 1)}/${mo > 10 ? y + 1 : y} Beitragsnr. 512 345 678` },
  { name: "Allianz Versicherungs-AG", category: "insurance", dayOfMonth: 1, months: [1, 4, 7, 10],
    prices: [{ from: "1970-01-01", cents: 2145 }],
    text: (y, mo) => `Privathaftpflicht Beitrag Q${Math.ceil(mo / 3)}/${y} VS-Nr. AS-4471-220` },
  { name: "HUK-COBURG", category: "insurance", dayOfMonth: 1, months: [1, 4, 7, 10],
    prices: [{ from: "1970-01-01", cents: 13890 }],
    text: (y, mo) => `Kfz-Versicherung Q${Math.ceil(mo / 3)}/${y} B-KN 4711` },
];

export function priceOn(r: Recurring, isoDate: string): number {
  let cents = r.prices[0]?.cents ?? 0;
  for (const p of r.prices) if (isoDate >= p.from) cents = p.cents;
  return cents;
}

export const EMPLOYERS: readonly string[] = [
  "Nordlicht Software GmbH", "Spreewerk Logistik AG", "Havel Consulting GmbH", "Brandenburger Stahlbau KG",
];
export const LANDLORDS: readonly string[] = [
  "Hausverwaltung Kästner GmbH", "Wohnbau Mitte eG", "Immobilien Schröder & Partner",
];
