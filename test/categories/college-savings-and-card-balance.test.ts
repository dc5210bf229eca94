// A US college savings plan (529) paid into is saved, as an own pension is; a Dutch card's balance booked off
// ("Afboeking kaartsaldo") is the card's bill. Every number and text below is made up in the shapes banks print,
// except the plans' own names; beside the plans is a row that shares the number and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a college savings plan paid into", () => {
  itFiles("savings", [
    [null, "ORIG CO NAME:NY 529 DIRECT PLAN  CO ENTRY DESCR:NY 529 DES:CONTRIB ID:832214  SEC:WEB IND ID:639307 IND NAME:JANE DOE", "-164.98"],
    [null, "NY529 AUTO INVEST JULY", "-116.41"],
    [null, "CA 529 CONTRIBUTION 0701", "-100.00"],
  ]);
  // A shop's number 529 is no plan.
  itFiles("groceries", [[null, "KROGER #529 COLUMBUS OH", "-42.10"]]);
});

describe("a Dutch card's balance booked off", () => {
  itFiles("transfers", [[null, "Afboeking kaartsaldo periode 10-2026", "-234.63"]]);
});
