// More built-in brands: well-known names food lovers and home cooks pay — a housewares house, gift-box fruit and food
// by mail, a chef's restaurants and shop, a meat-free butcher's brand, a cookery school and a wine merchant.
// Housewares are shopping; food by mail, butchers and wine merchants groceries; a chef's restaurants restaurants;
// a cookery school education.
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
];
