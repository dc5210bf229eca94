// A German sports club goes by the initials it is registered under (TSV, TuS, VfB, SpVgg …), its town and its e.V.: a
// member's dues paid to it are a sports club's (entertainment), as "Sportverein" written out already was.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a sports club by its registered initials and e.V. is entertainment", () => {
  itCategorizes([
    ["Dauerauftrag / Terminueberweisung", "TSV Maichingen e.V.", "Mitgliedsbeitrag 2026 Mitgl.-Nr. 4417 Abt. Schwimmen", "-90.78", "entertainment"],
    ["Transfer", null, "To TSV Maichingen e.V.", "-63.17", "entertainment"],
    ["Lastschrift", "TuS 1896 Grevenbroich e.V.", "Beitrag Q3 Abteilung Handball", "-45.00", "entertainment"],
    ["SEPA Lastschrift", "SpVgg Unterhaching e.V.", "Jahresbeitrag Jugend", "-120.00", "entertainment"],
  ]);
  describe("but initials with no club's e.V., or an association of another kind, keep theirs", () => {
    itCategorizes([
      ["Lastschrift", "TSV Versicherungsmakler GmbH", "Beitrag Hausrat 2026", "-12.40", "insurance"],
      ["Ueberweisung", "Lohnsteuerhilfe Bayern e.V.", "Mitgliedsbeitrag 2026", "-99.00", "other"],
      ["Lastschrift", "SV Sachverstaendigenbuero Mueller", "Gutachten 2026", "-240.00", "other"],
    ]);
  });
});
