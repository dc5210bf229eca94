// "total direct debits", "standing orders last month", "Lastschriften",
// "Daueraufträge": the rows the bank itself typed as that kind of payment. The
// type is the bank's column (Monzo "Type": "Direct Debit"; Starling "DIRECT
// DEBIT"; German "LASTSCHRIFT", "DAUERAUFTRAG"; camt/OFX codes), kept as
// tx.transaction_type. A standing order is often typed only as a transfer
// ("Faster payment"), so its own words in the bank text count too ("STANDING
// ORDER", "STO", "Dauerauftrag"). A file with no type column has none:
// compilePaymentTyping finds such accounts, so the answer names them instead
// of counting them as nothing.
import type { QuerySpec } from "./query-spec.ts";
import { Params } from "./sql-parts.ts";

const TYPE_WORDS = {
  direct_debit: "direct ?debit|(^|[^a-z])(dd|ddr|dbit)([^a-z]|$)|lastschrift|sepa.?(core|basis|b2b)|folgelastschrift|erstlastschrift|prelevement|incasso|domiciliering|ach debit",
  standing_order: "standing ?order|(^|[^a-z])(sto|s/o)([^a-z]|$)|dauerauftrag|terminuberweisung|virement permanent|periodieke overboeking|ordine permanente",
} as const;

/** The type column's folded text, or the bank text for a standing order. */
export function paymentTypeCondition(kind: keyof typeof TYPE_WORDS): string {
  const type = `regexp_matches(strip_accents(lower(coalesce(transaction_type, ''))), '${TYPE_WORDS[kind]}')`;
  if (kind === "direct_debit") return type;
  return `(${type} OR regexp_matches(strip_accents(lower(concat_ws(' ', description, counterparty))), 'standing ?order|dauerauftrag'))`;
}

/**
 * The accounts in the spec's scope that have rows, each with whether any row carries the bank's payment type.
 * An account none of whose rows does came from a file without that column. Columns: id, name, typed.
 */
export function compilePaymentTyping(spec: QuerySpec): { sql: string; params: unknown[] } {
  const params = new Params();
  const where: string[] = [];
  if (spec.filters.accounts?.length) where.push(`a.id IN (${params.list(spec.filters.accounts, "VARCHAR")})`);
  if (spec.filters.currency) where.push(`a.currency = ${params.add(spec.filters.currency, "VARCHAR")}`);
  const sql = `SELECT a.id, a.name, bool_or(trim(coalesce(t.transaction_type, '')) <> '') AS typed
    FROM accounts a JOIN tx t ON t.account_id = a.id ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    GROUP BY a.id, a.name ORDER BY a.name, a.id`;
  return { sql, params: params.values };
}
