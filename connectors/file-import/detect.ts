// The format comes from the content: people rename files, and banks hand out
// ".txt" MT940s and ".csv" files that are really something else.
import { COMDIRECT_HEADER_RE } from "./comdirect.ts";
import { ImportError } from "./errors.ts";
import { MT940_RE } from "./mt940.ts";
import { OFX_RE } from "./ofx.ts";
import { findProfile } from "./profiles/index.ts";
import type { StatementFormat } from "./types.ts";

/** Throws for content that is known not to be a statement (PDF, old Excel); ZIP archives, xlsx among them, are unpacked before. */
export function rejectBinary(content: Uint8Array): void {
  const head = Buffer.from(content.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF")) throw new ImportError("import.error.pdf");
  // XLS is an OLE compound file.
  if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) throw new ImportError("import.error.spreadsheet");
}

export function detectFormat(text: string): StatementFormat | null {
  const head = text.slice(0, 4096);
  if (/<(?:\w+:)?(?:BkToCstmrStmt|BkToCstmrAcctRpt)\b/.test(text)) return "camt053";
  if (OFX_RE.test(head)) return "ofx";
  if (MT940_RE.test(head) && /^:(?:60[FM]|61|62[FM]):/m.test(text)) return "mt940";
  if (COMDIRECT_HEADER_RE.test(text)) return "comdirect-csv";
  if (findProfile(text)) return "bank-csv";
  if (/^\s*</.test(head) || text.includes("\u0000")) return null;
  const lines = head.split("\n").filter((l) => l.trim() !== "");
  return lines.length >= 2 && lines.some((l) => /[,;\t|]/.test(l)) ? "generic-csv" : null;
}
