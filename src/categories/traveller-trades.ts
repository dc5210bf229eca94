// The trades of households that travel often or live abroad, enumerated by trade rather than from statements: an
// airport's own car parks and lounges, a hotel's restaurant abroad, guesthouses and coastal shipping in the Balkans'
// words, eSIM data, passport, visa and consular fees, visa centres and trusted-traveller enrolment, luggage repairers,
// travel and expat health insurance. Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at
// 22–25 characters.
//
// Policy (the corpus's): airport parking is parking (fuel), an airport lounge is travel, a hotel's restaurant is a
// meal out (restaurants), ferries and stays are travel, passport, visa and residence-permit fees are taxes, luggage
// repairers are shopping, eSIM data is a phone bill (utilities), travel health insurance is insurance.
//
// Left out because a word alone has another meaning: "lounge" alone (a bar's, a barber's, a nail studio's name),
// "visa" alone (the card network every card row prints), "pass" alone (a rail pass, a ski pass), "P1…P9" alone (a
// product's code; only after an airport's name), "rest" alone (a remainder; only before a hotel's word), "pansion"
// is Croatian and Serbian for a guesthouse, never a retirement's pay (the German "Pension" is).

const AIRPORT = "(flughafen|airport|aeroport|aeroporto|aeropuerto|luchthaven|fraport)";

/** Read before the travel words (hotel, flughafen, airport) and the restaurants' and parking words these rows also print. */
export const TRAVELLER_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A hotel's restaurant ("HOTEL MOSKVA RESTORAN", "HOTEL CASA COLONIAL F&B", "REST HOTEL CASA COLONIAL"): a meal out,
  // its word also as a card field of 22 to 25 characters cuts it ("HOTEL ZUR POST RESTAU").
  ["restaurants", [
    "hotel( [a-z]+){1,3} (restoran|restaurant|restaurante|ristorante|resta|restau|restaur|restaura|restauran|f b|food (and )?beverage)", "(rest|restoran|restaurante|ristorante) hotel",
  ]],
  // An airport's car parks by their words or numbers ("FRAPORT AG PARKHAUS P36", "FLUGHAFEN DUESSELDORF P3"), a
  // frequent flyer's season ticket ("P-Card Dauerparker", "Parkkarte P36 Monatsmiete").
  ["fuel", [
    `${AIRPORT}( [a-z]+){0,3} (p[0-9]{1,2}|parken|parkhaus|parkkarte|p card|valet)`, "dauerparker", "parkkarte", "p card dauerparker",
  ]],
  // An airport's lounge ("FLUGHAFEN STUTTGART GMBH LOUNGE"), a guesthouse and coastal shipping in Croatian and Serbian
  // ("PANSION MIRNA", "RAPSKA PLOVIDBA", "MAISTRA D.D. RECEPCIJA"), a hotel group's hospitality arm.
  ["travel", [
    `${AIRPORT}( [a-z]+){0,3} lounges?`, "pansion", "pansioni", "plovidba", "recepcija", "hospitality group", "hotels? (and|&) resorts",
  ]],
  // A storage unit kept while abroad ("STORE FIRST LTD STORAGE UNIT WHILE ABROAD JULY"), before the shops' "store".
  ["rent", ["storage unit( [a-z0-9]+)*"]],
  // eSIM data and travel SIMs ("TRUPHONE LTD ESIM", "… E-SIM DATENPAKET").
  ["utilities", ["e ?sims?", "esim (data|datenpaket|plan)", "travel sim", "datenpaket"]],
  // Passport, visa and residence-permit fees, a visa centre's and a trusted-traveller programme's ("Reisepass Gebuehr",
  // "TLSCONTACT VISA SERVICE", "IDEMIA TSA PRECHECK ENROLL", "IMMIGRATIE- EN NATURALISATIEDIENST", "CANCILLERIA … PASAP").
  ["taxes", [
    "reisepass[a-z]*", "personalausweis", "passport (fee|fees|office|renewal|application)", "pasaportes?", "pasap", "passeport", "paspoort",
    "visa (service|services|centre|center|fee|fees|application)", "visum[a-z]*", "tlscontact", "vfs global", "ivisa", "tsa precheck", "precheck enroll[a-z]*",
    "global entry", "immigratie", "naturalisatiedienst", "titre de sejour", "aufenthaltstitel", "cancilleria",
  ]],
  // Luggage repairers and cases ("KOFFERDIENST STROBEL", "luggage repair").
  ["shopping", ["kofferdienst", "koffer ?(reparatur|service|klinik|doktor)", "(luggage|suitcase|baggage) repairs?", "bagagereparatie"]],
  // Travel and expat health insurance, in the words of its premiums ("Auslandsreise-KV Jahrespraemie", "Jahres-Reiseschutz").
  ["insurance", ["reiseschutz", "jahres reiseschutz", "auslandsreise kv", "auslandskranken[a-z]*", "reisekranken[a-z]*", "couverture internationale", "expat (health )?(insurance|cover)"]],
];
