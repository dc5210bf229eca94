// More built-in brands: well-known names food lovers and home cooks pay — a housewares house, cookware makers and
// kitchen shops, gift-box fruit and food by mail, vegetable boxes, a chef's restaurants and shop, a meat-free butcher's
// brand, a cookery school, wine merchants, a brewery, a cookbook shop, and the Dutch fibre network such a household pays.
// Housewares, cookware and books are shopping; food by mail, vegetable boxes, butchers, wine merchants and a brewery's
// shop groceries; a chef's restaurants restaurants; a cookery school education; a fibre network utilities.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_COOKS: readonly MerchantRow[] = [
  // F.S. Kustermann, Munich's housewares house since 1798 ("F.S. KUSTERMANN GMBH", "KUSTERMANN HAUSHALTWARE").
  ["Kustermann", "shopping", "kustermann"],
  // Harry & David, the US fruit and gift-box grocer, printed by its glued web address.
  ["Harry & David", "groceries", "harry david", "harryanddavid"],
  // Rick Stein's restaurants, deli and shop, printed by his glued web address ("RICKSTEIN.COM").
  ["Rick Stein", "restaurants", "rick stein", "rickstein"],
  // The Vegetarian Butcher, by its Dutch name: the brand's own word is "Slager", which no cut completes.
  ["De Vegetarische Slager", "groceries", "vegetarische slager", "vegetarian butcher"],
  // Leiths School of Food and Wine, London.
  ["Leiths", "education", "leiths school", "leiths cookery"],
  // Ludwig von Kapff, the Bremen wine merchant ("KAPFF.DE").
  ["Ludwig von Kapff", "groceries", "ludwig von kapff", "kapff"],
  // Corney & Barrow, the London wine merchant (its wine club's standing order prints "C&B WINE CLUB").
  ["Corney & Barrow", "groceries", "corney barrow"],
  // La Chablisienne, the Chablis growers' cellar ("CAVE LA CHABLISIENNE").
  ["La Chablisienne", "groceries", "la chablisienne"],
  // New Glarus Brewing, the Wisconsin brewery, by its brewery shop's till.
  ["New Glarus Brewing", "groceries", "new glarus brewing", "new glarus brewery"],
  // Brand, the Limburg brewery at Wijlre ("Bierbrouwerij Brand Wijlre"); the bare word is any brand's or a fire.
  ["Brand Bier", "groceries", "bierbrouwerij brand", "brand bier", "brand brouwerij"],
  // Potager City, the French fruit-and-vegetable basket by subscription.
  ["Potager City", "groceries", "potager city"],
  // Books for Cooks, London's cookbook shop.
  ["Books for Cooks", "shopping", "books for cooks", "booksforcooks"],
  // Cookware makers and kitchen shops: Fissler (Idar-Oberstein), Springlane (online), Kookpunt (the Dutch chain).
  ["Fissler", "shopping", "fissler"],
  ["Springlane", "shopping", "springlane"],
  ["Kookpunt", "shopping", "kookpunt"],
  // Groceries by delivery: Pieter Pot (zero-waste, NL), etepetete (rescued organic veg boxes, DE), Grapedistrict (wine, NL).
  ["Pieter Pot", "groceries", "pieter pot", "pieterpot"],
  ["etepetete", "groceries", "etepetete"],
  ["Grapedistrict", "groceries", "grapedistrict"],
  // Glaspoort, the Dutch fibre network (KPN's and APG's), billing its connection.
  ["Glaspoort", "utilities", "glaspoort"],
];
