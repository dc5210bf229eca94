// Entry point for a statement file: unpack, decode, detect, dispatch. Generic
// CSV carries its guess along when the detection was unsure.
import { parseCamt053 } from "./camt053.ts";
import { parseComdirect } from "./comdirect.ts";
import { CONFIDENCE_THRESHOLD, guessCsv } from "./csv-detect.ts";
import { decodeText } from "./decode.ts";
import { detectFormat, rejectBinary } from "./detect.ts";
import { ImportError } from "./errors.ts";
import { parseCsvWithGuess } from "./generic-csv.ts";
import { parseMt940 } from "./mt940.ts";
import { parseOfx } from "./ofx.ts";
import { findProfile } from "./profiles/index.ts";
import { isZip } from "./zip-reader.ts";
import { parseZipStatement } from "./zip-statement.ts";
import type { CsvGuess, ParsedStatement, StatementFormat } from "./types.ts";
import { msg } from "../../src/i18n/message.ts";
import { withComdirectFileNumber, withFileNameAccount } from "./file-name-account.ts";

export interface StatementFileInput {
  fileName: string;
  content: Uint8Array;
  /** Used where the file names no currency (most CSVs); EUR when absent. */
  defaultCurrency?: string;
}

export function parseStatementFile(input: StatementFileInput): ParsedStatement {
  if (isZip(input.content)) return parseZipStatement(input.content, (entry) => parseOneFile({ ...input, ...entry }));
  return parseOneFile(input);
}

/** A file that is no archive; inside an archive, a further archive is no statement either. */
function parseOneFile(input: StatementFileInput): ParsedStatement {
  const currency = input.defaultCurrency ?? "EUR";
  if (input.content.length === 0) throw new ImportError("import.error.empty_file");
  if (isZip(input.content)) throw new ImportError("import.error.unknown_format", { params: { file: input.fileName } });
  rejectBinary(input.content);
  const text = decodeText(input.content);
  if (text.trim() === "") throw new ImportError("import.error.empty_file");
  const format = detectFormat(text);
  const parsed = parseText(text, format, input.fileName, currency);
  return format === "comdirect-csv" || format === "bank-csv" || format === "generic-csv" ? withExcelNotice(parsed, text) : parsed;
}

function parseText(text: string, format: StatementFormat | null, fileName: string, currency: string): ParsedStatement {
  switch (format) {
    case "comdirect-csv":
      return withComdirectFileNumber(parseComdirect(text), fileName);
    case "camt053":
      return parseCamt053(text, currency);
    case "mt940":
      return parseMt940(text, currency);
    case "ofx":
      return parseOfx(text, currency);
    case "bank-csv": {
      const profile = findProfile(text);
      if (!profile) throw new ImportError("import.error.unknown_format", { params: { file: fileName } });
      return withFileNameAccount(profile.parse(text, currency), fileName);
    }
    case "generic-csv":
      return parseGenericCsv(text, currency);
    case null:
      throw new ImportError("import.error.unknown_format", { params: { file: fileName } });
  }
}

// bank-formats.md §0.7: Excel turns long references into "6,17761250170673E+025"
// and drops trailing zeros; the file still reads, but the person should know.
const EXCEL_NUMBER_RE = /(?:^|[;,"])\s*(-?\d+,\d+E\+\d{2,3})\s*(?=[;,"]|$)/m;

function withExcelNotice(parsed: ParsedStatement, text: string): ParsedStatement {
  const value = EXCEL_NUMBER_RE.exec(text)?.[1];
  if (!value) return parsed;
  return { ...parsed, notices: [...(parsed.notices ?? []), msg("import.notice.excel_touched", { value })] };
}

/** Re-reads a generic CSV with the layout the person confirmed or corrected. */
export function parseWithGuess(content: Uint8Array, guess: CsvGuess): ParsedStatement {
  return parseCsvWithGuess(decodeText(content), guess);
}

function parseGenericCsv(text: string, currency: string): ParsedStatement {
  const guess = guessCsv(text, currency);
  const parsed = parseCsvWithGuess(text, guess);
  return guess.confidence < CONFIDENCE_THRESHOLD ? { ...parsed, needsConfirmation: guess } : parsed;
}
