// A couple in Denver sends twelve months of real-shaped US exports (Wells
// Fargo checking CSV, American Express CSV, Discover CSV, a Capital One 360
// savings QFX) and asks what people type. Every expected figure is computed
// here from the logical events the files were written from, never taken from
// Kontor. Where two readings of a question are honest, either figure passes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import {
  amexCsv, buildEvents, capitalOneQfx, discoverCsv, savingsBalance, sum, wellsFargoCsv, weekday, type Acct, type Event,
} from "./blind-us2/statements.ts";

const jordan = { id: 7301, first_name: "Jordan", language_code: "en" };
const NOW = new Date("2026-11-29T17:00:00Z"); // Sunday 10:00 in Denver
const events = buildEvents();
const booked = events.filter((e) => !e.pending);

/** "$1,234.56" from integer cents (absolute value: "spent $5" and "-$5" are both fine). */
function usd(cents: number): string {
  const abs = Math.abs(cents);
  return `$${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${String(abs % 100).padStart(2, "0")}`;
}
/** The amount as money in a reply: "$1,234.56", "-$1,234.56", "US$1,234.56", not as part of a larger figure. */
const money = (cents: number) => new RegExp(`(?<![\\d,.])${usd(cents).replace(/[$.]/g, (c) => `\\${c}`)}(?![\\d])`);
function expectOneOf(reply: string, candidates: number[]): void {
  const unique = [...new Set(candidates.map(Math.abs))];
  expect(unique.some((c) => money(c).test(reply)), `expected one of ${unique.map(usd).join(" / ")} in: ${reply}`).toBe(true);
}

type Pred = (e: Event) => boolean;
const merchant = (...names: string[]): Pred => (e) => names.includes(e.merchant);
const category = (...cats: string[]): Pred => (e) => cats.includes(e.category);
const inMonths = (...yms: string[]): Pred => (e) => yms.includes(e.date.slice(0, 7));
const between = (from: string, to: string): Pred => (e) => e.date >= from && e.date <= to;
const y2026 = between("2026-01-01", "2026-12-31");
const all = (...ps: Pred[]) => booked.filter((e) => ps.every((p) => p(e)));
/** What left the household for goods and services, refunds netted: no transfers, card bills or income. */
const spent = (...ps: Pred[]) => -sum(all(...ps, (e) => !e.transfer && !e.cardBill && !e.salary && !e.interest));
const ATM_FEE: Pred = (e) => !!e.fee;
const CASH: Pred = (e) => !!e.cash;
const LAST_MONTH = inMonths("2026-10");
/** "the last 3 months" on the 29th of November: Aug–Oct, Sep–29 Nov, or the 90/92 days back. */
const LAST_3_MONTHS = [between("2026-08-01", "2026-10-31"), between("2026-09-01", "2026-11-29"), between("2026-08-29", "2026-11-29"), between("2026-08-31", "2026-11-29")];
const byAcct = (a: Acct) => booked.filter((e) => e.acct === a);
/** What is owed on a card: all its rows since it was opened with the period's first charge. */
const owed = (a: Acct) => -sum(byAcct(a));

describe("a Denver couple's US bank exports, twelve months, exact answers", () => {
  let c: ChatApp;
  const ask = (question: string) => askKontor(c.sim, jordan, question, /\$|\?|n't|not |no /i);
  const last = () => c.sim.lastBotMessage(jordan.id)?.messageId ?? 0;
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

  /** Like the harness's importStatement, with the MIME type a phone gives the file. */
  async function importFile(fileName: string, mimeType: string, content: Buffer): Promise<string> {
    const after = last();
    c.sim.sendDocument(jordan, { fileName, mimeType, content });
    const preview = await c.sim.waitForBotMessage(jordan.id, /Import the new transactions\?|could not import|not sure how to read|Which currency/, { afterMessageId: after, timeoutMs: 20_000 });
    const shown = textOf(preview);
    if (!/Import the new transactions\?/.test(shown)) throw new Error(`${fileName}: no import preview, Kontor said: ${shown}`);
    c.sim.tapButton(jordan, preview.messageId, "imp:ok");
    await c.sim.waitFor(() => /Imported \d+/.test(textOf(c.sim.chat(jordan.id).find((m) => m.messageId === preview.messageId)!)), 20_000);
    return shown;
  }

  const previews: string[] = [];
  beforeAll(async () => {
    c = await startChatApp([jordan], { now: () => NOW });
    previews.push(await importFile("Checking1.csv", "text/csv", wellsFargoCsv(events)));
    previews.push(await importFile("activity.csv", "text/csv", amexCsv(events)));
    previews.push(await importFile("Discover-AllAvailable-20261128.csv", "text/csv", discoverCsv(events)));
    previews.push(await importFile("360PerformanceSavings.qfx", "application/vnd.intu.qfx", capitalOneQfx(events)));
  }, 90_000);
  afterAll(() => c?.stop());

  it("imports the four files into four accounts with every row once", async () => {
    expect(previews[0]).toMatch(/Wells Fargo/i);
    expect(previews[1]).toMatch(/American Express|Amex/i);
    // Jordan's and Sam's cards are charged to one Amex account (one bill pays both): the preview names neither card nor member.
    const amexLine = previews[1]!.split("\n").find((l) => l.startsWith("•")) ?? "";
    expect(amexLine).toMatch(/American Express/);
    expect(amexLine).not.toMatch(/•••• (1002|1010)|JORDAN|SAM|Jordan|Sam/);
    expect(previews[2]).toMatch(/Discover/i);
    expect(previews[3]).toMatch(/Capital One/i);
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(4);
    const counts = accounts.map((a) => a._count.transactions).sort((a, b) => a - b);
    const expected = (["wf", "amex", "discover", "savings"] as const).map((a) => byAcct(a).length).sort((a, b) => a - b);
    expect(counts).toEqual(expected);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("reads each card's charges as money out and its payments as money in", async () => {
    const signsOf = async (cents: number) =>
      (await c.t.db.transaction.findMany({ where: { amount: { in: [cents / 100, -cents / 100] } } })).map((t) => Math.sign(Number(t.amount))).sort();
    expect(await signsOf(311_247)).toEqual([-1]); // the couch on the Amex
    const netflix = all(merchant("Netflix")).length;
    expect(await signsOf(1_799)).toEqual(Array(netflix).fill(-1));
    const firstAmexBill = all((e) => e.acct === "amex" && !!e.cardBill)[0]!;
    expect(await signsOf(firstAmexBill.cents)).toEqual([-1, 1]); // paid from checking, received on the card
  });

  it("/accounts shows the savings balance the QFX states", async () => {
    const after = last();
    c.sim.sendText(jordan, "/accounts");
    const reply = textOf(await c.sim.waitForBotMessage(jordan.id, /\$/, { afterMessageId: after }));
    expect(reply).toMatch(money(savingsBalance(events)));
  });

  // Kontor once read this as spending ("Capital One Bank savings: $0.00"); the QFX states the balance.
  it("whats in savings", async () => {
    expect(await ask("whats in savings")).toMatch(money(savingsBalance(events)));
  });

  /** A card CSV states no balance: the honest answers are what is owed since the first row, or "not known" without a figure. */
  function expectOwedOrUnknown(reply: string, acct: Acct): void {
    if (money(owed(acct)).test(reply)) return;
    expect(reply).toMatch(/not known|unknown|don't know|no balance/i);
    expect(reply).not.toMatch(/\$\d/);
  }

  it("amex balance", async () => {
    expectOwedOrUnknown(await ask("amex balance"), "amex");
  });

  it("discover balance?", async () => {
    expectOwedOrUnknown(await ask("whats our discover balance"), "discover");
  });

  it("how much did we blow at target this year (a return lowers it)", async () => {
    expect(await ask("how much did we blow at target this year")).toMatch(money(spent(merchant("Target"), y2026)));
  });

  it("costco in total", async () => {
    expect(await ask("how much have we spent at costco in total")).toMatch(money(spent(merchant("Costco"))));
  });

  it("king soopers last month", async () => {
    expect(await ask("king soopers last month")).toMatch(money(spent(merchant("King Soopers"), LAST_MONTH)));
  });

  it("groceries in october, with or without the warehouse club and Walmart", async () => {
    const core = spent(category("groceries"), LAST_MONTH);
    const costco = spent(merchant("Costco"), LAST_MONTH);
    const walmart = spent(merchant("Walmart"), LAST_MONTH);
    expectOneOf(await ask("how much did we spend on groceries in october"), [core, core + costco, core + costco + walmart]);
  });

  it("gas this year means fuel: Chevron on the debit card plus Shell on Discover", async () => {
    expect(await ask("how much did we spend on gas this year")).toMatch(money(spent(category("gas"), y2026)));
  });

  it("average a month at king soopers", async () => {
    const allTime = spent(merchant("King Soopers"));
    const fullMonths = spent(merchant("King Soopers"), between("2025-12-01", "2026-10-31"));
    const thisYear = spent(merchant("King Soopers"), y2026);
    const thisYearFull = spent(merchant("King Soopers"), between("2026-01-01", "2026-10-31"));
    const avgs = [[allTime, 12], [fullMonths, 11], [thisYear, 11], [thisYearFull, 10]].flatMap(([t, n]) => [Math.round(t! / n!), Math.floor(t! / n!)]);
    expectOneOf(await ask("on average how much do we spend at king soopers per month"), avgs);
  });

  it("the biggest purchase this year is the couch, not rent or a card bill", async () => {
    const biggest = Math.min(...all(y2026, (e) => e.cents < 0 && !e.transfer && !e.cardBill && e.category !== "rent").map((e) => e.cents));
    expect(biggest).toBe(-311_247);
    const reply = await ask("whats the biggest purchase we made this year");
    // The largest figure listed (the total aside) must be the couch: rent may be listed below it, a card bill may not be above it.
    const listed = reply.split("\n").filter((l) => !/^Total/.test(l)).flatMap((l) => [...l.matchAll(/\$([\d,]+)\.(\d\d)/g)])
      .map((m) => Number(m[1]!.replaceAll(",", "")) * 100 + Number(m[2]));
    expect(Math.max(...listed)).toBe(-biggest);
  });

  // Kontor once answered this month's Costco total ($496.27); a "run", "trip" or "order" is one purchase, listed largest first.
  it("biggest costco run", async () => {
    const biggest = (p: Pred) => Math.min(...all(merchant("Costco"), p).map((e) => e.cents));
    expectOneOf(await ask("biggest costco run"), [biggest(() => true), biggest(y2026), biggest(inMonths("2026-11"))]);
  });

  it("target vs walmart this year", async () => {
    const reply = await ask("target vs walmart this year");
    expect(reply).toMatch(money(spent(merchant("Target"), y2026)));
    expect(reply).toMatch(money(spent(merchant("Walmart"), y2026)));
  });

  it("chevron vs shell this year", async () => {
    const reply = await ask("chevron vs shell 2026");
    expect(reply).toMatch(money(spent(merchant("Chevron"), y2026)));
    expect(reply).toMatch(money(spent(merchant("Shell"), y2026)));
  });

  it("doordash vs uber eats this year", async () => {
    const reply = await ask("doordash vs uber eats this yr");
    expect(reply).toMatch(money(spent(merchant("DoorDash"), y2026)));
    expect(reply).toMatch(money(spent(merchant("Uber Eats"), y2026)));
  });

  it("how much did we move to savings this year (net, or only what went in)", async () => {
    const toSav = all(y2026, (e) => e.acct === "savings" && !!e.transfer);
    const gross = sum(toSav.filter((e) => e.cents > 0));
    expectOneOf(await ask("how much did we move to savings this year"), [sum(toSav), gross]);
  });

  it("income last month is both paychecks, not transfers or card refunds", async () => {
    const pay = sum(all(LAST_MONTH, (e) => !!e.salary));
    const interest = sum(all(LAST_MONTH, (e) => !!e.interest));
    expectOneOf(await ask("income last month"), [pay, pay + interest]);
  });

  it("income this year", async () => {
    const pay = sum(all(y2026, (e) => !!e.salary));
    const interest = sum(all(y2026, (e) => !!e.interest));
    expectOneOf(await ask("how much did we make this year"), [pay, pay + interest]);
  });

  it("interest the savings account paid this year", async () => {
    expect(await ask("how much interest did savings earn this year")).toMatch(money(sum(all(y2026, (e) => !!e.interest))));
  });

  it("lists every Xcel Energy payment", async () => {
    const reply = await ask("show me all the xcel energy payments");
    const rows = all(merchant("Xcel Energy"));
    expect(rows).toHaveLength(12);
    for (const e of rows) expect(reply, e.date).toMatch(money(e.cents));
  });

  it("uber eats in the last 3 months", async () => {
    expectOneOf(await ask("uber eats last 3 months"), LAST_3_MONTHS.map((p) => spent(merchant("Uber Eats"), p)));
  });

  it("xcel energy last winter", async () => {
    expect(await ask("how much were the xcel bills last winter")).toMatch(money(spent(merchant("Xcel Energy"), inMonths("2025-12", "2026-01", "2026-02"))));
  });

  it("gas last summer", async () => {
    expect(await ask("gas last summer")).toMatch(money(spent(category("gas"), inMonths("2026-06", "2026-07", "2026-08"))));
  });

  it("netflix in total", async () => {
    expect(await ask("netflix in total")).toMatch(money(spent(merchant("Netflix"))));
  });

  it("spotify ever", async () => {
    expect(await ask("how much have we ever paid spotify")).toMatch(money(spent(merchant("Spotify"))));
  });

  it("starbucks on weekends", async () => {
    const weekend: Pred = (e) => weekday(e.date) === 0 || weekday(e.date) === 6;
    expect(await ask("how much did we spend at starbucks on weekends this year")).toMatch(money(spent(merchant("Starbucks"), weekend, y2026)));
  });

  it("rent this year, paid by Zelle and later through the portal", async () => {
    expect(await ask("how much rent did we pay this year")).toMatch(money(spent(category("rent"), y2026)));
  });

  it("atm fees", async () => {
    expect(await ask("how much have we paid in atm fees")).toMatch(money(spent(ATM_FEE)));
  });

  it("cash taken out this year", async () => {
    const cash = spent(CASH, y2026);
    expectOneOf(await ask("how much cash did we take out this year"), [cash, cash + spent(ATM_FEE, y2026)]);
  });

  it("total spending in september leaves card bills and savings transfers out", async () => {
    expect(await ask("total spending in september")).toMatch(money(spent(inMonths("2026-09"))));
  });

  it("amazon this year, both descriptors, a refund lowers it", async () => {
    expect(await ask("amazon this year??")).toMatch(money(spent(merchant("Amazon"), y2026)));
  });

  it("hulu in total", async () => {
    expect(await ask("hulu total")).toMatch(money(spent(merchant("Hulu"))));
  });

  // Kontor once averaged this month's one bill ($147.37); a shop named with no period now covers the whole history.
  it("average verizon bill", async () => {
    const bills = all(merchant("Verizon"));
    const t = spent(merchant("Verizon"));
    expectOneOf(await ask("whats our average verizon bill"), [Math.round(t / bills.length), Math.floor(t / bills.length)]);
  });

  it("comcast in total", async () => {
    expect(await ask("how much have we paid comcast in total")).toMatch(money(spent(merchant("Xfinity"))));
  });

  it("steam games bought through paypal", async () => {
    expect(await ask("steam total")).toMatch(money(spent(merchant("Steam"))));
  });

  it("corvus coffee (a Square descriptor) in total", async () => {
    expect(await ask("corvus coffee in total")).toMatch(money(spent(merchant("Corvus Coffee"))));
  });

  it("snooze (a Toast descriptor) this year", async () => {
    expect(await ask("how much at snooze this year")).toMatch(money(spent(merchant("Snooze"), y2026)));
  });

  it("chipotle in march across both cards", async () => {
    expect(await ask("chipotle in march")).toMatch(money(spent(merchant("Chipotle"), inMonths("2026-03"))));
  });

  it("coffee last month", async () => {
    expect(await ask("coffee last month")).toMatch(money(spent(category("coffee"), LAST_MONTH)));
  });

  it("eating out in october, with or without delivery and coffee", async () => {
    const r = spent(category("restaurants"), LAST_MONTH);
    const d = spent(category("delivery"), LAST_MONTH);
    const k = spent(category("coffee"), LAST_MONTH);
    expectOneOf(await ask("how much did we spend eating out in october"), [r, r + d, r + k, r + d + k]);
  });

  it("paid off on the amex this year", async () => {
    const paid = sum(all(y2026, (e) => e.acct === "amex" && !!e.cardBill));
    expect(await ask("how much did we pay off on the amex this year")).toMatch(money(paid));
  });
});
