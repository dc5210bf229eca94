// A Berlin professional's short English questions (test/e2e/blind-berlin.test.ts): slang for a category,
// one thing's price, a brand the rows carry, a place under its other names, rent net of a flatmate's payments.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";

const today = "2026-11-30";
const dataStart = "2025-10-01";
const merchants = ["Netflix", "Spotify", "Eventim", "Klarna", "Vattenfall", "Anna Schmidt"];

function read(q: string) {
  const r = parseQuestion(q, { today, locale: "en", merchants, accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, reading: describeReading(r.reading, "en") };
}

describe("a Berlin professional's questions", () => {
  it.each(["how much on subs last month", "subs this year"])("%j: \"subs\" is the subscriptions category", (q) => {
    expect(read(q).spec.filters.categories).toEqual(["subscriptions"]);
  });

  it.each(["subs per month", "my subs per month", "subscriptions per month", "my subs"])(
    "%j without a period asks what the regular payments come to a month (the /subscriptions list and its monthly total)",
    (q) => {
      expect(parseQuestion(q, { today, locale: "en", merchants, accounts: [], dataStart }).kind).toBe("subscriptions");
    },
  );
});
