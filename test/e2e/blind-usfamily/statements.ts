// Fourteen months (1 October 2025 to 26 November 2026) of Marcus and Keisha
// Johnson, a couple with two kids in Austin, Texas, written as three real US
// exports (/work/shared/bank-formats.md §1.4):
//  - Chase checking (Marcus): Details,Posting Date,Description,Amount,Type,
//    Balance,Check or Slip # with one extra trailing comma on every data row,
//    MM/DD/YYYY, signed amounts, newest first, Balance empty on the two
//    pending rows. ACH texts as "ORIG CO NAME:… CO ENTRY DESCR:…" or "… PPD ID:".
//  - Bank of America checking (Keisha): the summary block, a blank line, then
//    Date,Description,Amount,Running Bal. with the "Beginning balance" pseudo
//    row; amounts with a thousands comma are quoted. CHECKCARD MMDD card rows,
//    "DES:/ID:/INDN:/CO ID:" ACH rows and "Zelle payment to/from". No pending rows.
//  - Capital One credit card (joint): Transaction Date,Posted Date,Card No.,
//    Description,Category,Debit,Credit with ISO dates and unsigned Debit/Credit.
// Expected answers are computed from these events, never from Kontor.

import { addDays, between, iso, pad, prng, weekday } from "../statement-kit.ts";

export type Acct = "chase" | "bofa" | "cap1";

export type Tag =
  | "pay-marcus" | "pay-keisha" | "mortgage" | "hoa" | "daycare" | "electric" | "gas-utility" | "internet" | "groceries" | "costco"
  | "target" | "walmart" | "fuel" | "dining" | "venmo-out" | "venmo-in" | "zelle-in" | "babysitter" | "cc-payment" | "own-transfer"
  | "amazon" | "orlando" | "medical" | "property-tax" | "tax-refund" | "streaming";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD posting date
  /** The day the card was used, when the export shows it (Capital One's Transaction Date, BofA's CHECKCARD MMDD). */
  used?: string;
  cents: number; // integer cents, negative = money out of the household
  tag: Tag;
  /** Who was paid or paid them, as the couple would name them. */
  merchant?: string;
  /** Between the couple's own accounts (Chase ↔ BofA, Chase → Capital One bill): neither spending nor income. */
  transfer?: boolean;
  pending?: boolean;
  desc: string;
  /** Chase Type column (ACH_DEBIT, DEBIT_CARD, …). */
  chaseType?: string;
  /** Capital One Category and card number. */
  cat?: string;
  card?: string;
}

export const FIRST = "2025-10-01";
export const LAST_BOOKED = "2026-11-26";
export const OPENING = { chase: 1_284_233, bofa: 651_210 }; // cents at the start of 1 Oct 2025

const mmdd = (d: string) => `${d.slice(5, 7)}${d.slice(8, 10)}`;
const mmddyyyy = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
const plain = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;
/** BofA writes "1,376.28" quoted when it has a thousands comma, plain otherwise. */
function bofaAmount(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const s = `${cents < 0 ? "-" : ""}${int}.${pad(abs % 100)}`;
  return s.includes(",") ? `"${s}"` : s;
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const alnum = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");

/** The 14 months in the files, as [year, month]. */
const MONTHS: [number, number][] = Array.from({ length: 14 }, (_, i) => [2025 + Math.floor((9 + i) / 12), ((9 + i) % 12) + 1]);

export function buildEvents(): Event[] {
  const r = prng(20261130);
  const ev: Event[] = [];
  const add = (e: Event) => {
    if (e.date <= LAST_BOOKED) ev.push(e);
  };

  // --- Chase (Marcus) ---------------------------------------------------------------------------
  const chaseAch = (date: string, tag: Tag, cents: number, desc: string, merchant: string, type = cents < 0 ? "ACH_DEBIT" : "ACH_CREDIT", transfer = false) =>
    add({ acct: "chase", date: weekday(date), cents, tag, merchant, desc, chaseType: type, transfer });
  const chaseCard = (day: string, tag: Tag, cents: number, desc: string, merchant: string, pending = false) =>
    add({ acct: "chase", date: pending ? day : weekday(day), cents, tag, merchant, desc, chaseType: "DEBIT_CARD", pending });
  const origCo = (name: string, descr: string, sec: string) =>
    `ORIG CO NAME:${name}  CO ENTRY DESCR:${descr}  SEC:${sec} IND ID:${digits(r, 10)} IND NAME:MARCUS JOHNSON`;

  // Marcus: Dell, biweekly Fridays; a raise from March 2026.
  for (let d = "2025-10-03"; d <= LAST_BOOKED; d = addDays(d, 14)) {
    chaseAch(d, "pay-marcus", d >= "2026-03-01" ? 326_115 : 318_427, "DELL TECHNOLOGIES PAYROLL PPD ID: 1742345678", "Dell");
  }
  // --- BofA (Keisha) ----------------------------------------------------------------------------
  const bofa = (date: string, tag: Tag, cents: number, desc: string, merchant: string, o: { transfer?: boolean; used?: string } = {}) =>
    add({ acct: "bofa", date, cents, tag, merchant, desc, transfer: o.transfer, used: o.used });
  const bofaAch = (date: string, tag: Tag, cents: number, co: string, des: string, merchant: string, sec: string, transfer = false) =>
    bofa(weekday(date), tag, cents, `${co} DES:${des} ID:${digits(r, 11)} INDN:KEISHA JOHNSON CO ID:${digits(r, 10)} ${sec}`, merchant, { transfer });
  const checkcard = (day: string, tag: Tag, cents: number, store: string, merchant: string) =>
    bofa(weekday(addDays(day, 1)), tag, cents, `CHECKCARD ${mmdd(day)} ${store} ${digits(r, 23)}`, merchant, { used: day });
  // Keisha: St. David's, biweekly Fridays on the other week; a raise from July 2026.
  for (let d = "2025-10-10"; d <= LAST_BOOKED; d = addDays(d, 14)) {
    bofaAch(d, "pay-keisha", d >= "2026-07-01" ? 255_140 : 247_658, "ST DAVIDS HEALTHC", "PAYROLL", "St. David's", "PPD");
  }

  // --- Capital One (joint card) -----------------------------------------------------------------
  const card = (day: string, tag: Tag, cents: number, desc: string, cat: string, merchant: string, who = "4821") =>
    add({ acct: "cap1", date: addDays(day, cents < 0 ? 1 + Math.floor(r() * 2) : 1), used: day, cents, tag, merchant, desc, cat, card: who });

  const electric: number[] = [14_812, 11_236, 12_604, 14_117, 13_349, 10_488, 9_873, 13_921, 21_166, 26_843, 29_117, 23_652, 16_238, 11_874];
  const gasUtil: number[] = [2_841, 4_917, 7_683, 9_412, 8_126, 5_274, 3_961, 3_118, 2_876, 2_744, 2_690, 2_712, 2_903, 4_655];
  // Make every usual reading of "average electric bill" come out in whole cents: all 14 bills, the last 12, and 2026's 11.
  const sum = (from: number) => electric.slice(from).reduce((a, b) => a + b, 0);
  const bump = (i: number) => electric.splice(i, 1, (electric[i] ?? 0) + 1);
  while (sum(3) % 11 !== 0) bump(13);
  while (sum(2) % 12 !== 0) bump(2);
  while (sum(0) % 14 !== 0) bump(0);

  MONTHS.forEach(([y, m], i) => {
    const D = (day: number) => iso(y, m, day);
    const month = `${y}-${pad(m)}`;
    // Chase: mortgage, utilities, the transfer to BofA, the card bill.
    chaseAch(D(1), "mortgage", -241_266, origCo("MR. COOPER", "MTG PYMT", "PPD"), "Mr. Cooper");
    chaseAch(D(12), "electric", -(electric[i] ?? 0), origCo("AUSTIN ENERGY", "WEB_PAY", "WEB"), "Austin Energy");
    chaseAch(D(18), "gas-utility", -(gasUtil[i] ?? 0), origCo("TEXAS GAS SERVICE", "UTIL PYMT", "WEB"), "Texas Gas Service");
    const xfer = weekday(D(3));
    const ref = digits(r, 11);
    add({ acct: "chase", date: xfer, cents: -120_000, tag: "own-transfer", transfer: true, chaseType: "ACCT_XFER", merchant: "own",
      desc: `ONLINE TRANSFER TO BANK OF AMERICA CHK ...4417 TRANSACTION#: ${ref} ${mmddyyyy(xfer).slice(0, 5)}` });
    bofa(weekday(addDays(xfer, 1)), "own-transfer", 120_000, `JPMorgan Chase DES:Ext Trnsfr ID:${ref} INDN:KEISHA JOHNSON CO ID:9200502231 WEB`, "own", { transfer: true });
    // BofA: daycare tuition, HOA each quarter, Valero, Chick-fil-A, Whole Foods, Target, CVS.
    bofaAch(D(2), "daycare", y === 2026 && m >= 8 ? -139_500 : -134_000, "LITTLE ACORNS LC", "TUITION", "Little Acorns", "WEB");
    if ([1, 4, 7, 10].includes(m)) bofaAch(D(5), "hoa", -28_500, "AVERY RANCH OWNER", "HOA DUES", "Avery Ranch HOA", "WEB");
    checkcard(D(6), "fuel", -between(r, 3_800, 5_900), "VALERO 4521 AUSTIN TX", "Valero");
    checkcard(D(20), "fuel", -between(r, 3_800, 5_900), "VALERO 1187 ROUND ROCK TX", "Valero");
    checkcard(D(9), "dining", -between(r, 1_800, 3_400), "CHICK-FIL-A #01734 AUSTIN TX", "Chick-fil-A");
    checkcard(D(23), "dining", -between(r, 1_800, 3_400), "CHICK-FIL-A #01734 AUSTIN TX", "Chick-fil-A");
    checkcard(D(11), "groceries", -between(r, 6_000, 14_000), "WHOLE FOODS MKT 10412 AUSTIN TX", "Whole Foods");
    checkcard(D(16), "target", -between(r, 4_500, 16_000), "TARGET T-1795 AUSTIN TX", "Target");
    if (m % 2 === 0) checkcard(D(13), "medical", -between(r, 900, 4_500), "CVS/PHARMACY #07788 AUSTIN TX", "CVS");

    // Chase debit card: H-E-B every week, Buc-ee's on the way to grandma's in New Braunfels.
    for (const day of [4, 11, 18, 25]) chaseCard(D(day), "groceries", -between(r, 9_000, 21_000), "H-E-B #592 AUSTIN TX", "H-E-B");
    if (m % 2 === 1) chaseCard(D(14), "fuel", -between(r, 5_500, 7_800), "BUC-EE'S #22 NEW BRAUNFELS TX", "Buc-ee's");
    // The babysitter, paid by Zelle from Chase.
    for (const day of m % 3 === 0 ? [10] : [8, 22]) {
      chaseAch(D(day), "babysitter", -(m % 2 === 0 ? 8_000 : 10_000), `Zelle payment to Ashley Nguyen JPM99${alnum(r, 6).toLowerCase()}`, "Ashley Nguyen", "QUICKPAY_DEBIT");
    }

    // Capital One: Costco twice, Shell, restaurants, DoorDash, Walmart, Amazon, streaming and Google Fiber.
    card(D(3), "costco", -between(r, 18_000, 32_000), "COSTCO WHSE #0681 AUSTIN TX", "Merchandise", "Costco");
    card(D(17), "costco", -between(r, 12_000, 26_000), "COSTCO WHSE #1041 CEDAR PARK TX", "Merchandise", "Costco", "7730");
    card(D(8), "fuel", -between(r, 4_200, 6_400), "SHELL OIL 57444592809 AUSTIN TX", "Gas/Automotive", "Shell");
    card(D(21), "fuel", -between(r, 4_200, 6_400), "SHELL OIL 57444601233 AUSTIN TX", "Gas/Automotive", "Shell", "7730");
    card(D(10), "dining", -between(r, 4_800, 8_900), "TORCHYS TACOS 012 AUSTIN TX", "Dining", "Torchy's");
    card(D(15), "dining", -between(r, 2_900, 5_600), "DOORDASH*PLUCKERS WING 855-973-1040 CA", "Dining", "DoorDash");
    card(D(26), "dining", -between(r, 2_900, 5_600), "DOORDASH*CHUYS 855-973-1040 CA", "Dining", "DoorDash", "7730");
    card(D(19), "walmart", -between(r, 3_000, 11_000), "WM SUPERCENTER #5823 AUSTIN TX", "Merchandise", "Walmart", "7730");
    card(D(7), "amazon", -between(r, 1_500, 9_000), `AMZN Mktp US*${alnum(r, 9)} Amzn.com/bill WA`, "Merchandise", "Amazon");
    card(D(24), "amazon", -between(r, 1_500, 9_000), `AMAZON MKTPL*${alnum(r, 9)} Amzn.com/bill WA`, "Merchandise", "Amazon", "7730");
    card(D(5), "streaming", -1_799, "NETFLIX.COM 866-579-7172 CA", "Entertainment", "Netflix");
    card(D(9), "streaming", -1_599, "DISNEY PLUS 888-905-7888 CA", "Entertainment", "Disney+");
    card(D(14), "streaming", -1_999, "SPOTIFY USA 877-778-1161 NY", "Entertainment", "Spotify");
    card(D(19), "streaming", -8_299, "GOOGLE *YouTube TV g.co/helppay# CA", "Entertainment", "YouTube TV");
    card(D(7), "internet", -7_000, "GOOGLE *FIBER g.co/helppay# CA", "Phone/Cable", "Google Fiber");
    if (m % 3 === 1) card(D(12), "medical", -3_500, "AUSTIN REGIONAL CLINIC 512-272-4636 TX", "Health Care", "Austin Regional Clinic");
    if (m % 3 === 2) card(D(20), "medical", -4_000, "PEDIATRIC ASSOC OF AUSTIN 512-346-1800 TX", "Health Care", "Pediatric Associates");

    // Friends: Venmo for splitting dinner, Zelle back from Jordan. None in October 2026, so "last month" holds no reimbursements.
    if (month !== "2026-10") {
      if (m % 2 === 0) bofaAch(D(14), "venmo-out", -between(r, 2_500, 7_500), "VENMO", "PAYMENT", "Venmo", "WEB");
      if (m % 4 === 1) bofaAch(D(24), "venmo-in", between(r, 2_000, 6_000), "VENMO", "CASHOUT", "Venmo", "PPD");
      if (m % 3 === 0) bofa(weekday(D(25)), "zelle-in", between(r, 3_000, 6_500), `Zelle payment from JORDAN MILLER Conf# ${alnum(r, 9).toLowerCase()}`, "Jordan Miller");
    }
  });

  // One-offs.
  const oneCard = (day: string, tag: Tag, cents: number, desc: string, cat: string, merchant: string) => card(day, tag, cents, desc, cat, merchant);
  oneCard("2025-11-28", "amazon", -14_999, "AMAZON MKTPL*BF4XZ9GI2 Amzn.com/bill WA", "Merchandise", "Amazon"); // Black Friday
  oneCard("2026-02-16", "amazon", 4_299, "AMZN Mktp US*RT5XK29L1 Amzn.com/bill WA", "Merchandise", "Amazon"); // a return
  oneCard("2026-08-11", "amazon", 8_950, "AMAZON MKTPL*RX2LM77Q0 Amzn.com/bill WA", "Merchandise", "Amazon"); // a return
  oneCard("2026-08-04", "amazon", -21_488, "AMZN Mktp US*2K4AB12C3 Amzn.com/bill WA", "Merchandise", "Amazon"); // back to school
  // Orlando, 13–18 June 2026: flights and park tickets bought ahead.
  oneCard("2026-03-04", "orlando", -123_680, "SOUTHWEST 5262412345678 800-435-9792 TX", "Airfare", "Southwest");
  oneCard("2026-04-15", "orlando", -164_800, "WDW TICKETS ONLINE 407-939-5277 FL", "Entertainment", "Disney");
  oneCard("2026-06-13", "orlando", -4_130, "UBER *TRIP HELP.UBER.COM CA", "Other Travel", "Uber");
  oneCard("2026-06-14", "orlando", -8_640, "DISNEY MAGIC KINGDOM FOOD LAKE BUENA VISFL", "Dining", "Disney");
  oneCard("2026-06-15", "orlando", -11_275, "DISNEY EPCOT FOOD LAKE BUENA VISFL", "Dining", "Disney");
  oneCard("2026-06-16", "orlando", -5_412, "WDW MK EMPORIUM LAKE BUENA VISFL", "Merchandise", "Disney");
  oneCard("2026-06-18", "orlando", -112_745, "MARRIOTT ORLANDO WORLD CTR ORLANDO FL", "Lodging", "Marriott");
  // A big Costco run in October 2026 (the third-largest expense that month).
  card("2026-10-24", "costco", -61_237, "COSTCO WHSE #0681 AUSTIN TX", "Merchandise", "Costco");
  // Daycare by Zelle: registration in January, the summer-camp add-on in June.
  bofa("2026-01-06", "daycare", -15_000, "Zelle payment to Little Acorns Learning Center Conf# t0qk82hz3", "Little Acorns");
  bofa("2026-06-02", "daycare", -22_000, "Zelle payment to Little Acorns Learning Center Conf# t0r7mw1xe", "Little Acorns");
  // Property tax to Travis County and the federal refund.
  chaseAch("2026-01-27", "property-tax", -784_219, "ORIG CO NAME:TRAVIS COUNTY TAX  CO ENTRY DESCR:PROP TAX  SEC:WEB IND ID:0285461007 IND NAME:MARCUS JOHNSON", "Travis County");
  chaseAch("2026-03-11", "tax-refund", 231_800, "IRS  TREAS 310     TAX REF    PPD ID: 9111036161", "IRS");
  // Two card purchases not yet posted when Marcus downloaded the Chase file.
  chaseCard("2026-11-25", "groceries", -13_742, "H-E-B #592 AUSTIN TX", "H-E-B", true);
  chaseCard("2026-11-26", "fuel", -6_118, "BUC-EE'S #22 NEW BRAUNFELS TX", "Buc-ee's", true);

  // The card bill: autopay on the 22nd of the previous month's statement (everything posted on the card that month),
  // seen on both sides; September 2025's statement is paid in October.
  MONTHS.forEach(([y, m], i) => {
    const month = `${y}-${pad(m)}`;
    const [py, pm] = MONTHS[i - 1] ?? [2025, 9];
    const prev = `${py}-${pad(pm)}`;
    const due = i === 0 ? 210_433 : -ev.filter((e) => e.acct === "cap1" && e.tag !== "cc-payment" && e.date.startsWith(prev)).reduce((a, e) => a + e.cents, 0);
    const payDay = weekday(`${month}-22`);
    add({ acct: "cap1", date: payDay, used: payDay, cents: due, tag: "cc-payment", transfer: true, desc: "CAPITAL ONE AUTOPAY PYMT", cat: "Payment/Credit", card: "4821", merchant: "own" });
    chaseAch(payDay, "cc-payment", -due, origCo("CAPITAL ONE", "CRCARDPMT", "PPD"), "own", "ACH_DEBIT", true);
  });
  return ev.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Booked rows of one account in posting order (stable within a day). */
const rowsOf = (events: Event[], acct: Acct) => events.filter((e) => e.acct === acct && !e.pending);

export function closing(events: Event[], acct: "chase" | "bofa"): number {
  return OPENING[acct] + rowsOf(events, acct).reduce((a, e) => a + e.cents, 0);
}

/** Chase checking, newest first, with the trailing comma on data rows and an empty Balance on pending rows. */
export function chaseCsv(events: Event[]): Buffer {
  let bal = OPENING.chase;
  const booked = rowsOf(events, "chase").map((e) => {
    bal += e.cents;
    return { e, bal };
  });
  const line = (e: Event, balance: string) =>
    `${e.cents < 0 ? "DEBIT" : "CREDIT"},${mmddyyyy(e.date)},"${e.desc}",${plain(e.cents)},${e.chaseType},${balance},,`;
  const pending = events.filter((e) => e.acct === "chase" && e.pending).reverse().map((e) => line(e, ""));
  const lines = ["Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #", ...pending, ...booked.reverse().map(({ e, bal: b }) => line(e, plain(b)))];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

/** Bank of America checking: summary block, blank line, table with the beginning-balance pseudo row, oldest first. */
export function bofaCsv(events: Event[]): Buffer {
  const rows = rowsOf(events, "bofa");
  const credits = rows.filter((e) => e.cents > 0).reduce((a, e) => a + e.cents, 0);
  const debits = rows.filter((e) => e.cents < 0).reduce((a, e) => a + e.cents, 0);
  const quoted = (cents: number) => (bofaAmount(cents).startsWith('"') ? bofaAmount(cents) : `"${bofaAmount(cents)}"`);
  const start = mmddyyyy(FIRST);
  const end = mmddyyyy(LAST_BOOKED);
  let bal = OPENING.bofa;
  const lines = [
    "Description,,Summary Amt.",
    `Beginning balance as of ${start},,${quoted(OPENING.bofa)}`,
    `Total credits,,${quoted(credits)}`,
    `Total debits,,${quoted(debits)}`,
    `Ending balance as of ${end},,${quoted(closing(events, "bofa"))}`,
    "",
    "Date,Description,Amount,Running Bal.",
    `${start},Beginning balance as of ${start},,${quoted(OPENING.bofa)}`,
    ...rows.map((e) => {
      bal += e.cents;
      return `${mmddyyyy(e.date)},"${e.desc}",${bofaAmount(e.cents)},${bofaAmount(bal)}`;
    }),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

/** Capital One: ISO dates, unsigned Debit (purchases) and Credit (payments, returns), newest first. */
export function capitalOneCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "cap1").reverse();
  const lines = [
    "Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit",
    ...rows.map((e) => `${e.used},${e.date},${e.card},${e.desc},${e.cat},${e.cents < 0 ? plain(-e.cents) : ""},${e.cents > 0 ? plain(e.cents) : ""}`),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
