// Priya in Manchester, November 2025 to November 2026: an HSBC UK current
// account, a NatWest Instant Saver and a John Lewis Partnership Card (NewDay),
// written as those banks export them (shared/bank-formats.md §1.3):
// - HSBC UK: no header, DD/MM/YYYY, quoted right-padded descriptions with the
//   ")))"/VIS/DD/SO/BP/CR/ATM prefixes, signed amounts, thousands quoted.
// - NatWest: "Date, Type, Description, Value, Balance, Account Name, Account
//   Number", DD Mon YYYY dates, descriptions opening with an apostrophe and
//   " , "-separated sub-fields, type codes BAC/DPC.
// - John Lewis / NewDay: UTF-8 with BOM, "Date Processed,Description,Amount,",
//   DD-Mon-YYYY, spend positive as "£67.40", thousands quoted, "Pending" in the
//   date column; a payment or refund reads "+ £1,100.00" with "CR" in the last
//   column (the bank2ynab fixture the reference cites).
import { between, code, iso, MON, MONTHS, nextWeekday, oldestFirst, newestFirst, pad, plain, prevWeekday, prng, sum, type Ev } from "./kit.ts";

export const LAST_BOOKED = "2026-11-27";
export const NATWEST_OPENING = 400_000; // £4,000.00 on 31 Oct 2025
export const LAPTOP = 129_900;

const hsbcText = (prefix: string, body: string) => `${prefix.padEnd(4)}${body}`.padEnd(40);
const card = (name: string, town: string, country: string) => `${name.padEnd(23)}${town.padEnd(14)}${country}`;

export function buildUk(): Ev[] {
  const r = prng(4401);
  const ev: Ev[] = [];
  const hsbc = (date: string, prefix: string, body: string, cents: number, merchant: string | null, category: string, flags: Partial<Ev> = {}) =>
    ev.push({ acct: "hsbc", date, cents, merchant, category, text: hsbcText(prefix, body), ...flags });
  const jlp = (date: string, text: string, cents: number, merchant: string | null, category: string, flags: Partial<Ev> = {}) =>
    ev.push({ acct: "jlp", date, cents, merchant, category, text, ...flags });
  const natwest = (date: string, type: string, text: string, cents: number) =>
    ev.push({ acct: "natwest", date, cents, merchant: null, category: "savings", text, type, transfer: true });

  let cardLastMonth = 0;
  MONTHS.forEach(({ y, m }, i) => {
    const day = (d: number) => iso(y, m, d);
    const wd = (d: number) => nextWeekday(iso(y, m, d));
    const raised = y === 2026 && m >= 4; // April: pay rise, new council tax year, new energy and broadband prices

    hsbc(wd(1), "SO", "HARTLEY LETTINGS    FLAT 4 RENT", -105_000, "Hartley Lettings", "rent");
    const save = wd(2);
    hsbc(save, "BP", "P SHAH               NATWEST SAVER", -30_000, null, "savings", { transfer: true });
    natwest(save, "BAC", "'P SHAH , MONTHLY SAVE , FP", 30_000);
    hsbc(wd(3), "DD", "AVIVA INSURANCE LTD", -1_184, "Aviva", "insurance");
    hsbc(wd(4), "DD", "PUREGYM LTD", -2_499, "PureGym", "gym");
    hsbc(wd(8), "DD", "VIRGIN MEDIA PYMTS", raised ? -4_600 : -4_250, "Virgin Media", "broadband");
    hsbc(wd(12), "DD", "VODAFONE LIMITED", -2_200, "Vodafone", "phone");
    if (m >= 4 || m === 1) hsbc(wd(15), "DD", "MANCHESTER CITY COUNCIL", raised ? -15_540 : -14_800, "Manchester City Council", "counciltax");
    hsbc(wd(20), "DD", "OCTOPUS ENERGY", raised ? -8_800 : -9_600, "Octopus Energy", "energy");
    const payday = m === 12 ? iso(y, m, 19) : prevWeekday(iso(y, m, 25));
    hsbc(payday, "CR", "NORTHWIND DIGITAL LTD SALARY", raised ? 276_140 : 268_417, "Northwind Digital", "salary", { income: true });
    if (i > 0 && cardLastMonth !== 0) {
      const bill = wd(18);
      hsbc(bill, "DD", "NEWDAY LTD JOHN LEWIS CARD", cardLastMonth, null, "cardbill", { transfer: true });
      jlp(bill, "PAYMENT RECEIVED - THANK YOU", -cardLastMonth, null, "cardbill", { transfer: true });
    }

    for (const d of [6, 21]) hsbc(day(d), ")))", "TESCO STORES 3152    MANCHESTER", -between(r, 1_800, 6_500), "Tesco", "groceries");
    hsbc(day(13), ")))", "ALDI 71 771          MANCHESTER", -between(r, 2_200, 5_400), "Aldi", "groceries");
    hsbc(day(27), "VIS", "SAINSBURYS S/MKTS    MANCHESTER", -between(r, 1_500, 4_800), "Sainsbury's", "groceries");
    for (const d of [5, 14, 23]) hsbc(day(d), ")))", "SQ *GRINDSMITH       MANCHESTER", -between(r, 320, 495), "Grindsmith", "coffee");
    hsbc(day(10), "VIS", "UBER *TRIP           HELP.UBER.COM", -between(r, 780, 2_450), "Uber", "transport");
    if (m % 2 === 0) hsbc(day(24), "VIS", "UBER *TRIP           HELP.UBER.COM", -between(r, 780, 2_450), "Uber", "transport");
    if (i % 2 === 1) hsbc(wd(16), "ATM", "HSBC MKT ST MANCHESTER", i % 4 === 1 ? -10_000 : -6_000, null, "cash", { cash: true });

    // The card: Amazon twice, subscriptions, takeaways, a Sainsbury's shop, trains now and then.
    const amazon1 = y === 2026 && m === 2 ? 3_499 : between(r, 899, 6_499);
    jlp(day(7), card(`AMAZON.CO.UK*${code(r, 9)}`, "AMAZON.CO.UK", "GBR"), -amazon1, "Amazon", "shopping");
    jlp(day(19), card(`AMZNMKTPLACE*${code(r, 9)}`, "AMAZON.CO.UK", "LUX"), -between(r, 599, 4_999), "Amazon", "shopping");
    jlp(day(2), card("Spotify UK", "London", "GBR"), -1_199, "Spotify", "subscriptions");
    jlp(day(11), card("NETFLIX.COM", "AMSTERDAM", "NLD"), -1_299, "Netflix", "subscriptions");
    jlp(day(9), card("DELIVEROO.CO.UK", "LONDON", "LND"), -between(r, 1_650, 3_400), "Deliveroo", "takeaway");
    if (m % 2 === 1) jlp(day(22), card("DELIVEROO.CO.UK", "LONDON", "LND"), -between(r, 1_650, 3_400), "Deliveroo", "takeaway");
    jlp(day(26), card("SAINSBURYS S/MKTS", "MANCHESTER", "GBR"), -between(r, 2_500, 7_000), "Sainsbury's", "groceries");
    if (i % 3 === 1) jlp(day(15), card("TRAINLINE.COM", "LONDON", "GBR"), -between(r, 2_870, 8_950), "Trainline", "transport");
    if (i % 3 === 2) jlp(day(25), card("UBER *TRIP", "HELP.UBER.COM", "GBR"), -between(r, 1_100, 2_900), "Uber", "transport");
    if (i % 2 === 0) jlp(day(17), card("SQ *FIG + SPARROW", "MANCHESTER", "GBR"), -between(r, 410, 560), "Fig + Sparrow", "coffee");
    if (y === 2026 && m === 5) jlp(day(9), card("CURRYS ONLINE", "CURRYS.CO.UK", "GBR"), -LAPTOP, "Currys", "electronics");
    // A parcel sent back: the February order's money comes back in March.
    if (y === 2026 && m === 3) jlp(day(6), card("AMAZON.CO.UK REFUND", "AMAZON.CO.UK", "GBR"), 3_499, "Amazon", "shopping", { refund: true });

    // The card bill of the next month settles this month's booked card purchases.
    cardLastMonth = sum(ev.filter((e) => e.acct === "jlp" && !e.transfer && e.date.startsWith(`${y}-${pad(m)}`) && e.date <= LAST_BOOKED));
  });

  // One move back from savings for a summer holiday.
  hsbc("2026-08-14", "CR", "P SHAH               FROM NATWEST SAVER", 120_000, null, "savings", { transfer: true });
  natwest("2026-08-14", "DPC", "'P SHAH , TO HSBC CURRENT , VIA ONLINE - PYMT", -120_000);

  // Two card payments still pending on the export day.
  jlp("2026-11-27", card(`AMAZON.CO.UK*${code(r, 9)}`, "AMAZON.CO.UK", "GBR"), -1_899, "Amazon", "shopping", { pending: true });
  jlp("2026-11-28", card("DELIVEROO.CO.UK", "LONDON", "LND"), -2_735, "Deliveroo", "takeaway", { pending: true });

  return ev.filter((e) => e.date <= LAST_BOOKED || e.pending);
}

export const natwestClosing = (ev: Ev[]) => NATWEST_OPENING + sum(ev.filter((e) => e.acct === "natwest"));

const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const dMonY = (d: string, sep: string) => `${d.slice(8, 10)}${sep}${MON[Number(d.slice(5, 7)) - 1]}${sep}${d.slice(0, 4)}`;
/** A CSV cell quoted only when it holds the delimiter. */
const cell = (s: string) => (s.includes(",") ? `"${s}"` : s);
const signed = (cents: number) => `${cents < 0 ? "-" : ""}${plain(cents)}`;

/** HSBC UK "TransactionHistory.csv": no header, newest first. */
export function hsbcCsv(ev: Ev[]): Buffer {
  const rows = newestFirst(ev.filter((e) => e.acct === "hsbc")).map((e) => `${dmy(e.date)},"${e.text}",${cell(signed(e.cents))}`);
  return Buffer.from(`${rows.join("\n")}\n`, "utf8");
}

/** NatWest CSV download: the header with its spaces, oldest first, running balance. */
export function natwestCsv(ev: Ev[]): Buffer {
  let balance = NATWEST_OPENING;
  const rows = oldestFirst(ev.filter((e) => e.acct === "natwest")).map((e) => {
    balance += e.cents;
    return `${dMonY(e.date, " ")},${e.type},"${e.text}",${e.cents < 0 ? "-" : ""}${plain(e.cents, false)},${plain(balance, false)},INSTANT SAVER,600001-12345678`;
  });
  return Buffer.from(`Date, Type, Description, Value, Balance, Account Name, Account Number\n${rows.join("\n")}\n`, "utf8");
}

/** John Lewis Partnership Card (NewDay): BOM, pending rows first, then newest first. */
export function jlpCsv(ev: Ev[]): Buffer {
  const mine = ev.filter((e) => e.acct === "jlp");
  const line = (e: Ev) => {
    const date = e.pending ? "Pending" : dMonY(e.date, "-");
    // Spend is positive; money coming back to the card is "+ £x" marked CR.
    const amount = e.cents < 0 ? cell(`£${plain(e.cents)}`) : cell(`+ £${plain(e.cents)}`);
    return `${date},${e.text},${amount},${e.cents < 0 ? "" : "CR"}`;
  };
  const rows = [...mine.filter((e) => e.pending), ...newestFirst(mine.filter((e) => !e.pending))].map(line);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Date Processed,Description,Amount,\n${rows.join("\n")}\n`, "utf8")]);
}

export const JLP_FILE = "MS_PRIYA_SHAH_01-11-2025_28-11-2026.csv";
