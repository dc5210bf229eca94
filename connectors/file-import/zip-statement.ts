// A ZIP archive of statement files (Sparkasse "camtPacket_<account>_<from>-<to>.zip",
// one camt.052 per day, bank-formats.md §2.1): every CAMT, MT940, OFX or CSV
// file in it is read like an upload of its own, and the results merge into
// one statement per account. An Excel or OpenDocument file is a ZIP too; it
// keeps its own message.
import { msg } from "../../src/i18n/message.ts";
import { ImportError } from "./errors.ts";
import { mergeStatements } from "./statement-merge.ts";
import type { ParsedStatement } from "./types.ts";
import { readZip, zipNames, type ZipEntry } from "./zip-reader.ts";

// A year of daily files, and no more unpacked than an upload may be.
export const ZIP_LIMITS = { maxEntries: 400, maxTotalBytes: 50 * 1024 * 1024 };
// Files beside the statements are left out and named in a notice; an archive inside the archive is one of them.
const NOT_A_STATEMENT = new Set(["import.error.unknown_format", "import.error.pdf", "import.error.spreadsheet", "import.error.empty_file"]);

/** Reads one file of the archive; the same function that reads an upload. */
export type ParseEntry = (entry: { fileName: string; content: Uint8Array }) => ParsedStatement;

export function parseZipStatement(content: Uint8Array, parseEntry: ParseEntry): ParsedStatement {
  const names = zipNames(content);
  // xlsx keeps its sheets under xl/, ods names its type in "mimetype".
  if (names.some((n) => n.startsWith("xl/")) || names.includes("mimetype")) throw new ImportError("import.error.spreadsheet");
  const files = readZip(content, ZIP_LIMITS).filter((e) => !isMetadata(e.name));
  const statements: ParsedStatement[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const parsed = readEntry(file, parseEntry);
    if (parsed) statements.push(parsed);
    else skipped.push(file.name);
  }
  if (statements.length === 0) throw new ImportError("import.error.zip_no_statements");
  const merged = mergeStatements(statements);
  if (skipped.length === 0) return merged;
  const notice = msg("import.notice.zip_skipped", { count: skipped.length, files: skipped.join(", ") });
  return { ...merged, notices: [...(merged.notices ?? []), notice] };
}

/** The entry's statement; null for a file that is no statement (a readme, a PDF). */
function readEntry(file: ZipEntry, parseEntry: ParseEntry): ParsedStatement | null {
  let parsed: ParsedStatement;
  try {
    parsed = parseEntry({ fileName: baseName(file.name), content: file.data });
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    if (NOT_A_STATEMENT.has(err.userMessage.key)) return null;
    throw new ImportError("import.error.zip_entry", { params: { file: file.name }, detail: err.message, cause: err });
  }
  // The person could not be asked about a file inside an archive: parseWithGuess reads the upload itself.
  if (parsed.needsConfirmation) throw new ImportError("import.error.zip_entry_needs_questions", { params: { file: file.name } });
  return parsed;
}

/** Folders' entries and what macOS adds to archives it makes. */
function isMetadata(name: string): boolean {
  return name.startsWith("__MACOSX/") || baseName(name).startsWith("._") || baseName(name) === ".DS_Store";
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}
