// More built-in brands, the nineteenth list: pet owners' and gardeners' shops met again and again —
// pet food makers and online shops, grooming and dog-care chains, pet insurers, seed houses and
// garden-tool makers, tree-care companies — plus one generic kind of business: the dog groomer,
// whose "Hundefriseur" would otherwise read as the hairdresser's "~friseur".
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_19: readonly MerchantRow[] = [
  // A kind of business, not one (GENERIC_NAMES): its longer word part outranks the hairdresser's.
  ["Hundefriseur", "shopping", "~hundefriseur", "~tierfriseur"],
  // Pet food makers and online shops (Germany, the UK, the Netherlands)
  ["Bellfor", "shopping", "bellfor"],
  ["Terra Canis", "shopping", "terra canis", "terracanis"],
  ["Josera", "shopping", "josera"],
  ["Bella & Duke", "shopping", "bella duke", "bella and duke", "bellaandduke"],
  ["Carnibest", "shopping", "carnibest"],
  ["Harringtons", "shopping", "harringtons pet", "harringtons petfood", "harringtonspetfood"],
  ["Nom Nom", "shopping", "nom nom now", "nomnomnow"],
  ["Woof Gang Bakery", "shopping", "woof gang bakery", "woofgang bakery", "woofgangbakery"],
  // Pet sitting platforms and dog day-care chains
  ["Petbnb", "shopping", "petbnb"],
  ["Holidog", "shopping", "holidog"],
  ["Dogtopia", "shopping", "dogtopia"],
  ["Camp Bow Wow", "shopping", "camp bow wow"],
  // Seed houses, bulb growers, rose breeders and garden-tool makers
  ["Gardena", "shopping", "gardena"],
  ["Kiepenkerl", "shopping", "kiepenkerl", "bruno nebelung"],
  ["Magic Garden Seeds", "shopping", "magic garden seeds", "magicgardenseeds", "magicgarden"],
  ["Rühlemann's Kräuter", "shopping", "ruhlemanns", "ruhlemann s"],
  ["Johnny's Selected Seeds", "shopping", "johnnys selected seeds", "johnny s selected seeds", "johnnyseeds"],
  ["Burpee", "shopping", "burpee"],
  ["Native Seeds/SEARCH", "shopping", "native seeds search", "nativeseeds"],
  ["J Parker's", "shopping", "j parkers", "j parker dutch bulbs", "jparkers"],
  ["Fluwel", "shopping", "fluwel"],
  ["De Bolster", "shopping", "de bolster", "debolster"],
  ["Vreeken's Zaden", "shopping", "vreekens zaden", "vreekenszaden"],
  ["Meilland Richardier", "shopping", "meilland richardier", "meillandrichardier"],
  ["Baker Creek", "shopping", "baker creek", "rareseeds"],
  ["Vilmorin", "shopping", "vilmorin"],
  // A New Mexico grocery co-op's stores; Albuquerque's water utility; a York housing trust; an ISP of Germany's north-east
  ["La Montañita Co-op", "groceries", "la montanita"],
  ["ABCWUA", "utilities", "abcwua", "albuquerque bernalillo county water"],
  ["Joseph Rowntree Housing Trust", "rent", "joseph rowntree housing"],
  ["e.discom", "utilities", "e discom", "ediscom"],
  // Tree-care companies working across the US
  ["Bartlett Tree Experts", "shopping", "bartlett tree"],
  ["Davey Tree", "shopping", "davey tree"],
];
