// Surnames many people carry that are also a trade's word: Bakker (Dutch "baker", one of the commonest Dutch names),
// Bakkali (a common Moroccan name, Turkish "grocer"), Bloom. Paid by transfer to "J. Bakker" or "Jan Bakker", the money
// went to a person; a shop named so still shows its trade word beside the name, or is paid by card. Every name, number
// and text below is made up in the shapes banks print.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a person whose surname is a trade's word", () => {
  itFiles("other", [
    ["J. Bakker", "Voor moeder", "-85.40"],
    ["Jan Bakker", "Verjaardag oma", "-50.00"],
    ["M. Bakkali", "/TRTP/SEPA OVERBOEKING/IBAN/NL00123316634927330915/BIC/ABNANL2A/NAME/M. Bakkali/REMI/Voor moeder Nador MARCH/EREF/NOTPROVIDED", "-154.00"],
    ["S. de Slager", "Cadeau", "-25.00"],
    ["Lily Bloom", "Birthday", "-40.00"],
  ]);
  itFiles("income_other", [["J. Bakker", "Etentje zaterdag", "32.50"]]);
  // A shop named by its owner shows its trade beside the name, or is paid by card.
  itFiles("groceries", [
    ["Slagerij Bakker", "Pinbetaling", "-18.40"],
    ["Bakkerij Bloem", "", "-8.40"],
    ["BAKKER", "", "-4.40"],
  ]);
  itFiles("shopping", [["Bloom Florist", "", "-24.40"]]);
});
