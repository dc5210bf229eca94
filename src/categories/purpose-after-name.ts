// French direct debits and transfers print the creditor, then what was paid for ("PRLV SEPA SIP TOULOUSE MIRAIL TAXE
// FONCIERE 2026 AVIS 5621809", "PRLV SEPA LYCEE PIERRE DE FERMAT VOYAGE SCOLAIRE ESPAGNE 1ERE ACOMPTE"), and a UK
// payee's fee is printed after its name ("UCAS APPLICATION FEE", "DD LANCASTER UNIVERSITY RESIDENCE FEES TERM 2"): the purpose
// ends the name ("DROITS INSCRIPTION" too, printed without its "d'"). descriptor.ts's
// PURPOSE_WORD holds the words that end a name wherever they stand; these are the ones that need a name before them.

// Phrases no name ends in, after a name of one word or more.
const PURPOSE_PHRASE =
  /(?<=\p{L}{2,})\s+(?:taxes?\s+fonci(?:e|è|é)res?|taxes?\s+d\W?\s?habitation|(?:voyages?|sorties?)\s+scolaires?|frais\s+de\s+scolarit(?:e|é)|(?:frais|droits?)\s+(?:d\W?\s?)?inscriptions?|avis\s+d\W?\s?imposition|(?:application|registration|booking|admission|enrol+ment|residence|accommodation|tuition|course)\s+fees?)\b.*$/iu;

// "HILLSBOROUGH LETTINGS CLIENT A/C LANDLORD STATEMENT …": a letting agent or solicitor pays out of its client account;
// the account is the firm's, not part of its name.
const CLIENT_ACCOUNT = /(?<=\p{L}{2,}\s+\S+)\s+client\s+(?:a\/c|a\/cs|a|ac|acc|acct|account|accounts)\b.*$/iu;

// Words that also begin names ("La Cantine du Port", "Solde Plus"): a purpose only after a name of two words or more.
// A spa's visitors' levy too ("KURVERWALTUNG NORDERNEY KURBEITRAG", "STAATSBAD BAD KISSINGEN KURTAXE"), and a benefit a
// French fund pays ("CAF DU CHER PRESTATION ACCUEIL JEUNE ENFANT", "… ALLOCATIONS FAMILIALES", "CPAM … INDEMNITES JOURNALIERES"), by its
// word or its initials ("CAF DES DEUX SEVRES APL 02/2026": the housing benefit; ALS, ALF, AAH, RSA, PAJE, ARS likewise), and a
// waste levy a town's community bills ("BOURGES PLUS REDEVANCE ORDURES MENAGERES 2025", "… REOM 2025"), and the fees a
// German library or office books under its name ("STADTBIBLIOTHEK ULM GEBUEHREN"), a town's passport or identity card
// ("Stadt Pirna Kinderreisepass"), and a Dutch body's own contribution ("RAAD VOOR RECHTSBIJSTAND EIGEN BIJDRAGE").
const PURPOSE_WORD =
  /(?<=\p{L}{2,}\s+\S+)\s+(?:cantine|acomptes?|soldes?|cotisations?|adh(?:e|é)sions?|inscriptions?|(?:e|é)ch(?:e|é)ances?|avis|mensualit(?:e|é)s?|loyers?|factures?|r(?:e|è|é)glements?|kurtaxe|kurbeitrag|kurabgabe|g(?:ä|ae|a)stebeitrag|toeristenbelasting|prestations?|allocations?|indemnit(?:e|é)s?|apl|als|alf|aah|rsa|paje|ars|redevances?|reom|teom|prime\s+d\W?\s?activit(?:e|é)|geb(?:ü|ue|u)hren|eigen\s+bijdrage|(?:kinder)?reisep(?:ä|ae|a)ss(?:e)?|(?:kinder)?personalausweis(?:e)?)\b.*$/iu;

// "Kanzlei Brünjes Familienrecht": a German law firm's field of law after its name is its trade, not its name; not
// after "für" ("Kanzlei für Familienrecht" is all name there is).
const FIELD_OF_LAW =
  /(?<=\p{L}{2,}\s+\S+)(?<!\b(?:f(?:ü|ue|u)r|im|und|&))\s+(?:familien|arbeits|erb|miet|straf|verkehrs|bau|sozial|steuer|medizin|ehe|scheidungs|wirtschafts|handels|gesellschafts|immobilien)recht\b.*$/iu;

// "PRLV SEPA VILLE DE PLERIN REGIE PERISC": a French town's collecting office (régie) for a service, after the town's
// name, is the town's.
const TOWN_REGIE = /(?<=^(?:ville|mairie|commune)\s+(?:de\s+|d')\S+(?:[\s-]\S+)?)\s+r(?:e|é)gie\b.*$/iu;

// "PRLV SEPA CARPIMKO COTISATIONS 2025 ECHEANCE 07": a fund's dues, then their instalment, follow a one-word name too
// (the year and instalment may already be gone when this reads it).
const DUES_AND_INSTALMENT = /(?<=^\p{L}{4,})\s+cotisations?(?:\s+\d{4})?(?:\s+(?:e|é)ch(?:e|é)ances?\b.*)?$/iu;

// "BRIDWELL & NAKAMURA CPAS QUARTERLY BOOKKEEPING INV 604": a firm of accountants ends its name with "CPAs"; what follows is
// the work billed.
const AFTER_CPAS = /(?<=\p{L}{2,}\s+(?:\S+\s+)*CPAS?)\s+\p{L}.*$/iu;

// "URBAN JUNGLE INSURANCE URBAN JUNGLE CONTENTS UJ58041172": a UK insurer's direct debit prints its name, its trade, then
// the policy's reference starting with the name again; the name is the insurer's, the rest the policy.
const INSURER_SAID_AGAIN = /^(\p{L}[\p{L}'&-]*(?:\s+\p{L}[\p{L}'&-]*){0,2})\s+(?:insurance|ins)\s+\1\b.*$/iu;

// "LEGRAND FRANCE SALAIRE", "Canon Production Printing Netherlands B.V.": a group's national company prints its country after the
// group's name (a payslip's payer, a supplier); the name is the group's. Not the country a name is "of" ("Banque de
// France"), nor one after a common word ("Radio France"), nor a restaurant's or grocer's theme ("Trattoria Bella Italia",
// "Bistro Petit France"): that is the name itself. Countries whose names mostly theme a place to eat are not listed.
// Only before the company's legal form or a wage (the payslip's payer): alone, "Campus France", "Santé publique France" and
// "Enterprise Ireland" are national agencies named so.
const COUNTRY_AFTER_NAME =
  /(?<=^(\S+(?:\s+\S+){0,3}))\s+(?:france|netherlands|nederland|belgium|belgique|belgi(?:ë|e))(?=\s+(?:s\.?a\.?s?\.?|sarl|b\.?v\.?|n\.?v\.?|bvba|srl|sprl|ltd|limited|gmbh|salaire|salaris|loon|salary|payroll|wages|gehalt|lohn|paie)(?:[\s.,]|$))/iu;
const THEMED = new Set(["restaurants", "groceries"]);
const COMMON_FIRST_WORDS = /^(?:(?:é|e)nergies?|travail|emploi|nature|voyages?|presse|musique|cin(?:é|e)ma|football|tennis|rugby|volley|basket|handball|cyclisme|natation|habitat|logement|sant(?:é|e)|t(?:é|e)l(?:é|e)com|t(?:é|e)l(?:é|e)vision|t(?:é|e)l(?:é|e)visions|patrimoine|culture|nation|r(?:é|e)publique|services?|solidarit(?:é|e)|alzheimer|parkinson|autisme|handicap|greenpeace|amnesty|unicef)$/i;
const COUNTRY_JOINERS = /^(?:de|du|des|d'?|of|la|le|van|in|en|et|and|&|pour|for)$/i;

/** The group's name without its country after it ("LEGRAND FRANCE" → "LEGRAND"); `kindOf` reads a word's kind of business. */
export function withoutCountryAfterName(s: string, kindOf: (word: string) => string | null): string {
  return s.replace(COUNTRY_AFTER_NAME, (m: string, name: string) => {
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? "";
    if (COUNTRY_JOINERS.test(last) || /^[DL]'/i.test(last) || words.some((w) => THEMED.has(kindOf(w) ?? ""))) return m;
    // One word before it is the group's own name only when it is no common word ("Radio France", "Travail France") nor a kind
    // of business, and long enough to be a name.
    return words.length > 1 || (last.length >= 6 && !COMMON_FIRST_WORDS.test(last) && kindOf(last) === null) ? "" : m;
  });
}

// "GREENVILLE WATER GVL WATER START SERVICE FEE": a US utility's ACH entry prints its name, its short code, then its
// service's word again and what was billed; the name ends before the code.
const UTILITY_SAID_AGAIN = /^(\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2}\s+(water|gas|electric|power|sewer|utilities|energy))\s+\p{L}{2,4}\s+\2\b.*$/iu;

/** The name without the purpose printed after it ("SIP TOULOUSE MIRAIL TAXE FONCIERE 2026" → "SIP TOULOUSE MIRAIL"). */
export function withoutPurposeAfterName(s: string): string {
  return s.replace(PURPOSE_PHRASE, "").replace(CLIENT_ACCOUNT, "").replace(PURPOSE_WORD, "").replace(FIELD_OF_LAW, "").replace(TOWN_REGIE, "").replace(DUES_AND_INSTALMENT, "").replace(AFTER_CPAS, "").replace(INSURER_SAID_AGAIN, "$1").replace(UTILITY_SAID_AGAIN, "$1");
}

// "CR MYCSP LTD CIVIL SERVICE PENSION OCTOBER", "BAYER. STAATSBAD BAD KISSINGEN GMBH KURTAXE": after a payer's legal form,
// a pension or a wage (a few words naming which, a month after it) or a spa's visitors' levy is what was paid, not more
// of the name; so is a US payer's ACH entry ("LLC ACH PMT INV HB-2207": the clearing house's transfer and what it paid).
// A name that goes on in words of its own after its form keeps them (descriptor.ts's dropLegalForm).
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)`;
const PAID_AFTER_FORM = new RegExp(
  String.raw`^(?:(?:\p{L}+\s+){0,3}(?:pension|pensions|payroll|salary|wages|annuity)(?:\s+${MONTH})?|kurtaxe|kurbeitrag|kurabgabe|g(?:ä|ae|a)stebeitrag|fremdenverkehrsbeitrag|tourismusabgabe|r(?:e|è|é)glement(?:\s+\p{L}+)?|ach(?:\s+\S+)*|(?:makler)?provision|(?:makler)?courtage)$`,
  "iu",
);

/** True when the words after a payer's legal form are the payment's (a pension, a wage, a spa levy), not the name's. */
export function isPaymentAfterLegalForm(rest: string): boolean {
  return PAID_AFTER_FORM.test(rest.trim());
}
