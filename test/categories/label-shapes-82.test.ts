// Label shapes that came out wrong after pool 82 (energy-transition households): a building society's word cut by the
// payee field, a Dutch name's "ten"/"ter" before a word that is also a town, a supplier's "credit balance" refund
// words after a shop's name. Businesses and rows are made up in the printed shapes of bank-formats.md §3; each rule has
// a guard that must stay as it is.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a building society's word the payee field cut is written out", () => {
  itLabels([
    ["NEWCASTLE BUILDING SOC", "NEWCASTLE BS MTG JANUARY", "Newcastle Building Society"],
    ["PENRITH BUILDING SOC", "MORTGAGE 12345678", "Penrith Building Society"],
    // Guard: a whole society keeps its name.
    ["MARSDEN BUILDING SOCIETY", "MORTGAGE 12345678", "Marsden Building Society"],
  ]);
});

describe("after a Dutch name's 'ten' or 'ter' a town's word is the name's, and the town after it still goes", () => {
  itLabels([
    ["SLAGERIJ TEN HOVE ZWOLLE", null, "Slagerij Ten Hove"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 BAKKERIJ TER HORST ENSCHEDE Enschede,PAS111", "Bakkerij Ter Horst"],
    // Guard: a town after a name with no joining word is where the card was used.
    ["SLAGERIJ VAN DAM ZWOLLE", null, "Slagerij Van Dam"],
  ]);
});

describe("a supplier's 'credit balance refund' after a shop's name is the purpose, not the name", () => {
  itLabels([
    [null, "SumUp *Kornkammer Unverpackt CREDIT BALANCE REFUND", "Kornkammer Unverpackt"],
    ["BULB ENERGY", "CREDIT BALANCE REFUND 123456", "Bulb"],
  ]);
});
