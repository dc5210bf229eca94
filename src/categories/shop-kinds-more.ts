// More trade words of local businesses, enumerated by trade rather than from
// statements: the retail, repair, care, food and leisure trades of an economic
// classification (NACE rev. 2 sections G, I, N, P, Q, R, S) and of the trade
// directories (Gelbe Seiten, Gouden Gids, Yellow Pages, Pages Jaunes) as German,
// Dutch, English and French businesses name themselves. shop-kinds.ts merges
// them after its own words, which keep precedence; the same rules hold (whole
// folded words). A word that is also a surname or a first name (Glaser, Maler,
// Schreiner, Klempner, Timmerman, Charpentier, Couvreur, Goudsmid, Glazier,
// Buffet, Lash, Fudge, Lido), a town (Tours: only "guided tours" and the like)
// or has a common other meaning ("Windows", "Circus", "Spectacles") is left out:
// a person paid by transfer would read as that trade. Pets, animals, vets,
// gardens and plants are left to their own lists.

export const MORE_HEALTH: readonly string[] = [
  // A medical practice by its speciality, as its sign says it.
  "[a-z]+arztpraxis", "arztehaus", "arztezentrum", "versorgungszentrum", "krankengymnastik", "naturheilpraxis", "naturheilkunde", "chiropraktik",
  "psychotherapeut", "psychotherapeutin", "psychologe", "psychologin", "psychiatrie", "kieferorthopadie", "dentallabor", "zahntechnik", "zahnlabor",
  "kardiologie", "gynakologie", "urologie", "neurologie", "dermatologie", "chirurgie", "onkologie", "gastroenterologie", "nephrologie",
  // Care for the old is health, as care homes are; "Tagespflege" without "Kinder" is the day care of the old.
  "altenpflege", "seniorenpflege", "intensivpflege", "tagespflege", "krankentransport", "krankentransporte", "rettungsdienst",
  "psycholoog", "psychologenpraktijk", "dietist", "logopedie", "oefentherapie", "oefentherapeut", "huidtherapie", "huidtherapeut", "tandtechniek",
  "audicien", "kraamzorg", "verpleeghuis", "verzorgingshuis", "zorgcentrum", "acupunctuur", "osteopaat", "homeopaat", "natuurgeneeskunde", "ambulancedienst",
  "internal medicine", "family medicine", "family practice", "pediatric", "paediatric", "paediatrics", "orthopaedics", "orthopedic", "orthopaedic", "dermatology", "cardiology", "oncology", "radiology", "pathology", "gastroenterology", "neurology", "urology", "ophthalmology", "audiology", "podiatry", "chiropody", "chiropodist", "osteopathy", "naturopath", "homeopathy", "hygienist", "midwife", "midwifery", "dentures", "denturist",
  "physical therapy", "occupational therapy", "speech therapy", "psychotherapy", "psychologist", "psychologists", "psychology", "psychiatrist", "psychiatry", "mental health", "dialysis", "diagnostic imaging", "home health", "domiciliary care", "ambulance", "ambulances",
  // Counselling is a therapist's, seldom a debt adviser's.
  "counselling", "counseling",
  "cardiologie", "gynecologie", "pediatrie", "ophtalmologie", "ophtalmologiste", "dermatologue", "cardiologue", "pediatre", "gynecologue", "kinesitherapie", "osteopathe", "infirmier", "infirmiere", "infirmiers", "sage femme", "podologue", "psychologue", "psychiatre", "orthoptiste", "ergotherapeute", "dieteticien", "dieteticienne", "naturopathe", "sophrologue", "sophrologie", "acupuncteur", "chiropracteur", "imagerie medicale", "maison de sante",
  "heilpraktikerin", "huisartspraktijk", "ggz", "psychomotricien", "psychomotricienne", "centre hospitalier", "hospitalier", "polyclinique", "infirmary",
];

export const MORE_DRUGSTORE: readonly string[] = [
  "heissmangel", "manikure", "pedikure", "wimpern", "wimpernstudio", "braunungsstudio", "visagistin", "visagist",
  "schoonheidsspecialiste",
  "bronzage", "epilation", "maquillage", "cles minute",
  "brows", "threading", "aesthetics", "skincare", "skin care", "facials", "electrolysis", "wash and fold", "ironing", "shoe repairs",
  // Massage is personal care here, as heuristics.ts files it.
  "massagepraxis", "hairdressing", "barbering", "aesthetic", "cobblers", "lash studio", "brow studio", "nagelstyliste", "pedicurepraktijk", "zonnebank", "huidverzorging", "bien etre", "manucure", "estheticienne",
];

export const MORE_GROCERIES: readonly string[] = [
  "gemusehandel", "obsthandel", "molkerei", "[a-z]+molkerei", "milchhof", "teeladen", "schokolade[a-z]*", "brennerei", "destillerie", "weingut", "weinbau", "[a-z]*kellerei", "mosterei", "kelterei", "obstbau", "geflugelhof", "fischzucht", "forellenzucht", "brotladen", "tabakladen", "tabakborse", "wurstwaren",
  "vleeshouwerij", "beenhouwerij", "beenhouwer", "patissier", "bonbons", "snoepwinkel", "snoepgoed", "bierwinkel", "theewinkel", "natuurwinkel", "reformwinkel", "zuivelhandel", "eierhandel", "sigarenwinkel", "sigarenzaak", "sigarenmagazijn",
  "biscuiterie", "cremerie", "volailler", "volaillerie", "viennoiserie", "distillerie", "cidrerie", "maraicher", "maraichers",
  "dairy", "dairies", "produce", "cupcakes", "cakes", "chocolates", "confectionery", "confectioners", "tobacco", "vape", "vapes", "vaping", "winery", "wineries",
  "fleischerfachgeschaft", "pralinen", "zeitschriftenladen", "unverpackt", "bakkerswinkel", "tabakswinkel", "bakers", "poultry", "farmstand", "apiary", "provisions", "larder", "wholefoods", "vrac", "producteurs", "rucher", "miellerie", "ostreiculteur", "conserverie", "salaisons", "charcutier",
];

export const MORE_RESTAURANTS: readonly string[] = [
  "ausflugslokal", "speiselokal", "tanzlokal", "mittagstisch", "straussenwirtschaft",
  "uitspanning", "theehuis", "eetlokaal", "bierlokaal", "wijnlokaal", "koffiebranderij",
  "brulerie",
  "chophouse", "chop house", "luncheonette", "roadhouse", "hot pot", "hotpot", "all you can eat", "cookhouse", "eating house", "speakeasy", "desserts",
];

export const MORE_FUEL: readonly string[] = [
  "autolackiererei", "lackiererei", "autoverwertung", "autoaufbereitung", "fahrzeugpflege", "fahrzeugtechnik", "autotechnik", "autoelektrik", "unfallinstandsetzung", "karosserie[a-z]+", "pannenhilfe", "autosattlerei",
  // Motorcycles are vehicles (MCC 5571 is a car dealer's range).
  "motorrad", "motorrader", "motorradhandel", "motorradwerkstatt",
  "autoschade[a-z]*", "schadeherstel", "keurstation", "apk keuring", "autowasstraat", "autosloperij", "autotechniek", "autodealer",
  "remorquage", "mecanique auto", "centre auto", "motos",
  "autos", "auto sales", "car sales", "used cars", "auto service", "auto services", "auto repairs", "car repairs", "vehicle repairs", "car care", "valeting", "car valet", "detailing", "transmissions", "muffler", "mufflers", "exhausts", "towing", "vehicle recovery", "breakdown recovery", "collision", "smog check", "windscreens", "windshield", "auto glass", "car spares", "auto spares", "motor factors", "autoparts", "motorcycles", "motorbikes",
  "autowaschanlage", "garagebedrijf", "autoreparatie", "autoruit", "autopoets", "auto electrics", "automotive", "auto centre", "auto center", "autobody", "panel beaters", "vidange",
];

export const MORE_TRANSPORT: readonly string[] = [
  "personenbeforderung", "personenvervoer", "limousine", "limousines", "limo", "shuttle", "chauffeurs", "chauffeur service", "busunternehmen", "private hire", "rickshaw", "pedicab", "coach hire",
];

/**
 * A ski holiday's lifts, passes and hired skis are the trip's, as the corpus files them (Zugspitzbahn, SkiWelt, Skimium):
 * a mountain railway, a ski area or resort, a lift ticket or pass, a ski hire. Not a toboggan run, a water-ski lift or a
 * ski club. Read with the content words, before the venues' "tickets".
 */
export const SKI_TRIPS: readonly string[] = [
  "[a-z]*bergbahn(en)?", "[a-z]*seilbahn(en)?", "gondelbahn(en)?", "sesselbahn(en)?", "[a-z]*gletscherbahn(en)?", "skilift[a-z]*", "skigebiet", "skipass", "skiverleih", "skivermietung", "skiverhuur",
  "ski (area|areas|resort|resorts|slope|slopes|hire|rental|rentals|lifts?|pass|passes|tickets?)", "lift (tickets?|pass|passes)", "mountain resort", "(epic|ikon)( local)? pass",
  "domaine skiable", "remontees mecaniques", "forfaits? (de )?ski", "location (de )?skis?",
];

export const MORE_TRAVEL: readonly string[] = [
  "ferienhof", "ferienanlage", "feriendorf", "ferienhauser", "boardinghouse", "herberge", "zeltplatz", "wohnmobilstellplatz", "reiseveranstalter", "touristik", "stadtrundfahrt", "stadtrundfahrten",
  // Hiring a van or a car is travel, as car hire is.
  "autoverleih", "transportervermietung", "transporterverleih", "wohnmobilvermietung",
  "groepsaccommodatie", "minicamping", "kampeerboerderij", "logies", "rondvaart", "rondvaarten",
  "village vacances", "hotellerie", "location utilitaire", "location utilitaires",
  "guided tours", "boat tours", "walking tours", "city tours", "excursions", "sightseeing", "holidays", "vacations", "cottages", "holiday cottages", "lodges", "chalets", "glamping", "campground", "campgrounds", "rv park", "van hire", "self drive( hire)?", "holiday village", "holiday homes", "holiday lets", "narrowboat", "narrowboats", "canal boats", "safaris",
];

export const MORE_ENTERTAINMENT: readonly string[] = [
  "bowlingcenter", "bowlingbahn", "kegelbahn", "kletterwald", "kletterpark", "hochseilgarten", "eisbahn", "eisstadion", "kabarett", "kleinkunst", "zirkus", "freilichtbuhne", "planetarium", "sternwarte", "spielothek", "spielcasino", "badminton", "tischtennis", "turnverein", "schutzenverein", "bogensport", "kartbahn", "wasserski", "rodelbahn", "sommerrodelbahn",
  // Saunas and thermal baths are leisure here, as heuristics.ts files them; a wellness centre is one.
  "wellness",
  "klimbos", "klimpark", "midgetgolf", "ijsbaan", "kunstijsbaan", "schaatsbaan", "kartbaan", "bowlingcentrum", "biljart", "biljartcentrum", "concertzaal", "lasergame", "lasergamen", "escaperoom", "speelparadijs", "binnenspeeltuin", "speelhal", "gokhal",
  "playhouse", "amusements", "funfair", "fun park", "adventure park", "play barn", "indoor play", "axe throwing", "driving range", "pitch and putt", "karts", "ice skating", "roller rink", "skating", "racecourse", "racetrack", "bingo", "martial arts", "karate", "judo", "taekwondo", "jiu jitsu", "kickboxing", "aikido", "archery", "pool hall", "recreation", "orchestra", "symphony", "heritage centre", "visitor centre", "observatory",
  "cirque", "accrobranche", "parc aventure", "laser game", "salle de spectacle", "boite de nuit", "cabaret", "base de loisirs", "centre aquatique", "escalade", "danse",
  "saunalandschaft", "saunapark", "eissporthalle", "kegelcenter", "freizeitzentrum", "schwimmverein", "disco", "comedy", "exhibition", "exhibitions", "fun fair", "fairground", "shooting ground", "shooting range", "clay shooting", "parc de loisirs",
];

// Childminders and other paid childcare are read with the booking-type words, so a person paid for them counts too (baby-trades.ts).
export const MORE_EDUCATION: readonly string[] = [
  "lernhilfe", "repetitorium", "hausaufgabenbetreuung", "krabbelgruppe", "spielgruppe", "bildungszentrum", "bildungswerk", "bildungsinstitut", "seminare", "lehrgang", "lehrgange", "fernstudium", "[a-z]+bibliothek",
  "bijles", "huiswerkbegeleiding", "huiswerkinstituut", "gastouder[a-z]*", "peuterspeelzaal", "opleiding", "opleidingen", "[a-z]*cursus", "cursussen", "studiecentrum", "academie",
  "driving instructor", "montessori", "day nursery", "playgroup",
  "soutien scolaire", "cours particuliers", "formation", "formations",
  // A toy library lends as a library does; lessons by the instrument or the stroke are teaching.
  "ludotheque", "muziekles", "zwemles", "dansles", "pianoles", "kinderhaus", "lecons",
];

export const MORE_RENT: readonly string[] = [
  // Estate agents and storage are the home's costs (the corpus's policy).
  "immobilienmakler", "makelaar", "makelaardij", "makelaarskantoor", "estate agent", "estate agents", "real estate", "realtor", "realtors",
  "self storage", "selfstorage", "mini storage", "storage units", "lagerraum", "lagerraume", "garde meuble", "storage centre", "storage center", "estate agency",
];

export const MORE_SHOPPING: readonly string[] = [
  // Builders', fitters' and repairers' trades: their work is bought like goods, as shop-kinds.ts files them.
  "polsterei", "glaserei", "schlosserei", "dachdeckerei", "dachdecker", "zimmerei", "bedachungen", "installateur", "klempnerei", "spenglerei", "flaschnerei", "malermeister", "malerfachbetrieb", "stuckateur", "gipserei", "trockenbau", "bodenbelage", "bodenleger", "gardinen", "rolladen", "rollladen", "markisen", "jalousien", "fensterbau", "metallbau", "stahlbau", "kunstschmiede", "ofenbau", "kaminofen", "hausmeisterservice", "hausmeisterdienst",
  "elektrotechnik", "elektroinstallation", "elektroinstallationen", "elektrobetrieb", "elektromeister",
  // Chimney sweeps are tradesmen too.
  "schornsteinfeger", "kaminkehrer", "schoorsteenveger", "ramonage", "chimney sweep",
  "fotograf", "fotografie", "photography", "photographer", "photographers", "photographe", "photographie",
  "gravuren", "bilderrahmen", "einrahmung", "kunsthandel", "antiquitaten", "[a-z]+kaufhaus", "gebrauchtwaren", "musikinstrumente", "musikalien", "klavierhaus", "pianohaus", "klavierbau", "geigenbau", "hifi", "hi fi", "sportgeschaft", "sportshop", "herrenausstatter", "trachten", "dessous", "kurschnerei", "pelze", "porzellan", "keramik", "kerzen", "geschenkartikel", "dekoration", "wohnaccessoires", "betten", "bettenhaus", "bettwaren", "matratzen", "teppiche", "werkzeuge", "computerladen", "computershop", "handyladen", "versandhandel", "plattenladen",
  "doe het zelf", "verfwinkel", "witgoed", "electronica", "elektronica", "naaimachines", "stoffen", "wolwinkel", "kledingwinkel", "modewinkel", "horloges", "goudsmederij", "edelsmederij", "glashandel", "glaszetter", "stukadoor", "stukadoors", "stukadoorsbedrijf", "timmerbedrijf", "timmerwerken", "dakdekker", "dakdekkersbedrijf", "tegelzetter", "tegelhandel", "tegels", "elektricien", "elektrotechniek", "bouwbedrijf", "aannemersbedrijf", "aannemingsbedrijf", "klusbedrijf", "klussenbedrijf", "klusjesman", "stoffeerderij", "stoffeerder", "zonwering", "rolluiken", "gordijnen", "raamdecoratie", "kozijnen", "badkamers", "sanitair", "kachels", "slotenmaker", "sleutelservice", "sleuteldienst", "kleermakerij", "naaiatelier", "webwinkel", "webshop", "groothandel", "verlichting",
  "serrurier", "plombier", "plomberie", "menuiserie", "ebenisterie", "vitrerie", "miroiterie", "vitrier", "charpente", "toiture", "toitures", "zinguerie", "platrerie", "carrelage", "maconnerie", "peinture", "chauffagiste", "climatisation", "renovation", "terrassement", "tapissier", "tapisserie", "literie", "luminaires", "rideaux", "encadrement", "joaillerie", "orfevrerie", "retouches", "retouche", "decoration", "cadeaux", "solderie", "informatique", "armurerie", "coutellerie", "vannerie", "poterie", "ceramique", "antiquaire", "ressourcerie", "recyclerie", "materiaux", "outillage", "pret a porter",
  "upholstery", "upholsterers", "upholsterer", "glazing", "glaziers", "joinery", "joiners", "carpentry", "roofing", "roofers", "plasterers", "plastering", "tiling", "plumbers", "builders", "handyman", "handymen", "renovations", "blinds", "curtains", "kitchens", "bathrooms", "tiles", "fireplaces", "stoves", "conservatories", "beds", "mattress", "mattresses", "sofas", "lighting",
  "tailoring", "seamstress", "dressmaker", "dressmakers", "watch repair", "watch repairs", "computers", "laptops", "watches", "consignment", "preloved", "collectables", "collectibles", "framing", "printing", "engraving", "trophies", "balloons", "fancy dress", "costumes", "bridal", "formal wear", "formalwear", "tuxedo", "outfitters", "uniforms", "schoolwear", "knitwear", "hosiery", "textiles", "sewing", "quilting", "vinyl", "guitars", "pianos", "gunsmiths",
  "[a-z]*fachgeschaft", "geschenkeladen", "souvenirladen", "schreibwarenladen", "bastelladen", "eisenwarenhandlung", "papierhandlung", "kunsthandlung", "antiquitatenhandel", "munzhandel", "rollladenbau", "kledingreparatie",
  // Trade counters and wholesalers that sell to the public: "SANITAIRGROOTHANDEL NOORD", "BAUCENTER …", "BOUWCENTER …".
  "[a-z]+groothandel", "[a-z]+grosshandel", "baucenter", "bouwcenter", "witgoedhuis", "witgoedcentrum", "vloerenhuis", "vloerencentrum", "tile studio", "tile centre", "tile center", "appliance", "appliance center", "appliance centre",
  "electrician", "electricians", "groundworks", "scaffolding", "guttering", "damp proofing", "pest control", "drainage", "hvac", "air conditioning", "heating (and )?air", "heating and cooling", "masonry", "drywall", "painters", "tilers", "plasterer", "roofer", "carpenters", "windows (and )?doors",
];

// Fuel for the home's stove or boiler heats it, as heating oil does (heuristics.ts).
export const MORE_UTILITIES: readonly string[] = [
  "brennstoffhandel", "kohlenhandel", "brennholz", "kaminholz", "holzpellets", "firewood", "bois de chauffage",
  // Wood pellets for the boiler, by a dealer's name ("PELLETS HARZVORLAND GMBH"): the stoves that burn them are shops' (home-trades.ts).
  "pellets", "houtpellets", "pellethandel", "pelletlieferung", "granules (de )?bois",
];

export const MORE_OTHER: readonly string[] = [
  // Funeral directors and house clearances are services of their own (the corpus files them "other", as removals).
  "bestattungen", "bestattung", "bestattungsinstitut", "bestattungshaus", "bestatter", "beerdigungsinstitut", "pietat",
  "uitvaart[a-z]*", "begrafenisonderneming",
  "pompes funebres", "funerarium", "funeraire", "funeraires",
  "funeral director", "funeral directors", "funeral home", "funeral homes", "funeral services", "funeral service", "funeralcare", "funerals", "undertakers", "mortuary",
  "entrumpelung", "haushaltsauflosung", "haushaltsauflosungen", "house clearance", "house clearances",
  // Removal and courier firms are "other" as heuristics.ts files removals; headstone masons work for the bereaved.
  "umzugsunternehmen", "umzugsfirma", "spedition", "kurierdienst", "koeriersdienst", "courier services", "cremation", "cremations", "memorials", "headstones", "grabmale", "grafmonumenten",
];

// Harbours and camping by their kind's word (pool 53, read after scoring): a marina's or a campsite's fee is a stay
// away, as a hotel's is; a water-sports club's dues are leisure, as a sailing club's; boat and camping gear is bought.
// "Campingshop"/"Campingbedarf" are shops and come before the "…camping" of a site's name.
const HARBOURS_AND_CAMPSITES: readonly string[] = [
  "marina", "marinas", "yachthafen", "[a-z]+yachthafen", "sportboothafen", "jachthaven", "passantenhaven", "yacht haven", "capitainerie",
  // A French harbour by its name ("PORT DES MINIMES", "PORT DU CROUESTY"), a marina's "port de plaisance" among them.
  "port (des|du|de la|de) [a-z]+",
  "[a-z]+camping", "campingpark", "campingplaats", "wohnmobilhafen", "reisemobilhafen",
];
const WATER_SPORTS_CLUBS: readonly string[] = [
  "wassersportverein", "seglerverein", "kanuverein", "watersportvereniging", "zeilvereniging", "kanovereniging", "club nautique", "cercle nautique",
];
const BOAT_AND_CAMPING_GEAR: readonly string[] = [
  "chandlery", "chandlers", "ship chandler", "bootszubehor", "bootsausrustung", "bootsbedarf", "yachtausrustung", "scheepsbenodigdheden", "watersportwinkel",
  "campingbedarf", "campingshop", "campingzubehor", "campingartikel", "vorzelt[a-z]*", "awning", "awnings", "rv parts",
];

// The trades of Germany's eastern and northern neighbours, as their shops name themselves and terminals print them
// without their letters (Polish, Czech, Danish): people cross to fill up, buy food and eat there. "Slagter" alone is a
// Dutch surname and stays out.
const NEIGHBOURS_PHARMACIES: readonly string[] = ["apteka", "lekarna", "apotek"];
const NEIGHBOURS_FOOD_SHOPS: readonly string[] = [
  "potraviny", "piekarnia", "pekarna", "pekarstvi", "cukiernia", "cukrarna", "masarnia", "reznictvi", "sklep spozywczy",
  "bageri", "bageriet", "slagteren", "slagterforretning", "graensehandel", "grenzhandel",
];
const NEIGHBOURS_EATING: readonly string[] = ["kawiarnia", "kavarna", "restaurace", "hospoda", "pivnice", "jidelna", "grillbar"];
const NEIGHBOURS_FUEL: readonly string[] = ["stacja paliw", "cerpaci stanice", "benzinova stanice"];

/** In first-match order, after shop-kinds.ts's own lists: care first, shops last as the broadest kind. */
export const MORE_SHOP_KIND_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["health", MORE_HEALTH],
  ["drugstore", MORE_DRUGSTORE],
  ["health", NEIGHBOURS_PHARMACIES],
  ["groceries", MORE_GROCERIES],
  ["groceries", NEIGHBOURS_FOOD_SHOPS],
  ["restaurants", MORE_RESTAURANTS],
  ["restaurants", NEIGHBOURS_EATING],
  ["fuel", MORE_FUEL],
  ["fuel", NEIGHBOURS_FUEL],
  ["transport", MORE_TRANSPORT],
  ["shopping", BOAT_AND_CAMPING_GEAR],
  ["travel", HARBOURS_AND_CAMPSITES],
  ["travel", MORE_TRAVEL],
  ["entertainment", WATER_SPORTS_CLUBS],
  ["entertainment", MORE_ENTERTAINMENT],
  ["education", MORE_EDUCATION],
  ["rent", MORE_RENT],
  ["utilities", MORE_UTILITIES],
  ["other", MORE_OTHER],
  ["shopping", MORE_SHOPPING],
];
