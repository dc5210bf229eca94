// Guesses how a CSV file of unknown origin is laid out. Every uncertainty
// lowers the confidence and is named, so the bot can ask instead of guessing.
import { isBlankRow, tokenizeCsv, trimTrailingEmpty, trimTrailingUnnamed, type CsvRow } from "./csv-tokenize.ts";
import { rolesFromHeaders, rolesFromShape } from "./csv-roles.ts";
import { DATE_FORMATS, parseDate, slashParts } from "./dates.ts";
import { ImportError } from "./errors.ts";
import { parseAmount } from "../../src/format/decimal.ts";
import type { ColumnRole, CsvDelimiter, CsvDoubt, CsvGuess, DateFormat, DecimalSeparator } from "./types.ts";

export const CONFIDENCE_THRESHOLD = 0.8;
const DELIMITERS: CsvDelimiter[] = [";", ",", "\t", "|"];
// A sign doubt always asks: read the wrong way round, every charge becomes money in.
const DOUBT_FACTOR: Record<CsvDoubt, number> = { "ambiguous-date": 0.5, "ambiguous-decimal": 0.7, "no-header": 0.6, "roles-by-shape": 0.7, "amount-sign": 0.5 };
/** Share of positive amounts from which a file looks like a card export writing charges positive. */
const MOSTLY_POSITIVE = 0.75;
const MIN_SIGNED_ROWS = 3;

export function guessCsv(text: string, defaultCurrency: string): CsvGuess {
  const { delimiter, rows, untrimmed, width } = pickDelimiter(text);
  const headerIndex = rows.findIndex((r, i) => i < 30 && r.cells.length >= width - 1 && rolesFromHeaders(r.cells).some(isKeyRole));
  const header = headerIndex >= 0 ? { line: rows[headerIndex]!.line, cells: withUnnamedEnd(untrimmed[headerIndex]!.cells) } : undefined;
  const data = (header ? rows.slice(headerIndex + 1) : rows.filter((r) => r.cells.length >= width - 1)).slice(0, 200);
  if (data.length === 0) throw new ImportError("import.error.no_rows");
  const cellsOf = data.map((r) => r.cells);

  const doubts: CsvDoubt[] = [];
  if (!header) doubts.push("no-header");
  const named = header ? rolesFromHeaders(header.cells).map((r, i) => (i === unnamedEnd(header.cells) ? "ignore" : r)) : Array.from({ length: width }, () => null);
  const { roles, byShape } = rolesFromShape(named, cellsOf);
  if (byShape && !header) doubts.push("roles-by-shape");

  const valuesOf = (role: ColumnRole) => cellsOf.flatMap((c) => roles.flatMap((r, i) => (r === role ? [(c[i] ?? "").trim()] : []))).filter(Boolean);
  const decimal = guessDecimal([...valuesOf("amount"), ...valuesOf("debit"), ...valuesOf("credit")], delimiter);
  if (decimal.ambiguous) doubts.push("ambiguous-decimal");
  const date = guessDateFormat([...valuesOf("date"), ...valuesOf("valueDate")], decimal.separator);
  if (date.ambiguous) doubts.push("ambiguous-date");
  if (mostlyPositive(valuesOf("amount"), decimal.separator)) doubts.push("amount-sign");

  const confidence = doubts.reduce((c, d) => c * DOUBT_FACTOR[d], 1);
  return {
    delimiter,
    decimalSeparator: decimal.separator,
    dateFormat: date.format,
    headerLine: header?.line ?? null,
    columns: roles.map((role, index) => ({ index, header: header?.cells[index]?.trim() ?? null, role })),
    currency: defaultCurrency,
    confidence: Math.round(confidence * 100) / 100,
    doubts,
    sampleRows: cellsOf.slice(0, 5),
  };
}

/**
 * The header's cells, keeping one unnamed column where the line ends in a
 * delimiter: rows may fill it with a marker (NewDay's "CR"), and without it
 * such rows would be one wider than the header.
 */
function withUnnamedEnd(cells: string[]): string[] {
  const named = trimTrailingUnnamed(cells);
  return named.length < cells.length ? [...named, ""] : named;
}

/** Index of that unnamed last column, -1 when the header has none; it is read as nothing. */
function unnamedEnd(cells: readonly string[]): number {
  return cells.length > 0 && cells.at(-1) === "" ? cells.length - 1 : -1;
}

function isKeyRole(role: ColumnRole | null): boolean {
  return role === "date" || role === "amount" || role === "debit" || role === "credit";
}

/** The delimiter that splits the most rows into the same number of cells. */
function pickDelimiter(text: string): { delimiter: CsvDelimiter; rows: CsvRow[]; untrimmed: CsvRow[]; width: number } {
  let best: { delimiter: CsvDelimiter; rows: CsvRow[]; untrimmed: CsvRow[]; width: number; score: number } | null = null;
  let firstError: unknown = null;
  for (const delimiter of DELIMITERS) {
    let rows: CsvRow[];
    try {
      rows = tokenizeCsv(text, delimiter).filter((r) => !isBlankRow(r));
    } catch (err) {
      // A quote may only look unclosed under the wrong delimiter; try the next.
      firstError ??= err;
      continue;
    }
    const untrimmed = rows;
    rows = rows.map((r) => ({ ...r, cells: trimTrailingEmpty(r.cells) }));
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
    const [width, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    if (width < 2) continue;
    const score = (n / rows.length) * Math.log2(width + 1);
    if (!best || score > best.score) best = { delimiter, rows, untrimmed, width, score };
  }
  if (best) return best;
  if (firstError) throw firstError;
  throw new ImportError("import.error.no_columns");
}

/**
 * One signed amount column where most rows are positive: an account's rows are
 * mostly money out, so such a file may be a card export writing charges
 * positive (Amex, Discover), and no header says which. Asked, never assumed.
 */
function mostlyPositive(amounts: readonly string[], separator: DecimalSeparator): boolean {
  const signs = amounts.map((v) => parseAmount(v.replace(/\s*[A-Z]{3}$|\s*[€$£]$|^[€$£]\s*/g, ""), separator)).filter((a): a is string => a !== null && !/^-?0(?:\.0+)?$/.test(a));
  if (signs.length < MIN_SIGNED_ROWS) return false;
  return signs.filter((a) => !a.startsWith("-")).length / signs.length >= MOSTLY_POSITIVE;
}

function guessDecimal(values: string[], delimiter: CsvDelimiter): { separator: DecimalSeparator; ambiguous: boolean } {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    const lastComma = v.lastIndexOf(",");
    const lastDot = v.lastIndexOf(".");
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) comma++;
      else dot++;
      continue;
    }
    const sep = lastComma >= 0 ? "," : lastDot >= 0 ? "." : null;
    if (!sep) continue;
    const decimals = v.replace(/-$/, "").length - v.lastIndexOf(sep) - 1;
    const repeated = v.indexOf(sep) !== v.lastIndexOf(sep);
    // "1.234" could be grouping or three decimals; only the rest decide.
    if (!repeated && decimals === 3) continue;
    // A repeated separator groups thousands, so the decimal is the other one.
    if ((sep === ",") !== repeated) comma++;
    else dot++;
  }
  if (comma === dot) return { separator: delimiter === "," ? "." : ",", ambiguous: values.length > 0 };
  return { separator: comma > dot ? "," : ".", ambiguous: comma > 0 && dot > 0 };
}

function guessDateFormat(values: string[], decimal: DecimalSeparator): { format: DateFormat; ambiguous: boolean } {
  const fits = DATE_FORMATS.filter((f) => values.length > 0 && values.every((v) => parseDate(v, f) !== null));
  if (fits.includes("DD/MM/YYYY") && fits.includes("MM/DD/YYYY")) {
    const parts = values.map(slashParts).filter((p) => p !== null);
    if (parts.some(([a]) => a > 12)) return { format: "DD/MM/YYYY", ambiguous: false };
    if (parts.some(([, b]) => b > 12)) return { format: "MM/DD/YYYY", ambiguous: false };
    // Dot decimals suggest an American export; it stays a question either way.
    return { format: decimal === "." ? "MM/DD/YYYY" : "DD/MM/YYYY", ambiguous: true };
  }
  const [format] = fits;
  return format ? { format, ambiguous: false } : { format: "YYYY-MM-DD", ambiguous: true };
}
