// Oliver in Hackney, thirteen months: Starling (main account: salary, rent,
// council tax, TV licence, card spending), Barclays (bills account: Octopus,
// Thames Water, the Barclaycard bill, a debit card) and a Nationwide saver
// that only receives his monthly savings. Files per bank-formats.md §1.3.
import {
  addDays, between, byDate, commas, csv, ddmmyyyy, dot, get, iso, LAST_BOOKED, makeDivisible, MON, months, pad, payday, prng, quoted, weekday,
  type Event,
} from "./kit.ts";

export const LONDON_OPENING = { starling: 414_015, nationwide: 620_000 }; // pence, on 31 Oct 2025
export const BARCLAYS_ACCOUNT = "20-32-06 43871290";

type Flags = Pick<Event, "transfer" | "cash" | "refund">;

export function londonEvents(): Event[] {
  const r = prng(20_261_101);
  const ev: Event[] = [];
  const starling = (date: string, cents: number, merchant: string | null, category: string, party: string, ref: string, type: string, cat: string, f: Flags = {}) =>
    ev.push({ acct: "starling", date, cents, merchant, category, ...f, raw: { party, ref, type, cat } });
  const barclays = (date: string, cents: number, merchant: string | null, category: string, sub: string, memo: string, f: Flags = {}) =>
    ev.push({ acct: "barclays", date, cents, merchant, category, ...f, raw: { sub, memo } });
  const nationwide = (date: string, cents: number, type: string, desc: string) =>
    ev.push({ acct: "nationwide", date, cents, merchant: null, category: "savings", transfer: true, raw: { type, desc } });
  /** A Barclays debit card row: bought on `day`, booked the next weekday, memo "… ON 14 OCT … BCC". */
  const barclaysCard = (y: number, m: number, day: number, cents: number, merchant: string, category: string, memo: (on: string) => string) => {
    const bought = iso(y, m, day);
    barclays(weekday(addDays(bought, 1)), cents, merchant, category, "Debit", memo(`ON ${pad(day)} ${MON[m - 1]}`));
  };

  for (const { y, m, i } of months()) {
    const day = (d: number) => weekday(iso(y, m, d));
    const raised = y === 2026 && m >= 4;

    starling(day(1), -165_000, "J Hargreaves", "rent", "J Hargreaves", "RENT FLAT 2 MARE ST", "FASTER PAYMENT", "PAYMENTS");
    // Council tax is ten instalments, April to January: nothing in February and March.
    if (m <= 1 || m >= 11 || (y === 2026 && m >= 4)) {
      const ct = y === 2026 && m >= 4 ? -16_100 : -15_200;
      starling(day(1), ct, "Hackney Council", "council tax", "LB Hackney", "CTAX 40123456", "DIRECT DEBIT", "BILLS_AND_SERVICES");
    }
    // Money for the bills account, and the savings: own transfers, both sides.
    starling(day(2), -60_000, null, "transfer", "O Marsh", "TOP UP BARCLAYS", "FASTER PAYMENT", "PAYMENTS", { transfer: true });
    barclays(day(2), 60_000, null, "transfer", "DIRECTDEP", "O MARSH                TOP UP BARCLAYS      BGC", { transfer: true });
    const winter = m <= 3 || m >= 11;
    barclays(day(3), winter ? -11_400 : -8_200, "Octopus Energy", "utilities", "Direct Debit", "OCTOPUS ENERGY         DDR");
    barclays(day(6), -between(r, 15_000, 45_000), "Barclaycard", "credit card payment", "Bill Payment", "BARCLAYCARD            BBP", { transfer: true });
    barclays(day(12), -3_850, "Thames Water", "utilities", "Direct Debit", "THAMES WATER           DDR");
    starling(iso(y, m, 9), -999, "NOW TV", "subscriptions", "NOW TV", "NOWTV.COM/BILLINGHELP    SKY          GBR", "CARD", "ENTERTAINMENT");
    starling(day(18), raised ? -1_500 : -1_454, "TV Licence", "tv licence", "TV Licence", "TVL 1234567890", "DIRECT DEBIT", "BILLS_AND_SERVICES");

    for (const d of [7, 21]) starling(iso(y, m, d), -between(r, 1_800, 9_200), "Tesco", "groceries", "Tesco", "TESCO STORES 3021       LONDON        GBR", "CARD", "GROCERIES");
    barclaysCard(y, m, 14, -between(r, 1_500, 6_500), "Tesco", "groceries", (on) => `CARD PAYMENT TO TESCO STORES 3021   ${on}          BCC`);
    starling(iso(y, m, 16), -between(r, 1_500, 6_000), "Sainsbury's", "groceries", "Sainsbury's", "SAINSBURYS S/MKTS 0412  LONDON        GBR", "CARD", "GROCERIES");
    starling(iso(y, m, 5), -between(r, 420, 1_190), "Pret A Manger", "eating out", "Pret A Manger", "PRET A MANGER 0123      LONDON        GBR", "CARD", "EATING_OUT");
    barclaysCard(y, m, 19, -between(r, 420, 1_190), "Pret A Manger", "eating out", (on) => `PRET A MANGER 0123 CONTACTLESS ${on}   CPM`);
    for (const d of [4, 11, 18, 25]) starling(iso(y, m, d), -between(r, 600, 2_800), "TfL", "transport", "Transport for London", "TFL TRAVEL CH           TFL.GOV.UK/CP GBR", "CARD", "TRANSPORT");
    starling(iso(y, m, 12), -between(r, 1_800, 4_500), "Deliveroo", "eating out", "Deliveroo", "DELIVEROO.CO.UK        LONDON        LND", "CARD", "EATING_OUT");
    if (i % 2 === 0) barclaysCard(y, m, 23, -between(r, 1_800, 4_500), "Deliveroo", "eating out", (on) => `DELIVEROO ${on} CPM`);

    // The coffee cart moved from Square to SumUp to Zettle: one merchant, three prefixes.
    for (const d of [10, 24]) {
      const cents = -between(r, 320, 480);
      if (i <= 4) starling(iso(y, m, d), cents, "Flat White Co", "coffee", "SQ *FLAT WHITE CO", "SQ *FLAT WHITE CO GOSQ.COM LONDON GBR", "CARD", "EATING_OUT");
      else if (i <= 8) barclaysCard(y, m, d, cents, "Flat White Co", "coffee", (on) => `SUMUP *FLAT WHITE CO   ${on}          CPM`);
      else starling(iso(y, m, d), cents, "Flat White Co", "coffee", "ZTL*FLAT WHITE CO", "ZTL*FLAT WHITE CO       LONDON        GBR", "CARD", "EATING_OUT");
    }

    starling(payday(iso(y, m, 25)), raised ? 358_721 : 341_258, "Acme Consulting", "salary", "ACME CONSULTING LTD", "SALARY", "FASTER PAYMENT", "INCOME");
    const save = day(26);
    starling(save, -50_000, null, "savings", "O Marsh", "SAVINGS", "FASTER PAYMENT", "SAVING", { transfer: true });
    nationwide(save, 50_000, "Transfer from", "O MARSH SAVINGS");
  }
  // The April bonus goes to savings too.
  starling("2026-04-27", -100_000, null, "savings", "O Marsh", "SAVINGS BONUS", "FASTER PAYMENT", "SAVING", { transfer: true });
  nationwide("2026-04-27", 100_000, "Transfer from", "O MARSH SAVINGS BONUS");
  // One big purchase: a television.
  starling("2026-10-17", -84_900, "John Lewis", "shopping", "John Lewis", "JOHN LEWIS 0802         LONDON        GBR", "CARD", "SHOPPING");

  const booked = byDate(ev.filter((e) => e.date <= LAST_BOOKED));
  const groceriesH1 = booked.filter((e) => e.category === "groceries" && e.date >= "2026-01-01" && e.date <= "2026-06-30");
  makeDivisible(groceriesH1, 6);
  return booked;
}

/** Starling app export: DD/MM/YYYY, signed amount, running balance, Notes column last. */
export function starlingCsv(events: Event[]): Buffer {
  let balance = LONDON_OPENING.starling;
  const lines = ["Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes"];
  for (const e of events.filter((x) => x.acct === "starling")) {
    balance += e.cents;
    lines.push([ddmmyyyy(e.date), csv(get(e.raw, "party")), csv(get(e.raw, "ref")), get(e.raw, "type"), dot(e.cents), dot(balance), get(e.raw, "cat"), ""].join(","));
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
export const starlingClosing = (events: Event[]) => LONDON_OPENING.starling + events.filter((e) => e.acct === "starling").reduce((a, e) => a + e.cents, 0);

/** Barclays current account: empty Number, DD/MM/YYYY, sort code and account, signed amount, padded memo. */
export function barclaysCsv(events: Event[]): Buffer {
  const lines = ["Number,Date,Account,Amount,Subcategory,Memo"];
  for (const e of events.filter((x) => x.acct === "barclays")) {
    lines.push(["", ddmmyyyy(e.date), BARCLAYS_ACCOUNT, dot(e.cents), get(e.raw, "sub"), csv(get(e.raw, "memo"))].join(","));
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

const nwDate = (d: string) => `${d.slice(8, 10)} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
const gbp = (pence: number) => `£${commas(pence)}`;
export const nationwideClosing = (events: Event[]) => LONDON_OPENING.nationwide + events.filter((e) => e.acct === "nationwide").reduce((a, e) => a + e.cents, 0);

/** Nationwide: three preamble lines, all quoted, "03 Jun 2026", unsigned £ amounts in Paid out / Paid in, Windows-1252. */
export function nationwideCsv(events: Event[]): Buffer {
  const closing = nationwideClosing(events);
  let balance = LONDON_OPENING.nationwide;
  const lines = [
    `${quoted("Account Name:")},${quoted("Flex Instant Saver ****48213")}`,
    `${quoted("Account Balance:")},${quoted(gbp(closing))}`,
    `${quoted("Available Balance: ")},${quoted(gbp(closing))}`,
    "",
    ["Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"].map(quoted).join(","),
  ];
  for (const e of events.filter((x) => x.acct === "nationwide")) {
    balance += e.cents;
    const out = e.cents < 0 ? gbp(-e.cents) : "";
    const inn = e.cents > 0 ? gbp(e.cents) : "";
    lines.push([nwDate(e.date), get(e.raw, "type"), get(e.raw, "desc"), out, inn, gbp(balance)].map(quoted).join(","));
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
