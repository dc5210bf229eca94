// Fourteen months (October 2025 to November 2026) of one person in Leipzig,
// written as four banks' own exports (/work/shared/bank-formats.md §0, §1.1):
//  - Postbank Girokonto on the Deutsche Bank/Postbank platform: UTF-8 with BOM,
//    ';', no quoting, 7 preamble lines and a 'Kontostand' trailer, D.M.YYYY
//    dates without leading zeros, 18 columns with Soll/Haben repeating Betrag,
//    a dropped trailing zero ('-74,8'), no pending rows;
//  - Commerzbank: UTF-8 with BOM, ';', no quoting, header on line 1, DD.MM.YYYY,
//    no thousands dot and trailing zeros dropped ('-2040', '-10,7'), the SEPA
//    data as plain text inside Buchungstext, no balance in the file;
//  - Consorsbank Tagesgeld: Windows-1252, ';', the 11-column header, DD.MM.YYYY;
//  - DKB Visa, old banking (before 2023): ISO-8859-1, every field quoted and
//    every line ending in ';', the Kreditkarte/Von/Bis/Saldo/Datum preamble with
//    a dot-decimal Saldo, the Ja/Nein 'Umsatz abgerechnet' column.
// None of these four formats carries pending rows (Postbank says so in its
// preamble; the other three document none), so the files have none.
// Every expected figure is computed from the same logical events.
import { addDays, germanIban } from "../statement-kit.ts";

export type Acct = "pb" | "cb" | "cons" | "visa";
export type Category =
  | "groceries" | "drugstore" | "bakery" | "restaurants" | "rent" | "utilities" | "phone" | "broadcast"
  | "insurance" | "gym" | "subscriptions" | "shopping" | "electronics" | "transport" | "cash"
  | "transfer" | "salary" | "interest";

export interface Event {
  acct: Acct;
  date: string; // booking date YYYY-MM-DD (card rows: purchase and booking are in the same month)
  purchase: string; // the day the person paid (card rows), else = date
  cents: number; // integer minor units, negative = money out
  merchant: string | null; // what a person calls it
  category: Category;
  transfer?: boolean; // between own accounts, or the card bill on either side
  cash?: boolean;
  salary?: boolean;
  interest?: boolean;
  viaPaypal?: boolean;
  text: string; // the printed text, for failure messages
  row: string[];
}

export const NAME = "Lena Schubert";
export const NOW = "2026-11-29T10:00:00Z";
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
export const OPENING = { pb: 234_567, cb: 0, cons: 0, visa: 0 }; // cents on 30 Sep 2025; Commerzbank and the Tagesgeld were opened in October 2025

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  pb: germanIban("86010090", "0612345678"), // Postbank Leipzig
  cb: germanIban("86040000", "0456789012"), // Commerzbank Leipzig
  cons: germanIban("76030080", "0240123456"), // Consorsbank
  dkb: germanIban("12030000", "0000000000"), // DKB's own collection account
  genossenschaft: germanIban("86050200", "1100456789"),
  employer: germanIban("86055592", "1090012345"),
  stadtwerke: germanIban("86055592", "1100000060"),
  telekom: germanIban("59010066", "0024858668"),
  huk: germanIban("78350000", "0000040041"),
  rundfunk: germanIban("37050198", "0000000111"),
  acquirer: germanIban("50040000", "0590008400"),
};
export const CONS_ACCOUNT = "240123456"; // Consorsbank account number, in its file name
export const CARD = "4930********7345";

// ---------------------------------------------------------------- dates

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
// Nationwide German bank holidays in the period (Saxony's own days are not bank holidays for bookings).
const HOLIDAYS = new Set(["2025-10-03", "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25"]);
const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isBusiness = (date: string) => dow(date) !== 0 && dow(date) !== 6 && !HOLIDAYS.has(date);
function nextBusiness(date: string): string {
  let d = date;
  while (!isBusiness(d)) d = addDays(d, 1);
  return d;
}
function prevBusiness(date: string): string {
  let d = date;
  while (!isBusiness(d)) d = addDays(d, -1);
  return d;
}
/** A business day whose next calendar day is one too, so both sides of a transfer are a day apart. */
function transferDay(date: string): string {
  let d = nextBusiness(date);
  while (!isBusiness(addDays(d, 1))) d = nextBusiness(addDays(d, 1));
  return d;
}
const dmyShort = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`;
const dmy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

// ---------------------------------------------------------------- amounts

const thousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
function parts(cents: number) {
  const abs = Math.abs(cents);
  return { sign: cents < 0 ? "-" : "", int: Math.floor(abs / 100), frac: pad(abs % 100) };
}
/** Postbank/Deutsche Bank: '-1.000,00', '-46,65', and a single trailing zero dropped: '-74,8'. */
export function pbAmount(cents: number): string {
  const { sign, int, frac } = parts(cents);
  const f = frac !== "00" && frac.endsWith("0") ? frac[0] : frac;
  return `${sign}${thousands(int, ".")},${f}`;
}
/** Commerzbank: no thousands dot, trailing zeros dropped: '-2040', '-10,7', '-13,99'. */
export function cbAmount(cents: number): string {
  const { sign, int, frac } = parts(cents);
  const f = frac.replace(/0+$/, "");
  return `${sign}${int}${f ? `,${f}` : ""}`;
}
/** German amount with thousands dot and two decimals: '-1.200,00'. */
export function deAmount(cents: number): string {
  const { sign, int, frac } = parts(cents);
  return `${sign}${thousands(int, ".")},${frac}`;
}
/** DKB old Visa 'Saldo:' line: dot decimal, no thousands separator. */
const dotAmount = (cents: number) => {
  const { sign, int, frac } = parts(cents);
  return `${sign}${int}.${frac}`;
};

// ---------------------------------------------------------------- randomness

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- events

export function buildEvents(): Event[] {
  const r = prng(20261129);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
  const code = (n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
  const time = () => `${pad(between(8, 19))}:${pad(between(0, 59))}:${pad(between(0, 59))}`;
  const events: Event[] = [];
  const push = (e: Omit<Event, "purchase"> & { purchase?: string }) => events.push({ purchase: e.date, ...e });

  // Postbank: Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;
  // Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;
  // Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung
  const pbRow = (date: string, art: string, who: string, purpose: string, iban: string, kref: string, mref: string, cred: string, cents: number) => {
    const a = pbAmount(cents);
    return [dmyShort(date), dmyShort(date), art, who, purpose, iban, "", kref, mref, cred, "", a, "", "", "", cents < 0 ? a : "", cents > 0 ? a : "", "EUR"];
  };
  const pb = (e: Omit<Event, "acct" | "row" | "purchase"> & { art: string; who: string; iban: string; kref?: string; mref?: string; cred?: string; purchase?: string }) =>
    push({ ...e, acct: "pb", row: pbRow(e.date, e.art, e.who, e.text, e.iban, e.kref ?? "", e.mref ?? "", e.cred ?? "", e.cents) });
  /** Girocard payment: the payee cut at 20 characters, the purpose repeating NAME/STREET/CITY/DE with the card timestamp. */
  const pbCard = (purchase: string, payee: string, where: string, cents: number, merchant: string, category: Category, extra: Partial<Event> = {}) => {
    const date = nextBusiness(addDays(purchase, 1));
    const ts = `${purchase.slice(8, 10)}-${purchase.slice(5, 7)}-${purchase.slice(0, 4)}T${time()}`;
    const text = where.includes("//") ? `${where} ${ts}  Folgenr. 02  Verfalld. 2812` : `${where} ${ts} Folgenr. 02 Verfalld. 2812`;
    pb({ date, purchase, cents, merchant, category, text, art: extra.cash ? "Bargeldauszahlung" : "Kartenzahlung", who: payee.slice(0, 20), iban: IBAN.acquirer, kref: `6${digits(34)}`, mref: digits(6), cred: "DE81ZZZ00000030520", ...extra });
  };

  // Commerzbank: Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;IBAN Kontoinhaber;Kategorie
  const cb = (e: Omit<Event, "acct" | "row" | "purchase"> & { art: string; purchase?: string }) =>
    push({ ...e, acct: "cb", row: [dmy(e.date), dmy(e.date), e.art, e.text, cbAmount(e.cents), "EUR", IBAN.cb, ""] });
  const cbDebit = (date: string, creditor: string, purpose: string, credId: string, mandate: string, cents: number, merchant: string, category: Category, extra: Partial<Event> = {}) =>
    cb({ date, cents, merchant, category, art: "Lastschrift", text: `${creditor} ${purpose} End-to-End-Ref.: ${extra.viaPaypal ? `${purpose.split("/")[0]} PP.4162.PP PAYPAL` : code(16)} Mandatsref: ${mandate} Gläubiger-ID: ${credId} SEPA-BASISLASTSCHRIFT wiederholend`, ...extra });
  const cbCard = (purchase: string, name: string, terminal: string, cents: number, merchant: string, category: Category) => {
    const date = nextBusiness(addDays(purchase, 1));
    cb({ date, purchase, cents, merchant, category, art: "Kartenzahlung", text: `Kartenzahlung ${name}. ${terminal}//Leipzig ${purchase}T${time()} KFN 1 VJ 2812` });
  };

  // Consorsbank: Buchung;Valuta;Sender / Empfänger;IBAN / Konto-Nr.;BIC / BLZ;Buchungstext;Verwendungszweck;Kategorie;Stichwörter;Umsatz geteilt;Betrag in EUR
  const cons = (e: Omit<Event, "acct" | "row" | "purchase"> & { who: string; iban: string; bic: string; art: string }) =>
    push({ ...e, acct: "cons", row: [dmy(e.date), dmy(e.date), e.who, e.iban, e.bic, e.art, e.text, "", "", "", deAmount(e.cents)] });

  // DKB Visa (old): Umsatz abgerechnet…;Wertstellung;Belegdatum;Beschreibung;Betrag (EUR);Ursprünglicher Betrag
  // (the Ja/Nein cell is filled when the file is written, from the last statement date)
  const visa = (purchase: string, text: string, cents: number, merchant: string, category: Category, extra: Partial<Event> = {}) => {
    const date = nextBusiness(addDays(purchase, 1));
    push({ acct: "visa", date, purchase, cents, merchant, category, text, row: ["", dmy(date), dmy(purchase), text, deAmount(cents), ""], ...extra });
  };

  const statementDates: string[] = [];
  let visaLastMonth = 0;
  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const day = (d: number) => iso(y, m, d);
    const mmyyyy = `${pad(m)}.${y}`;
    const in2026 = y === 2026;
    /** A purchase day between lo and hi, any day of the week (people shop on Saturdays). */
    const shopDay = (lo: number, hi: number) => day(between(lo, hi));

    // --- Postbank Girokonto: the household's main account
    const rentDay = nextBusiness(day(1));
    pb({ date: rentDay, cents: in2026 ? -71_240 : -68_500, merchant: "Wohnungsgenossenschaft Am Auwald", category: "rent", text: "Nutzungsgebühr WE 12-0815 Mitgl.-Nr. 4711", art: "SEPA Überweisung (Dauerauftrag)", who: "Wohnungsgenossenschaft Am Auwald eG", iban: IBAN.genossenschaft, kref: "NOTPROVIDED" });
    pb({ date: rentDay, cents: -1_183, merchant: "HUK-COBURG", category: "insurance", text: `Beitrag Hausrat/Haftpflicht Vers.-Nr. 842/551203-K ${mmyyyy}`, art: "SEPA Lastschrift", who: "HUK-COBURG Allgemeine Versicherung AG", iban: IBAN.huk, kref: `HUK${digits(12)}`, mref: "842551203K0001", cred: "DE68ZZZ00000012837" });
    const toCb = transferDay(day(2));
    pb({ date: toCb, cents: -40_000, merchant: null, category: "transfer", transfer: true, text: "Umbuchung Haushalt", art: "SEPA Überweisung", who: NAME, iban: IBAN.cb, kref: "NOTPROVIDED" });
    cb({ date: addDays(toCb, 1), cents: 40_000, merchant: null, category: "transfer", transfer: true, art: "Gutschrift", text: `${NAME} Umbuchung Haushalt End-to-End-Ref.: NOTPROVIDED` });
    const save = transferDay(day(3));
    const saveCents = in2026 ? -30_000 : -25_000;
    pb({ date: save, cents: saveCents, merchant: null, category: "transfer", transfer: true, text: "Sparen Tagesgeld", art: "SEPA Überweisung (Dauerauftrag)", who: NAME, iban: IBAN.cons, kref: "NOTPROVIDED" });
    cons({ date: addDays(save, 1), cents: -saveCents, merchant: null, category: "transfer", transfer: true, who: NAME, iban: IBAN.pb, bic: "PBNKDEFFXXX", art: "GUTSCHRIFT", text: "Sparen Tagesgeld" });
    const telekom = nextBusiness(day(7));
    pb({ date: telekom, cents: -3_995, merchant: "Telekom", category: "phone", text: `Festnetz Vertragskonto 000487512366 RG ${digits(12)}/${dmy(addDays(telekom, -4))}`, art: "SEPA Lastschrift", who: "Telekom Deutschland GmbH", iban: IBAN.telekom, kref: digits(20), mref: "000487512366TK0001", cred: "DE46ZZZ00000046290" });
    const swl = nextBusiness(day(15));
    pb({ date: swl, cents: in2026 ? -6_400 : -5_800, merchant: "Stadtwerke Leipzig", category: "utilities", text: `Abschlag Strom VK 700281934 ${mmyyyy}`, art: "SEPA Lastschrift", who: "Stadtwerke Leipzig GmbH", iban: IBAN.stadtwerke, kref: digits(14), mref: "SWL700281934", cred: "DE55ZZZ00000098254" });
    if (m % 3 === 1) {
      pb({ date: swl, cents: -5_508, merchant: "Rundfunkbeitrag", category: "broadcast", text: `Rundfunk ${pad(m)}.${y} - ${pad(m + 2)}.${y} Beitragsnr. 457123098 Aenderungen ganz bequem: www.rundfunkbeitrag.de`, art: "SEPA Lastschrift", who: "Rundfunk ARD, ZDF, DRadio", iban: IBAN.rundfunk, kref: digits(16), mref: "457123098", cred: "DE70ZZZ00000080030" });
    }
    const payday = prevBusiness(day(27));
    pb({ date: payday, cents: in2026 && m >= 4 ? 351_820 : 341_256, merchant: "Sachsenland Logistik", category: "salary", salary: true, text: `LOHN/GEHALT ${mmyyyy} PERS.NR. 10482`, art: "SEPA-Gutschrift", who: "Sachsenland Logistik GmbH", iban: IBAN.employer, kref: `LG${y}${pad(m)}10482` });

    // Girocard: supermarkets and cash.
    pbCard(shopDay(6, 11), "REWE Markt GmbH", "REWE MARKT GMBH/KARL-LIEBKNECHT-STR/LEIPZIG/DE", -between(1_800, 8_900), "REWE", "groceries");
    pbCard(shopDay(17, 24), "REWE Markt GmbH", "REWE MARKT GMBH/KARL-LIEBKNECHT-STR/LEIPZIG/DE", -between(1_800, 8_900), "REWE", "groceries");
    pbCard(shopDay(12, 16), "EDEKA Center Paunsdorf", "EDEKA CENTER PAUNSD/PAUNSDORFER ALLEE 1/LEIPZIG/DE", -between(2_500, 7_500), "EDEKA", "groceries");
    pbCard(shopDay(19, 25), "LIDL SAGT DANKE", "LIDL SAGT DANKE//Leipzig/DE", -between(900, 4_500), "Lidl", "groceries");
    const cashAmounts = [5_000, 10_000, 15_000, 20_000] as const;
    const cashOf = (max: number) => cashAmounts[between(0, max)] ?? 5_000;
    pbCard(shopDay(8, 13), "Postbank Leipzig Hbf", "GELDAUTOMAT POSTBANK/WILLY-BRANDT-PLATZ 5/LEIPZIG/DE", -cashOf(3), "Geldautomat", "cash", { cash: true });
    if (m % 2 === 0) pbCard(shopDay(20, 25), "Postbank Leipzig Hbf", "GELDAUTOMAT POSTBANK/WILLY-BRANDT-PLATZ 5/LEIPZIG/DE", -cashOf(2), "Geldautomat", "cash", { cash: true });
    if (y === 2026 && m === 8) {
      // The new TV, paid after money came back from the Tagesgeld.
      pbCard("2026-08-06", "MediaMarkt Leipzig Paunsdorf", "MEDIAMARKT LEIPZIG/PAUNSDORFER ALLEE 1/LEIPZIG/DE", -104_900, "MediaMarkt", "electronics");
    }

    // The DKB card bill: statement on the first business day from the 2nd, collected from the Postbank account three days later.
    const statement = nextBusiness(day(2));
    statementDates.push(statement);
    if (visaLastMonth !== 0) {
      const collect = nextBusiness(addDays(statement, 3));
      pb({ date: collect, cents: visaLastMonth, merchant: null, category: "transfer", transfer: true, text: `Kreditkartenabrechnung ${CARD} Abrechnung vom ${dmy(statement)}`, art: "SEPA Lastschrift", who: "Deutsche Kreditbank AG", iban: IBAN.dkb, kref: digits(15), mref: "KK4930XXXX7345", cred: "DE43ZZZ00000013264" });
      push({ acct: "visa", date: collect, purchase: collect, cents: -visaLastMonth, merchant: null, category: "transfer", transfer: true, text: `Ausgleich Kreditkarte gem. Abrechnung v. ${dmy(statement)}`, row: ["", dmy(collect), dmy(collect), `Ausgleich Kreditkarte gem. Abrechnung v. ${dmy(statement)}`, deAmount(-visaLastMonth), ""] });
    }

    // --- Commerzbank: the second account for subscriptions and online shopping
    cbDebit(nextBusiness(day(8)), "FitX Deutschland GmbH", `Mitgliedsbeitrag Mitgl.-Nr. 3318204 ${mmyyyy}`, "DE11ZZZ00000640133", "FX3318204", -2_499, "FitX", "gym");
    cbDebit(nextBusiness(day(12)), "Netflix International B.V.", `Netflix Monthly Subscription ${code(10)}`, "NL63ZZZ342434090000", "NFX-7738-1029", -1_399, "Netflix", "subscriptions");
    cbDebit(nextBusiness(day(20)), "Spotify AB", `P${code(10)} Spotify Premium`, "SE05ZZZ5567037485", "SPOT-55190344", in2026 && m >= 2 ? -1_199 : -1_099, "Spotify", "subscriptions");
    const order = () => `${pad(between(302, 306), 3)}-${digits(7)}-${digits(7)}`;
    const amazonDay = nextBusiness(shopDay(9, 14));
    const amazonCents = -between(1_499, 8_999);
    const amazonOrder = order();
    cbDebit(amazonDay, "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", `${amazonOrder} Amazon.de ${code(16)}`, "DE24ZZZ00000561652", `${code(10)}`, amazonCents, "Amazon", "shopping");
    if (y === 2026 && m === 2) {
      // The whole February order went back: refunded three weeks later.
      cb({ date: "2026-03-11", cents: -amazonCents, merchant: "Amazon", category: "shopping", art: "Gutschrift", text: `AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Erstattung ${amazonOrder} Amazon.de ${code(16)} End-to-End-Ref.: ${code(16)}` });
    }
    const ppRef = `10${digits(11)}`;
    const pp = m % 2 === 1 ? { who: "Zalando SE", cents: -between(3_995, 11_990), cat: "shopping" as Category } : { who: "eBay S.a r.l.", cents: -between(1_250, 6_500), cat: "shopping" as Category };
    cbDebit(nextBusiness(shopDay(16, 22)), "PayPal Europe S.a.r.l. et Cie S.C.A", `${ppRef}/PP.4162.PP/. ${pp.who}, Ihr Einkauf bei ${pp.who}`, "LU96ZZZ0000000000000000058", "4ZJ2229AMBSXS", pp.cents, pp.who.startsWith("Zalando") ? "Zalando" : "eBay", pp.cat, { viaPaypal: true });
    cbCard(shopDay(6, 12), "ALDI SAGT DANKE", "54030012", -between(1_200, 5_500), "Aldi", "groceries");
    cbCard(shopDay(13, 20), "dm-drogerie markt", "61004455", -between(800, 3_500), "dm", "drugstore");
    if (m % 2 === 0) cbCard(shopDay(21, 25), "ROSSMANN 2295", "60002295", -between(600, 2_900), "Rossmann", "drugstore");

    // --- DKB Visa: eating out via SumUp, Amazon, parking through PayPal, trains.
    let sum = 0;
    const card = (purchase: string, text: string, cents: number, merchant: string, category: Category, extra: Partial<Event> = {}) => {
      if (nextBusiness(addDays(purchase, 1)) > LAST_BOOKED) return;
      visa(purchase, text, cents, merchant, category, extra);
      sum += cents;
    };
    card(shopDay(9, 16), "SumUp *Pizzeria Da Toni", -between(2_600, 6_400), "Pizzeria Da Toni", "restaurants");
    if (m % 2 === 0) card(shopDay(17, 24), "SUMUP *VIET HOUSE RESTAURANT", -between(2_200, 4_800), "Viet House", "restaurants");
    card(shopDay(6, 12), "SumUp *Baeckerei Wendl", -between(350, 1_280), "Bäckerei Wendl", "bakery");
    card(shopDay(18, 25), "SumUp *Baeckerei Wendl", -between(350, 1_280), "Bäckerei Wendl", "bakery");
    card(shopDay(10, 22), m % 2 === 0 ? `AMZN Mktp DE*${code(9)}  800-279-6620` : `Amazon.de*${code(9)}, AMAZON.DE LU`, -between(1_299, 7_999), "Amazon", "shopping");
    if (m % 2 === 1) card(shopDay(6, 24), "PAYPAL *EASYPARK        0852226737", -between(210, 680), "EasyPark", "transport", { viaPaypal: true });
    if (y === 2026 && m === 5) card("2026-05-12", "DB Vertrieb GmbH Frankfurt", -4_990, "Deutsche Bahn", "transport");
    if (y === 2026 && m === 8) card("2026-08-18", "DB Vertrieb GmbH Frankfurt", -8_990, "Deutsche Bahn", "transport");
    visaLastMonth = sum;

    // --- Consorsbank Tagesgeld: quarterly interest; one move back to the Girokonto for the summer.
    if (y === 2026 && m === 8) {
      const back = transferDay("2026-08-04");
      cons({ date: back, cents: -120_000, merchant: null, category: "transfer", transfer: true, who: NAME, iban: IBAN.pb, bic: "PBNKDEFFXXX", art: "ÜBERWEISUNG", text: "Umbuchung Girokonto Urlaub" });
      pb({ date: addDays(back, 1), cents: 120_000, merchant: null, category: "transfer", transfer: true, text: "Umbuchung Girokonto Urlaub", art: "SEPA-Gutschrift", who: NAME, iban: IBAN.cons, kref: "NOTPROVIDED" });
    }
  }
  for (const [date, cents] of [["2025-12-31", 112], ["2026-03-31", 538], ["2026-06-30", 971], ["2026-09-30", 804]] as const) {
    cons({ date, cents, merchant: null, category: "interest", interest: true, who: "", iban: "", bic: "", art: "ABSCHLUSS", text: `Abschluss per ${dmy(date)} Habenzinsen` });
  }

  const out = events.filter((e) => e.date <= LAST_BOOKED);
  sanityCheck(out);
  lastStatement = statementDates.filter((d) => d <= LAST_BOOKED).at(-1)!;
  return out;
}

let lastStatement = "";

/** The generator's own promises: every card row books in the month it was paid, and no two unrelated rows look like a transfer. */
function sanityCheck(events: Event[]) {
  for (const e of events) {
    if (e.date.slice(0, 7) !== e.purchase.slice(0, 7)) throw new Error(`booked in another month: ${e.text}`);
    if (e.date < "2025-10-01") throw new Error(`before the period: ${e.text}`);
  }
  const plain = events.filter((e) => !e.transfer);
  for (const a of plain) {
    for (const b of plain) {
      if (a !== b && a.acct !== b.acct && a.cents === -b.cents && Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 6 * 86_400_000) {
        throw new Error(`looks like a transfer: ${a.text} / ${b.text}`);
      }
    }
  }
}

const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
export const closing = (events: Event[], acct: Acct) => OPENING[acct] + total(events.filter((e) => e.acct === acct));
const newestFirst = (rows: Event[]) => [...rows].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

// ---------------------------------------------------------------- files

/** Postbank Giro on the Deutsche Bank/Postbank platform (bank-formats.md §1.1 "Deutsche Bank and Postbank"). */
export function postbankCsv(events: Event[]): Buffer {
  const balance = deAmount(closing(events, "pb"));
  const lines = [
    "Umsätze",
    "Konto;Filial-/Kontonummer;IBAN;Währung",
    `Postbank Giro plus;860 6123456 78;${IBAN.pb};EUR`,
    "",
    `1.10.2025 - ${dmyShort(EXPORT_DATE)}`,
    `Letzter Kontostand;;;;${balance};EUR`,
    "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
    "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
    ...newestFirst(events.filter((e) => e.acct === "pb")).map((e) => e.row.join(";")),
    `Kontostand;${dmyShort(EXPORT_DATE)};;;${balance};EUR`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** Commerzbank, current export (§1.1 "Commerzbank"). */
export function commerzbankCsv(events: Event[]): Buffer {
  const lines = [
    "Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;IBAN Kontoinhaber;Kategorie",
    ...newestFirst(events.filter((e) => e.acct === "cb")).map((e) => e.row.join(";")),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** Consorsbank Tagesgeld (§1.1 "Consorsbank"): Windows-1252, ';', the 11-column header. */
export function consorsCsv(events: Event[]): Buffer {
  const lines = [
    "Buchung;Valuta;Sender / Empfänger;IBAN / Konto-Nr.;BIC / BLZ;Buchungstext;Verwendungszweck;Kategorie;Stichwörter;Umsatz geteilt;Betrag in EUR",
    ...newestFirst(events.filter((e) => e.acct === "cons")).map((e) => e.row.join(";")),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** DKB Visa, old banking (§1.1 "DKB: old banking", "Old Visa"). */
export function dkbVisaCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const rows = newestFirst(events.filter((e) => e.acct === "visa")).map((e) => {
    const billed = e.date < lastStatement ? "Ja" : "Nein";
    return q([billed, ...e.row.slice(1)]);
  });
  const lines = [
    q(["Kreditkarte:", `${CARD} Kreditkarte`]),
    "",
    q(["Von:", "01.10.2025"]),
    q(["Bis:", dmy(EXPORT_DATE)]),
    q(["Saldo:", `${dotAmount(closing(events, "visa"))} EUR`]),
    q(["Datum:", dmy(EXPORT_DATE)]),
    "",
    q(["Umsatz abgerechnet und nicht im Saldo enthalten", "Wertstellung", "Belegdatum", "Beschreibung", "Betrag (EUR)", "Ursprünglicher Betrag"]),
    ...rows,
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
