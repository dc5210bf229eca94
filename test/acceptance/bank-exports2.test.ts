// Held-out acceptance, second set: every export in exports2.ts imports with
// the rows, sums, pending rows and balances a person reads off the file. The
// files were written from the format reference alone, by someone who did not
// write the parsers, and were never used to tune them.
import { describe, expect, it } from "vitest";
import { parseStatementFile, type ParsedStatement } from "../../connectors/file-import/index.ts";
import { HELD_OUT_2, PAYPAL_EN_EU, PAYPAL_EN_US } from "./exports2.ts";

/** Decimal string to integer cents, exactly (no float). */
function cents(amount: string): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) throw new Error(`not a decimal: ${amount}`);
  const frac = (m[3] ?? "").padEnd(2, "0");
  if (/[1-9]/.test(frac.slice(2))) throw new Error(`sub-cent amount: ${amount}`);
  const v = Number(m[2]) * 100 + Number(frac.slice(0, 2));
  return m[1] ? -v : v;
}
const parts = (s: ParsedStatement) => [s, ...s.otherAccounts];
const allRows = (s: ParsedStatement) => parts(s).flatMap((p) => p.transactions);

describe("held-out bank exports, second set", () => {
  it.each(HELD_OUT_2.map((e) => [`${e.bank}: ${e.fileName}`, e] as const))("%s imports as the bank wrote it", (_name, e) => {
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
  });

  it.each([
    ["a US account (M/D/YYYY, dot decimals)", PAYPAL_EN_US],
    ["a European account (DD/MM/YYYY, comma decimals)", PAYPAL_EN_EU],
  ] as const)("folds PayPal's English export from %s into purchases in the account currency and drops holds", (_name, p) => {
    const parsed = parseStatementFile({ fileName: p.fileName, content: p.content });
    expect(parsed.needsConfirmation, "a known export needs no questions").toBeUndefined();
    const rows = allRows(parsed);
    const purchases = rows.filter((r) => cents(r.amount) < 0);
    expect(purchases.map((r) => [r.currency, cents(r.amount)]).sort()).toEqual(p.purchases.map((c) => [p.currency, c]).sort());
    const converted = purchases.find((r) => cents(r.amount) === p.converted.cents);
    expect(converted, "the converted purchase").toBeDefined();
    expect(`${converted!.counterpartyName ?? ""} ${converted!.merchant ?? ""}`).toMatch(p.converted.text);
    expect(rows.some((r) => /Hold/i.test(`${r.description ?? ""} ${r.transactionType ?? ""}`))).toBe(false);
    for (const r of rows) expect(r.currency).toBe(p.currency);
    for (const r of rows) expect(r.bookingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
