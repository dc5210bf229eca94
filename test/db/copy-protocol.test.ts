// COPY over a plain pg client (src/db/copy-protocol.ts): when the server
// refuses the statement, the caller gets the error, not a promise that never
// settles, and the connection stays usable.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyOut } from "../../src/analytics/pg-copy.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  t = await createTestDatabase();
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await t?.drop();
});

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);

it("a COPY the server refuses rejects with the server's error", async () => {
  await expect(within(copyOut(client, `copy (select "noSuchColumn" from "Transaction") to stdout`, () => {}), 5000)).rejects.toThrow(/noSuchColumn/);
  expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
});

it("a COPY that fails after sending rows rejects too, inside a transaction that can be rolled back", async () => {
  const chunks: Buffer[] = [];
  await client.query("begin");
  await expect(within(copyOut(client, "copy (select 10 / (3 - g) from generate_series(1, 5) g) to stdout", (c) => chunks.push(c)), 5000)).rejects.toThrow(/division by zero/);
  await client.query("rollback");
  expect((await client.query("select 2 as two")).rows).toEqual([{ two: 2 }]);
});

it("a COPY that succeeds hands over every row", async () => {
  const chunks: Buffer[] = [];
  await copyOut(client, "copy (select g from generate_series(1, 3) g) to stdout", (c) => chunks.push(c));
  expect(Buffer.concat(chunks).toString()).toBe("1\n2\n3\n");
});
