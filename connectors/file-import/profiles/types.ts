// A named bank export: one bank's CSV layout as it really comes out of its
// online banking (../shared/bank-formats.md §1). Profiles are tried in list
// order before the generic CSV detector, which stays the fallback.
import type { ParsedStatement } from "../types.ts";

export interface BankCsvProfile {
  /** Stable id, kebab-case: "dkb-2023", "sparkasse-camt-v2", "paypal". */
  id: string;
  /** Bank name as people say it; names the account ("DKB Girokonto"). */
  bank: string;
  /**
   * True when the decoded text (preamble and header line) is this bank's
   * export. Must be cheap and must not match another profile's fixtures.
   */
  detect(text: string): boolean;
  /**
   * Reads the whole file. Throws ImportError with line and field for a row
   * that cannot be read; returns format "bank-csv" with `profile` set to id.
   */
  parse(text: string, defaultCurrency: string): ParsedStatement;
}
