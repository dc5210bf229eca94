// A place has other names in bank text: the local spelling (København, printed "Kobenhavn"), its short form (KBH),
// the English exonym (Munich, Vienna). A search for one finds rows printing any of them.
import { describe, expect, it } from "vitest";
import { placeNames } from "../../src/categories/place-names.ts";
import { Params, textCondition } from "../../src/analytics/sql-parts.ts";

describe("a place's other names", () => {
  it.each<[string, string[]]>([
    ["copenhagen", ["københavn", "kobenhavn", "kbh"]],
    ["Kobenhavn", ["copenhagen"]],
    ["munich", ["münchen", "muenchen", "munchen"]],
    ["wien", ["vienna"]],
    ["prague", ["praha"]],
    ["lisbon", ["lisboa"]],
  ])("%j is also %j", (name, others) => {
    expect(placeNames(name)).toEqual(expect.arrayContaining(others));
  });

  it("a word that is no place has no other names", () => {
    expect(placeNames("gardasee")).toEqual(["gardasee"]);
  });

  it("a text search for the place matches each of its names", () => {
    const params = new Params();
    textCondition("copenhagen", params);
    expect(params.values).toEqual(expect.arrayContaining(["%kobenhavn%", "%kbh%"]));
  });
});
