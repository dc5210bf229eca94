// The span of a question that names no period (src/analytics/parse/shape-draft.ts): named shops and money
// moved to or from a named own account cover the whole history on file and say its dates; a category, a
// topic or all spending stays this month's and says it assumed this month.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";
import { QuerySpec } from "../../../src/analytics/query-spec.ts";

const today = "2026-07-03";
const dataStart = "2025-12-01";
const history = { from: dataStart, to: today };
const thisMonth = { from: "2026-07-01", to: today };
const accounts = [
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e11", name: "BoursoBank", type: "CHECKING" },
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e12", name: "Wise EUR", type: "CHECKING" },
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e13", name: "Revolut EUR", type: "CHECKING" },
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e14", name: "Revolut GBP", type: "CHECKING" },
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e15", name: "Tagesgeld", type: "SAVINGS" },
];
const merchants = ["Fnac", "Decathlon", "Netflix", "Spotify", "Lidl", "Café Kandis"];

function read(q: string, locale: "en" | "de", start: string | null = dataStart) {
  const r = parseQuestion(q, { today, locale, merchants, accounts, dataStart: start });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, reading: describeReading(r.reading, locale), defaulted: r.reading.period.defaulted };
}

describe("a question with no period", () => {
  it.each<[string, "en" | "de", RegExp]>([
    ["how much did i spend at lidl", "en", /1 Dec 2025–3 Jul 2026/],
    ["wie viel hab ich im cafe kandis gelassen", "de", /1\. Dez\. 2025–3\. Juli 2026/],
    ["netflix", "en", /1 Dec 2025–3 Jul 2026/],
  ])("about a shop, %j covers the whole history and names its span", (q, locale, span) => {
    const { spec, reading, defaulted } = read(q, locale);
    expect(spec.filters.merchants).toHaveLength(1);
    expect(spec.filters.period).toEqual(history);
    expect(defaulted).toBe(false);
    expect(reading).toMatch(span);
  });

  it.each<[string, "en" | "de", string[]]>([
    ["fnac vs decathlon", "en", ["Fnac", "Decathlon"]],
    ["Netflix gegen Spotify", "de", ["Netflix", "Spotify"]],
  ])("shop against shop, %j, compares the whole history side by side", (q, locale, sides) => {
    const { spec, reading } = read(q, locale);
    expect(spec.versus?.map((s) => s.merchants)).toEqual(sides.map((s) => [s]));
    expect(spec.filters.period).toEqual(history);
    expect(reading).toMatch(/2025/);
  });

  it.each<[string, "en" | "de", QuerySpec["filters"]["transfersTo"]]>([
    ["how much did i send to wise", "en", "account"],
    ["wie viel hab ich an wise überwiesen", "de", "account"],
    ["how much did I move to savings", "en", "savings"],
    ["wie viel habe ich aufs Tagesgeld überwiesen", "de", "savings"],
  ])("money moved to an own account, %j, covers the whole history", (q, locale, transfersTo) => {
    const { spec, reading } = read(q, locale);
    expect(spec.filters.transfersTo).toBe(transfersTo);
    expect(spec.filters.period).toEqual(history);
    expect(reading).toMatch(/2025/);
  });

  it.each<[string, "en" | "de"]>([
    ["how much did i spend in dollars", "en"],
    ["how much euro did i convert to pounds", "en"],
  ])("money in a currency named alone, or changed between own pockets, %j, covers the whole history", (q, locale) => {
    const { spec, defaulted } = read(q, locale);
    expect(spec.filters.period).toEqual(history);
    expect(defaulted).toBe(false);
  });

  it("a currency beside a category stays this month's", () => {
    expect(read("how much did i spend on groceries in dollars", "en").spec.filters.period).toEqual(thisMonth);
  });

  it.each<[string, "en" | "de"]>([
    ["how much did i spend on groceries", "en"],
    ["wie viel hab ich für lebensmittel ausgegeben", "de"],
    ["how much did i spend", "en"],
    ["was hab ich ausgegeben", "de"],
    ["groceries vs restaurants", "en"],
    ["Lebensmittel gegen Restaurants", "de"],
    ["how much did i save", "en"],
  ])("about a category or all spending, %j stays this month and says it assumed so", (q, locale) => {
    const { spec, reading, defaulted } = read(q, locale);
    expect(spec.filters.period).toEqual(thisMonth);
    expect(defaulted).toBe(true);
    expect(reading).toMatch(/this month, as no period was given|dieser Monat, da kein Zeitraum genannt wurde/);
  });

  it("keeps a period the question names", () => {
    expect(read("how much did i spend at lidl last month", "en").spec.filters.period).toEqual({ from: "2026-06-01", to: "2026-06-30" });
    expect(read("wie viel hab ich diesen monat an wise überwiesen", "de").spec.filters.period).toEqual(thisMonth);
  });

  it("keeps a shop's series per month and its comparison with the month before on their own spans", () => {
    expect(read("lidl per month", "en").spec.filters.period).toEqual({ from: "2025-08-01", to: today });
    expect(read("lidl compared to last month", "en").spec.filters.period).toEqual(thisMonth);
  });

  it("reads all time when the first day on file is unknown", () => {
    const { spec, reading } = read("how much did i spend at lidl", "en", null);
    expect(spec.filters.period).toBeUndefined();
    expect(reading).toMatch(/all time/);
  });

  it("gives each button of “which Revolut?” the whole history, as if the account were typed", () => {
    const r = parseQuestion("how much did i send to revolut", { today, locale: "en", merchants, accounts, dataStart });
    if (r.kind !== "clarify") throw new Error(r.kind);
    for (const o of r.options) expect(o.spec.filters.period).toEqual(history);
  });

  it("names the range “last 3 months” covered: this month so far and the two before", () => {
    const { spec, reading } = read("groceries last 3 months", "en");
    expect(spec.filters.period).toEqual({ from: "2026-05-01", to: today });
    expect(reading).toMatch(/1 May – 3 Jul 2026/);
  });
});
