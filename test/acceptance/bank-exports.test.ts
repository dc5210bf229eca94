// Held-out acceptance: every export in exports.ts imports, with the rows,
// sums, pending rows and balances a person reads off the file. These files
// were written from the format reference by someone other than the parsers'
// authors and were never used to tune them.
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../connectors/file-import/index.ts";
import { allRows, cents, expectImportsAsWritten } from "./check-export.ts";
import { HELD_OUT, PAYPAL_DE } from "./exports.ts";


describe("held-out bank exports", () => {
  it.each(HELD_OUT.map((e) => [`${e.bank}: ${e.fileName}`, e] as const))("%s imports as the bank wrote it", (_name, e) => {
    expectImportsAsWritten(e);
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
