// Jordan in New York, thirteen months: Wells Fargo checking (paychecks, rent,
// Con Ed, Venmo and Zelle to friends, ATM cash, debit card, the autopay of
// both cards), a Discover card and an Amex card (charges positive, payments and
// refunds negative). Files per bank-formats.md §1.4.
import { addDays, between, byDate, code, csv, digits, dot, get, iso, LAST_BOOKED, lastDay, makeDivisible, mmddyyyy, months, payday, prng, quoted, weekday, type Event } from "./kit.ts";

type Flags = Pick<Event, "transfer" | "cash" | "refund">;
const ME = "JORDAN LEE";

export function nycEvents(): Event[] {
  const r = prng(20_261_103);
  const ev: Event[] = [];
  const wf = (date: string, cents: number, merchant: string | null, category: string, desc: string, f: Flags = {}) =>
    ev.push({ acct: "wf", date, cents, merchant, category, ...f, raw: { desc } });
  const ach = (date: string) => `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
  const mmdd = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}`;
  /** A debit card row: bought on `date`, posted the next weekday. */
  const wfCard = (date: string, cents: number, merchant: string, category: string, text: string, recurring = false) =>
    wf(weekday(addDays(date, 1)), cents, merchant, category, `${recurring ? "RECURRING PAYMENT" : "PURCHASE"} AUTHORIZED ON ${mmdd(date)} ${text} S${digits(r, 15)} CARD 4821`);
  /** Discover: `cents` from Jordan's side (a purchase is negative, the file shows it positive). */
  const discover = (date: string, cents: number, merchant: string | null, category: string, desc: string, cat: string, f: Flags = {}) =>
    ev.push({ acct: "discover", date, cents, merchant, category, ...f, raw: { desc, cat, post: weekday(addDays(date, 1)) } });
  const amex = (date: string, cents: number, merchant: string | null, category: string, a: Record<string, string>, f: Flags = {}) =>
    ev.push({ acct: "amex", date, cents, merchant, category, ...f, raw: { ref: `'3202${digits(r, 11)}'`, ext: "", appears: get(a, "desc"), addr: "", city: "", zip: "", cat: "", ...a } });
  const amazon = (date: string, cents: number) => {
    const c = code(r, 6);
    amex(date, -cents, "Amazon", "shopping", { desc: `AMZN MKTP US*${c}`, ext: `${c} MERCHANDISE\nAMZN.COM/BILL WA`, appears: `AMZN MKTP US*${c} AMZN.COM/BILL WA`, addr: "410 TERRY AVE N", city: "SEATTLE WA", zip: "98109", cat: "Merchandise & Supplies-Internet Purchase" });
  };

  for (const { y, m, i } of months()) {
    const day = (d: number) => weekday(iso(y, m, d));
    const raised = y === 2026 && m >= 3;
    const pay = raised ? 296_018 : 287_542;
    for (const d of [payday(iso(y, m, 15)), payday(iso(y, m, lastDay(y, m)))]) wf(d, pay, "Acme Corp", "salary", `ACME CORP PAYROLL ${ach(d)} XXXXX4821 LEE JORDAN`);
    wf(day(1), -245_000, "Gotham Property", "rent", `GOTHAM PROPERTY MGMT RENT ${ach(day(1))} 000000048213 ${ME}`);
    const summer = m >= 6 && m <= 9;
    wf(day(12), -between(r, summer ? 11_000 : 5_500, summer ? 16_000 : 9_500), "Con Ed", "utilities", `CON ED OF NY INTELL CK ${ach(day(12))} XXXXX5566 ${ME}`);

    // Autopay of both cards: a transfer, seen on both sides.
    const amexPay = between(r, 30_000, 90_000);
    wf(day(18), -amexPay, "American Express", "credit card payment", `AMERICAN EXPRESS ACH PMT ${ach(day(18))} W7812 ${ME}`, { transfer: true });
    amex(day(18), amexPay, null, "credit card payment", { desc: "AUTOPAY PAYMENT RECEIVED - THANK YOU" }, { transfer: true });
    const discoverPay = between(r, 15_000, 50_000);
    wf(day(20), -discoverPay, "Discover", "credit card payment", `DISCOVER E-PAYMENT ${ach(day(20))} 2418 ${ME}`, { transfer: true });
    discover(day(20), discoverPay, null, "credit card payment", "INTERNET PAYMENT - THANK YOU", "Payments and Credits", { transfer: true });

    wf(day(5), -20_000, null, "cash", `ATM WITHDRAWAL AUTHORIZED ON ${mmdd(day(5))} 345 PARK AVE NEW YORK NY 0004567 ATM ID 0089G CARD 4821`, { cash: true });
    if (m % 2 === 0) wf(day(22), -10_000, null, "cash", `ATM WITHDRAWAL AUTHORIZED ON ${mmdd(day(22))} 2 BROADWAY NEW YORK NY 0008812 ATM ID 0112C CARD 4821`, { cash: true });
    // Paying friends back: money to other people, so spending (none in September).
    if ([1, 2, 4, 6, 7, 9, 11].includes(i)) wf(day(9), -between(r, 2_000, 8_500), "Venmo", "friends", `VENMO PAYMENT ${ach(day(9))} 1023456789 ${ME}`);
    if ([0, 3, 8, 11, 12].includes(i)) wf(day(13), -between(r, 3_000, 12_000), "Zelle", "friends", `ZELLE TO SMITH ALEX ON ${mmdd(day(13))} REF # PP0${code(r, 7)}`);

    for (const d of [6, 20]) wfCard(iso(y, m, d), -between(r, 3_500, 11_000), "Trader Joe's", "groceries", "TRADER JOE'S #540 NEW YORK NY");
    for (const d of [3, 16]) wfCard(iso(y, m, d), -between(r, 550, 900), "Blue Bottle Coffee", "coffee", "SQ *BLUE BOTTLE COFFEE New York NY");
    wfCard(iso(y, m, 2), -1_199, "Spotify", "subscriptions", "SPOTIFY USA 877-7781161 NY", true);

    discover(iso(y, m, 8), y === 2026 ? -1_799 : -1_549, "Netflix", "subscriptions", "NETFLIX.COM 866-579-7172 CA", "Services");
    discover(iso(y, m, 11), -between(r, 4_000, 13_000), "Whole Foods", "groceries", "WHOLE FOODS MKT 10234 NEW YORK NY", "Supermarkets");
    for (const d of [9, 23]) discover(iso(y, m, d), -between(r, 1_200, 3_800), "Uber", "transport", "UBER *TRIP HELP.UBER.COM", "Travel/ Entertainment");
    discover(iso(y, m, 14), -between(r, 1_800, 3_200), "Joe's Pizza", "restaurants", "TST*JOE'S PIZZA - NEW YORK", "Restaurants");

    if (!(y === 2026 && m === 10)) amazon(iso(y, m, 4), between(r, 1_200, 12_000));
    if (i % 2 === 0) amazon(iso(y, m, 19), between(r, 1_200, 12_000));
    amex(iso(y, m, 17), -between(r, 8_000, 16_000), "Prune", "restaurants", { desc: "PRUNE NEW YORK", ext: "7101466     RESTAURANT", appears: "PRUNE               NEW YORK", addr: "54 E 1ST ST", city: "NEW YORK NY", zip: "10003", cat: "Restaurant-Restaurant" });
    if (m % 2 === 0) amex(iso(y, m, 25), -between(r, 600, 950), "Blue Bottle Coffee", "coffee", { desc: "BLUE BOTTLE COFFEE 0123 NEW YORK", appears: "BLUE BOTTLE COFFEE 0123 NEW YORK NY", addr: "1 ROCKEFELLER PLZ", city: "NEW YORK NY", zip: "10020", cat: "Restaurant-Bar & Café" });
  }
  // A jumper bought and returned, a flight, a laptop, and an Amazon return.
  discover("2026-09-05", -7_990, "Uniqlo", "clothes", "UNIQLO USA 0123 NEW YORK NY", "Merchandise");
  discover("2026-09-16", 7_990, "Uniqlo", "clothes", "UNIQLO USA 0123 NEW YORK NY", "Merchandise", { refund: true });
  amex("2026-09-10", -41_260, "Delta", "travel", { desc: "DELTA AIR LINES ATLANTA", appears: "DELTA AIR LINES ATLANTA GA", addr: "1030 DELTA BLVD", city: "ATLANTA GA", zip: "30354", cat: "Travel-Airline" });
  amex("2026-10-10", -124_999, "Best Buy", "electronics", { desc: "BEST BUY 00012345 NEW YORK NY", appears: "BEST BUY 00012345 NEW YORK NY", addr: "529 5TH AVE", city: "NEW YORK NY", zip: "10017", cat: "Merchandise & Supplies-Electronics Stores" });
  const ret = { desc: "AMZN MKTP US*RT4XY1Z20", ext: "RT4XY1Z20 MERCHANDISE\nAMZN.COM/BILL WA", appears: "AMZN MKTP US*RT4XY1Z20 AMZN.COM/BILL WA", addr: "410 TERRY AVE N", city: "SEATTLE WA", zip: "98109", cat: "Merchandise & Supplies-Internet Purchase" };
  amex("2026-10-04", -3_499, "Amazon", "shopping", ret);
  amex("2026-10-12", 3_499, "Amazon", "shopping", ret, { refund: true });

  const booked = byDate(ev.filter((e) => e.date <= LAST_BOOKED));
  makeDivisible(booked.filter((e) => e.category === "groceries" && e.date >= "2026-01-01" && e.date <= "2026-06-30"), 6);
  return booked;
}

/** Wells Fargo checking: no header, five quoted columns (date, signed amount, "*", check number, description), newest first. */
export function wellsFargoCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "wf").reverse();
  return Buffer.from(rows.map((e) => [mmddyyyy(e.date), dot(e.cents), "*", "", get(e.raw, "desc")].map(quoted).join(",") + "\r\n").join(""), "utf8");
}

/** Discover: purchases positive, payments and credits negative, oldest first. */
export function discoverCsv(events: Event[]): Buffer {
  const lines = ["Trans. Date,Post Date,Description,Amount,Category"];
  for (const e of events.filter((x) => x.acct === "discover")) {
    lines.push([mmddyyyy(e.date), mmddyyyy(get(e.raw, "post")), csv(get(e.raw, "desc")), dot(-e.cents), csv(get(e.raw, "cat"))].join(","));
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

/** Amex US full export: charges positive, newest first, Extended Details with a line break inside quotes. */
export function amexCsv(events: Event[]): Buffer {
  const lines = ["Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category"];
  for (const e of events.filter((x) => x.acct === "amex").reverse()) {
    const a = e.raw;
    lines.push([mmddyyyy(e.date), csv(get(a, "desc")), ME, "-71002", dot(-e.cents), csv(get(a, "ext")), csv(get(a, "appears")), csv(get(a, "addr")), csv(get(a, "city")), get(a, "zip"), "UNITED STATES", quoted(get(a, "ref")), csv(get(a, "cat"))].join(","));
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
