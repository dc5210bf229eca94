// Which column is what, first by header name (English and German bank
// exports), then by what the values look like when headers say nothing.
import { DATE_FORMATS, parseDate } from "./dates.ts";
import { parseAmount } from "./decimal.ts";
import type { ColumnRole } from "./types.ts";

type Role = Exclude<ColumnRole, "ignore">;

// Exact names win over prefixes, so "Lastschrift Ursprungsbetrag" stays no amount.
const EXACT: Record<Role, string[]> = {
  date: ["date", "booking date", "transaction date", "posting date", "posted date", "datum", "buchungstag", "buchungsdatum", "buchung"],
  valueDate: ["value date", "valuta", "valutadatum", "wertstellung", "wertstellung (valuta)", "wertstellungsdatum", "umsatztag"],
  amount: ["amount", "betrag", "umsatz", "value", "transaction amount", "wert"],
  debit: ["debit", "soll", "withdrawal", "withdrawals", "money out", "paid out", "ausgang", "ausgaben", "belastung"],
  credit: ["credit", "haben", "deposit", "deposits", "money in", "paid in", "eingang", "einnahmen", "gutschrift"],
  description: ["description", "verwendungszweck", "memo", "purpose", "details", "reference", "beschreibung", "text", "notes", "notiz"],
  payee: [
    "payee", "name", "empfänger", "empfaenger", "auftraggeber", "counterparty", "merchant", "zahlungsempfänger",
    "beguenstigter/zahlungspflichtiger", "begünstigter/zahlungspflichtiger", "auftraggeber / begünstigter",
    "auftraggeber/empfänger", "zahlungspflichtige*r", "zahlungsempfänger*in", "gegenpartei",
  ],
  currency: ["currency", "währung", "waehrung", "ccy", "cur"],
  iban: ["iban", "kontonummer/iban", "counterparty iban", "iban gegenkonto", "gegenkonto"],
  type: ["type", "transaction type", "buchungstext", "buchungsart", "umsatzart", "vorgang", "art"],
};
const PREFIX: Partial<Record<Role, string[]>> = {
  amount: ["betrag", "umsatz", "amount"],
  date: ["buchungstag", "buchungsdatum", "date"],
  description: ["verwendungszweck", "description"],
  payee: ["empfänger", "auftraggeber", "zahlungsempfänger", "payee"],
  iban: ["iban"],
};
// Columns that look like amounts or dates but must never be taken for them.
const NEVER = /saldo|balance|kontostand|ursprungsbetrag|auftragskonto|gläubiger|glaeubiger|mandat/;

export function normalizeHeader(h: string): string {
  return h.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Roles from header names; null where a header names nothing known. */
export function rolesFromHeaders(headers: string[]): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = headers.map(() => null);
  const taken = new Set<Role>();
  const assign = (match: (h: string, role: Role) => boolean) => {
    headers.forEach((raw, i) => {
      const h = normalizeHeader(raw);
      if (roles[i] !== null) return;
      if (NEVER.test(h)) {
        roles[i] = "ignore";
        return;
      }
      for (const role of Object.keys(EXACT) as Role[]) {
        if (!taken.has(role) && match(h, role)) {
          roles[i] = role;
          taken.add(role);
          return;
        }
      }
    });
  };
  assign((h, role) => EXACT[role].includes(h));
  assign((h, role) => (PREFIX[role] ?? []).some((p) => h.startsWith(p)));
  return roles;
}

const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/** Fills unknown columns from their values; returns whether any role came from shape alone. */
export function rolesFromShape(roles: (ColumnRole | null)[], rows: string[][]): { roles: ColumnRole[]; byShape: boolean } {
  const result = [...roles];
  const has = (r: ColumnRole) => result.includes(r);
  let byShape = false;
  const values = (i: number) => rows.map((r) => (r[i] ?? "").trim()).filter((v) => v !== "");
  const all = (i: number, test: (v: string) => boolean) => values(i).length > 0 && values(i).every(test);
  const looksDate = (v: string) => DATE_FORMATS.some((f) => parseDate(v, f) !== null);
  const looksAmount = (v: string) => /[.,]\d{1,2}-?$|^[-+]/.test(v) && (parseAmount(v, ",") !== null || parseAmount(v, ".") !== null);
  const set = (i: number, role: ColumnRole) => {
    result[i] = role;
    byShape = true;
  };

  result.forEach((role, i) => {
    if (role !== null) return;
    if (all(i, looksDate)) set(i, has("date") ? (has("valueDate") ? "ignore" : "valueDate") : "date");
    else if (all(i, (v) => IBAN_RE.test(v.replace(/\s/g, "")))) set(i, has("iban") ? "ignore" : "iban");
    else if (all(i, (v) => /^[A-Z]{3}$/.test(v))) set(i, has("currency") ? "ignore" : "currency");
  });
  if (!has("amount") && !(has("debit") || has("credit"))) {
    const i = result.findIndex((role, idx) => role === null && all(idx, looksAmount));
    if (i >= 0) set(i, "amount");
  }
  // The longest free text is the purpose; a shorter one beside it the payee.
  const texts = result
    .map((role, i) => ({ i, role, len: values(i).reduce((n, v) => n + v.length, 0) / Math.max(1, values(i).length) }))
    .filter((c) => c.role === null && values(c.i).some((v) => /[A-Za-zÄÖÜäöüß]/.test(v)))
    .sort((a, b) => b.len - a.len);
  for (const c of texts) {
    if (!has("description")) set(c.i, "description");
    else if (!has("payee")) set(c.i, "payee");
  }
  return { roles: result.map((r) => r ?? "ignore"), byShape };
}
