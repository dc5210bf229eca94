import { describe, expect, it } from "vitest";
import { parseSamePhrase } from "../../src/merchants/same-phrase.ts";

describe("parseSamePhrase", () => {
  it.each([
    ["REWE and Rewe Markt are the same", { a: "REWE", b: "Rewe Markt", keep: "either" }],
    ["“Amzn Mktp” & Amazon are the same merchant.", { a: "Amzn Mktp", b: "Amazon", keep: "either" }],
    ["Lidl und LIDL DIENSTL sind dasselbe", { a: "Lidl", b: "LIDL DIENSTL", keep: "either" }],
    ["Amzn Mktp is the same as Amazon", { a: "Amzn Mktp", b: "Amazon", keep: "b" }],
    ["Amzn Mktp ist dasselbe wie Amazon!", { a: "Amzn Mktp", b: "Amazon", keep: "b" }],
    ["merge Kiosk Meyer into Kiosk Meier", { a: "Kiosk Meyer", b: "Kiosk Meier", keep: "b" }],
    ["führe Kiosk Meyer mit Kiosk Meier zusammen", { a: "Kiosk Meyer", b: "Kiosk Meier", keep: "b" }],
  ])("reads %j", (text, expected) => {
    expect(parseSamePhrase(text)).toEqual(expected);
  });

  it.each([
    "how much did I spend at REWE and Lidl?",
    "groceries vs restaurants",
    "/merchants",
    "are REWE and Lidl the same?",
    "REWE and Lidl last month",
    "wie viel bei Amazon und Zalando",
  ])("leaves %j to the other features", (text) => {
    expect(parseSamePhrase(text)).toBeNull();
  });
});
