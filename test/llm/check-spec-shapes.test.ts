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

  it("checks the accounts money moved from like the receiving ones, and refuses them without moves to an account", () => {
    const dkb = "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e01";
    const n26 = "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e02";
    const withAccounts = { ...ctx, accounts: [{ id: dkb, name: "DKB" }, { id: n26, name: "N26" }] };
    const moves = { measure: "income", filters: { transfersTo: "account", accounts: [n26], fromAccounts: [dkb] } } as const;
    expect(checkSpec(QuerySpec.parse(moves), withAccounts)).toMatchObject({ ok: true, spec: { filters: { fromAccounts: [dkb] } } });
    expect(checkSpec(QuerySpec.parse(moves), { ...withAccounts, accounts: [{ id: n26, name: "N26" }] })).toEqual({ ok: false, reason: "unknown_account" });
    // Dropped, the source would widen the answer to every account.
    expect(QuerySpec.safeParse({ measure: "spending", filters: { fromAccounts: [dkb] } }).success).toBe(false);
  });
});
