// A wedding: "was hat die Hochzeit gekostet", "what did the wedding cost". Its rows are filed wherever
// their shop belongs (the hall under leisure, the dress under shopping), and only some say "Hochzeit":
// the trade itself marks the rest, a Festsaal or Hochzeitssaal (Turkish "düğün salonu"), bridal wear
// (Brautmoden, gelinlik), wedding rings (Trauringe, Eheringe) and a wedding planner. A jeweller or a
// flight that names no wedding is not counted: nothing in the row ties it to one.
import type { Topic } from "./topics.ts";

export const WEDDING_TOPIC: Topic = {
  key: "wedding",
  en: "Wedding",
  de: "Hochzeit",
  categories: ["shopping", "entertainment", "restaurants", "groceries", "travel", "drugstore", "donations", "rent", "other"],
  // Paid once: asked without a period, the whole history is meant.
  yearly: true,
  words: [
    "hochzeit*", "*hochzeit", "wedding*", "bridal*", "braut*", "*brautmoden", "gelinlik*", "festsaal*", "*festsaal", "festsäle", "dugun*", "düğün*",
    "nikah*", "trauring*", "*trauringe", "ehering*", "weddingplanner*", "hochzeitsplaner*", "mariage*", "bruiloft*", "trouwjurk*", "trouwring*",
  ],
  said: [
    "hochzeit", "die hochzeit", "unsere hochzeit", "*hochzeit", "hochzeitskosten", "heirat", "wedding", "the wedding", "our wedding",
    "wedding costs", "düğün", "dugun", "mariage", "bruiloft",
  ],
};
