// A shop whose name ends in its kind ("Rosen Apotheke") is keyed by its own word ("rosen"); the kind typed
// after it with a typo ("rosen apoteke") is still that shop's name, not a second shop of the kind.
import { expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";

const merchants = ["Rosen Apotheke", "Apotheke am Markt", "Rosen Apotheke Inh. M. Schulz e.K."];
const read = (q: string) => {
  const r = parseQuestion(q, { today: "2026-11-30", locale: "en", merchants, accounts: [] });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec.filters.merchants;
};

it.each(["how much did we spend at rosen apoteke this year", "rosen apotheke", "what did rosen apoteke cost us last month"])("%j is the Rosen Apotheke alone", (q) => {
  expect(read(q)).toEqual(["Rosen Apotheke"]);
});

it("the other pharmacy with a typo is that pharmacy", () => {
  expect(read("apoteke am markt this year")).toEqual(["Apotheke am Markt"]);
});
