// What the file name and the sort code tell about an export's account:
// Chase names the export after the account's last four digits, Bank of
// America's card export ends in them (bank-formats.md §1.4); Lloyds, Halifax
// and Bank of Scotland share one export and differ by sort code (§1.3).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";

const INTL = new URL("../../fixtures/import/banks-intl/", import.meta.url);
const read = (fixture: string, fileName: string) => parseStatementFile({ fileName, content: readFileSync(new URL(fixture, INTL)) });

describe("the account's last four digits from the file name", () => {
  it("Chase checking and card exports", () => {
    expect(read("chase-checking.csv", "Chase4417_Activity_20261128.CSV").account).toMatchObject({ bank: "Chase", kind: "CHECKING", cardNumber: "•••• 4417" });
    expect(read("chase-card.csv", "Chase5678_Activity20261128.CSV").account).toMatchObject({ bank: "Chase", kind: "CREDIT_CARD", cardNumber: "•••• 5678" });
  });

  it("a Bank of America card export", () => {
    expect(read("bofa-card.csv", "October2018_9999.CSV").account.cardNumber).toBe("•••• 9999");
  });

  it("nothing from a renamed file or another bank's file", () => {
    expect(read("chase-checking.csv", "activity.csv").account.cardNumber).toBeUndefined();
    expect(read("lloyds.csv", "Chase4417_Activity_20261128.CSV").account.cardNumber).toBeUndefined();
  });
});

describe("Lloyds, Halifax and Bank of Scotland by sort code", () => {
  const lloyds = readFileSync(new URL("lloyds.csv", INTL), "utf8");
  const withSortCode = (code: string) => parseStatementFile({ fileName: "statement.csv", content: Buffer.from(lloyds.replaceAll("30-00-00", code)) }).account.bank;

  it("names the bank the sort code belongs to", () => {
    expect(withSortCode("30-00-00")).toBe("Lloyds");
    expect(withSortCode("11-01-23")).toBe("Halifax");
    expect(withSortCode("80-22-60")).toBe("Bank of Scotland");
  });

  it("keeps the shared name for a sort code it does not know", () => {
    expect(withSortCode("40-11-60")).toBe("Lloyds/Halifax");
  });
});
