// Entry point for a statement file: decode, detect, dispatch. Generic CSV
// carries its guess along when the detection was unsure.
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
import type { CsvGuess, ParsedStatement } from "./types.ts";

export interface StatementFileInput {
  fileName: string;
  content: Uint8Array;
  /** Used where the file names no currency (most CSVs); EUR when absent. */
  defaultCurrency?: string;
}

export function parseStatementFile(input: StatementFileInput): ParsedStatement {
  const currency = input.defaultCurrency ?? "EUR";
  if (input.content.length === 0) throw new ImportError("import.error.empty_file");
  rejectBinary(input.content);
  const text = decodeText(input.content);
  if (text.trim() === "") throw new ImportError("import.error.empty_file");
  switch (detectFormat(text)) {
    case "comdirect-csv":
      return parseComdirect(text);
    case "camt053":
      return parseCamt053(text, currency);
    case "mt940":
      return parseMt940(text, currency);
    case "ofx":
      return parseOfx(text, currency);
    case "bank-csv": {
      const profile = findProfile(text);
      if (!profile) throw new ImportError("import.error.unknown_format", { params: { file: input.fileName } });
      return profile.parse(text, currency);
    }
    case "generic-csv":
      return parseGenericCsv(text, currency);
    case null:
      throw new ImportError("import.error.unknown_format", { params: { file: input.fileName } });
  }
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
