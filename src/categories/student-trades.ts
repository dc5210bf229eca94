// The trades of students, apprentices and people in their first flat, enumerated by trade rather than from statements:
// a hall of residence billed by the university, copy, print and thesis-binding shops, charity, pawn and second-hand
// shops, festivals and the students' union, university sport and a student council's parties, phone repairers, van
// hire, laundrettes, a university's financial aid paid out, and a town's works or transit district selling rides.
// Whole folded words, as shop-kinds.ts matches them.
//
// Left out because a word alone has another meaning: "hall fees" (a village hall's hire), "accommodation" alone (a
// hotel's), "printers" (a pub is "The Printers Arms"), "goodwill" (a shop's gesture of money back), "carshare" (the
// corpus files car sharing as transport, heuristics.ts's "carsharing", and car hire as travel: the two disagree).
import { wholeWords } from "./normalize.ts";

/**
 * What a university's own text says a payment was for, read before its fees ("… UNIVERSITY … FEES" is tuition):
 * its halls of residence are the student's rent ("DD LANCASTER UNIVERSITY RESIDENCE FEES TERM 2", "Miete Wohnheimzimmer").
 */
export const STUDENT_RENT: readonly string[] = [
  "residences? fees?", "halls? of residence", "residence halls? (fees?|rent)", "halls fees?",
  "(university|univ|uni|college|student|students|campus)( [a-z]+){0,3} accommodation( fees?)?",
  "wohnheimzimmer", "wohnheimmiete", "miete( [a-z]+)? wohnheim[a-z]*", "loyer( [a-z]+){0,2} residence",
];

/** A university paying out what a grant or a loan left over ("UF FINANCIAL AID REFUND"): the student's income, no shop's refund. */
export const STUDENT_AID: readonly string[] = [
  "(financial|fin) aid( [a-z]+)?", "finaid( [a-z]+)?", "student aid refund", "title iv (refund|credit)",
];

/** A gig platform paying its freelancers ("Temper freelance uitbetaling"): pay for work done, as a client's invoice paid is. */
export const GIG_PAY: readonly string[] = ["freelance(r|rs)? (uitbetaling|payout|payouts|pay|payment|verloning)"];

/** A student's home by its kind, read with the rent words: a hall ("Studentenwohnheim Lindenhof e.V."), student housing. */
export const STUDENT_HOMES: readonly string[] = [
  "[a-z]*wohnheim(e|s)?", "studentenhuisvesting", "studentenhuis", "residences? universitaires?", "cite universitaire", "student (housing|accommodation|residences?)",
  // Living in an empty building as its guardian is paid by a use fee instead of rent ("Gebruiksvergoeding antikraak"): the home's cost.
  "antikraak[a-z]*", "anti kraak", "leegstandbeheer", "property guardians?",
];

/**
 * Read before the utility's "Handy", the doctors' "Klinik", the university's schooling words and the grocers' "sugarhouse":
 * a trade whose name carries a word of another.
 */
export const STUDENT_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A phone repairer calls itself a clinic or a doctor ("HANDYKLINIK AM MARKT", "PHONE REPAIR CLINIC"): it is a shop.
  ["shopping", [
    "handyklinik", "handy ?doktor", "handy ?reparatur[a-z]*", "handy ?werkstatt?", "smartphone ?(klinik|reparatur|repairs?|doktor|doctor|service)",
    "(phone|mobile|iphone|smartphone|cell ?phone) (repairs?|clinic|doctor|fix|surgery|hospital|medics?)",
    // …and so does a bike, e-bike or scooter repairer ("VELO-KLINIK LINTFORT", "CCV*E-FIETSDOKTER", "BIKE CLINIC").
    "(velo|fahrrad|rad|e ?bike|bike|cycle|bicycle|scooter|roller) ?(klinik|clinic|medics?|hospital|surgery)", "[a-z]*fiets ?(dokter|kliniek)", "phonerepairs?", "irepair", "ubreakifix",
    "[a-z]*telefoonreparatie", "telefoon ?reparatie", "gsm ?(reparatie|dokter|hospital|kliniek)", "reparation (de )?(telephones?|smartphones?|iphones?)",
    // A console's, a controller's or any device's repairer does the same work by the same words ("KONSOLENDOKTOR",
    // "ALDERSHOT CONSOLE REPAIRS", "MERROW DEVICE DOCTOR", "SAMMAMISH TECH REPAIR", "REPAIR-POINT VIANEN").
    "konsolen ?(doktor|klinik|reparatur[a-z]*|werkstatt?|service)", "(console|consoles|controller|controllers|device|devices|tech|gadget|laptop|tablet) (repairs?|clinic|doctor|fix|surgery|hospital)",
    "repair ?(point|shop|store|centre|center)",
  ]],
  // A laundromat, before the bike shop's "cycle" its pun may hold ("SPIN CYCLE LAUNDROMAT").
  // Cut at the card field too ("WAYLAND SQUARE LAUNDROMA").
  ["drugstore", ["laundromat?s?", "launderettes?", "laundrettes?"]],
  // Copy, print and binding shops, and the online printers of theses, by a compound or phrase no other trade uses.
  ["shopping", [
    "copy ?(ecke|point|world|house|express|star|service)", "kopier[a-z]*", "kopie ?(ecke|shop|laden)", "kopieer[a-z]*",
    "[a-z]*druckerei", "[a-z]*drukkerij", "[a-z]*buchbinderei", "boekbinderij", "reliure", "imprimerie", "reprograph[a-z]*", "reprografie", "reprocentrum",
    "print (and |n )?bin(d|ding)?", "printen ?(en )?bind[a-z]*", "thesis (printing|binding)", "dissertation (printing|binding)",
    "(bachelor|master|thesis|diplom|abschluss|dissertation|hausarbeit|uni|campus)(print|druck|drucken)[a-z]*",
  ]],
  // A students' union, its shortened card field ("LOUGHBOROUGH STUDENTS UN") and a university's sport are leisure,
  // before the university's own schooling words.
  ["entertainment", [
    "students? (un|uni|unio|union|unions)", "guild of students", "students guild", "hochschulsport", "unisport", "universitatssport", "campussport",
    "(university|univ|uni)( [a-z]+){0,3} sports? (centre|center|centres|park|village|hall)", "suaps",
  ]],
  // A university's caterer sells meals (a school's is the school's, as its canteen portal is).
  ["restaurants", ["(university|univ|uni|campus|student|students)( [a-z]+){0,2} catering"]],
  // A nightclub, though a maple word names it ("LUSU SUGARHOUSE NIGHTCLUB"), glued to its town or not.
  ["entertainment", ["nightclub[a-z]*", "night club"]],
  // A university's or a library's fee office ("UNIVERSITAETSBIBLIOTHEK … GEBUEHRENKASSE") takes fees, not teaching.
  // A university library is free to its students: what is paid there is a fine or a fee, as a library's fines are
  // (a town library's reader's card stays education).
  ["fees", [
    "gebuhrenkasse", "library (fines?|fees?|charges?)",
    // Not its café or its shop, named after it.
    "((uni|hochschul|fachhochschul|universitats)bibliothek|universiteitsbibliotheek|bibliotheques? universitaires?|(university|univ|uni)( [a-z]+){0,3} library)(?! (cafe|cafeteria|coffee|shop|store|bistro))",
  ]],
  // A campus's own shop sells the food and drink of a corner shop.
  ["groceries", ["campus (shop|store|market|mart|supermarket)"]],
  // A split-ticket seller sells train tickets.
  ["transport", ["trainsplit", "split ?tickets?", "split ?ticketing", "splitmyfare", "train ?tickets?"]],
];

/**
 * Read after every trade word: an event's tickets ("THE CANOPY CLUB TICKETS"), where no transport or travel word (read
 * before) says the tickets were a ride's, a flight's or a car park's.
 */
export const STUDENT_LAST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["entertainment", ["(?<!(flight|plane|airline|train|rail|coach|ferry|bus|tram|metro|parking) )tickets"]],
];

/** Trade words, merged after family-trades.ts's own: they decide only what no other word did. */
export const STUDENT_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["shopping", [
    // A copy shop by its bare word ("SQ *GNOMON COPY", "COPIES VANTEAUX"), a print shop ("… PRINT").
    "copy", "copies", "copie", "print", "printshop",
    // Charity, pawn and second-hand shops, and the charity shop chains no brand list holds.
    "pawn ?shops?", "pawn ?brokers?", "pfandhaus", "pfandleihe", "pfandleihhaus", "leihhaus",
    "sozialkaufhaus", "gebrauchtwaren[a-z]*", "secondhand[a-z]*", "cash converters", "cash generator",
    // Second-hand textbook resellers.
    "studibuch", "booklooker",
    // A bike repairer calls itself a doctor ("RADL-DOKTOR"), as a phone repairer does.
    "radl ?doktor", "rad ?doktor",
  ]],
  // Welsh: a pharmacy, a GP's surgery, a dentist's.
  ["health", ["fferyllfa", "meddygfa", "deintyddfa"]],
  ["entertainment", [
    "[a-z]*festival", "festivals", "[a-z]*kulturzentrum", "filmkunst[a-z]*", "programmkino", "fachschaft(en|s)?", "fachschaftsrat", "fsr",
  ]],
  ["travel", ["[a-z]*busverhuur", "bestelwagenverhuur", "[a-z]*autoverhuur", "van (hire|rental|rentals)"]],
  ["drugstore", ["wasch ?treff", "laundro", "lavomatic", "wassalon"]],
  ["restaurants", ["falafel[a-z]+", "pasty"]],
  ["groceries", ["orientmarkt"]],
  // A US transit district ("CHAMPAIGN URBANA MTD"), after a place's name.
  ["transport", ["[a-z]+ ([a-z]+ )?mtd"]],
];

// A town's works (Stadtwerke) run its buses and pools as well as its power and water: a ride's word says a ticket was
// bought ("STADTWERKE GIESSEN FAHRSC", cut from Fahrschein; "… AG Mobilitaet"), and a card paid at a bus or a ticket
// machine, where the bill for power comes by direct debit ("Abschlag Strom"); its pools and car parks say so by their words.
const TOWN_WORKS = /(^| )[a-z]*stadtwerke?( |$)/;
const RIDE = /(^| )(fahrsc[a-z]*|fahrkarte[a-z]*|[a-z]*ticket[a-z]*|mobilitat|mobilitaet|[a-z]*verkehr[a-z]*|bus|busse|linienbus|stadtbus)( |$)/;
const SUPPLY = /(^| )(strom|gas|erdgas|wasser|abwasser|fernwarme|warme|abschlag|[a-z]*abrechnung|rechnung|vertrag[a-z]*|kundennr|zahler|energie|netz)( |$)/;
const BATHS = /(^| )([a-z]+bad|[a-z]*bader|baeder|schwimm[a-z]*|sauna|therme)( |$)/;
const PARKING = /(^| )([a-z]*parkhaus|[a-z]*parking|parkplatz|tiefgarage|parken)( |$)/;

/**
 * What a town's works the dictionary files as a utility sold, where it was not power or water: a ride, a swim or a car park.
 * Folded text (foldUmlauts(foldText(…))) and whether a card paid it.
 */
export function townWorksService(folded: string, byCard: boolean): string | null {
  if (!TOWN_WORKS.test(folded) || SUPPLY.test(folded)) return null;
  if (BATHS.test(folded)) return "entertainment";
  if (PARKING.test(folded)) return "fuel";
  return RIDE.test(folded) || byCard ? "transport" : null;
}

// A charity's own shop, named beside its name where no card's words say so ("THE SALVATION ARMY THRIFT…").
const CHARITY_SHOP = /(^| )(thrift[a-z]*|charity shops?|shops?|stores?|family stores?|boutique|kringloop[a-z]*|sozialkaufhaus|second ?hand)( |$)/;

/** The text names a charity's shop. */
export function namesCharityShop(folded: string): boolean {
  return CHARITY_SHOP.test(folded);
}

// Charities that run chains of shops, and hospices, which run shops and lotteries but charge for no care: paid by card
// at a till, the charity's shop ("SUE RYDER 0231", "MARIE CURIE 4471"); by direct debit or transfer, a gift or its lottery.
// Folded as the text is ("SUE" reads as a spelled-out umlaut: "su ryder").
const CHARITY_CHAINS = wholeWords(["sue ryder", "marie curie", "cats protection", "dogs trust", "traid", "emmaus", "[a-z]*hospice", "hospiz[a-z]*"]);

/** A shop-running charity named in folded text: its shop when a card paid, else a gift; null for any other payee. */
export function charityChainCategory(folded: string, byCard: boolean): "shopping" | "donations" | null {
  if (!CHARITY_CHAINS.test(folded)) return null;
  return byCard || CHARITY_SHOP.test(folded) ? "shopping" : "donations";
}
