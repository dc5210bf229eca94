// A merchant group named after a brand whose first word alone says something
// else: a question about "marks and spencer" or "just eat" must read back as
// "Marks & Spencer" and "Just Eat", never "Marks" or "Just".
import { describe, expect, it } from "vitest";
import { groupKey, labelKey } from "../../src/analytics/merchant-keys.ts";
import { indexMerchants } from "../../src/analytics/parse/merchants.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";

const group = (label: string) => groupKey(labelKey(label));
const ask = (q: string, merchants: string[]) => parseQuestion(q, { today: "2026-11-29", locale: "en", merchants, accounts: [] });

describe("a known brand of several words is one group under its whole name", () => {
  it("keeps the words after '&' or a short word", () => {
    expect(group("Marks & Spencer")).toBe("marks spencer");
    expect(group("M&S SIMPLY FOOD 2212 LONDON")).toBe("marks spencer");
    expect(group("Just Eat")).toBe("just eat");
    expect(group("Holland & Barrett")).toBe("holland barrett");
  });

  it("keeps other brands grouped by their first word, so their later words ask nothing ('gas' is not Washington Gas)", () => {
    expect(group("Washington Gas")).toBe("washington");
    const r = ask("gas last month", ["Washington Gas", "Shell"]);
    expect(r.kind).toBe("spec");
  });

  it("still puts a brand's longer variants under the brand", () => {
    expect(group("Amazon Prime")).toBe(group("Amazon"));
    expect(group("Tesco Express")).toBe(group("Tesco"));
    expect(group("Shell Recharge")).toBe(group("Shell"));
  });

  it("does not take a kind-of-business word that is also a brand for the brand", () => {
    expect(group("Praxis Müller")).not.toBe(group("Praxis Schmidt"));
  });

  it("names the group by the brand in full", () => {
    const names = indexMerchants(["Marks & Spencer", "Just Eat", "Tesco"]).map((e) => e.name);
    expect(names).toEqual(["Marks & Spencer", "Just Eat", "Tesco"]);
  });

  it("reads a question naming the brand as that brand", () => {
    const labels = ["Tesco", "Marks & Spencer", "Just Eat", "Deliveroo"];
    for (const [q, name] of [
      ["how much at marks and spencer this year", "Marks & Spencer"],
      ["just eat this year", "Just Eat"],
    ] as const) {
      const r = ask(q, labels);
      expect(r.kind, q).toBe("spec");
      if (r.kind === "spec") expect(r.spec.filters.merchants, q).toEqual([name]);
    }
  });
});
