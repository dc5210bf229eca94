// The trades of eating and drinking out and of places to stay, enumerated by trade rather than from statements: inns,
// taverns and beer halls by their German, Austrian and Swiss compounds (Dorfgasthaus, Kirchenwirt, Heidekrug,
// Weinstübchen, Klosterkeller, Beizli), restaurants as a card field cuts them (RISTORANT, PIZZERI, GASTST, BRASSERI,
// RSTRNT), restaurants named for their owner ("Da Mario", "Beim Griechen"), takeaways, snack bars, ice-cream parlours,
// caterers and food vans, cuisines' own words, bakeries cut by the field, and hotels, guesthouses, holiday flats,
// hostels and lodges — in German, English, French, Dutch, Spanish and Italian. Whole folded words, as shop-kinds.ts
// matches them; a card field cuts a name at 20–25 characters.
//
// Policy, as heuristics.ts files the trade already: restaurants, cafés, bars, takeaways, caterers, delis and coffee
// roasters are restaurants; bakeries and patisseries are groceries (the dictionary's generic Bäckerei, heuristics.ts's
// boulangerie/bakkerij); hotels, guesthouses, holiday flats, hostels and campsites are travel. Decided here: a pub
// with rooms that calls itself an inn or a Gasthof stays restaurants (most of what is paid there is the meal); a
// mountain hut (Hütte, rifugio) is restaurants as the Hütte already was; a farm restaurant (ferme-auberge) and a
// wine bar that serves food (cave à manger) are restaurants, not the farm's or the wine merchant's shop; a barbecue
// shop sells grills (shopping), not grilled food; overnight stays named in a purpose (Übernachtung, overnachting,
// nuitée) are travel.
//
// Left out because a word alone has another meaning: "pension" (a retirement's pay; only Pension garni and
// Frühstückspension), "lodge" (a Masonic or Elks lodge's dues; only a mountain, ski or lake lodge), "cottage" (a café's
// or a chicken shop's name), "sandwich" (a Kent town), "glacier" (a national park; only an artisan glacier), "krug"
// and "keller" and "wirth" (surnames; only their inn compounds), "relais" alone (a parcel point, Relais H newsagents),
// "bodega" (a grocer's in the US, already groceries), "enoteca" (a wine shop as often as a bar), "posada" (a surname;
// only "Posada del …"), "schenke" alone in compounds (Geschenke are gifts), "eisbar" (the polar bear, folded), "al"
// and "au" at a name's start (Arabic grocers' and French shops' names), "da" before a surname (Da Silva, Da Costa),
// "vakantiehuisje" (the diminutive moved a row of an earlier pool off its label: it is what a purpose says as often as a
// landlord's name), "pulperia" (a Central American corner shop as often as a Galician octopus house), "chocolateria"
// (a chocolate shop's as often as a churros café), "golf lodge" (a club's house).

// Italian given names an owner's restaurant carries ("Da Mario", "Dal Pino", "Bei Toni").
const OWNER = "(mario|luigi|giovanni|gianni|antonio|tonino|toni|tony|giuseppe|peppe|peppino|beppe|pino|nino|franco|enzo|gino|salvatore|toto|vincenzo|angelo|marco|paolo|luca|carlo|sergio|bruno|aldo|dino|rino|lino|remo|piero|pietro|nicola|michele|rocco|vito|ciro|gennaro|vittorio|emilio|alfredo|roberto|stefano|claudio|massimo|fabio|alberto|domenico|mimmo|lorenzo|matteo|giorgio|giulio|sandro|renato|umberto|raffaele|cosimo|gigi|nonna|mamma|zio|la nonna|vinci|peppone|pasquale|nello|lello|saverio)";
// A cuisine's people, for the German "Beim Griechen", "Zum Italiener".
const CUISINE_PEOPLE = "(griechen|italiener|chinesen|turken|inder|thai|vietnamesen|kroaten|spanier|portugiesen|mexikaner|libanesen|syrer|japaner|koreaner|persern|afghanen|jugo|dalmatiner)";

/**
 * Read before the grocers' ("Markt", "marché", "cave", "ferme", "winkel"), the stations' ("Bahnhof", "station"), the
 * salons' ("salon"), the flats' ("apartments") and the breakfast's words their names also print.
 */
export const HOSPITALITY_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A barbecue or grill shop sells grills, whatever "grill" or "bbq" a restaurant's name also carries.
  ["shopping", [
    "(bbq|grill|grills|barbecue|barbecues) (shop|shops|store|stores|fachhandel|fachmarkt|zubehor|outlet|warehouse|supplies|supply|depot)",
    "(bbq|grill|barbecue)(shop|store|fachhandel|fachmarkt|zubehor)",
  ]],
  // Stays whose names carry a meal's, a farm's, an inn's or a flat's word: a bed and breakfast, a chambre d'hôte on a
  // farm, a youth hostel (auberge de jeunesse), an inn and suites, holiday and serviced apartments.
  ["travel", [
    "bed (and |n )?(breakfast|breakfas|breakfa|breakf|break|brea)", "b (and|n) b",
    "chambres? d ?hotes?", "maisons? d ?hotes?", "gites?",
    "auberges? de jeunesse", "jeugdherberg(en)?", "hostel[a-z]+", "relais (et |and )?chateaux",
    "inn (and |n )?suites", "motor (inn|lodge|hotel)", "inn (express|hotel|motel)", "lodge (hotel|resort|inn|cabins?|suites)",
    "(mountain|ski|safari|lake|lakeside|lakefront|river|riverside|country|forest|woodland|beach|wilderness|alpine|highland|guest|fishing|hunting|holiday|timber|log|canyon|creek|valley|coastal|island|seaside|game|bush|jungle|desert|spa) lodge",
    "lodging", "self ?catering", "serviced (apartments?|apts|flats?|suites)", "holiday (apartments?|apts|flats?|rentals?|let|cottage|home|villas?|chalets?)",
    "vacation (rentals?|homes?|condos?|villas?|apartments?)", "holiday lettings", "meubles? de tourisme",
    "ubernachtung(en)?", "ubernachtungs(kosten|preis|gebuhr|gebuhren)", "overnachting(en)?", "nuitees?", "overnight stay",
  ]],
  // Inns, taverns, wine and beer rooms by their compounds and cut forms, and restaurants cut by the card field, read
  // before "Markt"/"marché", "Bahnhof" and "Hotel" beside them ("GASTST AM MARKT", "BRASSERI DU MARCHE").
  ["restaurants", [
    "gastst[a-z]*", "gasth(?!orer|uis)[a-z]*", "[a-z]+gasthaus", "[a-z]+gasthauser", "gastw", "gastwirt[a-z]*", "wirtsh[a-z]*", "[a-z]+wirtshaus",
    "(kirchen|post|see|berg|dorf|alt|alter|bruck|brucken|muhl|muhlen|schloss|kloster|brau|hof|wald|alm|schank|stadl|bahnhof|fischer|jager|lowen|hirschen|kreuz|sonnen|stern|linden|rosen|ochsen|adler|kronen|schutzen|platzl|strand|hafen|zoll|markt|burg|turm|ober|unter|mitter|moos|au|bach|wies|kirch|stift)wirt",
    "alter wirt", "zum wirt", "free ?house", `(beim|zum) ${CUISINE_PEOPLE}`,
    "(dorf|heide|fahr|land|wald|see|moor|deich|post|marsch|elb|holsten|bauern|schutzen|jager|muhlen|zoll|kloster|kirch|burg|hafen|strand|dorfs|fahrhaus)krug", "alter krug", "zum krug",
    "(dorf|wald|kloster|berg|burg|see|schloss|bier|wein|alt|alte|keller|hafen|land|heide|fahr|wirts|bahnhofs|brau|mosel|apfelwein|most|jager|forst|zoll|post|markt|klause)schenke", "schenke",
    "(kloster|schloss|felsen|stadt|burger|burg|kartoffel|dom|zunft|rathaus|gewolbe|kreuz|rats|stifts|turm|zehnt|rittersaal)keller", "[a-z]*ausschank",
    "(bier|wein|kaffee|tee|dorf|bauern|jager|fischer|schlemmer|grill|pils|schnitzel|keller|zecher|brau|schwarzwald|kuchen|vesper|ritter|zunft|rats|schloss|burg|kloster|stadt|wirts|stamm|eck|most|apfelwein|schoppen)(stubchen|stuberl|stubl|stuble|stubli|stubn|stuben)",
    "[a-z]*beiz", "[a-z]*beizli", "[a-z]*biergart[a-z]*", "[a-z]*brauh[a-z]*", "bahnhofsbuffet", "jausen[a-z]*",
    "(bier|sekt|saft|tapas|piano|hotel|strand|beach|eck|tanz|shisha|gin|whisky|whiskey|milch|austern|champagner|vino|sap|poke|ramen|sky|jazz|cigar|zigarren|havanna|kaffee|wein|oester|oyster)bar",
    "(szene|stamm|musik|bier|wein)lokal",
    // A restaurant as a card field cuts or shortens it, in each language.
    "restau", "restaur", "restaura", "restauran", "restaurnt", "rstrnt", "restrnt", "rest (le|la|les|du|des|au|aux|chez)", "restos?(?! du coeur)",
    "[a-z]+restaurant[a-z]*", "[a-z]+restaura(nt?)?",
    "ristor", "ristora", "ristoran", "ristorant", "ristoro", "pizzeri", "pizzer", "trattori", "osteri", "hosteria", "brasseri", "creperi", "friteri", "gelateri", "steakh[a-z]*",
    // A farm restaurant, a wine bar that serves meals, a Lyon bistro: not the farm's, the cellar's or the cork's.
    "fermes? auberges?", "caves? a manger", "bouchon lyonnais",
    // A wine room pours wine by the glass, read before the wine merchants' word ("EARLSDON WINE ROOMS"); a cellar bar
    // (Kellerbar); a daiquiri bar, its word cut by the card field ("BAYOU ST JOHN DAIQ").
    "wine rooms?", "kellerbar", "daiq", "daiquiri", "daiquiris",
    // A New Orleans sandwich shop by its po-boys, the word cut by the card field ("MARIGNY LATE NIGHT PO BO").
    "po ?boys?", "po bo",
    // An ice-cream parlour, a salon that serves ice cream or tea, not hair.
    "eissalon", "salon de glaces?", "tea (house|garden|gardens|shop|parlour)", "sandwich (shop|bar|company|house)", "ijssalons?", "ijswinkel", "ijsbar", "ijskraam", "ijszaak", "ijscozaak",
  ]],
  // A bakery's shop on a station's concourse ("BACKSHOP AM BAHNHOF") sells bread, not a ride.
  ["groceries", ["backshops?", "back shop", "cake shops?"]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const HOSPITALITY_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["travel", [
    // German guest rooms, holiday flats (FeWo) and their cut forms; a Pension by its own kinds.
    "pension garni", "hotelpension", "fruhstuckspension", "gastepension", "privatpension", "ferienpension", "pension (haus|villa|am|an der|im|zum|zur)",
    "fewo", "fewos", "ferienwohn[a-z]*", "ferienappartements?", "ferienapartments?", "ferienzimmer", "ferienresidenz", "ferienhaus[a-z]+",
    "monteurzimmer", "gastezimmer", "fremdenzimmer", "zimmer frei", "apartmenthaus", "appartementhaus", "urlaub auf dem bauernhof", "bauernhofurlaub",
    "jugendherb[a-z]*", "gasteh[a-z]*",
    // English and American stays.
    "guesthouses", "guesthous", "guest houses", "motels", "motor court", "aparthotels?", "apartotel",
    "backpackers", "lodge at [a-z]+", "cabins", "cabin rentals?", "villa (rentals?|holidays)", "[a-z]+gastehaus", "naturfreundehaus", "wanderheim", "logis de france", "[a-z]*kampeerterrein(en)?", "bunkhouse", "glamping pods?", "shepherds huts?", "yurts?",
    // French, Dutch, Spanish and Italian stays.
    "residences? (de tourisme|de vacances|hotelieres?|touristiques?)", "centre de vacances", "locations? (de )?vacances", "locations? saisonnieres?",
    "hebergement", "hebergements", "hebergements? touristiques?",
    "vakantiehuizen", "vakantiewoning(en)?", "vakantieverblijf", "vakantieverblijven", "vakantieappartement(en)?", "vakantieparken", "vakantiebungalows?", "recreatiepark(s|en)?", "recreatiewoning(en)?", "bungalowverhuur", "chaletpark", "trekkershut",
    "hospederia", "hospedaje", "alojamientos?", "alojamento local", "apartamentos turisticos", "turismo rural", "agroturismo", "pousadas?", "posada (de|del|la|el|los|las) [a-z]+",
    "affittacamere", "casa (per )?(vacanze|ferie)", "case vacanze", "alloggi", "alloggio", "locazione turistica",
  ]],
  ["restaurants", [
    // Owner-named restaurants and German "Beim Griechen", "Zum Italiener".
    `(da|dal|dalla|bei|beim|chez) ${OWNER}`, "stubchen", "stuberl",
    // German snack stands and ice-cream makers.
    "fischbude", "grillbude", "pommes ?[a-z]*schmiede", "pommes ?[a-z]*manufaktur", "crepesbude", "waffelbude", "gluhweinbude", "bierbude", "snackbude", "[a-z]*imbis", "eisladen", "eismanufaktur", "eisdielen", "eiscafes", "speisewirtschaft", "dorfwirtschaft",
    // English and American takeaways, vans, pubs and diners.
    "carry ?out", "take ?outs?", "takeaways", "pubs", "public house", "ale house", "beer hall", "beerhall", "bierhalle", "diners", "taverns", "[a-z]*grille",
    "peri ?peri", "piri ?piri", "hog roasts?", "food (van|vans|stall|stalls|stand|cart|trailer)", "chip vans?", "foodcourt",
    "(crab|lobster|clam|shrimp|oyster|seafood|fish|shake) shack",
    "pancake (house|parlour|parlor)", "pancakes", "pie n mash", "frozen yogurt", "frozen yoghurt", "froyo",
    "caterers?", "catering[a-z]+", "[a-z]+catering", "hookah",
    "fast ?food", "gastronomi[a-z]*", "eiscaf", "pizz", "hotdogs?", "hot dogs", "[a-z]+brauerei", "[a-z]+brouwerij", "juicery", "poutine", "poutinerie", "crab house",
    "schnitzelhaus", "waffelhaus", "crepeshaus", "pfannkuchenhaus", "pfannekuchenhaus", "suppenhaus", "haxenhaus", "flammkuchenhaus", "kartoffelhaus", "fonduehaus", "wokhaus",
    "(dessert|cake|sundae) (parlour|parlor)",
    // Cuisines' own dishes and kinds of place.
    "yakitori", "teppanyaki", "teriyaki", "tonkatsu", "katsu", "robata", "okonomiyaki", "gyoza", "bento", "omakase", "tempura",
    "tiffin", "dosa", "chaat", "karahi", "naan", "bibimbap", "tex ?mex", "empanadas?", "arepas?", "areperas?", "hummus",
    "kumpir", "cigkofte", "kunefe", "cevapi", "cevapcici", "burek", "pierogarnia", "hibachi", "kbbq", "tikka", "jollof", "estiatorio", "psarotaverna", "psistaria", "ouzeri", "kafeneio", "mezedopoleio",
    "tavola calda", "bruschetteria", "spaghetteria", "friggitoria", "pinseria", "cicchetteria", "bacaro", "rifugio", "trattorie", "pizzerie", "ristoranti",
    "taperia", "pinchos", "pintxos", "sidreria", "arroceria", "braseria", "bocateria", "vermuteria", "horchateria", "parrilla", "parrillada", "churrasqueria", "churrasqueira", "rodizio", "marisqueira", "petiscaria", "confeitaria", "merendero", "freiduria",
    "focacceria", "panineria", "yogurteria",
    // Dutch and Flemish snack bars, pancake houses and caterers.
    "snackhuis", "snackcorner", "snackpoint", "snackkraam", "snackwagen", "snackzaak", "frietkot", "fritkot", "frietkraam", "frietzaak", "frietwinkel", "frieterie", "frituren", "automatiek",
    "pannenkoek[a-z]+", "pannekoek[a-z]*", "wafelhuis", "wafelkraam", "broodjes[a-z]+", "lunchzaak", "eethuisje", "eetbar", "eettent",
    "shoarma[a-z]+", "grillhuis", "afhaalcentrum", "wokhuis", "wokhouse", "wokexpress", "wokpalace", "wokpaleis", "wokcity",
    "koffiezaak", "theesalon", "theeschenkerij",
    // A French roadside or lakeside inn (not a parcel point, Relais Colis, nor the Relais H newsagents), snack, ice-cream and tea words.
    "relais routiers?", "relais (du|de la|des|de l|d|de) (?!(colis|poste|pickup|point|h)( |$))[a-z]+",
    "saladerie", "artisan glacier", "maitre glacier", "glacier artisanal", "glaces (artisanales|italiennes)",
  ]],
  // A bakery cut by the card field or abbreviated on the till ("BOUL PATISS", "STADTBAECKERE").
  ["groceries", ["boulangeri", "boulang", "boul patiss[a-z]*", "boul pat", "patisseri", "patiss", "[a-z]*backere", "konditore", "panetteria", "panifici", "cakery", "padaria", "padarias"]],
];
