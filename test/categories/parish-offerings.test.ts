// What a parish is paid for a wedding or a christening is an offering, as a Pfarrgemeinde's or a parochie's is: the
// parish word "Pfarrei" (and its compounds, "Dompfarrei") names a congregation. Guard: a pastor (Pfarrer) paid the rent
// of a garage keeps the rent's category.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

describe("a parish is given donations", () => {
  it.each([
    [null, "Kath. Pfarrei St. Peter und Paul Rheingau, FRANKFURT DE Karte Nr. 4871 78XX XXXX 9533 Kartenzahlung comdirect Visa-Debitkarte 2026-03-22 00:00:00"],
    [null, "KATH PFARREI ST PETER U P//FRANKFURT/DE 2025-12-23T12:53 Debitk.2 2027-12"],
    ["KATH PFARREI ST PETER U P", "PayPal Express-Zahlung"],
    ["Dompfarrei St. Martin", "Trauung Kollekte"],
  ])("%s / %s → donations", (counterpartyName, description) => {
    expect(categoryOf(counterpartyName, description, "-40.00")).toBe("donations");
  });
});

describe("other words keep their categories", () => {
  it.each([
    ["Pfarrer Hans Becker", "Miete Garage", "-40.00", "rent"],
  ])("%s / %s → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});
