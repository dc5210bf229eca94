// Which column is what, first by header name (English and German bank
// exports), then by what the values look like when headers say nothing.
import { DATE_FORMATS, parseDate } from "./dates.ts";
import { parseAmount } from "../../src/format/decimal.ts";
import type { ColumnRole } from "./types.ts";

type Role = Exclude<ColumnRole, "ignore">;

// Exact names win over prefixes, so "Lastschrift Ursprungsbetrag" stays no amount.
const EXACT: Record<Role, string[]> = {
  date: [
    "date", "booking date", "transaction date", "posting date", "posted date", "trans. date", "trans date", "started date",
    "date processed", "datum", "buchungstag", "buchungsdatum", "buchung", "belegdatum",
  ],
  valueDate: [
    "value date", "valuta", "valutadatum", "wert", "wertstellung", "wertstellung (valuta)", "wertstellungsdatum", "umsatztag",
    "post date", "completed date", "interest date",
  ],
  amount: [
    "amount", "betrag", "umsatz", "value", "transaction amount", "betrag (€)", "betrag (eur)", "betrag in eur",
    "umsatz in eur", "amount (eur)", "amount (gbp)", "amount (usd)", "brutto", "gross", "buchungsbetrag",
  ],
  debit: ["debit", "soll", "withdrawal", "withdrawals", "money out", "paid out", "ausgang", "ausgaben", "belastung", "debit amount"],
  credit: ["credit", "haben", "deposit", "deposits", "money in", "paid in", "eingang", "einnahmen", "gutschrift", "credit amount"],
  description: [
    "description", "verwendungszweck", "memo", "purpose", "details", "reference", "beschreibung", "text", "notes", "notiz",
    "payment reference", "transaction description", "transaktionsbeschreibung",
  ],
  payee: [
    "payee", "name", "empfänger", "empfaenger", "auftraggeber", "counterparty", "merchant", "zahlungsempfänger",
    "beguenstigter/zahlungspflichtiger", "begünstigter/zahlungspflichtiger", "auftraggeber / begünstigter",
    "auftraggeber/empfänger", "zahlungspflichtige*r", "zahlungsempfänger*in", "gegenpartei", "partner name",
    "begünstigter / auftraggeber", "name zahlungsbeteiligter", "sender / empfänger", "counter party",
  ],
  currency: ["currency", "währung", "waehrung", "ccy", "cur", "buchungswährung"],
  iban: ["iban", "kontonummer/iban", "counterparty iban", "iban gegenkonto", "gegenkonto", "partner iban", "iban zahlungsbeteiligter", "iban / kontonummer"],
  type: ["type", "transaction type", "buchungstext", "buchungsart", "umsatzart", "vorgang", "art", "transaktionstyp", "umsatztyp"],
};
// "Betrag (€)", "Amount (EUR)", "Umsatz in EUR": an amount with its currency named.
const AMOUNT_WITH_CURRENCY = /^(?:betrag|umsatz|amount)\s*(?:\((?:€|\$|£|[a-z]{3})\)|in (?:€|[a-z]{3}))$/;
// No amount prefixes: "Umsatztyp", "Umsatzsteuer", "Umsatz getätigt von" and
// "Betrag (Fremdwährung)" all start like one.
const PREFIX: Partial<Record<Role, string[]>> = {
  date: ["buchungstag", "buchungsdatum", "date"],
  description: ["verwendungszweck", "description"],
  payee: ["empfänger", "auftraggeber", "zahlungsempfänger", "payee"],
  iban: ["iban"],
};
// Columns that look like amounts or dates but must never be taken for them.
const NEVER =
  /saldo|balance|kontostand|ursprungsbetrag|ursprünglich|auftragskonto|gläubiger|glaeubiger|mandat|steuer|sales tax|fremdwährung|foreign|original|gebühr|^fee$|^fees$/;

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
  assign((h, role) => role === "amount" && AMOUNT_WITH_CURRENCY.test(h));
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
