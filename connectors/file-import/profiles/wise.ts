// Wise (§1.2) in its two CSV shapes. The legacy statement is one balance
// with signed amounts and a running balance. The transaction history holds
// every balance with unsigned amounts and a Direction; a conversion between
// own balances (NEUTRAL) leaves one balance and arrives in another.
import type { NormalizedTransaction } from "../../types.ts";
import { addAmounts, negate } from "../../../src/format/decimal.ts";
import { tableProfile, type TableRow } from "./table-csv.ts";

const STATEMENT = [
  "TransferWise ID", "Date", "Amount", "Currency", "Description", "Payment Reference", "Running Balance", "Exchange From",
  "Exchange To", "Exchange Rate", "Payer Name", "Payee Name", "Payee Account Number", "Merchant", "Card Last Four Digits",
  "Card Holder Full Name", "Attachment", "Note", "Total fees",
];

export const wiseStatementProfile = tableProfile({
  id: "wise-statement",
  bank: "Wise",
  kind: "CHECKING",
  delimiter: ",",
  headers: [STATEMENT, [...STATEMENT, "Exchange To Amount"]],
  decimal: ".",
  dates: ["DD-MM-YYYY"],
  splitByCurrency: true,
  columns: {
    id: "TransferWise ID",
    date: "Date",
    amount: "Amount",
    currency: "Currency",
    description: ["Description", "Payment Reference"],
    balance: "Running Balance",
  },
  refine: (tx, row) => [{
    ...tx,
    counterpartyName: row.get("Merchant") || row.get("Payee Name") || row.get("Payer Name") || null,
    transactionType: kindOfId(row.get("TransferWise ID"), !tx.amount.startsWith("-")),
  }],
});

const HISTORY = [
  "ID", "Status", "Direction", "Created on", "Finished on", "Source fee amount", "Source fee currency", "Target fee amount",
  "Target fee currency", "Source name", "Source amount (after fees)", "Source currency", "Target name", "Target amount (after fees)",
  "Target currency", "Exchange rate", "Reference", "Batch",
];

export const wiseHistoryProfile = tableProfile({
  id: "wise-history",
  bank: "Wise",
  kind: "CHECKING",
  delimiter: ",",
  headers: [HISTORY, [...HISTORY, "Created by", "Category", "Note"]],
  decimal: ".",
  dates: ["YYYY-MM-DD"],
  splitByCurrency: true,
  columns: {
    id: "ID",
    date: "Created on",
    valueDate: "Finished on",
    amount: "Source amount (after fees)",
    currency: "Source currency",
    description: ["Reference"],
    category: "Category",
    status: { column: "Status", pending: [], skip: ["CANCELLED"] },
  },
  refine: (tx, row) => {
    const booked: NormalizedTransaction = { ...tx, status: row.get("Status").toUpperCase() === "COMPLETED" ? "booked" : "pending" };
    const type = kindOfId(row.get("ID"), row.get("Direction").toUpperCase() === "IN");
    const out = debit(booked, row);
    const into = credit(booked, row);
    switch (row.get("Direction").toUpperCase()) {
      case "OUT":
        return [{ ...out, transactionType: type }];
      case "IN":
        return [{ ...into, transactionType: type }];
      default:
        // A conversion: both legs, told apart in their ids.
        return [
          { ...out, externalId: tx.externalId && `${tx.externalId}:out`, counterpartyName: "Wise", transactionType: "Conversion" },
          { ...into, externalId: tx.externalId && `${tx.externalId}:in`, counterpartyName: "Wise", transactionType: "Conversion" },
        ];
    }
  },
});

/**
 * What the row is, by the prefix Wise gives its ID (bank-formats.md §1.2): money
 * in on a TRANSFER- row was sent by someone (a client paying an invoice, an
 * employer), not given back by a shop, which only a CARD- row can be.
 */
function kindOfId(id: string, incoming: boolean): string | null {
  const prefix = /^([A-Z_]+)-/.exec(id.trim().toUpperCase())?.[1];
  if (prefix === "TRANSFER") return "Transfer";
  if (prefix === "CARD" || prefix === "CARD_TRANSACTION") return incoming ? "Card refund" : "Card payment";
  return null;
}

/** Money leaving the source balance: the amount converted plus the fee taken before. */
function debit(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction {
  const currency = row.get("Source currency").toUpperCase();
  const target = row.get("Target currency").toUpperCase();
  const total = addAmounts(row.amount("Source amount (after fees)") ?? "0", row.amount("Source fee amount") ?? "0");
  return {
    ...tx,
    amount: negate(total),
    currency,
    originalAmount: target && target !== currency ? negate(row.amount("Target amount (after fees)") ?? "0") : null,
    originalCurrency: target && target !== currency ? target : null,
    counterpartyName: row.get("Target name") || null,
  };
}

function credit(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction {
  const currency = row.get("Target currency").toUpperCase();
  const source = row.get("Source currency").toUpperCase();
  return {
    ...tx,
    amount: row.amount("Target amount (after fees)") ?? "0.00",
    currency,
    originalAmount: source && source !== currency ? row.amount("Source amount (after fees)") : null,
    originalCurrency: source && source !== currency ? source : null,
    counterpartyName: row.get("Source name") || null,
  };
}
