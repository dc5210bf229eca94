// The :86: field. German banks structure it as "GVC?00text?20purpose...?32name";
// others write free text. Subfields are cut at fixed widths, so parts join
// without spaces, as online banking shows them.
import { readCardText, readSlashFields } from "./abn-amro-text.ts";
import { sepaKeyAlternation } from "../../src/format/sepa-fields.ts";

export interface Mt940Details {
  postingText: string | null;
  purpose: string | null;
  name: string | null;
  accountOrIban: string | null;
  bankCode: string | null;
  gvc: string | null;
}

const PURPOSE_KEYS = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "60", "61", "62", "63"];
// SEPA purpose markers; the plain text after SVWZ+ is what a person wrote.
// No word boundary: fields cut at fixed widths run a key into the text before it ("…4711MREF+…").
const SEPA_TAGS = new RegExp(`(${sepaKeyAlternation()})\\+`, "g");

export function parseDetails(raw: string): Mt940Details {
  const joined = raw.replace(/\n/g, "");
  const slash = readSlashFields(joined);
  if (slash) {
    // ABN AMRO writes SEPA details as slash fields, not ?nn subfields.
    const purpose = slash.REMI ?? null;
    return { postingText: slash.TRTP ?? null, purpose, name: slash.NAME ?? null, accountOrIban: slash.IBAN ?? null, bankCode: slash.BIC ?? null, gvc: null };
  }
  const structured = /^(\d{3})(.)(?=\d{2})/.exec(joined);
  if (!structured) {
    const text = raw.replace(/\s*\n\s*/g, " ").trim();
    // ABN AMRO's cash machine rows ("GEA ...") say so only by their code; a card payment's ("BEA") names the shop.
    const card = readCardText(raw.replace(/\n/g, " "));
    const cash = card?.code === "GEA";
    return { postingText: cash ? "GEA" : null, purpose: text || null, name: cash ? null : (card?.name ?? null), accountOrIban: null, bankCode: null, gvc: null };
  }
  const sep = structured[2]!;
  const fields = new Map<string, string>();
  for (const piece of joined.slice(4).split(sep)) {
    const key = piece.slice(0, 2);
    if (!/^\d{2}$/.test(key)) continue;
    fields.set(key, (fields.get(key) ?? "") + piece.slice(2));
  }
  const get = (k: string) => fields.get(k)?.trim() || null;
  const purposeRaw = PURPOSE_KEYS.map((k) => fields.get(k) ?? "").join("");
  const name = [fields.get("32") ?? "", fields.get("33") ?? ""].join("").trim();
  return {
    postingText: get("00"),
    purpose: sepaPurpose(purposeRaw) || null,
    name: name || null,
    accountOrIban: get("31"),
    bankCode: get("30"),
    gvc: structured[1] ?? null,
  };
}

function sepaPurpose(text: string): string {
  const marks = [...text.matchAll(SEPA_TAGS)];
  if (marks.length === 0) return text.replace(/\s+/g, " ").trim();
  const svwz = marks.findIndex((m) => m[1] === "SVWZ");
  if (svwz < 0) return text.replace(/\s+/g, " ").trim();
  const start = (marks[svwz]!.index ?? 0) + "SVWZ+".length;
  const end = marks[svwz + 1]?.index ?? text.length;
  return text.slice(start, end).replace(/\s+/g, " ").trim();
}
