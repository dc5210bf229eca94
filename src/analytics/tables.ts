// The shape of one user's data inside DuckDB, and the PostgreSQL selects that
// fill it. A full load binds the user through the session setting
// `kontor.user_id` (set with a bind parameter), because COPY cannot take
// parameters and a user id must never be spliced into SQL text; the
// incremental path (change-log.ts) runs the same selects with bind parameters.
export interface TableDef {
  name: "tx" | "accounts" | "balances" | "categories";
  /** DuckDB column name → type, in select order. The first column is the row id. */
  columns: ReadonlyArray<readonly [string, string]>;
  /** Select list over `from`. */
  select: string;
  /** FROM clause; its main table is aliased `r` and has "userId" and id. */
  from: string;
  /** Kind written by the change-log trigger for rows of this table. */
  kind: "tx" | "account" | "balance" | "category";
}

const USER = `current_setting('kontor.user_id')::uuid`;

export const TABLES: readonly TableDef[] = [
  {
    name: "tx",
    kind: "tx",
    columns: [
      // UUID, not VARCHAR: applying a sync deletes its rows by id, and a scan
      // of 16-byte values is ~5× faster than of 36-character strings.
      ["id", "UUID"],
      ["account_id", "VARCHAR"],
      ["booking_date", "DATE"],
      ["amount", "DECIMAL(38,18)"],
      ["currency", "VARCHAR"],
      ["counterparty", "VARCHAR"],
      ["merchant", "VARCHAR"],
      ["description", "VARCHAR"],
      ["category_key", "VARCHAR"],
      ["category_kind", "VARCHAR"],
      ["status", "VARCHAR"],
      // The canonical merchant (merchant above is its display name) and, for a
      // matched own-account transfer, the other half's row id.
      ["merchant_id", "VARCHAR"],
      ["transfer_peer_id", "VARCHAR"],
      // A refund's shop category (Transaction.refundOfKey). Last, because
      // applyDelta reads cells by position (store-file.ts).
      ["refund_of", "VARCHAR"],
      // The currency a card payment abroad was made in (CHF), where the bank says: where it was spent.
      ["original_currency", "VARCHAR"],
      // …and the amount in it: "spent in dollars" counts a dollar payment from a euro account in dollars.
      ["original_amount", "DECIMAL(38,18)"],
      // The value date, one source of the purchase day (purchase-day.ts), which is added after these columns.
      ["value_date", "DATE"],
      // The bank's payment type ("Direct Debit", "Standing order", "KARTENZAHLUNG"): "total direct debits" (payment-types.ts).
      ["transaction_type", "VARCHAR"],
      // The other side's IBAN, whose first letters are its country: "how much did we send to Turkey" (sent-to.ts).
      ["counterparty_iban", "VARCHAR"],
    ],
    select: `r.id, r."accountId", r."bookingDate", r.amount, r.currency, r."counterpartyName", r.merchant,
      r.description, c.key, c.kind, r.status, r."merchantId", r."transferPeerId", r."refundOfKey", r."originalCurrency", r."originalAmount", r."valueDate", r."transactionType", r."counterpartyIban"`,
    from: `"Transaction" r left join "Category" c on c.id = r."categoryId" and c."userId" = r."userId"`,
  },
  {
    name: "accounts",
    kind: "account",
    columns: [
      ["id", "VARCHAR"],
      ["name", "VARCHAR"],
      ["type", "VARCHAR"],
      ["currency", "VARCHAR"],
    ],
    select: `r.id, r.name, r.type, r.currency`,
    from: `"Account" r`,
  },
  {
    name: "balances",
    kind: "balance",
    columns: [
      ["id", "VARCHAR"],
      ["account_id", "VARCHAR"],
      ["as_of", "TIMESTAMP"],
      // The calendar day in the user's time zone: periods are calendar days.
      ["as_of_date", "DATE"],
      ["kind", "VARCHAR"],
      ["amount", "DECIMAL(38,18)"],
      ["currency", "VARCHAR"],
    ],
    select: `r.id, r."accountId", (r."asOf" at time zone 'UTC'), (r."asOf" at time zone u.timezone)::date, r.kind, r.amount, r.currency`,
    from: `"BalanceSnapshot" r join "User" u on u.id = r."userId"`,
  },
  {
    name: "categories",
    kind: "category",
    columns: [
      ["id", "VARCHAR"],
      ["key", "VARCHAR"],
      ["name_en", "VARCHAR"],
      ["name_de", "VARCHAR"],
      ["kind", "VARCHAR"],
    ],
    select: `r.id, r.key, r."nameEn", r."nameDe", r.kind`,
    from: `"Category" r`,
  },
];

/** The select a full load copies out: every row of the user named by `kontor.user_id`. */
export function fullSelect(t: TableDef): string {
  return `select ${t.select} from ${t.from} where r."userId" = ${USER}`;
}

/** Rough bytes per row in DuckDB (columnar, compressed); only feeds the LRU budget. */
export const BYTES_PER_ROW: Record<TableDef["name"], number> = { tx: 240, accounts: 120, balances: 80, categories: 100 };
export const BASE_BYTES = 2 * 1024 * 1024;
