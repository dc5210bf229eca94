// ISO 20022 CAMT.053 day statements and CAMT.052 reports (same entry shape).
// Sign comes from CdtDbtInd, never from the amount text. A batch entry whose
// TxDtls carry their own amounts becomes one row per TxDtls.
import type { AccountKind, NormalizedTransaction } from "../types.ts";
import { addAmounts, canonical, negate } from "../../src/format/decimal.ts";
import { ImportError } from "./errors.ts";
import type { ParsedStatement, StatementAccount, StatementBalance, StatementPart } from "./types.ts";
import { attr, child, lineOf, list, parseXml, textOf } from "./xml.ts";

const REPEATED = new Set(["Stmt", "Rpt", "Ntry", "NtryDtls", "TxDtls", "Bal", "Ustrd", "Strd", "Prtry"]);
// ISO external account type codes (Acct/Tp/Cd).
const ACCOUNT_KINDS: Record<string, AccountKind> = { CACC: "CHECKING", CASH: "CHECKING", SVGS: "SAVINGS", CARD: "CREDIT_CARD", LOAN: "OTHER" };

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
      // Day statements of one account in one file form one part; files do not
      // always list the days in order, so the balances go by their dates.
      seen.transactions.push(...part.transactions);
      seen.openingBalance = earlier(seen.openingBalance, part.openingBalance);
      seen.closingBalance = later(seen.closingBalance, part.closingBalance);
    }
  }
  const [first, ...others] = byAccount.values();
  return { format: "camt053", ...first!, otherAccounts: others };
}

function earlier(a: StatementBalance | undefined, b: StatementBalance | undefined): StatementBalance | undefined {
  return !a || (b && b.date < a.date) ? b : a;
}

function later(a: StatementBalance | undefined, b: StatementBalance | undefined): StatementBalance | undefined {
  return !a || (b && b.date >= a.date) ? b : a;
}

function readAccount(acct: unknown, currency: string): StatementAccount {
  const iban = textOf(acct, "Id", "IBAN");
  const product = textOf(acct, "Nm");
  const bank = textOf(acct, "Svcr", "FinInstnId", "Nm");
  const kind = ACCOUNT_KINDS[textOf(acct, "Tp", "Cd") ?? ""];
  // The owner's name is a person, not an account name; only Acct/Nm names the account.
  return {
    iban,
    accountNumber: textOf(acct, "Id", "Othr", "Id"),
    name: product,
    currency,
    ...(kind ? { kind } : {}),
    ...(bank ? { bank } : {}),
    ...(product ? { product } : {}),
  };
}

function readStatement(text: string, stmt: unknown, defaultCurrency: string): StatementPart {
  const acct = child(stmt, "Acct");
  const firstAmount = child(list(stmt, "Ntry")[0], "Amt");
  const currency = textOf(acct, "Ccy") ?? attr(firstAmount, "Ccy") ?? defaultCurrency;
  const part: StatementPart = { account: readAccount(acct, currency), transactions: list(stmt, "Ntry").flatMap((n) => readEntry(text, n, currency)) };
  const interim: StatementBalance[] = [];
  for (const bal of list(stmt, "Bal")) {
    const code = textOf(bal, "Tp", "CdOrPrtry", "Cd");
    // PRCD (previously closed) is how many banks state the opening balance.
    if (code === "OPBD" || code === "PRCD") part.openingBalance = earlier(part.openingBalance, readBalance(text, bal, currency));
    else if (code === "CLBD") part.closingBalance = later(part.closingBalance, readBalance(text, bal, currency));
    else if (code === "ITBD") {
      const b = readBalance(text, bal, currency);
      if (b) interim.push(b);
    }
  }
  // A page of a longer statement states interim booked balances instead.
  if (!part.closingBalance && interim.length > 0) part.closingBalance = interim.reduce((a, b) => later(a, b)!);
  if (!part.openingBalance && interim.length > 1) part.openingBalance = interim.reduce((a, b) => earlier(a, b)!);
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
  const currency = attr(child(ntry, "Amt"), "Ccy") ?? accountCurrency;
  const details = list(ntry, "NtryDtls").flatMap((d) => list(d, "TxDtls"));
  const base: NormalizedTransaction = {
    externalId: textOf(ntry, "AcctSvcrRef") ?? fiRef(details[0]) ?? null,
    status: status === "PDNG" ? "pending" : "booked",
    bookingDate,
    valueDate: dateOf(ntry, "ValDt"),
    amount,
    currency,
    transactionType: textOf(ntry, "AddtlNtryInf") ?? null,
  };
  const split = splitBatch(text, ntry, details, amount, line);
  if (split) {
    return details.map((tx, i) => ({
      ...describe(tx, split[i]!, base, ntry, currency),
      amount: split[i]!,
      externalId: base.externalId ? `${base.externalId}/${i + 1}` : (fiRef(tx) ?? null),
      raw: rawOf(ntry, line, i),
    }));
  }
  return [{ ...describe(details[0], amount, base, ntry, currency), raw: rawOf(ntry, line, null) }];
}

/** Per-TxDtls amounts of a batch entry, when every part has one and they add up to the entry. */
function splitBatch(text: string, ntry: unknown, details: unknown[], amount: string, line: number | null): string[] | null {
  if (details.length < 2) return null;
  const entryDirection = textOf(ntry, "CdtDbtInd");
  const parts: string[] = [];
  for (const tx of details) {
    const amt = child(tx, "Amt") ? tx : child(tx, "AmtDtls", "TxAmt") ? child(tx, "AmtDtls", "TxAmt") : null;
    if (!amt) return null;
    const value = canonical(textOf(amt, "Amt") ?? "");
    if (value === null) throw new ImportError("import.error.bad_amount", { line: lineOf(text, child(amt, "Amt")) ?? line, field: "Amt", value: textOf(amt, "Amt") ?? "" });
    const direction = textOf(tx, "CdtDbtInd") ?? entryDirection;
    parts.push(direction === "DBIT" ? negate(value) : value);
  }
  const total = parts.reduce((sum, p) => addAmounts(sum, p), "0");
  return total === addAmounts(amount, "0") ? parts : null;
}

function describe(tx: unknown, amount: string, base: NormalizedTransaction, ntry: unknown, accountCurrency: string): NormalizedTransaction {
  const outgoing = amount.startsWith("-");
  const party = outgoing ? "Cdtr" : "Dbtr";
  const nameOf = (role: string) => textOf(tx, "RltdPties", role, "Nm") ?? textOf(tx, "RltdPties", role, "Pty", "Nm");
  const name = nameOf(party);
  // The ultimate party is who the money is really for (Klarna's shop, PayPal's merchant).
  const ultimate = nameOf(`Ultmt${party}`);
  const iban = textOf(tx, "RltdPties", `${party}Acct`, "Id", "IBAN");
  const purpose = list(tx, "RmtInf", "Ustrd").map((u) => textOf(u) ?? "").filter(Boolean).join(" ");
  const structured = list(tx, "RmtInf", "Strd").map((s) => textOf(s, "CdtrRefInf", "Ref") ?? "").filter(Boolean).join(" ");
  const instructed = child(tx, "AmtDtls", "InstdAmt", "Amt");
  const instructedCurrency = attr(instructed, "Ccy");
  const foreign = instructedCurrency && instructedCurrency !== (attr(child(ntry, "Amt"), "Ccy") ?? accountCurrency);
  const instructedAmount = foreign ? canonical(textOf(instructed) ?? "") : null;
  return {
    ...base,
    originalAmount: instructedAmount && outgoing ? negate(instructedAmount) : instructedAmount,
    originalCurrency: foreign ? instructedCurrency : null,
    counterpartyName: name ?? ultimate ?? null,
    counterpartyIban: iban ?? null,
    ...(ultimate && ultimate !== name ? { merchant: ultimate } : {}),
    description: purpose || structured || base.transactionType || null,
  };
}

/** Sparkasse's FI-UMSATZ-ID: a stable id where AcctSvcrRef is missing. */
function fiRef(tx: unknown): string | undefined {
  const ref = list(tx, "Refs", "Prtry").find((p) => textOf(p, "Tp") === "FI-UMSATZ-ID");
  return ref ? textOf(ref, "Ref") : (textOf(tx, "Refs", "AcctSvcrRef") ?? undefined);
}

function rawOf(ntry: unknown, line: number | null, part: number | null) {
  const code = [textOf(ntry, "BkTxCd", "Domn", "Cd"), textOf(ntry, "BkTxCd", "Domn", "Fmly", "Cd"), textOf(ntry, "BkTxCd", "Domn", "Fmly", "SubFmlyCd")];
  return {
    line,
    ref: textOf(ntry, "NtryRef") ?? null,
    bankCode: textOf(ntry, "BkTxCd", "Prtry", "Cd") ?? null,
    domainCode: code.every(Boolean) ? code.join("/") : null,
    reversal: textOf(ntry, "RvslInd") === "true",
    ...(part === null ? {} : { batchPart: part + 1 }),
  };
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

/**
 * The day of a Dt or DtTm element as written. Whether the calendar has it is
 * checked with the statement's other values before anything is written
 * (src/imports/statement-check.ts), which names line and field.
 */
function dateOf(node: unknown, element: string): string | null {
  const value = textOf(node, element, "Dt") ?? textOf(node, element, "DtTm");
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function readBalance(text: string, bal: unknown, currency: string): StatementBalance | undefined {
  const date = dateOf(bal, "Dt");
  if (!date) return undefined;
  return { amount: signedAmount(text, bal, lineOf(text, bal)), currency: attr(child(bal, "Amt"), "Ccy") ?? currency, date };
}
