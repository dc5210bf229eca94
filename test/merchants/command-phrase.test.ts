import { describe, expect, it } from "vitest";
import { parseRenamePhrase } from "../../src/merchants/command-phrase.ts";

describe("parseRenamePhrase", () => {
  it.each([
    ["rename Nowhere Inn to Foo", { from: "Nowhere Inn", to: "Foo" }],
    ["Rename “Baeckerei Krause” to Bäckerei Krause.", { from: "Baeckerei Krause", to: "Bäckerei Krause" }],
    ["benenne Tchibo in Tchibo Kaffee um", { from: "Tchibo", to: "Tchibo Kaffee" }],
    ["benenne Tchibo um in Tchibo Kaffee", { from: "Tchibo", to: "Tchibo Kaffee" }],
    ["Tchibo umbenennen in Tchibo Kaffee", { from: "Tchibo", to: "Tchibo Kaffee" }],
  ])("reads %j", (text, expected) => {
    expect(parseRenamePhrase(text)).toEqual(expected);
  });

  it.each(["how much did I spend at Tchibo?", "Tchibo in march", "/merchants", "rename", "rename Tchibo"])("leaves %j alone", (text) => {
    expect(parseRenamePhrase(text)).toBeNull();
  });
});
