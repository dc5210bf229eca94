// The trades of well-off households, enumerated by trade rather than from statements: boatyards, auction houses,
// lifestyle and travel concierges and private-jet charters, members' clubs (yacht, country, golf, rowing) and their
// house accounts, indoor golf, the custody and management fees of a securities account or a wealth mandate, and the
// service charges of a flat owned in a co-ownership abroad — in German, English, French and Dutch.
// Whole folded words, as shop-kinds.ts matches them.
//
// Decided here where the ground rules name no trade: a boatyard repairs and lays up a boat (a tradesman's work,
// shopping, as a chandler's goods are); an auction house sells (shopping); a concierge books travel and stays (travel);
// a club's house account is its dues and its bar together, billed as membership (entertainment, the sports-club
// policy); a custody or management fee is a bank's fee; a co-ownership's charges, its owners' association and its
// manager (régie, syndic) are the home's cost (rent), as a German Hausgeld is. Riding stables, the Dutch ones among
// them, are rural-trades.ts's.
//
// Left out because a word alone has another meaning: "werft" alone (a surname, a Hamburg restaurant's name), "veiling"
// (a flower auction), "auction" alone (a car or a charity auction), "club" alone (a nightclub, a warehouse club),
// "concierge" before a doctor's word (concierge medicine is health), "régie" alone (a theatre's, a town's water works'
// or a state monopoly's board), "VvE" alone (early-years schooling in Dutch as well).

/**
 * Read before the cuisines' words ("INDIAN HARBOR YACHT CLUB"), the bar's "lounge" ("GOLF LOUNGE") and the fees'
 * "charges" that these trades' names and purposes also print.
 */
export const WEALTH_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["health", ["concierge (medicine|medical|doctors?|physicians?|practice)"]],
  ["shopping", [
    // Boatyards and boat builders.
    "(yacht|boots|boot|segel|jacht|schiffs)werft(en)?", "jachtwerf", "jachtwerven", "scheepswerf", "boatyards?", "boat yards?", "boat ?builders?", "boatbuilding",
    "chantiers? navals?",
    // Auction houses and auctioneers.
    "[a-z]*auktionshaus", "kunstauktion(en)?", "auktionen", "veilinghuis", "veilinghuizen", "kunstveiling(en)?", "maison de ventes", "commissaires? priseurs?",
    "auction (house|houses|rooms)", "auctioneers", "fine art auctions?",
  ]],
  ["travel", [
    "concierge", "[a-z]+concierge", "lifestyle management", "private jets?", "jet charter", "air charter", "jet card",
  ]],
  ["entertainment", [
    "(yacht|country|golf|tennis|racquet|rowing|sailing|polo|hunt|beach|cricket|croquet|field|hunting|riding) club",
    "(club|yc|cc|[a-z]+club)( [a-z]+){0,3} house (acct|account)",
    "golf ?lounge", "indoor golf", "golf simulators?", "green fees?",
  ]],
  ["fees", [
    "bewaarloon( effecten)?", "droits de garde( (titres|sur titres))?", "depot(gebuhr|gebuhren|entgelt|preis)", "custody fees?", "safe ?keeping fees?",
    "(vermogensverwaltung|vermogensverwaltungs)(honorar|gebuhr|mandat)?", "(pauschal|verwaltungs|management)honorar", "beheerloon", "beheervergoeding", "vermogensbeheer (fee|kosten|vergoeding)",
    "frais de gestion (sous mandat|de portefeuille|du mandat)", "(investment|portfolio|wealth) (management|mgmt|mgt) fees?",
  ]],
  ["rent", [
    "charges (ppe|copropriete|de copropriete)", "(acompte|appel de fonds|provision)( sur)? charges", "copropriete", "regie immobiliere", "regie (du|des|de la)( [a-z]+){1,2} (sa|sarl)",
    // A Dutch owners' association (VvE, its initials only beside its dues' words: VVE is also early-years schooling) and a
    // Belgian co-ownership's common costs.
    "vereniging van eigenaren", "(bijdrage|servicekosten|voorschot) vve", "vve (bijdrage|servicekosten|voorschot)",
    "mede ?eigendom", "gemeenschappelijke kosten",
  ]],
];
