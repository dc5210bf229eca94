// OFX bank (STMTRS) and credit card (CCSTMTRS) statements, 1.x SGML or 2.x XML.
import { XMLValidator } from "fast-xml-parser";
import type { AccountKind, NormalizedTransaction } from "../types.ts";
import { looksLikeCardNumber, maskCardNumber } from "./card-mask.ts";
import { isoDate } from "./dates.ts";
import { parseAmount } from "../../src/format/decimal.ts";
import { ImportError } from "./errors.ts";
import { bankOfRoutingNumber } from "./us-routing-banks.ts";
import { find, findAll, readOfxTree, textAt, type OfxNode } from "./ofx-tree.ts";
import type { ParsedStatement, StatementAccount, StatementBalance, StatementPart } from "./types.ts";

export const OFX_RE = /OFXHEADER|<OFX>/i;
const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
const ACCOUNT_KINDS: Record<string, AccountKind> = { CHECKING: "CHECKING", SAVINGS: "SAVINGS", MONEYMRKT: "SAVINGS", CREDITLINE: "CREDIT_CARD" };

export function parseOfx(text: string, defaultCurrency: string): ParsedStatement {
  if (/^\s*<\?xml/.test(text)) {
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new ImportError("import.error.bad_xml", { line: valid.err.line, detail: valid.err.msg });
  }
  const root = readOfxTree(text);
  const statements = [...findAll(root, "STMTRS"), ...findAll(root, "CCSTMTRS")];
  const bank = bankName(textAt(findAll(root, "FI")[0], "ORG"));
  const parts = statements.map((s) => readStatement(s, defaultCurrency, bank));
  const [first, ...others] = parts;
  if (!first) throw new ImportError("import.error.missing_value", { line: find(root, "OFX")?.line ?? 1, field: "STMTRS" });
  return { format: "ofx", ...first, otherAccounts: others };
}

/** The sign-on's FI/ORG where it is a name ("AMEX", "Capital One"); Chase's "B1" is a code. */
function bankName(org: string | null): string | undefined {
  if (!org || !/[A-Za-z]{3}/.test(org)) return undefined;
  return org.toUpperCase() === "AMEX" ? "American Express" : org;
}

function readStatement(stmt: OfxNode, defaultCurrency: string, bank: string | undefined): StatementPart {
  const isCard = stmt.name === "CCSTMTRS";
  const from = find(stmt, isCard ? "CCACCTFROM" : "BANKACCTFROM");
  const currency = textAt(stmt, "CURDEF")?.toUpperCase() ?? defaultCurrency;
  const list = find(stmt, "BANKTRANLIST");
  // Where the sign-on names no bank, a US account's routing number may.
  const named = bank ?? (isCard ? undefined : bankOfRoutingNumber(textAt(from, "BANKID")));
  const part: StatementPart = {
    account: { ...accountOf(textAt(from, "ACCTID")?.replace(/\s/g, "") || undefined, isCard), currency, ...(named ? { bank: named } : {}) },
    transactions: uniqueIds((list?.children ?? []).filter((c) => c.name === "STMTTRN").map((t) => readTransaction(t, currency))),
  };
  if (!isCard) {
    const kind = ACCOUNT_KINDS[textAt(from, "ACCTTYPE") ?? ""];
    if (kind) part.account.kind = kind;
  }
  const ledger = find(stmt, "LEDGERBAL");
  if (ledger) part.closingBalance = readBalance(ledger, currency);
  return part;
}

/**
 * A credit card's ACCTID is its card number, often in full: only the last
 * four digits are kept, as card number and name, and no account number is
 * derived from it.
 */
function accountOf(acctId: string | undefined, isCard: boolean): Omit<StatementAccount, "currency"> {
  if (acctId && (isCard || looksLikeCardNumber(acctId))) {
    const masked = maskCardNumber(acctId);
    return { kind: "CREDIT_CARD", ...(masked ? { cardNumber: masked, name: masked } : {}) };
  }
  return { iban: acctId && IBAN_RE.test(acctId) ? acctId : undefined, accountNumber: acctId };
}

/**
 * FITIDs repeat inside one statement (Chase puts a foreign-transaction fee
 * under its purchase's FITID): later ones get "#2", "#3" so no row replaces
 * another, and a re-import of the same file yields the same ids.
 */
function uniqueIds(transactions: NormalizedTransaction[]): NormalizedTransaction[] {
  const seen = new Map<string, number>();
  for (const tx of transactions) {
    if (!tx.externalId) continue;
    const n = (seen.get(tx.externalId) ?? 0) + 1;
    seen.set(tx.externalId, n);
    if (n > 1) tx.externalId = `${tx.externalId}#${n}`;
  }
  return transactions;
}

function readTransaction(t: OfxNode, accountCurrency: string): NormalizedTransaction {
  const amount = amountAt(t, "TRNAMT");
  // Amex pads NAME to fixed width ("PRUNE               NEW YORK").
  const name = (textAt(t, "NAME") ?? textAt(t, "PAYEE", "NAME"))?.replace(/\s+/g, " ");
  const memo = textAt(t, "MEMO");
  const currency = textAt(t, "CURRENCY", "CURSYM") ?? textAt(t, "ORIGCURRENCY", "CURSYM");
  return {
    externalId: textAt(t, "FITID") || null,
    status: "booked",
    bookingDate: dateAt(t, "DTPOSTED"),
    valueDate: textAt(t, "DTAVAIL") ? dateAt(t, "DTAVAIL") : null,
    amount,
    currency: accountCurrency,
    originalCurrency: currency && currency !== accountCurrency ? currency : null,
    counterpartyName: name || null,
    description: memo || name || null,
    transactionType: textAt(t, "TRNTYPE"),
    raw: { line: t.line, checkNumber: textAt(t, "CHECKNUM"), refNumber: textAt(t, "REFNUM") },
  };
}

function readBalance(node: OfxNode, currency: string): StatementBalance {
  return { amount: amountAt(node, "BALAMT"), currency, date: dateAt(node, "DTASOF") };
}

function amountAt(node: OfxNode, name: string): string {
  const el = find(node, name);
  const value = el?.text ?? "";
  // Some European banks write OFX amounts with a decimal comma.
  const amount = parseAmount(value, value.includes(",") && !value.includes(".") ? "," : ".");
  if (amount === null) {
    throw new ImportError(el ? "import.error.bad_amount" : "import.error.missing_value", { line: el?.line ?? node.line, field: name, value });
  }
  return amount;
}

/** OFX dates are YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]; the day is taken as written. */
function dateAt(node: OfxNode, name: string): string {
  const el = find(node, name);
  const value = el?.text ?? "";
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!date) throw new ImportError(el ? "import.error.bad_date" : "import.error.missing_value", { line: el?.line ?? node.line, field: name, value });
  return date;
}
