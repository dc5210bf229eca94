import { describe, expect, it } from "vitest";
import type { NormalizedTransaction } from "../../../connectors/types.ts";
import { generateHistory, iterateTransactions } from "../../../connectors/demo/generate.ts";
import { decimalToCents, isValidIban } from "../../../connectors/demo/money.ts";

const NOW = new Date("2026-11-20T12:00:00Z");
const YEAR = { seed: 42, from: "2025-11-01", to: "2026-11-20", now: NOW };
const all = (h: ReturnType<typeof generateHistory>) => [...h.transactions.values()].flat();
const rowsOf = (h: ReturnType<typeof generateHistory>, id: string): NormalizedTransaction[] => h.transactions.get(id) ?? [];

describe("demo history generation", () => {
  const history = generateHistory(YEAR);

  it("gives the same output for the same seed and different output for another seed", () => {
    expect(generateHistory(YEAR)).toEqual(history);
    const other = generateHistory({ ...YEAR, seed: 43 });
    expect(all(other).map((t) => t.amount)).not.toEqual(all(history).map((t) => t.amount));
  });

  it("opens a checking, a savings and a credit-card account in EUR by default, with valid IBANs", () => {
    expect(history.accounts.map((a) => [a.externalId, a.type, a.currency])).toEqual([
      ["checking-1", "CHECKING", "EUR"],
      ["savings-1", "SAVINGS", "EUR"],
      ["card-1", "CREDIT_CARD", "EUR"],
    ]);
    for (const a of history.accounts) if (a.iban) expect(isValidIban(a.iban)).toBe(true);
    for (const t of all(history)) if (t.counterpartyIban) expect(isValidIban(t.counterpartyIban)).toBe(true);
  });

  it("writes every amount as a decimal string with at most two decimals", () => {
    for (const t of all(history)) {
      expect(t.amount).toMatch(/^-?\d+\.\d{2}$/);
      if (t.originalAmount) expect(t.originalAmount).toMatch(/^-?\d+\.\d{2}$/);
    }
  });

  it("keeps booked balances equal to opening plus every booked row, exactly in cents", () => {
    for (const a of history.accounts) {
      const b = history.balances.get(a.externalId);
      const rows = rowsOf(history, a.externalId);
      const booked = rows.filter((t) => t.status === "booked").reduce((s, t) => s + decimalToCents(t.amount), 0n);
      const pending = rows.filter((t) => t.status === "pending").reduce((s, t) => s + decimalToCents(t.amount), 0n);
      expect(decimalToCents(b?.booked ?? "x")).toBe(decimalToCents(b?.opening ?? "x") + booked);
      expect(decimalToCents(b?.available ?? "x")).toBe(decimalToCents(b?.booked ?? "x") + pending);
    }
  });

  it("books a monthly salary with the employer's IBAN and rent on the 1st", () => {
    const checking = rowsOf(history, "checking-1");
    const salaries = checking.filter((t) => t.transactionType === "SALARY");
    expect(salaries.length).toBe(12);
    for (const s of salaries) expect(decimalToCents(s.amount) > 0n && !!s.counterpartyIban).toBe(true);
    const rents = checking.filter((t) => t.description?.startsWith("Miete "));
    expect(rents.map((t) => t.bookingDate.slice(8))).toEqual(Array(13).fill("01"));
    expect(rents[2]?.description).toMatch(/^Miete Januar 2026/);
  });

  it("raises the Netflix price from 13.99 to 15.99 in April 2026", () => {
    const netflix = rowsOf(history, "checking-1").filter((t) => t.counterpartyName?.startsWith("Netflix"));
    expect(netflix.filter((t) => t.bookingDate < "2026-04-01").every((t) => t.amount === "-13.99")).toBe(true);
    expect(netflix.filter((t) => t.bookingDate >= "2026-04-01").every((t) => t.amount === "-15.99")).toBe(true);
    expect(new Set(netflix.map((t) => t.amount))).toEqual(new Set(["-13.99", "-15.99"]));
  });

  it("books card payments abroad in EUR with the original amount and a plausible rate", () => {
    const fx = rowsOf(history, "card-1").filter((t) => t.originalCurrency);
    expect(fx.length).toBeGreaterThan(5);
    for (const t of fx) {
      expect(["USD", "GBP", "CHF"]).toContain(t.originalCurrency);
      const ratio = Number(decimalToCents(t.amount)) / Number(decimalToCents(t.originalAmount ?? "0"));
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.25);
    }
  });

  it("refunds only merchants the card paid before", () => {
    const card = rowsOf(history, "card-1");
    const refunds = card.filter((t) => t.transactionType === "CARD_REFUND" && t.bookingDate >= "2025-11-25");
    expect(refunds.length).toBeGreaterThan(0);
    for (const r of refunds) {
      expect(decimalToCents(r.amount) > 0n).toBe(true);
      expect(card.some((t) => t.merchant === r.merchant && t.bookingDate < r.bookingDate && decimalToCents(t.amount) < 0n)).toBe(true);
    }
  });

  it("shows both sides of the savings transfer and of the card settlement", () => {
    const checking = rowsOf(history, "checking-1");
    const savingsIn = rowsOf(history, "savings-1").filter((t) => t.transactionType === "TRANSFER");
    expect(savingsIn.length).toBe(13); // the 2nd of each month, Nov 2025 to Nov 2026
    for (const s of savingsIn) {
      expect(checking.some((c) => c.bookingDate === s.bookingDate && decimalToCents(c.amount) === -decimalToCents(s.amount))).toBe(true);
    }
    const cardSettled = rowsOf(history, "card-1").filter((t) => t.transactionType === "CARD_SETTLEMENT");
    const paid = checking.filter((t) => t.transactionType === "CARD_SETTLEMENT");
    expect(cardSettled.map((t) => [t.bookingDate, decimalToCents(t.amount)])).toEqual(paid.map((t) => [t.bookingDate, -decimalToCents(t.amount)]));
  });

  it("settles exactly what the card booked in the previous month", () => {
    const card = rowsOf(history, "card-1");
    const octoberSpend = card
      .filter((t) => t.bookingDate.startsWith("2026-10") && t.transactionType !== "CARD_SETTLEMENT")
      .reduce((s, t) => s + decimalToCents(t.amount), 0n);
    const settlement = card.find((t) => t.transactionType === "CARD_SETTLEMENT" && t.bookingDate === "2026-11-03");
    expect(decimalToCents(settlement?.amount ?? "0")).toBe(-octoberSpend);
  });

  it("turns the last days' pending rows into booked rows with ids two days later, leaving older history alone", () => {
    const later = generateHistory({ ...YEAR, to: "2026-11-22", now: new Date("2026-11-22T12:00:00Z") });
    const before = all(history);
    const after = all(later);
    const pending = before.filter((t) => t.status === "pending");
    expect(pending.length).toBeGreaterThan(0);
    for (const p of pending) {
      expect(p.externalId).toBeNull();
      expect(p.bookingDate >= "2026-11-19").toBe(true);
      const booked = after.find((t) => t.valueDate === p.valueDate && t.amount === p.amount && t.counterpartyName === p.counterpartyName && t.status === "booked");
      expect(booked?.externalId).toMatch(/^demo-42-/);
      expect((booked?.bookingDate ?? "") > p.bookingDate).toBe(true);
    }
    const stable = (rows: NormalizedTransaction[]) => rows.filter((t) => t.status === "booked" && t.bookingDate < "2026-11-20");
    expect(stable(after)).toEqual(stable(before));
    expect(new Set(after.map((t) => t.externalId)).size).toBe(after.length);
  });

  it("adds extra checking and card accounts with their own streams", () => {
    const h = generateHistory({ ...YEAR, accounts: 5 });
    expect(h.accounts.map((a) => a.externalId)).toEqual(["checking-1", "savings-1", "card-1", "checking-2", "card-2"]);
    expect(rowsOf(h, "checking-2").map((t) => t.amount)).not.toEqual(rowsOf(h, "checking-1").map((t) => t.amount));
    expect(rowsOf(h, "card-2").some((t) => t.transactionType === "CARD_SETTLEMENT")).toBe(true);
  });

  it("streams 100,000 rows in booking-date order", () => {
    let count = 0;
    let last = "";
    let outOfOrder = 0;
    const accounts = new Set<string>();
    for (const { account, transaction } of iterateTransactions({ seed: 9, accounts: 41, from: "2015-01-01", to: "2026-11-20", now: NOW })) {
      if (transaction.bookingDate < last) outOfOrder++;
      last = transaction.bookingDate;
      accounts.add(account.externalId);
      if (++count === 100_000) break;
    }
    expect(count).toBe(100_000);
    expect(outOfOrder).toBe(0);
    expect(accounts.size).toBe(41);
  });

  it("streams the same rows generateHistory collects", () => {
    const streamed = [...iterateTransactions(YEAR)].map((r) => r.transaction);
    expect(streamed.length).toBe(all(history).length);
    expect(new Set(streamed.map((t) => JSON.stringify(t)))).toEqual(new Set(all(history).map((t) => JSON.stringify(t))));
  });
});
