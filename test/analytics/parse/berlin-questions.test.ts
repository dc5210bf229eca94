// A Berlin professional's short English questions (test/e2e/blind-berlin.test.ts): slang for a category,
// one thing's price, a brand the rows carry, a place under its other names, rent net of a flatmate's payments.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";

const today = "2026-11-30";
const dataStart = "2025-10-01";
const merchants = ["Netflix", "Spotify", "Eventim", "Klarna", "Vattenfall", "Anna Schmidt"];

function read(q: string) {
  const r = parseQuestion(q, { today, locale: "en", merchants, accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, reading: describeReading(r.reading, "en") };
}

describe("a Berlin professional's questions", () => {
  it.each(["how much on subs last month", "subs this year"])("%j: \"subs\" is the subscriptions category", (q) => {
    expect(read(q).spec.filters.categories).toEqual(["subscriptions"]);
  });

  it.each(["subs per month", "my subs per month", "subscriptions per month", "my subs"])(
    "%j without a period asks what the regular payments come to a month (the /subscriptions list and its monthly total)",
    (q) => {
      expect(parseQuestion(q, { today, locale: "en", merchants, accounts: [], dataStart }).kind).toBe("subscriptions");
    },
  );
});

describe("\"how much was the X\" names one thing", () => {
  it("the concert ticket: the whole history, the ticket among the Leisure rows (a concert's ticket, not the Deutschlandticket)", () => {
    const { spec, reading } = read("how much was the concert ticket");
    expect(spec.filters).toMatchObject({ text: "ticket", categories: ["entertainment"], period: { from: dataStart, to: today } });
    expect(reading).toContain("ticket");
  });

  it("\"how much did the concert ticket cost\" reads the same", () => {
    expect(read("how much did the concert ticket cost").spec.filters).toMatchObject({ text: "ticket", categories: ["entertainment"], period: { from: dataStart, to: today } });
  });

  it.each([
    ["how much was the electricity bill last month", { from: "2026-10-01", to: "2026-10-31" }],
    ["how much was groceries this year", { from: "2026-01-01", to: "2026-11-30" }],
  ])("%j names no thing beyond what Kontor reads, and keeps its period", (q, period) => {
    const { spec } = read(q);
    expect(spec.filters.text).toBeUndefined();
    expect(spec.filters.period).toEqual(period);
  });
});

describe("a product the rows carry narrows its category to those rows", () => {
  it("\"deutschlandticket per month\" is the ticket's rows within public transport, not Uber and Bolt beside it", () => {
    const { spec, reading } = read("deutschlandticket per month?");
    expect(spec.filters.topics).toEqual(["deutschlandticket"]);
    expect(spec.groupBy).toBe("month");
    expect(reading).toContain("Deutschlandticket");
  });
});

describe("X minus what a person paid back", () => {
  it.each(["rent this year minus what anna paid back", "rent this year less what anna paid me back"])(
    "%j is the rent spent with Anna's money in taken off, Anna no second subject",
    (q) => {
      const { spec, reading } = read(q);
      expect(spec.measure).toBe("spending");
      expect(spec.filters).toMatchObject({ categories: ["rent"], period: { from: "2026-01-01", to: today } });
      expect(spec.filters.merchants ?? []).toEqual([]);
      expect(spec.filters.paidBackBy).toEqual([expect.stringMatching(/^Anna/)]);
      expect(reading).toContain("less what Anna");
    },
  );
});

describe("a buy-now-pay-later lender is searched in the rows, which name the shop", () => {
  it.each(["klarna total still", "klarna total", "how much did i pay klarna in total"])("%j: every row naming Klarna, the whole history", (q) => {
    const r = parseQuestion(q, { today, locale: "en", merchants: ["Sofacompany"], accounts: [], dataStart });
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    expect(r.spec.filters).toMatchObject({ text: "klarna", period: { from: dataStart, to: today } });
  });
});
