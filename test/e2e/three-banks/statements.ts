// Eighteen months of one person's money across three banks, written as the
// banks' own exports (../shared/bank-formats.md §0, §1.1): DKB new banking
// (UTF-8 with BOM, DD.MM.YY, trailing zeros dropped), ING Deutschland
// (Windows-1252, unquoted, preamble with Saldo) and comdirect (Windows-1252,
// every field quoted, every line ending in ';', Girokonto and Visa sections,
// pending rows with '--' dates). The same logical events also yield the
// expected answers, so the test never asks Kontor what the right number is.
//
// This corpus is held out: no parser or rule was tuned on it.

import { addDays, between, iso, pad, prng, germanIban } from "../statement-kit.ts";

export type Acct = "dkb" | "ing" | "comdirect" | "visa";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD, booking date (for pending rows: the timestamp in the text)
  cents: number; // integer minor units, negative = money out
  merchant: string | null; // what a person calls it ("Amazon")
  category: string; // taxonomy key the row belongs to
  transfer: boolean; // between the person's own accounts, or a card settlement
  pending?: boolean;
  row: string[]; // the bank's cells, in header order
}

const NAME = "Mara Muster";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  dkb: germanIban("12030000", "1020304050"),
  ing: germanIban("50010517", "5566778899"),
  comdirect: germanIban("20041133", "0123456701"),
  landlord: germanIban("10050000", "0190011223"),
  employer: germanIban("70020270", "0015550123"),
  stadtwerke: germanIban("37050198", "0000456789"),
  telefonica: germanIban("70020270", "0660060111"),
};


/** Banks book on weekdays: Saturday and Sunday move to Monday. */
function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
/** Salary comes early: a 25th on Saturday or Sunday is paid on the Friday before. */
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
const ddmmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** German amount: thousands dot, comma decimals ("-1.234,56"). */
export function deAmount(cents: number, opts: { dropZeros?: boolean } = {}): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}

const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

export const FIRST_MONTH = { y: 2025, m: 6 };
export const MONTHS = 18; // June 2025 to November 2026
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
export const OPENING = { dkb: 200_000, ing: 1_000_000, comdirect: 50_000, visa: 0 }; // cents, on 31 May 2025

export function buildEvents(): Event[] {
  const r = prng(20261129);
  const events: Event[] = [];
  const dkbCard = (date: string, payee: string, cents: number, merchant: string, category: string) =>
    events.push({
      acct: "dkb", date, cents, merchant, category, transfer: false,
      row: [ddmmyy(date), ddmmyy(date), "Gebucht", NAME, payee, `${addDays(date, -1)} Debitk.99 VISA Debit`, "Ausgang", "", deAmount(cents, { dropZeros: true }), "", "", digits(r, 15)],
    });
  const cdCard = (date: string, text: string, cents: number, merchant: string, category: string, pending = false) =>
    events.push({
      acct: "comdirect", date, cents, merchant, category, transfer: false, pending,
      row: [pending ? "offen" : ddmmyyyy(date), pending ? "--" : ddmmyyyy(date), "Kartenverfügung", text, deAmount(cents)],
    });
  const cardText = (name: string, date: string) =>
    ` Buchungstext: ${name} Karte Nr. 4871 78XX XXXX 0417 Kartenzahlung comdirect Visa-Debitkarte ${addDays(date, -2)} 00:00:00 Ref. ${code(r, 16)}/${digits(r, 5)}`;
  const visa = (date: string, text: string, cents: number, merchant: string, category: string) =>
    events.push({
      acct: "visa", date, cents, merchant, category, transfer: false,
      row: [ddmmyyyy(date), ddmmyyyy(addDays(date, -2)), "Visa-Umsatz", digits(r, 17), text, deAmount(cents)],
    });

  let visaLastMonth = 0;
  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST_MONTH.y + Math.floor((FIRST_MONTH.m - 1 + i) / 12);
    const m = ((FIRST_MONTH.m - 1 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));
    const inPast = (date: string) => date <= LAST_BOOKED;

    // DKB Girokonto: rent, savings and comdirect transfers, direct debits, salary, card payments.
    const rent = day(1);
    events.push({
      acct: "dkb", date: rent, cents: -95_000, merchant: "Wohnungsbau Musterstadt", category: "rent", transfer: false,
      row: [ddmmyy(rent), ddmmyy(rent), "Gebucht", NAME, "Wohnungsbau Musterstadt eG", `Miete ${mm} Whg. 3.OG links`, "Ausgang", IBAN.landlord, "-950", "", "", "NOTPROVIDED"],
    });
    const saving = day(2);
    events.push({
      acct: "dkb", date: saving, cents: -30_000, merchant: null, category: "savings", transfer: true,
      row: [ddmmyy(saving), ddmmyy(saving), "Gebucht", NAME, NAME, "Sparen", "Ausgang", IBAN.ing, "-300", "", "", "NOTPROVIDED"],
    });
    const savingIn = addDays(saving, 1);
    events.push({
      acct: "ing", date: savingIn, cents: 30_000, merchant: null, category: "savings", transfer: true,
      row: [ddmmyyyy(savingIn), ddmmyyyy(savingIn), NAME, "Gutschrift", "Sparen", "300,00", "EUR"],
    });
    const toCd = day(3);
    events.push({
      acct: "dkb", date: toCd, cents: -40_000, merchant: null, category: "transfers", transfer: true,
      row: [ddmmyy(toCd), ddmmyy(toCd), "Gebucht", NAME, NAME, "Umbuchung Girokonto", "Ausgang", IBAN.comdirect, "-400", "", "", "NOTPROVIDED"],
    });
    const cdIn = addDays(toCd, 1);
    events.push({
      acct: "comdirect", date: cdIn, cents: 40_000, merchant: null, category: "transfers", transfer: true,
      row: [ddmmyyyy(cdIn), ddmmyyyy(cdIn), "Übertrag / Überweisung", `Auftraggeber: ${NAME}Kto/IBAN: ${IBAN.dkb} BLZ/BIC: BYLADEM1001 Buchungstext: Umbuchung Girokonto Ref. ${code(r, 16)}/1`, "400,00"],
    });
    const power = day(5);
    const powerCents = y === 2026 ? -6_800 : -6_200;
    events.push({
      acct: "dkb", date: power, cents: powerCents, merchant: "Stadtwerke Musterstadt", category: "utilities", transfer: false,
      row: [ddmmyy(power), ddmmyy(power), "Gebucht", NAME, "Stadtwerke Musterstadt GmbH", `Abschlag Strom Vertragskonto 400123456 ${mm}`, "Ausgang", IBAN.stadtwerke, deAmount(powerCents, { dropZeros: true }), "DE98ZZZ09999999999", "STW-400123456", `${digits(r, 12)}`],
    });
    const phone = day(8);
    events.push({
      acct: "dkb", date: phone, cents: -2_499, merchant: "O2", category: "utilities", transfer: false,
      row: [ddmmyy(phone), ddmmyy(phone), "Gebucht", NAME, "Telefonica Germany GmbH + Co. OHG", `Kd-Nr.: 5012345678 Rg-Nr.: ${digits(r, 10)} Mobilfunk ${mm}`, "Ausgang", IBAN.telefonica, "-24,99", "DE25ZZZ00000105071", `${digits(r, 10)}`, ""],
    });
    const netflixCents = y === 2026 && m >= 3 ? -1_599 : -1_399;
    dkbCard(day(14), "NETFLIX.COM//Los Gatos/NL", netflixCents, "Netflix", "subscriptions");
    for (const d of [6, 19]) dkbCard(day(d), "REWE Markt GmbH//Musterstadt/DE", -between(r, 1_500, 9_500), "REWE", "groceries");
    dkbCard(day(11), "EDEKA Center Musterstadt    Musterstadt    DE", -between(r, 2_000, 7_000), "EDEKA", "groceries");
    if (m % 3 === 0) {
      const fee = day(15);
      events.push({
        acct: "dkb", date: fee, cents: -5_508, merchant: "Rundfunkbeitrag", category: "taxes", transfer: false,
        row: [ddmmyy(fee), ddmmyy(fee), "Gebucht", NAME, "Rundfunk ARD, ZDF, DRadio", `Rundfunkbeitrag ${pad(m - 2)}.${y} - ${pad(m)}.${y} Beitragsnr. 123456789`, "Ausgang", germanIban("37050198", "0000000111"), "-55,08", "DE34ZZZ00000125734", "123456789", ""],
      });
    }
    const pay = payday(iso(y, m, 25));
    const salary = y === 2026 && m >= 4 ? 340_000 : 325_000;
    events.push({
      acct: "dkb", date: pay, cents: salary, merchant: "ACME Software", category: "salary", transfer: false,
      row: [ddmmyy(pay), ddmmyy(pay), "Gebucht", "ACME Software GmbH", NAME, `Lohn und Gehalt ${mm}`, "Eingang", IBAN.employer, deAmount(salary, { dropZeros: true }), "", "", ""],
    });

    // comdirect Girokonto: Amazon three ways, fuel, the Visa settlement.
    const amazon1 = day(9);
    cdCard(amazon1, cardText(`Amazon.de*${code(r, 9)}, AMAZON.DE LU`, amazon1), -between(r, 999, 8_999), "Amazon", "shopping");
    const mktp = day(22);
    cdCard(mktp, cardText(`AMZN Mktp DE*${code(r, 9)}, AMAZON.DE LU`, mktp), -between(r, 599, 4_999), "Amazon", "shopping");
    if (m % 2 === 0) {
      const sepa = day(17);
      const cents = -between(r, 1_999, 12_999);
      events.push({
        acct: "comdirect", date: sepa, cents, merchant: "Amazon", category: "shopping", transfer: false,
        row: [ddmmyyyy(sepa), ddmmyyyy(sepa), "Lastschrift / Belastung", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: ${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)} Amazon.de ${code(r, 16)} Ref. ${code(r, 16)}/2`, deAmount(cents)],
      });
    }
    const fuel = day(12);
    cdCard(fuel, cardText("Aral Station 141726125, Koeln DE", fuel).replace(/^ /, "Auftraggeber: Aral Station 141726125 "), -between(r, 4_500, 7_500), "Aral", "fuel");
    if (i > 0 && visaLastMonth !== 0) {
      const settle = day(15);
      events.push({
        acct: "comdirect", date: settle, cents: visaLastMonth, merchant: null, category: "transfers", transfer: true,
        row: [ddmmyyyy(settle), ddmmyyyy(settle), "Visa-Kartenabrechnung", ` Buchungstext: Visa-Kartenabrechnung 4871 78XX XXXX 1234 Ref. ${code(r, 16)}/3`, deAmount(visaLastMonth)],
      });
    }

    // comdirect Visa credit card: groceries, restaurants, music.
    let visaSum = 0;
    const add = (date: string, text: string, cents: number, merchant: string, category: string) => {
      if (!inPast(date)) return;
      visa(date, text, cents, merchant, category);
      visaSum += cents;
    };
    for (const d of [4, 16, 27]) add(day(d), `LIDL SAGT DANKE ${digits(r, 4)} MUSTERSTADT DE`, -between(r, 800, 4_500), "Lidl", "groceries");
    add(day(13), `VAPIANO BERLIN ${digits(r, 4)} BERLIN DE`, -between(r, 1_800, 3_900), "Vapiano", "restaurants");
    if (m % 2 === 1) add(day(20), "PIZZERIA DA MARIO MUSTERSTADT DE", -between(r, 2_200, 5_600), "Pizzeria Da Mario", "restaurants");
    add(day(10), `Spotify P${code(r, 9)} Stockholm SE`, -1_099, "Spotify", "subscriptions");
    visaLastMonth = visaSum; // negative: the Girokonto pays the card bill
  }

  // Two card payments not yet booked at export time: comdirect writes "offen" / "--".
  cdCard("2026-11-28", " Buchungstext: CAFE BEISPIEL//MUSTERSTADT/DE 2026-11-28T08:43:43 Ref. ZZ2C21XX0AA00042/00042", -480, "Cafe Beispiel", "restaurants", true);
  cdCard("2026-11-28", " Buchungstext: Aral Station 141726125, Koeln DE 2026-11-28T17:05:12 Ref. ZZ2C21XX0AA00043/00043", -5_210, "Aral", "fuel", true);
  return events.filter((e) => e.date <= LAST_BOOKED || e.pending);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export function closing(events: Event[], acct: Acct): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && !e.pending).map((e) => e.cents));
}
const newestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** DKB new banking, UTF-8 with BOM, all fields quoted (bank-formats.md §1.1 "DKB: new banking"). */
export function dkbCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Girokonto", IBAN.dkb]),
    q([""]),
    q([`Kontostand vom ${ddmmyyyy(LAST_BOOKED)}:`, `${deAmount(closing(events, "dkb"))} €`]),
    q([""]),
    q(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...newestFirst(events.filter((e) => e.acct === "dkb")).map((e) => q(e.row)),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** ING Deutschland "Umsatzanzeige" with balance, Windows-1252, unquoted (§1.1 "ING Deutschland"). */
export function ingCsv(events: Event[]): Buffer {
  const lines = [
    `Umsatzanzeige;Datei erstellt am: ${ddmmyyyy(EXPORT_DATE)} 09:12`,
    "",
    `IBAN;${IBAN.ing.replace(/(.{4})/g, "$1 ").trim()}`,
    "Kontoname;Extra-Konto",
    "Bank;ING",
    `Kunde;${NAME}`,
    `Zeitraum;01.06.2025 - ${ddmmyyyy(EXPORT_DATE)}`,
    `Saldo;${deAmount(closing(events, "ing"))};EUR`,
    "",
    "Sortierung;Datum absteigend",
    "",
    "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
    "",
    "Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung",
    ...newestFirst(events.filter((e) => e.acct === "ing")).map((e) => e.row.join(";")),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "latin1");
}

/** comdirect, Windows-1252, every field quoted and every line ending in ';' (§1.1 "comdirect"). */
export function comdirectCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const period = `Zeitraum: 01.06.2025 - ${ddmmyyyy(EXPORT_DATE)}`;
  const section = (label: string, acct: Acct, header: string[]) => [
    q([`Umsätze ${label}`, period]),
    q(["Neuer Kontostand", `${deAmount(closing(events, acct))} EUR`]),
    "",
    q(header),
    ...newestFirst(events.filter((e) => e.acct === acct)).map((e) => q(e.row)),
    "",
    q(["Alter Kontostand", `${deAmount(OPENING[acct])} EUR`]),
    "",
  ];
  const lines = [
    ";",
    ...section("Girokonto", "comdirect", ["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
    ...section("Visa-Karte (Kreditkarte)", "visa", ["Buchungstag", "Umsatztag", "Vorgang", "Referenz", "Buchungstext", "Umsatz in EUR"]),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
