// More built-in brands: what households renovating a house they own in Germany, the UK, the US, France and the
// Netherlands pay — tile, flooring, paint, bathroom and lighting chains, builders' platforms and trade counters,
// heat-pump and window firms, skip and dumpster franchises, a leased roof's solar, filling-station chains, and the
// public bodies that insure the house or pay a renovation grant. (Many were listed already: Hornbach, OBI, B&Q,
// Wickes, Screwfix, Home Depot, Lowe's, Leroy Merlin, Castorama, Gamma, Praxis, Karwei, Enpal, Slumberland …)
// By policy tradesmen, fitters, skips and hire are shopping; leased solar is utilities; grants paid in are income.
// Names that are ordinary words, a surname or a town (Prediger, Pella, High's) are listed only with the words printed
// beside them, so a payee named just the word keeps its own label.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_RENOVATORS: readonly MerchantRow[] = [
  // Tiles, floors, paint and wallpaper.
  ["Keramundo", "shopping", "keramundo", "keramundo de"],
  ["Farrow & Ball", "shopping", "farrow ball", "farrow and ball", "farrow ball com"],
  ["Walls and Floors", "shopping", "wallsandfloors", "wallsandfloors co uk", "walls and floors ltd"],
  ["The Tile Shop", "shopping", "the tile shop", "tileshop com"],
  ["Carpet One", "shopping", "carpet one", "carpet one floor home"],
  ["Floor Coverings International", "shopping", "floor coverings international", "floor coverings internati", "floor coverings intl"],
  // Bathrooms, lighting and windows.
  ["Espace Aubade", "shopping", "espace aubade", "aubade"],
  ["Sanidrome", "shopping", "sanidrome"],
  ["Bath Fitter", "shopping", "bath fitter", "bathfitter", "bathfitter com"],
  ["Prediger", "shopping", "prediger lichtberater", "prediger de", "paypal prediger"],
  ["Lightonline", "shopping", "lightonline", "lightonline nl", "lightonline de"],
  ["Pella", "shopping", "pella windows", "pella windows doors", "pella corp", "pella corporation", "pella com"],
  // Builders' platforms and trade counters, heat pumps, electricians by franchise.
  ["Schüttflix", "shopping", "schuttflix", "schuttflix de"],
  ["TradePoint", "shopping", "tradepoint", "tradepoint co uk"],
  ["Thermondo", "shopping", "thermondo", "thermondo de"],
  ["Mr. Electric", "shopping", "mr electric"],
  // Skips and dumpsters.
  ["Bin There Dump That", "shopping", "bin there dump that"],
  ["Budget Dumpster", "shopping", "budget dumpster", "budgetdumpster", "budgetdumpster com"],
  // A leased roof's solar sells its power.
  ["Sunrun", "utilities", "sunrun"],
  // Filling-station chains.
  ["Fas Mart", "fuel", "fas mart"],
  ["High's", "fuel", "^highs"],
];
