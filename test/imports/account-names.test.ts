// How imported accounts are named and found again: by bank and kind, the
// currency only where it tells accounts apart, the last four digits of a
// Chase export's file name as its number.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { fixture, importUser } from "./helpers.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

const USD = { currency: "USD" };
const names = async (userId: string) => (await tdb.db.account.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((a) => a.name);

describe("naming imported accounts", () => {
  it("names US accounts by bank and kind, and a Chase export carries the last four digits of its file name", async () => {
    const { userId, imports } = await importUser(tdb);
    const preview = await imports.analyse(userId, "Chase4417_Activity_20261128.CSV", await fixture("banks-intl/chase-checking.csv"), USD);
    expect(preview).toMatchObject({ parts: [{ accountName: "Chase checking", accountId: "•••• 4417" }] });
    await imports.commit(userId, "Chase4417_Activity_20261128.CSV", await fixture("banks-intl/chase-checking.csv"), USD);
    await imports.commit(userId, "2026-11-28_transaction_download.csv", await fixture("banks-intl/capital-one.csv"), USD);
    expect(await names(userId)).toEqual(["Chase checking", "Capital One card"]);
  });

  it("a second account of the same bank and kind says its number, one in another currency its currency", async () => {
    const { userId, imports } = await importUser(tdb);
    const chase = await fixture("banks-intl/chase-checking.csv");
    await imports.commit(userId, "Chase4417_Activity_20261128.CSV", chase, USD);
    const other = Buffer.from(chase.toString("utf8").replace(/(\d\d\/\d\d)\/2026/g, "$1/2025"));
    await imports.commit(userId, "Chase9021_Activity_20251128.CSV", other, USD);
    await imports.commit(userId, "monzo.csv", await fixture("banks-intl/monzo.csv"), { currency: "GBP" });
    expect(await names(userId)).toEqual(["Chase checking", "Chase checking (•••• 9021)", "Monzo GBP"]);
  });

  it("an export imported before without its number is found again once the file name gives it", async () => {
    const { userId, imports } = await importUser(tdb);
    const chase = await fixture("banks-intl/chase-checking.csv");
    await imports.commit(userId, "activity.csv", chase, USD);
    const again = await imports.commit(userId, "Chase4417_Activity_20261128.CSV", chase, USD);
    expect(again).toMatchObject({ added: 0, accounts: [{ created: false }] });
    expect(await names(userId)).toEqual(["Chase checking"]);
  });
});
