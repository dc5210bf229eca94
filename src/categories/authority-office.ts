// A German district or town prints the office that books the payment after its own name ("Landkreis Hameln-Pyrmont
// Elterngeldstelle", "Stadt Hildesheim Bussgeldstelle", "Kreis Pinneberg Jugendamt"): the payee is the district or the
// town, one payee whichever of its offices pays the parental allowance or collects a fine.

const AUTHORITY_OFFICE =
  /^((?:land)?kreis|stadt|landeshauptstadt|hansestadt|gemeinde|samtgemeinde|bezirksamt)(\s+\p{L}[\p{L}.'-]*(?:\s+(?:an der|am|an|ob der|in der|im)\s+\p{L}[\p{L}.'-]*)?)\s+\p{L}*(?:stelle|amt|beh(?:ö|oe|o)rde)\b.*$/iu;

/** The authority without the office printed after its name ("Landkreis Hameln-Pyrmont Elterngeldstelle" → "Landkreis Hameln-Pyrmont"). */
export function withoutAuthorityOffice(text: string): string {
  return text.replace(AUTHORITY_OFFICE, "$1$2");
}
