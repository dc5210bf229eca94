import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StatementRejected } from "../../src/imports/import-service.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { bytes, fixture, fixtureText, footprint, importUser } from "./helpers.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

const EUR = { currency: "EUR" };
const nothing = { connections: 0, accounts: 0, transactions: 0, syncRuns: 0, balances: 0 };

async function rejection(p: Promise<unknown>): Promise<StatementRejected> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StatementRejected);
  return err as StatementRejected;
}

describe("importing a statement file", () => {
  it("previews without writing, imports all of it, and a second import of the same file adds nothing", async () => {
    const { userId, imports } = await importUser(tdb);
    const camt = await fixture("camt053.xml");
    const preview = await imports.analyse(userId, "camt053.xml", camt, EUR);
    expect(preview).toMatchObject({ kind: "preview", newTotal: 3, parts: [{ accountName: "Account DE89 •••• 3000", accountId: "DE89 •••• 3000", isNew: true, total: 3, new: 3, pending: 1 }] });
    expect(await footprint(tdb, userId)).toEqual(nothing);

    const done = await imports.commit(userId, "camt053.xml", camt, EUR);
    expect(done).toMatchObject({ added: 3, balances: 2, accounts: [{ name: "Account DE89 •••• 3000", created: true }] });
    expect(await footprint(tdb, userId)).toEqual({ connections: 1, accounts: 1, transactions: 3, syncRuns: 1, balances: 2 });
    const run = await tdb.db.syncRun.findFirstOrThrow({ where: { userId } });
    expect(run).toMatchObject({ status: "SUCCEEDED", trigger: "import", added: 3 });

    expect(await imports.analyse(userId, "camt053.xml", camt, EUR)).toMatchObject({ newTotal: 0, newBalances: 0, parts: [{ isNew: false, existing: 3 }] });
    expect(await imports.commit(userId, "again.xml", camt, EUR)).toMatchObject({ added: 0, updated: 0, removed: 0, balances: 0 });
    expect(await footprint(tdb, userId)).toMatchObject({ connections: 1, accounts: 1, transactions: 3 });
  });

  it("stores the statement's balances: the closing one on its day, the opening one before the first booking", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "camt053.xml", await fixture("camt053.xml"), EUR);
    const snaps = await tdb.db.balanceSnapshot.findMany({ where: { userId }, orderBy: { asOf: "asc" } });
    // PRCD 1500.00 dated 4 Mar (before the 5 Mar bookings), CLBD 4648.71 on 5 Mar.
    expect(snaps.map((s) => [s.asOf.toISOString().slice(0, 10), s.kind, s.amount.toFixed(2), s.currency])).toEqual([
      ["2024-03-04", "booked", "1500.00", "EUR"],
      ["2024-03-05", "booked", "4648.71", "EUR"],
    ]);
  });

  it("a file imported before its balances were kept offers them again", async () => {
    const { userId, imports } = await importUser(tdb);
    const camt = await fixture("camt053.xml");
    await imports.commit(userId, "camt053.xml", camt, EUR);
    await tdb.db.balanceSnapshot.deleteMany({ where: { userId } });
    expect(await imports.analyse(userId, "camt053.xml", camt, EUR)).toMatchObject({ newTotal: 0, newBalances: 2 });
    expect(await imports.commit(userId, "camt053.xml", camt, EUR)).toMatchObject({ added: 0, balances: 2 });
  });

  it("an MT940 export (BLZ/account) and a CAMT export of the same account land in one account", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "umsaetze.sta", await fixture("mt940.sta"), EUR);
    expect(await imports.analyse(userId, "camt053.xml", await fixture("camt053.xml"), EUR)).toMatchObject({ parts: [{ isNew: false, accountName: "Account DE89 •••• 3000" }] });
    await imports.commit(userId, "camt053.xml", await fixture("camt053.xml"), EUR);
    expect(await footprint(tdb, userId)).toMatchObject({ connections: 1, accounts: 1 });
  });

  it("a file for another IBAN gets its own account, never the existing one", async () => {
    const { userId, imports } = await importUser(tdb);
    const first = await fixtureText("camt053.xml");
    await imports.commit(userId, "a.xml", bytes(first), EUR);
    const other = bytes(first.replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE02120300000000202051</IBAN>"));
    expect(await imports.analyse(userId, "b.xml", other, EUR)).toMatchObject({ newTotal: 3, parts: [{ isNew: true, accountId: "DE02 •••• 2051" }] });
    await imports.commit(userId, "b.xml", other, EUR);
    const accounts = await tdb.db.account.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
    expect(accounts.map((a) => [a.externalId, a.iban])).toEqual([
      ["DE89370400440532013000", "DE89370400440532013000"],
      ["DE02120300000000202051", "DE02120300000000202051"],
    ]);
    for (const a of accounts) expect(await tdb.db.transaction.count({ where: { accountId: a.id } })).toBe(3);
  });

  it("refuses a CAMT file whose second statement holds 2024-02-31, in the preview, naming line and field; nothing is written", async () => {
    const { userId, imports } = await importUser(tdb);
    const file = await fixture("camt053-two-statements-bad-date.xml");
    const err = await rejection(imports.analyse(userId, "two.xml", file, EUR));
    expect(err.reason).toBe("bad_date");
    expect(err.where).toMatchObject({ line: 164, field: "BookgDt", value: "2024-02-31" });
    await rejection(imports.commit(userId, "two.xml", file, EUR));
    expect(await footprint(tdb, userId)).toEqual(nothing);
  });

  it.each([
    ["an amount beyond DECIMAL(38,18)", "<Amt Ccy=\"EUR\">61.29</Amt>", "<Amt Ccy=\"EUR\">123456789012345678901.00</Amt>", "amount_too_large", "Amt"],
    ["more than 18 decimals", "<Amt Ccy=\"EUR\">61.29</Amt>", "<Amt Ccy=\"EUR\">61.2900000000000000001</Amt>", "amount_decimals", "Amt"],
    ["year 0000", "<Dt>2024-03-05</Dt>\n        </BookgDt>", "<Dt>0000-03-05</Dt>\n        </BookgDt>", "bad_date", "BookgDt"],
    ["year 2500", "<Dt>2024-03-05</Dt>\n        </BookgDt>", "<Dt>2500-03-05</Dt>\n        </BookgDt>", "bad_date", "BookgDt"],
    ["a currency code that is not 2-12 capitals or digits", "<Amt Ccy=\"EUR\">61.29</Amt>", "<Amt Ccy=\"EURO-DOLLAR\">61.29</Amt>", "bad_currency", "Amt Ccy"],
    ["an over-long text", "<Ustrd>Kundennr. 4711</Ustrd>", `<Ustrd>${"x".repeat(10_001)}</Ustrd>`, "too_long", "Ustrd"],
    ["an impossible balance date", "<Dt>2024-03-05</Dt>\n        </Dt>", "<Dt>2024-02-30</Dt>\n        </Dt>", "bad_date", "Bal CLBD"],
  ])("refuses %s in the preview, with line and field, and writes nothing", async (_what, from, to, reason, field) => {
    const { userId, imports } = await importUser(tdb);
    const text = await fixtureText("camt053.xml");
    expect(text).toContain(from);
    const file = bytes(text.replace(from, to));
    const err = await rejection(imports.analyse(userId, "x.xml", file, EUR));
    expect(err.reason).toBe(reason);
    expect(err.where.field).toBe(field);
    if (field !== "Bal CLBD") expect(err.where.line).toBeGreaterThan(1);
    await rejection(imports.commit(userId, "x.xml", file, EUR));
    expect(await footprint(tdb, userId)).toEqual(nothing);
  });

  it("commits a multi-account file as one transaction: a failure in the second account leaves nothing of the first", async () => {
    let accountsSeen = new Set<string>();
    const { userId, imports } = await importUser(tdb, {
      categorize: (_tx, _rules, accountId) => {
        accountsSeen.add(accountId ?? "");
        if (accountsSeen.size > 1) throw new Error("database went away");
        return null;
      },
    });
    const two = (await fixtureText("camt053-two-statements-bad-date.xml")).replaceAll("2024-02-31", "2024-02-28");
    await expect(imports.commit(userId, "two.xml", bytes(two), EUR)).rejects.toThrow(/database went away/);
    expect(await footprint(tdb, userId)).toEqual(nothing);
    accountsSeen = new Set();
  });

  it("commits both accounts of a two-statement file with their rows, balances and runs", async () => {
    const { userId, imports } = await importUser(tdb);
    const two = (await fixtureText("camt053-two-statements-bad-date.xml")).replaceAll("2024-02-31", "2024-02-28");
    expect(await imports.commit(userId, "two.xml", bytes(two), EUR)).toMatchObject({ added: 4, balances: 3 });
    expect(await footprint(tdb, userId)).toEqual({ connections: 2, accounts: 2, transactions: 4, syncRuns: 2, balances: 3 });
  });

  it("two simultaneous imports of the same new file make one connection and one account, and store each row once", async () => {
    const { userId, imports } = await importUser(tdb);
    const camt = await fixture("camt053.xml");
    const results = await Promise.all([imports.commit(userId, "a.xml", camt, EUR), imports.commit(userId, "a.xml", camt, EUR)]);
    expect(results.map((r) => r.added).sort()).toEqual([0, 3]);
    expect(await footprint(tdb, userId)).toMatchObject({ connections: 1, accounts: 1, transactions: 3, balances: 2 });
  });

  it("a full card number from an OFX file is neither stored nor shown: the card is named by its last four digits", async () => {
    const { userId, imports } = await importUser(tdb);
    const ofx = await fixture("ofx2.ofx");
    expect(await imports.analyse(userId, "card.ofx", ofx, EUR)).toMatchObject({ parts: [{ accountName: "Card •••• 1111", accountId: "•••• 1111" }] });
    await imports.commit(userId, "card.ofx", ofx, EUR);
    const [account] = await tdb.db.account.findMany({ where: { userId } });
    expect(account!.name).toBe("Card •••• 1111");
    expect(JSON.stringify(account)).not.toContain("4111111111111111");
    const conn = await tdb.db.connection.findFirstOrThrow({ where: { userId } });
    expect(conn.label).not.toContain("4111111111111111");
  });
});

describe("files that name no account", () => {
  it("get a new account each, unless the person picks an existing one; a re-sent file finds its own account", async () => {
    const { userId, imports } = await importUser(tdb);
    const en = await fixture("generic-en.csv");
    await imports.commit(userId, "en.csv", en, EUR);
    const [first] = await tdb.db.account.findMany({ where: { userId } });
    expect(first!.name).toBe("EUR account");
    expect(first!.externalId).toMatch(/^local:/);

    // The same file again: its rows are in that account, so that is where it goes.
    expect(await imports.analyse(userId, "en.csv", en, EUR)).toMatchObject({ newTotal: 0, parts: [{ isNew: false, targetId: first!.id, choosable: true }] });

    // A different file without identity: a new account by default, the old one offered.
    const other = bytes("Date,Description,Amount\n2024-04-02,Bakery,-3.20\n2024-04-03,Pharmacy,-12.00\n");
    const preview = await imports.analyse(userId, "other.csv", other, EUR);
    expect(preview).toMatchObject({ kind: "preview", candidates: [{ id: first!.id, name: "EUR account" }], parts: [{ isNew: true, choosable: true, accountName: "EUR account 2" }] });
    expect(await imports.analyse(userId, "other.csv", other, { ...EUR, choices: { 0: first!.id } })).toMatchObject({ parts: [{ isNew: false, targetId: first!.id }] });

    await imports.commit(userId, "other.csv", other, { ...EUR, choices: { 0: first!.id } });
    expect(await tdb.db.account.count({ where: { userId } })).toBe(1);
    expect(await tdb.db.transaction.count({ where: { accountId: first!.id } })).toBe(5);
  });
});
