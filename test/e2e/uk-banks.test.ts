// A UK person sends a Monzo export, an American Express card export and a
// Barclays export covering the same six months and asks what people ask.
// The card bill paid from Monzo, the card's "PAYMENT RECEIVED - THANK YOU"
// and the monthly move to savings are money moving between the person's own
// accounts; everything else is spending or income. Expected figures come from
// the logical events the files were written from, never from Kontor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { amexCsv, barclaysCsv, buildRows, monzoCsv, type Event } from "./uk-banks/statements.ts";

const alex = { id: 7201, first_name: "Alex", language_code: "en" };
const NOW = new Date("2026-11-29T10:00:00Z");
const rows = buildRows();
const events: Event[] = [...rows.monzo, ...rows.amex, ...rows.barclays].map((r) => r.event);

/** "£1,234.56" from integer pence. */
function pounds(pence: number): string {
  const abs = Math.abs(pence);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${pence < 0 ? "-" : ""}£${int}.${String(abs % 100).padStart(2, "0")}`;
}
const inMonth = (ym: string) => events.filter((e) => e.date.startsWith(ym));
const spending = (es: Event[]) => -es.filter((e) => e.pence < 0 && !e.transfer).reduce((a, e) => a + e.pence, 0);

describe("Monzo, Amex and Barclays: exact answers in pounds", () => {
  let c: ChatApp;
  const ask = (question: string) => askKontor(c.sim, alex, question, /£|\?|didn't|not /);

  beforeAll(async () => {
    c = await startChatApp([alex], { now: () => NOW });
    await importStatement(c.sim, alex, "MonzoDataExport_Alltime_2026-11-28.csv", monzoCsv(rows.monzo));
    await importStatement(c.sim, alex, "activity.csv", amexCsv(rows.amex));
    await importStatement(c.sim, alex, "data.csv", barclaysCsv(rows.barclays));
  }, 90_000);
  afterAll(() => c?.stop());

  it("keeps every row, in pounds, in three accounts", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts.map((a) => a.currency).sort()).toEqual(["GBP", "GBP", "GBP"]);
    expect(accounts.map((a) => a._count.transactions).sort((a, b) => a - b)).toEqual([rows.barclays.length, rows.amex.length, rows.monzo.length].sort((a, b) => a - b));
  });

  it("takes pounds as the base currency from the first account", async () => {
    expect((await c.t.db.user.findFirstOrThrow()).baseCurrency).toBe("GBP");
  });

  it("total spending in October leaves out the card bill, the card's payment received and the savings move", async () => {
    expect(await ask("total spending in October")).toContain(pounds(spending(inMonth("2026-10"))));
  });

  it("groceries across the debit account and the credit card", async () => {
    const expected = -inMonth("2026-10").filter((e) => e.category === "groceries").reduce((a, e) => a + e.pence, 0);
    expect(await ask("how much did I spend on groceries last month?")).toContain(pounds(expected));
  });

  it("income is the salary only", async () => {
    const income = inMonth("2026-09").filter((e) => e.pence > 0 && !e.transfer).reduce((a, e) => a + e.pence, 0);
    expect(income).toBe(310_000);
    expect(await ask("income in September")).toContain(pounds(income));
  });

  it("restaurants by card across Pret and Deliveroo, and one merchant at a time", async () => {
    const eatingOut = -inMonth("2026-08").filter((e) => e.category === "restaurants").reduce((a, e) => a + e.pence, 0);
    expect(await ask("restaurants in August")).toContain(pounds(eatingOut));
    const amazon = -events.filter((e) => e.merchant === "Amazon").reduce((a, e) => a + e.pence, 0);
    expect(await ask("amazon in total")).toContain(pounds(amazon));
  });

  it("savings moves answer from the transfers", async () => {
    const saved = events.filter((e) => e.acct === "barclays" && e.date >= "2026-01-01").reduce((a, e) => a + e.pence, 0);
    expect(await ask("how much did I move to savings this year")).toContain(pounds(saved));
  });
});
