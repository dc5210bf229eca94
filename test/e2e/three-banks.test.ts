// A new person sends three real-shaped exports from three banks covering the
// same eighteen months (DKB, ING, comdirect with a Visa section and pending
// rows) and asks what people ask. Every expected figure comes from the logical
// events the files were written from, never from Kontor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildEvents, closing, comdirectCsv, dkbCsv, IBAN, ingCsv, type Event } from "./three-banks/statements.ts";

const mara = { id: 7101, first_name: "Mara", language_code: "en" };
const NOW = new Date("2026-11-29T10:00:00Z");
const events = buildEvents();

/** "€1,234.56" / "-€4.80" as Kontor writes euro amounts in English, from integer cents. */
function eur(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}€${int}.${String(abs % 100).padStart(2, "0")}`;
}
const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const booked = events.filter((e) => !e.pending);
const inMonth = (ym: string) => booked.filter((e) => e.date.startsWith(ym));
const spending = (rows: Event[]) => -total(rows.filter((e) => e.cents < 0 && !e.transfer));

describe("three banks, eighteen months, exact answers", () => {
  let c: ChatApp;
  const importFile = (fileName: string, content: Buffer) => importStatement(c.sim, mara, fileName, content);
  const ask = (question: string) => askKontor(c.sim, mara, question, /€|\?|didn't|not /);
  const last = () => c.sim.lastBotMessage(mara.id)?.messageId ?? 0;
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

  beforeAll(async () => {
    c = await startChatApp([mara], { now: () => NOW });
  }, 60_000);
  afterAll(() => c?.stop());

  it("imports all three files into four accounts, identified by IBAN and named by bank", async () => {
    await importFile("DKB_Umsatzliste.csv", dkbCsv(events));
    await importFile(`Umsatzanzeige_${IBAN.ing}_20261128.csv`, ingCsv(events));
    const preview = await importFile("umsaetze_0123456701_20261128.csv", comdirectCsv(events));
    expect(preview).toMatch(/pending|vorgemerkt|offen/i);

    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(4);
    const byIban = new Map(accounts.map((a) => [a.iban, a]));
    for (const [acct, iban] of [["dkb", IBAN.dkb], ["ing", IBAN.ing]] as const) {
      expect(byIban.get(iban)?._count.transactions, acct).toBe(events.filter((e) => e.acct === acct).length);
    }
    // A comdirect export names no IBAN (bank-formats.md §1.1): its two sections are two accounts by product.
    const count = (re: RegExp) => accounts.find((a) => re.test(a.name))?._count.transactions;
    expect(count(/comdirect.*Giro/i)).toBe(events.filter((e) => e.acct === "comdirect").length);
    expect(count(/comdirect.*Visa/i)).toBe(events.filter((e) => e.acct === "visa").length);
    const names = accounts.map((a) => a.name);
    for (const name of names) expect(name).not.toMatch(/EUR account|\(Girokonto\)|DE\d{20}/);
    expect(names.some((n) => /DKB/.test(n))).toBe(true);
    expect(names.some((n) => /ING/.test(n))).toBe(true);
    expect(names.filter((n) => /comdirect/i.test(n))).toHaveLength(2);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(2);
  });

  it("shows each account's stated balance", async () => {
    const after = last();
    c.sim.sendText(mara, "/accounts");
    const reply = await c.sim.waitForBotMessage(mara.id, /€/, { afterMessageId: after });
    expect(textOf(reply)).toContain(eur(closing(events, "dkb")));
    expect(textOf(reply)).toContain(eur(closing(events, "ing")));
    expect(textOf(reply)).not.toContain(IBAN.dkb);
  });

  it("counts every Amazon row as Amazon, whatever the card text says", async () => {
    const expected = -total(booked.filter((e) => e.merchant === "Amazon" && e.date >= "2026-01-01"));
    expect(await ask("How much did I spend at Amazon since January?")).toContain(eur(expected));
  });

  it("puts rent paid by transfer into spending and leaves own transfers and the card bill out", async () => {
    const reply = await ask("total spending in September");
    expect(reply).toContain(eur(spending(inMonth("2026-09"))));
  });

  it("counts only salary as income, not money arriving from the person's own accounts", async () => {
    const income = total(inMonth("2026-09").filter((e) => e.cents > 0 && !e.transfer));
    expect(income).toBe(340_000);
    expect(await ask("income in September")).toContain(eur(income));
  });

  it("sums groceries across a debit card, a credit card and two banks", async () => {
    const expected = -total(inMonth("2026-10").filter((e) => e.category === "groceries"));
    expect(await ask("How much did I spend on groceries last month?")).toContain(eur(expected));
  });

  it("knows restaurants by name", async () => {
    const expected = -total(inMonth("2026-09").filter((e) => e.category === "restaurants"));
    expect(await ask("restaurants in September")).toContain(eur(expected));
  });

  it("answers rent, a subscription over all time and savings moves", async () => {
    expect(await ask("rent in September")).toContain(eur(95_000));
    const netflix = -total(booked.filter((e) => e.merchant === "Netflix"));
    expect(await ask("netflix in total")).toContain(eur(netflix));
    const saved = total(booked.filter((e) => e.acct === "ing" && e.date >= "2026-01-01"));
    expect(await ask("how much did I move to savings this year")).toContain(eur(saved));
  });

  it("names an account's balance", async () => {
    expect(await ask("what is my ING balance")).toContain(eur(closing(events, "ing")));
    expect(await ask("what is my DKB balance")).toContain(eur(closing(events, "dkb")));
  });
});
