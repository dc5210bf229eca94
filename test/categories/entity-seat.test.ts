// A German housing company's register name: the non-profit adjective goes with the entity word it describes, and the
// seat named after it ("zu Hildesheim") stays, so "gbg Gemeinnuetzige Baugesellschaft zu Hildesheim AG" is not the
// half-name "gbg Gemeinnuetzige". A name without a seat or an adjective is cut as before.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a register name's adjective and seat around its entity word", () => {
  itLabels([
    ["GBG Gemeinnuetzige Baugesellschaft zu Hildesheim AG", "Miete Mai 2025", "GBG Hildesheim"],
    ["WBG Gemeinnützige Wohnungsbaugesellschaft in Speyer mbH", "Miete", "WBG Speyer"],
  ]);
  itLabels([
    ["Hamburger Wasserwerke GmbH", null, "Hamburger Wasserwerke"],
    ["Deutsche Ärzteversicherung AG", null, "Deutsche Ärzteversicherung"],
  ]);
});
