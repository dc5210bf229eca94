// More built-in brands: what home cooks in Germany, the UK, the US, France and the Netherlands buy beside the
// supermarket — cookware makers and kitchen shops, meal kits, veg boxes and zero-waste grocers by subscription, wine
// merchants, gourmet food sent by post, a chef's restaurants. (Many were listed already: HelloFresh, Gousto, Marley
// Spoon, Riverford, Abel & Cole, Oddbox, Laithwaites, Naked Wines …)
// Meal kits and veg boxes are groceries, as the listed ones are; a restaurant's food sent by post is its meals.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_FOOD_LOVERS: readonly MerchantRow[] = [
  // Cookware and kitchen shops.
  ["Kustermann", "shopping", "kustermann", "f s kustermann"],
  ["Fissler", "shopping", "fissler", "fissler com"],
  ["Springlane", "shopping", "springlane", "springlane de"],
  ["Kookpunt", "shopping", "kookpunt", "kookpunt nl"],
  // Meal kits, veg boxes and zero-waste groceries delivered.
  ["Pasta Evangelists", "groceries", "pasta evangelists", "pastaevangelists"],
  ["etepetete", "groceries", "etepetete", "etepetete bio"],
  ["Potager City", "groceries", "potager city", "potagercity"],
  ["Pieter Pot", "groceries", "pieter pot", "pieterpot", "pieterpot nl"],
  // Wine merchants.
  ["Ludwig von Kapff", "groceries", "ludwig von kapff", "von kapff", "kapff de"],
  ["Grapedistrict", "groceries", "grapedistrict", "grapedistrict nl"],
  // Gourmet food by post: gift baskets are the food; a restaurant's dishes shipped are its meals.
  ["Harry & David", "groceries", "harry and david", "harry david", "harryanddavid"],
  ["Goldbelly", "restaurants", "goldbelly", "goldbelly com"],
  ["Rick Stein", "restaurants", "rick stein", "rickstein", "rickstein com"],
];
