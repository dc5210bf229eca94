// A US person sends Chase checking, Chase card and Citi card exports covering
// the same five months. Card payments from checking and the cards' payment
// rows are transfers, an Amazon return reduces shopping, a pending Citi row is
// pending. Expected figures come from the events the files were written from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildFiles, chaseCardCsv, checkingCsv, citiCsv, type Event } from "./us-banks/statements.ts";

const sam = { id: 7301, first_name: "Sam", language_code: "en" };
const NOW = new Date("2026-11-29T15:00:00Z");
const files = buildFiles();
const events: Event[] = [...files.checking, ...files.chaseCard, ...files.citi].map((x) => x.event);
const booked = events.filter((e) => !e.pending);

function dollars(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}$${int}.${String(abs % 100).padStart(2, "0")}`;
}
const inMonth = (ym: string) => booked.filter((e) => e.date.startsWith(ym));
const sum = (es: Event[]) => es.reduce((a, e) => a + e.cents, 0);
/** Spending nets refunds against their category, as the issue asks ("refunds reduce their category"). */
const spendingIn = (es: Event[]) => -sum(es.filter((e) => !e.transfer && e.category !== "salary"));

describe("Chase checking, Chase card and Citi: exact answers in dollars", () => {
  let c: ChatApp;
  const ask = (question: string) => askKontor(c.sim, sam, question, /\$|€|\?|didn't|not /);

  beforeAll(async () => {
    c = await startChatApp([sam], { onboarded: [{ ...sam, language_code: "en-US" }], now: () => NOW });
    await importStatement(c.sim, sam, "Chase1234_Activity_20261128.CSV", checkingCsv(files));
    await importStatement(c.sim, sam, "Chase5678_Activity20261128.CSV", chaseCardCsv(files));
    await importStatement(c.sim, sam, "citi_export.csv", citiCsv(files));
  }, 90_000);
  afterAll(() => c?.stop());

  it("keeps every row in dollars, the unsettled Citi dinner as pending", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts.map((a) => a.currency)).toEqual(["USD", "USD", "USD"]);
    expect(accounts.map((a) => a._count.transactions).sort((a, b) => a - b)).toEqual([files.checking.length, files.chaseCard.length, files.citi.length].sort((a, b) => a - b));
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(events.filter((e) => e.pending).length);
  });

  it("takes dollars as the base currency from the first account, so an empty answer is in dollars too", async () => {
    expect((await c.t.db.user.findFirstOrThrow()).baseCurrency).toBe("USD");
    expect(await ask("how much did I spend on travel in October")).toContain("$0.00");
  });

  it("total spending in October leaves out both card payments on both sides", async () => {
    expect(await ask("total spending in October")).toContain(dollars(spendingIn(inMonth("2026-10"))));
  });

  it("an Amazon return reduces what was spent at Amazon", async () => {
    const amazon = -sum(inMonth("2026-09").filter((e) => e.merchant === "Amazon"));
    expect(await ask("amazon in September")).toContain(dollars(amazon));
  });

  it("the Amazon return on the Chase card (Type 'Return', Category 'Shopping') reduces spending on shopping", async () => {
    const shopping = inMonth("2026-09").filter((e) => e.category === "shopping");
    // The month holds a purchase and the return: the answer is the one less the other.
    expect(shopping.filter((e) => e.cents > 0).map((e) => e.cents)).toEqual([1_299]);
    expect(await ask("how much did I spend on shopping in September")).toContain(dollars(-sum(shopping)));
  });

  it("spending by category in September has no Refunds line: the return sits in Shopping", async () => {
    const shopping = -sum(inMonth("2026-09").filter((e) => e.category === "shopping"));
    const reply = await ask("spending by category in September");
    expect(reply).toMatch(new RegExp(`Shopping[^\n]*${dollars(shopping).replace(/[$.]/g, "\\$&")}`));
    expect(reply).not.toMatch(/Refunds/);
  });

  it("groceries across the debit card and the credit card", async () => {
    const groceries = -sum(inMonth("2026-10").filter((e) => e.category === "groceries"));
    expect(await ask("groceries last month")).toContain(dollars(groceries));
  });

  it("income is the payroll only", async () => {
    // The Amazon return is money in too, but it is a refund: it nets against spending, it is not income.
    const income = sum(inMonth("2026-09").filter((e) => e.cents > 0 && !e.transfer && e.category !== "shopping"));
    expect(income).toBe(530_000);
    expect(await ask("income in September")).toContain(dollars(income));
  });

  it("rent paid by Zelle is rent", async () => {
    const reply = await ask("rent in October");
    expect(reply).toContain(dollars(180_000));
  });
});
