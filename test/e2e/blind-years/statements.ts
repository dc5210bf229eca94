// Thirty-eight months (October 2023 to November 2026) of one household's money
// in three real export formats (../shared/bank-formats.md §1.1): Postbank
// (UTF-8 with BOM, 7-line preamble and a balance trailer, D.M.YYYY, no quoting,
// Soll/Haben repeating the signed Betrag, trailing zeros dropped), Sparkasse
// CSV-MT940 (ISO-8859-1, every field quoted, DD.MM.YY, SEPA tags run together)
// and N26 (UTF-8, header quoted except Type, ISO dates, dot decimals).
//
// Postbank is the salary account: rent (raised once), the landlord's yearly
// Nebenkostenabrechnung (refund or back payment), power, yearly insurance, the
// car bought once, fuel and groceries by card, a gym cancelled mid-way, a
// monthly top-up of the N26 card account and a savings plan into the Sparkasse
// Tagesgeld. N26 carries streaming (Netflix raised its price), restaurants,
// summer holidays abroad and the Christmas shopping. The same logical events
// yield the expected answers, so the test never asks Kontor what is right.
//
// This corpus is held out: no parser or rule was tuned on it.

import { addDays, between, iso, pad, prng, germanIban } from "../statement-kit.ts";

export type Acct = "postbank" | "sparkasse" | "n26";

export type Category =
  | "salary" | "rent" | "nebenkosten" | "utilities" | "insurance" | "car" | "fuel" | "groceries" | "gym"
  | "streaming" | "restaurants" | "travel" | "shopping" | "savings" | "topup";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer minor units, negative = money out
  merchant: string | null; // what a person calls it
  category: Category;
  transfer: boolean; // between the household's own accounts
  row: string[]; // the bank's cells, in header order
}

const NAME = "Jonas Brandt";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  postbank: germanIban("10010010", "0912345678"),
  sparkasse: germanIban("37050198", "1004455667"),
  n26: germanIban("10011001", "2623456789"),
  landlord: germanIban("10050000", "0190044556"),
  employer: germanIban("20050550", "1234009876"),
  stadtwerke: germanIban("37050198", "0000456711"),
  allianz: germanIban("70080000", "0300500600"),
  huk: germanIban("78350000", "0000123456"),
  autohaus: germanIban("50040000", "0123987654"),
  fitx: germanIban("43060967", "1144556677"),
  zoll: germanIban("86000000", "0086001040"),
};

export const FIRST_DAY = "2023-10-01";
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
export const OPENING = { postbank: 412_350, sparkasse: 0, n26: 0 }; // cents, on 30 September 2023
export const CAR_DATE = "2025-03-14";
export const GYM_LAST = "2025-06-02"; // cancelled to the end of June 2025: the June debit is the last

/** Banks book on weekdays: Saturday and Sunday move to Monday. */
function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
/** Salary comes early: a 27th on Saturday or Sunday is paid on the Friday before. */
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
const dmyyyy = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`;
const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
const ddmmyyyyDash = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;

/** German amount: thousands dot, comma decimals ("-1.234,56"); Postbank drops trailing zeros ("-74,8"). */
export function deAmount(cents: number, opts: { dropZeros?: boolean; thousands?: boolean } = {}): string {
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (opts.thousands !== false) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${cents < 0 ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}
const dotAmount = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;

const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

/** Every month from October 2023 to November 2026 as [year, month]. */
export function months(): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 2023, m = 10; y < 2026 || (y === 2026 && m <= 11); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) out.push([y, m]);
  return out;
}

export const rentFor = (y: number) => (y >= 2025 ? 104_000 : 98_000);
export const salaryFor = (y: number, m: number) => (y > 2025 || (y === 2025 && m >= 4) ? 375_000 : 340_000);
export const savingsFor = (y: number, m: number) => (y > 2025 || (y === 2025 && m >= 4) ? 35_000 : 20_000);
export const netflixFor = (y: number, m: number) => (y > 2025 || (y === 2025 && m >= 5) ? -1_599 : -1_399);

export function buildEvents(): Event[] {
  const r = prng(20231001);
  const events: Event[] = [];
  const push = (e: Event) => events.push(e);

  // Postbank rows: Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;
  // Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;
  // Anzahl der Schecks;Soll;Haben;Währung
  const pbRow = (date: string, art: string, payee: string, purpose: string, iban: string, bic: string, cents: number, mandate = "", creditorId = "", ref = "") => {
    const amount = deAmount(cents, { dropZeros: true });
    return [dmyyyy(date), dmyyyy(date), art, payee, purpose, iban, bic, ref, mandate, creditorId, "", amount, "", "", "", cents < 0 ? amount : "", cents > 0 ? amount : "", "EUR"];
  };
  const pb = (date: string, cents: number, merchant: string | null, category: Category, transfer: boolean, row: string[]) =>
    push({ acct: "postbank", date, cents, merchant, category, transfer, row });
  const pbCard = (date: string, payeeFull: string, street: string, city: string, cents: number, merchant: string, category: Category) => {
    const text = `${payeeFull.toUpperCase()}/${street}/${city.toUpperCase()}/DE ${ddmmyyyyDash(addDays(date, -1))}T${pad(between(r, 8, 19))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))} Folgenr. ${pad(between(r, 1, 12))} Verfalld. 2712`;
    pb(date, cents, merchant, category, false, pbRow(date, "Kartenzahlung", payeeFull.slice(0, 20), text, germanIban("10000000", digits(r, 10)), "", cents, digits(r, 6), "", `6${digits(r, 34)}`));
  };
  // N26 rows: "Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"
  const n26 = (date: string, partner: string, type: string, reference: string, cents: number, merchant: string | null, category: Category, transfer = false, partnerIban = "") =>
    push({
      acct: "n26", date, cents, merchant, category, transfer,
      row: [date, type === "MasterCard Payment" ? "" : date, partner, partnerIban, type, reference, "Hauptkonto", dotAmount(cents), "", "", ""],
    });
  // Sparkasse CSV-MT940 rows: Auftragskonto;Buchungstag;Valutadatum;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Kontonummer;BLZ;Betrag;Waehrung;Info
  const spk = (date: string, text: string, purpose: string, who: string, iban: string, bic: string, cents: number, category: Category, transfer: boolean) =>
    push({ acct: "sparkasse", date, cents, merchant: null, category, transfer, row: [IBAN.sparkasse, ddmmyy(date), ddmmyy(date), text, purpose, who, iban, bic, deAmount(cents, { thousands: false }), "EUR", "Umsatz gebucht"] });

  for (const [y, m] of months()) {
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));

    // Rent on the 1st (Dauerauftrag), raised from January 2025.
    const rent = day(1);
    pb(rent, -rentFor(y), "Hausverwaltung Lindner", "rent", false,
      pbRow(rent, "SEPA Überweisung (Dauerauftrag)", "Hausverwaltung Lindner GmbH", `Miete ${mm} Wohnung Kastanienallee 12, 2. OG`, IBAN.landlord, "DEUTDEBBXXX", -rentFor(y)));

    // Savings plan into the own Sparkasse Tagesgeld on the 2nd, raised with the salary.
    const save = day(2);
    pb(save, -savingsFor(y, m), null, "savings", true,
      pbRow(save, "SEPA Überweisung (Dauerauftrag)", NAME, "Sparplan Tagesgeld", IBAN.sparkasse, "COLSDE33XXX", -savingsFor(y, m)));
    const saveIn = weekday(addDays(save, 1));
    spk(saveIn, "GUTSCHR. UEBERWEISUNG", "EREF+NOTPROVIDEDSVWZ+Sparplan Tagesgeld", NAME, IBAN.postbank, "PBNKDEFFXXX", savingsFor(y, m), "savings", true);

    // Gym until the end of June 2025 (direct debit on the 2nd).
    if (y < 2025 || (y === 2025 && m <= 6)) {
      const gym = day(2);
      pb(gym, -2_499, "FitX", "gym", false,
        pbRow(gym, "SEPA Lastschrift", "FitX Deutschland GmbH", `Mitgliedsbeitrag ${mm} Mitgl.-Nr. 4471123`, IBAN.fitx, "GENODEM1GLS", -2_499, "FX-4471123", "DE71ZZZ00001234567"));
    }

    // Top-up of the N26 card account on the 3rd.
    const top = day(3);
    pb(top, -45_000, null, "topup", true, pbRow(top, "SEPA Echtzeitüberweisung", NAME, "Umbuchung N26", IBAN.n26, "NTSBDEB1XXX", -45_000));
    n26(weekday(top), NAME, "Credit Transfer", "Umbuchung N26", 45_000, null, "topup", true, IBAN.postbank);

    // Power on the 5th.
    const power = day(5);
    pb(power, -8_900, "Stadtwerke Leipzig", "utilities", false,
      pbRow(power, "SEPA Lastschrift", "Stadtwerke Leipzig GmbH", `Abschlag Strom Vertragskonto 300998877 ${mm}`, IBAN.stadtwerke, "WELADE8LXXX", -8_900, "SWL-300998877", "DE55ZZZ00000456789"));

    // Groceries by card on Postbank, weekly.
    for (const [d, shop, street, merchant] of [
      [4, "REWE Markt GmbH", "KARL-LIEBKNECHT-STR. 20", "REWE"],
      [11, "Lidl Dienstleistung", "GOHLISER STR. 7", "Lidl"],
      [18, "EDEKA Center Brandt", "DRESDNER STR. 44", "EDEKA"],
      [25, "REWE Markt GmbH", "KARL-LIEBKNECHT-STR. 20", "REWE"],
    ] as const) {
      const date = day(d);
      if (date <= LAST_BOOKED) pbCard(date, shop, street, "Leipzig", -between(r, 2_800, 9_800), merchant, "groceries");
    }

    // Fuel after the car arrived.
    if (iso(y, m, 20) > CAR_DATE) {
      const date = day(20);
      pbCard(date, "Aral Station 281234", "PRAGER STR. 150", "Leipzig", -between(r, 5_500, 8_500), "Aral", "fuel");
    }

    // Salary on the 27th (or the Friday before), raised from April 2025.
    const pay = payday(iso(y, m, 27));
    if (pay <= LAST_BOOKED) {
      pb(pay, salaryFor(y, m), "Nordlicht Logistik", "salary", false,
        pbRow(pay, "SEPA-Gutschrift", "Nordlicht Logistik GmbH", `LOHN/GEHALT ${mm} PERS.-NR. 0815`, IBAN.employer, "NOLADE21XXX", salaryFor(y, m)));
    }

    // N26: Netflix on the 9th, Spotify on the 15th, restaurants twice a month.
    n26(day(9), "NETFLIX.COM", "MasterCard Payment", "", netflixFor(y, m), "Netflix", "streaming");
    n26(day(15), "Spotify", "MasterCard Payment", "", -1_099, "Spotify", "streaming");
    for (const [d, place] of [[13, "Bayerischer Bahnhof Gasthaus"], [23, "Pizzeria Napoli Leipzig"]] as const) {
      const date = day(d);
      if (date <= LAST_BOOKED) n26(date, place, "MasterCard Payment", "", -between(r, 2_400, 6_900), place, "restaurants");
    }
  }

  // The landlord's yearly Nebenkostenabrechnung in June: a refund, a back payment, a refund.
  for (const [date, cents, year] of [["2024-06-17", 14_320, 2023], ["2025-06-16", -21_245, 2024], ["2026-06-15", 8_760, 2025]] as const) {
    pb(date, cents, "Hausverwaltung Lindner", "nebenkosten", false,
      pbRow(date, cents > 0 ? "SEPA-Gutschrift" : "SEPA Überweisung", "Hausverwaltung Lindner GmbH",
        `Nebenkostenabrechnung ${year} ${cents > 0 ? "Guthaben" : "Nachzahlung"} Kastanienallee 12`, IBAN.landlord, "DEUTDEBBXXX", cents));
  }

  // Yearly insurance: liability every January, car insurance and car tax every March after the car.
  for (const [date, cents] of [["2024-01-02", -6_490], ["2025-01-02", -6_990], ["2026-01-02", -6_990]] as const) {
    pb(date, cents, "Allianz", "insurance", false,
      pbRow(date, "SEPA Lastschrift", "Allianz Versicherungs-AG", `Privathaftpflicht Jahresbeitrag ${date.slice(0, 4)} VS-Nr. AS-7788123`, IBAN.allianz, "DRESDEFF700", cents, "AS-7788123", "DE43ZZZ00000012345"));
  }
  for (const [date, cents] of [["2025-03-17", -48_216], ["2026-03-16", -51_030]] as const) {
    pb(date, cents, "HUK-COBURG", "insurance", false,
      pbRow(date, "SEPA Lastschrift", "HUK-COBURG Haftpflicht-Unterstuetzungs-Kasse", `Kfz-Versicherung L-JB 412 Beitrag ${date.slice(0, 4)}`, IBAN.huk, "BYLADEM1COB", cents, "KFZ-L-JB412", "DE12ZZZ00000033333"));
  }

  // The car, bought once.
  pb(CAR_DATE, -1_849_000, "Autohaus Weber", "car", false,
    pbRow(CAR_DATE, "SEPA Überweisung", "Autohaus Weber GmbH", "Kaufvertrag Nr. 2025-0311 VW Golf Variant FIN WVWZZZCDZPW123456", IBAN.autohaus, "COBADEFFXXX", -1_849_000));

  // Summer holidays abroad on the N26 card: flight booked in spring, hotel paid on the stay, a rental car.
  const holidays: [string, string, number][] = [
    ["2024-03-05", "Eurowings GmbH", -48_760],
    ["2024-08-12", "Hotel Playa Sol Mallorca", -126_400],
    ["2024-08-13", "Sixt Palma Airport", -21_890],
    ["2025-02-24", "Lufthansa", -61_230],
    ["2025-07-21", "Hotel Villa Toscana Lucca", -142_800],
    ["2025-07-22", "Hertz Pisa Aeroporto", -24_560],
    ["2026-04-07", "TAP Air Portugal", -54_320],
    ["2026-08-10", "Pestana Hotel Lisboa", -118_940],
    ["2026-08-11", "Europcar Lisboa", -19_870],
  ];
  for (const [date, partner, cents] of holidays) n26(date, partner, "MasterCard Payment", "", cents, partner, "travel");

  // Christmas shopping every December on the N26 card.
  for (const y of [2023, 2024, 2025]) {
    for (const [d, shop, merchant] of [[4, "AMAZON EU S.A.R.L.", "Amazon"], [8, "Thalia Leipzig", "Thalia"], [12, "MediaMarkt Leipzig", "MediaMarkt"], [15, "Galeria Leipzig", "Galeria"], [18, "AMAZON EU S.A.R.L.", "Amazon"]] as const) {
      n26(weekday(iso(y, 12, d)), shop, "MasterCard Payment", "", -between(r, 4_500, 24_000), merchant, "shopping");
    }
  }

  return events.filter((e) => e.date >= FIRST_DAY && e.date <= LAST_BOOKED).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Balance at the end of `date` (default: the last booking day). */
export function balance(events: Event[], acct: Acct, date = LAST_BOOKED): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && e.date <= date).map((e) => e.cents));
}
const newestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** Postbank, UTF-8 with BOM, unquoted, 7 preamble lines and a balance trailer (§1.1 "Deutsche Bank and Postbank"). */
export function postbankCsv(events: Event[]): Buffer {
  const mine = events.filter((e) => e.acct === "postbank");
  const closing = balance(events, "postbank");
  const lines = [
    "Umsätze",
    "Konto;Filial-/Kontonummer;IBAN;Währung",
    `Postbank Giro extra plus;${IBAN.postbank.slice(12, 15)} ${IBAN.postbank.slice(15)} 00;${IBAN.postbank};EUR`,
    "",
    `${dmyyyy(FIRST_DAY)} - ${dmyyyy(EXPORT_DATE)}`,
    `Letzter Kontostand;;;;${deAmount(closing)};EUR`,
    "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
    "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
    ...newestFirst(mine).map((e) => e.row.join(";")),
    `Kontostand;${dmyyyy(EXPORT_DATE)};;;${deAmount(closing)};EUR`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** Sparkasse CSV-MT940, ISO-8859-1, every field quoted, header on line 1, no balance (§1.1 "Sparkasse"). */
export function sparkasseCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ", "Betrag", "Waehrung", "Info"]),
    ...newestFirst(events.filter((e) => e.acct === "sparkasse")).map((e) => q(e.row)),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** N26, UTF-8, header quoted except Type, values unquoted unless text (§1.1 "N26"). */
export function n26Csv(events: Event[]): Buffer {
  const cell = (c: string, i: number) => (i === 2 || i === 3 || i === 5 || i === 6 ? `"${c}"` : c);
  const lines = [
    `"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"`,
    ...events.filter((e) => e.acct === "n26").map((e) => e.row.map(cell).join(",")),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
