// OFX bank (STMTRS) and credit card (CCSTMTRS) statements, 1.x SGML or 2.x XML.
import { XMLValidator } from "fast-xml-parser";
import type { AccountKind, NormalizedTransaction } from "../types.ts";
import { isoDate } from "./dates.ts";
import { parseAmount } from "./decimal.ts";
import { ImportError } from "./errors.ts";
import { find, findAll, readOfxTree, textAt, type OfxNode } from "./ofx-tree.ts";
import type { ParsedStatement, StatementBalance, StatementPart } from "./types.ts";

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
  const parts = statements.map((s) => readStatement(s, defaultCurrency));
  const [first, ...others] = parts;
  if (!first) throw new ImportError("import.error.missing_value", { line: find(root, "OFX")?.line ?? 1, field: "STMTRS" });
  return { format: "ofx", ...first, otherAccounts: others };
}

function readStatement(stmt: OfxNode, defaultCurrency: string): StatementPart {
  const isCard = stmt.name === "CCSTMTRS";
  const from = find(stmt, isCard ? "CCACCTFROM" : "BANKACCTFROM");
  const currency = textAt(stmt, "CURDEF")?.toUpperCase() ?? defaultCurrency;
  const acctId = textAt(from, "ACCTID")?.replace(/\s/g, "") ?? undefined;
  const list = find(stmt, "BANKTRANLIST");
  const part: StatementPart = {
    account: {
      iban: acctId && IBAN_RE.test(acctId) ? acctId : undefined,
      accountNumber: acctId,
      currency,
      kind: isCard ? "CREDIT_CARD" : ACCOUNT_KINDS[textAt(from, "ACCTTYPE") ?? ""],
    },
    transactions: (list?.children ?? []).filter((c) => c.name === "STMTTRN").map((t) => readTransaction(t, currency)),
  };
  const ledger = find(stmt, "LEDGERBAL");
  if (ledger) part.closingBalance = readBalance(ledger, currency);
  return part;
}

function readTransaction(t: OfxNode, accountCurrency: string): NormalizedTransaction {
  const amount = amountAt(t, "TRNAMT");
  const name = textAt(t, "NAME") ?? textAt(t, "PAYEE", "NAME");
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
