// Questions about a person's history rather than one period: the last payment,
// one month in every year, now against some years ago, a change in price, and a
// "since …" that names no date. English and German.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";
import { monthEachYearSpan } from "../../../src/analytics/parse/history-shapes.ts";
import { context } from "./corpus-types.ts";

const withData = (locale: "en" | "de"): ParseContext => ({ ...context(locale), merchants: [...context(locale).merchants, "FitX", "Hausverwaltung Lindner"], dataStart: "2023-10-02" });
const spec = (q: string, locale: "en" | "de" = "en") => {
  const r = parseQuestion(q, withData(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
};

describe("when something was last paid", () => {
  it.each([
    ["when did i last pay the gym", "en"],
    ["when was my last payment to fitx", "en"],
    ["last time i paid netflix", "en"],
    ["wann habe ich zuletzt bei FitX bezahlt", "de"],
    ["wann war die letzte Zahlung an Netflix", "de"],
  ] as const)("reads %j as the newest matching transaction over all the data, not this month's sum", (q, locale) => {
    const { spec: s, reading } = spec(q, locale);
    expect(s).toMatchObject({ groupBy: "transaction", sort: "key_desc", limit: 1 });
    expect(s.filters.period).toEqual({ from: "2023-10-02", to: "2026-11-22" });
    expect(s.filters.topics?.length || s.filters.merchants?.length).toBeTruthy();
    expect(describeReading(reading, locale)).toMatch(/most recent one|letzte Buchung/);
  });
});

describe("one month in every year", () => {
  it.each([
    ["spending in december each year", "en", 12],
    ["groceries every december", "en", 12],
    ["wie viel hab ich jedes Jahr im Dezember ausgegeben", "de", 12],
    ["Ausgaben jeden Juli", "de", 7],
  ] as const)("reads %j as that month only, one value per year of the data", (q, locale, month) => {
    const { spec: s, reading } = spec(q, locale);
    expect(s.filters.month).toBe(month);
    expect(s.groupBy).toBe("year");
    expect(describeReading(reading, locale)).toMatch(/of each year only|jedes Jahres/);
  });

  it("spans only whole occurrences of the month: no empty December of a year not yet there", () => {
    expect(spec("spending in december each year").spec.filters.period).toEqual({ from: "2023-12-01", to: "2025-12-31" });
    expect(monthEachYearSpan({ from: "2023-10-02", to: "2026-11-22" }, 11)).toEqual({ from: "2023-11-01", to: "2026-11-22" });
    expect(monthEachYearSpan({ from: "2023-10-02", to: "2026-11-22" }, 10)).toEqual({ from: "2023-10-02", to: "2026-10-31" });
  });

  it("keeps a named December as that December", () => {
    const { spec: s } = spec("spending december 2024");
    expect(s.filters.month).toBeUndefined();
    expect(s.filters.period).toEqual({ from: "2024-12-01", to: "2024-12-31" });
  });
});

describe("now against some years ago", () => {
  it.each([
    ["how much more rent do i pay than two years ago", "en"],
    ["rent compared to 2 years ago", "en"],
    ["wie viel mehr Miete zahle ich als vor zwei Jahren", "de"],
  ] as const)("reads %j as this month against the same whole month two years earlier", (q, locale) => {
    const { spec: s } = spec(q, locale);
    expect(s.filters.categories).toEqual(["rent"]);
    expect(s.versus?.map((v) => v.period)).toEqual([
      { from: "2024-11-01", to: "2024-11-30" },
      { from: "2026-11-01", to: "2026-11-22" },
    ]);
  });

  it("shifts a named period day for day", () => {
    const { spec: s } = spec("groceries this year than a year ago");
    expect(s.versus?.map((v) => v.period)).toEqual([
      { from: "2025-01-01", to: "2025-11-22" },
      { from: "2026-01-01", to: "2026-11-22" },
    ]);
  });
});

describe("a change in price", () => {
  it.each([
    ["did netflix get more expensive?", "en", { merchants: ["Netflix"] }],
    ["ist Netflix teurer geworden", "de", { merchants: ["Netflix"] }],
    ["how much did my salary go up", "en", { categories: ["salary"] }],
    ["wann kam die Gehaltserhöhung", "de", { categories: ["salary"] }],
    ["when did i get a raise", "en", { categories: ["salary"] }],
    ["ist meine Miete gestiegen", "de", { categories: ["rent"] }],
    ["did my rent go up", "en", { categories: ["rent"] }],
  ] as const)("reads %j as the subject's latest payments to compare, not a sum", (q, locale, filters) => {
    const r = parseQuestion(q, withData(locale));
    if (r.kind !== "price_change") throw new Error(`${q}: ${r.kind}`);
    expect(r.spec).toMatchObject({ groupBy: "transaction", sort: "key_desc", filters });
    expect(r.spec.filters.period?.from).toBe("2023-10-02");
  });

  it("keeps the ranking of the most expensive purchases a list", () => {
    expect(parseQuestion("most expensive purchases last month", withData("en")).kind).toBe("spec");
  });

  it("asks nothing of a change without a subject: total spending going up stays a sum", () => {
    expect(parseQuestion("did my spending go up", withData("en")).kind).not.toBe("price_change");
  });
});

describe("a since-clause that names no date", () => {
  it.each([
    ["how much did i spend on fuel since i bought the car", "en", "i bought the car", { topics: ["fuel_stations"] }],
    ["restaurants since the wedding", "en", "the wedding", { categories: ["restaurants"] }],
    ["wie viel hab ich seit dem Umzug für Lebensmittel ausgegeben", "de", "dem Umzug", { categories: ["groceries"] }],
  ] as const)("reads %j over all the data and says which words it could not date", (q, locale, words, filters) => {
    const { spec: s, reading } = spec(q, locale);
    expect(s.filters).toMatchObject(filters);
    expect(s.filters.period).toEqual({ from: "2023-10-02", to: "2026-11-22" });
    expect(describeReading(reading, locale)).toContain(words);
    expect(describeReading(reading, locale)).toMatch(/could not tell when|nicht erkennen konnte/);
  });

  it("keeps a named period and says the clause was left out", () => {
    const { spec: s, reading } = spec("groceries 2025 since we moved");
    expect(s.filters.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(describeReading(reading, "en")).toContain("without “since we moved”");
  });

  it.each(["spending since january", "netflix since i started", "Netflix seit Beginn", "seit wann zahle ich Netflix"])("reads %j as before, with nothing unread", (q) => {
    const { reading } = spec(q, /seit/.test(q) ? "de" : "en");
    expect(reading.unreadSince).toBeUndefined();
  });
});

describe("Nebenkosten", () => {
  it.each([
    ["nebenkosten nachzahlung 2025", "utility_settlement"],
    ["Nebenkostenabrechnung 2024", "utility_settlement"],
    ["service charge settlement 2025", "utility_settlement"],
    ["nebenkosten 2025", "service_charges"],
    ["Betriebskosten letztes Jahr", "service_charges"],
  ])("reads %j as the topic %s, which reaches the landlord's rows filed with the rent", (q, topic) => {
    const { spec: s } = spec(q, "de");
    expect(s.filters.topics).toEqual([topic]);
    expect(s.filters.categories).toBeUndefined();
  });
});
