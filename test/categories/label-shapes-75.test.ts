// Label shapes from pool 75 (young city professionals living car-free): a venue's advance-sale desk printed after its
// name; a friend's own share ("ma part") written after their name in a French transfer; a bare M (Monsieur) before a
// person's name. Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a venue's advance-sale desk after its name goes by the venue", () => {
  itLabels([
    [null, "SO36 KARTENVORVERKAUF//BERLIN/DE 2026-01-02T10:00:00", "So36"],
    ["LIDO KARTENVORVERKAUF", "", "Lido"],
    [null, "ZENITH VORVERKAUFSSTELLE", "Zenith"],
  ]);
  // Guards: the desk's word alone, and a ticket shop whose name starts with it, keep their words.
  itLabels([
    [null, "KARTENVORVERKAUF", "Kartenvorverkauf"],
    [null, "MET OPERA BOX OFFICE", "Met Opera"],
  ]);
});

describe("a friend's own share in French follows their name", () => {
  itLabels([
    [null, "VIR SEPA MME ANNE MARTIN MA PART DU LOYER", "Anne Martin"],
    [null, "VIR SEPA MME CLAIRE DUBOIS MA PART DES COURSES", "Claire Dubois"],
  ]);
  // Guards: a firm whose name starts with the same letters keeps its name.
  itLabels([
    [null, "VIR SEPA MA PARTENAIRE SAS", "Ma Partenaire"],
  ]);
});

describe("a bare M before a first name and a surname is Monsieur", () => {
  itLabels([
    [null, "VIR SEPA M LUC DURAND REMBOURSEMENT", "Luc Durand"],
    [null, "VIR SEPA M PIERRE LEMOINE MA PART DU TRAIN", "Pierre Lemoine"],
  ]);
  // Guards: before a trade's word the M stays with the firm's name.
  itLabels([
    [null, "VIR SEPA M DUPONT PLOMBERIE", "M Dupont Plomberie"],
  ]);
});
