// Terminals that write a name in title case write its legal form so too ("Kassberg-apotheke Ohg, MUENCHEN DE"), and
// descriptor.ts's LEGAL_FORM knows each form only in the cases registers print it ("OHG", "oHG"). Before the comma
// that ends the name the word is the legal form whatever its case; elsewhere "Ohg" or "Bv" may be a name's own.

// German, Dutch and UK forms, each as LEGAL_FORM spells it.
const FORMS: ReadonlyMap<string, string> = new Map(
  ["GmbH", "gGmbH", "AG", "KG", "OHG", "UG", "GbR", "KGaA", "eG", "SE", "VVaG", "BV", "NV", "VOF", "CVBA", "Ltd", "PLC", "LLP", "LLC", "Limited"].map((f) => [f.toLowerCase(), f]),
);
const BEFORE_COMMA = new RegExp(String.raw`(?<=\p{L}{2,}\s+)(${[...FORMS.keys()].join("|")})(?=\s*,)`, "giu");

/** The text with a legal form before a comma in the case LEGAL_FORM reads ("Kassberg-apotheke Ohg, …" → "… OHG, …"). */
export function withLegalFormCased(text: string): string {
  return text.replace(BEFORE_COMMA, (form: string) => FORMS.get(form.toLowerCase()) ?? form);
}
