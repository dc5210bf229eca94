// Towns from the gazetteer (towns-de.ts, towns-intl.ts, towns-fr-us.ts) that places.ts does not treat as a town,
// in folded form: a shop's name may end in the same word, and cutting it would cut the name. Each is a town people
// live in, so the descriptor would often be right to drop it; the price of being wrong (a label cut to "Hotel",
// "Dr John", "The") is higher than that of a town left on a label.
// Checked against the brand dictionary by test/categories/town-gazetteer.test.ts, which lists the collisions again.

/** Ordinary words in German, English, French or Dutch that towns are named like ("Stein", "Wedding", "Plaisir"). */
const WORDS = [
  // de
  "stein", "berg", "burg", "rain", "bogen", "regen", "feucht", "kahl", "zell", "laufen", "lage", "linden", "alpen",
  "wissen", "wenden", "senden", "stelle", "holle", "schlangen", "enger", "wetter", "wehr", "korb", "mauer", "buchen",
  "heringen", "schlitz", "schotten", "springe", "norden", "brake", "damme", "weiden", "forst", "engen", "selb",
  "zeil", "thale", "hall", "weil", "hard", "much", "owen", "inden", "recke", "hille", "hude", "hage", "bunde",
  "perl", "schmelz", "sussen", "suessen", "fussen", "fuessen", "kalk", "laim", "riem", "nippes", "hochst", "hoechst",
  "wedding", "lich", "hungen", "muri", "meilen", "schlieren", "strassen", "bulle", "brig", "isen", "roth", "laage",
  // en
  "flint", "sandy", "grays", "barking", "poplar", "trim", "rush", "mallow", "swords", "bray", "comber", "newtown",
  "westport", "normal", "spring", "mission", "temple", "surprise", "humble", "cypress", "prosper", "mentor",
  "apex", "vista", "upland", "centennial", "plantation", "sunrise", "homestead", "jupiter", "buckeye", "mesquite",
  "grapevine", "pueblo", "stains", "manage", "forest", "bouillon", "dour", "beausoleil", "cassis", "embrun", "bourg",
  "trappes", "plaisir", "moulins", "tulle", "saintes", "grave", "putten", "duiven", "houten", "beek", "sluis",
  "kapelle", "kapellen", "haren", "losser", "doorn", "monster", "boom", "geel", "peer", "bree", "landen", "lier",
  "duffel", "goor", "horst", "mill", "college station", "mount vernon", "georgetown", "bridgeport", "plan", "peel",
  "loon", "marne", "combs", "noisy", "sable", "worth", "woerth", "chino", "indio", "largo", "novi", "deuil", "joue",
  "vise", "waren", "vitre", "tegel", "pelt", "gland",
] as const;

/** Surnames and first names ("PAUL WARREN", "KELLER" is a baker's name as often as a Texan town). */
const NAMES = [
  "warren", "parker", "allen", "kent", "tyler", "norman", "monroe", "franklin", "lawrence", "newton", "clifton",
  "milford", "weston", "brandon", "tracy", "carson", "compton", "downey", "thornton", "fullerton", "richardson",
  "rogers", "conway", "moore", "anderson", "gary", "hammond", "keller", "wylie", "leander", "kyle", "bryan", "logan",
  "layton", "caldwell", "prescott", "casper", "cheyenne", "bismarck", "davenport", "ames", "lombard", "cicero",
  "frederick", "bowie", "sanford", "kendall", "wellington", "elizabeth", "denton", "salinas", "fontana", "cary",
  "vallejo", "beaumont", "davie", "redding", "chico", "whittier", "hawthorne", "irvine", "nelson", "arnold",
  "ripley", "morley", "holloway", "hayes", "blyth", "montrose", "chelsea", "shannon", "henley", "walton", "selby",
  "hastings", "leyland", "bourne", "massy", "bron", "desoto", "fishers", "peabody", "revere", "auburn", "alton",
  "saint paul", "saint pierre", "saint andre", "saint louis", "saint denis", "saint germain", "saint nicolas",
  "saint gilles", "saint laurent", "saint maurice", "saint michel", "saint brice", "saint julien", "saint raphael",
  "saint quentin", "saint omer", "saint cloud", "saint gratien", "saint george", "saint maur", "saint priest",
  "saint ouen", "saint fons", "saint josse", "saint mande", "sainte foy", "sainte genevieve", "dijk",
] as const;

/** Brands and names shops borrow ("Corona", "Hoover", "Westfield", "Jever", "Royal Oak", "Canton"). */
const BRANDS = [
  "corona", "goodyear", "hoover", "westfield", "pontiac", "minnetonka", "oshkosh", "hampton", "fairfield", "midland",
  "lafayette", "royal oak", "canton", "miramar", "rialto", "alhambra", "odessa", "monaco", "santa maria", "casa grande",
  "avondale", "rockford", "meridian", "pomona", "clovis", "antioch", "concord", "chesapeake", "merced", "manteca",
  "lodi", "jamaica", "bethlehem", "wyoming", "jever", "rehau", "zwiesel", "blomberg", "warburg", "friesland",
  "eppendorf", "berndorf", "steyr", "arosa", "marly", "chimay", "cognac", "rochefort", "cahors", "bergerac", "dole",
  "malakoff", "coulommiers", "vauxhall", "woolwich", "mayfair", "soho", "buxton", "bakewell", "carlton", "oban",
  "newbridge", "blackrock", "spalding", "edam", "beemster", "westland", "vendome", "merzenich", "klingenthal", "laax",
  "shipley", "orsay", "lakeland",
] as const;

export const TOWN_WORDS: ReadonlySet<string> = new Set<string>([...WORDS, ...NAMES, ...BRANDS]);
