// The trades of young parents with babies and toddlers, enumerated by trade rather than from statements: who minds
// the children (babysitters, childminders, nannies, host parents, wraparound care, family education centres), what is
// put by for them (a child's savings book, a Junior ISA, a US 529 college savings plan), and the shops that dress,
// shoe, carry and amuse them (baby and children's clothes, shoes, prams, toys, second-hand children's markets, baby
// photographers), in German, English, French and Dutch. Whole folded words, as shop-kinds.ts matches them; a card
// field cuts a name at 22–25 characters, so a word may stand cut ("BABY BOU", "SPEELGO", "PHOTOGR").
//
// Left out because a word alone has another meaning: "kinder…" as a prefix (Kindermann is a surname, a Kinderladen a
// parents' daycare, a Kinderarzt a doctor), "kids" and "baby" alone (a kids' club, a baby gym), "sitting" (a pet's
// sitting, a sitting room), "oppas" (a neighbour minding the children as a favour), "nursery" (a garden's), "Versorgungswerk" (a profession's pension fund).

/**
 * What the purpose says was paid for, read with the booking-type words: a childminder's, a host parent's or a nanny's
 * care is childcare though a person is paid, and a child's savings are saved, whoever keeps them. A friend's or a
 * neighbour's evening of babysitting paid to them is their business, as other favours are (the trade list below).
 */
export const BABY_CARE_AND_SAVINGS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["education", [
    "kindertagespflege", "tagespflege kind(er)?", "tagesmutter", "tagesmutti", "tagesvater", "kinderbetreuung",
    "gastouderopvang", "gastouder", "gastouderbureau", "nanny", "nannies", "au pair", "wraparound( care)?",
    "childminder", "childminding", "child minding", "childcare", "child care", "daycare", "day care", "preschool",
    "assistante maternelle", "ass mat", "nounou", "garde d enfants?", "garde des enfants", "pajemploi",
    // A nanny by her German names, paid a wage by standing order ("Lohn Kinderfrau", "Gehalt Kindermädchen").
    "kinderfrau", "kindermadchen",
    // A family education centre's parent-and-baby courses, cut by the card field ("EV. FAMILIENBILDUNG").
    "familienbildung[a-z]*", "elternschule",
  ]],
  ["savings", [
    "[a-z]*sparbuch", "jisa", "junior (stocks (and )?shares )?isa", "college savings", "529 (plan|savings|college)",
    "jeugdspaarrekening", "kinderspaarrekening", "(maandelijkse|periodieke) inleg", "livret jeune",
  ]],
];

/**
 * Read before the cuisines' words: a utility's supply company whose town's name ends like a meal ("Aschaffenburger
 * Versorgungs-GmbH"), a children's play café (a café's word), a baby shop called a market, a doctor's speciality for
 * children.
 */
export const BABY_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["utilities", ["versorgungs (gmbh|ag|betriebe|gesellschaft)", "versorgungsbetriebe?", "versorgungsgesellschaft"]],
  ["entertainment", ["play ?caf[a-z]*", "indoorspielpark", "[a-z]*spielparadies", "play cent(er|re)", "wasserparadies", "badeparadies", "peutergym", "kleutergym", "kindergym", "babygym", "kinderturnen"]],
  // A baby shop named a market ("BABY MARKT"), before the grocers' market.
  ["shopping", ["baby markt", "baby market", "baby markets"]],
  ["health", ["[a-z]+osteopathie", "[a-z]+osteopath", "health system", "labor (and )?delivery"]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const BABY_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A babysitting service or agency; a babysitter paid by name stays a person's (categorize.ts).
  ["education", ["babysitting", "babysitten", "babysitter", "babysit", "oppasdienst", "oppascentrale", "musikgarten", "muziek op schoot", "pekip"]],
  ["drugstore", ["parapharma", "parapharm", "diapers?", "nappies", "windeln", "luiers"]],
  ["groceries", ["stroopwafel[a-z]*"]],
  ["shopping", [
    // Children's and babies' clothes, shoes, prams and furniture ("Kindermode" is personal-trades.ts', read before a parlour's "stube").
    "kinderschoenen", "kinderschoen", "kinderbekleidung", "kinderkleidung", "kinderkleding", "kinderkledingbeurs", "kinderwagen", "kinderwagens", "kinderboetiek", "kinderartikel", "kindersachen", "kinderfahrrad",
    "babyartikel", "babymarkt", "babyfachmarkt", "babyshop", "babywinkel", "babyspeciaalzaak", "babyboutique", "babymode", "babykleding", "babykleidung", "babykamers?", "babybedarf", "babywelt",
    "baby bou[a-z]*", "baby outlet", "baby speciaalzaak", "baby superstore", "kidswear", "childrenswear",
    "umstandsmode", "positiekleding", "zwangerschapskleding", "maternity wear", "puericulture",
    // Toys, in the languages and as a card field cuts them.
    "[a-z]*spielwaren", "spielzeug[a-z]*", "[a-z]+spielzeug", "[a-z]*speelgoed[a-z]*", "speelgo", "jouetterie", "toyshop", "toystore",
    // Second-hand children's markets and sales.
    "kinder second", "kindersecond", "kinderbasar", "kleiderbasar", "nearly new( sale)?",
    // Baby and family photographers (the card field cuts "PHOTOGRAPHY").
    "[a-z]+fotografie", "[a-z]+fotograf", "[a-z]+fotografin", "photogr[a-z]*", "photo", "photos",
  ]],
];
