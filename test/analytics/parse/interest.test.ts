import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { P, context } from "./corpus-types.ts";

const spec = (q: string, locale: "en" | "de" = "de") => {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
};

describe("interest", () => {
  it("is a topic: received with an income word, paid with a spending word", () => {
    expect(spec("wie viel zinsen hab ich dieses jahr bekommen")).toMatchObject({ measure: "income", filters: { topics: ["interest"], period: P.thisYear } });
    expect(spec("how much interest did i earn this year", "en")).toMatchObject({ measure: "income", filters: { topics: ["interest"] } });
    expect(spec("wie viel zinsen hab ich gezahlt")).toMatchObject({ measure: "spending", filters: { topics: ["interest"] } });
    expect(spec("Sollzinsen dieses Jahr")).toMatchObject({ measure: "spending", filters: { topics: ["interest"] } });
  });

  it("reads the words for interest credited as income without an income word", () => {
    expect(spec("Habenzinsen 2025")).toMatchObject({ measure: "income", filters: { topics: ["interest"] } });
    expect(spec("Zinserträge dieses Jahr")).toMatchObject({ measure: "income", filters: { topics: ["interest"] } });
  });

  it("reads 'rente' as interest in a Dutch question and as a pension in a German one", () => {
    expect(spec("hoeveel rente heb ik ontvangen", "en")).toMatchObject({ measure: "income", filters: { topics: ["interest"] } });
    const german = spec("wie viel rente hab ich bekommen");
    // The pension topic (topics-pension.ts): pensions however filed, not all other income.
    expect(german).toMatchObject({ measure: "income", filters: { topics: ["pension"] } });
    expect(german.filters.categories).toBeUndefined();
  });
});
