import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../connectors/file-import/index.ts";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { fixture, importErrorOf, parseFixture } from "./fixture.ts";
import { parseStatementFile } from "../../../connectors/file-import/parse.ts";
import { zipBytes } from "./zip-bytes.ts";

describe("format detection", () => {
  it.each([
    ["comdirect-girokonto.csv", "comdirect-csv"],
    ["comdirect-visa.csv", "comdirect-csv"],
    ["generic-en.csv", "generic-csv"],
    ["generic-de.csv", "generic-csv"],
    ["camt053.xml", "camt053"],
    ["mt940.sta", "mt940"],
    ["ofx1.ofx", "ofx"],
    ["ofx2.ofx", "ofx"],
  ])("recognises %s as %s from its content, whatever the file is called", (name, format) => {
    expect(detectFormat(decodeText(fixture(name)))).toBe(format);
    expect(parseFixture(name, "statement.pdf").format).toBe(format);
  });

  it("explains PDFs and Excel files instead of failing on them as text", () => {
    const pdf = importErrorOf(() => parseStatementFile({ fileName: "a.csv", content: Buffer.from("%PDF-1.7\n...") }));
    expect(pdf.userMessage.key).toBe("import.error.pdf");
    // xlsx is a ZIP with its sheets under xl/ (other ZIPs are unpacked as statement archives); xls an OLE file.
    const xlsxBytes = zipBytes([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" }]);
    const xlsx = importErrorOf(() => parseStatementFile({ fileName: "a.csv", content: xlsxBytes }));
    expect(xlsx.userMessage.key).toBe("import.error.spreadsheet");
    const xls = importErrorOf(() => parseStatementFile({ fileName: "a.xls", content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }));
    expect(xls.userMessage.key).toBe("import.error.spreadsheet");
  });

  it("names the file when nothing fits, and refuses empty files", () => {
    const err = importErrorOf(() => parseStatementFile({ fileName: "notes.txt", content: Buffer.from("just some words") }));
    expect(err.userMessage).toEqual({ key: "import.error.unknown_format", params: { file: "notes.txt" } });
    expect(importErrorOf(() => parseStatementFile({ fileName: "e.csv", content: Buffer.alloc(0) })).userMessage.key).toBe("import.error.empty_file");
  });
});

describe("decoding", () => {
  it("reads UTF-8 with BOM, plain UTF-8 and Windows-1252, with unified line ends", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from("Größe\r\n")]))).toBe("Größe\n");
    expect(decodeText(Buffer.from("Größe €", "utf8"))).toBe("Größe €");
    expect(decodeText(Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x80, 0x0d]))).toBe("Größe €\n");
  });
});
