// "biggest purchases" over accounts in several currencies: the list query
// ranks by face value, which puts $55 above €50 and £45. A list ranked by value
// is ranked again here by each row's amount in the base currency at its booking
// day's ECB rate (exact decimals, as totals are converted in convert.ts); every
// row is still shown in its own currency. A currency lacking a rate for any of
// its rows cannot be ranked against the others: its rows follow the ranked
// ones, and the answer says so.
import { decimalCmp } from "../format/decimal.ts";
import type { FxRates } from "../fx/types.ts";
import { LIST_PAGE } from "./compile-list.ts";
import type { QuerySpec } from "./query-spec.ts";
import type { JsonRow } from "./user-db.ts";

export interface RankedList {
  /** The page asked for. */
  rows: JsonRow[];
  /** Currencies ranked by their converted amounts, with how many rows of each. */
  converted: Map<string, number>;
  unconverted: Set<string>;
}

/** A transaction list ordered by amount; a currency filter asks for one currency, which needs no rate. */
export const ranksByValue = (spec: QuerySpec): boolean => spec.groupBy === "transaction" && (spec.sort === "value_desc" || spec.sort === "value_asc") && !spec.filters.currency;

/** `rows`: every matching row in the list query's order (key = booking date). */
export async function rankInBase(rows: JsonRow[], spec: QuerySpec, base: string, fx: FxRates): Promise<RankedList> {
  const inBase: (string | null)[] = [];
  for (const r of rows) {
    const currency = String(r.currency);
    inBase.push(currency === base ? String(r.v_sum) : ((await fx.convert(String(r.v_sum), currency, base, String(r.key)))?.amount ?? null));
  }
  const unconverted = new Set(rows.filter((_, i) => inBase[i] === null).map((r) => String(r.currency)));
  const converted = new Map<string, number>();
  for (const r of rows) {
    const currency = String(r.currency);
    if (currency !== base && !unconverted.has(currency)) converted.set(currency, (converted.get(currency) ?? 0) + 1);
  }
  const direction = spec.sort === "value_desc" ? -1 : 1;
  const entries = rows.map((r, i) => ({ r, i, value: unconverted.has(String(r.currency)) ? null : inBase[i]! }));
  // Ties keep the query's order (the later booking first); rows that cannot be ranked keep theirs, per currency.
  entries.sort((a, b) => {
    if (a.value !== null && b.value !== null) return direction * decimalCmp(a.value, b.value) || a.i - b.i;
    if (a.value !== null || b.value !== null) return a.value === null ? 1 : -1;
    return String(a.r.currency).localeCompare(String(b.r.currency)) || a.i - b.i;
  });
  const offset = spec.offset ?? 0;
  return { rows: entries.slice(offset, offset + (spec.limit ?? LIST_PAGE)).map((e) => e.r), converted, unconverted };
}
