// The French tax administration's local offices go by their initials and their town ("SIP TOULOUSE MIRAIL": Service
// des Impôts des Particuliers; "SIE": des Entreprises) or as a "Centre des Finances Publiques": what is paid to one is
// taxes whatever its purpose says, often only a notice's number ("AVIS 5621809"). A café called "Sip and Bite" is none.
import { contentCategory } from "./heuristics.ts";
import { foldText } from "./normalize.ts";

const OFFICE = /^(Sip|Sie)((?:\s+\p{L}[\p{L}-]+){1,3})$/u;
const JOINER = /(?:^|\s)(?:and|&|n|et|y|und)(?=\s|$)/i;

/** The words after the initials say where, not what: no joining word, no kind of place ("Sip And Bite Cafe"). */
function namesTown(words: string): boolean {
  return !JOINER.test(words) && contentCategory({ amountSign: -1, texts: [words] }) === null;
}

/** A title-cased office's initials in capitals again ("Sip Toulouse Mirail" → "SIP Toulouse Mirail"); any other label as it is. */
export function taxOfficeInitials(label: string): string {
  return label.replace(OFFICE, (m: string, office: string, town: string) => (namesTown(town) ? `${office.toUpperCase()}${town}` : m));
}

const OFFICE_LABEL = /^(?:SIP|SIE)((?:\s+\p{Lu}[\p{L}-]*){1,3})$/u;
const PUBLIC_FINANCE = /(?:^| )(?:centre|centres|service) des finances publiques(?: |$)/;

/** True when the label names a French tax office ("SIP Toulouse Mirail", "Centre des Finances Publiques de Rodez"). */
export function namesFrenchTaxOffice(label: string | null | undefined): boolean {
  if (!label) return false;
  const town = OFFICE_LABEL.exec(label)?.[1];
  return (town !== undefined && namesTown(town)) || PUBLIC_FINANCE.test(foldText(label));
}
