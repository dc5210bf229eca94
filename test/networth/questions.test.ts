import { describe, expect, it } from "vitest";
import { parsePortfolioQuestion } from "../../src/networth/questions.ts";

const today = "2024-03-10";
const year = { from: "2024-01-01", to: today };
const ask = (q: string) => parsePortfolioQuestion(q, today);

describe("portfolio questions in English and German", () => {
  it.each([
    ["what is my net worth", { kind: "net_worth" }],
    ["What's my NET WORTH?", { kind: "net_worth" }],
    ["whats my networht", { kind: "net_worth" }],
    ["net wroth", { kind: "net_worth" }],
    ["wie hoch ist mein Vermögen", { kind: "net_worth" }],
    ["mein vermoegen", { kind: "net_worth" }],
    ["wie viel bin ich wert", { kind: "net_worth" }],
    ["net worth over the last year", { kind: "net_worth_series", months: 12 }],
    ["Vermögen im letzten Jahr", { kind: "net_worth_series", months: 12 }],
    ["Entwicklung meines Vermögens", { kind: "net_worth_series", months: 12 }],
    ["how much is my crypto worth", { kind: "crypto" }],
    ["wie viel sind meine Kryptos wert", { kind: "crypto" }],
    ["krypto", { kind: "crypto" }],
    ["portfolio by asset class", { kind: "breakdown", by: "asset_class" }],
    ["portfolio by account", { kind: "breakdown", by: "account" }],
    ["protfolio", { kind: "breakdown", by: "asset_class" }],
    ["Depot nach Konto", { kind: "breakdown", by: "account" }],
    ["asset allocation", { kind: "breakdown", by: "asset_class" }],
    ["how did my portfolio do this year", { kind: "performance", period: year }],
    ["wie hat sich mein Depot dieses Jahr entwickelt", { kind: "performance", period: year }],
    ["portfolio performance in february", { kind: "performance", period: { from: "2024-02-01", to: "2024-02-29" } }],
    ["dividends this year", { kind: "dividends", period: year }],
    ["Dividenden 2023", { kind: "dividends", period: { from: "2023-01-01", to: "2023-12-31" } }],
    ["dividnds", { kind: "dividends", period: year }],
    ["fees paid to brokers", { kind: "fees", period: year }],
    ["Gebühren an Broker letzten Monat", { kind: "fees", period: { from: "2024-02-01", to: "2024-02-29" } }],
    ["wie viel ordergebühren habe ich bezahlt", { kind: "fees", period: year }],
  ])("%s", (q, spec) => {
    expect(ask(q)).toEqual(spec);
  });

  it.each([
    "how much did I spend on groceries",
    "bank fees this year",
    "Kontogebühren 2023",
    "how much did I spend on crypto",
    "wie viel habe ich in Krypto investiert",
    "what did I spend on investments",
    "net spending last month",
    "balance of my checking account",
  ])("leaves %s to the transaction parser", (q) => {
    expect(ask(q)).toBeNull();
  });
});
