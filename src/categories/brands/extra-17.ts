// More built-in brands, the seventeenth list: UK and US chains and services that UK and US bank texts print
// (broadband providers, a home blood-test service, a streaming service, Northern Ireland's rates collector,
// car finance, forecourts, sweet shops, restaurant chains, resorts, a cruise line, a vet hospital chain) and
// businesses travellers meet abroad (a Florentine perfumer's shops, a Tokyo digital-art museum).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word, "*" = first word after a terminal's prefix).
// A brand whose name is a common word, a surname or a pub's name gets a longer phrase or "^".
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_17: readonly MerchantRow[] = [
  // UK: broadband, health tests, streaming, rates, car finance, forecourts, shops
  ["Cuckoo", "utilities", "cuckoo internet"],
  ["Fibrus", "utilities", "fibrus"],
  ["Medichecks", "health", "medichecks"],
  ["Hayu", "subscriptions", "hayu"],
  // Northern Ireland's domestic and business rates are collected by LPS, a government agency: a tax.
  ["Land & Property Services", "taxes", "land property services", "land and property services", "lps rates"],
  // Lloyds' car finance; "Black Horse" alone is a pub's name.
  ["Black Horse", "fuel", "black horse finance", "black horse pcp", "black horse hp", "black horse ltd", "black horse limited"],
  ["Prax", "fuel", "prax petroleum", "^prax"],
  // SPAR's larger format in Ireland and Northern Ireland goes by its own fascia.
  ["Eurospar", "groceries", "eurospar"],
  ["Ambala", "groceries", "ambala sweets", "ambala sweet centre", "ambala foods"],
  ["Yorkshire Trading Company", "shopping", "yorkshire trading"],
  ["Söderberg", "restaurants", "^soderberg", "soderberg bakery"],
  ["Portman Dental Care", "health", "portman healthcare"],
  // US: restaurants, tyres, resorts, cruises, vets
  ["Tijuana Flats", "restaurants", "tijuana flats"],
  ["Mavis Discount Tire", "fuel", "mavis tires"],
  ["Great Wolf Lodge", "travel", "greatwolf", "great wolf resorts"],
  ["American Cruise Lines", "travel", "american cruise lines"],
  // Abroad: Officina Profumo-Farmaceutica di Santa Maria Novella (its shops worldwide); teamLab's Tokyo museum.
  ["Santa Maria Novella", "drugstore", "officina profumo", "santa maria novella officina"],
  ["teamLab Planets", "entertainment", "teamlab planets", "teamlab inc"],
];
