// Shapes German banks (Postbank, DKB, comdirect, N26 and the rest) print
// around a shop's name, found in the second tuning round.
// Each case is one printed shape, in names of its own; the label must be the
// name a person would write down.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a venue people meet again is known by its own name, not its brewery's", () => {
  itLabels([
    // Munich's beer hall on the Nockherberg is the venue, not the brewery's beer bought elsewhere.
    ["PAULANER NOCKHERBERG BIERGARTEN//MUENCHEN/DE 2025-06-01T19:00", "Paulaner am Nockherberg"],
    ["PAULANER AM NOCKHERBERG, AUGSBURG DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung", "Paulaner am Nockherberg"],
  ]);
});

describe("a firm's trade printed after its owners' names", () => {
  itLabels([
    // A firm of two partners goes by the partners; its trade after them says what it does.
    ["HOLTKAMP & MEYERDIERKS AUTOVERMIETUNG GMBH//OLDENBURG/DE 2025-04-02T09:10", "Holtkamp & Meyerdierks"],
    ["Brinkmann und Sohlmann Spedition GmbH", "Brinkmann und Sohlmann"],
    // A removal firm printed owner first, its trade (and the logistics it adds) after, goes by the trade first, as its vans say.
    ["ROSSKAMP UMZUEGE & LOGISTIK GMBH//BREMEN/DE 2025-04-02T09:10", "Umzuege Rosskamp"],
    ["Wiechmann Umzüge GmbH", "Umzüge Wiechmann"],
  ]);
});
