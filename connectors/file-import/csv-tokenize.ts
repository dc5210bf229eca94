// RFC 4180 with the tolerance real exports need: quotes only open a field at
// its start, doubled quotes escape, quoted fields may span lines.
import { ImportError } from "./errors.ts";

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export function tokenizeCsv(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new ImportError("import.error.unclosed_quote", { line: quoteLine });
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        cell += q;
        i++;
      }
      atFieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      atFieldStart = true;
    } else if (ch === "\n") {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
      atFieldStart = true;
    } else {
      cell += ch;
      atFieldStart = false;
    }
    i++;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

export function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((c) => c.trim() === "");
}

/**
 * A header's cells without the empty ones a trailing delimiter leaves. A cell
 * that holds only spaces still names a column: VR's old export heads its S/H
 * flag with " ", and the data rows fill it.
 */
export function trimTrailingUnnamed(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** Drops empty cells at the end: many exports end each line with a delimiter. */
export function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === "") end--;
  return cells.slice(0, end);
}

/**
 * A header's named cells, plus one unnamed column where the header line ends
 * in a delimiter: NewDay's "Date Processed,Description,Amount," fills that
 * fourth column with "CR" on payments and refunds, so rows may be one wider
 * than the names. Cells are trimmed; the unnamed column is "".
 */
export function headerWithUnnamedEnd(cells: string[]): string[] {
  const named = trimTrailingEmpty(cells).map((c) => c.trim());
  return named.length < cells.length ? [...named, ""] : named;
}
