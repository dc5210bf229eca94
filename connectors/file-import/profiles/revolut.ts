// Revolut's personal account statement (§1.2): one file mixes products and
// currencies, each with its own running balance, so each (product, currency)
// becomes its own account. Fees sit in their own column and the balance
// already has them taken off, so a fee becomes its own row.
import { msg } from "../../../src/i18n/message.ts";
import { negate } from "../../../src/format/decimal.ts";
import type { NormalizedTransaction } from "../../types.ts";
import { tableProfile } from "./table-csv.ts";

const FEE_TYPE = "Fee";
const EXCHANGED = /^exchanged (?:to|from) ([A-Z]{3})\b/i;

/**
 * One leg of an exchange between two of the person's own pockets ("Exchanged
 * to GBP", "Exchanged from EUR"): the other pocket's currency is the row's
 * original currency, as Wise states it for its conversions, so "euros
 * converted to pounds" finds the leg that left the euro pocket. The other
 * leg's amount is on a row of its own; it is not guessed here.
 */
function exchangeLeg(tx: NormalizedTransaction): NormalizedTransaction {
  if (!/^exchange$/i.test(tx.transactionType ?? "")) return tx;
  const other = EXCHANGED.exec(tx.description ?? "")?.[1]?.toUpperCase();
  return other && other !== tx.currency.toUpperCase() ? { ...tx, originalCurrency: other, originalAmount: null } : tx;
}

export const revolutProfile = tableProfile({
  id: "revolut",
  bank: "Revolut",
  kind: "CHECKING",
  delimiter: ",",
  headers: [
    ["Type", "Product", "Started Date", "Completed Date", "Description", "Amount", "Fee", "Currency", "State", "Balance"],
    ["Art", "Produkt", "Datum des Beginns", "Datum des Abschlusses", "Beschreibung", "Betrag", "Gebühr", "Währung", "Status", "Kontostand"],
  ],
  decimal: ".",
  dates: ["YYYY-MM-DD"],
  splitByCurrency: true,
  // A refund started on 6 Aug and completed on 12 Aug: its Balance is the one of 12 Aug.
  balanceOnValueDate: true,
  productKind: (product) => (/^(savings|deposit|sparen|spar)/i.test(product) ? "SAVINGS" : undefined),
  columns: {
    type: /^(?:Type|Art)$/,
    product: /^(?:Product|Produkt)$/,
    date: /^(?:Started Date|Datum des Beginns)$/,
    valueDate: /^(?:Completed Date|Datum des Abschlusses)$/,
    payee: /^(?:Description|Beschreibung)$/,
    description: [/^(?:Description|Beschreibung)$/],
    amount: /^(?:Amount|Betrag)$/,
    currency: /^(?:Currency|Währung)$/,
    balance: /^(?:Balance|Kontostand)$/,
    // German state words beyond ABGESCHLOSSEN are not confirmed; listed so a
    // reverted payment is never imported as money that moved.
    status: { column: /^(?:State|Status)$/, pending: ["PENDING", "AUSSTEHEND"], skip: ["REVERTED", "DECLINED", "RÜCKGÄNGIG GEMACHT", "ABGELEHNT"] },
  },
  refine(read, row) {
    const tx = exchangeLeg(read);
    const fee = row.amount(/^(?:Fee|Gebühr)$/);
    if (fee === null || /^-?0\.0*$/.test(fee)) return [tx];
    const feeRow = { ...tx, externalId: null, amount: negate(fee), counterpartyName: "Revolut", description: `${FEE_TYPE}: ${tx.description ?? ""}`.trim(), transactionType: FEE_TYPE, originalAmount: null, originalCurrency: null };
    return [tx, feeRow];
  },
  notices({ transactions }) {
    const fees = transactions.filter((t) => t.transactionType === FEE_TYPE && t.counterpartyName === "Revolut").length;
    return fees > 0 ? [msg("import.notice.fees_as_rows", { count: fees, bank: "Revolut" })] : [];
  },
});
