// A court's or the state justice's cash office goes by its seat ("LANDESJUSTIZKASSE MAINZ", "Gerichtskasse Bamberg"):
// each seat is its own office, as a tax office is. An Amt's cash office is the Amt ("Amtskasse Süderbrarup" → "Amt
// Süderbrarup"), as a town's is the town; "Amts" alone is a genitive, no name.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a public cash office and its seat", () => {
  itLabels([
    [null, "Kartenzahlung LANDESJUSTIZKASSE MAINZ. 17334349//Leipzig 2025-01-20T16:52:28 KFN 1 VJ 2812", "Landesjustizkasse Mainz"],
    ["Gerichtskasse Bamberg", "Kostenrechnung 4417 Az. 12 C 331/25", "Gerichtskasse Bamberg"],
    ["Amtskasse Süderbrarup", "Hundesteuer 2026", "Amt Süderbrarup"],
  ]);
  // Guards: a town's and a county's cash office go by the town and the county, as before.
  itLabels([
    ["Stadtkasse Bonn", "Grundsteuer 1. Quartal", "Stadt Bonn"],
    ["KREISKASSE LUDWIGSBURG", null, "Kreis Ludwigsburg"],
  ]);
});
