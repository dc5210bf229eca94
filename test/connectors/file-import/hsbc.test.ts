// HSBC UK's header-less export (bank-formats.md §1.3): recognised by its shape
// and its payment codes, never by three columns alone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { decodeText } from "../../../connectors/file-import/decode.ts";

const HSBC = readFileSync(new URL("../../fixtures/import/banks-intl/hsbc.csv", import.meta.url));
const parse = (content: Buffer | string) => parseStatementFile({ fileName: "TransactionHistory.csv", content: Buffer.from(content) });

describe("HSBC UK", () => {
  it("reads the header-less file as GBP with signed amounts and quoted thousands", () => {
    const s = parse(HSBC);
    expect(s.needsConfirmation).toBeUndefined();
    expect([s.profile, s.account.currency]).toEqual(["hsbc", "GBP"]);
    expect(s.transactions.map((t) => [t.bookingDate, t.amount])).toEqual([
      ["2026-02-28", "-3.45"],
      ["2026-02-27", "2310.50"],
      ["2026-02-25", "-41.20"],
      ["2026-02-24", "-10.99"],
      ["2026-02-20", "-1100.00"],
      ["2026-02-18", "0.12"],
    ]);
  });

  it("takes the payment code as the type and the padded rest as the counterparty", () => {
    const s = parse(HSBC);
    expect(s.transactions.slice(0, 2).map((t) => [t.transactionType, t.counterpartyName])).toEqual([
      [")))", "COSTA COFFEE 4412"],
      ["CR", "ACME LTD PAYROLL"],
    ]);
    expect(s.transactions[5]).toMatchObject({ transactionType: null, counterpartyName: null, description: "INTEREST PAID" });
  });

  it("reads amounts written with a pound sign as well", () => {
    const s = parse(decodeText(HSBC).replace('"2,310.50"', '"£2,310.50"').replace("-3.45", "-£3.45"));
    expect(s.transactions.slice(0, 2).map((t) => t.amount)).toEqual(["-3.45", "2310.50"]);
  });

  it("leaves a header-less date, text, amount file of another bank to the generic reader, which asks", () => {
    const csv = "02/01/2026,Coffee shop,-3.50\n05/01/2026,Salary,\"2,100.00\"\n09/01/2026,Rent,-950.00\n";
    const s = parse(csv);
    expect(s.profile).toBeUndefined();
    expect(s.format).toBe("generic-csv");
    expect(s.needsConfirmation?.doubts).toContain("no-header");
  });

  it("is not fooled by one coded row among uncoded ones", () => {
    const csv = "02/01/2026,VIS COFFEE SHOP,-3.50\n05/01/2026,Salary,2100.00\n09/01/2026,Rent,-950.00\n";
    expect(parse(csv).needsConfirmation).toBeDefined();
  });
});
