// Fourteen months (Sep 2025 to Oct 2026) of a couple in Bonn, written as three
// exports following ../shared/bank-formats.md:
// - Sparkasse KölnBonn joint Girokonto, CSV-CAMT V2 (§1.1 "Sparkasse"): ISO-8859-1,
//   every field quoted, ';', header on line 1, DD.MM.YY, "-1143,41", Info column
//   "Umsatz gebucht" / "Umsatz vorgemerkt"; card rows "NAME//CITY/DE".
// - Commerzbank Girokonto, current layout (§1.1 "Commerzbank"): UTF-8 with BOM,
//   ';', no quoting, DD.MM.YYYY, comma decimals without thousands dot and with
//   trailing zeros dropped; card rows "Kartenzahlung NAME. <terminal>//<City> <ts> KFN n VJ yymm".
// - American Express card, two ways: the OFX download (§2.3: OFX 1.02 SGML,
//   Amex's own tags, CURDEF EUR, the card balance) and, since bank-formats.md
//   documents no German Amex CSV, the documented Amex (UK) full CSV layout (§1.3):
//   ',' separated, DD/MM/YYYY, charges positive, payments and refunds negative,
//   Reference in apostrophes, Extended Details with an embedded newline.
// The same events give the expected answers; nothing is read back from Kontor.
import { addDays, dow, germanIban } from "../statement-kit.ts";

export type Acct = "spk" | "cbk" | "amex";
export type Kind = "spend" | "income" | "transfer";

export interface Event {
  acct: Acct;
  date: string; // booking date, YYYY-MM-DD
  when: string; // the day the purchase happened (card rows), else the booking date
  cents: number; // signed from the account's side: negative = money out
  kind: Kind; // spend includes refunds (positive spend rows lower spending)
  category: string;
  merchant: string | null;
  pending?: boolean;
  savings?: boolean; // the monthly move from the joint account to the savings account
  row: string[];
  ofx?: { name: string; memo: string; fitid: string }; // the Amex row as its OFX download writes it
}

/** mulberry32: small, seeded, reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");

export { germanIban } from "../statement-kit.ts";

export const SPK_KONTO = "1902345678";
export const IBAN = {
  spk: germanIban("37050198", SPK_KONTO),
  cbk: germanIban("38040007", "0312456700"),
  landlord: germanIban("37050198", "0004455667"),
  stadtwerke: germanIban("37050198", "0000012345"),
  huk: germanIban("78350000", "0000011111"),
  allianz: germanIban("70080000", "0311000000"),
  rundfunk: germanIban("37050198", "0000000111"),
  telekom: germanIban("59010066", "0000002299"),
  anna: germanIban("30020900", "5501122334"),
  jonas: germanIban("44050199", "0000778899"),
  amex: germanIban("50070010", "0177777777"),
};
export const AMEX_ACCOUNT = "-41007";

export const FIRST = { y: 2025, m: 9 };
export const MONTHS = 14;
export const LAST_BOOKED = "2026-10-30";

export { addDays, dow };
// German bank holidays in the range (TARGET days plus the national holiday).
const HOLIDAYS = new Set(["2025-10-03", "2025-12-24", "2025-12-25", "2025-12-26", "2025-12-31", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01"]);
const isBankDay = (date: string) => dow(date) !== 0 && dow(date) !== 6 && !HOLIDAYS.has(date);
/** First bank day on or after the date. */
export function bankDay(date: string): string {
  let d = date;
  while (!isBankDay(d)) d = addDays(d, 1);
  return d;
}
/** Last bank day on or before the date (salary comes early). */
function bankDayBefore(date: string): string {
  let d = date;
  while (!isBankDay(d)) d = addDays(d, -1);
  return d;
}
const nextBankDay = (date: string) => bankDay(addDays(date, 1));
const ddmmyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`;
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const ddslash = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Sparkasse: "-1143,41", always two decimals, no thousands dot. */
const spkAmount = (c: number) => `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)},${pad(Math.abs(c) % 100)}`;
/** Commerzbank: comma decimal, no thousands dot, trailing zeros dropped ("-2040", "-10,7"). */
function cbkAmount(c: number): string {
  const frac = pad(Math.abs(c) % 100).replace(/0+$/, "");
  return `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}${frac ? `,${frac}` : ""}`;
}
/** Amex: dot decimal, charges positive (the card's view is the opposite of ours). */
const amexAmount = (c: number) => `${c > 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${pad(Math.abs(c) % 100)}`;

const SPK_NAME = "Anna und Jonas Berger";

export function buildEvents(): Event[] {
  const r = prng(4207_2026);
  const ev: Event[] = [];
  const spk = (e: Omit<Event, "acct" | "row" | "when"> & { when?: string }, cells: { text: string; purpose: string; cred?: string; mandate?: string; e2e?: string; payee: string; iban: string; bic: string; info?: string; valuta?: string }) =>
    ev.push({
      ...e,
      when: e.when ?? e.date,
      acct: "spk",
      row: [IBAN.spk, ddmmyy(e.date), ddmmyy(cells.valuta ?? e.date), cells.text, cells.purpose, cells.cred ?? "", cells.mandate ?? "", cells.e2e ?? "", "", "", "", cells.payee, cells.iban, cells.bic, spkAmount(e.cents), "EUR", cells.info ?? (e.pending ? "Umsatz vorgemerkt" : "Umsatz gebucht")],
    });
  const spkCard = (when: string, time: string, payee: string, cents: number, merchant: string, category: string, pending = false) => {
    const date = pending ? LAST_BOOKED : nextBankDay(when);
    if (date > LAST_BOOKED) return;
    spk({ date, when, cents, kind: "spend", category, merchant, pending }, {
      text: "KARTENZAHLUNG", purpose: `${when}T${time} Debitk.2 2027-12 `, e2e: digits(r, 26), payee, iban: germanIban("10070000", digits(r, 10)), bic: "DEUTDEFFXXX", valuta: pending ? addDays(LAST_BOOKED, 3) : undefined,
    });
  };
  const cbk = (e: Omit<Event, "acct" | "row" | "when"> & { when?: string }, umsatzart: string, text: string) =>
    ev.push({ ...e, when: e.when ?? e.date, acct: "cbk", row: [ddmmyyyy(e.date), ddmmyyyy(e.date), umsatzart, text, cbkAmount(e.cents), "EUR", IBAN.cbk, ""] });
  const cbkCard = (when: string, time: string, name: string, terminal: string, cents: number, merchant: string, category: string) => {
    const date = nextBankDay(when);
    if (date > LAST_BOOKED) return;
    cbk({ date, when, cents, kind: "spend", category, merchant }, "Kartenzahlung", `Kartenzahlung ${name}. ${terminal}//Bonn ${when}T${time} KFN 1 VJ 2812`);
  };
  const amex = (when: string, cents: number, desc: string, extended: string, town: string, postcode: string, amexCategory: string, kind: Kind, category: string, merchant: string | null, ofxName: string, memoWord: string) => {
    if (when > LAST_BOOKED) return;
    ev.push({ acct: "amex", date: when, when, cents, kind, category, merchant, row: [ddslash(when), desc, "ANNA BERGER", AMEX_ACCOUNT, amexAmount(cents), extended, desc, "", town, postcode, postcode ? "GERMANY" : "", `'${digits(r, 15)}'`, amexCategory], ofx: { name: ofxName, memo: `${digits(r, 7).padEnd(12)}${memoWord}`.trimEnd(), fitid: `3202${digits(r, 14)}` } });
  };
  const time = () => `${pad(between(r, 8, 20))}:${pad(between(r, 0, 59))}`;
  const someDay = (y: number, m: number) => iso(y, m, between(r, 1, daysIn(y, m)));
  const weekendDay = (y: number, m: number) => {
    for (;;) {
      const d = someDay(y, m);
      if (dow(d) === 6 || dow(d) === 0) return d;
    }
  };

  const amexByMonth = new Map<string, number>();
  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST.y + Math.floor((FIRST.m - 1 + i) / 12);
    const m = ((FIRST.m - 1 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;

    // Sparkasse, the joint account.
    const rent = bankDay(iso(y, m, 1));
    const rentCents = y === 2025 ? -115_000 : -119_000;
    spk({ date: rent, cents: rentCents, kind: "spend", category: "rent", merchant: "Hausverwaltung Kranz" }, { text: "DAUERAUFTRAG", purpose: `Miete ${mm} Lindenstr. 12 Whg 5`, e2e: "NOTPROVIDED", payee: "Hausverwaltung Kranz GmbH", iban: IBAN.landlord, bic: "COLSDE33XXX" });
    const huk = bankDay(iso(y, m, 1));
    spk({ date: huk, cents: -4_817, kind: "spend", category: "insurance", merchant: "HUK-COBURG" }, { text: "FOLGELASTSCHRIFT", purpose: `Kfz-Versicherung BN-JB 412 Vers.-Nr. 123/456789-K Beitrag ${mm}`, cred: "DE42ZZZ00000012345", mandate: "HUK123456789K", e2e: `HUK${digits(r, 12)}`, payee: "HUK-COBURG Allgemeine Versicherung AG", iban: IBAN.huk, bic: "BYLADEM1COB" });
    const save = bankDay(iso(y, m, 2));
    spk({ date: save, cents: -40_000, kind: "transfer", category: "savings", merchant: null, savings: true }, { text: "DAUERAUFTRAG", purpose: "Sparen Ruecklage", e2e: "NOTPROVIDED", payee: "Jonas Berger", iban: IBAN.cbk, bic: "COBADEFFXXX" });
    cbk({ date: nextBankDay(save), cents: 40_000, kind: "transfer", category: "savings", merchant: null }, "Gutschrift", `${SPK_NAME} Sparen Ruecklage End-to-End-Ref.: NOTPROVIDED`);
    const power = bankDay(iso(y, m, 15));
    const powerCents = y === 2025 ? -11_800 : -12_400;
    spk({ date: power, cents: powerCents, kind: "spend", category: "utilities", merchant: "Stadtwerke Bonn" }, { text: "FOLGELASTSCHRIFT", purpose: `Abschlag Strom/Gas Vertragskonto 200345678 Faelligkeit ${ddmmyyyy(iso(y, m, 15))}`, cred: "DE11ZZZ00000045678", mandate: "SWB-200345678", e2e: `SWB${digits(r, 14)}`, payee: "Stadtwerke Bonn Energie und Wasser GmbH", iban: IBAN.stadtwerke, bic: "COLSDE33XXX" });
    const tel = bankDay(iso(y, m, 20));
    spk({ date: tel, cents: -4_495, kind: "spend", category: "internet", merchant: "Telekom" }, { text: "FOLGELASTSCHRIFT", purpose: `Telekom Deutschland GmbH Festnetz Kd-Nr. 0123456789 RG ${digits(r, 10)}/${mm}`, cred: "DE93ZZZ00000078611", mandate: "T0123456789", e2e: `TK${digits(r, 16)}`, payee: "Telekom Deutschland GmbH", iban: IBAN.telekom, bic: "PBNKDEFFXXX" });
    if ([11, 2, 5, 8].includes(m)) {
      const fee = bankDay(iso(y, m, 15));
      spk({ date: fee, cents: -5_508, kind: "spend", category: "broadcast", merchant: "Rundfunkbeitrag" }, { text: "FOLGELASTSCHRIFT", purpose: `Rundfunk ${pad(m - 1)}.${y} - ${pad(m + 1)}.${y} Beitragsnr. 412345678`, cred: "DE34ZZZ00000125734", mandate: "412345678", e2e: `RB${digits(r, 14)}`, payee: "Rundfunk ARD, ZDF, DRadio", iban: IBAN.rundfunk, bic: "COLSDE33XXX" });
    }
    if (y === 2026 && m === 1) {
      const d = bankDay(iso(y, m, 5));
      spk({ date: d, cents: -14_256, kind: "spend", category: "insurance", merchant: "Allianz" }, { text: "FOLGELASTSCHRIFT", purpose: "Hausrat/Haftpflicht Vers.-Nr. AS-1234567890 Beitrag 01.2026-12.2026", cred: "DE66ZZZ00000002233", mandate: "AS-1234567890", e2e: `AZ${digits(r, 14)}`, payee: "Allianz Versicherungs-AG", iban: IBAN.allianz, bic: "DRESDEFF700" });
    }
    const anna = bankDayBefore(iso(y, m, 28));
    spk({ date: anna, cents: y === 2026 ? 294_510 : 287_045, kind: "income", category: "salary", merchant: "Muster Logistik" }, { text: "GUTSCHR. UEBERWEISUNG", purpose: `LOHN/GEHALT ${mm} PERS.NR 4711`, e2e: `ML${digits(r, 12)}`, payee: "Muster Logistik GmbH", iban: germanIban("37050198", "0077665544"), bic: "COLSDE33XXX" });
    const jonas = bankDayBefore(iso(y, m, daysIn(y, m)));
    spk({ date: jonas, cents: y === 2026 ? 349_812 : 341_280, kind: "income", category: "salary", merchant: "Rheinwerk Software" }, { text: "GUTSCHR. UEBERWEISUNG", purpose: `Gehalt ${mm} Jonas Berger`, e2e: `RW${digits(r, 12)}`, payee: "Rheinwerk Software GmbH", iban: germanIban("38070059", "0012300456"), bic: "DEUTDEDK380" });
    if (y === 2025 && m === 11) {
      const d = bankDayBefore(iso(y, m, 27));
      spk({ date: d, cents: 170_640, kind: "income", category: "salary", merchant: "Rheinwerk Software" }, { text: "GUTSCHR. UEBERWEISUNG", purpose: "Weihnachtsgeld 2025 Jonas Berger", e2e: `RW${digits(r, 12)}`, payee: "Rheinwerk Software GmbH", iban: germanIban("38070059", "0012300456"), bic: "DEUTDEDK380" });
    }
    // Card payments from the joint account: groceries, a Brauhaus, fuel, cash.
    const grocers: [string, string, number, number][] = [
      ["REWE MARKT GMBH//BONN/DE", "REWE", 2, 3],
      ["EDEKA NEUKAUF KLEIN//BONN/DE", "EDEKA", 1, 2],
      ["ALDI SUED//BONN/DE", "ALDI", 1, 2],
      ["LIDL SAGT DANKE//BONN/DE", "Lidl", 1, 1],
    ];
    for (const [payee, merchant, lo, hi] of grocers) {
      const n = between(r, lo, hi);
      for (let k = 0; k < n; k++) {
        const when = k === 0 && merchant === "REWE" ? weekendDay(y, m) : someDay(y, m);
        spkCard(when, time(), payee, -between(r, 1_250, 9_480), merchant, "groceries");
      }
    }
    spkCard(weekendDay(y, m), `${between(r, 18, 21)}:${pad(between(r, 0, 59))}`, "BRAUHAUS BONNSCH GMBH//BONN/DE", -between(r, 3_800, 8_900), "Bonnsch Brauhaus", "restaurants");
    spkCard(someDay(y, m), time(), "ARAL STATION 282345//BONN/DE", -between(r, 5_000, 8_500), "Aral", "fuel");
    for (let k = 0; k < between(r, 1, 2); k++) {
      const when = someDay(y, m);
      const date = nextBankDay(when);
      if (date > LAST_BOOKED) continue;
      spk({ date, when, cents: -[5_000, 10_000, 15_000, 20_000][between(r, 0, 3)]!, kind: "spend", category: "cash", merchant: null }, { text: "BARGELDAUSZAHLUNG", purpose: `${when}T${time()} Debitk.2 2027-12 GA NR00003342 BLZ37050198 0`, e2e: digits(r, 26), payee: "SPARKASSE KOELNBONN//BONN/DE", iban: "", bic: "" });
    }
    // PayPal (Zalando) every other month, Amazon by direct debit every third month.
    if (m % 2 === 1) {
      const d = bankDay(iso(y, m, between(r, 3, 24)));
      const eref = digits(r, 13);
      spk({ date: d, cents: -between(r, 3_995, 12_990), kind: "spend", category: "shopping", merchant: "Zalando" }, { text: "FOLGELASTSCHRIFT", purpose: `${eref}/PP.4162.PP/, Zalando SE, Ihr Einkauf bei Zalando SE`, cred: "LU96ZZZ0000000000000000058", mandate: `4H7J224${code(r, 6)}`, e2e: `${eref} PP.4162.PP PAYPAL`, payee: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: "LU89751000135104200E", bic: "PPLXLUL2" });
    }
    if (m % 3 === 0) {
      const d = bankDay(iso(y, m, between(r, 5, 25)));
      spk({ date: d, cents: -between(r, 1_999, 8_999), kind: "spend", category: "shopping", merchant: "Amazon" }, { text: "FOLGELASTSCHRIFT", purpose: `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)} Amazon.de ${code(r, 16)}`, cred: "DE24ZZZ00000561652", mandate: code(r, 12), e2e: code(r, 16), payee: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", iban: germanIban("30030880", "0000123456"), bic: "TUBDDEDD" });
    }

    // Commerzbank: Jonas's old account, now the savings account, with a few of his own payments.
    cbk({ date: bankDay(iso(y, m, 1)), cents: -2_490, kind: "spend", category: "gym", merchant: "McFit" }, "Lastschrift", `McFit GmbH Mitgliedsbeitrag 7712345 ${mm} End-to-End-Ref.: MCF${digits(r, 10)} Mandatsref: MCF7712345 Gläubiger-ID: DE29ZZZ00000234567 SEPA-BASISLASTSCHRIFT wiederholend`);
    cbk({ date: bankDayBefore(iso(y, m, daysIn(y, m))), cents: -490, kind: "spend", category: "fees", merchant: "Commerzbank" }, "Zinsen/Entgelte", `Kontoführung ${mm} Kontoführungsentgelt 4,90- EUR`);
    for (let k = 0; k < between(r, 1, 2); k++) cbkCard(someDay(y, m), time(), k === 0 ? "Shell Deutschland" : "JET TANKSTELLE", `4${digits(r, 7)}`, -between(r, 4_000, 7_900), k === 0 ? "Shell" : "JET", "fuel");
    cbkCard(weekendDay(y, m), time(), "REWE SAGT DANKE", `4${digits(r, 7)}`, -between(r, 900, 4_500), "REWE", "groceries");
    cbkCard(someDay(y, m), time(), "NETTO MARKEN-DISCOU", `4${digits(r, 7)}`, -between(r, 700, 3_900), "Netto", "groceries");
    if (m % 3 === 1) {
      const eref = digits(r, 13);
      cbk({ date: bankDay(iso(y, m, between(r, 4, 24))), cents: -between(r, 1_490, 4_990), kind: "spend", category: "books", merchant: "Thalia" }, "Lastschrift", `PayPal Europe S.a.r.l. et Cie S.C.A ${eref}/PP.4162.PP/, Thalia Bücher GmbH, Ihr Einkauf bei Thalia Bücher GmbH End-to-End-Ref.: ${eref} PP.4162.PP PAYPAL Mandatsref: 4H7J224${code(r, 6)} Gläubiger-ID: LU96ZZZ0000000000000000058 SEPA-BASISLASTSCHRIFT wiederholend`);
    }

    // Amex: restaurants (often Friday or Saturday evening), Spotify, Amazon, travel.
    const restaurants: [string, string, string, string, string][] = [
      ["VAPIANO BONN", "Vapiano", "BONN", "53111", "VAPIANO             BONN"],
      ["L'OSTERIA BONN", "L'Osteria", "BONN", "53113", "L'OSTERIA           BONN"],
      ["HANS IM GLUECK BONN", "Hans im Glück", "BONN", "53111", "HANS IM GLUECK      BONN"],
    ];
    for (let k = 0; k < between(r, 2, 3); k++) {
      const [desc, merchant, town, pc, ofxName] = restaurants[between(r, 0, 2)]!;
      const when = r() < 0.5 ? weekendDay(y, m) : someDay(y, m);
      amex(when, -between(r, 2_400, 9_600), desc, `RESTAURANT\n${desc}`, town, pc, "Restaurant-Restaurant", "spend", "restaurants", merchant, ofxName, "RESTAURANT");
    }
    amex(iso(y, m, 12), -1_799, "SPOTIFY P3F9A1C2B7 STOCKHOLM", "MUSIC STREAMING", "STOCKHOLM", "", "Entertainment-Music", "spend", "subscriptions", "Spotify", "SPOTIFY P3F9A1C2B7  STOCKHOLM", "MUSIC STREAMING");
    for (let k = 0; k < between(r, 1, 2); k++) {
      const desc = k === 0 ? "AMAZON.DE AMAZON.DE" : `AMZN Mktp DE*${code(r, 9)} 800-279-6620`;
      amex(someDay(y, m), -between(r, 1_299, 7_999), desc, "AMZN.COM/BILL", "AMAZON.DE", "", "Merchandise & Supplies-Internet Purchase", "spend", "shopping", "Amazon", k === 0 ? "AMAZON.DE           AMAZON.DE" : desc.slice(0, 32), "INTERNET PURCHASE");
    }
    if (y === 2026 && m === 6) amex("2026-06-18", 4_999, "AMAZON.DE AMAZON.DE", "GUTSCHRIFT\nAMZN.COM/BILL", "AMAZON.DE", "", "Merchandise & Supplies-Internet Purchase", "spend", "shopping", "Amazon", "AMAZON.DE           AMAZON.DE", "INTERNET PURCHASE");
    if (y === 2026 && m === 8) {
      amex("2026-08-03", -131_240, "LUFTHANSA 2201234567890 FRANKFURT", "PASSAGIERFLUG\nFRA-LIS", "FRANKFURT", "60549", "Travel-Airline", "spend", "travel", "Lufthansa", "LUFTHANSA 220123456FRANKFURT", "AIRLINE");
      amex("2026-08-22", -68_400, "BOOKING.COM HOTEL AMSTERDAM", "HOTEL LISBOA", "AMSTERDAM", "", "Travel-Lodging", "spend", "travel", "Booking.com", "BOOKING.COM HOTEL   AMSTERDAM", "LODGING");
    }

    // The card bill of the month before, debited from the joint account and credited on the card.
    const prev = `${m === 1 ? y - 1 : y}-${pad(m === 1 ? 12 : m - 1)}`;
    const bill = amexByMonth.get(prev);
    if (bill) {
      const d = bankDay(iso(y, m, 10));
      spk({ date: d, cents: bill, kind: "transfer", category: "card bill", merchant: null }, { text: "FOLGELASTSCHRIFT", purpose: `AMEX ABRECHNUNG ${prev.slice(5)}/${prev.slice(0, 4)} KARTE XXXX-XXXXXX-41007`, cred: "DE71ZZZ00000099887", mandate: "AMEX41007", e2e: `AX${digits(r, 14)}`, payee: "American Express Europe S.A. (Germany branch)", iban: IBAN.amex, bic: "HELADEF1XXX" });
      amex(addDays(d, 1), -bill, "ZAHLUNG ERHALTEN. BESTEN DANK.", "", "", "", "", "transfer", "card bill", null, "ZAHLUNG ERHALTEN. BESTEN DANK", "");
    }
    amexByMonth.set(`${y}-${pad(m)}`, ev.filter((e) => e.acct === "amex" && e.kind === "spend" && e.date.startsWith(`${y}-${pad(m)}`)).reduce((a, e) => a + e.cents, 0));
  }
  // Bought on the export day, not yet booked.
  spkCard("2026-10-30", "18:12", "LIDL SAGT DANKE//BONN/DE", -2_734, "Lidl", "groceries", true);
  return ev.filter((e) => e.date <= LAST_BOOKED);
}

const newestFirst = (es: Event[]) => [...es].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** Sparkasse CSV-CAMT V2: ISO-8859-1, all fields quoted, header on line 1, no preamble. */
export function sparkasseCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const header = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"];
  const lines = [q(header), ...newestFirst(events.filter((e) => e.acct === "spk")).map((e) => q(e.row))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** Commerzbank (current): UTF-8 with BOM, ';', no quoting, header on line 1. */
export function commerzbankCsv(events: Event[]): Buffer {
  const header = "Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;IBAN Kontoinhaber;Kategorie";
  const lines = [header, ...newestFirst(events.filter((e) => e.acct === "cbk")).map((e) => e.row.join(";"))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** Amex full layout: ',' separated, fields quoted where needed (Extended Details spans lines). */
export function amexCsv(events: Event[]): Buffer {
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category";
  const lines = [header, ...newestFirst(events.filter((e) => e.acct === "amex")).map((e) => e.row.map(cell).join(","))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

const ofxDate = (d: string) => `${d.replace(/-/g, "")}000000.000[-7:MST]`;
const ofxAmount = (c: number) => `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${pad(Math.abs(c) % 100)}`;

/**
 * Amex OFX download (bank-formats.md §2.3): OFX 1.02 SGML with unclosed leaf
 * elements, Amex's own tags in CCACCTFROM, fixed-width NAME, a MEMO with a
 * reference and a category word, charges negative, and the card's balance.
 */
export function amexOfx(events: Event[]): Buffer {
  const rows = newestFirst(events.filter((e) => e.acct === "amex"));
  const balance = rows.reduce((a, e) => a + e.cents, 0);
  const trn = rows.map((e) => [
    "<STMTTRN>", `<TRNTYPE>${e.cents < 0 ? "DEBIT" : "CREDIT"}`, `<DTPOSTED>${ofxDate(e.date)}`, `<TRNAMT>${ofxAmount(e.cents)}`,
    `<FITID>${e.ofx!.fitid}`, `<REFNUM>${e.ofx!.fitid}`, `<NAME>${e.ofx!.name}`, ...(e.ofx!.memo ? [`<MEMO>${e.ofx!.memo}`] : []), "</STMTTRN>",
  ].join("\r\n"));
  const body = [
    "<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "<MESSAGE>Login erfolgreich", "</STATUS>",
    `<DTSERVER>${LAST_BOOKED.replace(/-/g, "")}083600.212[-7:MST]`, "<LANGUAGE>GER", "<FI>", "<ORG>AMEX", "<FID>3101", "</FI>",
    "<ORIGIN.ID>FMPWEB", "<INTU.BID>3101", `<START.TIME>${LAST_BOOKED.replace(/-/g, "")}083600`, "</SONRS>", "</SIGNONMSGSRSV1>",
    "<CREDITCARDMSGSRSV1>", "<CCSTMTTRNRS>", "<TRNUID>0", "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<CCSTMTRS>", "<CURDEF>EUR",
    "<CCACCTFROM>", "<ACCTID>376601234541007", "<DOWNLOAD.FLAG>FALSE", "<DOWNLOAD.TYPE>downloadDates", "<AMEX.BASICACCT>376601234541007",
    "<DAYS.NINTY>FALSE", "<AMEX.ROLE>B", "<AMEX.UNIVID>C4A1F0D2E6B87A3945D1E2F3A4B5C6D7", "</CCACCTFROM>",
    "<BANKTRANLIST>", `<DTSTART>${ofxDate("2025-09-01")}`, `<DTEND>${ofxDate(LAST_BOOKED)}`, ...trn, "</BANKTRANLIST>",
    "<LEDGERBAL>", `<BALAMT>${ofxAmount(balance)}`, `<DTASOF>${ofxDate(LAST_BOOKED)}`, "</LEDGERBAL>",
    "<CYCLECUT.INDICATOR>FALSE", "<PURGE.INDICATOR>FALSE", "<INTL.INDICATOR>FALSE",
    "</CCSTMTRS>", "</CCSTMTTRNRS>", "</CREDITCARDMSGSRSV1>", "</OFX>",
  ];
  const header = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252", "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE"];
  return Buffer.from(`${header.join("\r\n")}\r\n\r\n${body.join("\r\n")}\r\n`, "latin1");
}
