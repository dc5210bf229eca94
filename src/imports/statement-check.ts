// A parsed statement is checked against what PostgreSQL accepts before the
// preview, so a file is refused whole with the line and field that broke,
// instead of failing half-way through the import. The rules are the sync
// validator's (src/sync/validate.ts); this module only says where in the file.
import { z } from "zod";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import type { ParsedStatement, StatementBalance, StatementFormat, StatementPart } from "../../connectors/file-import/types.ts";
import { currencyCode, dbDate, MAX_ID_LENGTH, money, transactionSchema } from "../sync/validate.ts";

export type RejectReason = "amount_too_large" | "amount_decimals" | "bad_amount" | "bad_date" | "bad_currency" | "too_long" | "bad_text";

/** A value the database would refuse. `fieldKey` names the field when the format has no name of its own. */
export class StatementRejected extends Error {
  override name = "StatementRejected";
  constructor(
    readonly reason: RejectReason,
    readonly where: { line: number | null; field: string | null; fieldKey: string; value: string },
  ) {
    super(`${where.line === null ? "" : `line ${where.line}, `}${where.field ?? where.fieldKey}: ${reason}`);
  }
}

// What the person sees in the file, per format; CSV profiles name their own
// columns differently, so they fall back to the translated field name.
const NATIVE: Partial<Record<StatementFormat, Record<string, string>>> = {
  camt053: { bookingDate: "BookgDt", valueDate: "ValDt", amount: "Amt", currency: "Amt Ccy", originalAmount: "InstdAmt", originalCurrency: "InstdAmt Ccy", counterpartyName: "Nm", counterpartyIban: "IBAN", description: "Ustrd", externalId: "AcctSvcrRef", transactionType: "AddtlNtryInf", closingBalance: "Bal CLBD", openingBalance: "Bal OPBD", "account.iban": "Acct IBAN", "account.accountNumber": "Acct Othr", "account.currency": "Acct Ccy" },
  mt940: { description: ":86:", counterpartyName: ":86:", counterpartyIban: ":86:", closingBalance: ":62F:", openingBalance: ":60F:", "account.iban": ":25:", "account.accountNumber": ":25:", "account.currency": ":60F:", default: ":61:" },
  ofx: { bookingDate: "DTPOSTED", valueDate: "DTAVAIL", amount: "TRNAMT", currency: "CURDEF", originalCurrency: "CURSYM", counterpartyName: "NAME", description: "MEMO", externalId: "FITID", transactionType: "TRNTYPE", closingBalance: "LEDGERBAL", "account.accountNumber": "ACCTID", "account.currency": "CURDEF" },
  "comdirect-csv": { bookingDate: "Buchungstag", valueDate: "Wertstellung (Valuta)", amount: "Umsatz in EUR", description: "Buchungstext", transactionType: "Vorgang", closingBalance: "Neuer Kontostand", openingBalance: "Alter Kontostand" },
};

const MAX_ACCOUNT_TEXT = 200;
const account = z.object({
  iban: z.string().max(34).nullish(),
  accountNumber: z.string().max(MAX_ID_LENGTH).nullish(),
  cardNumber: z.string().max(40).nullish(),
  name: z.string().max(MAX_ACCOUNT_TEXT).nullish(),
  bank: z.string().max(MAX_ACCOUNT_TEXT).nullish(),
  product: z.string().max(MAX_ACCOUNT_TEXT).nullish(),
  currency: currencyCode,
});
const balance = z.object({ amount: money, currency: currencyCode, date: dbDate });

function reasonOf(issue: z.core.$ZodIssue, field: string): RejectReason {
  const m = issue.message;
  if (/digits before/.test(m)) return "amount_too_large";
  if (/decimal places/.test(m)) return "amount_decimals";
  if (/decimal string/.test(m)) return "bad_amount";
  if (/calendar day|YYYY-MM-DD/.test(m)) return "bad_date";
  if (/currency/.test(m) || /currency$/i.test(field)) return "bad_currency";
  if (/NUL/.test(m)) return "bad_text";
  if (issue.code === "too_big") return "too_long";
  return /date/i.test(field) ? "bad_date" : /amount|balance/i.test(field) ? "bad_amount" : "bad_text";
}

function fail(format: StatementFormat, issue: z.core.$ZodIssue, value: unknown, line: number | null, prefix?: string): never {
  const key = String(issue.path[0] ?? "");
  const fieldKey = prefix ?? key;
  const names = NATIVE[format];
  // The MT940 default (":61:") is for rows only; balances and the account have their own tags.
  const field = names?.[fieldKey] ?? (prefix ? null : names?.default) ?? null;
  const shown = typeof value === "string" ? value : value == null ? "" : JSON.stringify(value);
  throw new StatementRejected(reasonOf(issue, key), { line, field, fieldKey, value: shorten(shown) });
}

function shorten(value: string): string {
  const flat = value.replaceAll("\u0000", " ").replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}

const lineOf = (t: NormalizedTransaction): number | null => {
  const line = (t.raw as { line?: unknown } | undefined)?.line;
  return typeof line === "number" ? line : null;
};

function checkRow(format: StatementFormat, t: NormalizedTransaction): void {
  const r = transactionSchema.safeParse(t);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    fail(format, issue, (t as unknown as Record<string, unknown>)[String(issue.path[0])], lineOf(t));
  }
  // jsonb refuses \u0000 as well; the raw cells are stored as they were read.
  if (t.raw !== undefined && JSON.stringify(t.raw).includes("\\u0000")) {
    fail(format, { code: "custom", message: "contains a NUL character", path: ["raw"], input: t.raw } as z.core.$ZodIssue, "", lineOf(t));
  }
}

function checkBalance(format: StatementFormat, b: StatementBalance | undefined, which: "openingBalance" | "closingBalance"): void {
  if (!b) return;
  const r = balance.safeParse(b);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    fail(format, issue, (b as unknown as Record<string, unknown>)[String(issue.path[0])], null, which);
  }
}

function checkPart(format: StatementFormat, p: StatementPart): void {
  const a = account.safeParse(p.account);
  if (!a.success) {
    const issue = a.error.issues[0]!;
    fail(format, issue, (p.account as unknown as Record<string, unknown>)[String(issue.path[0])], null, `account.${String(issue.path[0])}`);
  }
  checkBalance(format, p.openingBalance, "openingBalance");
  checkBalance(format, p.closingBalance, "closingBalance");
  for (const t of p.transactions) checkRow(format, t);
}

/** Throws StatementRejected for the first value in the file the database would refuse. */
export function checkStatement(s: ParsedStatement): void {
  for (const p of [s, ...s.otherAccounts]) checkPart(s.format, p);
}
