// The trades of households that own or let a home, enumerated by trade rather than from statements: the owners' and
// tenants' associations a member pays each year, the timber merchant and the town's bulky-waste collection, in German,
// English, French and Dutch; and what letting a home costs beside its rent: a deposit's protection, a tenant's
// screening, the landlord's software and licence. Whole folded words, as shop-kinds.ts matches them.
//
// Left out because a word alone has another meaning: "Verein" alone (a sports club's: entertainment, heuristics.ts),
// "eigen huis" alone (a mortgage's "eigen huis"), "bois" alone (a French place name: "Bois-Colombes").

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const LANDLORD_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A member's yearly fee to an owners' or tenants' association is a subscription, not a club's leisure.
  ["subscriptions", [
    "haus grund", "haus und grund", "vermieterverein", "eigentumerverein", "hauseigentumerverein", "hausbesitzerverein", "mieterverein",
    "woonbond", "landlords association", "tenants association",
  ]],
  // The town's collection of bulky waste and its street cleaners bill as the bins do.
  ["utilities", [
    "sperrmull", "sperrmullabfuhr", "stadtreiniger", "abfallentsorgung",
    "grofvuil", "encombrants",
  ]],
  // A timber merchant by the trade word before the owner's name and a firm's form ("HOLZ WAGENKNECHT E.K.", cut to
  // "E."), as a Holzhandlung; "Holz" alone is a surname ("Markus Holz").
  ["shopping", ["holz [a-z]+ (e k|ek|e|gmbh|kg|ohg|ug)", "holzfachhandel", "holzmarkt", "timber merchants?", "timber yard", "negoce (de )?bois"]],
];

/**
 * Read with the booking-type words, before the rent and club words their texts also carry ("RENT SMART WALES", "Abo
 * Vermieter-Software", "Vereniging Eigen Huis … lidmaatschap"): what letting a home costs beside the rent.
 */
export const LANDLORD_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A tenancy deposit's protection scheme and a tenant's screening are charges for a service, as referencing is
  // (heuristics.ts): "THE DPS DEPOSIT PROTECTI", "TRANSUNION SMARTMOVE", "TENANT SCREENING REPORT".
  ["fees", ["deposit protect[a-z]*", "depositprotection", "tenancy deposit scheme", "mydeposits", "(tenant|rental|renter) screening", "smartmove", "mysmartmove"]],
  // The landlord's property-management software by the month, and an owners' association too large to be a club.
  ["subscriptions", ["(property|landlord|lettings?|rental|vermieter|verwalter|hausverwaltungs|immobilien|verhuur|beheer)( management)? ?software", "vereniging eigen huis"]],
  // A landlord's registration or licence with the council or Rent Smart Wales is a levy, as a registration is.
  ["taxes", ["rent smart wales", "landlord (licen[cs]e|licen[cs]ing|registration)( [a-z]+)?", "hmo licen[cs](e|ing)"]],
];
