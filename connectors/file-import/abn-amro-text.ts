// ABN AMRO's transaction texts, in its TXT export and in its MT940 :86:
// alike: SEPA rows as slash fields ("/TRTP/.../IBAN/.../NAME/.../REMI/..."),
// card rows as "BEA ... 05.03.24/12.00 Jumbo Utrecht,PAS123".
const SLASH_KEYS = /\/(TRTP|IBAN|BIC|NAME|REMI|EREF|CSID|MARF|ORDP|BENM|ID)\//g;

export interface SlashFields {
  TRTP?: string;
  IBAN?: string;
  BIC?: string;
  NAME?: string;
  REMI?: string;
  EREF?: string;
  CSID?: string;
  MARF?: string;
}

/** The slash fields of a text that starts with one, else null. */
export function readSlashFields(text: string): SlashFields | null {
  if (!/^\/(TRTP|NAME|IBAN)\//.test(text)) return null;
  const marks = [...text.matchAll(SLASH_KEYS)];
  const out: Record<string, string> = {};
  marks.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    out[m[1]!] = text.slice(start, end).replace(/\/$/, "").trim();
  });
  return out as SlashFields;
}

/** The merchant of a "BEA" (betaalautomaat) card text, read before its spaces are collapsed. */
export function readBeaName(text: string): string | null {
  const m = /^BEA\b.*?\d{2}\.\d{2}\.\d{2}\/\d{2}[.:]\d{2}\s+(.+?),PAS\d+/.exec(text) ?? /^BEA,[^,]*?\s{2,}(.+?),PAS\d+/.exec(text);
  return m?.[1]?.trim() || null;
}
