// Held-out acceptance, second set: every export in exports2.ts imports with
// the rows, sums, pending rows and balances a person reads off the file. The
// files were written from the format reference alone, by someone who did not
// write the parsers, and were never used to tune them.
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../connectors/file-import/index.ts";
import { allRows, cents, expectImportsAsWritten } from "./check-export.ts";
import { HELD_OUT_2, PAYPAL_EN_EU, PAYPAL_EN_US } from "./exports2.ts";


describe("held-out bank exports, second set", () => {
  it.each(HELD_OUT_2.map((e) => [`${e.bank}: ${e.fileName}`, e] as const))("%s imports as the bank wrote it", (_name, e) => {
    expectImportsAsWritten(e);
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
