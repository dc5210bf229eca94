// What owning and renovating a home costs at the bank, beside the mortgage's instalment (heuristics.ts reads that by
// "Hypothek", "mortgage", "Baudarlehen", "prêt immo"): the bank's charges for setting a home loan up or keeping its
// money ready, a further advance on a mortgage and the public renovation loans tied to the home, and a building-savings
// contract's monthly saving. In German, English, French and Dutch; whole folded words, read with the booking-type words.
//
// Category decisions: a home loan's instalment is the home's cost (rent, as the mortgage words are), so is a further
// advance taken on the mortgage and a renovation loan a public fund lends against the home (the Dutch Warmtefonds' and
// SVn's loans); the bank's price for arranging the loan or keeping its money ready (commitment interest,
// "Bereitstellungszinsen", "afsluitprovisie") is a fee, not the home; a Bausparvertrag's monthly saving is savings
// (money set aside to draw a Bauspardarlehen later), not the own-account move its "Sparrate" reads as.
//
// Left out because a word alone has another meaning: "advance" alone (a salary advance, a cash advance), "lening" alone
// (any loan: a car's, a student's), "Sparrate" alone (an own savings account's standing order: money-moves.ts).

/** Read before the mortgage words: the bank's own price for a home loan, whatever loan word it names ("Bereitstellungszinsen Baudarlehen"). */
export const HOME_LOAN_FEES: readonly string[] = [
  "bereitstellungs(zinsen|zins|provision|gebuhr|gebuhren|entgelt)", "teilauszahlungs(zuschlag|gebuhr)",
  "afsluitprovisie", "bereidstellings(provisie|rente)", "(advies|bemiddelings)kosten hypotheek",
  "arrangement fees?", "(mortgage|loan) (arrangement|booking|product|completion|valuation) fees?", "early repayment charges?",
  "commission d instruction", "frais (de )?dossier( [a-z]+)? (pret|credit)",
];

/** A loan on or for the home that names no mortgage word: rent, as the mortgage's instalment is. */
export const HOME_LOAN_RENT: readonly string[] = [
  "further advance", "(mtg|mortgage) (top up|topup)",
  // A loan to modernize or retrofit the house ("Annuität Modernisierungsdarlehen", KfW's "Sanierungsdarlehen").
  "(modernisierungs|sanierungs)darlehen",
  "energiebespaarlening", "warmtefonds", "duurzaamheidslening", "verduurzamingslening", "blijverslening", "starterslening",
];

/** A building-savings contract's saving, read after the mortgage words (its loan, "Bauspardarlehen", stays the home's). */
export const BUILDING_SAVINGS: readonly string[] = [
  "bausparvertrag", "bausparvertrags", "bausparbeitrag", "bausparrate", "bausparsumme", "regelsparbeitrag", "bauspareinzahlung", "bausparen",
];
