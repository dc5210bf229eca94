// The trades of households living with a chronic illness or disability, enumerated by trade rather than from
// statements: home nursing and the person's share of it, hospitals and labs, therapists (speech, occupational, foot,
// diet), medical supplies and mobility aids, orthopaedic makers, and the rides to treatment, in German, English, French
// and Dutch. Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at 22–25 characters, so a word
// may stand cut ("OCCUPATIONA", "SPEEC", "DIAGNOSTIE", "KRANKENFAHRTEN LEIB").
//
// Left out because a word alone has another meaning: "reha" as a prefix (REHAU makes window frames), "lab" alone (a bar's
// or a studio's name), "cars" (a minicab firm's, but a car dealer's too), "speech" whole (a speech writer's, a speech
// contest's), "sante" before the insurers' words (a "mutuelle santé" is cover), a patient association's membership
// (its dues are what belonging costs, as any association's are; a gift to it stays a gift).

/**
 * Care and disability allowances paid in are other income, whoever pays them (money in only, read with the benefits
 * of money-moves.ts): a council's self-directed-support "DIRECT PAYMENT" is no council tax given back.
 */
export const DISABILITY_PAY: readonly string[] = [
  "(sds|self directed support|social care|care|personal budget)( [a-z]+){0,2} direct payments?", "direct payments? (for )?(social care|care|support)", "adult disability payment", "child disability payment",
  "personal independence payment", "dwp pip", "attendance allowance", "va (disability|benefits?|benef|comp)",
  "blindengeld", "blindenhilfe", "landespflegegeld", "eingliederungshilfe",
  "aah", "allocation adulte handicape", "pch", "prestation de compensation( du handicap)?", "aeeh", "allocation personnalisee (d )?autonomie",
  "wajong[a-z]*", "persoonsgebonden budget",
];

/**
 * Read with the booking-type words, before the brand dictionary: a church's or a charity's home-nursing station
 * ("Diakonie-Sozialstation", whose brand the dictionary files as a charity) and the person's own share of home
 * nursing ("Eigenanteil Pflegesachleistung") are care, whoever runs it.
 */
export const HEALTH_PURPOSES: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["health", ["[a-z]*sozialstation(en)?", "pflegesachleistung(en)?", "orthopedie[a-z]*", "orthopaedie[a-z]*"]],
  // Basic care and relief at home, billed by a care team under any name ("Grundpflege", "Entlastungsleistung",
  // the Dutch "huishoudelijke ondersteuning" of the Wmo); the co-payments a health insurer collects, or the advance on
  // them that buys the chronically ill their exemption ("Zuzahlungen … Befreiung", "Eigenanteil bis Belastungsgrenze"),
  // are care, not the insurer's premium.
  ["health", [
    "grundpflege", "entlastungsleistung(en)?", "huishoudelijke (ondersteuning|hulp|verzorging)",
    "zuzahlung(en)?", "belastungsgrenze",
  ]],
];

/**
 * Read before the shops', the insurers' and the property firms' words: an orthopaedic shoemaker (a shoe shop's word),
 * a hospital group, a therapist's practice cut by the card field; the rides to treatment (a "Krankenfahrt" is a
 * taxi's trade, "ziekenvervoer" a patient's transport).
 */
export const HEALTH_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A wheelchair-accessible van or minibus hired is a hire, as any van's is, before the wheelchair's and the bus's words.
  ["travel", [
    "(rolstoel|rollstuhl|rolli|wheelchair)[a-z]* (verhuur|vermietung|hire|rental)",
    "wheelchair (accessible )?(vans?|vehicles?|minibus|cars?) (hire|rental)", "wav (hire|rental)",
  ]],
  ["transport", [
    // Adapted transport for the disabled, a French département's paratransit ("TRANSPORT ADAPTE").
    "transports? adaptes?",
    "krankenfahrt(en)?", "krankenfahrten [a-z]+", "krankenfahrdienst[a-z]*", "behindertenfahrdienst[a-z]*",
    "(zittend )?ziekenvervoer", "patient transport", "transport (de )?(malades?|patients?)", "tacsi",
  ]],
  ["health", [
    "ortho[a-z]* schuh[a-z]*", "orthopadieschuh[a-z]*", "orthopadietechnik", "orthopedische?", "orthotics?", "prosthetics?",
    "ziekenhuis[a-z]*", "[a-z]*ziekenhuizen", "bandagist[a-z]*", "[a-z]*hulpmiddelen[a-z]*", "medische? diagnosti[a-z]*", "medisch centrum",
    "logopedie[a-z]+", "logopedist[a-z]*", "podotherapie[a-z]*", "dietist[a-z]+", "dietetique",
    "occupationa", "occupational (thera|ther|health)", "speec", "speech (and )?lang[a-z]*", "speech path[a-z]*",
    "(medical|clinical|diagnostic|blood|walk in) (lab|labs|laborator[a-z]*)", "walkinlab", "quest diagnostics", "labcorp", "[a-z]*labor(praxis|gemeinschaft|medizin)",
    "elektromobil[a-z]*", "reha", "reha(technik|mobil|zentrum|center|centrum|team|service|aktiv|sport)[a-z]*", "rollstuhl[a-z]*", "wheelchairs?", "medic ?alert", "home medical",
    // An American pharmacy by its own word, before the shops' "store".
    "drug stores?",
    // Lymph drainage (a "Lymphpraxis" by the market is no market), day care for the sick and the old, a hearing
    // centre, diabetic and incontinence supplies, a hospital's medical centre or patient desk cut by the card field.
    "[a-z]+apotheek", "lymph[a-z]*", "lymf[a-z]*", "dagbesteding[a-z]*", "accueil (de )?jour", "(adult|senior) day (care|programs?|prg|centers?|centres?|ctr|services?)",
    "(hoer|hor)zentrum", "diabet[a-z]* (supplies|supply|shop|store)", "diabetikerbedarf", "incontinen[a-z]*", "inkontinenz[a-z]*",
    "(med|medical) (ctr|center|centre)", "patient (pay|pa|payments?|billing|accounts?)", "(health|hlth|hospital|hosp|clinic) patient",
  ]],
  // A tradesman's work on a home made fit for a wheelchair: a bathroom conversion, a Dutch Wmo home adaptation, an
  // American home modification, before the "woning" of a landlord's and the "home" of a care service.
  ["shopping", ["badumbau[a-z]*", "woningaanpassing(en)?", "home (mods|modifications?)"]],
  // Gluten-free bakers and shops sell food, before the shops' "winkel" and "webshop"; a gluten-free eatery stays one.
  ["groceries", [
    "(glutenfrei|glutenvrij|glutenfree)[a-z]*(?! (bistro|cafe|restaurant|diner|grill|pizzeria|kitchen))",
    "gluten free(?! (bistro|cafe|restaurant|diner|grill|pizzeria|kitchen))", "sans gluten", "(celiac|coeliac) [a-z]+ bake",
  ]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const HEALTH_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["health", ["healthcare", "health care", "sante", "medisch[a-z]*",
    // An American town's pharmacy goes by "<name> DRUG" ("WESTBY DRUG & GIFT", "HOMETOWN DRUG").
    "drug", "drugs",
    // A hearing-aid shop by its word alone ("SQ *LAKESIDE HEARING"), when no other trade's word spoke.
    "hearing"]],
];
