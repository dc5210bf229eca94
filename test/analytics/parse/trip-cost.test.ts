// "what did the orlando trip cost us": a place with a trip, holiday or Urlaub is read as the trip's days
// (trip-days.ts), not only as the rows that happen to print the place's name.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";

function filters(q: string, locale: "en" | "de" = "en", merchants: string[] = []) {
  const r = parseQuestion(q, { today: "2026-11-30", locale, merchants, accounts: [] });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec.filters;
}

describe("the cost of a trip to a place", () => {
  it.each<[string, "en" | "de", string]>([
    ["what did the orlando trip cost us", "en", "orlando"],
    ["how much did our vacation in orlando cost", "en", "orlando"],
    ["was hat der Urlaub in Rimini gekostet", "de", "Rimini"],
  ])("%j is the trip's days around the rows naming the place", (q, locale, text) => {
    expect(filters(q, locale)).toMatchObject({ text, trip: true });
  });

  it.each(["what did copenhagen cost", "how much did munich cost", "what did lisbon cost us"])("%j: a city asked without the word trip is the trip there", (q) => {
    expect(filters(q)).toMatchObject({ trip: true });
  });

  it("a thing that is no trip stays a search of its name", () => {
    expect(filters("what did the kur cost").trip).toBeUndefined();
  });
});
