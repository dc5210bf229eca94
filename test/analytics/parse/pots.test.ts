// Monzo pots and Starling spaces are the person's savings inside the current
// account: "what went into my pots" is money moved to savings, as "how much did
// I move to savings" is, not the spending of the period.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { P, context } from "./corpus-types.ts";

function spec(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("pots and spaces", () => {
  it.each<[string, "en" | "de"]>([
    ["how much have i put in my pots this year", "en"],
    ["what went into pots this year", "en"],
    ["how much did i move to my savings pot this year", "en"],
    ["how much went into my spaces this year", "en"],
    ["wie viel hab ich dieses jahr in meine spartöpfe gelegt", "de"],
    ["wie viel ging dieses Jahr in die Spartöpfe", "de"],
    ["wie viel hab ich dieses Jahr in den Spartopf geschoben", "de"],
  ])("reads %j as money moved to savings", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ measure: "spending", filters: { transfersTo: "savings", period: P.thisYear } });
  });
});
