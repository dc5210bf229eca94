// French direct debits and transfers print the creditor, then what was paid for ("PRLV SEPA SIP TOULOUSE MIRAIL TAXE
// FONCIERE 2026 AVIS 5621809", "PRLV SEPA LYCEE PIERRE DE FERMAT VOYAGE SCOLAIRE ESPAGNE 1ERE ACOMPTE"), and a UK
// payee's fee is printed after its name ("UCAS APPLICATION FEE"): the purpose ends the name. descriptor.ts's
// PURPOSE_WORD holds the words that end a name wherever they stand; these are the ones that need a name before them.

// Phrases no name ends in, after a name of one word or more.
const PURPOSE_PHRASE =
  /(?<=\p{L}{2,})\s+(?:taxes?\s+fonci(?:e|è|é)res?|taxes?\s+d\W?\s?habitation|(?:voyages?|sorties?)\s+scolaires?|frais\s+de\s+scolarit(?:e|é)|(?:frais|droits?)\s+d\W?\s?inscription|avis\s+d\W?\s?imposition|(?:application|registration|booking|admission|enrol+ment)\s+fees?)\b.*$/iu;

// "HILLSBOROUGH LETTINGS CLIENT A/C LANDLORD STATEMENT …": a letting agent or solicitor pays out of its client account;
// the account is the firm's, not part of its name.
const CLIENT_ACCOUNT = /(?<=\p{L}{2,}\s+\S+)\s+client\s+(?:a\/c|a\/cs|a|ac|acc|acct|account|accounts)\b.*$/iu;

// Words that also begin names ("La Cantine du Port", "Solde Plus"): a purpose only after a name of two words or more.
const PURPOSE_WORD =
  /(?<=\p{L}{2,}\s+\S+)\s+(?:cantine|acomptes?|soldes?|cotisations?|adh(?:e|é)sions?|inscriptions?|(?:e|é)ch(?:e|é)ances?|avis|mensualit(?:e|é)s?|loyers?|factures?)\b.*$/iu;

/** The name without the purpose printed after it ("SIP TOULOUSE MIRAIL TAXE FONCIERE 2026" → "SIP TOULOUSE MIRAIL"). */
export function withoutPurposeAfterName(s: string): string {
  return s.replace(PURPOSE_PHRASE, "").replace(CLIENT_ACCOUNT, "").replace(PURPOSE_WORD, "");
}
