// Shared by the tests of the links between one merchant's printed forms (cut, joined, town after the name, kind of
// shop before or after it): the labels a person's rows show once linked in memory, as the corpus links them, and a
// database per file to resolve labels in, as the write path does.
import { afterAll, beforeAll } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import type { Db } from "../../src/db/client.ts";
import { linkCutLabels } from "../../src/merchants/cut-names.ts";
import { resolveMerchants } from "../../src/merchants/resolve.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

/** The label each of these shows after linking, in the order given. */
export const shown = (...labels: string[]) => {
  const out = linkCutLabels(new Map(labels.map((l) => [merchantKey(l), l])));
  return labels.map((l) => out.get(merchantKey(l)));
};

/** A fresh database for the enclosing describe (or file), with resolveMerchants and the live merchants of a user. */
export function merchantDatabase() {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });
  const db = (): Db => t!.db;
  return {
    db,
    resolve: (userId: string, labels: string[]) => db().$transaction((tx) => resolveMerchants(tx, userId, labels)),
    live: (userId: string) => db().merchant.findMany({ where: { userId, mergedIntoId: null }, orderBy: { key: "asc" } }),
  };
}
