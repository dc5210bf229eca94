// Place names that card descriptors append after the merchant ("EDEKA
// MUENCHEN DE", "WHOLE FOODS SAN JOSE CA", "PRUNE NEW YORK"). Folded forms
// (see foldText); German cities in every spelling banks print (ü, ue, u).
import { foldText, spellUmlautsOut } from "./normalize.ts";
import { spellNordicOut } from "./place-names.ts";
import { TOWN_WORDS } from "./town-words.ts";
import { TOWNS_DE } from "./towns-de.ts";
import { TOWNS_DE_SMALL } from "./towns-de-small.ts";
import { TOWNS_FR_MORE } from "./towns-fr-more.ts";
import { TOWNS_AT_CH_MORE, TOWNS_BE_LU_MORE, TOWNS_NL_MORE } from "./towns-nl-more.ts";
import { TOWNS_UK_MORE } from "./towns-uk-more.ts";
import { TOWNS_US_MORE } from "./towns-us-more.ts";
import { TOWNS_FR, TOWNS_US } from "./towns-fr-us.ts";
import { TOWNS_AT_CH, TOWNS_NL_BE_LU, TOWNS_UK_IE } from "./towns-intl.ts";
import { TOWNS_BORDER_TRADE, TOWNS_CZ, TOWNS_DK, TOWNS_PL } from "./towns-pl-cz-dk.ts";
import { TOWNS_BE_BORDER, TOWNS_CH_BORDER, TOWNS_DE_BORDER, TOWNS_FR_BORDER, TOWNS_LU, TOWNS_NL_BORDER } from "./towns-border.ts";
import { PROVINCE_CODES, TOWNS_CA, TOWNS_CA_BY_CODE_ONLY } from "./towns-ca.ts";

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
  "blackburn", "york", "bath",
  // Nottingham, Loughborough and Southampton as their own shops' terminals shorten them ("BROADWAY CINEMA NOTTM").
  "nottm", "lboro", "soton", "dublin", "cork", "new york", "brooklyn", "san francisco", "san jose", "los angeles",
  "seattle", "chicago", "boston", "austin", "miami", "miami beach", "denver", "portland", "atlanta", "dallas",
  "houston", "phoenix", "philadelphia", "washington", "san diego", "oakland", "madera", "lorton", "kenosha", "sheboygan",
  "national harbor", "goleta", "blackfalds", "toronto", "vancouver", "montreal", "paris", "lyon", "marseille",
  "toulouse", "nice", "nantes", "bordeaux", "lille", "strasbourg", "amsterdam", "rotterdam", "utrecht",
  "den haag", "the hague", "eindhoven", "groningen", "leiden", "haarlem", "madrid", "barcelona", "valencia",
  "sevilla", "malaga", "bilbao", "palma", "roma", "rome", "milano", "milan", "napoli", "torino", "firenze", "bologna",
  "venezia", "brussels", "bruxelles", "antwerpen", "luxembourg", "copenhagen", "stockholm", "oslo", "prague", "praha",
  "warszawa", "lisboa", "lisbon", "porto", "teneriffa",
];
// The lists below are written as the towns spell themselves; spellings() folds them and adds the forms banks
// print ("Düsseldorf" → "dusseldorf", "duesseldorf"; "Saint-Étienne" → "saint etienne", "st etienne").
// Left out on purpose: towns that are also a word, a surname, a brand or a frequent last word of a shop's name
// in de/en/fr/nl (see NOT_CITIES), and towns that end another listed town or a common word, which the
// descriptor would split off a word run together at the card field's end ("Lingen" in "Solingen").
const MORE_DE = [
  "Herne", "Mülheim", "Mülheim an der Ruhr", "Bottrop", "Recklinghausen", "Bergisch Gladbach", "Remscheid", "Moers",
  "Gera", "Cottbus", "Zwickau", "Düren", "Ratingen", "Iserlohn", "Lünen", "Velbert", "Dorsten", "Gladbeck", "Viersen",
  "Rheine", "Troisdorf", "Arnsberg", "Detmold", "Bocholt", "Castrop-Rauxel", "Neuwied", "Delmenhorst", "Norderstedt",
  "Wilhelmshaven", "Plauen", "Minden", "Dessau", "Dessau-Roßlau", "Hanau", "Neubrandenburg",
  "Schweinfurt", "Weimar", "Kaiserslautern", "Gießen", "Marburg", "Lüdenscheid", "Stralsund", "Greifswald",
  "Frankfurt Oder", "Unna", "Grevenbroich", "Dinslaken", "Sindelfingen", "Wesel", "Herford", "Hürth", "Aalen",
  "Friedrichshafen", "Görlitz", "Bad Homburg", "Lippstadt", "Langenfeld", "Stolberg", "Kerpen", "Hameln", "Goslar",
  "Meerbusch", "Ibbenbüren", "Hilden", "Menden", "Sankt Augustin", "Bad Salzuflen", "Dormagen", "Frechen",
  "Langenhagen", "Wetzlar", "Nordhorn", "Bergheim", "Kleve", "Fulda", "Speyer", "Frankenthal", "Neustadt", "Landau",
  "Pirmasens", "Zweibrücken", "Kaufbeuren", "Memmingen", "Neu-Ulm", "Schwäbisch Gmünd", "Schwäbisch Hall", "Göppingen",
  "Waiblingen", "Böblingen", "Heidenheim", "Ravensburg", "Villingen-Schwenningen", "Villingen", "Schwenningen",
  "Offenburg", "Rastatt", "Baden-Baden", "Bruchsal", "Lörrach", "Weinheim", "Schwetzingen", "Bietigheim-Bissingen",
  "Kornwestheim", "Leonberg", "Fellbach", "Nürtingen", "Filderstadt", "Leinfelden-Echterdingen", "Ostfildern",
  "Bad Kreuznach", "Idar-Oberstein", "Andernach", "Rüsselsheim", "Bad Vilbel", "Oberursel", "Dreieich", "Viernheim",
  "Bensheim", "Lampertheim", "Maintal", "Neu-Isenburg", "Rodgau", "Dietzenbach", "Mörfelden-Walldorf", "Limburg",
  "Eschborn", "Erding", "Freising", "Dachau", "Fürstenfeldbruck", "Germering", "Starnberg", "Schwabach", "Ansbach",
  "Aschaffenburg", "Coburg", "Amberg", "Straubing", "Deggendorf", "Traunstein", "Unterschleißheim", "Ottobrunn",
  "Unterhaching", "Dülmen", "Coesfeld", "Borken", "Emsdetten", "Bad Oeynhausen", "Lemgo", "Soest", "Bergkamen",
  "Schwerte", "Hattingen", "Mettmann", "Erkrath", "Monheim", "Wermelskirchen", "Gummersbach", "Siegburg", "Hennef",
  "Königswinter", "Bad Honnef", "Pulheim", "Erftstadt", "Wesseling", "Euskirchen", "Eschweiler", "Alsdorf",
  "Herzogenrath", "Würselen", "Heinsberg", "Erkelenz", "Nettetal", "Willich", "Kaarst", "Korschenbroich",
  "Kamp-Lintfort", "Salzgitter", "Gifhorn", "Wolfenbüttel", "Buxtehude", "Cuxhaven", "Uelzen", "Aurich",
  "Vechta", "Papenburg", "Garbsen", "Laatzen", "Lehrte", "Seelze", "Wunstorf", "Verden", "Elmshorn",
  "Pinneberg", "Wedel", "Ahrensburg", "Itzehoe", "Rendsburg", "Husum", "Bad Oldesloe", "Geesthacht", "Reinbek",
  "Bad Segeberg", "Gotha", "Eisenach", "Nordhausen", "Suhl", "Halberstadt", "Wernigerode", "Stendal", "Merseburg",
  "Weißenfels", "Naumburg", "Wittenberg", "Lutherstadt Wittenberg", "Wismar", "Güstrow", "Eberswalde", "Oranienburg",
  "Falkensee", "Bernau", "Freiberg", "Bautzen", "Pirna", "Radebeul", "Meißen", "Riesa", "Hoyerswerda", "Freital",
  "Tuttlingen", "Rottweil", "Balingen", "Albstadt", "Biberach", "Lindau", "Überlingen", "Radolfzell", "Crailsheim",
  "Backnang", "Schorndorf", "Winnenden", "Ellwangen", "Geislingen", "Metzingen", "Rottenburg", "Herrenberg", "Ditzingen",
  "Mühlacker", "Bretten", "Ettlingen", "Kehl", "Emmendingen", "Rheinfelden", "Mosbach", "Sinsheim", "Wiesloch",
  "Hockenheim", "Ingelheim", "Wittlich", "Neunkirchen", "Völklingen", "Saarlouis", "Merzig", "Sankt Ingbert",
  "Sankt Wendel", "Bad Nauheim", "Hofheim", "Kronberg", "Taunusstein", "Bad Hersfeld", "Baunatal", "Heppenheim",
  "Griesheim", "Weiterstadt", "Lüneburg",
];
const MORE_AT_CH = [
  "Klagenfurt", "Villach", "Sankt Pölten", "Dornbirn", "Wiener Neustadt", "Feldkirch", "Bregenz", "Leonding",
  "Klosterneuburg", "Wolfsberg", "Leoben", "Krems", "Traun", "Amstetten", "Lustenau", "Kapfenberg", "Mödling", "Hallein",
  "Kufstein", "Schwechat", "Vöcklabruck", "Parndorf", "Vösendorf", "Kitzbühel", "Bad Ischl", "Seiersberg",
  "Winterthur", "Sankt Gallen", "Lugano", "Bienne", "Thun", "Köniz", "Fribourg", "Schaffhausen", "Chur",
  "Neuchâtel", "Emmen", "Kriens", "Rapperswil", "Dübendorf", "Dietikon", "Montreux", "Frauenfeld",
  "Wetzikon", "Aarau", "Olten", "Solothurn", "Locarno", "Bellinzona", "Davos", "Sankt Moritz", "Zermatt", "Interlaken",
];
const MORE_UK_IE = [
  "Aberdeen", "Dundee", "Inverness", "Perth", "Stirling", "East Kilbride", "Kilmarnock", "Ayr", "Falkirk", "Dunfermline",
  "Kirkcaldy", "Motherwell", "Greenock", "Cumbernauld", "Saint Andrews", "Swansea", "Newport", "Wrexham", "Bridgend",
  "Llanelli", "Merthyr Tydfil", "Caerphilly", "Pontypridd", "Cwmbran", "Aberystwyth", "Bangor", "Londonderry",
  "Lisburn", "Newry", "Armagh", "Coventry", "Bradford", "Wakefield", "Huddersfield", "Sunderland",
  "Middlesbrough", "Stockton-on-Tees", "Darlington", "Hartlepool", "Durham", "Gateshead", "South Shields", "Carlisle",
  "Lancaster", "Preston", "Blackpool", "Bolton", "Oldham", "Stockport", "Salford", "Wigan", "Warrington",
  "Crewe", "Stoke-on-Trent", "Grimsby", "Scunthorpe", "Doncaster", "Rotherham", "Barnsley", "Harrogate", "Scarborough",
  "Mansfield", "Worksop", "Loughborough", "Northampton", "Kettering", "Corby", "Wellingborough", "Peterborough", "Luton",
  "Bedford", "Milton Keynes", "Watford", "Saint Albans", "Stevenage", "Hemel Hempstead", "Harlow", "Chelmsford",
  "Colchester", "Basildon", "Southend", "Southend-on-Sea", "Ipswich", "Norwich", "King's Lynn", "Great Yarmouth",
  "Lowestoft", "Canterbury", "Maidstone", "Ashford", "Folkestone", "Margate", "Ramsgate", "Tunbridge Wells", "Tonbridge",
  "Sevenoaks", "Dartford", "Gravesend", "Chatham", "Gillingham", "Crawley", "Horsham", "Guildford", "Woking", "Epsom",
  "Croydon", "Kingston", "Richmond", "Wimbledon", "Camden", "Islington", "Hackney", "Greenwich", "Brixton", "Stratford",
  "Hammersmith", "Shoreditch", "Ealing", "Wembley", "Romford", "Ilford", "Enfield", "Bromley", "Uxbridge", "Hounslow",
  "Maidenhead", "High Wycombe", "Aylesbury", "Banbury", "Bicester", "Swindon", "Salisbury", "Basingstoke",
  "Winchester", "Portsmouth", "Bournemouth", "Poole", "Weymouth", "Exeter", "Plymouth", "Torquay", "Truro", "Penzance",
  "Newquay", "Taunton", "Yeovil", "Cheltenham", "Gloucester", "Worcester", "Hereford", "Shrewsbury", "Telford",
  "Wolverhampton", "Walsall", "Solihull", "Sutton Coldfield", "Stafford", "Lichfield", "Tamworth", "Nuneaton",
  "Leamington Spa", "Leamington", "Warwick", "Stratford-upon-Avon", "Redditch", "Kidderminster", "Bromsgrove", "Kendal",
  "Keswick", "Penrith", "Skipton", "Ilkley", "Keighley", "Dewsbury", "Pontefract", "Whitby", "Morpeth", "Hexham",
  "Saint Helens", "Southport", "Birkenhead", "Wirral", "Runcorn", "Widnes", "Macclesfield", "Knutsford", "Altrincham",
  "Stretford", "Trafford", "Eastbourne", "Hastings", "Worthing", "Chichester", "Hove", "Lewes", "Abingdon", "Didcot",
  "Newbury", "Bracknell", "Wokingham", "Farnborough", "Aldershot", "Camberley", "Eastleigh", "Fareham", "Gosport",
  "Havant", "Galway",
];
const MORE_US = [
  "Manhattan", "Bronx", "Staten Island", "Harlem", "Jersey City", "Hoboken", "Newark", "Yonkers", "White Plains",
  "Stamford", "New Haven", "Hartford", "Somerville", "Brookline", "Albany", "Rochester", "Syracuse",
  "Pittsburgh", "Baltimore", "Annapolis", "Arlington", "Alexandria", "Fairfax", "Silver Spring", "Rockville",
  "Reston", "Herndon", "Falls Church", "Tysons", "Norfolk", "Virginia Beach", "Raleigh", "Chapel Hill", "Greensboro",
  "Charleston", "Jacksonville", "Orlando", "Tampa", "Saint Petersburg", "Fort Lauderdale", "Boca Raton", "Tallahassee",
  "Gainesville", "Sarasota", "Naples", "Fort Myers", "Key West", "Kissimmee", "Clearwater", "Coral Gables", "Hialeah",
  "Doral", "Hollywood", "West Hollywood", "North Hollywood", "Aventura", "Pensacola", "Daytona Beach", "Delray Beach",
  "Pompano Beach", "Detroit", "Ann Arbor", "Grand Rapids", "Dearborn", "Cleveland", "Columbus", "Cincinnati", "Toledo",
  "Akron", "Dayton", "Indianapolis", "Louisville", "Lexington", "Nashville", "Memphis", "Knoxville", "Chattanooga",
  "Huntsville", "New Orleans", "Baton Rouge", "Little Rock", "Oklahoma City", "Tulsa", "Kansas City", "Saint Louis",
  "Omaha", "Des Moines", "Minneapolis", "Saint Paul", "Bloomington", "Milwaukee", "Green Bay", "Evanston", "Naperville",
  "Schaumburg", "Oak Park", "Oak Brook", "Skokie", "Joliet", "Arlington Heights", "Downers Grove", "Orland Park",
  "Rosemont", "Lakewood", "Littleton", "Englewood", "Fort Collins", "Colorado Springs", "San Antonio", "El Paso",
  "Fort Worth", "Plano", "Frisco", "Round Rock", "Sugar Land", "The Woodlands", "Pasadena", "Corpus Christi", "Lubbock",
  "Waco", "Galveston", "Scottsdale", "Tempe", "Glendale", "Tucson", "Flagstaff", "Sedona", "Las Vegas", 
  "Ogden", "Park City", "Sacramento", "Fresno", "Bakersfield", "Stockton", "Modesto", "Long Beach", "Anaheim",
  "Santa Ana", "Irvine", "Costa Mesa", "Newport Beach", "Huntington Beach", "Burbank", "Santa Monica", "Beverly Hills",
  "Culver City", "Torrance", "Inglewood", "Berkeley", "Palo Alto", "Mountain View", "Sunnyvale",
  "Santa Clara", "Cupertino", "Menlo Park", "Redwood City", "San Mateo", "Fremont", "Hayward", "Walnut Creek",
  "San Rafael", "Sausalito", "Sonoma", "Santa Rosa", "Monterey", "Santa Barbara", "Ventura",
  "Oxnard", "Thousand Oaks", "San Bernardino", "Palm Springs", "Temecula", "Escondido", "Chula Vista", "Carlsbad",
  "La Jolla", "Encinitas", "Beaverton", "Salem", "Tacoma", "Redmond", "Spokane", "Renton", "Bellingham", "Princeton",
  "Trenton", "Paterson", "Montclair", "Morristown", "Paramus", "Secaucus", "Norwalk", "Scranton", "Allentown",
  "Harrisburg", "Wilmington", "Decatur", "Alpharetta", "Asheville", "Greenville", "Myrtle Beach", "Hilton Head",
  "Honolulu", "Albuquerque", "Boise", "Wichita", "Topeka", "Cedar Rapids", "Iowa City", "Sioux Falls",
  "Atlantic City", "Fort Lee", "Woodbridge",
];
const MORE_FR = [
  "Montpellier", "Rennes", "Reims", "Le Havre", "Saint-Étienne", "Toulon", "Grenoble", "Dijon", "Angers", "Nîmes",
  "Villeurbanne", "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest", "Amiens", "Limoges", "Annecy", "Perpignan",
  "Boulogne-Billancourt", "Boulogne", "Metz", "Besançon", "Orléans", "Saint-Denis", "Argenteuil", "Rouen", "Mulhouse",
  "Montreuil", "Caen", "Roubaix", "Tourcoing", "Nanterre", "Avignon", "Créteil", "Poitiers", "Versailles", "Courbevoie",
  "Aubervilliers", "Asnières", "Rueil-Malmaison", "La Rochelle", "Calais", "Cannes", "Antibes", "Saint-Malo",
  "Bayonne", "Biarritz", "Colmar", "Troyes", "Chambéry", "Lorient", "Vannes", "Quimper", "Saint-Nazaire", "Angoulême",
  "Niort", "Béziers", "Montauban", "Cholet", "Cergy", "Évry", "Neuilly-sur-Seine", "Neuilly", "Levallois-Perret",
  "Levallois", "Issy-les-Moulineaux", "Vincennes", "Marne-la-Vallée", "Dunkerque", "Valenciennes", "Beauvais",
  "Chartres", "Cherbourg", "Bourges", "Auxerre", "Carcassonne", "Narbonne", "Fréjus", "Ajaccio", "Bastia", "Annemasse",
  "Chamonix", "Mérignac", "Pessac", "Villeneuve-d'Ascq", "Saint-Tropez", "Vienne", "Deauville", "Arcachon",
];
const MORE_NL = [
  "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Enschede", "Amersfoort", "Zaandam", "Zaanstad",
  "'s-Hertogenbosch", "Hertogenbosch", "Den Bosch", "Haarlemmermeer", "Hoofddorp", "Zwolle", "Zoetermeer", "Leeuwarden",
  "Maastricht", "Dordrecht", "Alkmaar", "Delft", "Venlo", "Deventer", "Helmond", "Oss", "Amstelveen", "Hilversum",
  "Heerlen", "Sittard", "Hengelo", "Purmerend", "Roosendaal", "Schiedam", "Lelystad", "Vlaardingen", "Leidschendam",
  "Rijswijk", "Zeist", "Nieuwegein", "Veenendaal", "Katwijk", "Spijkenisse", "Den Helder", "Doetinchem", "Harderwijk",
  "Middelburg", "Vlissingen", "Terneuzen", "Waalwijk", "Roermond", "Kerkrade", "Meppel", "Heerenveen", "Drachten",
  "Sneek", "Woerden", "Gorinchem", "Wageningen", "Barneveld", "Diemen", "Zandvoort", "Noordwijk", "Schiphol", "Bussum",
  "Heemstede", "Beverwijk", "IJmuiden", "'s-Gravenhage", "Voorburg", "Wassenaar",
];
const MORE_BE_ES_IT = [
  "Antwerp", "Anvers", "Ghent", "Gand", "Brugge", "Bruges", "Leuven", "Louvain", "Liège", "Namur", "Charleroi",
  "Mechelen", "Malines", "Hasselt", "Kortrijk", "Oostende", "Ostende", "Ostend", "Aalst", "Genk", "Brussel", "Tournai",
  "Knokke", "Zaragoza", "Alicante", "Murcia", "Valladolid", "Vigo", "Gijón", "Oviedo", "San Sebastián", "Donostia",
  "Pamplona", "Benidorm", "Torremolinos", "Girona", "Tarragona", "Sitges", "Lanzarote", "Turin", "Genova",
  "Genoa", "Bari", "Padova", "Padua", "Trieste", "Brescia", "Bergamo", "Bolzano", "Bozen", "Trento", "Modena", "Perugia",
  "Catania", "Cagliari",
];

/** Every folded form of one town as banks print it: umlauts as ü/u/ue (ß as ss), ø and å as o/oe and a/aa, "Saint"/"Sankt" also as "St". */
function spellings(name: string): string[] {
  const forms = [foldText(name), foldText(spellUmlautsOut(name)), foldText(spellNordicOut(name))];
  const short = forms.filter((f) => /^(?:saint|sankt|sainte|fort) /.test(f)).map((f) => f.replace(/^(?:saint|sankt) /, "st ").replace(/^sainte /, "ste ").replace(/^fort /, "ft "));
  return [...forms, ...short];
}

const MORE = [MORE_DE, MORE_AT_CH, MORE_UK_IE, MORE_US, MORE_FR, MORE_NL, MORE_BE_ES_IT].flat().flatMap(spellings);

/**
 * Towns kept out of CITIES on purpose, because the word also ends shop names: an ordinary word ("Deal", "Mobile",
 * "Orange", "Hof"), a surname or first name ("Hamilton", "Jackson", "Charlotte"), a brand ("Lincoln", "Halifax",
 * "Santander", "Evian"), a restaurant's name ("Sorrento", "Capri") or the end of a listed town or common word
 * ("Lingen" ends Solingen, "Hull" ends Solihull). The places test holds CITIES to it. A few such towns were listed
 * before it (Reading, Bath, Nice, Essen, Halle) and stay: the descriptor never splits them off a word run together.
 */
export const NOT_CITIES: ReadonlySet<string> = new Set([
  // de / at / ch
  "bethesda", "hof", "marl", "lauf", "worms", "haar", "haan", "leer", "heide", "langen", "singen", "kamen", "peine", "stade",
  "emden", "ahlen", "herten", "witten", "achim", "emmerich", "bruhl", "bruehl", "weingarten", "wangen", "neumarkt",
  "bingen", "lingen", "buhl", "baden", "zug", "baar", "wil", "sion", "uster", "wels", "steyr", "homburg", "brandenburg",
  "nienburg", "cloppenburg", "biel", "neumunster", "neumuenster",
  // uk / ie
  "wells", "deal", "hope", "sale", "march", "street", "bury", "slough", "rugby", "derby", "stone", "ware", "leek",
  "mold", "settle", "battle", "barrow", "sutton", "dudley", "beverley", "burton", "halifax", "lincoln", "hamilton",
  "livingston", "barry", "paisley", "chesterfield", "neath", "harrow", "barnet", "chester", "stoke", "limerick",
  "waterford", "kilkenny", "fleet", "market harborough", "dover", "andover", "hull", "derry", "rochdale", "windsor",
  // us
  "mobile", "orange", "independence", "victoria", "jackson", "garden grove", "grove", "queens", "astoria", "flushing",
  "providence", "buffalo", "charlotte", "savannah", "augusta", "marietta", "madison", "aurora", "boulder", "riverside",
  "ontario", "oceanside", "irving", "garland", "mesa", "chandler", "gilbert", "henderson", "sparks", "fargo",
  "billings", "troy", "montgomery", "burlington", "edison", "carmel", "eugene", "bend", "olympia", "wheaton", "elgin",
  "mckinney", "katy", "erie", "davis", "quincy", "lowell", "lynn", "bellevue", "kirkland", "everett", "anchorage",
  "columbia", "athens", "palm beach", "florence", "reno", "napa", "springfield", "provo", "macon", "santa fe",
  "santa cruz", "malibu", "venice",
  // fr
  "tours", "lens", "pau", "nancy", "laval", "vichy", "menton", "evian", "gap", "sens", "agen", "arles", "valence",
  "colombes", "vernier",
  // nl / be
  "ede", "best", "born", "bergen", "goes", "hoorn", "kampen", "gouda", "huizen", "assen", "weert", "gent", "luik",
  "waterloo", "spa",
  // es / it
  "santander", "granada", "ibiza", "mallorca", "marbella", "cordoba", "salamanca", "sorrento", "capri", "portofino",
  "amalfi", "taormina", "palermo", "verona", "siena", "pisa", "parma", "como", "rimini", "toscana", "las palmas",
  // The fuller gazetteer (towns-*-more.ts, towns-de-small.ts): a town's first part printed alone that is a word or a
  // name ("Aire" of Aire-sur-la-Lys, "Juan" of Juan-les-Pins, "Reit" of Reit im Winkl), a saint a pharmacy or a
  // church is named for ("Apotheke St. Anton", "Pharmacie Sainte-Croix"), a Spanish name a restaurant takes
  // ("Casa Del Mar", "San Pedro"), and towns that are words in another of the five languages ("Juist", "Zetel").
  "aire", "ashton", "juan", "lisle", "moreton", "reit", "stow", "voisins", "les pavillons", "melrose", "selkirk",
  "saint joseph", "saint charles", "saint augustine", "sainte croix", "saint gregoire", "saint emilion", "sankt anton",
  "sankt wolfgang", "san pedro", "san carlos", "san clemente", "del mar", "wormer", "juist", "zetel", "castelnau",
  // Long starts of the fuller lists' towns that are words or names themselves, never read as a town the field cut
  // ("LE PETIT CHATEAU" is no cut Châteaudun, "HAUS WESTEND" no cut Westendorf).
  "chateau", "billing", "chatter", "commerc", "westend", "southwe", "williams", "elizabeth", "juliana", "friedrich",
  "friedrichs", "hermanns", "heiligen", "steinhaus", "province", "trappen", "stolzen", "wolters", "campbel", "whittle",
  "champag", "champagn",
  // The border lists' towns whose first part, printed alone, is a word or a name ("Weiler" of Weiler-la-Tour, "Audun" of
  // Audun-le-Tiche).
  "weiler", "audun",
  // Canada's towns named like a person, a word, a brand, a pub or a saint: read only before a province's code.
  ...TOWNS_CA_BY_CODE_ONLY,
]);

// "Frankfurt am Main", "Stratford-upon-Avon", "Gronau (Leine)", "Biel/Bienne": banks print the whole name or its first part.
const QUALIFIER = /\s*(?:[(/]|\s(?:am|an der|an den|im|in|in der|bei|vor der|vorm|ob der|auf|unter|upon|under|on|aan den|aan de|op|en|sur)\s|-(?:upon|under|on|in|le|la|sur|sous|en|les|lès|super|am)-).*$/u;

/** A gazetteer town and the first part it is printed by; a part under four letters ("Aa", "Son") is too likely a word. */
function townForms(name: string): string[] {
  const first = name.replace(QUALIFIER, "");
  return first !== name && foldText(first).length >= 4 ? [name, first] : [name];
}

/** Every folded form of the lists' towns, less those that are also words, names or brands (TOWN_WORDS, NOT_CITIES). */
function gazetteer(lists: readonly (readonly string[])[]): string[] {
  const kept = lists.flat().flatMap(townForms).map(spellings).filter((forms) => !forms.some((f) => TOWN_WORDS.has(f) || NOT_CITIES.has(f)));
  return kept.flat().filter((f) => f.length >= 4);
}

const FIRST_LISTS = [TOWNS_DE, TOWNS_AT_CH, TOWNS_UK_IE, TOWNS_NL_BE_LU, TOWNS_FR, TOWNS_US];
// The border towns (towns-pl-cz-dk.ts, towns-border.ts, towns-ca.ts) are small places too, read like the fuller lists' towns.
const FULLER_LISTS = [
  TOWNS_DE_SMALL, TOWNS_AT_CH_MORE, TOWNS_UK_MORE, TOWNS_NL_MORE, TOWNS_BE_LU_MORE, TOWNS_FR_MORE, TOWNS_US_MORE,
  TOWNS_PL, TOWNS_CZ, TOWNS_DK, TOWNS_BORDER_TRADE,
  TOWNS_LU, TOWNS_BE_BORDER, TOWNS_CH_BORDER, TOWNS_FR_BORDER, TOWNS_DE_BORDER, TOWNS_NL_BORDER, TOWNS_CA,
];

/**
 * The cities a descriptor is read for even where the terminal ran them into the name ("FISH BARLONDON") or cut them
 * at the field's width ("LEIPZI"). The gazetteer's small towns are left out of those two guesses: thousands of short
 * names ("Bruck", "Ried", "Asse") end or start ordinary words, and a guess there would cut a name.
 */
export const KNOWN_CITIES: ReadonlySet<string> = new Set([...CITIES_DE, ...CITIES_INTL, ...MORE]);

/** Every town a descriptor may print after the merchant: the known cities and the gazetteer's towns. */
const FIRST_TOWNS: ReadonlySet<string> = new Set([...KNOWN_CITIES, ...gazetteer(FIRST_LISTS)]);
export const CITIES: ReadonlySet<string> = new Set([...FIRST_TOWNS, ...gazetteer(FULLER_LISTS)]);

/**
 * The towns only the fuller lists name (towns-de-small.ts, towns-*-more.ts). Whole, they are towns like the others; cut
 * by a card field the descriptor guesses them only from a long start: their thousands of short starts ("Lieb" of
 * Liebenburg, "Wolke" of Wolkersdorf, "Truck" of Truckee) are words that end shop names.
 */
export const FULLER_TOWNS: ReadonlySet<string> = new Set([...CITIES].filter((town) => !FIRST_TOWNS.has(town)));

/** Country codes as descriptors print them at the end: ISO alpha-2/alpha-3 and a few bank habits (LND). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  "DE", "DEU", "AT", "AUT", "CH", "CHE", "GB", "GBR", "UK", "IE", "IRL", "US", "USA", "CA", "CAN", "FR", "FRA", "NL",
  "NLD", "BE", "BEL", "LU", "LUX", "ES", "ESP", "IT", "ITA", "PT", "PRT", "DK", "DNK", "SE", "SWE", "NO", "NOR", "PL",
  "POL", "CZ", "CZE", "LND",
  // A Canadian terminal's province run into the country's code ("… TORONTO ONCA").
  ...PROVINCE_CODES.map((province) => `${province}CA`),
]);

const PROVINCES: ReadonlySet<string> = new Set(PROVINCE_CODES);
// Every Canadian town, those kept out of CITIES for being a name or a word too.
const CANADIAN_TOWNS: ReadonlySet<string> = new Set(TOWNS_CA.flatMap(townForms).flatMap(spellings));

/**
 * How many last words are a Canadian town and its province's code, alone or run into the country's ("… WINDSOR ON",
 * "… WINDSOR ONCA" → 2), or 0. Before a province's code even a town named like a person or a word ("Windsor",
 * "Delta") is where the card was used; two words of the name must stay before it.
 */
export function canadianTownAtEnd(words: readonly string[]): number {
  const province = /^([A-Z]{2})(?:CA)?$/.exec(words[words.length - 1] ?? "")?.[1];
  if (!province || !PROVINCES.has(province)) return 0;
  for (const n of [3, 2, 1]) if (words.length > n + 2 && CANADIAN_TOWNS.has(foldText(words.slice(-1 - n, -1).join(" ")))) return n + 1;
  return 0;
}

/**
 * Countries whose card terminals print the town and then the country's code (ISO alpha-2 or alpha-3) after the shop:
 * "BLUE STAR FERRIES PIRAEUS GRC", "LARA ECZANESI ANTALYA TR". No gazetteer of theirs is kept, so the one word before
 * such a code is taken as the town. The home countries' codes (COUNTRY_CODES) are not here: their towns are known.
 */
export const ABROAD_CODES: ReadonlySet<string> = new Set([
  "GR", "GRC", "TR", "TUR", "HR", "HRV", "SI", "SVN", "HU", "HUN", "SK", "SVK", "RO", "ROU", "BG", "BGR", "CY", "CYP", "MT", "MLT",
  "TH", "THA", "JP", "JPN", "SG", "SGP", "MX", "MEX", "ID", "IDN", "VN", "VNM", "MA", "MAR", "EG", "EGY", "AE", "ARE", "IS", "ISL",
  "FI", "FIN", "EE", "EST", "LV", "LVA", "LT", "LTU", "AL", "ALB", "ME", "MNE", "TN", "TUN", "ZA", "ZAF", "AU", "AUS", "NZ", "NZL",
]);
