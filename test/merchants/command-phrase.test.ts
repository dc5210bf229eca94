import { describe, expect, it } from "vitest";
import { parseMutePhrase, parseRenamePhrase } from "../../src/merchants/command-phrase.ts";

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

describe("parseMutePhrase", () => {
  it.each([
    ["mute Stadtwerke", "Stadtwerke"],
    ["Mute notifications for “Stadtwerke”!", "Stadtwerke"],
    ["stummschalten Stadtwerke", "Stadtwerke"],
    ["Stadtwerke stummschalten", "Stadtwerke"],
    ["schalte Stadtwerke stumm", "Stadtwerke"],
  ])("reads %j", (text, expected) => {
    expect(parseMutePhrase(text)).toBe(expected);
  });

  it.each(["how much at Stadtwerke?", "Stadtwerke in total", "/mute", "mute"])("leaves %j alone", (text) => {
    expect(parseMutePhrase(text)).toBeNull();
  });
});
