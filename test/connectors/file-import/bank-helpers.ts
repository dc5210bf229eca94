// Test helpers for the bank fixtures: amounts as integer cents, so sums in
// the tests never go through floats or through the parser's own arithmetic.
import { readdirSync } from "node:fs";
import type { NormalizedTransaction } from "../../../connectors/types.ts";
import type { StatementBalance, StatementPart } from "../../../connectors/file-import/types.ts";
import { parseFixture } from "./fixture.ts";

export function cents(amount: string): bigint {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`not a canonical amount: ${amount}`);
  const value = BigInt(`${m[2]}${m[3]}`);
  return m[1] ? -value : value;
}

export function sumCents(transactions: readonly NormalizedTransaction[]): bigint {
  return transactions.reduce((total, t) => total + cents(t.amount), 0n);
}

/** closing - opening, the movement the statement itself states. */
export function statedMovement(part: StatementPart): bigint {
  const [open, close] = [part.openingBalance, part.closingBalance] as (StatementBalance | undefined)[];
  if (!open || !close) throw new Error("statement states no opening and closing balance");
  return cents(close.amount) - cents(open.amount);
}

export const bank = (name: string) => parseFixture(`banks/${name}`, "export.csv");

/** Short rows for exact comparisons: [status, booking day, amount, counterparty]. */
export const brief = (t: NormalizedTransaction) => [t.status, t.bookingDate, t.amount, t.counterpartyName ?? null];

/** Every fixture file under test/fixtures/import, as paths relative to it ("banks/dkb-2023.csv"). */
export function allFixturePaths(): string[] {
  const root = new URL("../../fixtures/import/", import.meta.url);
  return readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(csv|xml|sta|ofx|txt|qfx|tsv)$/i.test(f));
}
