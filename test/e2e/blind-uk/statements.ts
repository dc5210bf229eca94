// Fourteen months (October 2025 to November 2026) of one London person's
// money, written as three UK exports described in ../shared/bank-formats.md
// §1.3: Monzo (20 columns, signed amounts, negative Money Out, a running
// Balance, pot transfers, a holiday in euros), Lloyds (unsigned Debit/Credit
// columns, type codes BGC/SO/DD/FPO/FPI/DEB/CPT, a sort code with a leading
// apostrophe, rows ending in a trailing comma, newest first) and American
// Express UK (the 13-column export: charges positive, payments and refunds
// negative, Reference with a leading apostrophe, Extended Details with
// embedded newlines). A second, smaller corpus is a John Lewis Partnership
// Card from NewDay (UTF-8 with BOM, "Pending" in the date column, DD-Mon-YYYY
// dates, spend positive as "£67.40", quoted thousands). The same logical
// events give the expected answers, so the test never asks Kontor what the
// right number is.
//
// Written blind: from the format reference only, without reading Kontor's
// parsers, rules or fixtures.

import { addDays, between, dow, iso, pad, prng, weekday } from "../statement-kit.ts";

export type Acct = "monzo" | "lloyds" | "amex" | "jl";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD, the date the bank shows (pending rows: the day they were made)
  pence: number; // integer minor units in GBP, negative = money out of the person's pocket
  merchant: string | null; // what a person calls it ("Tesco", "Marks & Spencer")
  category: string; // what the money was for: groceries, eating_out, transport, bills...
  transfer: boolean; // between the person's own accounts or pots, or paying the card bill
  pending?: boolean;
  seq: number; // order within a day
  /** The bank's own words for the row. */
  text: {
    description: string;
    type?: string; // Monzo and Lloyds transaction type
    name?: string; // Monzo's cleaned name
    monzoCategory?: string;
    emoji?: string;
    time?: string;
    id?: string; // Monzo tx_ id, Amex reference
    local?: { minor: number; currency: string }; // Monzo's local amount abroad
    amex?: { town: string; postcode: string; category: string; extended: string };
  };
}

export const FIRST_MONTH = { y: 2025, m: 10 };
export const MONTHS = 14; // October 2025 to November 2026
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
export const OPENING = { monzo: 65_000, lloyds: 184_000, amex: 0, jl: 0 }; // pence, on 30 September 2025
export const SORT_CODE = "30-94-57";
export const ACCOUNT_NUMBER = "12345678";

export /** Payday on the 28th, or the Friday before when it falls on a weekend. */
const payday = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ddmmyyyy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const ddMonYyyy = (date: string) => `${date.slice(8, 10)}-${MON[Number(date.slice(5, 7)) - 1]}-${date.slice(0, 4)}`;

/** "1234.56" / "-13.75" from pence, as Monzo and Lloyds write amounts. */
export function plain(pence: number): string {
  const abs = Math.abs(pence);
  return `${pence < 0 ? "-" : ""}${Math.floor(abs / 100)}.${pad(abs % 100)}`;
}
/** "£67.40", "-£8.50", "\"£1,183.23\"" as the NewDay card export writes them. */
function sterling(pence: number): string {
  const abs = Math.abs(pence);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const s = `${pence < 0 ? "-" : ""}£${int}.${pad(abs % 100)}`;
  return s.includes(",") ? `"${s}"` : s;
}
/** Card descriptor as UK card statements print it: name padded to 23, town to 14, then the country. */
const card = (name: string, town: string, cc: string) => `${name.padEnd(23)}${name.length >= 23 ? "  " : ""}${town.padEnd(14)}${cc}`;
/** A euro amount at the day's rate (GBP per EUR, in 1/10000), rounded half up to the penny: integers only. */
export function eurToGbp(eurCents: number, rate: number): number {
  const scaled = eurCents * rate + 5_000;
  return (scaled - (scaled % 10_000)) / 10_000;
}

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const code = (r: () => number, n: number) => Array.from({ length: n }, () => ALNUM[Math.floor(r() * ALNUM.length)]).join("");

export function buildEvents(): Event[] {
  const r = prng(20261128);
  const events: Event[] = [];
  let seq = 0;
  const push = (e: Omit<Event, "seq">) => events.push({ ...e, seq: seq++ });
  const time = () => `${pad(between(r, 7, 21))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;

  const monzoCard = (date: string, pence: number, merchant: string, category: string, name: string, monzoCategory: string, description: string, emoji = "", local?: { minor: number; currency: string }) =>
    push({ acct: "monzo", date, pence, merchant, category, transfer: false, text: { type: "Card payment", name, monzoCategory, description, emoji, time: time(), id: `tx_0000${code(r, 18)}`, local } });
  const monzoOther = (date: string, pence: number, merchant: string | null, category: string, transfer: boolean, type: string, name: string, monzoCategory: string, description: string) =>
    push({ acct: "monzo", date, pence, merchant, category, transfer, text: { type, name, monzoCategory, description, time: time(), id: `tx_0000${code(r, 18)}` } });
  const lloyds = (date: string, type: string, description: string, pence: number, merchant: string | null, category: string, transfer = false) =>
    push({ acct: "lloyds", date, pence, merchant, category, transfer, text: { type, description } });
  const amex = (date: string, description: string, pence: number, merchant: string | null, category: string, amexCategory: string, extended = "", town = "LONDON", postcode = "") =>
    push({ acct: "amex", date, pence, merchant, category, transfer: category === "card_payment", text: { description, id: `'3202${digits(r, 11)}'`, amex: { town, postcode, category: amexCategory, extended } } });

  let cardLastMonth = 0;
  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST_MONTH.y + Math.floor((FIRST_MONTH.m - 1 + i) / 12);
    const m = ((FIRST_MONTH.m - 1 + i) % 12) + 1;
    const at = (d: number) => iso(y, m, Math.min(d, daysIn(y, m)));
    const wd = (d: number) => weekday(at(d));
    const fromApril26 = y === 2026 && m >= 4;

    // Lloyds: the household account. Salary in, rent and bills out, the card bill, money to Monzo.
    lloyds(wd(1), "SO", "MAPLE & CO LETTINGS FLAT 4 RENT", y === 2026 && m >= 2 ? -119_500 : -115_000, "Maple & Co Lettings", "rent");
    lloyds(wd(1), "DD", "TV LICENCE MBP", fromApril26 ? -1_496 : -1_454, "TV Licence", "tv_licence");
    if (m <= 1 || m >= 4) lloyds(wd(6), "DD", "LB CAMDEN CTAX 60123456", y === 2026 && m >= 4 ? -17_200 : -16_500, "Camden Council", "council_tax");
    lloyds(wd(12), "DD", "OCTOPUS ENERGY", fromApril26 ? -8_600 : -9_800, "Octopus Energy", "utilities");
    lloyds(wd(15), "DD", "THAMES WATER", fromApril26 ? -4_120 : -3_850, "Thames Water", "utilities");
    lloyds(wd(20), "DD", "VIRGIN MEDIA", -4_200, "Virgin Media", "utilities");
    lloyds(wd(23), "DD", "DIRECT LINE INS", -1_120, "Direct Line", "insurance");
    for (const d of [6, 20]) lloyds(at(d), "DEB", "ALDI 78 KENTISH TOWN", -between(r, 1_400, 5_500), "Aldi", "groceries");
    for (const d of [7, 21]) lloyds(at(d), "DEB", d === 7 ? "SAINSBURYS S/MKTS 0214 CAMDEN" : "SAINSBURY'S LOCAL 2287 LONDON", -between(r, 1_800, 6_900), "Sainsbury's", "groceries");
    lloyds(at(9), "DEB", "NANDOS CAMDEN", -between(r, 1_650, 3_400), "Nando's", "eating_out");
    if (m % 2 === 1) lloyds(at(17), "DEB", `AMAZON.CO.UK*${code(r, 9)}`, -between(r, 799, 3_999), "Amazon", "shopping");
    if (m % 2 === 0) lloyds(at(13), "CPT", "LNK CAMDEN HIGH ST", -6_000, null, "cash");
    if (i > 0 && cardLastMonth !== 0) {
      const dd = wd(18);
      lloyds(dd, "DD", "AMERICAN EXPRESS", -cardLastMonth, null, "card_payment", true);
      const received = addDays(dd, 2);
      if (received <= LAST_BOOKED) amex(received, "PAYMENT RECEIVED - THANK YOU", cardLastMonth, null, "card_payment", "", "", "", "");
    }
    const pay = payday(at(28));
    lloyds(pay, "BGC", "ACME ANALYTICS LTD SALARY", fromApril26 ? 322_000 : 310_000, "Acme Analytics", "salary");
    lloyds(pay, "FPO", "T HUGHES MONZO", -80_000, null, "transfer", true);
    monzoOther(pay, 80_000, null, "transfer", true, "Faster payment", "Thomas Hughes", "Transfers", "MONZO");

    // Monzo: everyday spending, a savings pot, subscriptions.
    monzoOther(at(1), -25_000, null, "savings", true, "Pot transfer", "Rainy Day", "Savings", "pot_0000AbXq7PLkRt3Ew2ZsYd");
    monzoOther(wd(1), y === 2026 ? -2_699 : -2_499, "PureGym", "gym", false, "Direct Debit", "PureGym", "Bills", "PUREGYM LTD");
    monzoOther(wd(25), -1_800, "EE", "utilities", false, "Direct Debit", "EE Limited", "Bills", "EE LIMITED");
    for (const d of [2, 9, 16, 23]) {
      const desc = d === 16 ? card("TESCO EXPRESS 4417", "LONDON", "GBR") : card("TESCO STORES 2914", "LONDON", "GBR");
      monzoCard(at(d), -between(r, 1_800, 7_200), "Tesco", "groceries", "Tesco", "Groceries", desc, "🛒");
    }
    monzoCard(at(12), -between(r, 1_500, 4_000), "Lidl", "groceries", "Lidl", "Groceries", card("LIDL GB LONDON", "LONDON", "GBR"));
    for (const d of [5, 26]) monzoCard(at(d), -between(r, 400, 1_500), "Co-op", "groceries", "Co-op", "Groceries", card("CO-OP GROUP 070234", "LONDON", "GBR"));
    for (const d of [4, 18]) monzoCard(at(d), -between(r, 420, 980), "Pret A Manger", "eating_out", "Pret A Manger", "Eating out", card("PRET A MANGER", "LONDON", "GBR"), "☕");
    monzoCard(at(14), -between(r, 1_200, 3_800), "The Camden Head", "eating_out", "The Camden Head", "Eating out", card("ZTL*THE CAMDEN HEAD", "LONDON", "GBR"), "🍺");
    if (m % 2 === 1) monzoCard(at(21), -between(r, 1_400, 2_900), "Just Eat", "eating_out", "Just Eat", "Eating out", card("JUST EAT.CO.UK LTD", "LONDON", "GBR"));
    for (const d of [3, 10, 17, 24]) monzoCard(at(d), -between(r, 560, 1_890), "TfL", "transport", "Transport for London", "Transport", card("TFL TRAVEL CH", "TFL.GOV.UK/CP", "GBR"), "🚇");
    monzoCard(at(27), -between(r, 900, 2_400), "Uber", "transport", "Uber", "Transport", card("UBER *TRIP", "HELP.UBER.COM", "NLD"));
    const amazonJune = y === 2026 && m === 6;
    monzoCard(at(8), amazonJune ? -2_499 : -between(r, 699, 5_999), "Amazon", "shopping", "Amazon", "Shopping", card(`AMAZON.CO.UK*${code(r, 9)}`, "AMAZON.CO.UK", "GBR"), "📦");
    if (amazonJune) monzoCard(at(15), 2_499, "Amazon", "shopping", "Amazon", "Shopping", card(`AMAZON.CO.UK*${code(r, 9)}`, "AMAZON.CO.UK", "GBR"), "📦");
    monzoCard(at(11), -499, "Disney+", "subscriptions", "Disney+", "Entertainment", card("DISNEYPLUS", "LONDON", "GBR"));
    monzoCard(at(19), -299, "Apple iCloud", "subscriptions", "Apple", "Entertainment", card("APPLE.COM/BILL", "ITUNES.COM", "IRL"));
    if (y === 2025 && m === 12) monzoOther(at(19), 40_000, null, "savings", true, "Pot transfer", "Rainy Day", "Savings", "pot_0000AbXq7PLkRt3Ew2ZsYd");
    if (y === 2026 && (m === 3 || m === 8)) {
      const back = m === 3 ? 15_000 : 20_000;
      const date = at(m === 3 ? 10 : 24);
      monzoOther(date, -back, null, "transfer", true, "Faster payment", "Thomas Hughes", "Transfers", "To Lloyds");
      lloyds(m === 3 ? date : addDays(date, 1), "FPI", "THOMAS HUGHES TO LLOYDS", back, null, "transfer", true);
    }
    if (y === 2026 && m === 7) {
      // A week in Barcelona: Monzo shows the euro amount and the pounds it cost.
      const trip: [number, number, number, string, string, string][] = [
        [14, 4_860, 8_605, "RESTAURANTE LA PEPA", "eating_out", "La Pepa"],
        [15, 2_315, 8_611, "MERCADONA 2345", "groceries", "Mercadona"],
        [16, 3_680, 8_598, "TAPAS 24", "eating_out", "Tapas 24"],
        [17, 1_135, 8_602, "TMB BARCELONA", "transport", "TMB"],
      ];
      for (const [d, eur, rate, desc, category, name] of trip)
        monzoCard(at(d), -eurToGbp(eur, rate), name, category, name, "Holidays", card(desc, "BARCELONA", "ESP"), "✈️", { minor: -eur, currency: "EUR" });
    }

    // American Express: supermarkets that take it, takeaways, subscriptions, the big purchases.
    let cardSum = 0;
    const buy = (d: number, description: string, pence: number, merchant: string, category: string, amexCategory: string, extended = "", postcode = "") => {
      const date = at(d);
      if (date > LAST_BOOKED) return;
      amex(date, description, pence, merchant, category, amexCategory, extended, "LONDON", postcode);
      cardSum += pence;
    };
    buy(25, "M&S SIMPLY FOOD 2212   LONDON", -between(r, 800, 3_200), "Marks & Spencer", "groceries", "General Purchases-Groceries", "", "NW1 7JN");
    for (const d of [11, 29]) if (d <= daysIn(y, m)) buy(d, "DELIVEROO              LONDON", -between(r, 1_600, 3_400), "Deliveroo", "eating_out", "Entertainment-Restaurants", "DELIVEROO.CO.UK\nLONDON\nFOOD DELIVERY", "EC4R 3TE");
    buy(3, "NETFLIX.COM            AMSTERDAM", y === 2026 && m >= 6 ? -1_299 : -1_099, "Netflix", "subscriptions", "Entertainment-Other Entertainment", "NETFLIX.COM\n866-579-7172");
    buy(7, "SPOTIFY                LONDON", fromApril26 ? -1_299 : -1_199, "Spotify", "subscriptions", "Entertainment-Other Entertainment");
    buy(15, "AMZNMktplace           amazon.co.uk", -between(r, 900, 4_500), "Amazon", "shopping", "General Purchases-Online Purchases", `AMZNMktplace\namazon.co.uk\n${code(r, 10)}`);
    if (m % 3 === 0) buy(22, "TRAINLINE.COM          LONDON", -between(r, 3_400, 8_900), "Trainline", "transport", "Travel-Rail Services");
    if (y === 2026 && m === 2) buy(13, "DELIVEROO              LONDON", 850, "Deliveroo", "eating_out", "Entertainment-Restaurants", "REFUND", "EC4R 3TE");
    if (y === 2026 && m === 6) buy(2, "EASYJET 0345678        LUTON", -13_420, "easyJet", "travel", "Travel-Airline", "EASYJET AIRLINE\nLUTON\nU2 8QKW3L");
    if (y === 2026 && m === 10) buy(11, "JOHN LEWIS OXFORD ST   LONDON", -89_900, "John Lewis", "shopping", "General Purchases-Department Stores", "", "W1A 1EX");
    cardLastMonth = -cardSum; // the Amex bill the Lloyds direct debit pays next month
  }

  // A one-off at a fee-charging cash machine (the fee shows as its own row).
  lloyds("2025-11-22", "CPT", "NOTEMACHINE CAMDEN RD", -2_000, null, "cash");
  lloyds("2025-11-22", "CPT", "NOTEMACHINE FEE", -199, "Notemachine", "fees");

  return events.filter((e) => e.date <= LAST_BOOKED);
}

/**
 * A second person's John Lewis Partnership Card, September to November 2026: purchases, the
 * monthly payment, a refund, one purchase over £1,000 and two rows the card has not posted yet.
 */
export function buildJohnLewisCard(): Event[] {
  const r = prng(20261201);
  const events: Event[] = [];
  let seq = 0;
  const jl = (date: string, description: string, pence: number, merchant: string | null, category: string, pending = false) =>
    events.push({ acct: "jl", date, pence, merchant, category, transfer: category === "card_payment", pending, seq: seq++, text: { description } });
  let lastMonth = 0;
  for (const m of [9, 10, 11]) {
    const at = (d: number) => iso(2026, m, d);
    if (lastMonth) jl(at(20), "PAYMENT RECEIVED - THANK YOU", lastMonth, null, "card_payment");
    let monthSum = 0;
    const buy = (d: number, description: string, pence: number, merchant: string, category: string) => {
      if (at(d) > LAST_BOOKED) return;
      jl(at(d), description, pence, merchant, category);
      monthSum += pence;
    };
    for (const d of [5, 19]) buy(d, card("ALDI 78", "KENTISH TOWN", "GBR"), -between(r, 1_400, 5_500), "Aldi", "groceries");
    buy(12, card("DELIVEROO.CO.UK", "LONDON", "LND"), -between(r, 1_600, 3_400), "Deliveroo", "eating_out");
    buy(3, card("NOWTV.COM/BILLINGHELP", "SKY", "GBR"), -999, "NOW TV", "subscriptions");
    if (m === 10) buy(14, card("JOHN LEWIS OXFORD ST", "LONDON", "GBR"), -118_323, "John Lewis", "shopping");
    if (m === 10) buy(24, card("JOHN LEWIS OXFORD ST", "LONDON", "GBR"), 4_500, "John Lewis", "shopping");
    lastMonth = -monthSum;
  }
  jl("2026-11-28", card("WATERSTONES 0123", "LONDON", "GBR"), -1_899, "Waterstones", "shopping", true);
  jl("2026-11-28", card("BOOTS 1178", "LONDON", "GBR"), -745, "Boots", "health", true);
  return events;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export function closing(events: Event[], acct: Acct): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && !e.pending).map((e) => e.pence));
}
/** Oldest first, in the order the money moved within a day. */
const chronological = (events: Event[]) =>
  [...events].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.text.time ?? "") !== (b.text.time ?? "") ? ((a.text.time ?? "") < (b.text.time ?? "") ? -1 : 1) : a.seq - b.seq));
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Monzo, 20 columns, oldest first, running balance (bank-formats.md §1.3 "Monzo"). */
export function monzoCsv(events: Event[]): Buffer {
  let balance = OPENING.monzo;
  const rows = chronological(events.filter((e) => e.acct === "monzo")).map((e) => {
    balance += e.pence;
    const t = e.text;
    const local = t.local ?? { minor: e.pence, currency: "GBP" };
    return [t.id!, ddmmyyyy(e.date), t.time!, t.type!, t.name!, t.emoji ?? "", t.monzoCategory!, plain(e.pence), "GBP", plain(local.minor), local.currency, "", "", "", t.description, "", e.pence < 0 ? plain(e.pence) : "", e.pence > 0 ? plain(e.pence) : "", plain(balance), "GBP"].map(csvCell).join(",");
  });
  const header = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency";
  return Buffer.from(`${[header, ...rows].join("\n")}\n`, "utf8");
}

/** Lloyds, newest first, unsigned Debit/Credit, running Balance, trailing comma on rows (§1.3 "Lloyds"). */
export function lloydsCsv(events: Event[]): Buffer {
  let balance = OPENING.lloyds;
  const rows = chronological(events.filter((e) => e.acct === "lloyds")).map((e) => {
    balance += e.pence;
    const debit = e.pence < 0 ? plain(-e.pence) : "";
    const credit = e.pence > 0 ? plain(e.pence) : "";
    return `${[ddmmyyyy(e.date), e.text.type!, `'${SORT_CODE}`, ACCOUNT_NUMBER, e.text.description, debit, credit, plain(balance)].map(csvCell).join(",")},`;
  });
  const header = "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance";
  return Buffer.from(`${[header, ...rows.reverse()].join("\r\n")}\r\n`, "utf8");
}

/** American Express UK, the 13-column export, newest first, charges positive (§1.3 "American Express UK"). */
export function amexCsv(events: Event[]): Buffer {
  const rows = chronological(events.filter((e) => e.acct === "amex"))
    .reverse()
    .map((e) => {
      const a = e.text.amex!;
      const country = e.transfer ? "" : "UNITED KINGDOM";
      return [ddmmyyyy(e.date), e.text.description, "MR T HUGHES", "-71004", plain(-e.pence), a.extended, e.text.description, "", a.town, a.postcode, country, e.text.id!, a.category].map(csvCell).join(",");
    });
  const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category";
  return Buffer.from(`${[header, ...rows].join("\r\n")}\r\n`, "utf8");
}

/** John Lewis Partnership Card (NewDay): BOM, pending rows first, spend positive (§1.3 "John Lewis"). */
export function newDayCsv(events: Event[]): Buffer {
  const mine = events.filter((e) => e.acct === "jl");
  const booked = chronological(mine.filter((e) => !e.pending)).reverse();
  const rows = [...mine.filter((e) => e.pending), ...booked].map((e) => `${e.pending ? "Pending" : ddMonYyyy(e.date)},${csvCell(e.text.description)},${sterling(-e.pence)},`);
  const text = `${["Date Processed,Description,Amount,", ...rows].join("\r\n")}\r\n`;
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}
