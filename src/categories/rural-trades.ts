// The trades of rural and village life, enumerated by trade rather than from statements: farm shops and the farms'
// vending machines and huts (Milchtankstelle, Eierautomat, Regiomat, honesty box, casier fermier, melkautomaat), farm
// dairies, pick-your-own fields, beekeepers, mills and distilleries, country butchers and smokeries, game dealers and
// the village shop's words (the milkman is online-trades.ts's, pellets and the Gemüsehof earlier lists'); agricultural and garden co-operatives and merchants (Raiffeisen-Markt,
// Landwarenhandel, coopérative agricole, landbouwcoöperatie, consorzio agrario), feed, hay and straw merchants, saddlers
// and tack shops, farriers, agricultural contractors and machinery rings, well drillers, gun shops and gunsmiths, fishing
// tackle, Christmas-tree sellers; riding stables, livery yards and horse boarding, hunting and shooting clubs, hunting
// leases, fishing waters, village halls, agricultural shows and village fêtes; firewood, pellets, coal and heating oil
// dealers; septic tanks and their emptying; country vets; church levies and parish giving; rural dial-a-ride buses —
// in German (DE/AT/CH), English (UK/US), French and Dutch, with Italian and Spanish where their words are cheap. Whole
// folded words, as shop-kinds.ts matches them; a card field cuts a name at 20–25 characters, so the long German
// compounds are listed by their stems too ("DORFGEMEINSCHAFTSH", "RAIFFEISENWARENGE", "KIRCHENBEITRAGSST").
//
// Policy, as the ground rules and the trades already filed say: a farm's shop, its machines and its produce are
// groceries, as Hofladen, farm shop and boerderijwinkel were; butchers, smokeries and game dealers groceries; vets,
// the country's and the horse's, health; tradesmen (farriers, saddlers, well drillers, agricultural contractors) and
// merchants of goods (farm supplies, feed, hay, tack, guns, tackle, Christmas trees) shopping, as Landhandel, saddlery
// and feed supply were; firewood, pellets, coal and heating oil heat the home (utilities, as Brennholz and heating oil
// were); hunting and fishing clubs, shooting ranges and private fishing waters entertainment, as the Schützenverein and
// the Angelkarte were; riding lessons by their word (Reitstunden) education. A riding school itself (Reitschule,
// riding academy) is the riding sport's, as the manège and the pony club are (entertainment): the pools label
// every manège and riding school so (pools 61, 71, 81).
// Decided here where the rules are silent: a riding stable, a livery yard and a horse's boarding (Pferdepension,
// Boxenmiete, livery) are the riding hobby's (entertainment, as the Reitverein and the manège are), not a pet's kennel;
// emptying a septic tank or a cesspit is the sewer's service a home off the mains pays instead (utilities, as
// Abwasser is), and a rural water association's bill too; a dike or drainage board's levy (Deichverband, Wasser- und
// Bodenverband), the animal-disease fund's levy every horse or hen keeper pays (Tierseuchenkasse), a horse or hunting
// tax, and a licence the state issues to hunt, fish or keep a gun (Jagdschein, Fischereischein, rod licence, firearm
// certificate, permis de chasse) are taxes, as a Fish and Wildlife department's fees are; a hunting lease (Jagdpacht)
// is the hunter's hobby (entertainment), not a home's "Pacht"; a village hall or a parish hall hired is a venue
// (entertainment, as a Festsaal is), and so are agricultural shows, country fairs and village fêtes (as the Volksfest
// and the Kirmes are); a church levy (Kirchensteuer, Kirchgeld, the Austrian Kirchenbeitrag) is a tax where the state
// or the law levies it, read before the congregation's words, while tithes, offerings and parish giving are gifts
// (donations, as Kerkbalans and the denier du culte are); a Bürgerbus, a Rufbus, an Anrufsammeltaxi and a dial-a-ride
// are local transit (transport).
//
// Left out because a word alone has another meaning: "Sattler", "Sellier", "Saddler", "Maniscalco", "Herrador",
// "Kohlen", "Schmied"/"Schmiede" (surnames: a utility's word in a person's name would outvote the person; "Alte
// Schmiede" is an inn), "Hoeve" and "Granja" (restaurants' and hotels' names), "smokehouse" (an American barbecue
// restaurant), "fishery"/"fisheries" (a British chip shop's name), "Bürgerhaus" and "Burger Halle" (burger
// restaurants), "Gemeindehaus" (a parish's office as often as its hall), "livery" alone (a vehicle's livery, the City's
// livery companies), "stables"/"écurie(s)" alone (pubs, restaurants, a racing team), "scuderia" (Ferrari's shops),
// "tack room" (a restaurant's name), "coal", "logs", "kindling", "charbon", "bûches", "pellet", "granules" alone
// (restaurants, a bakery's Christmas log, a pellet stove, a BBQ's charcoal), "combustibles" (a Spanish filling
// station's word), "stro", "paille", "pozos" (surnames), "fête" alone (any French feast day a purpose names), "sagra" (a
// food fair's meals as often as its rides), "day ticket" (a bus's), "ab Hof" alone, "Landmarkt" and "Agrarmarkt"
// (regional grocers' names), "mobile shop", "general store", "country store", "community shop" (a phone shop, and
// shops of every kind), "vente directe" (any direct selling), "spaccio aziendale" (any factory outlet), "pcc", "quête",
// "acca", "pyo" (short or other meanings), "Saftpresse" (a kitchen juicer), "Mühlenhof" (a hotel's name),
// "Heimatverein" (an association of no trade, whose dues stay "other").
import { glued } from "./glued-words.ts";

// Riding stables, livery yards and horses' boarding, by their words and their rent's ("Boxenmiete", "full livery").
const STABLES: readonly string[] = [
  "reitstall", "reitstalle", "reiterhof", "reitanlage", "reitzentrum", "reiterverein", "reithalle", "reitbeteiligung", "reitsportverein", "reitsportzentrum", "reitsportanlage",
  "pferdepension", "pensionsstall", "pensionspferd[a-z]*", "pferdehof", "pferdehaltung", "einstellbox", "boxenmiete", "stallmiete", "offenstall", "paddockbox", "pferdeboxen", "ponyhof", "voltigieren",
  "livery (yard|yards|stables|fees?|charges?|services)", "(full|part|diy|grass|assisted|working|retirement) livery",
  "riding (stables?|cent(re|er)|club)", "equestrian (centre|center)", "stabling", "horse boarding", "boarding stables?", "pony club", "gymkhana", "point to point",
  "centres? equestres?", "club hippique", "poney club", "pension (cheval|chevaux|equine)", "equitation",
  "paardenpension", "pensionstal", "rijvereniging", "hippisch centrum", "ruitersportcentrum", "ruitersportvereniging",
  // A Dutch stable by its name's first words ("Stal de Hoef", "Stal Het Zand"; "stal" alone is Polish steel and a surname).
  "stal (de|het|ter|te|van)", "rijstal(len)?", "paardenstal(len)?", "stoeterij(en)?",
  "maneggio", "centro ippico", "circolo ippico", "hipica", "centro ecuestre", "club hipico", "picadero",
];

// Riding as a sport: riding schools, riding and driving clubs, shows and tournaments and a state stud's shows, by their
// words, before the school's "Schule" and "academy" ("REITSCHULE AM OSTBACH", "Reit- u. Fahrverein", "TURNIERGES.").
const RIDING_SPORT: readonly string[] = [
  "reitschule(n)?", "riding (schools?|academ[a-z]*)", "ecoles? d equitation",
  "reit u fahrverein", "ruitervereniging(en)?", "ponyclub",
  "turnierges[a-z]*", "reitturnier[a-z]*", "landgestut", "haupt (und |u )?landgestut", "haras national", "parcs? equestres?", "horse (shows?|trials)",
];

// A village's, a parish's or a church's hall hired for a party or a meeting.
const HALLS: readonly string[] = [
  "dorfgemeinschaftsh[a-z]*", "gemeindesaal", "pfarrsaal", "pfarrheim", "mehrzweckhalle", "dorfhalle",
  "(village|parish|church|community|memorial) hall", "salles? des fetes", "salles? polyvalentes?", "dorpshuis", "gemeenschapshuis", "buurthuis",
];

/**
 * Read before the filling station's "Tankstelle" and "fuel", the grocer's "farm", "ferme" and "Markt", the trekking
 * shop's, the DIY's and the fee's words, the utilities' "Wasser", the salon's "salon", the council's "council", the
 * burger's "burger…" and the congregation's words that these trades' names or purposes also print.
 */
export const RURAL_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A farm's milk pump is no filling station.
  ["groceries", ["milch ?tankstellen?", "milchtankst"]],
  // A church levy the law raises (Bavarian Kirchgeld, Austrian Kirchenbeitrag), before the congregation's gift words;
  // a dike or drainage board's levy, before the water bill's "Wasser".
  ["taxes", [
    "kirchensteuer[a-z]*", "kirchgeld", "ortskirchgeld", "kirchenbeitr[a-z]*",
    "wasser (und |u )?bodenverband", "wasser boden verband", "deichverband", "deichacht", "sielacht", "unterhaltungsverband",
  ]],
  // A village's or a parish council's church, not its council tax.
  ["donations", ["parochial church council", "parish giving( scheme)?"]],
  // A farm's supplies and machinery, an agricultural merchant's co-operative market and animal feed, not its produce.
  ["shopping", [
    "raiffeisen ?markt", "raiffeisen ?markte", "raiffeisenwaren[a-z]*", "raiffeisen waren",
    "farm (supplies|supply|and garden|garden|machinery|equipment|fencing)", "nutrition animale",
    "christmas tree (farm|farms|sales|lot|centre|center)",
    // A French agricultural merchant's counter, before the bar's "comptoir".
    "comptoirs? agricoles?",
  ]],
  // A smallholding's or a farm's policy, before the grocer's "farm" ("LYCETTS SMALLHOLDING POLICY").
  ["insurance", ["(smallholding|smallholder|farm|farmowners|farmers|equine|horse|livestock) (policy|ins)"]],
  // Riding lessons and hunting courses teach, as the Jagdschule does, whatever stable, manège or
  // hunters' association gives them ("Reiterhof … Reitstunden", "Manege … Paardrijles").
  ["education", ["reitstunden?", "reitkurs(e)?", "paardrijles(sen)?", "cours d equitation", "jagdkurs(e)?", "jungjagerkurs(e)?"]],
  // Horses boarded and ridden, a hall hired, pony trekking, the farmers' national show: before the fee's, the DIY's,
  // the trekking shop's, the farm's, the salon's, the town's and the rent's words, and before a standing order's
  // rent-sized amount ("Dauerauftrag … Boxenmiete", "Gemeinde … Miete Dorfgemeinschaftshaus").
  ["entertainment", [...STABLES, ...HALLS, ...RIDING_SPORT, "pony trekking( cent(re|er))?", "fermes? equestres?", "salon (international )?de l agriculture"]],
  // Heating fuels by their own phrase ("SMOKELESS FUEL", "DOMESTIC FUEL OIL"), before the filling station's "fuel";
  // a septic tank emptied ("vidange fosse"), before the car's oil change (vidange).
  ["utilities", [
    "(smokeless|solid|heating|domestic|household) fuels?", "fuel oil", "gasoleo (de )?calefaccion",
    "vidange (de |des )?fosses?( septiques?| toutes eaux)?", "septic tanks?", "septictanks?",
    // Wood fuel merchants ("FOREST FUELS LTD", "… BIOMASS FUEL"), before the filling station's "fuel".
    "(forest|wood|biomass|log) fuels?",
  ]],
  // A farm or equine vet, before the grocer's "farm"; an equine practice by its partnership's word, cut or not
  // ("UPPERVILLE EQUINE ASSOCIA").
  ["health", ["(farm|equine|livestock|large animal) (vets?|veterinary|veterinarians?)", "equine (associates|associa[a-z]*|assoc)", "paardentandarts(en|praktijk)?", "pferdezahn(arzt|arztin|praxis|heilkunde)"]],
  // Horse-trailer and horsebox hire is van hire (travel), before the rent's "rent" and the car dealer's "trailer"
  // ("OCALA HORSE TRAILER RENT", "SumUp *Anhaengerverl", cut); a horse transporter is a removal's kind (other), before
  // the coach's and the carrier's "transport".
  ["travel", [
    // A mobile home's "TRAILER RENT" is a lot's rent: only a horse's or a cargo trailer's rent is its hire.
    "(horse|stock|livestock|cattle|utility|cargo|boat) trailer (hire|rent|renta|rental|rentals)", "trailer (hire|rental|rentals)", "horse ?box (hire|rental|rentals)",
    "anhangerverl[a-z]*", "anhangervermietung", "pferdeanhanger ?(verleih|vermietung)",
    "(paarden)?trailerverhuu[a-z]*", "aanhangwagenverhuur", "aanhangerverhuur", "paardentrailerverhuu[a-z]*",
  ]],
  ["other", ["horse transport(s|ers?)?", "pferdetransporte", "paardentransport(en|bedrijf)?", "transports? equins?", "transp equins?"]],
  // Horse rugs washed and mended are a laundry's work (drugstore), before the car wash's "wash" and "lavage"
  // ("RUG WASH EXNING", "SUMUP *LAVAGE COUVERT", cut).
  ["drugstore", [
    "(horse )?rug wash(ing)?", "horse rug (repairs?|cleaning|laundry)", "blanket (wash|washing|laundry)",
    "deckenwascherei", "pferdedecken ?(wascherei|wasche|reinigung|service)", "dekenwasserij", "lavage (de |des )?couvert[a-z]*",
  ]],
  // Hay sold off the field or the barn ("SQ *WILLISTON HAY BARN", "DELMAR HAY FARMS … timothy hay"), a horse's
  // clipper and a hoof trimmer (tradesmen), before the grocer's "farm" and the barber's "trim".
  ["shopping", [
    "hay (barn|barns|farm|farms|and grain|grain|delivery|sales|supply)", "timothy hay", "futterscheune", "einstreu",
    "schermeister", "pferdeschur", "hoof (care|trimming|trimmer)", "barefoot (trimming|trimmer|hoof care)", "ferrure", "ferrures",
    "mechanisatiebedrijf", "dierenspeciaalza[a-z]*",
    // Wood-fibre and shavings bedding for the stable ("HOUTVEZEL TWENTE").
    "houtvezel(s)?", "hobelspane", "(wood|pine|dust extracted) shavings",
  ]],
  // A village's stores are its grocer, before the shop's "stores" ("LAMBOURN VLG STORES").
  ["groceries", ["(village|vlg) stores?"]],
  // A village's citizens' bus, before the burger's "burger…".
  ["transport", ["burgerbus(se)?"]],
];

// A farm's own machines and huts: milk, eggs, potatoes, meat by the roadside.
const FARM_VENDING: readonly string[] = [
  ...glued(["milch", "rohmilch", "eier", "hof", "hofladen", "regional", "kartoffel", "fleisch", "wurst", "grill", "kase", "honig", "nudel"], ["automat", "automaten"]),
  "regiomat", "regiomaten", "verkaufsautomat", "milchhausle", "milchhusli", "milchhausl", "eierhausle", "eierhauschen", "eierhausl", "rohmilch", "hofbox",
  "honesty box", "milk vending( machines?)?", "raw milk", "egg vending", "egg hut", "farmgate",
  ...glued(["distributeur ", "distributeurs "], ["de lait", "lait", "d oeufs", "oeufs", "fermier", "fermiers"]), "casiers? fermiers?", "lait cru",
  "melkautomaat", "melktap", "eierautomaat", "zuivelautomaat", "boerderijautomaat", "eierkraam", "distributore (di )?latte", "latte crudo",
];

// A farm's shop and produce by its own words: a Hofladen's kinds, dairies, pick-your-own, bees, mills and stills.
const FARM_SHOPS: readonly string[] = [
  "hoflade", "hofladele", "hofverkauf", "verkauf ab hof", "ab hof verkauf", "gutsladen", "direktvermarkt[a-z]*",
  "bauernhof", "biohof", "biobauernhof", "demeterhof", "kartoffelhof", "erdbeerhof", "beerenhof", "ziegenhof", "kasehof", "erntehof", "kartoffelhandel",
  "selbstpfluck[a-z]*", "selbsternte", "erdbeerfeld(er)?", "spargelverkauf", "spargelstand", "erdbeerstand", "lohnmosterei", "olmuhle", "muhlenladen",
  "honighaus", "imker", "imkermeister", "obstbrennerei", "schnapsbrennerei", "edelbrennerei", "hofbrennerei", "dorfbackhaus",
  "pick your own", "beekeepers?", "bulk foods?", "frischdienst", "foods",
  "produits fermiers", "laiterie", "apiculteurs?", "multiple rural",
  "zuivelboerderij", "zuivelboer", "boerderijzuivel", "imkerij", "zelfpluk", "zelfoogst", "pluktuin", "hoevewinkel", "hoeveproducten", "dorpssuper",
  "azienda agricola", "apicoltura", "queseria",
];

// Country butchers, smokeries and game dealers.
const COUNTRY_BUTCHERS: readonly string[] = [
  "landmetzger", "dorfmetzger", "hofmetzger", "landschlachter", "dorfschlachter", "landbacker", "dorfbacker", "hausschlachtung",
  "wildhandel", "wildhandlung", "wildbret[a-z]*", "wildfleisch", "wild und geflugel", "wild geflugel", "wildspezialitaten",
  "smokeries", "game dealers?", "venison", "fumaison", "saurisserie", "rookerij", "gibier",
  "norcineria", "chacineria", "embutidos", "jamoneria", "ultramarinos",
];

// Agricultural and garden co-operatives, farm supplies and machinery, feed, hay and straw.
const FARM_SUPPLIES: readonly string[] = [
  "[a-z]*warengenoss[a-z]*", "bezugsgenossenschaft", "lagerhausgenossenschaft", "landwaren[a-z]*", "agrarhandel", "agrartechnik", "landmaschinenhandel", "agrarzentrum",
  "futtermittel[a-z]+", "mischfutter[a-z]*", "kraftfutter", "pferdefutter[a-z]*", "heuhandel", "heu und stroh", "heu stroh", "strohhandel", "heuballen", "strohballen", "futterheu",
  "weidezaun", "weidezaune", "stalleinrichtung(en)?", "viehhandel", "viehhandlung", "maschinenring", "lohnunternehm[a-z]*", "agrarservice", "agrardienst[a-z]*",
  "forstservice", "forstbetrieb", "holzruckung", "baumfallung(en)?",
  "agricultural (merchants?|supplies|supply|engineers|contractor)", "agri (supplies|contractors?)", "farmers (coop|co op|cooperative)",
  "feed (merchants?|mill|mills)", "feed and seed", "feed n seed", "feed seed", "animal feeds", "(horse|equine) feeds?", "hay and straw", "hay straw", "hay merchants?", "haylage", "(hay|straw) bales",
  "tractor (parts|supply)", "hatchery", "hatcheries",
  "cooperatives? agricoles?", "coop agricole", "agrofournitures", "fournitures agricoles", "materiel agricole", "libre service agricole", "aliments du betail", "machinisme agricole", "foin", "foin et paille",
  "landbouwcooperaties?", "[a-z]*mechanisatie", "agrarische handel", "agrohandel", "veevoeders?", "veevoer", "diervoeders", "paardenvoer", "mengvoeder", "hooi", "hooi en stro", "loonbedrijf", "loonwerk", "loonwerker", "loonwerkbedrijf", "grondverzet", "tuin en dier",
  "consorzio agrario", "cooperativa (agricola|agraria)", "agraria", "mangimi", "mangimificio", "contoterzist[a-z]*", "contoterzi", "macchine agricole", "agropecuaria", "agroveterinaria", "piensos", "forrajes", "maquinaria agricola",
];

// Saddlers, tack shops and farriers.
const SADDLERS_AND_FARRIERS: readonly string[] = [
  "sattlerei", "sattlermeister", ...glued(["reitsport", "pferdesport"], ["fachhandel", "fachgeschaft", "laden", "shop", "center", "geschaft", "artikel", "versand", "handel", "outlet", "markt"]), "reitartikel",
  "hufschmied(e|in)?", "hufbeschlag[a-z]*", "hufpfleg[a-z]*", "huforthopad[a-z]*", "hufbearbeitung",
  "tack and feed", "(equestrian|equine) supplies", "farrier", "farriers", "farriery", "farrier services", "horseshoeing",
  "sellerie", "marechal ferrant", "marechalerie",
  "zadelmakerij", "zadelmaker", "ruitersport", "ruitersportwinkel", "paardensport", "paardensportwinkel", "hoefsmid", "hoefsmederij", "hoefverzorg[a-z]*",
  "selleria", "guarnicioneria", "talabarteria",
];

// Well drillers; gun shops and gunsmiths; fishing tackle; Christmas trees.
const COUNTRY_SHOPS: readonly string[] = [
  "brunnenbau[a-z]*", "brunnenbohr[a-z]*", "well drilling", "boreholes?", "borehole drilling", "forages? (de )?puits", "forages", "puisatier", "putboring(en)?", "bronboring(en)?", "perforazione pozzi",
  "waffen", ...glued(["waffen"], ["handel", "handlung", "geschaft", "haus", "laden", "shop"]), "buchsenmacher[a-z]*", "jagdausrust[a-z]*", "jagdzubehor", "jagdwaffen", "jagd und sportwaffen", "jagd sportwaffen",
  "gunsmith", "gun shops", "guns and ammo", "firearms", "gun room", "country sports", "shooting supplies",
  "armurier", "chasse (et )?peche", "peche (et )?chasse", "(articles|materiel) de peche", "wapenhandel", "wapenwinkel", "armeria", "caccia e pesca", "articoli da pesca", "articoli per la pesca", "caza y pesca", "articulos de (caza|pesca)",
  "angelgerate", "angelladen", "angelshop", "angelcenter", "angelsportgeschaft", "angelzubehor", "anglershop", "angling (centre|center|supplies)", "fishing supplies", "hengelsportwinkel", "hengelsportzaak", "visartikelen",
  ...glued(["christbaum"], ["verkauf", "kultur", "kulturen", "e"]), ...glued(["weihnachtsbaum"], ["verkauf", "e"]), "christmas trees", "sapins de noel", "kerstbomen", "kerstboomverkoop", "alberi di natale",
];

// Riding stables and horse boarding; hunting, shooting and fishing clubs and waters; village halls, shows and fêtes.
const COUNTRY_PASTIMES: readonly string[] = [
  "jagdpacht", "jagdverein", "hegering", "jagerschaft", "kreisjagerschaft", "[a-z]*jagdverband", "jagdgenossenschaft",
  ...glued(["schutzen"], ["gilde", "bruderschaft", "gesellschaft", "bund", "zunft"]), "schiessstand", "schiesstand", "schiessanlage", "schiesssport[a-z]*", "sportschutzen", "schiesskino",
  "schutterij(en)?", "schuttersgilde", "ski (club|jump|jumping)", "saison de chasse", "chasse communale",
  "(gun|rifle|pistol) club", "gun range", "clay (pigeon|target)s?", "skeet", "sporting clays", "societe de chasse", "ball trap", "stand de tir", "schietvereniging", "jachtvereniging", "tiro a volo", "tiro al plato",
  "angelteich", "forellenteich", "forellensee", "angelerlaubnis", "fishing lakes", "carp lakes?", "carte de peche", "aappma", "etang de peche", "visvijver", "forellenvijver", "sportvisserij", "vispas",
  "dorffest", "erntedankfest", "kirchweih[a-z]*", "kirwa", "kerwe", "karwa", "feuerwehrfest", "maifest", "weinfest", "winzerfest", "almabtrieb", "viehscheid", "landwirtschaftsschau", "agrarschau", "tierschau",
  "(county|agricultural|country) show", "show society", "fair (assn|association)", "game fair", "ploughing match", "steam rally", "country fair", "(village|summer|church) fete", "young farmers", "landjugend",
  "comice agricole", "foire agricole", "fete agricole", "fete du village", "fete de la batteuse",
  "dorpsfeest", "oogstfeest", "landbouwshow", "landbouwbeurs", "paardenmarkt", "jaarmarkt",
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const RURAL_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A licence the state issues to hunt, fish or keep a gun, and the rural levies: before the gun shop's "firearms".
  ["taxes", [
    "tierseuchenkasse", "pferdesteuer", "jagdsteuer", "jagdabgabe", "fischereiabgabe",
    "jagdschein", "jahresjagdschein", "fischereischein", "waffenbesitzkarte",
    ...glued(["hunting ", "fishing ", "rod "], ["licence", "license", "licences", "licenses"]), "(firearms?|shotgun) certificates?", "deer tags?", "permis de chasse", "jachtakte",
    // A US state's natural-resources department sells those licences ("WISCONSIN DNR GO WILD").
    "dnr", "(department|dept) of natural resources",
  ]],
  // Heating fuels (read before the shops: a Forstbetrieb's Scheitholz heats) and a home off the mains' sewer: firewood, pellets, coal, heating oil, septic tanks and cesspits.
  ["utilities", [
    // A rural electric co-operative's ACH ("HAWKEYE REC DES:ELEC PMT").
    "elec (pmt|pymt|payment)",
    "[a-z]+pellets", "wood pellets", "pelletshandel", "brennholzhandel", "feuerholz", "ofenholz", "scheitholz", "holzbriketts", "briketts", "[a-z]*hackschnitzel",
    "kohlehandel", "brennstoffe", "brennstoffhandlung", "propangas",
    "(seasoned|kiln dried) logs", "log merchants?", "logs (and )?(kindling|coal)", "coal merchants?", "coal (and )?(coke|logs|fuels?)", "kerosene", "kerosine", "oil delivery", "oil deliveries",
    "bois de chauffe", "pellets de bois", "mazout", "brandhout", "openhaardhout", "kolenboer", "kolenhandel", "legna", "legna da ardere", "gasolio (da )?riscaldamento", "gasoleo c",
    "grubenentleer[a-z]*", "grubenentsorgung", "fakalienabfuhr", "klargrube[a-z]*", "kleinklaranlage[a-z]*", "sickergrube[a-z]*", "abwasserzweckverband", "wasserzweckverband", "wasserbeschaffungs[a-z]*", "wasserverband",
    "septic pumping", "septic service", "septic services", "septic systems", "cesspits?", "cesspools?", "cesspit emptying", "fosses? septiques?", "assainissement non collectif", "spanc", "beerputten", "beerput", "spurgo pozzi neri", "autospurgo", "fosa septica", "pozo septico",
  ]],
  ["groceries", [...FARM_VENDING, ...FARM_SHOPS, ...COUNTRY_BUTCHERS]],
  ["shopping", [...FARM_SUPPLIES, ...SADDLERS_AND_FARRIERS, ...COUNTRY_SHOPS]],
  ["entertainment", COUNTRY_PASTIMES],
  ["health", [
    "grosstierpraxis", "nutztierpraxis", "rinderpraxis", "mixed practice", "tierheilpraxis", "tierheilpraktiker[a-z]*", "tierphysio[a-z]*", "pferdephysio[a-z]*", "pferdeosteopath[a-z]*",
    "paardenarts", "paardenkliniek", "veearts", "dierenartspraktijk", "veterinario", "clinica veterinaria",
  ]],
  // Parish giving, and what a small town's service clubs collect at their stalls and suppers (Lions, Rotary, Kiwanis).
  ["donations", ["tithes?", "tithing", "church (offering|collection)s?", "parish church", "paroisse", "kerkelijke bijdrage", "vaste vrijwillige bijdrage", "lions clubs?", "rotary club", "kiwanis( club)?"]],
  // A village's fare ("AST VOGELSBERG FAHRGELD"), its volunteer drivers' car scheme and its transport trust.
  ["transport", ["anrufsammeltaxi", "ruftaxi", "linientaxi", "dial a ride", "ring and ride", "community transport", "transport a la demande", "postauto", "fahrgeld", "community car( scheme)?", "car scheme", "transport trust"]],
  // A UK chimney sweep goes by "<name> SWEEPS".
  ["shopping", ["sweeps"]],
  // A farm's ice-cream parlour serves where it makes.
  ["restaurants", ["ijsboerderij(en)?"]],
];
