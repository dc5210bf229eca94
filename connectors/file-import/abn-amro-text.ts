// ABN AMRO's transaction texts, in its TXT export and in its MT940 :86:
// alike: SEPA rows as slash fields ("/TRTP/.../IBAN/.../NAME/.../REMI/..."),
// card rows as "BEA ... 05.03.24/12.00 Jumbo Utrecht,PAS123", cash machine rows as "GEA ...".
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

export interface CardText {
  /** "BEA" (betaalautomaat): a card payment at a shop's terminal; "GEA" (geldautomaat): cash from a machine. */
  code: "BEA" | "GEA";
  /** The shop, or for a cash machine the place it stands ("ING Rotterdam Blaak"): read before spaces are collapsed. */
  name: string | null;
}

/** The booking code and name of a card text ("BEA ... 05.03.24/12.00 Jumbo Utrecht,PAS123", "GEA ..."), else null. */
export function readCardText(text: string): CardText | null {
  const code = /^(BEA|GEA)\b/.exec(text)?.[1] as CardText["code"] | undefined;
  if (!code) return null;
  const m = /^[BG]EA\b.*?\d{2}\.\d{2}\.\d{2}\/\d{2}[.:]\d{2}\s+(.+?),PAS\d+/.exec(text) ?? /^[BG]EA,[^,]*?\s{2,}(.+?),PAS\d+/.exec(text);
  return { code, name: m?.[1]?.trim() || null };
}
