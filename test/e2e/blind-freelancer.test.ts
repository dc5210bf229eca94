// Priyanka, a self-employed translator in Manchester, sends her Monzo, Starling
// (clients pay in here) and Barclays joint account exports covering 1 Oct 2025
// to 27 Nov 2026 and asks, in everyday English with the odd typo, what a
// freelancer asks. Every expected figure comes from the events the files were
// written from (integer pence), never from Kontor's answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { barclaysCsv, BARCLAYS_ACCOUNT, buildEvents, monzoCsv, starlingCsv, type Event, type Tag } from "./blind-freelancer/statements.ts";

const priyanka = { id: 7402, first_name: "Priyanka", language_code: "en-GB" };
const NOW = new Date("2026-11-30T10:00:00Z");
const events = buildEvents();

/** "£1,234.56" as the English chat writes pound amounts, from integer pence. */
function pounds(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `£${int}.${String(abs % 100).padStart(2, "0")}`;
}
const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const tagged = (...tags: Tag[]) => events.filter((e) => tags.includes(e.tag));
const between = (rows: Event[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
const named = (merchant: string) => events.filter((e) => e.merchant === merchant);
const Y2026 = ["2026-01-01", "2026-12-31"] as const;
const OCT = ["2026-10-01", "2026-10-31"] as const;
const SEP = ["2026-09-01", "2026-09-30"] as const;
const Q3 = ["2026-07-01", "2026-09-30"] as const;
const INCOME: Tag[] = ["client", "interest", "partner"];
/** What she spent: every row that is neither income nor a move between her own accounts or pots (refunds lower it). */
const spending = (rows: Event[]) => rows.filter((e) => !e.transfer && !INCOME.includes(e.tag));

describe("a freelance translator's Monzo, Starling and Barclays files, exact answers", () => {
  let c: ChatApp;
  const ask = (question: string) => askKontor(c.sim, priyanka, question, /£|\?|didn't|not |no |couldn't/i);
  const expectIn = (reply: string, cents: number) => expect(reply, `expected ${pounds(cents)}, got: ${reply}`).toContain(pounds(cents));
  const expectOneOf = (reply: string, fair: number[], what: string) =>
    expect(fair.some((x) => reply.includes(pounds(x))), `expected ${fair.map(pounds).join(" or ")} (${what}), got: ${reply}`).toBe(true);

  beforeAll(async () => {
    c = await startChatApp([priyanka], { now: () => NOW, onboarded: [] });
    // Onboarding as a UK user picks: English, Europe/London, pounds.
    const after = c.sim.lastBotMessage(priyanka.id)?.messageId ?? 0;
    c.sim.sendText(priyanka, "/start");
    c.sim.tapButton(priyanka, (await c.sim.waitForBotMessage(priyanka.id, /Welcome/, { afterMessageId: after })).messageId, "lang:en");
    c.sim.tapButton(priyanka, (await c.sim.waitForBotMessage(priyanka.id, /time zone/, { afterMessageId: after })).messageId, "tz:Europe/London");
    c.sim.tapButton(priyanka, (await c.sim.waitForBotMessage(priyanka.id, /Which currency/, { afterMessageId: after })).messageId, "cur:GBP");
    await c.sim.waitForBotMessage(priyanka.id, /All set/, { afterMessageId: after });
  }, 60_000);
  afterAll(() => c?.stop());

  it("imports the Monzo, Starling and Barclays files into three accounts", async () => {
    await importStatement(c.sim, priyanka, "MonzoDataExport_01Oct2025-27Nov2026.csv", monzoCsv(events));
    await importStatement(c.sim, priyanka, "StarlingStatement_2025-10-01_2026-11-27.csv", starlingCsv(events));
    await importStatement(c.sim, priyanka, "barclays-joint-43218765.csv", barclaysCsv(events));
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(3);
    const counts = accounts.map((a) => a._count.transactions).sort((a, b) => a - b);
    const mine = (["mz", "st", "bc"] as const).map((k) => events.filter((e) => e.acct === k).length).sort((a, b) => a - b);
    expect(counts).toEqual(mine);
    expect(accounts.every((a) => a.currency === "GBP")).toBe(true);
    expect(BARCLAYS_ACCOUNT).toContain("43218765");
  }, 90_000);

  it("client income this year: LinguaVox every month, TransPerfect, Welocalize and two direct clients in 2026", async () => {
    const expected = total(between(tagged("client"), ...Y2026));
    expectIn(await ask("how much did i earn from clients this yr"), expected);
  });

  // "Last quarter" on 30 Nov is July to September 2026.
  it("client income last quarter: July to September, without Starling's interest or the household money", async () => {
    const expected = total(between(tagged("client"), ...Q3));
    expectIn(await ask("how much came in from clients last quarter?"), expected);
  });

  it("one agency this year: LinguaVox's eleven monthly payments in 2026", async () => {
    const expected = total(between(named("LinguaVox"), ...Y2026));
    expectIn(await ask("how much has linguavox paid me this year"), expected);
  });

  it("an irregular agency since January: TransPerfect's four 2026 remittances", async () => {
    const expected = total(between(named("TransPerfect"), "2026-01-01", "2026-11-30"));
    expect(expected).toBe(132_040 + 54_000 + 201_575 + 76_000);
    expectIn(await ask("how much did transperfect pay me since january"), expected);
  });

  it("Welocalize in Q3: July and September", async () => {
    const expected = total(between(named("Welocalize"), ...Q3));
    expect(expected).toBe(93_060 + 126_000);
    expectIn(await ask("welocalize income in q3"), expected);
  });

  // Everything paid to HMRC: the Self Assessment payments and the voluntary Class 2 National Insurance.
  it("paid to HMRC this year: January balancing payment and payment on account, NI, July payment on account", async () => {
    const expected = -total(between(tagged("hmrc-sa", "hmrc-nic"), ...Y2026));
    expect(expected).toBe(184_260 + 315_000 + 18_200 + 315_000);
    expectIn(await ask("how much did i pay hmrc this year"), expected);
  });

  it("self assessment in July: the second payment on account", async () => {
    expectIn(await ask("how much self assesment tax did i pay in july"), 315_000);
  });

  it("national insurance this year: the voluntary Class 2 payment to HMRC NICO", async () => {
    expectIn(await ask("how much national insurance did I pay this year?"), 18_200);
  });

  it("groceries last month: Aldi and M&S on Monzo, Tesco and Sainsbury's on the joint account", async () => {
    const expected = -total(between(tagged("groceries"), ...OCT));
    expectIn(await ask("what did i spend on grocerys last month"), expected);
  });

  it("groceries in October vs September: both months' totals", async () => {
    const oct = -total(between(tagged("groceries"), ...OCT));
    const sep = -total(between(tagged("groceries"), ...SEP));
    const reply = await ask("groceries in october vs september");
    expect(reply, reply).toContain(pounds(oct));
    expect(reply, reply).toContain(pounds(sep));
  });

  // Work software only: Google Workspace, DeepL, Adobe, Zoom and the Trados renewal; Netflix and Spotify are not work.
  it("software subscriptions this year: the work tools paid from Starling", async () => {
    const expected = -total(between(tagged("software"), ...Y2026));
    expectIn(await ask("how much did i spend on software subscriptions for work this year"), expected);
  });

  it("what Adobe costs a month: Acrobat Pro at £19.97", async () => {
    expectIn(await ask("what does adobe cost me a month"), 1_997);
  });

  it("biggest expenses in October: the rent first, not the moves between her own accounts", async () => {
    const reply = await ask("biggest expenses in october");
    expect(reply, reply).toContain(pounds(165_000));
    expect(reply, reply).not.toContain(pounds(220_000));
    expect(reply, reply).not.toContain(pounds(115_000));
  });

  // Transfers between her accounts and Monzo pots are out. The Amex settlement pays a card whose file she did not
  // send: counting it as spending (money left her accounts) or leaving it out as a card payoff are both fair readings.
  // Reviewed (freelancer-fix): Kontor never counts cash taken out of a machine as spending (the money is spent later,
  // on things no statement shows) and says so under the sum ("Cash withdrawals of £40.00 are not counted"). That is a
  // fair reading too, so the two sums without the cash are accepted when the reply says the cash was left out.
  it("total spending last month excluding transfers: pots and Starling→Monzo/Barclays moves left out", async () => {
    const oct = spending(between(events, ...OCT));
    const withAmex = -total(oct);
    const withoutAmex = -total(oct.filter((e) => e.tag !== "amex"));
    const cash = -total(oct.filter((e) => e.tag === "cash"));
    const reply = await ask("how much did i spend in total last month excluding transfers between my accounts");
    const cashLeftOut = reply.includes(`Cash withdrawals of ${pounds(cash)} are not counted`);
    const fair = cashLeftOut ? [withAmex, withoutAmex, withAmex - cash, withoutAmex - cash] : [withAmex, withoutAmex];
    expectOneOf(reply, fair, "with or without the Amex bill, without the cash if the reply says so");
    expect(reply, reply).toMatch(/not counting Transfers/);
  });

  it("the Lisbon trip: flights, Airbnb and the euro card payments, all tagged #lisbon2026", async () => {
    const expected = -total(events.filter((e) => e.notes === "#lisbon2026"));
    expectIn(await ask("how much did the lisbon trip cost"), expected);
  });

  it("broadband: Virgin Media, £49.50 a month since the April price rise", async () => {
    expectIn(await ask("what do i pay for broadband"), 4_950);
  });

  it("cash this year: Notemachine withdrawals plus the euro ATM in Lisbon", async () => {
    const expected = -total(between(tagged("cash"), ...Y2026));
    expectIn(await ask("how much cash did i take out this year"), expected);
  });

  it("takeaways last month: Deliveroo and Uber Eats net of Uber Eats' refund", async () => {
    const expected = -total(between(tagged("takeaway"), ...OCT));
    expectIn(await ask("how much did i spend on takeaways last month"), expected);
  });

  it("public transport since January: Metrolink, trains, TfL and the Lisbon metro (not Uber)", async () => {
    const expected = -total(between(tagged("transit"), "2026-01-01", "2026-11-30"));
    expectIn(await ask("how much have i spent on public transport since january"), expected);
  });

  it("Starling's interest this year", async () => {
    const expected = total(between(tagged("interest"), ...Y2026));
    expectIn(await ask("how much interest did starling pay me this year"), expected);
  });

  it("rent this year: eleven standing orders to Hallam Estates", async () => {
    expectIn(await ask("how much rent have we paid this year"), 11 * 165_000);
  });

  it("council tax this year: January, then April to November at the new rate", async () => {
    const expected = -total(between(tagged("council"), ...Y2026));
    expect(expected).toBe(17_140 + 8 * 18_090);
    expectIn(await ask("council tax this year?"), expected);
  });

  // Q1 of this year, January to March 2026; Octopus supplies both gas and electricity.
  it("gas and electric in Q1: three Octopus direct debits", async () => {
    expectIn(await ask("how much were gas and electric in Q1"), 3 * 11_800);
  });

  it("Amex settlements this year from the joint account", async () => {
    const expected = -total(between(tagged("amex"), ...Y2026));
    expectIn(await ask("how much went to amex this year"), expected);
  });

  it("Amazon this year: the returned headphones cancel out, the cable stays", async () => {
    expectIn(await ask("what did amazon cost me this year"), 1_299);
  });
});
