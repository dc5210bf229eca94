// An owner's name, then two trades ("MILKAU BAECKEREI & KONDITOREI GMBH"), or the second cut by Postbank's 20
// characters ("MILKAU BAECKEREI & K"): the shop goes by its first trade before the owner, as with one trade
// ("PFEIFLE BAECKEREI GMBH" → "Bäckerei Pfeifle"), so all its rows are one merchant.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("an owner and two trades", () => {
  itLabels([
    ["MILKAU BAECKEREI & KONDITOREI GMBH", null, "Baeckerei Milkau"],
    ["MILKAU BAECKEREI & K", null, "Baeckerei Milkau"],
    ["Hofmann Konditorei und Café", null, "Konditorei Hofmann"],
  ]);
  // Guard: an article before the trade is no owner.
  itLabels([["DIE BAECKEREI & CAFE", null, "Die Baeckerei & Cafe"]]);
});
