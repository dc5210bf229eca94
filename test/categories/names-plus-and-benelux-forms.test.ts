// A name that ends in a plus keeps it (only the SEPA purpose field's own keys, "EREF+", "SVWZ+", are cut), and the
// legal forms of Belgium and Luxembourg (SRL, SPRL, VZW, ASBL, S.à r.l.) come off a name as GmbH and SARL do.
// Made-up businesses of shapes real ones share.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";

const nameOf = (counterpartyName: string | null, description: string | null) => merchantName({ counterpartyName, description });

describe("a name ending in a plus keeps its plus", () => {
  it.each([
    ["NOVA+ ENERGIE NV 0412", null, "Nova+ Energie"],
    ["FLEX+ SERVICE BV", null, "Flex+ Service"],
  ])("%s → %s", (counterparty, description, name) => {
    expect(nameOf(counterparty, description)).toBe(name);
  });

  it("the SEPA purpose field's keys are still cut", () => {
    expect(nameOf(null, "EREF+4711 MREF+M-88 CRED+DE00ZZZ00000000001 SVWZ+Abschlag Wasser 03/2026 ABWA+Wasserwerk Nordheide")).not.toMatch(/EREF|MREF|CRED|SVWZ|\+/);
  });
});

describe("Belgian and Luxembourg legal forms come off", () => {
  it.each([
    ["BRASSERIE VANDAMME SRL", "Brasserie Vandamme"],
    ["GARAGE LEMAIRE SPRL", "Garage Lemaire"],
    ["Atelier Kremer S.à r.l.", "Atelier Kremer"],
    ["Confiserie Wagner Sàrl", "Confiserie Wagner"],
    ["Dierenasiel De Pels VZW", "Dierenasiel De Pels"],
    ["Les Amis du Vélo ASBL", "Les Amis du Vélo"],
    ["Bouwbedrijf Peeters CVBA", "Bouwbedrijf Peeters"],
  ])("%s → %s", (counterparty, name) => {
    expect(nameOf(counterparty, null)).toBe(name);
  });

  it("a name that is only the form is left alone", () => {
    expect(nameOf("SRL", null)).toBe("SRL");
  });
});
