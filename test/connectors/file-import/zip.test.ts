// ZIP archives of statements (Sparkasse "camtPacket", bank-formats.md §2.1):
// every file read like an upload, merged per account, overlaps counted once;
// archives that are spreadsheets, encrypted, oversized or broken are refused
// with a reason.
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { ZIP_LIMITS } from "../../../connectors/file-import/zip-statement.ts";
import { fixture, importErrorOf } from "./fixture.ts";
import { zipBytes, type ZipFile } from "./zip-bytes.ts";

const parseZip = (files: ZipFile[]) => parseStatementFile({ fileName: "camtPacket_1234567890_01.12.2025-03.12.2025.zip", content: zipBytes(files) });
const errorKey = (files: ZipFile[] | Buffer) =>
  importErrorOf(() => parseStatementFile({ fileName: "a.zip", content: Buffer.isBuffer(files) ? files : zipBytes(files) })).userMessage.key;

const HEADER =
  '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"';
const row = (day: string, payee: string, amount: string, info = "Umsatz gebucht") =>
  ["DE00123456780000000000", day, day, "KARTENZAHLUNG", payee, "", "", "", "", "", "", payee, "", "", amount, "EUR", info].map((c) => `"${c}"`).join(";");
const sparkasse = (...rows: string[]) => [HEADER, ...rows].join("\r\n");

describe("ZIP archives of statements", () => {
  it("reads a camtPacket of daily CAMT files as one account, the same day twice counted once", () => {
    const camt = fixture("camt052-sparkasse.xml");
    const single = parseStatementFile({ fileName: "camt.xml", content: camt });
    const s = parseZip([
      { name: "camt_1234567890_30.12.2023.xml", data: camt },
      { name: "camt_1234567890_31.12.2023.xml", data: camt, method: "store" },
    ]);
    expect(s.format).toBe("camt053");
    expect(s.otherAccounts).toEqual([]);
    expect(s.transactions).toEqual(single.transactions);
    expect([s.openingBalance, s.closingBalance]).toEqual([single.openingBalance, single.closingBalance]);
  });

  it("merges overlapping CSV files by content: rows of the shared day once, two equal coffees still two", () => {
    const s = parseZip([
      { name: "a/umsatz-1.CSV", data: sparkasse(row("02.12.25", "CAFE", "-2,50"), row("02.12.25", "CAFE", "-2,50"), row("01.12.25", "MIETE", "-800,00")) },
      { name: "a/umsatz-2.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,00"), row("02.12.25", "CAFE", "-2,50"), row("02.12.25", "CAFE", "-2,50")) },
    ]);
    expect(s.transactions.map((t) => [t.bookingDate, t.amount])).toEqual([
      ["2025-12-02", "-2.50"],
      ["2025-12-02", "-2.50"],
      ["2025-12-01", "-800.00"],
      ["2025-12-03", "-12.00"],
    ]);
  });

  it("keeps the later file's copy of a row, so a row pending in one file and booked in the next is booked once", () => {
    const s = parseZip([
      { name: "umsatz-1.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,00", "Umsatz vorgemerkt")) },
      { name: "umsatz-2.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,00")) },
    ]);
    expect(s.transactions.map((t) => [t.status, t.amount])).toEqual([["booked", "-12.00"]]);
  });

  it("leaves out files that are no statements and says which", () => {
    const s = parseZip([
      { name: "__MACOSX/._umsatz.CSV", data: "\u0000\u0005" },
      { name: "umsatz.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,00")) },
      { name: "Hinweise.txt", data: "Bitte beachten Sie unsere neuen Entgelte." },
    ]);
    expect(s.transactions).toHaveLength(1);
    expect(s.notices).toContainEqual({ key: "import.notice.zip_skipped", params: { count: 1, files: "Hinweise.txt" } });
  });

  it("keeps the Excel message for an xlsx, which is a ZIP with xl/ entries", () => {
    expect(errorKey([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/workbook.xml", data: "<workbook/>" }])).toBe("import.error.spreadsheet");
  });

  it("refuses encrypted entries, too many entries and too much unpacked data before inflating anything", () => {
    expect(errorKey([{ name: "umsatz.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,00")), encrypted: true }])).toBe("import.error.zip_encrypted");
    const many = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}.txt`, data: "x", method: "store" as const }));
    expect(errorKey(many)).toBe("import.error.zip_too_many");
    expect(errorKey([{ name: "big.xml", data: "<x/>", declaredSize: ZIP_LIMITS.maxTotalBytes + 1 }])).toBe("import.error.zip_too_large");
  });

  it("stops inflating at the declared size when an entry inflates to more than it claims", () => {
    const bomb = { name: "camt.xml", data: Buffer.alloc(1_000_000, 0x20), declaredSize: 1000 };
    expect(errorKey([bomb])).toBe("import.error.zip_broken");
  });

  it("explains a cut-off archive, an archive of no statements, and a statement inside that cannot be read", () => {
    const whole = zipBytes([{ name: "umsatz.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,00")) }]);
    expect(errorKey(whole.subarray(0, whole.length - 30))).toBe("import.error.zip_broken");
    expect(errorKey([{ name: "Hinweise.txt", data: "nur Text" }])).toBe("import.error.zip_no_statements");
    const bad = importErrorOf(() => parseZip([{ name: "umsatz.CSV", data: sparkasse(row("03.12.25", "LIDL", "-12,0x0")) }]));
    expect(bad.userMessage).toMatchObject({ key: "import.error.zip_entry", params: { file: "umsatz.CSV" } });
    expect(bad.message).toContain("'Betrag'");
  });
});
