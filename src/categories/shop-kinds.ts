// Words that local shops, trades and venues put in their names, for the many
// shops no dictionary knows: "SLAGERIJ DE VRIES", "BEISL ZUM HANS", "LAVERIE DU
// CENTRE". heuristics.ts tries them after its own content words, so a word here
// only decides a row that nothing else recognised. Each word names one kind of
// shop almost always in one category; words that also name a person (Metzger,
// Boulanger, Goldsmith, Schoenmaker) or something else (Kassa is a till,
// Pension a retirement pay, Mercado a surname and a payment processor) are left
// out. Spellings are folded like the text (lower case, no accents; "ä" and
// "ae" both read "a"), and each word is matched whole. "[a-z]+x" is a
// compound ending in x. Gyms and pools are leisure, tobacco and newsagents
// groceries, as heuristics.ts already files fitness and tabac.
import { wholeWords } from "./normalize.ts";
import { MORE_SHOP_KIND_WORDS } from "./shop-kinds-more.ts";
import { FAMILY_TRADE_WORDS } from "./family-trades.ts";
import { STUDENT_TRADE_WORDS } from "./student-trades.ts";
import { RETIREE_TRADE_WORDS } from "./retiree-trades.ts";
import { BABY_TRADE_WORDS } from "./baby-trades.ts";
import { HEALTH_TRADE_WORDS } from "./health-trades.ts";
import { MOVER_TRADE_WORDS } from "./mover-trades.ts";
import { LANDLORD_TRADE_WORDS } from "./landlord-trades.ts";
import { MOTORIST_TRADE_WORDS } from "./motorist-trades.ts";
import { FOOD_TRADE_WORDS } from "./food-trades.ts";
import { HOME_TRADE_WORDS } from "./home-trades.ts";
import { LEISURE_TRADE_WORDS } from "./leisure-trades.ts";
import { PERSONAL_TRADE_WORDS } from "./personal-trades.ts";
import { HOSPITALITY_TRADE_WORDS } from "./hospitality-trades.ts";
import { ONLINE_TRADE_WORDS } from "./online-trades.ts";
import { RURAL_TRADE_WORDS } from "./rural-trades.ts";
import { COMMUNITY_TRADE_WORDS } from "./community-trades.ts";
import { BUDGET_TRADE_WORDS } from "./budget-trades.ts";
import { ENERGY_TRADE_WORDS } from "./energy-trades.ts";

/** Structurally one of heuristics.ts's signals: a trade word is always money out. */
export interface ShopKindSignal {
  key: string;
  sign: "out";
  words: RegExp;
}

// In first-match order: care and services first, shops last as the broadest kind.
const OWN_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["health", [
    "vision care",
    "family dent",
    "kieferorthopade", "hebamme", "augenoptiker", "kontaktlinsen", "podologie", "akupunktur",
    "optical", "dds", "orthopedics", "chiropractor", "chiropractic", "podiatrist", "acupuncture", "hearing centre", "health centre", "health center",
    "docteur", "kinesitherapeute", "orthophoniste", "centre dentaire", "optique", "lunetterie", "audioprothesiste",
    "huisartsenpost", "fysio[a-z]+", "verloskundige", "podotherapeut", "mondhygienist", "gezondheidscentrum", "hoortoestellen",
    "ottico", "radiologie", "radiologische", "medizintechnik", "horstudio", "labor dr", "optiek", "hoorzorg",
    // A French orthopaedic fitter (orthopédie); a US medical supplier, its "MED" shortened ("medical" says the rest).
    "med supply",
    // An ophthalmologists' group practice ("TRI-COUNTY EYE ASSOCIATES").
    "eye associates",
    // A therapy centre (physio, speech, occupational) and a health centre, by the kind's word in the name.
    "[a-z]*therapiezentrum", "gesundheitszentrum", "zentrum fur gesundheit",
    // A French pharmacy and physiotherapist as a card terminal shortens them ("SELARL PHARM DU CENTRE", "KINE BRUNEAU").
    "pharm", "kine",
    // A US pharmacy by its prescription sign ("SUNFLOWER RX").
    "rx",
  ]],
  ["drugstore", [
    "[a-z]+kosmetik", "kosmetik[a-z]+", "solarium", "sonnenstudio", "fusspflege",
    "cosmetics", "lashes", "tanning", "manicure", "pedicure", "perfume", "parfum", "parfums", "key cutting", "shoe repair",
    "beaute", "esthetique", "onglerie", "laverie", "teinturerie", "cordonnerie",
    "schoonheidssalon", "knip", "knipperij", "zonnestudio", "drogist", "wasserette", "schoenmakerij",
    "peluqueria", "parrucchiere", "profumeria", "drogueria", 
    // A French salon's pun on "l'air" ("L'Hair du Temps"), its apostrophe folded away.
    "lhair",
  ]],
  ["groceries", [
    "fournil", "petrin", "koekwinkel", "sennerei[a-z]*", "imkerei", "fruitteelt", "asiamarkt", "mercearia", "delikatesy", "kasap", "cash (and )?carry", "groenten", "sweets", "fine foods", "international foods?", "bakkal", "sklep", "chaesi", "chaeslade", "tortilleria", "spargelhof", "eierhof", "pastry", "[a-z]*raucherei", "pasties",
    // A fishery sells its catch; a Backes is a Rhineland bakehouse; a donut shop is a bakery (MCC 5462).
    "fischerei", "backes", "donut", "donuts", "doughnut", "doughnuts",
    // A vegetable grower's stand (Gemüsebau); supermarkets in the Spanish plural ("DINOSOL SUPERMERCADOS").
    "gemusebau", "supermercados",
    // An orchard sells its fruit at its own stand.
    "orchards?",
    // A pick-your-own farm (cueillette); a Welsh bakery (popty); US grocers named as Markets ("ZUPAN'S MARKETS").
    "cueillette", "popty", "markets",
    // A US grocer named for its foods and numbered by its store ("SUPERLO FOODS #12"); a restaurant's word before it decides first.
    "foods [0-9]{1,4}",
    // Kolaches are a Czech-Texan bakery's pastries ("PECAN STREET KOLACHES").
    "kolaches?",
    "lebensmittel", "lebensmittel[a-z]+", "backwaren", "[a-z]+konditorei", "confiserie", "susswaren", "delikatessen", "feinkost[a-z]+", "fleischwaren", "fleischhauerei", "selcherei", "fischmarkt", "bauernladen", "dorfladen", "greissler", "trafik", "tabakwaren", "spirituosen", "naturkost[a-z]+",
    "bodega", "minimart", "mini mart", "mini mrt", "greengrocers", "fishmongers", "butchery", "meats", "bakeries", "chocolatier", "tobacconist", 
    "primeurs", "chocolaterie", "hypermarche", "buraliste", 
    "banketbakker", "dorpswinkel", "[a-z]+slagerij", "viswinkel", "groentewinkel", "zuivel", "tabakszaak", "buurtsuper", "avondwinkel", "nachtwinkel", 
    "salumeria", "pescheria", "ortofrutta", "latteria", "caseificio", "tabaccheria", "tabacchi", "edicola",
    "pescaderia", "vinoteca", "estanco", "quiosco", "pasteleria", "horno",
    // A Portuguese pastelaria is a pastry shop, a bakery as the Spanish pasteleria is (pool 72 read it so).
    "pastelaria",
    // Confectioners by their sweets (Basel's Läckerli, Belgian pralines, Aachen's Printen); a French coffee roaster's shop sells its beans
    // and teas by weight (a German Rösterei or an English roaster pours coffee too: restaurants, heuristics.ts).
    "[a-z]*lackerli", "pralines?", "printenhaus", "torrefaction", "torrefacteurs?",
    // Biscuit makers' shops; a kiosk by its place ("Grenzkiosk", "Strandkiosk").
    "biscuits", "[a-z]+kiosk",
  ]],
  ["restaurants", [
    "saloon", "pommesbude", "konoba", "kabab", "sofrasi", "lokanta", "lokantasi", "hafenbar", "noedelbar", "nudelbar", "[a-z]*schanke", "wokstation", "wokbar", "nudelhaus", "nouilles", "social club", "tap room", "gastro",
    "friettent", "schankwirtschaft", "frozen custard",
    // A cider tavern and a winemaker's seasonal taverns (Besen-, Strauß-, Heckenwirtschaft) serve food and drink.
    "apfelweinwirtschaft", "besenwirtschaft", "strausswirtschaft", "heckenwirtschaft",
    "[a-z]*wurstbude", "imbissbude",
    "wurstelstand", "wurstlstand", "banh mi",
    // A Franconian grill named after its sausage ("Bratwurst Röslein"; its compounds, "Bratwursthäusle", are read already).
    "bratwurst",
    "proeverij", "brewing", "food factory",
    // A brick oven is a pizzeria's ("TONYS BRICK OVEN").
    "brick oven",
    // A Mexican seafood restaurant (marisquería's Mexican word).
    "mariscos",
    "beisl", "heuriger", "heurigen", "buschenschank", "bierkeller", "currywurst", "cocktailbar", "shisha",
    "carvery", "coffeehouse", "tearoom", "tea rooms", "sandwiches", "noodles", "burrito", "chipper", "fish n chips", "hot dog", "takeout", "take away", "brunch", "breakfast", "gelato", "ice cream", "ice creams", "food court", "taphouse", "beer garden", "catering",
    "traiteur", "rotisserie", "sandwicherie", "buvette", "guinguette", "restauration", "cantine",
    "shoarma", "grillroom", "pannenkoeken", "pannenkoekenhuis", "broodjes", "kroeg", "brouwerij", "wijnbar", "strandpaviljoen", "strandtent", "afhaalchinees", "chinees", "partyservice", "viskraam", "kibbeling", "codfather",
    "paninoteca", "piadineria", "rosticceria", "caffetteria", "locanda", "birreria",
    // A fish-roll stall, a Dutch park or beach pavilion, a roastery's café, a canteen's association ("Mensaverein").
    "fischbrotchen", "paviljoen", "rosterei", "mensaverein",
    "cerveceria", "marisqueria", "asador", "meson", "taberna", "tasca", "churreria", "heladeria", "chiringuito", "cervejaria",
  ]],
  ["fuel", [
    "pneu[a-z]*", "olie",
    "tankstellen", "autostrada", "casello", "vinjeta", "dalnicni znamka", "autoteile", "autozubehor", "autohandel", "gebrauchtwagen", "abschleppdienst", "karosserie", "ladesaule",
    "auto body", "auto rep", "motors", "tankhof", "nutzfahrzeuge", "nfz", "autopflege", "mechanic", "oil change", "mot test", "mot centre", "mot center", "mot (and )?service",
    "carrosserie", "garagiste", "controle technique",
    "wasstraat", "autoonderdelen", "laadpaal",
    // A car wash's hall ("AUTOWASCHCENTER", "WASCHCENTER AM RING"); a laundromat calls itself a Waschsalon.
    "[a-z]*waschcenter",
    "peaje", "autopista", "aparcamiento", "estacionamiento", "carburante", "autolavaggio", "parcheggio",
  ]],
  // A UK coach company ("D&E COACHES") runs buses; its holidays are travel (heuristics.ts's coach holidays).
  ["transport", ["strassenbahn", "tramway", "trein", "waterbussen", "coaches", "city bahn"]],
  ["travel", [
    "[a-z]+hotel", "campingparks?", "motel", "gastehaus", "ferienpark", "ferienwohnungen", "zimmervermietung", "privatzimmer",
    "campsite", "caravan park", "holiday park", "bnb",
    "voyages",
    // A German travel agency or coach firm's travel service.
    "reisedienst",
    // A lake's steamers are its passenger boats, as ferries are ("ULLSWATER STEAMERS").
    "steamers",
    "vakantiepark", "vakantiehuis", "bungalowpark", 
    "pensione", "agriturismo", "ostello", "viaggi", "albergue", "parador", "casa rural", "viajes",
  ]],
  ["entertainment", [
    "sportzentrum", "reitverein", "reit und fahrverein", "hengelsportvereniging", "manege", "golfbaan", "greenfee", "open air", "konzertproduktion(en)?", "gymnastics", "festsaal", "hochzeitssaal", "banquet hall", "boulders", "boulderbar", "klimhal", "strandkorb[a-z]*", "sportcentrum", "river tubing", "eishalle", "billard", "indoorspielplatz", "kinos", "[a-z]+theater", "schauspielhaus", "kunsthalle", "diskothek", "spielbank", "wettburo", "schwimmhalle", "strandbad", "thermalbad", "yogastudio",
    "gyms", "ice rink", "billiards", "snooker", "laser tag", "paintball", "escape game", "aquarium", "waterpark", "cinemas", "karaoke", "bookmakers", "sports centre", "padel",
    "salle de sport", "patinoire", "parc d attractions", "discotheque",
    "sportschool", "speeltuin", "pretpark", "dierentuin", "[a-z]*schouwburg", "filmhuis", "bioscopen", 
    "gimnasio", "piscina",
    // A curling club; a French alpine club (Club Alpin Français), its members' dues; an American athletic or mountaineering club's.
    "curling", "club alpin", "athletic club", "mountain club",
    // A playhouse is a theatre ("NOTTINGHAM PLAYHOUSE", "Lyceum Playhouse").
    "playhouses?",
    // A ticket shop by its glued word ("TICKETTOASTER", "Ticketcorner"); a machine's or a car park's ticket is read before.
    "ticket[a-z]+",
    // Animal parks, art galleries and institutes, by the name's own words ("BRAMBLEDOWN WILD ANIMAL PARK", "MAPLEWOOD
    // INSTITUTE OF ARTS", "QUAYSIDE CENTRE FOR CONTEMPORARY ART"); a gallery alone may be a shop or a salon.
    "animal parks?", "art gallery", "art galleries", "institute of( fine)? arts?", "contemporary arts?",
  ]],
  ["education", [
    "kinderkrippe", "sprachkurs", "[a-z]*bucherei",
    "lycee", "conservatoire", "bibliotheque", "mediatheque",
    "[a-z]+school", "bibliotheek", "kinderdagverblijf", "conservatorium",
    "autoescuela", "autoscuola", "guarderia", "biblioteca",
  ]],
  ["shopping", [
    // A watchmaker's shop; a shop for the garden and the home.
    "uhrmacherei", "garden (and )?home", "home (and )?garden",
    "goldschmiede", "[a-z]*speciaalzaak", "duty free", "modellbau", "modelbouw", "modellbahn[a-z]*", "spiele", "spieleladen", "yarns?", "wollstubchen", "tissus", "angelsport", "hengelsport", "tauchsport", "tackle", "laufladen", "aquatics", "aquaristik", "muziekhandel", "music center", "music centre", "comics", "hobbies", "caravans?", "baustoff[a-z]+", "baumaschinen", "bouwmaterialen", "building supplies", "building supply", "lumber", "timber", "sagewerk", "holzhandel", "houthandel", "motorgerate", "landtechnik", "landmaschinen", "tool hire", "plant hire", "skip hire", "containerdienst", "verhuur", "workwear", "arbeitskleidung", "feed (and )?supply", "grosshandel", "abholmarkt", "pferdesport", "reitsport", "onlineshop", "brautmoden", "brautatelie[a-z]*", "brautladen", "gelinlik", "kuyumcu", "passbild", "passfotos?", "goldschmied", "landhandel", "pet supplies", "pet supply", "speelgoed[a-z]*", "spielzeug[a-z]+", "kinderboutique",
    "radwerkstatt", "flower", "flower cart", "fleurs", "resale", "schreinerei", "tischlerei", "malerbetrieb", "trodel[a-z]+",
    "lederwaren", "schmuck", "[a-z]+mode", "bekleidung", "[a-z]+bekleidung", "sporthaus", "buchhandel", "antiquariat", "[a-z]+bedarf", "elektromarkt", "[a-z]*elektronik", "gartnerei", "zoohandel", "flohmarkt", "mobel[a-z]+", 
    // Builders', fitters' and furnishers' trades, whose work is bought like goods.
    "schilder[a-z]*", "parkett[a-z]*", "farben[a-z]+", "fliesen[a-z]*", "sanitar", "heizungsbau", "heizungstechnik", "haustechnik", "raumausstattung", "holzhandlung", "hausgerate", "schlusseldienst", "locksmiths?", "arbeitsschutz",
    "keukens", "keukenstudio", "[a-z]*vloeren", "installatietechniek", "installatiebedrijf", "loodgieter[a-z]*",
    "serrurerie", "cuisines", "electrical", "plumbing", "decorating", "decorating centre", "home improvement", "builders merchants?",
    // A saddler sells tack and riding wear.
    "saddlery", "saddlers",
    // A greenhouse grower's garden centre; a boat chandler (accastillage).
    "greenhouses", "accastillage",
    // A skip or dumpster hired for a renovation.
    "dumpsters?",
    // Medical scrubs and work uniforms; blinds sold online ("BLINDS2GO"); Dutch bed and mattress shops.
    "scrubs", "scrubsuk", "blinds[0-9][a-z]*", "slaapcentrum", "matras", "matrassen",
    "ironmongers", "cameras", "haberdashery", "stationers", "booksellers", "jeweller", "crafts", "fabrics", "carpets", "flooring", "homewares", "appliances", "menswear", "womenswear", "apparel", "clothing", "lingerie", "footwear", "pets", "alterations",
    "mercerie", "maroquinerie", "horlogerie", "chausseur", "bricolage", "electromenager", "ameublement", "brocante", "friperie", "antiquites", "bazar", "bazaars?", 
    "ijzerwaren", "ijzerhandel", "gereedschap", "huishoudwinkel", "woonwinkel", "meubel[a-z]*", "[a-z]+kleding", "schoenenwinkel", "juweliers", "sieraden", "boekwinkel", "tweedehands", "kringloop", "kringloopwinkels?", "kwekerij", 
    "ferramenta", "cartoleria", "gioielleria", "abbigliamento", "calzature", "merceria", "elettrodomestici", "arredamento", 
    "ferreteria", "papeleria", "joyeria", "electrodomesticos", 
    // Tool dealers, caravan dealers, sailmakers, print studios.
    "tools", "caravaning", "segelmacherei", "sailmakers?", "print studio",
  ]],
];

/**
 * This file's words, then the fuller vocabulary of trades (shop-kinds-more.ts), which only decides what these leave,
 * then the trades of families with children (family-trades.ts), then students' (student-trades.ts), then retirees' (retiree-trades.ts), then young parents' (baby-trades.ts), movers' (mover-trades.ts), landlords' (landlord-trades.ts), motorists' (motorist-trades.ts), home cooks' (food-trades.ts), patients' (health-trades.ts), the home's trades (home-trades.ts), hobbyists' (leisure-trades.ts), personal services' (personal-trades.ts), eating out's and stays' (hospitality-trades.ts) the apps' and web shops' (online-trades.ts) the country's and the village's (rural-trades.ts) the neighbourhood's immigrant-run and faith-linked trades (community-trades.ts) and the tight budget's (budget-trades.ts), and last the energy transition's (energy-trades.ts).
 */
export const SHOP_KIND_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [...OWN_WORDS, ...MORE_SHOP_KIND_WORDS, ...FAMILY_TRADE_WORDS, ...STUDENT_TRADE_WORDS, ...RETIREE_TRADE_WORDS, ...BABY_TRADE_WORDS, ...MOVER_TRADE_WORDS, ...LANDLORD_TRADE_WORDS, ...MOTORIST_TRADE_WORDS, ...FOOD_TRADE_WORDS, ...HEALTH_TRADE_WORDS, ...HOME_TRADE_WORDS, ...LEISURE_TRADE_WORDS, ...PERSONAL_TRADE_WORDS, ...HOSPITALITY_TRADE_WORDS, ...ONLINE_TRADE_WORDS, ...RURAL_TRADE_WORDS, ...COMMUNITY_TRADE_WORDS, ...BUDGET_TRADE_WORDS, ...ENERGY_TRADE_WORDS];

export const SHOP_KIND_SIGNALS: readonly ShopKindSignal[] = SHOP_KIND_WORDS.map(([key, words]) => ({ key, sign: "out", words: wholeWords(words) }));
