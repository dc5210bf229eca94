// A public body prints the office or service that books the payment after its own name ("Landkreis Hameln-Pyrmont
// Elterngeldstelle", "STADT GOERLITZ BUERGERBUE" cut from Bürgerbüro, "LAHN-DILL-KREIS ZULASSUNG", "GEMEENTE GOUDA
// BURGERZAKEN", "CITY OF SYRACUSE WATER … WATER SVC"): the payee is the district, the town or the city, one payee whichever
// of its offices pays the parental allowance, registers a car or bills the water.

// "an der", "am": the words of a German town's longer name ("Frankfurt am Main", "Neumarkt in der Oberpfalz").
const DE_TOWN = String.raw`\p{L}[\p{L}.'-]*(?:\s+(?:an der|am|an|ob der|in der|im)\s+\p{L}[\p{L}.'-]*)?`;
const DE_BODY = String.raw`(?:(?:land)?kreis|stadt|landeshauptstadt|hansestadt|gemeinde|samtgemeinde|bezirksamt)\s+${DE_TOWN}|\p{L}[\p{L}-]*-kreis`;
// An office by its ending (…stelle, …amt, …behörde), the citizens' office (Bürgerbüro, Bürgerservice, cut as the field
// allows: "BUERGERBUE"), the car registration ("Zulassung", "Kfz-Zulassungsstelle").
const DE_OFFICE = String.raw`[\p{L}-]*(?:stelle|amt|beh(?:ö|oe|o)rde)|b(?:ü|ue|u)rger(?:b|serv|zent|dien)\p{L}*|(?:kfz-?)?zulassung\p{L}*`;
// A Dutch municipality's counters and what they bill: civic affairs, parking permits, local taxes, waste.
const NL_OFFICE = String.raw`burgerza\p{L}*|publieksza\p{L}*|parkeer\p{L}*|parkeren|belasting\p{L}*|afval\p{L}*|vergunning\p{L}*|leges|paspoort\p{L}*|rijbewijs\p{L}*`;
// An American city's or county's utilities and counters (its tax keeps its word, which says what was paid; its parking is a business of its own: "City of Des Moines Parking").
const US_OFFICE = String.raw`water|sewer|utilit\p{L}*|refuse|trash|solid\s+waste|court|permits?|treasurer`;

// The body's name, then the office; whatever the bank printed before the body ("VISA", "Kartenzahlung") stays.
const AUTHORITY_OFFICES: readonly RegExp[] = [
  new RegExp(String.raw`^(.*?)\b(${DE_BODY})\s+(?:${DE_OFFICE})(?=$|[\s.,/])(?!-).*$`, "iu"),
  new RegExp(String.raw`^(.*?)\b(gemeente\s+\p{L}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*)??)\s+(?:${NL_OFFICE})(?=$|[\s.,/]).*$`, "iu"),
  // A state's pay office prints the department that pays after its name ("NLBV Bezuegestelle", "LBV Beihilfestelle"):
  // one payee, whether it pays the salary or the health aid.
  new RegExp(String.raw`^(.*\p{L})()\s+(?:bez(?:ü|ue|u)ge|beihilfe|besoldungs|versorgungs)stelle(?=$|[\s.,/]).*$`, "iu"),
  new RegExp(String.raw`^(.*?)\b((?:city|town|village|county)\s+of\s+\p{L}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*)??)\s+(?:${US_OFFICE})(?=$|[\s.,/]).*$`, "iu"),
];

/** The authority without the office printed after its name ("Landkreis Hameln-Pyrmont Elterngeldstelle" → "Landkreis Hameln-Pyrmont"). */
export function withoutAuthorityOffice(text: string): string {
  for (const pattern of AUTHORITY_OFFICES) {
    const m = pattern.exec(text);
    if (m) return `${m[1] ?? ""}${m[2] ?? ""}`;
  }
  return text;
}
