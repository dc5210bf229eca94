// A Londoner sends a Monzo export (with a savings pot and a week in Barcelona),
// a Lloyds current-account export (salary, rent by standing order, council tax
// and bills by direct debit, the card bill) and an American Express UK export,
// fourteen months each, and asks what people in the UK ask, the way they type
// it. A second person sends a John Lewis Partnership Card export from NewDay,
// with the two pending rows that card lists. Every expected figure comes from
// the logical events the files were written from, never from Kontor.
// Written blind, from ../shared/bank-formats.md only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { amexCsv, buildEvents, buildJohnLewisCard, closing, lloydsCsv, monzoCsv, newDayCsv, type Event } from "./blind-uk/statements.ts";

const tom = { id: 7301, first_name: "Tom", language_code: "en" };
const priya = { id: 7302, first_name: "Priya", language_code: "en" };
const NOW = new Date("2026-11-29T10:00:00Z"); // a Sunday; "last month" is October 2026
const events = buildEvents();
const booked = events.filter((e) => !e.pending);

/** "£1,234.56" / "-£4.80" from integer pence, mirroring how three-banks writes euros. */
function pounds(pence: number): string {
  const abs = Math.abs(pence);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${pence < 0 ? "-" : ""}£${int}.${String(abs % 100).padStart(2, "0")}`;
}
/** Integer division rounded half up (pence stay integers). */
function divRound(a: number, n: number): number {
  const rem = a % n;
  return (a - rem) / n + (2 * rem >= n ? 1 : 0);
}
const total = (rows: Event[]) => rows.reduce((a, e) => a + e.pence, 0);
/** What left the pocket, net of refunds. */
const spent = (rows: Event[]) => -total(rows);
const inMonth = (ym: string) => booked.filter((e) => e.date.startsWith(ym));
const between = (from: string, to: string) => booked.filter((e) => e.date >= from && e.date <= to);
const thisYear = between("2026-01-01", "2026-11-29");
const at = (rows: Event[], merchant: string) => rows.filter((e) => e.merchant === merchant);
const of = (rows: Event[], ...categories: string[]) => rows.filter((e) => categories.includes(e.category));
/** Spending: everything paid for, rent and bills included; not own transfers, pot moves, the card bill, salary or cash taken out (bank-formats.md §4.2: cash withdrawal is not spend). */
const spending = (rows: Event[]) => spent(rows.filter((e) => !e.transfer && e.category !== "salary" && e.category !== "cash"));
const household = ["council_tax", "utilities", "tv_licence"];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Where a question has more than one fair reading, any of its figures is right. */
const oneOf = (...pence: number[]) => new RegExp([...new Set(pence)].map((p) => escape(pounds(p))).join("|"));

describe("Monzo, Lloyds and Amex, fourteen months, asked blind; a John Lewis card with pending rows", () => {
  let c: ChatApp;
  const ask = (question: string) => askKontor(c.sim, tom, question, /£|\?|didn't|not /);
  const previews: string[] = [];

  beforeAll(async () => {
    c = await startChatApp([tom, priya], { now: () => NOW });
    previews.push(await importStatement(c.sim, tom, "MonzoDataExport_Alltime_2026-11-28_0912.csv", monzoCsv(events)));
    previews.push(await importStatement(c.sim, tom, "12345678_20261128_0915.csv", lloydsCsv(events)));
    previews.push(await importStatement(c.sim, tom, "activity.csv", amexCsv(events)));
  }, 120_000);
  afterAll(() => c?.stop());

  it("imports three pound accounts with every row, named after Monzo and Lloyds", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts.map((a) => a.currency)).toEqual(["GBP", "GBP", "GBP"]);
    const count = (acct: string) => events.filter((e) => e.acct === acct).length;
    expect(accounts.map((a) => a._count.transactions).sort((a, b) => a - b)).toEqual([count("monzo"), count("lloyds"), count("amex")].sort((a, b) => a - b));
    const names = accounts.map((a) => a.name);
    expect(names.some((n) => /monzo/i.test(n)), names.join(" | ")).toBe(true);
    expect(names.some((n) => /lloyds/i.test(n)), names.join(" | ")).toBe(true);
  });

  // Merchants over periods.
  it("tescos this year (Tesco Stores and Tesco Express)", async () => {
    expect(await ask("how much have i spent at tescos this year")).toContain(pounds(spent(at(thisYear, "Tesco"))));
  });
  it("sainsburys last month, two store texts", async () => {
    expect(await ask("sainsburys last month")).toContain(pounds(spent(at(inMonth("2026-10"), "Sainsbury's"))));
  });
  it("amazon this year across Monzo, Lloyds and the card, less the June refund", async () => {
    expect(await ask("how much on amazon this year")).toContain(pounds(spent(at(thisYear, "Amazon"))));
  });
  it("deliveroo in total, less the February refund", async () => {
    expect(await ask("deliveroo in total")).toContain(pounds(spent(at(booked, "Deliveroo"))));
  });
  it("marks and spencer by its full name", async () => {
    expect(await ask("how much at marks and spencer this year")).toContain(pounds(spent(at(thisYear, "Marks & Spencer"))));
  });
  it("aldi in total", async () => {
    expect(await ask("aldi in total")).toContain(pounds(spent(at(booked, "Aldi"))));
  });
  it("lidl last month", async () => {
    expect(await ask("lidl last month")).toContain(pounds(spent(at(inMonth("2026-10"), "Lidl"))));
  });
  it("coop this year, written without the hyphen", async () => {
    expect(await ask("coop this year")).toContain(pounds(spent(at(thisYear, "Co-op"))));
  });
  it("just eat this year", async () => {
    expect(await ask("just eat this year")).toContain(pounds(spent(at(thisYear, "Just Eat"))));
  });
  it("uber last month", async () => {
    expect(await ask("uber last month")).toContain(pounds(spent(at(inMonth("2026-10"), "Uber"))));
  });
  it("netflix in total, across a price rise", async () => {
    expect(await ask("netflix in total")).toContain(pounds(spent(at(booked, "Netflix"))));
  });
  it("spotify this year", async () => {
    expect(await ask("spotify this year")).toContain(pounds(spent(at(thisYear, "Spotify"))));
  });
  it("tfl in the last 3 months", async () => {
    // Sep 1–Nov 29 and the rolling Aug 29–Nov 29 give the same TfL figure; Aug–Oct is the other fair reading.
    const calendar = spent(at(between("2026-09-01", "2026-11-29"), "TfL"));
    expect(spent(at(between("2026-08-29", "2026-11-29"), "TfL"))).toBe(calendar);
    expect(await ask("tfl last 3 months")).toMatch(oneOf(calendar, spent(at(between("2026-08-01", "2026-10-31"), "TfL"))));
  });

  // Categories.
  it("grocerys in march (typo) across all three accounts", async () => {
    expect(await ask("grocerys in march")).toContain(pounds(spent(of(inMonth("2026-03"), "groceries"))));
  });
  it("eating out last month: restaurants, pub, cafés and takeaways", async () => {
    expect(await ask("eating out last month")).toContain(pounds(spent(of(inMonth("2026-10"), "eating_out"))));
  });
  it("groceries vs eating out last month", async () => {
    const reply = await ask("groceries vs eating out last month");
    expect(reply).toContain(pounds(spent(of(inMonth("2026-10"), "groceries"))));
    expect(reply).toContain(pounds(spent(of(inMonth("2026-10"), "eating_out"))));
  });
  it("eating out in july counts the Barcelona meals in pounds, not euros", async () => {
    const july = spent(of(inMonth("2026-07"), "eating_out"));
    expect(await ask("eating out in july")).toContain(pounds(july));
  });
  it("groceries in july includes Mercadona in pounds", async () => {
    expect(await ask("groceries in july")).toContain(pounds(spent(of(inMonth("2026-07"), "groceries"))));
  });
  it("transport in october: TfL and Uber", async () => {
    expect(await ask("transport in october")).toContain(pounds(spent(of(inMonth("2026-10"), "transport"))));
  });
  it("average monthly spend on groceries", async () => {
    const full = spent(of(between("2025-10-01", "2026-10-31"), "groceries"));
    const all = spent(of(booked, "groceries"));
    expect(await ask("average monthly spend on groceries")).toMatch(oneOf(divRound(full, 13), divRound(all, 14)));
  });
  it("council tax this yr: January at the old rate, April to November at the new", async () => {
    const ctax = spent(of(thisYear, "council_tax"));
    expect(ctax).toBe(154_100);
    expect(await ask("council tax this yr")).toContain(pounds(ctax));
  });
  it("how much on bills last month", async () => {
    const bills = spent(of(inMonth("2026-10"), ...household));
    const withInsurance = spent(of(inMonth("2026-10"), ...household, "insurance"));
    expect(await ask("how much on bills last month")).toMatch(oneOf(bills, withInsurance));
  });
  it("rent paid this year by standing order", async () => {
    expect(spent(of(thisYear, "rent"))).toBe(1_310_000);
    expect(await ask("how much rent have i paid this year")).toContain(pounds(1_310_000));
  });
  it("the gym this year", async () => {
    expect(await ask("how much have i spent on the gym this year")).toContain(pounds(spent(at(thisYear, "PureGym"))));
  });
  it("octopus energy this year", async () => {
    expect(spent(at(thisYear, "Octopus Energy"))).toBe(98_200);
    expect(await ask("octopus energy this year")).toContain(pounds(98_200));
  });
  it("cash taken out this year", async () => {
    expect(await ask("how much cash did i take out this year")).toContain(pounds(spent(of(thisYear, "cash"))));
  });

  // Totals that must leave own money moves out.
  it("spending in september includes rent and bills, not the pot, the Monzo top-up or the card bill", async () => {
    expect(await ask("how much did i spend in september")).toContain(pounds(spending(inMonth("2026-09"))));
  });
  it("total spending in october leaves out cash taken out too", async () => {
    expect(await ask("total spending in october")).toContain(pounds(spending(inMonth("2026-10"))));
  });
  it("spending on the credit card last month is the card's purchases, not its payment", async () => {
    const cardOct = spent(inMonth("2026-10").filter((e) => e.acct === "amex" && !e.transfer));
    expect(await ask("how much did i spend on my credit card last month")).toContain(pounds(cardOct));
  });
  it("income in june is the salary, not the Amazon refund or the Monzo top-up", async () => {
    const income = total(inMonth("2026-06").filter((e) => e.category === "salary"));
    expect(income).toBe(322_000);
    expect(await ask("income in june")).toContain(pounds(income));
  });
  it("earnings in december are the salary, not money taken back out of the pot", async () => {
    expect(total(inMonth("2025-12").filter((e) => e.category === "salary"))).toBe(310_000);
    expect(await ask("what did i earn in december")).toContain(pounds(310_000));
  });
  it("how much went into savings this year", async () => {
    const saved = -total(thisYear.filter((e) => e.category === "savings"));
    expect(saved).toBe(275_000);
    expect(await ask("how much did i put into savings this year")).toContain(pounds(saved));
  });

  // Lists and balances.
  it("biggest purchases last month: the TV, not the card bill or the Monzo top-up", async () => {
    const reply = await ask("biggest purchases last month");
    expect(reply).toContain(pounds(89_900));
    const cardBill = inMonth("2026-10").find((e) => e.acct === "lloyds" && e.category === "card_payment")!;
    expect(reply).not.toContain(pounds(-cardBill.pence));
    expect(reply).not.toContain(pounds(80_000));
  });
  it("show me all amazon transactions lists the newest from each account", async () => {
    const reply = await ask("show me all amazon transactions");
    const newest = at(booked, "Amazon").sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 3);
    for (const e of newest) expect(reply).toContain(pounds(Math.abs(e.pence)));
  });
  it("what subscriptions do i have", async () => {
    const reply = await ask("what subscriptions do i have");
    for (const name of [/netflix/i, /spotify/i, /disney/i, /apple|icloud/i, /puregym|gym/i]) expect(reply).toMatch(name);
  });
  it("whats my monzo balance", async () => {
    expect(await ask("whats my monzo balance")).toContain(pounds(closing(events, "monzo")));
  });
  it("lloyds balance", async () => {
    expect(await ask("lloyds balance")).toContain(pounds(closing(events, "lloyds")));
  });

  // The second person: the NewDay export lists rows not yet posted with "Pending" in the date column (bank-formats.md §0.5, §1.3).
  const card = buildJohnLewisCard();
  it("a John Lewis Partnership Card export imports, its two pending rows kept apart as pending", async () => {
    const preview = await importStatement(c.sim, priya, "MS_PRIYA_PATEL_28112026.csv", newDayCsv(card));
    expect(preview).toMatch(/pending/i);
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(4);
    expect(accounts.map((a) => a._count.transactions)).toContain(card.length);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(2);
  });
  it("on the John Lewis card, purchases are spending and the £1,183.23 purchase counts whole", async () => {
    const oct = card.filter((e) => e.date.startsWith("2026-10") && !e.transfer);
    const reply = await askKontor(c.sim, priya, "how much did i spend in october", /£|\?|didn't|not /);
    expect(reply).toContain(pounds(spent(oct)));
    const aldi = await askKontor(c.sim, priya, "aldi last month", /£|\?|didn't|not /);
    expect(aldi).toContain(pounds(spent(oct.filter((e) => e.merchant === "Aldi"))));
  });
});
