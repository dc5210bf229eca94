// Fourteen months (2025-10 .. 2026-11-27) of one person in Cologne, written as
// the banks' own exports from /work/shared/bank-formats.md only:
// - Sparkasse KölnBonn Girokonto as CSV-MT940 (§1.1 Sparkasse): 11 quoted
//   columns, SEPA tags run together in Verwendungszweck (EREF+…SVWZ+…),
//   Kontonummer/BLZ holding IBAN/BIC, DD.MM.YY, "-1143,41" (no thousands dot),
//   ISO-8859-1, newest first, pending rows with Info "Umsatz vorgemerkt".
// - Sparkasse Kreditkarte (§1.1 "Sparkasse credit card"): 16 quoted columns,
//   ISO-8859-1 header with umlauts, DD.MM.YY, fixed-width descriptors
//   ("AMREST STARBUCKS DE 08007263333  DE" shape). Settled monthly from the
//   Girokonto: the Girokonto debit and the card's credit are the same money.
// - Postbank Tagesgeld (§1.1 Deutsche Bank and Postbank): UTF-8 with BOM, 7
//   preamble lines and a Kontostand trailer, unquoted, D.M.YYYY, Soll/Haben
//   repeating Betrag, trailing zeros dropped. Fed by a monthly Dauerauftrag.
// - PayPal Aktivitätsbericht (§1.5): German 41-column header, UTF-8 with BOM,
//   every field quoted, "18.06.2025" and "-6,19", Guthaben running balance.
//   Each payment the balance cannot cover is funded by "Überweisung als
//   Zahlungsquelle", which the Girokonto shows as a PayPal Europe direct debit
//   "…, Ihr Einkauf bei <shop>" one or two days later (§3.2). The purchase is
//   the PayPal row; the funding row and the bank debit are money moving
//   between the person's own accounts.
// Descriptors follow §3: REWE/ALDI/LIDL with store numbers, SAGT DANKE and
// city suffixes, AMZN Mktp DE* / Amazon.de* / AMZ*, SumUp *, Amazon EU SEPA
// debits, GA NR… cash withdrawals, Vodafone Kabel DeutschlandGmbH.
//
// Blind: written from the format reference alone, without reading Kontor's code.

import { addDays, between, dow, iso, pad, prng, weekday, germanIban } from "../statement-kit.ts";

export type Acct = "spk" | "card" | "postbank" | "paypal";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking day (PayPal: the activity date)
  cents: number; // negative = money out of that account
  merchant: string | null; // what a person calls it
  category: string; // rent, utilities, insurance, broadcasting, salary, groceries, restaurants, shopping, subscriptions, cash, savings, transfer, card-settlement
  transfer: boolean; // money between the person's own accounts (savings, PayPal funding, card bill)
  refund?: boolean;
  pending?: boolean;
  cells: string[];
}

export const OWNER = "Anna Beispiel";
export const FIRST = { y: 2025, m: 10 };
export const MONTHS = 14;
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
/** The Postbank Tagesgeld held this on 30 September 2025; the other accounts started at zero. */
export const POSTBANK_OPENING = 500_000;

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  spk: germanIban("37050198", "1904711"),
  postbank: germanIban("10010010", "0987654321"),
  landlord: germanIban("37050198", "0008800123"),
  employer: germanIban("37060590", "0004004711"),
  rheinenergie: germanIban("37050198", "0000071001"),
  vodafone: germanIban("70020270", "0015550000"),
  barmenia: germanIban("33050000", "0000123400"),
  huk: germanIban("78350000", "0000040000"),
  rundfunk: germanIban("37050198", "0000000111"),
  amazon: "LU41ZZZ0000000000000000000",
  acquirer: germanIban("50040000", "0000000777"),
};
const PAYPAL_IBAN = "LU89751000135104200E";
const CARD_MASK = "5232 XXXX XXXX 4711";

/** Salary comes early: a 28th on a weekend is paid on the Friday before. */
const payday = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
export const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
export const ddmmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const dmyyyy = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`;

/** German amount from cents: "-1.234,56"; thousands dot optional, trailing zeros optionally dropped. */
export function deAmount(cents: number, opts: { thousands?: boolean; dropZeros?: boolean } = {}): string {
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (opts.thousands ?? true) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${cents < 0 ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}

const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
/** Fixed-width card descriptor: name to 23, city to 13, country. */
/** The k-th of several descriptor shapes, cycling. */
const pick = (shapes: readonly string[], k: number) => shapes[k % shapes.length] ?? "";
const fixed = (name: string, city: string, cc = "DE") => `${name.padEnd(23)} ${city.padEnd(13)} ${cc}`;

export interface Files {
  spk: Event[];
  card: Event[];
  postbank: Event[];
  paypal: Event[];
  postbankBalance: number;
  paypalBalance: number;
}

export function buildFiles(): Files {
  const r = prng(20261128);
  const spk: Event[] = [];
  const card: Event[] = [];
  const postbank: Event[] = [];
  const paypal: Event[] = [];

  const spkRow = (e: Omit<Event, "acct" | "cells">, f: { text: string; purpose: string; name: string; iban: string; bic: string; valuta?: string }) =>
    spk.push({
      ...e, acct: "spk",
      cells: [IBAN.spk, ddmmyy(e.date), ddmmyy(f.valuta ?? e.date), f.text, f.purpose, f.name, f.iban, f.bic, deAmount(e.cents, { thousands: false }), "EUR", e.pending ? "Umsatz vorgemerkt" : "Umsatz gebucht"],
    });
  const debit = (date: string, cents: number, merchant: string, category: string, name: string, iban: string, bic: string, creditor: string, mandate: string, svwz: string) =>
    spkRow({ date, cents, merchant, category, transfer: false }, {
      text: "FOLGELASTSCHRIFT", name, iban, bic,
      purpose: `EREF+${digits(r, 13)}MREF+${mandate}CRED+${creditor}SVWZ+${svwz}`,
    });
  const girocard = (date: string, cents: number, merchant: string, category: string, payee: string, pending = false) =>
    spkRow({ date, cents, merchant, category, transfer: false, pending }, {
      text: "KARTENZAHLUNG", name: payee, iban: IBAN.acquirer, bic: "COBADEFFXXX", valuta: pending ? addDays(date, 3) : date,
      purpose: `EREF+${digits(r, 26)}MREF+OFFLINESVWZ+${addDays(date, -1)}T${pad(between(r, 8, 19))}:${pad(between(r, 0, 59))} Debitk.2 2028-06`,
    });
  const cardRow = (date: string, cents: number, merchant: string | null, category: string, desc: string, extra = "", transfer = false, refund = false) =>
    card.push({
      acct: "card", date, cents, merchant, category, transfer, refund,
      cells: ["Hauptkarte", ddmmyy(transfer ? date : addDays(date, -1)), ddmmyy(date), deAmount(cents), "EUR", "", deAmount(cents), "EUR", desc, extra, digits(r, 23), "", "DE", "", "", ""],
    });

  // PayPal payments are collected first and written in date order, so the running balance follows them.
  const ppPayments: { date: string; cents: number; merchant: string; category: string; name: string; email: string; item: string; refundOf?: string }[] = [];
  let lastZalando = 0;

  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST.y + Math.floor((FIRST.m - 1 + i) / 12);
    const m = ((FIRST.m - 1 + i) % 12) + 1;
    const mmyyyy = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));
    const booked = (date: string) => date <= LAST_BOOKED;

    // Girokonto: fixed costs.
    const rentCents = y === 2026 ? -92_000 : -89_000;
    spkRow({ date: day(1), cents: rentCents, merchant: "Wohnungsgenossenschaft Rheinblick", category: "rent", transfer: false }, {
      text: "DAUERAUFTRAG", name: "Wohnungsgenossenschaft Rheinblick eG", iban: IBAN.landlord, bic: "COLSDE33XXX",
      purpose: `EREF+NOTPROVIDEDSVWZ+Miete ${mmyyyy} Rheinstr. 5 Whg. 12`,
    });
    debit(day(1), -1_980, "Barmenia", "insurance", "Barmenia Krankenversicherung AG", IBAN.barmenia, "DEUTDEDBWUP", "DE12ZZZ00000012345", "ZZV-004711", `Beitrag Zahnzusatz ${mmyyyy} Vers.-Nr. 4711-0815`);
    if (m === 1) debit(day(2), -13_247, "HUK-COBURG", "insurance", "HUK-COBURG Allgemeine Versicherung AG", IBAN.huk, "BYLADEM1COB", "DE53ZZZ00000019874", "HUK123456789", `Hausrat/Privathaftpflicht ${y} Vers.-Nr. 123/456789-K`);

    const save = day(2);
    spkRow({ date: save, cents: -30_000, merchant: null, category: "savings", transfer: true }, {
      text: "DAUERAUFTRAG", name: OWNER, iban: IBAN.postbank, bic: "PBNKDEFFXXX", purpose: "EREF+NOTPROVIDEDSVWZ+Sparen Tagesgeld",
    });
    postbank.push(pbRow(weekday(addDays(save, 1)), 30_000, "SEPA-Gutschrift", OWNER, "Sparen Tagesgeld", IBAN.spk, "COLSDE33XXX", "savings"));

    const power = y === 2026 ? -8_400 : -7_800;
    debit(day(15), power, "RheinEnergie", "utilities", "RheinEnergie AG", IBAN.rheinenergie, "COLSDE33XXX", "DE75ZZZ00000028722", "RE-2004711", `Abschlag Strom Vertragskonto 2004711 ${mmyyyy}`);
    if (booked(day(20))) debit(day(20), -3_999, "Vodafone", "utilities", "Vodafone Kabel DeutschlandGmbH", IBAN.vodafone, "HYVEDEMMXXX", "DE28ZZZ00000030712", "VKD-012345678", `${mmyyyy} K-NR. 012345678 Internet und Telefon`);
    if ([1, 4, 7, 10].includes(m)) debit(day(15), -5_508, "Rundfunkbeitrag", "broadcasting", "Rundfunk ARD, ZDF, DRadio", IBAN.rundfunk, "WELADEDDXXX", "DE34ZZZ00000125734", "123456789", `Rundfunk ${pad(m)}.${y} - ${pad(m + 2)}.${y} Beitragsnr. 123456789`);

    const pay = payday(iso(y, m, 28));
    if (booked(pay)) {
      const salary = y === 2026 && m >= 4 ? 301_000 : 287_000;
      spkRow({ date: pay, cents: salary, merchant: "Rheinland Logistik", category: "salary", transfer: false }, {
        text: "GUTSCHR. UEBERWEISUNG", name: "Rheinland Logistik GmbH", iban: IBAN.employer, bic: "GENODED1PAX",
        purpose: `EREF+LG-${y}-${pad(m)}-004711SVWZ+Lohn/Gehalt ${mmyyyy} PersNr. 004711`,
      });
      if (y === 2025 && m === 11) {
        spkRow({ date: pay, cents: 143_500, merchant: "Rheinland Logistik", category: "salary", transfer: false }, {
          text: "GUTSCHR. UEBERWEISUNG", name: "Rheinland Logistik GmbH", iban: IBAN.employer, bic: "GENODED1PAX",
          purpose: `EREF+LG-${y}-WG-004711SVWZ+Sonderzahlung Weihnachtsgeld ${y} PersNr. 004711`,
        });
      }
    }

    // Girokonto: groceries and the Brauhaus by girocard, three REWE shapes and two ALDI shapes.
    const rewe = ["REWE Markt GmbH//Koeln/DE", "REWE SAGT DANKE 44712//KOELN/DE", "REWE 0567 Koeln-Suelz//Koeln/DE"];
    girocard(day(6), -between(r, 1_500, 9_500), "REWE", "groceries", pick(rewe, i));
    if (booked(day(19))) girocard(day(19), -between(r, 1_500, 9_500), "REWE", "groceries", pick(rewe, i + 1));
    girocard(day(11), -between(r, 1_200, 6_500), "ALDI", "groceries", i % 2 ? "ALDI SAGT DANKE//Koeln/DE" : "ALDI SUED 0123//KOELN/DE");
    if (i % 3 === 0 && booked(day(24))) girocard(day(24), -between(r, 3_500, 8_500), "Brauhaus Sion", "restaurants", "BRAUHAUS SION KOELN//KOELN/DE");

    // Girokonto: cash in odd months, Amazon direct debits three times.
    if (m % 2 === 1) {
      const cash = day(9);
      spkRow({ date: cash, cents: i % 4 === 1 ? -20_000 : -10_000, merchant: null, category: "cash", transfer: false }, {
        text: "GELDAUTOMAT", name: "GA NR00003342 BLZ37050198 0", iban: "", bic: "",
        purpose: `SVWZ+GA NR00003342 BLZ37050198 0/${cash.slice(8, 10)}.${cash.slice(5, 7)}/10.1${i % 10}UHR KOELN RING`,
      });
    }
    if ([12, 4, 8].includes(m)) {
      debit(day(17), -between(r, 1_999, 8_999), "Amazon", "shopping", "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", IBAN.amazon, "DEUTDEFFXXX", "DE24ZZZ00000561652",
        code(r, 12), `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)} Amazon.de ${code(r, 16)}`);
    }

    // Kreditkarte: groceries, restaurants, Amazon in several shapes; billed on the 5th of the next month.
    const lidl = [fixed("LIDL SAGT DANKE 1234", "KOELN"), fixed("LIDL DIENSTL GMBH", "KOELN-EHRENF"), fixed("LIDL SAGT DANKE", "KOELN")];
    cardRow(day(4), -between(r, 800, 6_000), "Lidl", "groceries", pick(lidl, i));
    if (booked(day(21))) cardRow(day(21), -between(r, 800, 6_000), "Lidl", "groceries", pick(lidl, i + 2));
    cardRow(day(13), -between(r, 1_500, 7_000), "REWE", "groceries", i % 2 ? fixed("REWE SAGT DANKE. 44712", "KOELN") : fixed("REWE MARKT 0567", "KOELN-SUELZ"));
    cardRow(day(16), -between(r, 2_400, 6_800), "L'Osteria", "restaurants", pick([fixed("L OSTERIA KOELN RINGE", "KOELN"), fixed("LOSTERIA 0451", "KOELN"), fixed("L'OSTERIA GMBH", "KOELN")], i));
    if (m % 2 === 0) cardRow(day(8), -between(r, 1_800, 4_600), "Pizzeria Roma", "restaurants", i % 4 ? "SumUp  *Pizzeria Roma   Koeln         DE" : "SUMUP *PIZZERIA ROMA    KOELN         DE");
    if (i % 2 === 0) {
      const desc = pick([`AMZN Mktp DE*${code(r, 9)}  800-279-6620  LU`, `Amazon.de*${code(r, 9)}     AMAZON.DE     LU`, "AMZ*AMAZON.DE           AMAZON.DE     LU"], i / 2);
      cardRow(day(10), -between(r, 1_299, 7_999), "Amazon", "shopping", desc);
    }
    if (y === 2026 && m === 3) {
      // The February Amazon order went back: the card is credited the same amount.
      const feb = card.find((e) => e.merchant === "Amazon" && e.date.startsWith("2026-02"))!;
      cardRow(day(12), -feb.cents, "Amazon", "shopping", `AMZN Mktp DE*RF${code(r, 7)}  800-279-6620  LU`, "Gutschrift", false, true);
    }

    // The card bill for last month: the Girokonto pays it, the card account receives it.
    if (i > 0) {
      const prev = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
      const bill = -card.filter((e) => !e.transfer && e.date.startsWith(prev)).reduce((a, e) => a + e.cents, 0);
      const on = day(5);
      spkRow({ date: on, cents: -bill, merchant: null, category: "card-settlement", transfer: true }, {
        text: "KARTENABRECHNUNG", name: "Sparkasse KoelnBonn", iban: "", bic: "",
        purpose: `SVWZ+Abrechnung Kreditkarte ${CARD_MASK} vom ${ddmmyy(on)}`,
      });
      cardRow(on, bill, null, "card-settlement", "EINZUG KARTENABRECHNUNG", `Lastschrift von ${IBAN.spk}`, true);
    }

    // PayPal: Spotify monthly, Zalando every other month, Otto twice, eBay once.
    ppPayments.push({ date: day(12), cents: -1_099, merchant: "Spotify", category: "subscriptions", name: "Spotify AB", email: "paypal-de@spotify.com", item: "Spotify Premium" });
    if (m % 2 === 0) {
      lastZalando = -between(r, 3_999, 15_999);
      ppPayments.push({ date: day(7), cents: lastZalando, merchant: "Zalando", category: "shopping", name: "Zalando SE", email: "paypal@zalando.de", item: `Bestellung 1030${digits(r, 8)}` });
    }
    if (y === 2026 && m === 3) ppPayments.push({ date: day(18), cents: -8_999, merchant: "Otto", category: "shopping", name: "OTTO GmbH & Co KG", email: "paypal@otto.de", item: "Bestellung 4711" });
    if (y === 2026 && m === 6) ppPayments.push({ date: day(20), cents: -3_490, merchant: "eBay", category: "shopping", name: "eBay S.a.r.l.", email: "paypal@ebay.de", item: "Artikel 1845" });
    if (y === 2026 && m === 10) ppPayments.push({ date: day(14), cents: -54_900, merchant: "Otto", category: "shopping", name: "OTTO GmbH & Co KG", email: "paypal@otto.de", item: "Waschmaschine Bestellung 9902" });
    if (y === 2026 && m === 11) {
      // October's Zalando order went back in full: the money stays in the PayPal balance.
      ppPayments.push({ date: day(10), cents: -lastZalando, merchant: "Zalando", category: "shopping", name: "Zalando SE", email: "paypal@zalando.de", item: "Rücksendung", refundOf: "Zalando" });
    }
  }

  // Savings taken back once, for Christmas.
  postbank.push(pbRow("2025-12-10", -100_000, "SEPA Überweisung", OWNER, "Umbuchung Weihnachten", IBAN.spk, "COLSDE33XXX", "savings"));
  spkRow({ date: "2025-12-11", cents: 100_000, merchant: null, category: "savings", transfer: true }, {
    text: "GUTSCHR. UEBERWEISUNG", name: OWNER, iban: IBAN.postbank, bic: "PBNKDEFFXXX", purpose: "EREF+NOTPROVIDEDSVWZ+Umbuchung Weihnachten",
  });

  // PayPal in date order: the balance pays first, the bank account funds the rest.
  let balance = 0;
  const ppTime = () => `${pad(between(r, 8, 21))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;
  const summer = (date: string) => date >= "2026-03-29" && date < "2026-10-25";
  const lastCode = new Map<string, string>();
  for (const p of [...ppPayments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (p.date > LAST_BOOKED) continue;
    const time = ppTime();
    const tz = p.date < "2025-10-26" || summer(p.date) ? "CEST" : "CET";
    const txn = code(r, 17);
    if (p.refundOf) {
      balance += p.cents;
      paypal.push(ppRow(p.date, time, tz, p.name, "Rückzahlung", p.cents, p.email, "anna.beispiel@example.invalid", txn, p.item, lastCode.get(p.refundOf) ?? "", balance, "Haben", { merchant: p.merchant, category: p.category, transfer: false, refund: true }));
      continue;
    }
    const fund = Math.max(0, -p.cents - balance);
    if (fund > 0) {
      balance += fund;
      paypal.push(ppRow(p.date, time, tz, "PayPal Inc.", "Überweisung als Zahlungsquelle", fund, "viban_TopUp@paypal.com", "anna.beispiel@example.invalid", code(r, 17), "", txn, balance, "Haben", { merchant: null, category: "transfer", transfer: true }));
      const debitDay = weekday(addDays(p.date, 1));
      const ref = digits(r, 13);
      spkRow({ date: debitDay, cents: -fund, merchant: null, category: "transfer", transfer: true }, {
        text: "FOLGELASTSCHRIFT", name: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: PAYPAL_IBAN, bic: "PPLXLUL2",
        purpose: `EREF+${ref} PP.${digits(r, 4)}.PP PAYPALMREF+${code(r, 13)}CRED+LU96ZZZ0000000000000000058SVWZ+${ref}/PP.${digits(r, 4)}.PP/, ${p.name}, Ihr Einkauf bei ${p.name}`,
      });
    }
    balance += p.cents;
    paypal.push(ppRow(p.date, time, tz, p.name, "PayPal Express-Zahlung", p.cents, "anna.beispiel@example.invalid", p.email, txn, p.item, "", balance, "Soll", { merchant: p.merchant, category: p.category, transfer: false }));
    lastCode.set(p.merchant, txn);
  }

  // Two girocard payments not yet booked at export time.
  girocard("2026-11-27", -3_456, "ALDI", "groceries", "ALDI SUED 0123//KOELN/DE", true);
  girocard("2026-11-27", -4_870, "Brauhaus Sion", "restaurants", "BRAUHAUS SION KOELN//KOELN/DE", true);

  const keep = (es: Event[]) => es.filter((e) => e.date <= LAST_BOOKED);
  const postbankBalance = POSTBANK_OPENING + keep(postbank).reduce((a, e) => a + e.cents, 0);
  return { spk: keep(spk), card: keep(card), postbank: keep(postbank), paypal: keep(paypal), postbankBalance, paypalBalance: balance };
}

function pbRow(date: string, cents: number, kind: string, name: string, purpose: string, iban: string, bic: string, category: string): Event {
  const amount = deAmount(cents, { dropZeros: true });
  return {
    acct: "postbank", date, cents, merchant: null, category, transfer: true,
    cells: [dmyyyy(date), dmyyyy(date), kind, name, purpose, iban, bic, "NOTPROVIDED", "", "", "", amount, "", "", "", cents < 0 ? amount : "", cents > 0 ? amount : "", "EUR"],
  };
}

function ppRow(date: string, time: string, tz: string, name: string, type: string, cents: number, from: string, to: string, txn: string, item: string, related: string, balance: number, impact: string,
  e: Pick<Event, "merchant" | "category" | "transfer" | "refund">): Event {
  const a = deAmount(cents);
  // 41 columns, in the order of the German header (§1.5).
  const cells = [ddmmyyyy(date), time, tz, name, type, "Abgeschlossen", "EUR", a, "0,00", a, from, to, txn, "", "", item, "", "0,00", "0,00", "0,00", "", "", "", "", related, "", "", "1", "", deAmount(balance), "", "", "", "", "", "", "", "", "", "", impact];
  return { acct: "paypal", date, cents, ...e, cells };
}

const newestFirst = (es: Event[]) => [...es].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const quoted = (sep: string) => (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(sep);

/** Sparkasse CSV-MT940: header on line 1, all quoted, ISO-8859-1. */
export function sparkasseCsv(files: Files): Buffer {
  const q = quoted(";");
  const lines = [
    q(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ", "Betrag", "Waehrung", "Info"]),
    ...newestFirst(files.spk).map((e) => q(e.cells)),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** Sparkasse credit card export, ISO-8859-1 (umlauts in the header). */
export function sparkasseCardCsv(files: Files): Buffer {
  const q = quoted(";");
  const lines = [
    q(["Umsatz getätigt von", "Belegdatum", "Buchungsdatum", "Originalbetrag", "Originalwährung", "Umrechnungskurs", "Buchungsbetrag", "Buchungswährung", "Transaktionsbeschreibung", "Transaktionsbeschreibung Zusatz", "Buchungsreferenz", "Gebührenschlüssel", "Länderkennzeichen", "BAR-Entgelt+Buchungsreferenz", "AEE+Buchungsreferenz", "Abrechnungskennzeichen"]),
    ...newestFirst(files.card).map((e) => q(e.cells)),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** Postbank (Deutsche Bank platform): UTF-8 with BOM, 7 preamble lines, no quoting, Kontostand trailer. */
export function postbankCsv(files: Files): Buffer {
  const balance = deAmount(files.postbankBalance);
  const lines = [
    "Umsätze",
    "Konto;Filial-/Kontonummer;IBAN;Währung",
    `Postbank Tagesgeld;100 9876543 21;${IBAN.postbank};EUR`,
    "",
    `1.10.2025 - ${dmyyyy(EXPORT_DATE)}`,
    `Letzter Kontostand;;;;${balance};EUR`,
    "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
    "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
    ...newestFirst(files.postbank).map((e) => e.cells.join(";")),
    `Kontostand;${dmyyyy(EXPORT_DATE)};;;${balance};EUR`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** PayPal Aktivitätsbericht (German account): UTF-8 with BOM, comma, every field quoted, oldest first. */
export function paypalCsv(files: Files): Buffer {
  const q = quoted(",");
  const header = ["Datum", "Uhrzeit", "Zeitzone", "Name", "Typ", "Status", "Währung", "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse", "Empfänger E-Mail-Adresse", "Transaktionscode", "Lieferadresse", "Adress-Status", "Artikelbezeichnung", "Artikelnummer", "Versand- und Bearbeitungsgebühr", "Versicherungsbetrag", "Umsatzsteuer", "Option 1 Name", "Option 1 Wert", "Option 2 Name", "Option 2 Wert", "Zugehöriger Transaktionscode", "Rechnungsnummer", "Zollnummer", "Anzahl", "Empfangsnummer", "Guthaben", "Adresszeile 1", "Adresszusatz", "Ort", "Bundesland", "PLZ", "Land", "Telefon", "Betreff", "Hinweis", "Ländervorwahl", "Auswirkung auf Guthaben"];
  const lines = [q(header), ...files.paypal.map((e) => q(e.cells))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}
