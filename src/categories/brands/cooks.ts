// More built-in brands: well-known names food lovers and home cooks pay that brands/food-lovers.ts does not list — a
// meat-free butcher's brand, a cookery school, wine merchants and growers' cellars, breweries, a cookbook shop, and the
// Dutch fibre network such a household pays. Butchers, wine merchants and a brewery's shop are groceries; a cookery
// school education; books shopping; a fibre network utilities.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_COOKS: readonly MerchantRow[] = [
  // The Vegetarian Butcher, by its Dutch name: the brand's own word is "Slager", which no cut completes.
  ["De Vegetarische Slager", "groceries", "vegetarische slager", "vegetarian butcher"],
  // Leiths School of Food and Wine, London.
  ["Leiths", "education", "leiths school", "leiths cookery"],
  // Corney & Barrow, the London wine merchant (its wine club's standing order prints "C&B WINE CLUB").
  ["Corney & Barrow", "groceries", "corney barrow"],
  // La Chablisienne, the Chablis growers' cellar ("CAVE LA CHABLISIENNE").
  ["La Chablisienne", "groceries", "la chablisienne"],
  // New Glarus Brewing, the Wisconsin brewery, by its brewery shop's till.
  ["New Glarus Brewing", "groceries", "new glarus brewing", "new glarus brewery"],
  // Brand, the Limburg brewery at Wijlre ("Bierbrouwerij Brand Wijlre"); the bare word is any brand's or a fire.
  ["Brand Bier", "groceries", "bierbrouwerij brand", "brand bier", "brand brouwerij"],
  // Books for Cooks, London's cookbook shop.
  ["Books for Cooks", "shopping", "books for cooks", "booksforcooks"],
  // Glaspoort, the Dutch fibre network (KPN's and APG's), billing its connection.
  ["Glaspoort", "utilities", "glaspoort"],
];
