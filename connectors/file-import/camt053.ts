// ISO 20022 CAMT.053 day statements (and CAMT.052 reports, same entry shape).
// Sign comes from CdtDbtInd, never from the amount text.
import type { NormalizedTransaction } from "../types.ts";
import { canonical, negate } from "./decimal.ts";
import { ImportError } from "./errors.ts";
import type { ParsedStatement, StatementBalance, StatementPart } from "./types.ts";
import { attr, child, lineOf, list, parseXml, textOf } from "./xml.ts";

const REPEATED = new Set(["Stmt", "Rpt", "Ntry", "NtryDtls", "TxDtls", "Bal", "Ustrd"]);

export function parseCamt053(text: string, defaultCurrency: string): ParsedStatement {
  const doc = parseXml(text, REPEATED);
  const root = child(doc, "Document");
  const statements = [...list(root, "BkToCstmrStmt", "Stmt"), ...list(root, "BkToCstmrAcctRpt", "Rpt")];
  if (statements.length === 0) throw new ImportError("import.error.missing_value", { line: lineOf(text, root) ?? 1, field: "Stmt" });

  const byAccount = new Map<string, StatementPart>();
  for (const stmt of statements) {
    const part = readStatement(text, stmt, defaultCurrency);
    const key = part.account.iban ?? part.account.accountNumber ?? "";
    const seen = byAccount.get(key);
    if (!seen) byAccount.set(key, part);
    else {
      // Day statements of one account in one file form one continuous part.
      seen.transactions.push(...part.transactions);
      seen.closingBalance = part.closingBalance ?? seen.closingBalance;
      seen.openingBalance ??= part.openingBalance;
    }
  }
  const [first, ...others] = byAccount.values();
  return { format: "camt053", ...first!, otherAccounts: others };
}

function readStatement(text: string, stmt: unknown, defaultCurrency: string): StatementPart {
  const acct = child(stmt, "Acct");
  const iban = textOf(acct, "Id", "IBAN");
  const accountNumber = textOf(acct, "Id", "Othr", "Id");
  const firstAmount = child(list(stmt, "Ntry")[0], "Amt");
  const currency = textOf(acct, "Ccy") ?? attr(firstAmount, "Ccy") ?? defaultCurrency;
  const part: StatementPart = {
    account: { iban, accountNumber, name: textOf(acct, "Nm") ?? textOf(acct, "Ownr", "Nm"), currency },
    transactions: list(stmt, "Ntry").flatMap((n) => readEntry(text, n, currency)),
  };
  for (const bal of list(stmt, "Bal")) {
    const code = textOf(bal, "Tp", "CdOrPrtry", "Cd");
    // PRCD (previously closed) is how many banks state the opening balance.
    if (code === "OPBD" || code === "PRCD") part.openingBalance ??= readBalance(text, bal, currency);
    if (code === "CLBD") part.closingBalance = readBalance(text, bal, currency);
  }
  return part;
}

function readEntry(text: string, ntry: unknown, accountCurrency: string): NormalizedTransaction[] {
  const line = lineOf(text, ntry);
  const status = textOf(ntry, "Sts") ?? textOf(ntry, "Sts", "Cd");
  // INFO entries are announcements, not money that moved.
  if (status === "INFO") return [];
  const amount = signedAmount(text, ntry, line);
  const bookingDate = dateOf(ntry, "BookgDt") ?? dateOf(ntry, "ValDt");
  if (!bookingDate) throw new ImportError("import.error.missing_value", { line, field: "BookgDt" });

  const tx = child(ntry, "NtryDtls", "TxDtls");
  const outgoing = amount.startsWith("-");
  const party = outgoing ? "Cdtr" : "Dbtr";
  const name = textOf(tx, "RltdPties", party, "Nm") ?? textOf(tx, "RltdPties", party, "Pty", "Nm");
  const iban = textOf(tx, "RltdPties", `${party}Acct`, "Id", "IBAN");
  const purpose = list(tx, "RmtInf", "Ustrd").map((u) => textOf(u) ?? "").filter(Boolean).join(" ");
  const info = textOf(ntry, "AddtlNtryInf");
  const instructed = child(tx, "AmtDtls", "InstdAmt", "Amt");
  const instructedCurrency = attr(instructed, "Ccy");
  const foreign = instructedCurrency && instructedCurrency !== (attr(child(ntry, "Amt"), "Ccy") ?? accountCurrency);
  return [
    {
      externalId: textOf(ntry, "AcctSvcrRef") ?? null,
      status: status === "PDNG" ? "pending" : "booked",
      bookingDate,
      valueDate: dateOf(ntry, "ValDt"),
      amount,
      currency: attr(child(ntry, "Amt"), "Ccy") ?? accountCurrency,
      originalAmount: foreign ? canonical(textOf(instructed) ?? "") : null,
      originalCurrency: foreign ? instructedCurrency : null,
      counterpartyName: name ?? null,
      counterpartyIban: iban ?? null,
      description: purpose || info || null,
      transactionType: info ?? null,
      raw: { line, ref: textOf(ntry, "NtryRef") ?? null, bankCode: textOf(ntry, "BkTxCd", "Prtry", "Cd") ?? null },
    },
  ];
}

function signedAmount(text: string, node: unknown, line: number | null): string {
  const value = textOf(node, "Amt") ?? "";
  const amount = canonical(value);
  if (amount === null) throw new ImportError("import.error.bad_amount", { line: lineOf(text, child(node, "Amt")) ?? line, field: "Amt", value });
  const indicator = textOf(node, "CdtDbtInd");
  if (indicator !== "CRDT" && indicator !== "DBIT") {
    throw new ImportError("import.error.bad_field", { line, field: "CdtDbtInd", value: indicator ?? "" });
  }
  return indicator === "DBIT" ? negate(amount) : amount;
}

function dateOf(node: unknown, element: string): string | null {
  const value = textOf(node, element, "Dt") ?? textOf(node, element, "DtTm");
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function readBalance(text: string, bal: unknown, currency: string): StatementBalance | undefined {
  const date = dateOf(bal, "Dt");
  if (!date) return undefined;
  return { amount: signedAmount(text, bal, lineOf(text, bal)), currency: attr(child(bal, "Amt"), "Ccy") ?? currency, date };
}
