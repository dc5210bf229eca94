// Three short forms the food lovers' pool showed beside its shops: a shop's compensation for a damaged delivery, a US
// insurer's companies and cover by their short words, and a Dutch fibre line. Each has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a shop's compensation for damaged goods is a refund", () => {
  itCategorizes([
    ["Betaalautomaat", "Wijnhuis De Kelder 1234", "Pasvolgnr: 001 07-05-2025 09:00 Transactie: 000001 Term: AB111C Vergoeding beschadigde wijnzending", "24.50", "refunds"],
    [null, "Kookhuis B.V.", "Compensatie voor kapotte pan order 5512", "18.00", "refunds"],
  ]);
  describe("but an allowance for a move stays pay", () => {
    itCategorizes([[null, "Werkgever B.V.", "Verhuiskostenvergoeding 2026", "1500.00", "salary"]]);
  });
});

describe("a US insurer's companies and cover by their short words are insurance", () => {
  itCategorizes([
    [null, null, "MOUNTAIN MUTUAL INS COS MOUNTAIN INS HOMEOWNERS MAY", "-88.00", "insurance"],
    [null, null, "LAKESHORE HOMEOWNERS INS PREMIUM ID:12345", "-74.00", "insurance"],
  ]);
  describe("but a homeowners association's dues stay the home's", () => {
    itCategorizes([[null, null, "MAPLE GROVE HOMEOWNERS ASSOC HOA DUES", "-120.00", "rent"]]);
  });
});

describe("a fibre line is a utility", () => {
  itCategorizes([
    [null, "Glasnet Noord", "Glasvezelaansluiting MEI 2026 klant 1234", "-45.00", "utilities"],
    [null, "Glasnet Noord", "Abonnement glasvezel 05-2026", "-45.00", "utilities"],
  ]);
});
