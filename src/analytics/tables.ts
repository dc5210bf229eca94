// The shape of one user's data inside DuckDB, and the PostgreSQL selects that
// fill it. Every select is bound to the user through the session setting
// `kontor.user_id` (set with a bind parameter), because COPY cannot take
// parameters and a user id must never be spliced into SQL text.
export interface TableDef {
  name: "tx" | "accounts" | "balances" | "categories";
  /** DuckDB column name → type, in select order. */
  columns: ReadonlyArray<readonly [string, string]>;
  pgSelect: string;
}

const USER = `current_setting('kontor.user_id')::uuid`;

export const TABLES: readonly TableDef[] = [
  {
    name: "tx",
    columns: [
      ["id", "VARCHAR"],
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
    ],
    pgSelect: `select t.id, t."accountId", t."bookingDate", t.amount, t.currency, t."counterpartyName", t.merchant,
      t.description, c.key, c.kind, t.status, t."merchantId", t."transferPeerId"
      from "Transaction" t left join "Category" c on c.id = t."categoryId" and c."userId" = t."userId"
      where t."userId" = ${USER}`,
  },
  {
    name: "accounts",
    columns: [
      ["id", "VARCHAR"],
      ["name", "VARCHAR"],
      ["type", "VARCHAR"],
      ["currency", "VARCHAR"],
    ],
    pgSelect: `select id, name, type, currency from "Account" where "userId" = ${USER}`,
  },
  {
    name: "balances",
    columns: [
      ["account_id", "VARCHAR"],
      ["as_of", "TIMESTAMP"],
      // The calendar day in the user's time zone: periods are calendar days.
      ["as_of_date", "DATE"],
      ["kind", "VARCHAR"],
      ["amount", "DECIMAL(38,18)"],
      ["currency", "VARCHAR"],
    ],
    pgSelect: `select b."accountId", (b."asOf" at time zone 'UTC'), (b."asOf" at time zone u.timezone)::date, b.kind, b.amount, b.currency
      from "BalanceSnapshot" b join "User" u on u.id = b."userId"
      where b."userId" = ${USER}`,
  },
  {
    name: "categories",
    columns: [
      ["key", "VARCHAR"],
      ["name_en", "VARCHAR"],
      ["name_de", "VARCHAR"],
      ["kind", "VARCHAR"],
    ],
    pgSelect: `select key, "nameEn", "nameDe", kind from "Category" where "userId" = ${USER}`,
  },
];

/** Rough bytes per row in DuckDB (columnar, compressed); only feeds the LRU budget. */
export const BYTES_PER_ROW: Record<TableDef["name"], number> = { tx: 240, accounts: 120, balances: 80, categories: 100 };
export const BASE_BYTES = 2 * 1024 * 1024;
