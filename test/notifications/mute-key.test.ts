// Mutes are keyed like merchants: one shop under the spellings banks print
// ("Müller", "MUELLER", "Mueller ") is one mute. Mutes stored before the key
// folded hold the lower-cased name and keep working.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMuteService } from "../../src/categories/mute-service.ts";
import { moveMute } from "../../src/merchants/mute-move.ts";
import { merchantKey, mutedKeys } from "../../src/notifications/payloads.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser } from "../analytics/seed.ts";

describe("mute key", () => {
  it("folds umlauts, their ASCII spellings, accents, case and spacing as merchant keys do", () => {
    const key = merchantKey({ merchant: "Müller" });
    expect(merchantKey({ merchant: "MUELLER" })).toBe(key);
    expect(merchantKey({ counterpartyName: "  Mueller " })).toBe(key);
    expect(merchantKey({ merchant: "Café  de Flore" })).toBe(merchantKey({ merchant: "CAFE DE FLORE" }));
    expect(merchantKey({ merchant: "Müller" })).not.toBe(merchantKey({ merchant: "Müllers Hofladen" }));
    expect(merchantKey({ merchant: " ", counterpartyName: null })).toBeNull();
  });

  it("a mute stored as the lower-cased name before keys folded still mutes every spelling", () => {
    const muted = mutedKeys(["müller"]);
    expect(muted.has(merchantKey({ merchant: "MUELLER" })!)).toBe(true);
    expect(muted.has(merchantKey({ merchant: "Müller" })!)).toBe(true);
    expect(muted.has(merchantKey({ merchant: "Rewe" })!)).toBe(false);
    // A key stored now is taken as it is: folding it again could change it ("queen" → "quen" → "qun").
    expect(mutedKeys([merchantKey({ merchant: "Queen" })!]).has(merchantKey({ merchant: "Queen" })!)).toBe(true);
  });
});

describe("muting in the database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("unmute removes a mute stored under the old lower-cased key, and a rename moves it", async () => {
    const s = await seedUser(t.db);
    const account = await seedAccount(t.db, s, "Giro");
    await seedTx(t.db, s, [{ accountId: account, date: "2026-10-01", amount: "-4.00", merchant: "MUELLER" }]);
    const tx = await t.db.transaction.findFirstOrThrow({ where: { userId: s.userId } });
    await t.db.mutedMerchant.create({ data: { userId: s.userId, merchant: "müller" } });
    const mutes = createMuteService(t.db);

    expect(await mutes.unmute(s.userId, tx.id)).toMatchObject({ key: merchantKey({ merchant: "Müller" }) });
    expect(await t.db.mutedMerchant.count({ where: { userId: s.userId } })).toBe(0);

    await t.db.mutedMerchant.create({ data: { userId: s.userId, merchant: "müller" } });
    await t.db.$transaction((db) => moveMute(db, s.userId, "MUELLER", "Müller Drogerie"));
    expect((await t.db.mutedMerchant.findMany({ where: { userId: s.userId } })).map((m) => m.merchant)).toEqual([merchantKey({ merchant: "Müller Drogerie" })]);
  });
});
