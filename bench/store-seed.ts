// Seeds users for the analytics-store benchmark straight in PostgreSQL, set
// based (generate_series), with the change-log triggers off for the session:
// a seeded database is "history", and the store is then built from scratch.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { TAXONOMY } from "../src/categories/taxonomy.ts";

const MERCHANTS = ["REWE", "Rewe", "Edeka", "Lidl", "Café Müller", "Netflix", "Spotify", "Amazon", "Deutsche Bahn", "Aral"];

export interface SeededPerson {
  userId: string;
  accountIds: string[];
}

/** `users` people with `perUser` transactions each over two years; returns their ids. */
export async function seedPeople(client: pg.Client, users: number, perUser: number, firstTelegramId: number): Promise<SeededPerson[]> {
  await client.query("set session_replication_role = replica");
  try {
    const ids = Array.from({ length: users }, () => randomUUID());
    await client.query(
      `insert into "User" (id, "telegramId", "chatId", "updatedAt")
       select u.id, $2::bigint + u.n, $2::bigint + u.n, now() from unnest($1::uuid[]) with ordinality as u(id, n)`,
      [ids, firstTelegramId],
    );
    await client.query(
      `insert into "Connection" (id, "userId", provider, label, "updatedAt") select gen_random_uuid(), id, 'demo', 'Demo', now() from unnest($1::uuid[]) as u(id)`,
      [ids],
    );
    await client.query(
      `insert into "Account" (id, "userId", "connectionId", "externalId", name, currency, "updatedAt")
       select gen_random_uuid(), c."userId", c.id, 'a' || k, 'Account ' || k, case when k = 2 then 'USD' else 'EUR' end, now()
       from "Connection" c, generate_series(0, 2) k where c."userId" = any($1::uuid[])`,
      [ids],
    );
    await client.query(
      `insert into "Category" (id, "userId", key, "nameEn", "nameDe", kind)
       select gen_random_uuid(), u.id, t.key, t.en, t.de, t.kind from unnest($1::uuid[]) as u(id),
         jsonb_to_recordset($2::jsonb) as t(key text, en text, de text, kind text)`,
      [ids, JSON.stringify(TAXONOMY.map((c) => ({ key: c.key, en: c.en, de: c.de, kind: c.kind })))],
    );
    // One statement per user keeps each insert's memory small.
    for (const id of ids) await insertTransactions(client, id, perUser, 0);
    await client.query(`analyze "Transaction"`);
    const acc = await client.query<{ userId: string; ids: string[] }>(
      `select "userId", array_agg(id::text order by "externalId") as ids from "Account" where "userId" = any($1::uuid[]) group by 1`,
      [ids],
    );
    const byUser = new Map(acc.rows.map((r) => [r.userId, r.ids]));
    return ids.map((userId) => ({ userId, accountIds: byUser.get(userId) ?? [] }));
  } finally {
    await client.query("set session_replication_role = origin");
  }
}

/** `n` transactions for one user, numbered from `from` (external ids t<from>..). */
export async function insertTransactions(client: pg.Client, userId: string, n: number, from: number, bookingDay?: string): Promise<void> {
  await client.query(
    `with acc as (select array_agg(id order by "externalId") as a, array_agg(currency order by "externalId") as c from "Account" where "userId" = $1),
     cat as (select array_agg(id order by key) as k from "Category" where "userId" = $1)
     insert into "Transaction" (id, "userId", "accountId", "externalId", status, "bookingDate", amount, currency, merchant, "counterpartyName", description, "categoryId", "updatedAt")
     select gen_random_uuid(), $1, acc.a[1 + g % 3], 't' || g,
       (case when g % 17 = 0 then 'PENDING' else 'BOOKED' end)::"TransactionStatus",
       coalesce($5::date, date '2023-01-01' + (g % 730)), (((g::bigint * 7919) % 200000) - 150000) / 100.0, acc.c[1 + g % 3],
       ($4::text[])[1 + g % 10], ($4::text[])[1 + g % 10] || ' GmbH', 'Purchase ' || g || ' "quoted", comma',
       cat.k[1 + g % array_length(cat.k, 1)], now()
     from acc, cat, generate_series($2::int, $2::int + $3::int - 1) g`,
    [userId, from, n, MERCHANTS, bookingDay ?? null],
  );
}

/**
 * What a sync lands: `added` new transactions and `updated` existing ones
 * changed (amount and status, as when a pending row books), in one
 * transaction, through the normal triggers.
 */
export async function landSync(client: pg.Client, userId: string, added: number, updated: number, seq: number, today: string): Promise<void> {
  await client.query("begin");
  try {
    await insertTransactions(client, userId, added, 10_000_000 + seq * added, today);
    await client.query(
      `update "Transaction" set amount = amount - 1, status = 'BOOKED' where id in (
         select id from "Transaction" where "userId" = $1 and "externalId" like 't' || $2 || '%' limit $3)`,
      [userId, seq % 10, updated],
    );
    await client.query("commit");
  } catch (e) {
    await client.query("rollback");
    throw e;
  }
}
