// The trades of a household whose spending runs through apps and web shops, enumerated by trade rather than from
// statements: food delivery services (Lieferdienst, Heimservice, bezorgdienst, livraison de repas, "à emporter"),
// grocery delivery and quick commerce (Boodschappenbezorging, courses en ligne, dark stores, the milkman), web shops and
// mail-order houses named by their goods (Versandhaus, Modeversand, Weinversand, webwinkel, vente en ligne, e-commerce),
// photo books and print on demand, app and software subscriptions (a pro plan, a premium membership, a software
// licence, cloud storage, a VPN, a password manager, antivirus, a domain and a web server), video and music streaming
// and audiobooks, online courses and learning apps, dating sites and matchmakers, ride-hailing, car pooling, car
// sharing, e-scooters and shared bikes, eSIMs, data bundles and SIM-only plans, online ticket shops, and buy-now-pay-
// later instalments for goods — in German, English, French and Dutch, with Spanish and Italian where they are cheap.
// Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at 20–25 characters, so a compound is
// listed by its stem where the field cuts it ("FOTOBUCHSERVI", "SOFTWARELIZENZ").
//
// Policy, as the category policies (test/corpus/writing-a-pool.md) have it: a recurring digital service (an app's or a program's plan, a licence, cloud storage,
// hosting, a VPN, streaming, audiobooks, a dating site) is subscriptions; courses and learning apps education; rides,
// car pooling and every kind of sharing transport; web shops of goods shopping; food delivery restaurants; grocery
// delivery groceries; a phone's eSIM, data bundle and SIM-only plan utilities. Decided here: a single software licence
// bought outright is filed with the subscriptions as well (what a household pays a program's maker is its use, rarely
// by the year distinguished); an audiobook service is subscriptions, a single audiobook too (the services sell them by
// credit); ready-to-eat meals delivered ("meal prep") are a meal cooked elsewhere, restaurants, where a meal kit to
// cook is groceries (food-trades.ts); a web shop of wine, tea, coffee or spices is groceries, of cosmetics or perfume
// drugstore, of contact lenses or glasses health, every other goods' web shop shopping; a matchmaking agency is the
// dating site's trade, subscriptions; a buy-now-pay-later instalment is the goods' (shopping), unless a loan's, a tax
// office's or a dentist's word says what it pays; a ticket shop's tickets are entertainment, as the venues' are.
// Prepaid phone credit and its top-ups are money-moves.ts's (PHONE_CREDIT_WORDS), not listed here.
//
// Left out because a word alone has another meaning: "app" (a parking app's, a driving-school app's; the labeller cuts a
// trailing "app"), "cloud" (a nail bar's or a vape shop's name), "storage" (a self-storage unit's: rent), "licence"
// and "Lizenz" alone (a TV, a driving, a fishing or a premises licence), "premium" alone (an insurance premium), "pro"
// and "plus" alone, "domaine" (a wine estate), "security" alone (a guarding firm), "delivery" and "Lieferung" alone (a
// parcel's, a fuel oil's or a builders' merchant's), "[a-z]+lieferdienst" (a parcel courier's Paketlieferdienst),
// "bezorging" alone (a newspaper's), "Bestellung" and "order" (any shop's or a restaurant's), "eshop" alone (a games
// console's shop), "sim" alone (an Italian investment firm, SIM), "vtc" alone (a French hybrid bike, vélo tout chemin,
// as often as a ride), "rencontre(s)" alone (a meeting, a festival), "singles" (a record's), "ebook(s)" (a book bought
// as goods as often as a subscription's), "in-app" purchases (a game's currency as often as a program's), "bootcamp" (a
// fitness class), "cours" alone (a French street, Cours Mirabeau), "rides" (a fairground's), "elektroroller" (sold by a
// shop as often as hired), "spesa" alone (Italian for any expense), "instalment"/"Rate" alone (a loan's, a tax's).

import { glued } from "./glued-words.ts";

/**
 * Read before the utilities' ("internet", "mobile"), the movers' ("storage"), the fees' ("frais", "Gebühr"), the
 * schools' ("courses") and the subscriptions' ("abonnement") words the names and purposes of these trades also print.
 */
export const ONLINE_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A phone's plan by its French, Dutch and German names, whatever subscription or internet word it carries.
  ["utilities", [
    "(abonnement|abo|forfait|forfaits|offre) (mobile|mobiles|telephone|telephonie|portable|sms|5g|4g)", "forfaits? (data|internet mobile)",
    "(mobiel|mobiele|sim only|telefoon|gsm) ?abonnement(en)?", "sim ?only( (plan|deal|abonnement|tarif))?", "(handy|mobilfunk|sim) ?(tarif|vertrag|abo)",
    // A plan by its German name beside the number it serves ("Kinder-Tarif Rufnr. 0157 …").
    "tarif (rufnr|rufnummer)",
  ]],
  // A program's protection, backup and storage online: not the internet bill, not a storage unit.
  ["subscriptions", [
    "internet ?security", "(total|mobile|family|premium) security", "security suite",
    "cloud ?(storage|speicher|backup|opslag|drive|space)", "online ?(storage|speicher|backup|opslag)", "storage (plan|upgrade|abo|subscription)", "stockage (en ligne|cloud|nuage)",
  ]],
  // Groceries ordered online and brought to the door, though "courses" reads as a course and "livraison" as a parcel.
  ["groceries", ["courses (en ligne|a domicile|livrees)", "livraison (de |des )?courses", "drive (pieton|courses)", "dark ?stores?"]],
  // Meals delivered, though "livrés" reads as the books' "livres".
  ["restaurants", ["repas livres"]],
  // An eSIM for a trip, though "travel" reads as a journey; audiobooks, though "books" and "livres" read as a bookshop's; a
  // website builder, though "builder" reads as a tradesman's.
  ["utilities", ["(travel|reise|voyage|viaggio) ?esims?"]],
  ["subscriptions", ["audio ?books?", "livres? audio", "website ?builders?", "site builders?"]],
  // A shared bike, a ride booked with a chauffeur (VTC), though "bike", "vélo" and "Fahrrad" read as a bike shop's and
  // "courses" as a school's.
  ["transport", ["(bike|cycle|velo|fahrrad|fiets|rad) ?(sharing|share|share scheme|hire scheme)", "velos? en libre service", "velos? partages?", "velo ?partage", "courses? (en )?vtc", "(e )?scooter ?sharing"]],
  // Instalments of goods bought in three or four ("PAIEMENT EN 3 FOIS SANS FRAIS"), though "frais" reads as a charge.
  ["shopping", ["paiements? en (2|3|4|10|deux|trois|quatre|plusieurs) fois( sans frais)?", "(3|4|10) ?x sans frais", "(3|4) fois sans frais"]],
  // A course's fee, though "Gebühr" reads as a charge ("Lehrgangsgebühr", "Weiterbildungskosten").
  ["education", [
    "(lehrgangs|weiterbildungs|fortbildungs|seminar|webinar|kurs|online ?kurs|zertifikats|fernstudien|prufungs)(gebuhr|gebuhren|kosten|entgelt)",
    "(cours|formation|formations) (en ligne|a distance|online)",
    // A course online whatever it teaches: "ONLINEKURS FOTOGRAFIE" is no photo shop.
    "(online|video|fern)kurs(e)?",
  ]],
];

// Food delivered, under its German, Dutch, French, English, Spanish and Italian words.
const FOOD_DELIVERY: readonly string[] = [
  "lieferdienst", "lieferdienste", "lieferservice", "lieferservic", "lieferserv", "bringdienst", "heimservice", "heimserv", "essenslieferung[a-z]*", "essen bestellen",
  ...glued(["essens", "speisen", "asia", "china", "thai", "mittagessen", "menu", "curry"], ["lieferdienst", "lieferservice", "bringdienst", "heimservice"]),
  "bezorgdienst", "bezorgservice", "maaltijdbezorging", "maaltijdservice", "maaltijden thuis", "eten bestellen", "afhaal en bezorg", "bezorg en afhaal",
  "livraison (de )?repas", "plats a emporter", "vente a emporter", "a emporter",
  "food delivery", "meal delivery", "meals delivered", "delivered meals", "meal ?prep", "prepared meals",
  "comida a domicilio", "comida para llevar", "para llevar", "reparto de comida", "cibo a domicilio", "consegna (a domicilio )?(di )?(pasti|cibo|cena|pranzo)", "pasti a domicilio", "da asporto", "asporto",
];

// Groceries delivered, quick commerce, the milkman.
const GROCERY_DELIVERY: readonly string[] = [
  ...glued(["bio", "gemuse", "obst", "supermarkt", "milch", "einkaufs"], ["lieferdienst", "lieferservice", "bringdienst", "heimservice"]), "blitzlieferdienst", "quick ?commerce", "q commerce",
  "boodschappenbezorging", "boodschappendienst", "boodschappenservice", "flitsbezorg[a-z]*", "flitsboodschappen",
  "milkman", "milkmen", "milk (delivery|round)", "melkboer", "melkman", "milchmann",
  "spesa (online|a domicilio)",
  // A web shop of wine, tea, coffee, spices or cigars sells what a grocer, a wine merchant or a tobacconist sells.
  ...glued(["wein", "tee", "gewurz", "whisky", "whiskey", "zigarren"], ["versand", "shop", "onlineshop"]), ...glued(["wijn", "thee", "koffie", "kruiden"], ["webshop", "webwinkel"]),
];

// Web shops and mail-order houses by their own words and by their goods; photo books and print on demand.
const WEB_SHOPS: readonly string[] = [
  "versandhaus", "versandhauser", "versandhandler", "versandshop", "versandkaufhaus", "onlinehandel", "onlinehandler", "internethandel", "internethandler", "onlineshops", "onlinestore", "onlinestores", "onlineshopping",
  "[a-z]+onlineshop", "[a-z]+versandhandel",
  ...glued(["mode", "elektronik", "technik", "computer", "handy", "spielwaren", "tierbedarf", "garten", "buro", "sport", "outdoor", "deko", "wohn", "lampen", "leuchten", "baby", "kinder", "moden", "waren", "geschenk", "geschenke", "schmuck", "uhren", "foto", "druck", "poster", "shirt"], ["versand"]),
  "webshops", "webstore", "webstores", "[a-z]+webshop", "[a-z]+webwinkel", "webwinkels", "internetwinkel(s)?", "onlinewinkel", "internetshop", "postorder", "postorderbedrijf", "verzendhuis",
  "vente (en ligne|a distance|par correspondance)", "ventes en ligne", "achats? en ligne", "commerce en ligne", "e ?commerce", "mail ?order", "teleshopping", "tv shopping",
  "tienda (online|en linea|virtual)", "negozio (online|on line)", "commercio elettronico", "comercio electronico",
  // Photo books, prints and gifts printed to order.
  "fotobuch[a-z]*", "fotokalender", "fotogeschenk[a-z]*", "fotoabzug", "fotoabzuge", "fotoprints?", "fotoposter", "leinwanddruck[a-z]*", "posterdruck[a-z]*",
  "fotoboek(en)?", "fotoafdruk(ken)?", "fotocadeau(s)?", "fotokalenders",
  "photobooks?", "photo prints", "canvas prints?", "print on demand", "printondemand",
  "albums? photos?", "tirages? photos?", "impression photos?",
];

/** Read after the shop-kind words: a lookaround keeps a loan's, a tax office's and a dentist's instalment theirs. */
export const ONLINE_LAST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A buy-now-pay-later instalment is the goods', not a loan's or a tax's.
  ["shopping", [
    "(?<!(darlehen|kredit|privatkredit|ratenkredit|loan|lening|krediet|pret|steuer|finanzamt)( [a-z0-9]+){0,3} )(ratenzahlung|ratenkauf|teilzahlung|termijnbetaling|gespreide betaling)(?! (darlehen|kredit|loan|lening|krediet|steuer))",
    "(?<!(loan|mortgage|tax|council)( [a-z0-9]+){0,3} )(pay in (2|3|4|three|four|30 days)|pay later|buy now pay later|bnpl|split in (3|4|three|four))",
    "achteraf betalen", "in (3|drie|4|vier) termijnen", "pago en (3|tres|plazos)", "pagamento in (3|tre) rate",
  ]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const ONLINE_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["restaurants", FOOD_DELIVERY],
  ["groceries", GROCERY_DELIVERY],
  // A web shop of cosmetics or perfume; of contact lenses or glasses (an online pharmacy, "onlineapotheek", is any glued "apotheek": health-trades.ts).
  ["drugstore", glued(["parfum", "parfumerie"], ["versand", "onlineshop"])],
  ["health", [...glued(["kontaktlinsen", "linsen"], ["versand", "shop", "onlineshop"])]],
  ["shopping", WEB_SHOPS],
  ["subscriptions", [
    // A program's or an app's plan, membership and licence.
    "(pro|plus|team|starter|annual|yearly|lifetime|family) plan", ...glued(["pro", "premium", "plus", "vip", "gold", "online"], ["mitgliedschaft", "membership", "lidmaatschap"]), ...glued(["pro ", "premium ", "plus ", "vip ", "gold ", "online "], ["mitgliedschaft", "membership"]), "pro version",
    "software", "[a-z]+software", "softwares", "softwarelizenz[a-z]*", "softwarelicentie[a-z]*", "softwarelicenses?", "softwarelicences?", "software licenses?", "software licences?", ...glued(["jahres", "nutzungs", "einzelplatz", "lifetime", "pro"], ["lizenz", "lizenzen"]),
    "license keys?", "licence keys?", "license renewal", "licence renewal", "licence annuelle", "lizenzschlussel", "logiciels?", "licences? logiciel[a-z]*", "licencia (de )?software", "licenza software",
    "anti ?virus", "antivir[a-z]+", "virenschutz", "virusscanner", "virusscan",
    "vpn", "vpns", "[a-z]+vpn", "password ?manager", "passwort ?manager", "wachtwoord ?manager", "gestionnaire (de )?mots de passe",
    "speicherplatz",
    "domains", "domain ?(names?|namen|registrierung|registration|renewal|privacy|verlangerung)", "domeinnaam", "domeinnamen", "domeinregistratie", "noms? de domaine", "webspace", "webserver", "vserver", "root ?server", "virtual server", "dedicated server", "servermiete", "ssl (zertifikat|certificate|certificat)", "homepage ?baukasten",
    // Video and music streaming, pay-TV and audiobooks.
    "videostreaming", "musikstreaming", "streamingdienst(e|en)?", "video on demand", "vod", "svod", "pay ?tv", "iptv",
    "horbuch", "horbucher", "luisterboek(en)?", "audiolibr[a-z]*",
    // Dating sites and matchmakers.
    "datingapps?", "datingsites?", "partnervermittlung(en)?", "partnerborse", "singleborse", "partnersuche", "sites? de rencontres?", "applis? de rencontres?", "agence matrimoniale", "relatiebemiddeling", "datingbureau", "matchmaking", "matchmakers?",
  ]],
  ["education", [
    "fernlehrgang", "fernlehrgange", "fernuni[a-z]*", "weiterbildung[a-z]*", "fortbildung[a-z]*", "webinar(e|s)?", "zertifikatskurs(e)?",
    "lernapp(s)?", "lern ?plattform", "lernportal", "lernprogramm", "sprachlern[a-z]*", "vokabeltrainer", "elearning",
    "language (app|apps)", "masterclass(es)?", "mooc", "moocs",
    "leerplatform", "taalapp", "bijscholing", "nascholing",
    "apprentissage en ligne", "e formation", "corso online", "corsi online", "curso online", "cursos online",
  ]],
  ["transport", [
    "ride ?hailing", "ride ?sharing", "rideshare", "ride share", "mitfahrgelegenheit(en)?", "mitfahrzentrale", "covoiturage", "carpool(ing)?", "liftshare",
    "car ?sharing", "car ?share", "car club", "autopartage", "deelauto(s)?", "autodelen", "deelmobiliteit", "free ?floating",
    "e ?scooters", "escooter", "e roller sharing", "e roller verleih", "eroller sharing", "roller ?sharing", "deelscooter(s)?", "deelstep(s)?", "deelfiets(en)?",
    "leihrad", "leihrader", "leihfahrrad", "mietrad", "mietrader", "stadtrad", "trottinettes? (electriques? )?(en )?libre service", "location trottinettes?",
    "monopattini sharing", "monopattino sharing", "monopattini in sharing", "patinetes? (compartidos?|electricos? compartidos?)", "moto ?sharing",
    "chauffeur vtc",
  ]],
  ["utilities", [
    "datenvolumen", "datenpass", "data ?(bundle|bundles|plan|pack|package|pass)", "roaming",
    "simkarte(n)?", "sim ?karte", "sim cards?", "simkaart(en)?", "sim kaart", "cartes? sim", "datensim",
  ]],
  ["entertainment", [
    "eintrittskarte(n)?", "konzertkarten", "theaterkarten", "kinokarten",
    "entreekaart(en|jes)?", "toegangskaart(en)?", "concertkaarten", "theaterkaarten",
  ]],
];
