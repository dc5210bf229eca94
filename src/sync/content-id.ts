// Ids for sources that do not give stable ones (CSV exports, some banks'
// pending rows). The id must come out the same every time the same row is
// seen, in this file or the next overlapping one, so re-importing adds nothing.
import { createHash } from "node:crypto";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import { parseDecimal } from "../format/decimal.ts";

/** "-12.30", "-12.3" and "-012.300" are the same amount and must hash the same. */
export function canonicalAmount(amount: string): string {
  const { units, scale } = parseDecimal(amount);
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  const negative = u < 0n;
  const digits = (negative ? -u : u).toString().padStart(s + 1, "0");
  const body = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
  return negative ? `-${body}` : body;
}

/** Banks re-wrap and re-case text between exports; whitespace and case carry no identity. */
function canonicalText(text: string | null | undefined): string {
  return (text ?? "").normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

export function contentHash(tx: Pick<NormalizedTransaction, "bookingDate" | "amount" | "currency" | "counterpartyName" | "description">): string {
  const parts = [tx.bookingDate, canonicalAmount(tx.amount), tx.currency.toUpperCase(), canonicalText(tx.counterpartyName), canonicalText(tx.description)];
  // A unit separator cannot occur in the parts, so ("a b", "c") and ("a", "b c") differ.
  return createHash("sha256").update(parts.join("\u001f")).digest("hex").slice(0, 32);
}

/**
 * Gives every row an externalId: the provider's when present, otherwise
 * "c:<hash>:<n>" where n counts identical rows (two 2.50 coffees on one day)
 * in the order the source lists them.
 */
export function withExternalIds<T extends NormalizedTransaction>(rows: readonly T[]): (T & { externalId: string })[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    if (row.externalId) return { ...row, externalId: row.externalId };
    const hash = contentHash(row);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return { ...row, externalId: `c:${hash}:${n}` };
  });
}
