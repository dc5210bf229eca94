// "total direct debits", "standing orders last month", "Lastschriften",
// "Daueraufträge": the rows the bank itself typed as that kind of payment. The
// type is the bank's column (Monzo "Type": "Direct Debit"; Starling "DIRECT
// DEBIT"; German "LASTSCHRIFT", "DAUERAUFTRAG"; camt/OFX codes), kept as
// tx.transaction_type. A standing order is often typed only as a transfer
// ("Faster payment"), so its own words in the bank text count too ("STANDING
// ORDER", "STO", "Dauerauftrag"). A file with no type column has none: the
// answer is then empty, not a guess.
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
