// The trades of households that have just moved house, enumerated by trade rather than from statements: the deposit
// paid to a landlord, the removal firm, storage and a relocation agency, the state's fees that follow a move (a car's
// registration, a French commune's household-waste levy), a resident's parking permit and a new bus pass, the
// employer's help with the move, and the shops and tradesmen that furnish and fit the new home (kitchens, white goods,
// locksmiths, fitters, engravers of door plates, cleaners that hand a flat back, packaging), in German, English, French
// and Dutch. Whole folded words, as shop-kinds.ts matches them; a card field cuts a name at 22–25 characters.
//
// Left out because a word alone has another meaning: "Reinigung" alone (a dry cleaner's: drugstore, heuristics.ts), a
// "kitchen" alone (a restaurant's), "storage" in a cloud's name (a brand, "Google Storage", decides first), "pass"
// alone (a ski pass, a pass at a gym), a council's "parking permit" (taxes, retiree-trades.test.ts), "borg" alone (a surname; a "borgtocht" is a guarantee).

/**
 * A deposit for the home named in the purpose is the home's, though a person is paid. One paid back to the tenant who
 * leaves is first: their own money returned, not the home's cost.
 */
export const MOVER_PURPOSES: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["other", [
    "(ruckzahlung|ruckerstattung|erstattung|ruckgabe|auszahlung) (der )?(miet)?kaution", "kautionsruck(zahlung|erstattung|gabe)",
    "(terugbetaling|teruggave|restitutie) (van )?(de )?(huur)?borg", "(remboursement|restitution) (du |de )?depot de garantie",
    "(deposit|bond) (return|refund)", "(return|refund) of (tenancy |security |rental )?(deposit|bond)",
  ]],
  ["rent", [
    "borg (woning|huis|appartement|kamer|studio|huur)", "huurborg", "huurwaarborg", "waarborgsom( [a-z]+){0,2} (woning|huur)",
    "mietkaution", "kaution (fur )?(die )?(wohnung|miete|mietwohnung)", "wohnungskaution",
    "depot de garantie", "tenancy deposit", "rental deposit", "security deposit( [a-z]+){0,2} (flat|apartment|apt|house)",
  ]],
];

/** The employer's help with a move, paid in with the pay: salary, as a client's invoice is. */
export const RELOCATION_PAY: readonly string[] = [
  "umzugs(beihilfe|kostenerstattung|kostenzuschuss|kostenpauschale|pauschale|zuschuss)",
  "tegemoetkoming verhuiz[a-z]*", "verhuis(kosten)?vergoeding", "verhuiskostenregeling",
  "relocation (lump sum|allowance|bonus|stipend|reimbursement|reimb|pay)", "prime de (demenagement|mobilite)",
];

/**
 * Read before the cuisines', the dry cleaners' and the furniture shops' words: a kitchen showroom ("… KITCHEN STUDIO"),
 * a cleaning firm that hands a flat or a building back (End-, Gebäude-, Fensterreinigung) or clears its drains
 * (Rohr-, Kanalreinigung: a tradesman; not a Textilreinigung),
 * a furniture remover ("Möbelspedition", not a furniture shop), a relocation agency and a registration office.
 */
export const MOVER_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["other", ["mobelspeditio[a-z]*", "mobelspedition(en)?", "umzugsspedition", "mobeltransport"]],
  ["rent", ["relocation (agentur|agency|services?|gmbh)", "umzugsagentur"]],
  ["taxes", ["kreis zulassung", "stadt zulassung", "zulassungsbehorde", "redevance (d )?ordures menageres", "reom"]],
  ["fuel", [
    "(abonnement|stationnement|carte|macaron) (de )?residents?", "residents? parking",
    "bewohnerpark(en|ausweis)", "anwohnerpark(en|ausweis)", "parkausweis", "parkeervergunning", "bewonersvergunning",
  ]],
  ["shopping", [
    "kitchen (studio|studios|showroom|showrooms|design|designs|centre|center|fitters?|installations?)",
    "(end|gebaude|fenster|glas|grund|bau|unterhalts|treppenhaus|wohnungs|rohr|kanal|abfluss)reinigung", "reinigungsservice", "gebaudeservice",
  ]],
];

/** Trade words, merged after the other trade lists' own: they decide only what no other word did. */
export const MOVER_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["rent", ["storage", "self stor[a-z]*", "lagerbox", "opslagruimte", "opslagbox", "self opslag"]],
  // A transit pass by its period ("KAT MONTHLY PASS"); "bus" and "transit" decide on their own (heuristics.ts).
  ["transport", ["monthly pass", "weekly pass"]],
  ["groceries", ["[a-z]*rokerij", "smokery", "fumoir", "fumerie"]],
  ["shopping", [
    // Locksmiths and key shops ("SCHLUESSEL-…", "Schlüsseldienst"), engravers of door and letterbox plates.
    "schlussel", "schlusselservice", "schlusselstudio", "gravier[a-z]+", "gravur[a-z]*", "graveur", "graveerbedrijf",
    // Warehouse and clearance sales, reuse and recycling shops.
    "sb lagerkauf", "lagerkauf", "lagerverkauf", "reuse", "kringloopcentrum",
    // White goods, kitchens and their fitters.
    "witgoed[a-z]+", "keuken[a-z]+", "montageservice", "montagebedrijf", "montagebetrieb", "montageteam",
    // Boxes and packing for the move.
    "[a-z]*packaging", "verpackung(en)?", "verpakkingen", "umzugskartons", "moving boxes",
    // Cleaning firms are tradesmen: a Dutch one, an English one.
    "schoonmaakbedrijf", "schoonmaakdienst", "schoonmaakservice", "glazenwasser[a-z]*", "cleaning services?", "cleaning company",
  ]],
];
