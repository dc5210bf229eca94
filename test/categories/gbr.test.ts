// "GbR" (Gesellschaft bürgerlichen Rechts) is the legal form of many German
// inns and practices; "GBR" is also the UK's country code at the end of a card
// descriptor. At the text's end both are dropped; before a town ("GASTHOF
// HIRSCHEN GBR FUESSEN DE"), in a text with German letters, or written in
// mixed case it is the legal form.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import type { MerchantFields } from "../../src/categories/merchant-dictionary.ts";

describe("GBR after a name", () => {
  it.each<[MerchantFields, string]>([
    [{ description: "GASTHOF HIRSCHEN GBR MUENCHEN DE" }, "Gasthof Hirschen"],
    [{ description: "PHYSIOPRAXIS LENZ GBR HAMBURG" }, "Physiopraxis Lenz"],
    [{ counterpartyName: "Gasthof Hirschen Gbr" }, "Gasthof Hirschen"],
    [{ counterpartyName: "Physiotherapie Weber G.b.R.", description: "Rechnung 0412" }, "Physiotherapie Weber"],
    [{ counterpartyName: "Gasthof Hirschen GBR", description: "Rechnung 1234 vom 03.05.2026" }, "Gasthof Hirschen"],
    [{ counterpartyName: "Praxis Dr. Maier GbR" }, "Dr. Maier"],
  ])("%j is %s", (fields, label) => {
    expect(merchantName(fields)).toBe(label);
  });

  it.each(["GASTHOF HIRSCHEN GBR FUESSEN DE", "Kartenzahlung GASTHOF HIRSCHEN GBR Füssen"])("%s loses the GBR before a town no list knows", (description) => {
    const label = merchantName({ description });
    expect(label).toMatch(/^Gasthof Hirschen\b/i);
    expect(label).not.toMatch(/\bgbr\b/i);
  });

  it.each<[string, string]>([
    ["PRET A MANGER LONDON GBR", "Pret A Manger"],
    ["ZIZZI TRADING LTD     LEEDS         GBR", "Zizzi"],
    ["SUMUP *ANCHOR CHIPPY BARMANCHESTER    GBR", "Anchor Chippy Bar"],
    ["THE COFFEE HOUSE HUDDERSFIELD GBR", "The Coffee House"],
  ])("the UK's country code still goes: %s is %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });
});
