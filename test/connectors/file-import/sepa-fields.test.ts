// The SEPA purpose keys every German-format reader stops at come from one list (src/format/sepa-fields.ts).
import { describe, expect, it } from "vitest";
import { parseDetails } from "../../../connectors/file-import/mt940-details.ts";
import { leadingText } from "../../../src/categories/descriptor.ts";

describe("SEPA purpose keys", () => {
  it("ends an MT940 purpose at a purpose code (PURP+) as at any other key", () => {
    const details = parseDetails("166?00SEPA-UEBERWEISUNG?20EREF+NOTPROVIDED?21SVWZ+Miete 11/2026 Whg 3?22PURP+RINP?32Wohnbau Nord eG");
    expect(details).toMatchObject({ purpose: "Miete 11/2026 Whg 3", name: "Wohnbau Nord eG" });
  });

  it("finds a key run into the text before it at a fixed-width cut", () => {
    expect(parseDetails("166?00SEPA-LASTSCHRIFT?20EREF+4711MREF+M-0815?21SVWZ+Beitrag 12/2026?32Turnverein 1861").purpose).toBe("Beitrag 12/2026");
  });

  it("keeps a plus that ends a name in a card text", () => {
    expect(leadingText("CANAL+ FRANCE")).toContain("CANAL+");
  });
});
