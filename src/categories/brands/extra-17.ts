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
  // Other printed names of brands the dictionary knows (a company's legal name, a web address's, a cut word).
  ["AFC Urgent Care", "health", "american family care"],
  ["Breeze Airways", "travel", "flybreeze"],
  ["Brilliant", "education", "brilliant worldwide"],
  ["Curiosity Stream", "subscriptions", "curiosity inc"],
  ["Pod Hotels", "travel", "pod 39 hotel", "pod 51 hotel"],
  ["Pittsburgh Regional Transit", "transport", "prt connectcard"],
  ["Continente", "groceries", "modelo continente"],
  ["H.Samuel", "shopping", "hsamuel"],
  // US chains: outfitters, grocers, restaurants, paint, resale, a phone marketplace, vets, insurers, media
  ["North 40 Outfitters", "shopping", "north 40 outfitters", "n40 outfitters"],
  ["Breaux Mart", "groceries", "breaux mart"],
  ["Walk-On's", "restaurants", "walk ons bistreaux", "walk ons sports bistreaux"],
  ["Filiberto's", "restaurants", "filibertos"],
  ["Cousins Subs", "restaurants", "cousins subs"],
  ["Kwal Paint", "shopping", "kwal paint"],
  ["Buffalo Exchange", "shopping", "buffalo exchange"],
  ["Swappa", "shopping", "swappa"],
  // Only as the first word: "Dr. med. vet." reads as "med vet" run together.
  ["MedVet", "health", "^medvet", "medvet associates"],
  ["Safety Insurance", "insurance", "safety insurance"],
  ["Outside", "subscriptions", "outside interactive"],
  // UK: games, school payments, adult learning, energy, guitars, bakeries, home care, family history
  ["Jagex", "entertainment", "jagex"],
  ["ParentPay", "education", "parentpay"],
  ["learndirect", "education", "learndirect"],
  ["SWALEC", "utilities", "swalec"],
  ["Guitar Guitar", "shopping", "guitarguitar", "guitar guitar"],
  ["Kashmir Crown Bakeries", "groceries", "kashmir crown bakeries", "kashmir crown bakery"],
  ["Helping Hands", "health", "helping hands home care", "helping hands care"],
  ["Ancestry", "subscriptions", "ancestry co uk", "ancestry com", "ancestry uk"],
  // Abroad: Thailand's duty-free chain.
  ["King Power", "shopping", "king power international", "king power duty free"],
  // Abroad: Officina Profumo-Farmaceutica di Santa Maria Novella (its shops worldwide); teamLab's Tokyo museum.
  ["Santa Maria Novella", "drugstore", "officina profumo", "santa maria novella officina"],
  ["teamLab Planets", "entertainment", "teamlab planets", "teamlab inc"],
];
