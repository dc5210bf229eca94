// SWIFT MT940 day statements, as German banks export them (.sta). A file may
// hold several statements; those of one account are merged in order.
import type { NormalizedTransaction } from "../types.ts";
import { isoDate } from "./dates.ts";
import { negate, parseAmount } from "../../src/format/decimal.ts";
import { ImportError } from "./errors.ts";
import { parseDetails } from "./mt940-details.ts";
import type { ParsedStatement, StatementAccount, StatementBalance, StatementPart } from "./types.ts";

interface Field {
  tag: string;
  value: string;
  line: number;
}

// ":NS:" is a bank's own field (Sparkasse, Postbank); it holds no booking.
const FIELD_RE = /^:(\d{2}[A-Z]?|NS):(.*)$/;
// Marks: C/D, RC/RD reversals, EC/ED expected (MT942) entries. A letter after
// the mark is the funds code ("DR17,90" is a debit in EUR, not "RD").
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\d+,\d*)([NFS][A-Z0-9]{3})(.*?)(?:\/\/(.*))?$/;
const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d+,\d*)$/;
const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

export const MT940_RE = /^:20:/m;
// ABN AMRO puts its BIC and the message type above the first field.
const ABN_PREAMBLE = /^\s*ABNANL2A\s*\n\s*94[02]\s*\n/;

export function parseMt940(text: string, defaultCurrency: string): ParsedStatement {
  const { fields, lastLine } = readFields(text);
  const parts = new Map<string, StatementPart>();
  let current: StatementPart | null = null;
  let closed = true;
  // MT942 intraday reports (":20:STARTUMV", ":34F:", ":13D:") hold unbooked
  // items and end without a closing balance.
  let intraday = false;
  let lastTx: NormalizedTransaction | null = null;
  const bank = ABN_PREAMBLE.test(text) ? { bank: "ABN AMRO" } : {};

  for (const f of fields) {
    if (f.tag === "20") {
      if (!closed) throw new ImportError("import.error.truncated", { line: f.line, field: ":62F:" });
      current = { account: { currency: defaultCurrency, ...bank }, transactions: [] };
      closed = false;
      intraday = f.value.trim().toUpperCase() === "STARTUMV";
      lastTx = null;
      continue;
    }
    if (!current || closed) continue;
    if (f.tag === "end" && intraday) {
      for (const tx of current.transactions) tx.status = "pending";
      closed = true;
      mergeInto(parts, current);
    } else if (f.tag === "34F" || f.tag === "13D") {
      intraday = true;
      if (f.tag === "34F") current.account.currency = /^[A-Z]{3}/.exec(f.value)?.[0] ?? current.account.currency;
    } else if (f.tag === "25") current.account = { ...current.account, ...readAccount(f.value) };
    else if (f.tag === "60F" || f.tag === "60M") {
      current.openingBalance ??= readBalance(f);
      current.account.currency = current.openingBalance.currency;
    } else if (f.tag === "61") {
      lastTx = readLine61(f, current.account.currency);
      current.transactions.push(lastTx);
    } else if (f.tag === "86" && lastTx) {
      applyDetails(lastTx, f.value);
      lastTx = null;
    } else if (f.tag === "62F" || f.tag === "62M") {
      current.closingBalance = readBalance(f);
      closed = true;
      mergeInto(parts, current);
    }
  }
  if (!closed || parts.size === 0) throw new ImportError("import.error.truncated", { line: lastLine, field: ":62F:" });
  const [first, ...others] = parts.values();
  return { format: "mt940", ...first!, otherAccounts: others };
}

function readFields(text: string): { fields: Field[]; lastLine: number } {
  const fields: Field[] = [];
  let lastLine = 1;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\s+$/, "");
    if (line === "") return;
    lastLine = i + 1;
    const m = FIELD_RE.exec(line.replace(/^\{4:/, ""));
    const last = fields[fields.length - 1];
    if (m) fields.push({ tag: m[1]!, value: m[2]!, line: i + 1 });
    // "-" and "-}" end a message; envelope blocks carry no statement data.
    else if (line.startsWith("-") || line.startsWith("{")) fields.push({ tag: "end", value: "", line: i + 1 });
    else if (last && last.tag !== "end") last.value += `\n${line}`;
  });
  return { fields, lastLine };
}

function readAccount(value: string): Partial<StatementAccount> {
  const id = value.trim().replace(/\s/g, "");
  return IBAN_RE.test(id) ? { iban: id } : { accountNumber: id };
}

function readBalance(f: Field): StatementBalance {
  const m = BALANCE.exec(f.value.trim());
  const date = m ? swiftDate(m[2]!) : null;
  const amount = m ? parseAmount(m[4]!, ",") : null;
  if (!m || !date || amount === null) throw new ImportError("import.error.bad_field", { line: f.line, field: `:${f.tag}:`, value: f.value });
  return { amount: m[1] === "D" ? negate(amount) : amount, currency: m[3]!, date };
}

function readLine61(f: Field, currency: string): NormalizedTransaction {
  const [first = "", supplementary] = f.value.split("\n");
  const m = LINE_61.exec(first.trim());
  const valueDate = m ? swiftDate(m[1]!) : null;
  const amount = m ? parseAmount(m[5]!, ",") : null;
  if (!m || !valueDate || amount === null) throw new ImportError("import.error.bad_field", { line: f.line, field: ":61:", value: first });
  const entryDate = m[2] ? entryDateNear(valueDate, m[2]) : null;
  if (m[2] && !entryDate) throw new ImportError("import.error.bad_field", { line: f.line, field: ":61:", value: first });
  // RC reverses a credit (money out), RD a debit (money in).
  const outgoing = m[3] === "D" || m[3] === "ED" || m[3] === "RC";
  const bankRef = m[8]?.trim() || null;
  return {
    externalId: bankRef && bankRef.toUpperCase() !== "NONREF" ? bankRef : null,
    status: m[3] === "EC" || m[3] === "ED" ? "pending" : "booked",
    bookingDate: entryDate ?? valueDate,
    valueDate,
    amount: outgoing ? negate(amount) : amount,
    currency,
    transactionType: m[6] ?? null,
    raw: { line: f.line, customerRef: m[7]?.trim() || null, bankRef, supplementary: supplementary?.trim() || null },
  };
}

function applyDetails(tx: NormalizedTransaction, value: string): void {
  const d = parseDetails(value);
  const account = d.accountOrIban?.replace(/\s/g, "") ?? null;
  tx.counterpartyName = d.name;
  tx.counterpartyIban = account && IBAN_RE.test(account) ? account : null;
  tx.description = d.purpose;
  tx.transactionType = d.postingText ?? tx.transactionType;
  tx.raw = { ...(tx.raw as object), gvc: d.gvc, details: value };
}

function mergeInto(parts: Map<string, StatementPart>, part: StatementPart): void {
  const key = part.account.iban ?? part.account.accountNumber ?? "";
  const seen = parts.get(key);
  if (!seen) {
    parts.set(key, part);
    return;
  }
  seen.transactions.push(...part.transactions);
  // An intraday report after the day statement states no balance of its own.
  seen.closingBalance = part.closingBalance ?? seen.closingBalance;
  seen.openingBalance ??= part.openingBalance;
}

function swiftDate(yymmdd: string): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  return isoDate(yy < 70 ? 2000 + yy : 1900 + yy, Number(yymmdd.slice(2, 4)), Number(yymmdd.slice(4, 6)));
}

/** The entry date has no year: take the one that puts it closest to the value date. */
function entryDateNear(valueDate: string, mmdd: string): string | null {
  const year = Number(valueDate.slice(0, 4));
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2, 4));
  const target = Date.parse(valueDate);
  const candidates = [year - 1, year, year + 1]
    .map((y) => isoDate(y, month, day))
    .filter((d): d is string => d !== null)
    .sort((a, b) => Math.abs(Date.parse(a) - target) - Math.abs(Date.parse(b) - target));
  return candidates[0] ?? null;
}
