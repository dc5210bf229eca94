// What both held-out export sets check of every file: it imports without
// questions, with the rows, sum, pending rows, balance and probe row a person
// reads off it. Amounts are compared in integer cents (never floats).
import { expect } from "vitest";
import { parseStatementFile, type ParsedStatement } from "../../connectors/file-import/index.ts";
import type { HeldOutExport } from "./exports.ts";

/** Decimal string to integer cents, exactly (no float). */
export function cents(amount: string): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) throw new Error(`not a decimal: ${amount}`);
  const frac = (m[3] ?? "").padEnd(2, "0");
  if (/[1-9]/.test(frac.slice(2))) throw new Error(`sub-cent amount: ${amount}`);
  const v = Number(m[2]) * 100 + Number(frac.slice(0, 2));
  return m[1] ? -v : v;
}
export const parts = (s: ParsedStatement) => [s, ...s.otherAccounts];
export const allRows = (s: ParsedStatement) => parts(s).flatMap((p) => p.transactions);

export function expectImportsAsWritten(e: HeldOutExport): void {
  const parsed = parseStatementFile({ fileName: e.fileName, content: e.content });
  expect(parsed.needsConfirmation, "a known bank's export needs no questions").toBeUndefined();
  const rows = allRows(parsed);
  expect(rows).toHaveLength(e.rows);
  expect(rows.reduce((a, r) => a + cents(r.amount), 0)).toBe(e.sumCents);
  for (const r of rows) expect(r.currency).toBe(e.currency);
  expect(rows.filter((r) => r.status === "pending")).toHaveLength(e.pending ?? 0);
  if (e.closingCents !== undefined) expect(cents(parsed.closingBalance?.amount ?? "NaN")).toBe(e.closingCents);
  if (e.accounts !== undefined) expect(parts(parsed), "one part per account in the file").toHaveLength(e.accounts);

  const probe = rows.find((r) => cents(r.amount) === e.probe.cents);
  expect(probe, "the probe row").toBeDefined();
  expect([e.probe.date].flat()).toContain(probe!.bookingDate);
  expect(`${probe!.counterpartyName ?? ""} ${probe!.description ?? ""} ${probe!.merchant ?? ""}`).toMatch(e.probe.text);
  for (const r of rows) expect(r.bookingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}
