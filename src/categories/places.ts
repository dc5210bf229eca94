// Place names that card descriptors append after the merchant ("EDEKA
// MUENCHEN DE", "WHOLE FOODS SAN JOSE CA", "PRUNE NEW YORK"). Folded forms
// (see foldText); German cities in every spelling banks print (ü, ue, u).

const CITIES_DE = [
  "berlin", "hamburg", "munchen", "muenchen", "munich", "koln", "koeln", "cologne", "frankfurt", "frankfurt am main",
  "stuttgart", "dusseldorf", "duesseldorf", "leipzig", "dortmund", "essen", "bremen", "dresden", "hannover", "nurnberg",
  "nuernberg", "duisburg", "bochum", "wuppertal", "bielefeld", "bonn", "munster", "muenster", "mannheim", "karlsruhe",
  "augsburg", "wiesbaden", "aachen", "kiel", "freiburg", "lubeck", "luebeck", "rostock", "mainz", "kassel", "potsdam",
  "oldenburg", "heidelberg", "darmstadt", "regensburg", "wurzburg", "wuerzburg", "ulm", "heilbronn", "gottingen",
  "goettingen", "erfurt", "magdeburg", "braunschweig", "braunschwei", "osnabruck", "osnabrueck", "jena", "saarbrucken",
  "saarbruecken", "trier", "konstanz", "ingolstadt", "furth", "fuerth", "halle", "chemnitz", "gutersloh", "hildesheim",
  "wolfsburg", "paderborn", "siegen", "koblenz", "bamberg", "bayreuth", "passau", "flensburg", "schwerin", "lunebuerg",
  "luneburg", "celle", "offenbach", "neuss", "krefeld", "moenchengladbach", "monchengladbach", "gelsenkirchen",
  "oberhausen", "hagen", "hamm", "solingen", "leverkusen", "ludwigshafen", "pforzheim", "reutlingen", "tubingen",
  "tuebingen", "esslingen", "ludwigsburg", "erlangen", "landshut", "rosenheim", "kempten", "garching", "grasberg",
  "torgelow", "jarmen", "blaubach", "niederkassel", "musterstadt", "berlin mitte", "hamburg altona", "wien", "vienna",
  "graz", "linz", "salzburg", "innsbruck", "korneuburg", "zurich", "zuerich", "basel", "bern", "geneve", "geneva",
  "lausanne", "luzern",
];
const CITIES_INTL = [
  "london", "manchester", "birmingham", "leeds", "glasgow", "edinburgh", "liverpool", "bristol", "sheffield", "cardiff",
  "belfast", "newcastle", "nottingham", "leicester", "brighton", "oxford", "cambridge", "reading", "southampton",
  "blackburn", "york", "bath", "dublin", "cork", "new york", "brooklyn", "san francisco", "san jose", "los angeles",
  "seattle", "chicago", "boston", "austin", "miami", "miami beach", "denver", "portland", "atlanta", "dallas",
  "houston", "phoenix", "philadelphia", "washington", "san diego", "oakland", "madera", "lorton", "kenosha", "sheboygan",
  "national harbor", "goleta", "blackfalds", "toronto", "vancouver", "montreal", "paris", "lyon", "marseille",
  "toulouse", "nice", "nantes", "bordeaux", "lille", "strasbourg", "amsterdam", "rotterdam", "utrecht",
  "den haag", "the hague", "eindhoven", "groningen", "leiden", "haarlem", "madrid", "barcelona", "valencia",
  "sevilla", "malaga", "bilbao", "palma", "roma", "rome", "milano", "milan", "napoli", "torino", "firenze", "bologna",
  "venezia", "brussels", "bruxelles", "antwerpen", "luxembourg", "copenhagen", "stockholm", "oslo", "prague", "praha",
  "warszawa", "lisboa", "lisbon", "porto", "teneriffa",
];
export const CITIES: ReadonlySet<string> = new Set([...CITIES_DE, ...CITIES_INTL]);

/** Country codes as descriptors print them at the end: ISO alpha-2/alpha-3 and a few bank habits (LND). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  "DE", "DEU", "AT", "AUT", "CH", "CHE", "GB", "GBR", "UK", "IE", "IRL", "US", "USA", "CA", "CAN", "FR", "FRA", "NL",
  "NLD", "BE", "BEL", "LU", "LUX", "ES", "ESP", "IT", "ITA", "PT", "PRT", "DK", "DNK", "SE", "SWE", "NO", "NOR", "PL",
  "POL", "CZ", "CZE", "LND",
]);
