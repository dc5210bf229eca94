// The trades of the home, enumerated by trade rather than from statements: builders' merchants and DIY stores, timber
// yards, ironmongers, paint and wallpaper, tiles and flooring, kitchen and bathroom studios, windows and doors, stoves
// and fireplaces, plumbers, electricians and heating engineers, roofers, joiners, plasterers, painters and decorators,
// glaziers, chimney sweeps, scaffolders, tool and plant hire, skips, solar and heat-pump installers, furniture, beds,
// lighting, curtains and blinds, locksmiths, pest control, cleaning firms and window cleaners, garden centres,
// landscapers, fencing and reclamation yards — in German, English (UK and US), French and Dutch, with the Spanish and
// Italian kind words a European statement prints. Whole folded words, as shop-kinds.ts matches them; a card field
// cuts a name at 20–25 characters ("SCHORNSTEINF", "GARDEN CENTR").
//
// Category decisions (the ground rules name tradesmen, locksmiths, cleaning firms, furniture and DIY as shopping, a
// council's planning fee as taxes): a tradesman's work is bought like goods, so every trade here, its tool hire, its
// skip and its solar panels are shopping; architects, surveyors, valuers and energy advisers or assessors are "other":
// a professional's fee for advice or a certificate, as a notary's or a conveyancer's is, not a trade's work or goods;
// a skip or a container is hired like a tool for the works (shopping, as "skip hire" already was), while carting
// rubbish away is a clearance ("other", as house clearances are); firewood and district heating heat the home
// (utilities, as Brennholz already was).
//
// Left out because a word alone has another meaning: surnames (Maler, Glaser, Schreiner, Tischler, Zimmermann,
// Klempner, Maurer, Schlosser, Spengler; Timmerman, Smit, Schilder alone, Metselaar, Tuinman; Couvreur, Charpentier,
// Jardinier; Carpenter, Mason, Joiner, Glazier, Painter, Thatcher, Ironmonger), a town ("maçon" folds to Mâcon),
// "Holz"/"Glas" alone (surnames: only before a firm's form), "Küchen" (folds to "Kuchen", a cake: only the studios'
// compounds), "Küche und Bad" (a flat's rooms in a rent's purpose), "Heizung" beside a rent ("Miete inkl. Heizung"
// keeps rent: the heating word is read last), "Garten", "Boden" (a fashion brand), "Zaun", "Tore" (a first name),
// "stores"/"portes" (English shops, a French town), "nettoyage" alone (a dry cleaner's "nettoyage à sec"), "cleaners"
// alone (a dry cleaner's), "painting" alone (a paint-and-sip evening), "extensions" (hair and lashes), "windows",
// "wintergarten" (a variety theatre), "glass" alone (a windscreen firm's: fuel), "Kuchenhaus" (a café), "serre" (a
// surname), "Putzhilfe" (a person paid a wage), "furnishings" alone (a firm's name as often as a shop's),
// "restoration", "septic" (a sewer's service), "habitat" (a French social landlord's), "heating" alone (a heat
// network's bill as often as an engineer's), "locks and keys" (a key cutter's: drugstore) and "Kammerjäger" (each moved
// a measured row the corpus files otherwise; "Schädlingsbekämpfung" stays). An owner's surname that is another trade's
// word ("GLASZETTERIJ BAKKER") still decides first: these words are read last.

/**
 * Read before the rent's "property"/"immobilier", the filling station's "garage", the utilities' "gas", "water",
 * "electric", "energy" and "électricité", the kitchen's "kitchen"/"keuken"/"cuisine", the hairdresser's "haar…", the
 * dry cleaner's "…reinigung", the spa's "spa", the savings' "depot", the grocer's "marché" and the thermal bath's
 * "Therme" (a gas boiler in German) that a trade's name or its purpose also prints.
 */
export const HOME_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A building-control or planning fee paid to the council or its portal is a levy; the authority by its office's name.
  ["taxes", [
    "bauordnungsamt", "bauamt", "baurechtsamt", "bauaufsicht[a-z]*", "bauverwaltungsamt",
    "(gebuhr|gebuhren|gebuhrenbescheid)( [a-z]+){0,2} bau(antrag|genehmigung)", "bau(antrags|genehmigungs)gebuhr(en)?",
    "building control", "building regs", "building regulations", "planning (application|applications|fee|fees|permission|portal)", "(building|zoning) permits?",
    "omgevingsvergunning", "bouwvergunning", "bouwleges", "permis de construire", "taxe (d )?amenagement",
    // A US county's or city's permit by its fee ("FREDERICK CO PERMIT FEE", "BLDG PERMIT") and a Scottish building warrant; a
    // parking permit is the car's (fuel), so not after a parking or resident word.
    "bldg permits?", "building warrants?( fees?)?", "(?<!(parking|resident|residents|residential|visitor|visitors) )permits? fees?",
  ]],
  // Firewood for the hearth and a block's district heating warm the home, as heating oil does.
  // A leased roof's solar or a power purchase agreement sells the power, as the utility does ("SUNRUN DES:SOLAR LEASE"): the
  // panels bought and fitted are the installer's (shopping, below).
  ["utilities", ["haardhout", "stookhout", "(district|communal) heating", "solar (lease|leasing|ppa|power purchase agreement|rental|subscription)"]],
  // A property diagnosis or an energy assessment is a professional's certificate, whatever estate or energy word it prints;
  // carting rubbish away is a clearance, whatever waste word it prints.
  ["other", [
    "diagnostics? immobiliers?", "diagnostiqueurs?", "diagnostic (de )?performance energetique",
    "energy (assessors?|assessments?|performance certificates?|advisers?|advisors?|audits?)", "energie (beratung|berater|beraterin|advies|adviseur|label|ausweis)",
    "(rubbish|junk|waste) (removal|removals|clearance|clearances)",
    // An architect's or a surveyor's fee by its stage or its drawings ("WEST BAY ARCHITECTS LTD STAGE 3 DESIGN FEE"): the
    // professional's, before the bank's fee words.
    "(architects?|architecten|architectes?|architekt[a-z]*|surveyors?|geometres?|landmeters?)( [a-z0-9]+){0,5} (fee|fees|honorar[a-z]*|honoraires?)",
    "(architectural|design|drawings?|survey|surveying|surveyors|structural) fees?",
  ]],
  ["shopping", [
    // Plumbers and heating engineers by the supplies they fit ("Gas-Wasser-Installateur", "Heizung Sanitär", "GAS SAFE ENGINEERS",
    // "WATER HEATERS"), an electrician's firm by its form ("SPARKY ELECTRIC LLC", "SARL DUPONT ELECTRICITE").
    "gas (und |u )?wasser ?(heizung|sanitar|installation|installationen|installateur[a-z]*)",
    "heizung (und |u )?(sanitar|luftung|klima|solar|bad)", "sanitar (und |u )?heizung", "(wartung|reparatur)( der)? (gas)?therme", "gastherme[a-z]*",
    "gas (safe|engineers?|fitters?|installers?|heating engineers?)", "boilers? (service|services|servicing|repairs?|installations?|installers?)",
    "water (heaters?|softeners?|damage( restoration)?)", "electric (llc|inc|contractors?|contracting)",
    "(sarl|eurl|sas|sasu|ets|entreprise) ([a-z]+ ){1,2}electricite", "electricite (batiment|btp|industrielle|tertiaire|renovation|plomberie|chauffage)",
    // A garage door is no car's garage; a tile or flooring "depot" no bank's.
    "garage ?doors?", "(tile|tiles|floor|flooring|carpet|carpets|laminat|laminate|kitchen|bath|garden|timber|stone|fence|lighting|furniture|mattress|appliance|door|window|cabinet)s? depot",
    // Kitchens sold with their bathrooms and fitted kitchens are the studio's, not a restaurant's kitchen; a kitchen and a
    // bath joined by "&" (which folds away) is a restaurant in Bath, so only "and" or "n" joins them.
    "kitchens (and |n )?(bath|baths|bathrooms?|bedrooms?)", "kitchen (and |n )?(bathrooms?|bedrooms?)", "kitchen (and|n) (bath|baths)", "bathrooms? (and |n )?kitchens?", "bath (and|n) kitchens?", "kitchen (cabinets?|worktops?|doors|units|appliances|renovations?|refits?|remodel[a-z]*)",
    "keukens? (en )?(bad|badkamers?|sanitair)", "badkamers? (en )?keukens?",
    "cuisines? (et )?(salles? de )?bains?", "cuisines? (equipees?|amenagees?|sur mesure)",
    // A Dutch hearth (haard) is no hairdresser's "haar…".
    "(gas|hout|inbouw|sfeer|pellet)?haard(en|kachels?|winkel|centrum|speciaalzaak|shop)?", "haarden[a-z]+",
    // Cleaning firms that clean a house, an office, a roof or solar panels, not a dry cleaner's "Reinigung".
    "(haus|objekt|buro|praxis|fassaden|dach|dachrinnen|solar|photovoltaik|terrassen|kamin|luftungs|klima)reinigung",
    // Property maintenance is a handyman's, not a landlord's; a pool and spa shop sells the pool; a garden's salon is its furniture.
    "property (maintenance|repairs?|renovations?|refurb[a-z]*|improvements?)", "pools? (and |n )?spas?", "hot tubs?", "salons? de jardin",
    // An ironmonger and a French droguerie sell hardware, whatever market their name says ("QUINCAILLERIE DU MARCHE").
    "quincaillerie", "quincailleries", "droguerie",
    // Dutch windows ("ramen") with their doors are no noodle bar's ramen.
    "ramen (en )?deuren",
  ]],
];

/**
 * Read with the booking-type words, before the person check: a housekeeper or a cleaner paid a wage by standing order
 * is the home's cleaning bought (shopping, as a cleaning firm is), though a person's name is the payee, as a nanny's
 * wage is childcare (baby-trades.ts). The purpose names the work and the home ("Haushaltshilfe Mai", "Reinigung Haus",
 * "Zelle housekeeping", "schoonmaak week 12", "femme de ménage"); "Putzhilfe" alone, which a helper's tip or a
 * neighbour's favour also says, and a dry cleaner's "cleaning" stay out.
 */
export const HOUSEHOLD_STAFF: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["shopping", [
    "haushaltshilfe", "haushaltshilfen", "haushaltsfee", "reinigung (haus|wohnung|villa|ferienhaus|ferienwohnung)", "(haus|villen)reinigung",
    "schoonmaak (week|maand|huis|woning)", "schoonmaakster", "schoonmaakhulp", "huishoudelijke hulp", "poetshulp",
    "housekeeping", "housekeeper", "(house|home) cleaning", "(?<!dry )cleaning (week|weekly|fortnight|fortnightly|monthly|lady)",
    "femme de menage", "aide menagere", "heures de menage", "menage (hebdo|hebdomadaire|mensuel)",
  ]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const HOME_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["shopping", [
    // Builders' merchants and DIY stores, cut by the card field ("BAUMARK", "BUILDERS MERCHAN").
    "bauzentrum", "baufachmarkt", "bauhandel", "heimwerkermarkt", "heimwerker", "baumark", "klusmarkt", "klushuis",
    "negoce (de )?materiaux", "brico", "builders merch[a-z]*", "builders yard", "builders supplies", "building materials", "home improvements", "lumberyard",
    "materiales (de )?construccion", "bricolaje", "edilizia", "materiali edili", "edile",
    // Timber yards and sawmills; HOLZLAND is the timber dealers' network whose members print it before their own name.
    "holzzentrum", "holzfachmarkt", "holzhand[a-z]*", "holzimport", "holzland [a-z]+ (gmbh|kg|e k|ek|ohg|ug)", "houtzagerij", "houtbouw", "houtimport", "timber importers?", "scierie", "scieries", "sawmills?", "maderas", "legnami", "legname",
    // Ironmongers and tool dealers.
    "eisenwaren[a-z]+", "beschlage", "werkzeughandel", "ijzerwarenhandel", "ijzerwinkel", "ironmongery",
    // Paint and wallpaper.
    "tapeten[a-z]*", "verf", "verfhandel", "verfcentrum", "verfshop", "behang", "behangwinkel", "peintures", "papiers? peints?", "paint", "paints", "wallpapers?", "wallcoverings", "pinturas", "colorificio", "vernici",
    // Tiles, floors and carpets.
    "teppichboden[a-z]*", "teppich[a-z]+", "bodenbel[a-z]*", "laminat", "vinylboden", "designboden", "estrichbau", "estrichleger",
    "tapijt[a-z]*", "laminaat", "parket", "parketten", "tegel[a-z]+",
    "sols (et )?murs", "revetements? (de )?sols?", "parquets", "parqueteur", "parqueterie", "moquettes?", "carreleur", "carrelages",
    "carpet", "rugs", "floors", "laminate", "tile", "floor centre", "floor center", "flooring centre", "flooring center", "floor coverings?", "flooring outlet", "flooring warehouse",
    "azulejos", "pavimentos", "ceramica", "ceramiche", "pavimenti", "piastrelle",
    // Kitchen and bathroom studios; "Küchen" alone is a cake ("Kuchen"), so only the studios' compounds.
    "kuchenzentrum", "kuchencenter", "kuchenmarkt", "kuchenwelt", "kuchenfachhandel", "kuchenmontage", "kuchenplanung", "kuchenausstellung", "kuchenstud[a-z]*", "einbaukuchen",
    "badstudio", "badausstellung", "badsanierung", "baddesign", "badwelt", "badplanung", "badeinrichtung", "badrenovierung", "badmodernisierung", "baderstudio", "baderwelt",
    "badkamer[a-z]*", "cuisinistes?", "salles? de bains?", "bathroom", "bathroom showrooms?", "bathroom fitters?", "bathroom installations?",
    "arredobagno", "cucine",
    // Windows, doors, shutters and awnings.
    "fenster", "fenster[a-z]+", "haustur", "hausturen", "innenturen", "turenstudio", "garagentor[a-z]*", "insektenschutz",
    "kozijn[a-z]*", "dakkapel[a-z]*", "horren",
    "fenetres", "menuiseries", "volets( roulants)?", "fermetures", "portails", "portes (et )?fenetres",
    "upvc", "doors", "doors (and )?windows", "shutters", "window treatments", "window coverings", "window furnishings",
    "serramenti", "infissi", "persianas", "toldos",
    // Stoves and fireplaces.
    "kaminstudio", "kaminofen[a-z]+", "kamine", "kaminbau", "kaminwelt", "kaminhaus", "kachelofen[a-z]*", "ofenhaus", "ofenstudio", "ofenwelt", "ofen (und )?kamin[a-z]*", "kamin (und )?ofen[a-z]*",
    "houtkachel[a-z]*", "pelletkachel[a-z]*", "kachelwinkel",
    "poeles", "poele a bois", "cheminees", "cheminee",
    "stove", "woodburners?", "wood burners?", "woodburning", "log burners?", "fireplace", "hearths", "hearth (and )?home",
    "chimeneas", "estufas", "stufe", "caminetti",
    // Plumbers, electricians and heating engineers (SHK: Sanitär, Heizung, Klima).
    "heizung", "heizungsbauer", "heizungsservice", "heizungswartung", "heizungsinstallation", "heizungsnotdienst", "heizungsmonteur", "heizungsfachbetrieb", "heizungsfirma", "shk", "elektriker", "elektrofachbetrieb", "elektroservice", "elektrobau",
    "elektroanlagen", "elektrofirma", "elektrohandwerk", "elektroinst[a-z]*", "installateurmeister",
    "cv ketel[a-z]*", "cv monteur", "cv onderhoud", "cv installatie[a-z]*", "ketelonderhoud", "ketelservice", "elektra", "elektrabedrijf", "verwarmingstechniek", "verwarmingsbedrijf", "vloerverwarming", "installatiewerken", "airco", "aircos", "airconditioning",
    "chauffage sanitaire", "chauffage entretien", "chaudieres?", "frigoriste",
    "plumber", "heating engineers?", "heating contractors?", "heating installations?", "boilers?", "electrics",
    "fontaneria", "fontanero", "electricista", "calefaccion", "climatizacion", "idraulico", "idraulica", "termoidraulica", "elettricista", "impianti( elettrici)?",
    // Roofers.
    "bedachung", "dachbau", "dachtechnik", "dach (und )?fassade", "dachsanierung", "dachdecker[a-z]+",
    "dakwerk[a-z]*", "dakbedekking[a-z]*", "daktechniek", "dakrenovatie",
    "couvreurs? zingueurs?", "couverture zinguerie", "zingueur", "roof repairs?", "gutters", "fascias", "tejados", "coperture",
    // Joiners and carpenters.
    "[a-z]+tischlerei", "[a-z]+schreinerei", "tischlermeister", "schreinermeister", "zimmermeister", "holzbau", "treppenbau", "innenausbau",
    "timmerfabriek", "timmerwerk", "schrijnwerker[a-z]*", "interieurbouw", "houtbewerking",
    "menuisiers?", "agencement", "agenceurs?", "ebenistes?", "charpentes",
    "cabinet ?makers?", "cabinetry", "cabinets", "woodworking", "woodworks", "millwork", "carpinteria", "falegnameria", "falegname",
    // Plasterers, painters and decorators.
    "stuckateur[a-z]+", "stukkateur[a-z]*", "trockenbau[a-z]+", "stukadoor[a-z]*", "platrier", "plaquistes?", "cartongesso", "intonaci",
    "malerwerkstatt", "malergeschaft", "malerarbeiten", "malerteam", "malerservice", "malerfirma", "malermeisterbetrieb", "malerbetr[a-z]*", "maler (und )?lackierer[a-z]*", "malerei",
    "peintre", "peintres", "ravalement[a-z]*", "facadiers?",
    "decorators?", "painters? (and )?decorators?", "painting (and )?decorating", "painting co", "painting company", "painting contractors?", "painting llc", "painting inc", "painting services?", "house painting",
    "imbianchino", "tinteggiature", "pintor", "pintores",
    // Glaziers; "Glas" alone is a surname, so only before a firm's form.
    "glasermeister", "glas [a-z]+ gmbh", "glas [a-z]+ kg", "glas [a-z]+ e k", "glasbau", "glastechnik", "glasservice", "glasnotdienst", "glaszetterij", "glaszetters", "beglazing", "miroitier", "vitriers", "vetreria", "cristaleria",
    // Chimney sweeps, whole or cut by the field ("BEZIRKSSCHORNSTEINF").
    "[a-z]*schornsteinf[a-z]*", "kaminkehrer[a-z]+", "kaminfeger[a-z]*", "rauchfangkehrer[a-z]*", "schoorsteenveger[a-z]+", "rookkanaal[a-z]*", "ramoneurs?",
    "chimney sweeps", "chimney sweeping", "chimney services?", "chimney repairs?", "deshollinador", "spazzacamino",
    // Scaffolders.
    "gerustbau[a-z]*", "gerustverleih", "steigerbouw", "steigerverhuur", "steigerwerk", "echafaudages?", "scaffolders", "scaffold hire", "scaffold services?", "andamios", "ponteggi",
    // Tool and plant hire.
    "mietpark", "mietstation", "maschinenverleih", "maschinenvermietung", "werkzeugverleih", "werkzeugvermietung", "gerateverleih", "geratevermietung", "baumaschinenvermietung", "baumaschinenverleih", "[a-z]*arbeitsbuhnen[a-z]*",
    "gereedschapsverhuur", "gereedschapverhuur", "machineverhuur", "materieelverhuur", "bouwmachineverhuur", "hoogwerkerverhuur",
    "location d outils?", "location (de )?outils?", "location (de )?materiels?", "location (d )?outillage", "location (de )?nacelles?",
    "hire centre", "hire center", "hire solutions", "tool (and )?equipment hire", "equipment hire", "equipment rentals?", "tool rentals?", "rental center",
    // Skips and containers hired for the works.
    "containerdienst[a-z]+", "containerservice", "containerverhuur", "containervermietung", "afvalcontainer[a-z]*", "puincontainer[a-z]*", "bennes", "location (de )?bennes?", "skips", "mini skips", "skip bins?", "dumpster rentals?",
    // Solar panels and heat pumps.
    "solartechnik", "solaranlagen?", "solarteur[a-z]*", "solar panels?", "solar pv", "solar installations?", "solar installers?", "solar systems?", "photovoltaik[a-z]*", "pv anlagen?", "warmepumpen?", "warmepumpen[a-z]+", "balkonkraftwerk[a-z]*", "energietechnik",
    "zonnepanel[a-z]*", "warmtepomp[a-z]*", "zonneboilers?", "panneaux solaires", "photovoltaiques?", "pompes? a chaleur", "heat pumps?", "fotovoltaico", "placas solares",
    // Furniture, beds and mattresses.
    "wohnstudio", "wohndesign", "wohnkultur", "wohnwelt", "sofa", "sofa[a-z]+", "woonboulevard", "woonwarenhuis", "wooncentrum", "interieur", "interieurs", "interieurzaak", "interieurwinkel",
    "mobilier", "canapes", "fauteuils", "interiors", "soft furnishings", "home furnishings", "mobili", "mobilificio", "arredamenti", "arredo", "mobiliario",
    "schlafstudio", "schlafcenter", "schlafzentrum", "schlafwelt", "bettenstudio", "boxspring[a-z]*", "wasserbett[a-z]*", "matratzen[a-z]+",
    "bedden[a-z]*", "slaapkamer[a-z]*", "matelas", "sommiers", "bed centre", "bed center", "bed company", "bed warehouse", "colchon[a-z]*", "materassi", "materasso",
    // Lighting.
    "leuchten[a-z]+", "lichtberater", "lichtberatung", "lichtstudio", "lichthaus", "lichtdesign", "lampen[a-z]+", "verlichtingswinkel", "eclairages?", "luminaire", "lamps", "chandeliers", "iluminacion", "lamparas", "illuminazione", "lampadari",
    // Curtains, blinds and upholstery.
    "raumausst[a-z]*", "sonnenschutz[a-z]*", "gardinen[a-z]+", "plissees?", "rollos", "markisen[a-z]+", "heimtextil[a-z]*", "dekostoffe",
    "gordijn[a-z]*", "woningtextiel", "woninginrichting", "stoffeer[a-z]+", "zonwering[a-z]+",
    "voilages", "tapissiers", "decoration interieure", "curtain", "cortinas", "tende", "tendaggi",
    // Locksmiths and security fitters.
    "aufsperrdienst", "schlusselnotdienst", "schliesstechnik", "sicherheitstechnik", "alarmanlagen", "sleutelspecialist", "sleutelmakers?", "slotenspecialist", "serruriers", "cerrajeria", "cerrajero",
    // Pest control.
    "schadlingsbekampfung", "ongedierte[a-z]*", "deratisation", "desinsectisation", "exterminators?", "exterminating", "termites?", "pest", "control de plagas", "disinfestazion[a-z]*",
    // Cleaning firms and window cleaners; a dry cleaner's words are read before.
    "reinigungsfirma", "reinigungsunternehmen", "reinigungsdienst[a-z]*", "putzfirma", "putzservice", "putzteam", "fensterputz[a-z]*", "schoonmaak[a-z]*", "poetsdienst",
    "entreprise (de )?nettoyage", "societe (de )?nettoyage", "services? (de )?nettoyage", "agence (de )?nettoyage", "nettoyage industriel", "nettoyage (de )?vitres", "nettoyage (de )?bureaux", "nettoyage (de )?locaux", "nettoyage (de )?toitures?", "nettoyage (de )?facades?", "nettoyage professionnel", "laveurs? de vitres", "proprete",
    "cleaning", "window cleaners?", "carpet cleaners?", "office cleaners?", "domestic cleaners?", "house cleaners?", "home cleaners?", "oven cleaners?", "gutter cleaners?", "commercial cleaners?", "maid services?", "maids", "janitorial", "pressure washing", "power washing", "jet washing", "limpiezas?", "pulizie",
    // Garden centres and nurseries, cut by the field ("GARDEN CENTR"), garden furniture and sheds.
    "gartencent[a-z]*", "garten center", "garden cent[a-z]*", "garden ctr", "plant centres?", "plant centers?", "[a-z]+kwekerij", "tuincentr[a-z]*", "tuinwinkel", "tuinmeubel[a-z]*", "tuinhout",
    "jardineries", "pepinieristes?", "horticulteurs?", "horticulture", "vivaio", "vivai", "viveros?", "garden supplies", "garden buildings", "sheds", "summerhouses",
    // Landscapers and fencing.
    "gartengestaltung", "grunpflege", "landschaftsgartner", "tuinarchitect[a-z]*", "tuinontwerp", "espaces verts", "entretien (de )?jardins?",
    "lawn mowing", "mowing", "grounds maintenance", "groundskeeping", "gardeners", "giardinaggio", "jardineria",
    "zaunbau", "zaune", "zaunanlagen", "hekwerk[a-z]*", "schutting[a-z]*", "tuinhekken", "clotures", "fencing", "fences?", "decking", "vallas", "recinzioni",
    // Reclamation yards and salvaged building materials, Dutch demolition materials (a car's salvage yard sells its
    // parts: motorist-trades.ts, read first).
    "reclamations?", "reclamation yard", "architectural salvage", "bauteilborse", "bauteillager",
    "salvage", "reclaim(ed)? (timber|bricks?|materials?|yard|wood|flooring)",
    "sloopmateriaal", "sloopmaterialen", "sloophout", "sloophandel", "bouwmaterialen uit sloop",
    // Builders and renovators.
    "bauunternehmen", "bauunternehmung", "baugeschaft", "baufirma", "bauservice", "bauausfuhrung", "hochbau", "tiefbau", "hoch (und )?tiefbau", "bau gmbh", "bau kg", "bau e k",
    "sanierung", "renovierung[a-z]*", "handwerker", "handwerkerservice", "handwerksbetrieb", "meisterbetrieb", "hausmeister", "winterdienst",
    "aannemer[a-z]*", "aanneming[a-z]*", "bouwonderneming", "bouwservice", "bouw bv", "bouw b v", "bouw en onderhoud", "renovatie[a-z]*", "verbouw[a-z]*", "onderhoudsbedrijf", "klussendienst", "klusservice", "isolatie[a-z]*",
    "metselwerk[a-z]*", "metselbedrijf", "bestrating[a-z]*", "stratenmakersbedrijf", "voegbedrijf",
    "batiment", "btp", "renov", "multiservices", "multi services", "travaux", "tous travaux", "gros oeuvre", "second oeuvre", "isolation", "etancheite", "amenagements? interieurs?", "amenagements? exterieurs?",
    "builder", "building contractors?", "building services", "building (and )?maintenance", "building company", "construction", "constructions", "contractors", "contracting", "remodeling", "remodelling", "remodelers",
    "home repairs?", "loft conversions?", "insulation", "driveways", "paving", "block paving", "patios", "brickwork", "bricklaying", "bricklayers", "odd jobs", "waterproofing", "foundation repairs?", "concrete", "asphalt", "siding", "sealcoating",
    "reformas", "construcciones", "obras", "ristrutturazioni", "costruzioni", "impresa edile",
  ]],
  // Architects, surveyors, valuers and energy advisers: a professional's fee for a plan, a survey or a certificate.
  ["other", [
    "architekt[a-z]*", "planungsburo", "ingenieurburo", "statiker", "tragwerksplanung", "vermessung[a-z]*", "bausachverstandige[a-z]*", "baugutachter", "gutachter", "wertgutachten", "energieberat[a-z]*", "energieausweis[a-z]*",
    "architect", "architects", "architecten", "architectenbureau[a-z]*", "architectuur[a-z]*", "bouwkundig[a-z]*", "landmeter[a-z]*", "taxateurs?", "taxatie[a-z]*", "energielabel[a-z]*", "energieadvi[a-z]*",
    "architectes?", "architecture", "geometres?", "bureau d etudes",
    "chartered surveyors?", "surveyors?", "surveying", "structural engineers?", "home inspections?", "home inspectors?",
    "arquitectos?", "arquitectura", "architett[a-z]*", "geometra",
  ]],
];

// "PIET KLERKX WONEN", "MÖBEL MEYER WOHNEN": a name ending in "Wonen"/"Wohnen" is a housing corporation's by transfer
// ("Mitros Wonen") but a furniture store's at a card terminal, where no rent is paid.
const HOME_STORE_NAME = /(?:^| )(?:wonen|wohnen)$/;

/** The label, paid by card, is a furniture store's "… Wonen"/"… Wohnen" that the rent words read as a landlord. */
export function homeStoreByName(foldedLabel: string): boolean {
  return HOME_STORE_NAME.test(foldedLabel);
}
