// Fourteen months (October 2025 to November 2026) of one American's money,
// written as three real-shaped exports (../shared/bank-formats.md §0, §1.4,
// §2.3, §3): Chase checking CSV (trailing comma, running balance, pending rows
// with an empty balance), a Capital One card CSV (ISO dates, unsigned
// Debit/Credit) and a Bank of America savings QFX (OFX 1.02 SGML, unclosed
// leaf tags, NAME cut at 32 characters, the whole ACH text in MEMO). The same
// logical events also yield the expected answers, so the test never asks
// Kontor what the right number is.
//
// Written blind: only from bank-formats.md, without reading Kontor's parsers,
// rules or fixtures.

import { addDays, between, iso, pad, prng } from "../statement-kit.ts";

export type Acct = "chase" | "capone" | "bofa";

/** What a person would call the row; the test sums by these, never by Kontor's categories. */
export type Kind =
  | "salary" | "bonus" | "interest" | "p2p-in"
  | "rent" | "electric" | "gas-utility" | "water" | "internet" | "phone" | "insurance" | "gym"
  | "groceries" | "superstore" | "coffee" | "restaurants" | "delivery" | "shopping" | "rideshare" | "fuel" | "subscriptions"
  | "cash" | "fees" | "p2p-out"
  | "savings" | "card-payment";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD: Chase posting date, Capital One transaction date, OFX DTPOSTED
  cents: number; // integer minor units, negative = money out of the account
  merchant: string | null; // what a person calls it ("Whole Foods")
  kind: Kind;
  transfer: boolean; // between the person's own accounts (savings moves, the card bill on both sides)
  refund?: boolean;
  pending?: boolean;
  text: string; // the description as the bank prints it
  chaseType?: string; // Chase "Type" column
  caponeCategory?: string; // Capital One "Category" column
  posted?: string; // Capital One "Posted Date"
  ofxName?: string;
  ofxType?: string;
  seq: number; // order of insertion, to keep same-day rows in a stable order
}

export const NAME = "JORDAN LEE";
export const FIRST = { y: 2025, m: 10 };
export const MONTHS = 14; // October 2025 to November 2026
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
/** Balances on 30 September 2025, in cents. The card starts paid off. */
export const OPENING = { chase: 325_000, capone: 0, bofa: 800_000 };
export const CAPONE_LAST4 = "7702";
export const BOFA_ACCT = "000123458841";

const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** ACH and posting happen on weekdays: Saturday and Sunday move to Monday. */
export function weekday(date: string): string {
  return dow(date) === 6 ? addDays(date, 2) : dow(date) === 0 ? addDays(date, 1) : date;
}
/** Payroll comes early: a payday on a weekend is paid the Friday before. */
function payday(date: string): string {
  return dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date;
}
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const mmdd = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}`;
const mmddyyyy = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
/** "1234.56" as US CSVs write it: dot decimals, no thousands separator, no sign. */
const plain = (cents: number) => `${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;
const signed = (cents: number) => `${cents < 0 ? "-" : ""}${plain(cents)}`;
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
/** Chase pads ACH company and entry-description fields with spaces. */
const ach = (company: string, entry: string, sec: "PPD" | "WEB", id: string) => `${company.padEnd(16)} ${entry.padEnd(26)} ${sec} ID: ${id}`;
const ELECTRIC = [14_212, 11_876, 9_954, 8_733, 7_911, 8_245, 10_388, 13_977, 15_102, 12_460, 9_015, 8_102];
const HEATING = [11_842, 10_377, 8_265, 4_511, 3_102, 2_688, 2_540, 2_611, 2_933, 4_010, 6_877, 9_964];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

export function buildEvents(): Event[] {
  const r = prng(20261128);
  const events: Event[] = [];
  let seq = 0;
  const push = (e: Omit<Event, "seq">) => events.push({ ...e, seq: seq++ });

  const chase = (date: string, cents: number, text: string, chaseType: string, kind: Kind, merchant: string | null, extra: Partial<Event> = {}) =>
    push({ acct: "chase", date, cents, text, chaseType, kind, merchant, transfer: kind === "savings" || kind === "card-payment", ...extra });
  const card = (date: string, cents: number, text: string, caponeCategory: string, kind: Kind, merchant: string | null, extra: Partial<Event> = {}) =>
    push({ acct: "capone", date, posted: addDays(date, 1), cents, text, caponeCategory, kind, merchant, transfer: kind === "card-payment", ...extra });
  const bofa = (date: string, cents: number, ofxType: string, ofxName: string, text: string, kind: Kind) =>
    push({ acct: "bofa", date, cents, ofxType, ofxName, text, kind, merchant: null, transfer: kind === "savings" });

  const cardNet = new Map<string, number>(); // YYYY-MM -> net card activity, paid the month after

  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST.y + Math.floor((FIRST.m - 1 + i) / 12);
    const m = ((FIRST.m - 1 + i) % 12) + 1;
    const ym = `${y}-${pad(m)}`;
    const day = (d: number) => iso(y, m, d);
    const bday = (d: number) => weekday(day(d));
    const in2026 = y === 2026;

    // Chase checking: payroll twice a month, rent by ACH, bills, debit card, savings, the card bill.
    const pay = in2026 && m >= 3 ? 321_000 : 305_000;
    for (const d of [15, lastDay(y, m)]) chase(payday(day(d)), pay, ach("BRIGHTLINE ANLYT", "PAYROLL", "PPD", "9111111101"), "ACH_CREDIT", "salary", "Brightline Analytics");
    if (ym === "2026-03") chase("2026-03-13", 200_000, ach("BRIGHTLINE ANLYT", "DIR DEP", "PPD", "9111111101"), "ACH_CREDIT", "bonus", "Brightline Analytics");

    const rentDate = bday(1);
    const rent = ym >= "2026-09" ? -225_000 : -215_000;
    chase(rentDate, rent, `ORIG CO NAME:MAPLE COURT APTS CO ENTRY DESCR:RENT PYMT SEC:WEB TRACE#:0210000${digits(r, 8)} EED:${rentDate.slice(2).replace(/-/g, "")} IND ID:U${digits(r, 6)} IND NAME:${NAME} TRN: ${digits(r, 10)}TC`, "ACH_DEBIT", "rent", "Maple Court Apartments");

    // Seasonal bills, January first: air conditioning in summer, heating gas in winter.
    const electric = -(ELECTRIC[m - 1] ?? 0);
    chase(bday(8), electric - (in2026 ? 350 : 0), ach("DOMINION ENERGY", "BILLPAY", "PPD", "1540125143"), "ACH_DEBIT", "electric", "Dominion Energy");
    const heating = -(HEATING[m - 1] ?? 0);
    chase(bday(12), heating, ach("WASHINGTON GAS", "BILL PAY", "PPD", "5530219876"), "ACH_DEBIT", "gas-utility", "Washington Gas");
    if (m % 3 === 1) {
      const water = bday(14);
      chase(water, -between(r, 14_000, 19_500), `ORIG CO NAME:FAIRFAX WATER CO ENTRY DESCR:WATER BILL SEC:WEB TRACE#:0210000${digits(r, 8)} EED:${water.slice(2).replace(/-/g, "")} IND ID:4410098812 IND NAME:${NAME} TRN: ${digits(r, 10)}TC`, "ACH_DEBIT", "water", "Fairfax Water");
    }
    chase(bday(18), in2026 ? -8_499 : -7_999, ach("VERIZON", "PAYMENTREC", "WEB", "4223344556"), "ACH_DEBIT", "internet", "Verizon Fios");

    for (const d of [10, 24]) chase(bday(d), -between(r, 3_500, 9_500), "TRADER JOE'S #653 FAIRFAX VA", "DEBIT_CARD", "groceries", "Trader Joe's");
    for (const d of [3, 12, 23]) chase(bday(d), -between(r, 455, 825), d === 12 ? "STARBUCKS STORE 14302 VIENNA VA" : "STARBUCKS STORE 09874 FAIRFAX VA", "DEBIT_CARD", "coffee", "Starbucks");
    chase(bday(20), -between(r, 520, 940), "SQ *COMPASS COFFEE ARLINGTON VA", "DEBIT_CARD", "coffee", "Compass Coffee");
    if (["2025-11", "2026-01", "2026-04", "2026-06", "2026-08"].includes(ym)) chase(bday(17), -between(r, 9_000, 26_000), "COSTCO WHSE #0204 FAIRFAX VA", "DEBIT_CARD", "superstore", "Costco");

    if (["2025-11", "2026-01", "2026-04", "2026-06", "2026-08"].includes(ym)) {
      const d = bday(7);
      chase(d, -20_000, `ATM WITHDRAWAL 00${digits(r, 4)} ${mmdd(d)}10850 MAIN ST FAIRFAX VA`, "ATM", "cash", null);
    }
    if (["2025-12", "2026-05", "2026-07"].includes(ym)) {
      const d = bday(21);
      chase(d, -6_000, `NON-CHASE ATM WITHDRAW ${digits(r, 6)} ${mmdd(d)} 7-ELEVEN 2314 FAIRFAX VA`, "ATM", "cash", null);
      chase(d, -300, "NON-CHASE ATM FEE-WITH", "FEE_TRANSACTION", "fees", "Chase");
    }

    const venmoOut: Record<string, number> = { "2025-12": -8_600, "2026-02": -4_500, "2026-05": -12_000, "2026-07": -6_450, "2026-08": -3_000 };
    if (venmoOut[ym]) chase(bday(9), venmoOut[ym], ach("VENMO", `PAYMENT    10${digits(r, 8)}`, "WEB", "3264681992"), "ACH_DEBIT", "p2p-out", "Venmo");
    const venmoIn: Record<string, number> = { "2025-11": 3_850, "2025-12": 5_200 };
    if (venmoIn[ym]) chase(bday(25), venmoIn[ym], ach("VENMO", "CASHOUT", "PPD", "5264681992"), "ACH_CREDIT", "p2p-in", "Venmo");

    // Own money to Bank of America savings: pushed from Chase, credited at BofA one business day later.
    const toSavings = (date: string, cents: number) => {
      const ref = `${date.slice(2, 4)}${digits(r, 9)}`;
      chase(date, -cents, `Online Transfer to BANK OF AMERICA SAV ...8841 transaction#: ${ref} ${mmdd(date)}`, "ACCT_XFER", "savings", null);
      bofa(weekday(addDays(date, 1)), cents, "CREDIT", "JPMorgan Chase DES:EXT TRNSFR", `JPMorgan Chase DES:EXT TRNSFR ID:${ref} INDN:${NAME} CO ID:9200502231 WEB`, "savings");
    };
    toSavings(bday(16), in2026 ? 120_000 : 100_000);
    if (ym === "2026-03") toSavings("2026-03-16", 150_000);
    if (ym === "2025-12") {
      // Holiday travel: money back from savings, pulled by Chase, so BofA books it a day before Chase.
      const ref = `25${digits(r, 9)}`;
      bofa("2025-12-10", -80_000, "DEBIT", "JPMorgan Chase DES:EXT TRNSFR", `JPMorgan Chase DES:EXT TRNSFR ID:${ref} INDN:${NAME} CO ID:9200502231 WEB`, "savings");
      chase("2025-12-11", 80_000, `Online Transfer from BANK OF AMERICA SAV ...8841 transaction#: ${ref} 12/11`, "ACCT_XFER", "savings", null);
    }
    const interestDate = day(lastDay(y, m));
    if (interestDate <= LAST_BOOKED) bofa(interestDate, between(r, 6, 14), "INT", "Interest Earned", "Interest Earned", "interest");

    // The card bill: last month's net card activity, paid on the 20th (autopay from April 2026).
    const prevYm = i === 0 ? null : `${y - (m === 1 ? 1 : 0)}-${pad(m === 1 ? 12 : m - 1)}`;
    const owed = prevYm ? -(cardNet.get(prevYm) ?? 0) : 0;
    if (owed > 0) {
      const d = bday(20);
      const autopay = ym >= "2026-04";
      chase(d, -owed, autopay ? ach("CAPITAL ONE", "AUTOPAY PYMT", "PPD", "9279744380") : ach("CAPITAL ONE", "MOBILE PYMT", "WEB", "9279744380"), "ACH_DEBIT", "card-payment", null);
      push({ acct: "capone", date: d, posted: d, cents: owed, text: autopay ? "CAPITAL ONE AUTOPAY PYMT" : "CAPITAL ONE MOBILE PYMT", caponeCategory: "Payment/Credit", kind: "card-payment", merchant: null, transfer: true });
    }

    // Capital One card: the rest of daily life. Days stay at or below 26 so the posted date is in the same month.
    let net = 0;
    const buy = (d: number, cents: number, text: string, category: string, kind: Kind, merchant: string, extra: Partial<Event> = {}) => {
      card(day(d), cents, text, category, kind, merchant, extra);
      net += cents;
    };
    buy(5, -between(r, 4_500, 16_000), "WHOLE FOODS MKT 10394 FAIRFAX VA", "Grocery", "groceries", "Whole Foods");
    buy(19, -between(r, 4_500, 16_000), "WHOLEFDS FFX 10394 FAIRFAX VA", "Grocery", "groceries", "Whole Foods");
    buy(13, -between(r, 3_000, 11_000), "SAFEWAY #4952 FAIRFAX VA", "Grocery", "groceries", "Safeway");
    buy(22, -between(r, 4_000, 12_000), m % 2 ? "KROGER #539 800-853-3033 VA" : "KROGER #0539 CENTREVILLE VA", "Grocery", "groceries", "Kroger");
    if (["2025-12", "2026-05", "2026-07"].includes(ym)) buy(25, -between(r, 6_000, 18_000), ym === "2025-12" ? "WAL-MART #1984 FAIRFAX VA" : "WM SUPERCENTER #1984 FAIRFAX VA", "Merchandise", "superstore", "Walmart");

    buy(6, -between(r, 1_100, 1_800), "CHIPOTLE 2154 FAIRFAX VA", "Dining", "restaurants", "Chipotle");
    buy(14, -between(r, 1_400, 2_800), "TST*MEZEH GRILL - FAIRFAX", "Dining", "restaurants", "Mezeh");
    if (m % 2 === 0) buy(21, -between(r, 4_500, 9_500), "THE CHEESECAKE FACTORY #0102 MCLEAN VA", "Dining", "restaurants", "The Cheesecake Factory");
    else buy(21, -between(r, 1_800, 4_000), "TST* PHO 75 - ARLINGTON", "Dining", "restaurants", "Pho 75");
    buy(9, -between(r, 2_200, 4_800), "DOORDASH*SWEETGREEN 855-973-1040 CA", "Dining", "delivery", "DoorDash");
    buy(24, -between(r, 2_200, 4_800), "DOORDASH-PANERA BREAD 855-973-1040 CA", "Dining", "delivery", "DoorDash");
    buy(2, -2_500, "STARBUCKS 800-782-7282 WA", "Dining", "coffee", "Starbucks");

    const amazonDays = m % 2 ? [4, 16, 23] : [11, 26];
    for (const [k, d] of amazonDays.entries()) {
      const text = k === 1 ? `Amazon.com*${code(r, 9)} Amzn.com/bill WA` : `AMZN Mktp US*${code(r, 9)} Amzn.com/bill WA`;
      buy(d, -between(r, 1_200, 9_000), text, "Merchandise", "shopping", "Amazon");
    }
    if (ym === "2026-02") buy(17, -13_900, `Amazon Prime*${code(r, 9)} Amzn.com/bill WA`, "Merchandise", "shopping", "Amazon");
    if (["2025-11", "2026-01", "2026-06"].includes(ym)) {
      // A return of the month's first Amazon purchase, with the same descriptor.
      const first = events.find((e) => e.acct === "capone" && e.merchant === "Amazon" && e.date.startsWith(ym))!;
      buy(26, -first.cents, first.text, "Merchandise", "shopping", "Amazon", { refund: true });
    }
    if (ym === "2026-03") buy(26, -5_499, "TARGET 00012345 FAIRFAX VA", "Merchandise", "shopping", "Target");
    if (ym === "2026-04") buy(9, 5_499, "TARGET 00012345 FAIRFAX VA", "Merchandise", "shopping", "Target", { refund: true });
    if (ym === "2026-10") buy(17, -124_999, "BEST BUY      00005876 FAIRFAX VA", "Merchandise", "shopping", "Best Buy");
    if (m % 4 === 1) buy(12, -between(r, 1_500, 6_000), "PAYPAL *EBAY INC 4029357733 CA", "Merchandise", "shopping", "eBay");

    buy(8, -between(r, 1_100, 3_500), "UBER *TRIP HELP.UBER.COM CA", "Other Travel", "rideshare", "Uber");
    buy(23, -between(r, 1_100, 3_500), "UBER *TRIP HELP.UBER.COM CA", "Other Travel", "rideshare", "Uber");
    const lyft = day(15);
    buy(15, -between(r, 900, 3_000), `LYFT   *RIDE ${DAYS[dow(lyft)]} ${between(r, 1, 11)}PM 855-865-9553 CA`, "Other Travel", "rideshare", "Lyft");

    buy(7, -between(r, 3_500, 6_200), "SHELL OIL 57444214005 FAIRFAX VA", "Gas/Automotive", "fuel", "Shell");
    buy(20, -between(r, 3_500, 6_200), m % 2 ? "CHEVRON 0306213 CENTREVILLE VA" : "EXXONMOBIL 47312345 FAIRFAX VA", "Gas/Automotive", "fuel", m % 2 ? "Chevron" : "Exxon");

    buy(3, -299, "APPLE.COM/BILL 866-712-7753 CA", "Other Services", "subscriptions", "iCloud");
    buy(6, ym >= "2026-02" ? -1_799 : -1_549, "NETFLIX.COM 866-579-7172 CA", "Entertainment", "subscriptions", "Netflix");
    buy(11, -1_199, "SPOTIFY USA 877-778-1161 NY", "Entertainment", "subscriptions", "Spotify");
    buy(4, in2026 ? -7_200 : -6_800, "T-MOBILE*AUTO PAY 800-937-8997 WA", "Phone/Cable", "phone", "T-Mobile");
    buy(10, in2026 ? -15_612 : -14_837, "GEICO *AUTO 800-841-3000 DC", "Insurance", "insurance", "GEICO");
    buy(1, -2_499, "PLANET FITNESS 844-880-7180 NH", "Health Care", "gym", "Planet Fitness");
    if (ym === "2026-02") buy(25, -4_900, "PLANET FITNESS 844-880-7180 NH", "Health Care", "gym", "Planet Fitness");
    cardNet.set(ym, net);
  }

  // Two debit card purchases Chase had not posted when the file was downloaded: no balance yet.
  chase("2026-11-28", -595, "STARBUCKS STORE 09874 FAIRFAX VA", "DEBIT_CARD", "coffee", "Starbucks", { pending: true });
  chase("2026-11-28", -4_862, "SHELL OIL 57444214005 FAIRFAX VA", "DEBIT_CARD", "fuel", "Shell", { pending: true });

  return events.filter((e) => e.pending || e.date <= LAST_BOOKED);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export function closing(events: Event[], acct: Acct): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && !e.pending).map((e) => e.cents));
}
const oldestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));

/** The lowest running balance Chase shows: a realistic file never goes overdrawn. */
export function chaseLowest(events: Event[]): number {
  let bal = OPENING.chase;
  let low = bal;
  for (const e of oldestFirst(events.filter((x) => x.acct === "chase" && !x.pending))) low = Math.min(low, (bal += e.cents));
  return low;
}

/** Chase checking: header, newest first, running balance, every data row ending in an extra comma (§1.4, §0.6). */
export function chaseCsv(events: Event[]): Buffer {
  const mine = events.filter((e) => e.acct === "chase");
  let bal = OPENING.chase;
  const balanceAfter = new Map<Event, number>();
  for (const e of oldestFirst(mine.filter((x) => !x.pending))) balanceAfter.set(e, (bal += e.cents));
  const row = (e: Event) => {
    const balance = e.pending ? "" : signed(balanceAfter.get(e)!);
    return `${e.cents < 0 ? "DEBIT" : "CREDIT"},${mmddyyyy(e.date)},"${e.text}",${signed(e.cents)},${e.chaseType},${balance},,`;
  };
  // Newest first, with the pending rows on top of everything posted.
  const newest = oldestFirst(mine).reverse();
  const rows = [...newest.filter((e) => e.pending), ...newest.filter((e) => !e.pending)].map(row);
  return Buffer.from(`${["Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #", ...rows].join("\n")}\n`, "utf8");
}

/** Capital One card: ISO dates, card number's last four, unsigned Debit and Credit (§1.4). */
export function caponeCsv(events: Event[]): Buffer {
  const rows = oldestFirst(events.filter((e) => e.acct === "capone")).reverse().map((e) => {
    const text = /[",]/.test(e.text) ? `"${e.text.replace(/"/g, '""')}"` : e.text;
    return `${e.date},${e.posted},${CAPONE_LAST4},${text},${e.caponeCategory},${e.cents < 0 ? plain(e.cents) : ""},${e.cents > 0 ? plain(e.cents) : ""}`;
  });
  return Buffer.from(`${["Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit", ...rows].join("\n")}\n`, "utf8");
}

/** Bank of America savings as Quicken Web Connect: OFX 1.02 SGML with unclosed leaf tags (§2.3). */
export function bofaQfx(events: Event[]): Buffer {
  const ts = (date: string) => `${date.replace(/-/g, "")}120000.000[-5:EST]`;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const mine = oldestFirst(events.filter((e) => e.acct === "bofa"));
  const balance = signed(closing(events, "bofa"));
  const lines = [
    "OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252", "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE",
    "",
    "<OFX>",
    "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>",
    `<DTSERVER>${EXPORT_DATE.replace(/-/g, "")}083015.123[-5:EST]<LANGUAGE>ENG`,
    "<FI><ORG>Bank of America<FID>5959</FI><INTU.BID>6812<INTU.USERID>JLEE2291</SONRS></SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>0<STATUS><CODE>0<SEVERITY>INFO</STATUS>",
    "<STMTRS><CURDEF>USD",
    `<BANKACCTFROM><BANKID>026009593<ACCTID>${BOFA_ACCT}<ACCTTYPE>SAVINGS</BANKACCTFROM>`,
    `<BANKTRANLIST><DTSTART>${ts("2025-10-01")}<DTEND>${ts(LAST_BOOKED)}`,
    ...mine.flatMap((e, i) => [
      "<STMTTRN>",
      `<TRNTYPE>${e.ofxType}`,
      `<DTPOSTED>${ts(e.date)}`,
      `<TRNAMT>${signed(e.cents)}`,
      `<FITID>${e.date.replace(/-/g, "")}${String(880_000 + i).padStart(8, "0")}`,
      `<NAME>${esc(e.ofxName!.slice(0, 32))}`,
      `<MEMO>${esc(e.text)}`,
      "</STMTTRN>",
    ]),
    "</BANKTRANLIST>",
    `<LEDGERBAL><BALAMT>${balance}<DTASOF>${ts(LAST_BOOKED)}</LEDGERBAL>`,
    `<AVAILBAL><BALAMT>${balance}<DTASOF>${ts(LAST_BOOKED)}</AVAILBAL>`,
    "</STMTRS></STMTTRNRS></BANKMSGSRSV1>",
    "</OFX>",
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
