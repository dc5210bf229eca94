import { describe, expect, it } from "vitest";
import { QuerySpec } from "../../src/analytics/query-spec.ts";
import { dropNulls, querySpecJsonSchema } from "../../src/llm/json-schema.ts";

type Node = Record<string, unknown>;

function objects(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => objects(n, out));
  else if (node && typeof node === "object") {
    const n = node as Node;
    if (n.type === "object") out.push(n);
    Object.values(n).forEach((v) => objects(v, out));
  }
  return out;
}

describe("the structured-output schema", () => {
  const schema = querySpecJsonSchema();

  it("follows OpenAI strict mode: every object closed and every property required", () => {
    const objs = objects(schema);
    expect(objs.length).toBeGreaterThanOrEqual(3); // root, filters, period
    for (const o of objs) {
      expect(o.additionalProperties).toBe(false);
      expect(o.required).toEqual(Object.keys(o.properties as Node));
    }
    expect(schema.type).toBe("object");
    expect(JSON.stringify(schema)).not.toMatch(/"(default|\$schema|minLength|maxLength)"/);
  });

  it("lists exactly QuerySpec's fields, with optional ones nullable", () => {
    const props = schema.properties as Record<string, Node>;
    expect(Object.keys(props).sort()).toEqual(Object.keys(QuerySpec.shape).sort());
    expect(props.measure).not.toHaveProperty("anyOf");
    expect(props.limit).toEqual({ anyOf: [expect.objectContaining({ type: "integer" }), { type: "null" }] });
  });

  it("turns a strict-mode reply back into a QuerySpec by dropping its nulls", () => {
    const reply = { measure: "count", filters: { period: null, merchants: ["REWE"], text: null }, groupBy: null, limit: null };
    expect(QuerySpec.parse(dropNulls(reply))).toEqual({
      measure: "count",
      filters: { merchants: ["REWE"] },
      groupBy: "none",
      compare: "none",
      sort: "value_desc",
      chart: "auto",
    });
  });

  it("keeps nulls inside arrays so the schema rejects them", () => {
    expect(QuerySpec.safeParse(dropNulls({ measure: "count", filters: { merchants: [null] } })).success).toBe(false);
  });
});
