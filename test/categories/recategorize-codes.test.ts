// Recategorizing stored rows reads the bank's booking codes kept in the row's
// raw payload (MT940 GVC, CAMT DK code and ISO domain code), as the import did:
// without them a bank's fee, named after the bank and saying nothing else, fell
// back to whatever its text suggested once a rule that had decided it was gone.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recategorizeHistory } from "../../src/categories/recategorize.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedUser, type SeededUser } from "../analytics/seed.ts";

let t: TestDatabase;
let s: SeededUser;
let accountId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  s = await seedUser(t.db);
  accountId = await seedAccount(t.db, s, "Giro");
});
afterAll(async () => {
  await t?.drop();
});

async function stored(amount: string, raw: object | null, category: { key: string; source: string } | null): Promise<string> {
  const row = await t.db.transaction.create({
    data: {
      userId: s.userId,
      accountId,
      externalId: randomUUID(),
      status: "BOOKED",
      bookingDate: new Date("2026-10-31T00:00:00Z"),
      amount,
      currency: "EUR",
      counterpartyName: "Volksbank Stuttgart eG",
      description: "10/2026",
      categoryId: category ? s.categories.get(category.key)! : null,
      categorySource: category?.source ?? null,
      ...(raw ? { raw } : {}),
    },
  });
  return row.id;
}

const keyOf = async (id: string) => (await t.db.transaction.findUniqueOrThrow({ where: { id }, include: { category: true } })).category?.key ?? null;

describe("recategorizing stored rows with booking codes", () => {
  it("a bank's fee is a fee by the code its row carries, as on import", async () => {
    // Decided by a rule that no longer exists, or stored without a category.
    const camt = await stored("-4.95", { line: 12, bankCode: "NMSC+808+9999+000", domainCode: "ACMT/MDOP/CHRG" }, { key: "shopping", source: "rule" });
    const mt940 = await stored("-7.50", { line: 3, gvc: "805", details: "805?00Abschluss" }, null);
    const iso = await stored("-2.00", { line: 4, domainCode: "ACMT/MDOP/CHRG" }, null);
    const atm = await stored("-100.00", { line: 5, domainCode: "PMNT/CCRD/CWDL" }, null);
    const interest = await stored("1.20", { line: 6, gvc: "805" }, null);
    const plain = await stored("-4.95", null, null);
    const other = await stored("-4.95", { line: 7, gvc: 805 }, null);

    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));

    expect(await keyOf(camt)).toBe("fees");
    expect(await keyOf(mt940)).toBe("fees");
    expect(await keyOf(iso)).toBe("fees");
    expect(await keyOf(atm)).toBe("cash");
    // 805 also books interest credited: money in is not a fee.
    expect(await keyOf(interest)).not.toBe("fees");
    // Without a code (or with one the import would not read either) the row is what its text says.
    expect(await keyOf(plain)).not.toBe("fees");
    expect(await keyOf(other)).toBe(await keyOf(plain));
  });
});
