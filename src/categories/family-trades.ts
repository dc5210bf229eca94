// The trades of families with school-age children and teenagers, enumerated by trade rather than from statements:
// their leisure (laser tag, trampoline parks, bowling, karting, escape rooms, climbing forests, zoos, museums, sports
// clubs), their schooling (tutors, driving theory and schools, application and exam fees), what is bought for school
// (publishers, stationers, uniforms, prom wear, sneakers and boards), where they eat (chip shops, bubble tea), their
// doctors, and the state's, the utility's and the charity's share. Whole folded words, as shop-kinds.ts matches them.
//
// Left out because a word alone has another meaning: "bowl" (a salad or poke bowl), "jump" (a name's word), "kassa"
// (any Dutch or Austrian till), "PPD" (a US ACH entry's class code, printed on payroll and bills alike), "sky park"
// (an airport's car park), "membership" (a gym's or a club's), "ants" (only with the titles the agency issues), "tafel"
// (a table) without its association's "e.V.".

// Publishers' titles paid for by subscription: a newspaper's or a magazine's publisher ("… Zeitung Verlag GmbH",
// "Verlag … Presse") and a newspaper's subscription price (Bezugsgeld), before the publishers' shop word below.
const NEWS = "([a-z]*zeitung|presse|nachrichten|[a-z]*blatt|kurier|anzeiger|rundschau|dagblad|courant|krant|gazette|herald|times)";
const PUBLISHER = "([a-z]*verlag|uitgeverij|uitgevers|publishing|publications|editions)";

/**
 * Read before the grocers' words: a venue's ticket office by its compound, whose address often names a market
 * ("THEATERKASSE AM MARKT"), and a newspaper's publisher, whose title may be a newsagent's word ("Verlag … Presse").
 */
export const FAMILY_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["entertainment", ["tageskasse", "abendkasse", "theaterkasse", "konzertkasse", "schouwburgkassa", "theaterkassa"]],
  ["subscriptions", [`${NEWS}( [a-z]+){0,3} ${PUBLISHER}`, `${PUBLISHER}( [a-z]+){0,3} ${NEWS}`, "bezugsgeld", "bezugspreis"]],
];

/**
 * What the purpose or the payee says it was for, read before the fee words ("TOURNAMENT FEE", "Prüfungsgebühr",
 * "MOTOR VEHICLE COMMISSION"), a school's "school" ("SCHOOL UNIFORM") and a subscription's "membership fee"; after a
 * restaurant's, a doctor's and a shop's own words ("RUGBY CLUB BAR", "EYE EXAM FEE").
 */
export const FAMILY_PURPOSES: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A sports club's dues, its match and tournament fees; a club's fee is its sport, not a bank's charge.
  ["entertainment", [
    "(youth )?(soccer|football|hockey|field hockey|ice hockey|volleyball|basketball|baseball|softball|lacrosse|rugby|netball|cricket|swim|swimming|gymnastics|athletics|track|cheer|cheerleading|wrestling|rowing|fencing|handball|korfball|water polo) (club|league|association)",
    "youth (sports|soccer|football|hockey|baseball|basketball)", "little league", "vbc",
    "(tournament|tourney|match|league) (fees?|entry|entries|registration)", "[a-z]*turnier", "turnier(gebuhr|gebuhren|startgeld|meldegeld|nenngeld)", "[a-z]*toernooi", "toernooigeld", "tournoi",
    "(fussball|handball|hockey|volleyball|basketball|leichtathletik|ruder|eishockey|rugby|baseball)(verein|club|klub|abteilung)",
    "(hockey|volleybal|korfbal|handbal|basketbal|honkbal|softbal|atletiek|gymnastiek|turn|schaats|roei|ijshockey|rugby|cricket)vereniging",
    "club de (football|foot|basket|basketball|handball|hand|volley|volleyball|rugby|hockey|natation|gymnastique|athletisme)",
    // A club's or a venue's ticket office, not a railway's ("TER REMI BILLETTERIE").
    "(?<!(^| )(ter|sncf|tgv|ratp|gare|train|bus|tram|metro|reseau)( [a-z]+){0,2} )billetterie(?! (sncf|ter|tgv|ratp|gare|train|bus|tram|metro))",
  ]],
  // Applying to a university or college through its admissions service, and sitting an exam, are schooling's costs.
  ["education", [
    "(admissions?|college|university|univ|ucas|common) application fees?", "application fees?( [a-z0-9]+){0,3} (admissions?|college|university|univ)",
    "[a-z]*prufungsgebuhr(en)?", "exam(ination)? entr(y|ies)( fees?)?", "exam(ination)? boards?", "examengeld", "(frais|droits) d examens?",
  ]],
  // Uniforms and blazers bought for school are clothes, whoever sells them.
  ["shopping", ["school uniforms?", "school (blazers?|wear|shoes)", "uniform (shop|store)", "schooluniform[a-z]*", "uniformes? scolaires?"]],
  // A state's vehicle registration office (a US Bureau of Motor Vehicles, New Jersey's commission, the Dutch RDW, the
  // French registration certificate): its fees are the state's. A card field cuts the name ("OH BUREAU OF MOTOR VEHIC").
  ["taxes", [
    "bmv", "(bureau|registry|dept|department|division) of motor veh[a-z]*", "motor vehicles? (commission|division|department|dept|agency|services|registry|office)",
    "rdw", "carte grise", "certificat d immatriculation",
  ]],
  // A pocket-money card's plan for the family, by its name beside a subscription's word (the money topped up onto it is not).
  ["subscriptions", [
    "(gohenry|go henry|greenlight|rooster ?money|rooster card|osper|busykid|famzoo|pixpay|xaalys|mozper)( [a-z0-9]+){0,2} (membership|subscription|plan|monthly (fee|charge))",
  ]],
  // Food banks take gifts; so does a charity paid a gift by its rhythm.
  ["donations", [
    "food ?banks?", "food (collective|pantry|pantries|shelf)", "tafel e ?v", "voedselbank[a-z]*", "banques? alimentaires?", "restos du coeur",
    "(monthly|annual|regular|one off|single) gift(?! (cards?|shop|vouchers?|box(es)?|baskets?|hampers?))",
  ]],
];

/** Trade words, merged after shop-kinds-more.ts's own: they decide only what no other word did. */
export const FAMILY_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A doctor by the compound of the speciality ("Jugendarzt", "Lungenärztin"); orthodontists (a US practice's patient payments are health-trades.ts').
  // A children's dentist by the Dutch compound ("Kindertandartspraktijk"); a US orthodontist's practice by its legal form ("CRAMERTON ORTHO PA").
  ["health", ["[a-z]+arzt", "[a-z]+arztin", "kieferorthopadin", "kieferorthopadische", "kindertandarts[a-z]*", "ortho (pa|pc|pllc)"]],
  ["groceries", ["marktladen", "hofwinkel"]],
  // A British chip shop calls itself "… Fisheries"; bubble tea and pizza by the slice; a salad bar run into one word.
  ["restaurants", ["fisheries", "bubbletea", "slice house", "by the slice", "salatbar"]],
  ["entertainment", [
    "laser quest", "laserquest", "jump park", "jumppark", "jump parks", "jump arena", "jump zone", "jump world", "jump center", "jump centre", "jumphalle", "air sports",
    "bowlingbaan", "bowlcenter", "bowl center", "bowl centre", "bowl ctr", "escape rooms", "escaperooms", "escape games",
    "karthalle", "karthal", "kartcenter", "kartcentrum", "kartarena", "indoorkart[a-z]*", "gokart[a-z]*",
    "family entertainment center", "family entertainment centre", "family entertainment ctr", "family fun center", "family fun centre", "funcenter",
    "high ropes", "hochseilpark", "treetop adventure", "treetop adventures", "klimbossen", "parcours aventure",
    "zoologischer garten", "zoologische garten", "parc zoologique", "zoological garden", "zoological gardens", "zoological park", "zoological society", "zoological soc", "dierenpark", "ecomusee",
    // A ticket office's advance sales (a transport word, read before these, keeps a bus company's its own).
    "vorverkaufsstelle", "[a-z]*vorverkauf",
    // Scouts and guides (MCC 8641), a children's club as the sports clubs are: a troop's subs, a national body's dues.
    // Not "scout" alone (a talent scout, a property portal's "…Scout24" is one word).
    "scouts", "scouting", "cub scouts", "boy scouts", "girl scouts", "girlscouts", "girl guides", "girlguiding", "scout (group|troop|hut|association|assn)",
    "pfadfinder[a-z]*", "scoutisme", "scouts et guides", "guides et scouts",
    // Roller rinks and indoor playgrounds.
    "skateland", "roller ?rink", "roller skating", "skating rink", "indoor speeltuin",
  ]],
  ["education", [
    "lerntherapie", "lerntherapeut", "lerntherapeutin", "lerninstitut", "hausaufgabenhilfe", "huiswerkhulp", "huiswerkklas", "bijlessen", "studiebegeleiding", "examentraining", "homework help", "homework club",
    // An exam centre, where a language or a school exam is sat and paid for.
    "[a-z]*prufungszentrum", "exam centre", "exam center", "examination centre", "examination center", "examencentrum",
    // Driving theory and driving instructors in the languages the big lists miss.
    "code de la route", "driving theory", "theory test", "fuhrerschein theorie", "fuhrerschein trainer", "fuhrerschein app", "fuhrerscheintheorie", "fahrlehrer", "rijinstructeur",
    // Holiday care and school trips: a town's holiday games, a school's country hostel, day and summer camps, a French
    // town's leisure centre (ALSH) and holiday colonies, a Dutch summer camp (MCC 7032, 8351, as childcare is).
    "schullandheim", "ferienspiele", "ferienfreizeit(en)?", "ferienbetreuung", "ferienlager", "ferienprogramm",
    "day camps?", "summer camps?", "holiday camps?", "holiday clubs?", "activity camps?",
    "centres? (de )?loisirs", "accueils? (de )?loisirs", "alsh", "colonies? de vacances", "zomerkamp(en)?", "vakantiekamp(en)?",
    // After-school clubs of the national youth club movement, and lessons in a teacher's own studio.
    "boys girls clubs?", "boys and girls clubs?", "pianostudio", "music studio",
  ]],
  ["shopping", [
    // Publishers and school book sellers sell books at the till (a publisher paid by subscription is read before this).
    "[a-z]*verlag", "bildungsmedien", "schulbuch[a-z]*", "lehrmittel[a-z]*", "lernmittel[a-z]*", "schoolboek[a-z]*", "uitgeverij[a-z]*", "uitgevers", "publishing", "publishers", "publications", "editions",
    "papierwaren", "kantoorboekhandel", "schulkleidung", "schulranzen",
    "prom dresses", "promwear", "suit hire", "suit rental", "tux hire", "tux rental", "dress hire", "kostuumverhuur",
    "sneaker[a-z]*", "skateshop", "skateboard", "skateboards", "surfshop", "boardshop", "boardsports",
    // Children's resale: a kids' swap or exchange shop, cut by the card field ("… KIDS EXC").
    "kids (swap|exchange|exchang|exc|exch|closet|consignment)",
  ]],
  // A court's filing fee (griffierecht) and a US district clerk's court costs (MCC 9211), as the court fees are.
  ["taxes", ["griffierecht(en)?", "(district|dist) cler[a-z]*", "clerk of (the )?courts?"]],
  // Storage after a move, in German.
  ["rent", ["einlagerung", "einlagerungen"]],
  ["utilities", ["power district", "power cooperative"]],
];
