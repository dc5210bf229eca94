// A brand's shorthand of three letters that is neither a word of its name nor its initials ("APL" for Apple, "AMZ" for
// Amazon) is a card descriptor's prefix ("APL*ITUNES.COM", "AMZ*Mktp"); later in a text it is some other code, such as
// the housing benefit a French fund pays ("CAF DES DEUX SEVRES APL 02/2026").
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a brand's shorthand counts only where a descriptor starts", () => {
  itLabels([
    [null, "VIR SEPA CAF DES DEUX SEVRES APL 02/2026 ALLOCATAIRE 6241173", "Caf Des Deux Sevres"],
    [null, "APL*ITUNES.COM/BILL 866-712-7753", "Apple"],
  ]);
});

describe("a benefit's initials after a French fund's name are what was paid", () => {
  itLabels([
    [null, "VIR SEPA CAF DE LA GIRONDE RSA 03/2026 ALLOCATAIRE 1234567", "Caf De La Gironde"],
    [null, "VIR SEPA CAF DU CHER AAH 02/2026", "Caf Du Cher"],
  ]);
});
