// The trades of retirees and pensioners, enumerated by trade rather than from statements: the pension paid in, care at
// home, hearing-aid and mobility-aid shops, stairlifts and alarm services; thermal baths, a spa town's visitor's tax and
// its state spa company, coach and rail tours and river cruises; bowls and pétanque; botanical gardens; garden
// centres and wool shops; a newspaper delivered; a town's levies; a gift by mandate or through a church-giving platform.
// Whole folded words, as shop-kinds.ts matches them.
//
// Left out because a word alone has another meaning: "rente" (a Dutch bank's interest), "bowls" (a poke or salad bowl),
// "subs" (a sandwich shop's; only beside a direct debit), "pro shop" (a golf club's, but the dictionary's electronics
// retailer Proshop reads it first), "tours" before the shops' words (the French town's bakers print it), "seilbahn" (a ski resort's lift,
// which the corpus files as travel), "zorg" alone ("Woonzorg" lets homes), "home delivery" alone (a grocer's),
// "catholic" alone (a hospital's name too).

/**
 * A pension paid in is the retiree's pay, as the corpus files it ("Regelaltersrente 07/2025 … DRV", "PMT ouderdomspensioen",
 * "IRCANTEC RETRAITE COMPL", "NYSLRS RETIREMENT PMT", "CIVIL SERVICE PENSION"): money in only, read before the benefits
 * (money-moves.ts OTHER_INCOME), which stay other income.
 */
export const PENSION_PAY: readonly string[] = [
  "(alters|regelalters|witwen|witwer|waisen|hinterbliebenen|betriebs|erwerbsminderungs|unfall|zusatz|werks|firmen|rv|vbl)rente", "rv rente",
  // "Rentenzahlung", "Rentenleistung", a payer named "Rentenversicherung"; not the Dutch plural "renten" (interest).
  "renten[a-z]+", "ruhegehalt", "ruhegeld",
  // Folded, the Dutch "pensioen" reads "pension", so its compounds' pattern reads German ones too: a kennel or a
  // guesthouse (Tierpension, Fremdenpension) giving money back pays no pension.
  // The UK's Department for Work and Pensions pays benefits as well (Universal Credit, PIP): its name says no pension, only
  // its state pension's own words do ("DWP STATE PENSION", "… WORK AND PENSIONS SP").
  "(?<!work and )pension[a-z]*", "(?<!work and )(?!(tier|hunde|katzen|pferde|kleintier|fremden|ferien|gaste)pension)[a-z]*pensioen[a-z]*", "aow", "state pension", "annuity",
  "(work and pensions|dwp) (sp|rp)",
  "(?<!(maison|maisons|residence) de )retraite", "ircantec", "carsat", "agirc arrco", "jubilacion",
  "(state|teachers|employees|public employees|county|municipal|police|fire|firefighters|military|mil|railroad|local)( [a-z]+){0,2} retirement",
  "retirement (pmt|pymt|payment|benefits?|annuity|pay|system|sys|board|income)", "retired pay", "retiree (pay|pmt|payment)",
];

/** Care at home and alarm services named in the purpose, whoever runs them (a charity's "Notrufdienst Teilnehmer …"): health. */
export const CARE_AT_HOME: readonly string[] = [
  "notruf(dienst|system|service|telefon|gerat)[a-z]*", "personal alarms?", "personenalarmering", "telecare", "teleassistance", "telealarme?",
  "particuliere zorg", "zorg aan huis", "aides? a domicile", "auxiliaires? de vie", "maintien a domicile",
];

// Newspapers by their title's word, and what a reader pays for their delivery ("NHD bezorging", "DAILY SUN HOME DELIVERY").
const NEWS = "(dagblad|courant|krant|[a-z]*zeitung|kurier|anzeiger|rundschau|gazette|herald|times|tribune|daily|journal|chronicle|telegraph|newspapers?)";
const DELIVERED = "(home delivery|bezorging|bezorgkosten|zustellung|zustellgebuhr|bezug|abonnementen?|subs|subscriptions?)";

/**
 * Read before the towns' and councils' words, the utilities' "termijnbedrag", the doctors', the cuisines' ("TURKISH"),
 * and the rides' ("RAIL"): a retiree's trade whose name carries another trade's word.
 */
export const RETIREE_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // Thermal baths and a town's baths company are leisure ("RUPERTUSTHERME", "Carasana Bäderbetriebe", "TURKISH BATHS"); the
  // French "thermes" of a medical cure stay health (heuristics.ts).
  ["entertainment", [
    "[a-z]*therme", "thermen", "[a-z]*baderbetr[a-z]*", "(turkish|roman|thermal|victorian|public|spa) baths?", "kabelbaan",
    "botanic(al)? (garden|gardens|grdn|gdn|gdns)", "botanische?r? garten", "botanische tuin(en)?", "jardin botanique", "hortus botanicus", "arboretum",
    "petanque[a-z]*", "boule(club|vereniging|verein|s club)", "jeu de boules", "(pk|park|lawn|indoor|crown green) bowls", "bowls (club|green|assoc|association|assn)", "bowling green", "croquet club",
  ]],
  // A spa town's visitor's tax and its state spa company are the stay's cost (a baths word above wins: "Staatsbad … Therme").
  ["travel", [
    "staatsbad", "staatsbader", "kurtaxe", "kurbeitrag", "gastebeitrag", "kurverwaltung", "kurkarte", "taxes? de sejour",
    "rail (journeys|holidays|tours|cruises|breaks)", "(coach|bus|escorted|touring) (holidays|tours|journeys|breaks)", "touringcars?", "touringcarbedrijf",
    "(rivier|river) ?cruises?", "flusskreuzfahrt[a-z]*",
  ]],
  // A Dutch town's levies are taxes, whatever instalment word (termijnbedrag) they print.
  ["taxes", ["gemeentelijke (heffingen|belastingen|belastingaanslag|belasting)", "(riool|afvalstoffen|reinigings)heffing(en)?"]],
  ["subscriptions", [`${NEWS}( [a-z]+){0,3} ${DELIVERED}`, "zeitungsbezug", "zeitungszustellung", "subs( [a-z0-9]+){0,3} (dd|ddr|direct debit)"]],
  // A fraternal order's council is no town's ("KOFC COUNCIL 4417"); a church-giving platform pays a parish; a gift by mandate.
  ["donations", [
    "kofc", "knights of columbus", "pushpay", "givelify", "tithe ?ly", "(monats|jahres|dauer)gabe",
    "(?!(woon|pensioen|zorg|studie)[a-z]*stichting)[a-z]+stichting( [a-z0-9]+){0,2} machtiging", "(gift|donatie) machtiging", "machtiging (gift|donatie)",
  ]],
  // Care at home, hearing-aid shops, stairlifts, mobility aids and medical supplies.
  ["health", [
    "zorgbureau[a-z]*", "[a-z]*horhaus", "horgerate[a-z]*", "[a-z]*horakustik[a-z]*", "hoorwinkel", "hearing aids?",
    "stair ?lifts?", "treppenlift[a-z]*", "traplift(en)?", "monte escaliers?", "sanitatshaus[a-z]*", "medical (supply|supplies|equipment)",
    "mobility (aids?|scooters?|equipment|centre|center|shop|store)", "scootmobiel[a-z]*", "rollator[a-z]*",
  ]],
];

/** Trade words, merged after student-trades.ts's own: they decide only what no other word did. */
export const RETIREE_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // Garden centres, wool shops (the glued "Wollstübchen" and "wolwinkel" are shop-kinds' own) and walking shops.
  ["shopping", ["[a-z]*gartenwelt", "gartenmarkt", "woll stubchen", "garenwinkel", "knitting", "wandelsport", "wandelwinkel", "walking company", "bergsport", "trekking"]],
  // A race circuit's and a gallery's door.
  ["entertainment", ["raceway", "speedway", "rennstrecke", "gallery", "galleries"]],
  // A pancake house ("BUTTERFIELDS PANCAKE HSE"; shop-kinds knows the Dutch "Pannenkoekenhuis"); a pie bakery, a toffee or pastille maker's shop ("fudge" is also a surname: "Tom Fudge").
  ["restaurants", ["pancakes?"]],
  ["groceries", ["vlaaien[a-z]*", "toffees?", "pastilleries?"]],
  // A tour operator ("TRAFALGAR TOURS", "GRAND CIRCLE TOURS"), where no shop's word (a baker's in the French town) came first.
  ["travel", ["tours"]],
];

/** Read after every trade word: a word that names another trade beside it (a car-sharing club, a laundry's operator). */
export const RETIREE_LAST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A mobility shop sells scooters and walkers ("SUNCOAST MOBILITY"), not an electric car's or a city's mobility.
  ["health", ["(?<!(e|micro|urban|smart|shared|new) )mobility"]],
  // A race circuit ("CIRCUIT ZANDVOORT"), not a short circuit's electrician nor a laundry's operator.
  ["entertainment", ["(?<!short )circuit(?! (city|laundry|laundries|breakers?))"]],
];

// Bodies that take gifts and dues but keep no shop: a card paid to them is still a gift ("KOFC COUNCIL 4417", a parish
// through Pushpay, a mosque's collection through Givt), where a charity's card payment is its shop's till (categorize.ts).
// muslimehelfen, a relief charity that keeps no charity shop, takes its gifts by card and PayPal.
const NO_SHOP_GIVING = /(^| )(kofc|knights of columbus|pushpay|givelify|givt|tithe ?ly|church|parish|pfarr[a-z]*|kirchengemeinde|paroisse|parochie|kerk|muslimehelf(en)?)( |$)/;

/** The folded text names a body that takes gifts but keeps no shop. */
export function givesWithoutShop(folded: string): boolean {
  return NO_SHOP_GIVING.test(folded);
}
