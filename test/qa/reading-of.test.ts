// A reading built for a spec the parser did not write (an LLM's, a button's) says what the spec does, in the same
// words as the parser's own reading.
import { describe, expect, it } from "vitest";
import { readingOf } from "../../src/qa/reading.ts";
import { describeReading } from "../../src/analytics/parse/index.ts";
import type { QuerySpec } from "../../src/analytics/query-spec.ts";

describe("readingOf", () => {
  it("says whose paying back is taken off, as the parser's reading does", () => {
    const spec = { measure: "spending", filters: { topics: ["trip"], paidBackBy: ["Anna Schulz"] } } as unknown as QuerySpec;
    const reading = readingOf(spec, { from: "2026-06-01", to: "2026-06-30" }, []);
    expect(reading.paidBackBy).toEqual(["Anna Schulz"]);
    expect(describeReading(reading, "en")).toContain("less what Anna Schulz paid back");
  });
});
