import { describe, expect, it } from "vitest";
import { QuerySpec } from "../../src/analytics/query-spec.ts";
import { checkSpec } from "../../src/llm/check-spec.ts";
import { querySpecJsonSchema } from "../../src/llm/json-schema.ts";

const ctx = { locale: "en" as const, today: "2026-11-22", categories: ["groceries", "restaurants"], merchants: ["REWE", "Lidl"], accounts: [] };

describe("the extended QuerySpec on the model's path", () => {
  it("offers lists, sides, monthly averages and day filters in the JSON schema", () => {
    const json = JSON.stringify(querySpecJsonSchema());
    for (const word of ["transaction", "versus", "averageOver", "weekend", "transfersTo", "offset"]) expect(json).toContain(word);
  });

  it("checks the sides of A vs B like any filter: known names pass in the user's spelling, unknown ones reject", () => {
    const ok = checkSpec(QuerySpec.parse({ measure: "spending", versus: [{ label: "a", merchants: ["rewe"] }, { label: "b", categories: ["restaurants"] }] }), ctx);
    expect(ok.ok && ok.spec.versus?.[0]?.merchants).toEqual(["REWE"]);
    const bad = checkSpec(QuerySpec.parse({ measure: "spending", versus: [{ label: "a", merchants: ["Aldi"] }, { label: "b", merchants: ["Lidl"] }] }), ctx);
    expect(bad).toEqual({ ok: false, reason: "unknown_merchant" });
  });
});
