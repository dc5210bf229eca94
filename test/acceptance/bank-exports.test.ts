// Held-out acceptance: every export in exports.ts imports, with the rows,
// sums, pending rows and balances a person reads off the file. These files
// were written from the format reference by someone other than the parsers'
// authors and were never used to tune them.
import { describe, expect, it } from "vitest";
import { parseStatementFile, type ParsedStatement } from "../../connectors/file-import/index.ts";
import { HELD_OUT, PAYPAL_DE } from "./exports.ts";

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

describe("held-out bank exports", () => {
  it.each(HELD_OUT.map((e) => [`${e.bank}: ${e.fileName}`, e] as const))("%s imports as the bank wrote it", (_name, e) => {
    const parsed = parseStatementFile({ fileName: e.fileName, content: e.content });
    expect(parsed.needsConfirmation, "a known bank's export needs no questions").toBeUndefined();
    const rows = allRows(parsed);
    expect(rows).toHaveLength(e.rows);
    expect(rows.reduce((a, r) => a + cents(r.amount), 0)).toBe(e.sumCents);
    for (const r of rows) expect(r.currency).toBe(e.currency);
    expect(rows.filter((r) => r.status === "pending")).toHaveLength(e.pending ?? 0);
    if (e.closingCents !== undefined) expect(cents(parsed.closingBalance?.amount ?? "NaN")).toBe(e.closingCents);

    const probe = rows.find((r) => cents(r.amount) === e.probe.cents);
    expect(probe, "the probe row").toBeDefined();
    expect([e.probe.date].flat()).toContain(probe!.bookingDate);
    expect(`${probe!.counterpartyName ?? ""} ${probe!.description ?? ""} ${probe!.merchant ?? ""}`).toMatch(e.probe.text);
    for (const r of rows) expect(r.bookingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("folds PayPal's split rows into one purchase each, in euros, and drops authorisation holds", () => {
    const parsed = parseStatementFile({ fileName: "Download.CSV", content: PAYPAL_DE });
    const rows = allRows(parsed);
    const purchases = rows.filter((r) => cents(r.amount) < 0);
    expect(purchases.map((r) => [r.currency, cents(r.amount)]).sort()).toEqual([
      ["EUR", -1321],
      ["EUR", -1852],
    ]);
    const steam = purchases.find((r) => cents(r.amount) === -1852)!;
    expect(`${steam.counterpartyName} ${steam.merchant ?? ""}`).toMatch(/valve/i);
    expect(rows.some((r) => /Einbehaltung/.test(`${r.description} ${r.transactionType}`))).toBe(false);
    expect(rows.some((r) => r.currency === "USD")).toBe(false);
  });
});
