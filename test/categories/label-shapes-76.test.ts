// Label shapes from pool 76 (households living with a chronic illness or a disability): a hospital's car park prints
// its parking word, whole or cut, after the hospital's name; the label is the hospital's. Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a hospital's car park goes by the hospital's name", () => {
  itLabels([
    [null, "KLINIKUM NORDSTADT PARKHAUS//HANNOVER/DE 2026-01-02T10:00:00", "Klinikum Nordstadt"],
    [null, "ELBEKLINIKEN PARK", "Elbekliniken"],
    ["AMSTELLAND ZIEKENHUIS PARKER 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 000001 Term: AB111C", "Amstelland Ziekenhuis"],
    [null, "ST MARY HOSPITAL PARKING", "St Mary Hospital"],
  ]);
  // Guards: a car park named after a place, and a clinic whose name holds "Park", keep their names.
  itLabels([
    [null, "PARKHAUS AM MARKT//BONN/DE 2026-01-02T10:00:00", "Parkhaus Am Markt"],
    [null, "KLINIK AM STADTPARK", "Klinik Am Stadtpark"],
  ]);
});
