// The trades of people who cook and eat well, enumerated by trade rather than from statements: farm estates and farm
// shops, wine estates and wine merchants by their compounds, greengrocers' stalls, shellfish and fish merchants, cheese
// shops cut by the card field, veg boxes, fruit baskets and meal kits bought by subscription, wine clubs, supper clubs
// and food halls, ice-cream parlours, cookware and knife shops, cookbook shops, and cookery and barbecue schools — in
// German, English, French and Dutch. Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at
// 20–25 characters. By policy delis and coffee roasters are restaurants (heuristics.ts), a Feinkost shop groceries.
//
// Left out because a word alone has another meaning: "game" (a butcher's venison, a video game's), "keller" (a
// surname as often as a cellar bar), "messer" (a surname), "kitchen" (a restaurant's), "brewing"/"brauerei" (a
// brewery's taproom: restaurants, as the corpus files them), "seafood" (a US restaurant's as often as a fishmonger's).

/**
 * Read before the club's ("SUPPERCLUB", "Wijnclub"), the subscription's ("Abo", "Abonnement"), the barbecue's ("BBQ-SCHULE")
 * and the kitchen's words their names or purposes also print.
 */
export const FOOD_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A cookery or barbecue school teaches, whatever grill or kitchen its name shows.
  ["education", [
    "(bbq|barbecue|grill|koch|back|brot|kase|sushi|pasta|wein)schule", "(bbq|barbecue|grill|koch|back|brot|sushi|pasta) schule",
    "(cookery|cooking|baking|bbq|barbecue) (school|schools|class|classes|course|courses|workshops?|academy|acad)",
    "kookschool", "kookstudio", "kookworkshops?", "(cours|ecole|atelier|ateliers) (de )?(cuisine|patisserie)",
  ]],
  // Veg boxes, fruit baskets and meal kits bought by subscription are food, whatever "Abo" or "abonnement" they print;
  // a wine club's box is the wine.
  ["groceries", [
    "(bio )?gemuse ?(box|kiste|abo)", "biokiste", "obstkiste", "(bio )?(obst|gemuse) (und )?gemusekiste", "kochbox", "kochboxen",
    "veg(etable)? (box|boxes|bag)", "fruit (box|boxes)", "groente ?(pakket|abonnement|box|tas)", "groentepakketten",
    "paniers? (de |d )?(fruits|legumes|bio|fermier)", "(abonnement|abo) paniers?",
    "meal ?kits?", "recipe (box|boxes|kits?)", "maaltijdbox(en)?", "boxes? (recettes|repas)",
    "wine ?club", "wijnclub", "weinclub", "club (de |du )?vins?",
    // A village's food store ("GLEN NEVIS FOODSTORE"), before the shop's "store".
    "food ?stores?",
  ]],
  // A supper club cooks a set dinner; a food hall's stalls sell meals, not groceries (a farm's food hall is its shop, below).
  ["restaurants", ["supper ?clubs?", "food ?hall", "food ?halls", "foodhal", "foodhallen", "halles gourmandes", "genusshalle", "genusshallen"]],
  // Cookware and kitchen supply shops, whose "kitchen" is no restaurant's.
  ["shopping", ["kitchen ?(supply|supplies|store|shop|ware|wares)", "cookware", "kookwinkel", "kochbuch[a-z]*"]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const FOOD_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["groceries", [
    // Wine estates and merchants named with their place or owner run into the word ("STAATSWEINGUT", "DOMWEINHANDLUNG").
    "[a-z]+weingut", "[a-z]+weinhandlung", "[a-z]+weinhandel", "[a-z]+wijnhandel", "wijnhandelaar",
    // A farm estate sells its produce at its own shop (Hofgut, Gut); a Dutch farm or country shop, a market stall's greens.
    "hofgut", "gemusehof", "gemusegartnerei", "gemuseladen", "landwinkel", "boerderijwinkel[a-z]*", "groentekraam", "fruitkraam", "[a-z]*kaasboer[a-z]*",
    "natuurvoeding", "natuurvoedingswinkel",
    // Fish and shellfish merchants ("THANET SHELLFISH LTD", "MARKETPLACE FISH CO"); a cheese shop cut by the field ("CASTLE HILL CHEES").
    "shellfish", "fish co", "fish merchants?", "chees",
    // A cidery sells its cider as a winery its wine; a veg grower's stand.
    "cidery", "cideries", "veg",
  ]],
  // An ice-cream parlour sells its ices to eat there or walking; a "Knife and Fork" is a restaurant, read before the knife shops.
  // A Welsh café ("CAFFI MYRDDIN") is a café.
  ["restaurants", ["ices", "knife and fork", "knife n fork", "fork and knife", "caffi",
    // A hot-dog stand ("NU WAY WEINERS", "Wiener Wagon"): the plural only, since "Wiener" names Vienna's insurers and trams.
    "hot ?dogs?", "weiners", "wieners"]],
  ["education", ["cookery"]],
  ["shopping", [
    // Household wares (Haushaltwaren, without the joining s), cookbooks, knives and their sharpening.
    "haushaltware", "haushaltwaren", "cookbooks?", "[a-z]+cookbooks?", "[a-z]+buchladen",
    "knife", "knives", "[a-z]+knife[a-z]*", "[a-z]+knives", "knife sharpening",
    "messerschmiede", "messerschleiferei", "messenwinkel", "coutelier",
  ]],
];
