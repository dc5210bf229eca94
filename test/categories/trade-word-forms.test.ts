// A trade word in a form the keyword lists do not write: a plural ("GARDEN CENTRES", "FUELS") or a word the card's name
// field cut a few letters before its end ("ICE CRE", "PET SUPP", "LANDSCAPI"). Made-up shops in the shapes the banks
// print (bank-formats.md §3); beside them the rows that must not move: a whole word that only begins a listed phrase
// ("SERVICE"), a German compound's first part ("UNIVERSITAETS"), a short word ("BAKE"), a person paid by transfer.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a plural or a cut trade word names the trade its listed form does", () => {
  itCategorizes([
    ["Card payment", null, "BRAMBLEFORD GARDEN CENTRES LTDMANCHESTER    GBR", "-191.28", "shopping"],
    ["Debit", null, "HOLLINS FUELS LTD ON 16 APR          BCC", "-58.58", "fuel"],
    [null, null, "CHECKCARD 0207 PEBBLECREEK HOMEMADE ICE CRE NEW YORK CA 34530479506712077859470", "-18.34", "restaurants"],
    ["Card payment", null, "SUMUP *GLENROY PET SUPPLEEDS         GBR", "-41.00", "shopping"],
    [null, null, "CHECKCARD 0409 SQ *RED MESA LANDSCAPI BROOKLYN CA 83264800776543286832507", "-92.99", "shopping"],
    ["DEBIT_CARD", null, "BIG TOMS FAMOUS FRIED CHIC #8117 AUSTIN WA", "-19.18", "restaurants"],
  ]);
  describe("but a whole word, a compound's first part, a short word and a person stay unplaced", () => {
    itCategorizes([
      ["Lastschrift", null, "Kartenzahlung ROHRFIX SERVICE GMBH KASSEL. 47394966//Leipzig 2026-03-13T17:17:58 KFN 1 VJ 2812", "-27.44", "other"],
      ["Lastschrift", null, "Kartenzahlung HALBERSCHE UNIVERSITAETS. 34237229//Frankfurt 2025-12-14T12:25:20 KFN 1 VJ 2812", "-30.32", "other"],
      [null, null, "PURCHASE AUTHORIZED ON 06/11 SQ *LUCY MAYFIELD BAKE NEW YORK FL S390375132988078 CARD 2383", "-39.16", "other"],
      ["MasterCard Payment", "SNEL PRINTEN UTRECHT", null, "-18.24", "other"],
      ["Überweisung", "Jonas Roberts", "Danke fürs Auslegen", "-25.00", "other"],
    ]);
  });
});
