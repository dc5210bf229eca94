// Marcus in Chicago, November 2025 to November 2026: Bank of America checking,
// a Citi credit card and a Capital One 360 Performance Savings account,
// written as those banks export them (shared/bank-formats.md §1.4, §2.3):
// - Bank of America: the summary block, a blank line, "Date,Description,Amount,
//   Running Bal.", the "Beginning balance" pseudo-row, MM/DD/YYYY, quoted
//   descriptions, amounts with thousands separators quoted; CHECKCARD MMDD and
//   "DES: ID: INDN: CO ID: PPD|WEB" ACH texts.
// - Citi: "Status,Date,Description,Debit,Credit,Member Name", Cleared/Pending,
//   purchases positive under Debit, payments and refunds negative under Credit.
// - Capital One 360 QFX: OFX 2.x without the <?xml?> line, MEMO only (no NAME),
//   an impossible DTSERVER time, INTU.BID, TRNAMT negative for money out.
import { addDays, between, code, digits, iso, lastDay, MONTHS, nextWeekday, oldestFirst, newestFirst, pad, plain, prevWeekday, prng, sum, type Ev } from "./kit.ts";

export const LAST_BOOKED = "2026-11-27";
export const BOFA_OPENING = 341_255; // $3,412.55 on 1 Nov 2025
export const C1_OPENING = 825_000; // $8,250.00 on 31 Oct 2025
export const TV = 231_840;

const mmdd = (d: string) => `${d.slice(5, 7)}${d.slice(8, 10)}`;
const mdy = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
const ach = (co: string, des: string, id: string, coId: string, sec: string) => `${co} DES:${des} ID:${id} INDN:MARCUS REED CO ID:${coId} ${sec}`;

export function buildUs(): Ev[] {
  const r = prng(6060);
  const ev: Ev[] = [];
  const bofa = (date: string, text: string, cents: number, merchant: string | null, category: string, flags: Partial<Ev> = {}) =>
    ev.push({ acct: "bofa", date, cents, merchant, category, text, ...flags });
  const checkcard = (date: string, body: string, cents: number, merchant: string, category: string) =>
    bofa(date, `CHECKCARD ${mmdd(addDays(date, -1))} ${body} ${digits(r, 23)}`, cents, merchant, category);
  const citi = (date: string, text: string, cents: number, merchant: string | null, category: string, flags: Partial<Ev> = {}) =>
    ev.push({ acct: "citi", date, cents, merchant, category, text, ...flags });
  const c1 = (date: string, type: string, memo: string, cents: number, flags: Partial<Ev> = {}) =>
    ev.push({ acct: "c1", date, cents, merchant: null, category: "savings", text: memo, type, id: `${date.replace(/-/g, "")}${digits(r, 8)}`, transfer: true, ...flags });

  let citiLastMonth = 0;
  let c1Balance = C1_OPENING;
  MONTHS.forEach(({ y, m }, i) => {
    const day = (d: number) => iso(y, m, d);
    const wd = (d: number) => nextWeekday(iso(y, m, d));
    const raised = y === 2026 && m >= 4;
    const winter = m === 12 || m <= 2;
    const summer = m >= 6 && m <= 8;

    bofa(wd(1), ach("LAKEVIEW PROP MGT", "RENT", `XXXXX${digits(r, 5)}`, "XXXXX87130", "WEB"), -189_500, "Lakeview Property", "rent");
    bofa(wd(6), ach("STATE FARM RO 27", "CPC-CLIENT", `XXXXX${digits(r, 5)}`, "XXXXX00135", "PPD"), -14_218, "State Farm", "insurance");
    bofa(wd(9), ach("COMED", "UTIL PYMT", `XXXXX${digits(r, 5)}`, "XXXXX00211", "WEB"), summer ? -between(r, 9_800, 12_400) : -between(r, 5_200, 7_400), "ComEd", "electric");
    bofa(wd(12), ach("PEOPLES GAS", "WEB PAY", `XXXXX${digits(r, 5)}`, "XXXXX00371", "WEB"), winter ? -between(r, 11_500, 16_800) : -between(r, 2_800, 4_600), "Peoples Gas", "gas");
    for (const payday of [prevWeekday(day(15)), prevWeekday(day(lastDay(y, m)))]) {
      bofa(payday, ach("NORTHSHORE HEALTH", "PAYROLL", "XXXXX56789", "XXXXX00001", "PPD").replace("INDN:MARCUS REED", "INDN:REED,MARCUS"), raised ? 225_610 : 218_743, "Northshore Health", "salary", { income: true });
    }
    const save = wd(16);
    bofa(save, ach("CAPITAL ONE", "TRANSFER", `XXXXX${digits(r, 5)}`, "XXXXX95464", "WEB"), -50_000, null, "savings", { transfer: true });
    c1(save, "CREDIT", "Deposit from BANK OF AMERICA XXXXXX4321", 50_000);
    c1Balance += 50_000;
    if (i > 0 && citiLastMonth !== 0) {
      const bill = wd(22);
      bofa(bill, ach("CITI CARD ONLINE", "PAYMENT", digits(r, 15), "CITICTP", "WEB"), citiLastMonth, null, "cardbill", { transfer: true });
      citi(bill, "ONLINE PAYMENT, THANK YOU", -citiLastMonth, null, "cardbill", { transfer: true });
    }
    for (const d of [4, 18]) checkcard(wd(d), "JEWEL OSCO 3456 CHICAGO IL", -between(r, 3_200, 11_800), "Jewel-Osco", "groceries");
    if (i % 2 === 0) bofa(wd(8), `BKOFAMERICA ATM ${mdy(wd(8)).slice(0, 5)} #00000${digits(r, 4)} WITHDRWL CLARK & DIVISION CHICAGO IL`, i % 4 === 0 ? -20_000 : -10_000, null, "cash", { cash: true });
    if (i % 2 === 1) checkcard(wd(13), "SQ *METRIC COFFEE CHICAGO IL", -between(r, 450, 725), "Metric Coffee", "coffee");

    for (const d of [7, 21]) citi(day(d), "TRADER JOE'S #710 CHICAGO IL", -between(r, 2_400, 8_900), "Trader Joe's", "groceries");
    for (const d of [3, 11, 24]) citi(day(d), "SQ *METRIC COFFEE Chicago IL", -between(r, 450, 725), "Metric Coffee", "coffee");
    for (const d of [9, 26]) citi(day(d), "UBER *TRIP HELP.UBER.COM CA", -between(r, 1_150, 3_480), "Uber", "transport");
    const amazon1 = y === 2026 && m === 2 ? 4_599 : between(r, 1_299, 8_999);
    citi(day(5), `AMZN MKTP US*${code(r, 9)} AMZN.COM/BILL WA`, -amazon1, "Amazon", "shopping");
    citi(day(19), `Amazon.com*${code(r, 9)} Amzn.com/bill WA`, -between(r, 899, 5_999), "Amazon", "shopping");
    citi(day(14), "NETFLIX.COM NETFLIX.COM CA", y === 2026 && m >= 2 ? -1_799 : -1_549, "Netflix", "subscriptions");
    citi(day(2), "Spotify USA 877-778-1161 NY", -1_199, "Spotify", "subscriptions");
    citi(day(20), "COMCAST CHICAGO 800-266-2278 IL", -6_500, "Xfinity", "internet");
    citi(day(17), "PLANET FITNESS #0423 CHICAGO IL", -2_499, "Planet Fitness", "gym");
    if (y === 2026 && m === 7) citi(day(11), "BEST BUY 00014530 CHICAGO IL", -TV, "Best Buy", "electronics");
    if (y === 2026 && m === 3) citi(day(12), `AMZN MKTP US*${code(r, 9)} AMZN.COM/BILL WA`, 4_599, "Amazon", "shopping", { refund: true });

    // Capital One pays interest on the last day of the month, on the balance then.
    const interestDay = day(lastDay(y, m));
    if (interestDay <= LAST_BOOKED) {
      if (y === 2026 && m === 7) c1Balance -= 200_000;
      const interest = Math.round((c1Balance * 360) / 12 / 10_000);
      c1(interestDay, "INT", "Monthly Interest Paid", interest, { transfer: false, income: true, category: "interest", merchant: "Capital One" });
      c1Balance += interest;
    }
    citiLastMonth = sum(ev.filter((e) => e.acct === "citi" && !e.transfer && e.date.startsWith(`${y}-${pad(m)}`) && e.date <= LAST_BOOKED));
  });

  // One move back from savings in July.
  c1("2026-07-08", "DEBIT", "Withdrawal to BANK OF AMERICA XXXXXX4321", -200_000);
  bofa("2026-07-08", ach("CAPITAL ONE", "TRANSFER", `XXXXX${digits(r, 5)}`, "XXXXX95464", "PPD"), 200_000, null, "savings", { transfer: true });

  // Not yet posted on the export day.
  citi("2026-11-27", "SQ *METRIC COFFEE Chicago IL", -675, "Metric Coffee", "coffee", { pending: true });
  citi("2026-11-28", "UBER *TRIP HELP.UBER.COM CA", -1_842, "Uber", "transport", { pending: true });

  return ev.filter((e) => e.date <= LAST_BOOKED || e.pending);
}

export const bofaClosing = (ev: Ev[]) => BOFA_OPENING + sum(ev.filter((e) => e.acct === "bofa"));
export const c1Closing = (ev: Ev[]) => C1_OPENING + sum(ev.filter((e) => e.acct === "c1"));

const usd = (cents: number) => {
  const s = `${cents < 0 ? "-" : ""}${plain(cents)}`;
  return s.includes(",") ? `"${s}"` : s;
};

/** Bank of America checking "stmt.csv": summary block, blank line, table oldest first with a running balance. */
export function bofaCsv(ev: Ev[]): Buffer {
  const rows = oldestFirst(ev.filter((e) => e.acct === "bofa"));
  const credits = sum(rows.filter((e) => e.cents > 0));
  const debits = sum(rows.filter((e) => e.cents < 0));
  let balance = BOFA_OPENING;
  const start = "11/01/2025";
  const lines = [
    "Description,,Summary Amt.",
    `Beginning balance as of ${start},,"${plain(BOFA_OPENING)}"`,
    `Total credits,,${usd(credits)}`,
    `Total debits,,${usd(debits)}`,
    `Ending balance as of ${mdy(LAST_BOOKED)},,${usd(BOFA_OPENING + credits + debits)}`,
    "",
    "Date,Description,Amount,Running Bal.",
    `${start},Beginning balance as of ${start},,${usd(BOFA_OPENING)}`,
    ...rows.map((e) => {
      balance += e.cents;
      return `${mdy(e.date)},"${e.text}",${usd(e.cents)},${usd(balance)}`;
    }),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

/** Citi card download, newest first; pending rows are marked in Status. */
export function citiCsv(ev: Ev[]): Buffer {
  const rows = newestFirst(ev.filter((e) => e.acct === "citi")).map((e) => {
    const debit = e.cents < 0 ? plain(e.cents, false) : "";
    const credit = e.cents > 0 ? `-${plain(e.cents, false)}` : "";
    return `${e.pending ? "Pending" : "Cleared"},${mdy(e.date)},"${e.text}",${debit},${credit},MARCUS REED`;
  });
  return Buffer.from(`Status,Date,Description,Debit,Credit,Member Name\n${rows.join("\n")}\n`, "utf8");
}

/** Capital One 360 Performance Savings QFX (OFX 2.02 without the xml declaration). */
export function capitalOneQfx(ev: Ev[]): Buffer {
  const ofxDate = (d: string) => `${d.replace(/-/g, "")}120000.000`;
  const amt = (cents: number) => `${cents < 0 ? "-" : ""}${plain(cents, false)}`;
  const trns = oldestFirst(ev.filter((e) => e.acct === "c1")).map((e) =>
    [
      "<STMTTRN>",
      `<TRNTYPE>${e.type}</TRNTYPE>`,
      `<DTPOSTED>${ofxDate(e.date)}</DTPOSTED>`,
      `<TRNAMT>${amt(e.cents)}</TRNAMT>`,
      `<FITID>${e.id}</FITID>`,
      `<MEMO>${e.text}</MEMO>`,
      "</STMTTRN>",
    ].join("\n"),
  );
  const closing = amt(c1Closing(ev));
  const lines = [
    '<?OFX OFXHEADER="200" VERSION="202" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    "<OFX>",
    "<SIGNONMSGSRSV1>",
    "<SONRS>",
    "<STATUS>",
    "<CODE>0</CODE>",
    "<SEVERITY>INFO</SEVERITY>",
    "<MESSAGE>Success</MESSAGE>",
    "</STATUS>",
    "<DTSERVER>20261128048208.398</DTSERVER>",
    "<LANGUAGE>ENG</LANGUAGE>",
    "<FI>",
    "<ORG>C1</ORG>",
    "<FID>1001</FID>",
    "</FI>",
    "<INTU.BID>1001</INTU.BID>",
    "</SONRS>",
    "</SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1>",
    "<STMTTRNRS>",
    "<TRNUID>0</TRNUID>",
    "<STATUS>",
    "<CODE>0</CODE>",
    "<SEVERITY>INFO</SEVERITY>",
    "<MESSAGE>Success</MESSAGE>",
    "</STATUS>",
    "<STMTRS>",
    "<CURDEF>USD</CURDEF>",
    "<BANKACCTFROM>",
    "<BANKID>031176110</BANKID>",
    "<ACCTID>36012345678</ACCTID>",
    "<ACCTTYPE>SAVINGS</ACCTTYPE>",
    "</BANKACCTFROM>",
    "<BANKTRANLIST>",
    `<DTSTART>${ofxDate("2025-11-01")}</DTSTART>`,
    `<DTEND>${ofxDate(LAST_BOOKED)}</DTEND>`,
    ...trns,
    "</BANKTRANLIST>",
    "<LEDGERBAL>",
    `<BALAMT>${closing}</BALAMT>`,
    `<DTASOF>${ofxDate(LAST_BOOKED)}</DTASOF>`,
    "</LEDGERBAL>",
    "<AVAILBAL>",
    `<BALAMT>${closing}</BALAMT>`,
    `<DTASOF>${ofxDate(LAST_BOOKED)}</DTASOF>`,
    "</AVAILBAL>",
    "</STMTRS>",
    "</STMTTRNRS>",
    "</BANKMSGSRSV1>",
    "</OFX>",
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
