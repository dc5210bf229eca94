// comdirect packs counterparty, IBAN, purpose and reference into one
// "Buchungstext" cell: "Empfänger: X Kto/IBAN: DE.. BLZ/BIC: .. Buchungstext: Y Ref. Z".
const LABELS: Record<string, "name" | "iban" | "bic" | "description"> = {
  "Auftraggeber:": "name",
  "Empfänger:": "name",
  "Zahlungspflichtiger:": "name",
  "Kto/IBAN:": "iban",
  "BLZ/BIC:": "bic",
  "Buchungstext:": "description",
};
const LABEL_RE = new RegExp(Object.keys(LABELS).map((l) => l.replace(/[./]/g, "\\$&")).join("|"), "g");
// comdirect appends the reference last; an earlier "Ref." belongs to the purpose.
const REF_RE = /\s*Ref\.\s*(\S+)\s*$/;
const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

export interface BuchungstextParts {
  name: string | null;
  iban: string | null;
  description: string | null;
  ref: string | null;
}

export function splitBuchungstext(text: string): BuchungstextParts {
  let rest = text.replace(/\s+/g, " ").trim();
  let ref: string | null = null;
  const refMatch = REF_RE.exec(rest);
  if (refMatch) {
    ref = refMatch[1] ?? null;
    rest = rest.slice(0, refMatch.index);
  }
  const found: Partial<Record<"name" | "iban" | "bic" | "description", string>> = {};
  const marks = [...rest.matchAll(LABEL_RE)];
  const lead = rest.slice(0, marks[0]?.index ?? rest.length).trim();
  marks.forEach((m, i) => {
    const role = LABELS[m[0]];
    const end = marks[i + 1]?.index ?? rest.length;
    const value = rest.slice((m.index ?? 0) + m[0].length, end).trim();
    if (role && value && !found[role]) found[role] = value;
  });
  const iban = found.iban?.replace(/\s/g, "") ?? null;
  const description = [lead, found.description].filter((s) => s).join(" ");
  return {
    name: found.name ?? null,
    iban: iban && IBAN_RE.test(iban) ? iban : null,
    description: description || null,
    ref,
  };
}
