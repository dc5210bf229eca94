// A name cut at the card network's field width is the merchant whose whole
// name it starts, per person: in either order of arrival, in one batch, and
// never when the cut could be more than one merchant or ends on a whole word.
import { describe, expect, it } from "vitest";
import { keyMatches, labelKey } from "../../src/analytics/merchant-keys.ts";
import { createMerchantService } from "../../src/merchants/merchant-service.ts";
import { isCutOf } from "../../src/merchants/cut-names.ts";
import { merchantOf } from "../../src/merchants/resolve.ts";
import { upsertTransactions, type KeyedTransaction } from "../../src/sync/write-transactions.ts";
import { seedAccount, seedUser, type SeededUser } from "../analytics/seed.ts";
import { merchantDatabase } from "./linking.ts";

const { db, resolve, live } = merchantDatabase();

describe("isCutOf", () => {
  it("is a prefix of ten characters or more that ends inside a word", () => {
    expect(isCutOf("riverside family dentis", "riverside family dentistry")).toBe(true);
    expect(isCutOf("rose lane floral studi", "rose lane floral studio")).toBe(true);
    expect(isCutOf("stadtwerke muenchen", "stadtwerke muenchen baeder")).toBe(false);
    expect(isCutOf("cafe rosa", "cafe rosalie")).toBe(false);
    expect(isCutOf("riverside family dentistry", "riverside family dentistry")).toBe(false);
    expect(isCutOf("riverside family dentistry", "riverside family dentis")).toBe(false);
  });

  it("is also a prefix that ends on a joining word, which a name never ends on", () => {
    expect(isCutOf("tierarztpraxis an der", "tierarztpraxis an der nette")).toBe(true);
    expect(isCutOf("kinderarztpraxis am", "kinderarztpraxis am muhlentor")).toBe(true);
    expect(isCutOf("apotheke am markt", "apotheke am markt nord")).toBe(false);
  });

  it("is also a prefix that ends on a doctor's title, which a practice's name goes on from", () => {
    expect(isCutOf("zahnarztpraxis dr", "zahnarztpraxis dr wagner")).toBe(true);
    expect(isCutOf("praxis prof", "praxis prof lindner")).toBe(true);
  });
});

describe("cut names in resolveMerchants", () => {
  it("gives a cut name arriving after the whole one the whole one's merchant and name", async () => {
    const s = await seedUser(db());
    const whole = await resolve(s.userId, ["Riverside Family Dentistry"]);
    const cut = await resolve(s.userId, ["Riverside Family Dentis"]);
    const m = merchantOf(cut, "Riverside Family Dentis");
    expect(m).toMatchObject({ id: merchantOf(whole, "Riverside Family Dentistry")!.id, name: "Riverside Family Dentistry" });
    expect((await live(s.userId)).map((x) => x.name)).toEqual(["Riverside Family Dentistry"]);
  });

  it("gives the whole name to a merchant first seen cut, its rows and its mute", async () => {
    const s = await seedUser(db());
    const account = await seedAccount(db(), s, "Giro");
    await write(s, account, [row("a", "ROSE LANE FLORAL STUDI")]);
    const first = (await live(s.userId))[0]!;
    expect(first.name).toBe("Rose Lane Floral Studi");
    await db().mutedMerchant.create({ data: { userId: s.userId, merchant: "rose lane floral studi" } });
    await write(s, account, [row("b", "Rose Lane Floral Studio")]);
    expect((await live(s.userId)).map((x) => [x.id, x.name])).toEqual([[first.id, "Rose Lane Floral Studio"]]);
    const rows = await db().transaction.findMany({ where: { userId: s.userId }, orderBy: { externalId: "asc" } });
    expect(rows.map((r) => [r.externalId, r.merchantId, r.merchant])).toEqual([
      ["a", first.id, "Rose Lane Floral Studio"],
      ["b", first.id, "Rose Lane Floral Studio"],
    ]);
    expect((await db().mutedMerchant.findMany({ where: { userId: s.userId } })).map((m) => m.merchant)).toEqual(["rose lane floral studio"]);
    // The analytics filter of the whole name covers both rows: their stored labels key alike.
    const keys = new Set(rows.map((r) => labelKey(r.merchant!)));
    expect(keys.size).toBe(1);
    expect(keyMatches([...keys][0]!, labelKey("Rose Lane Floral Studio"))).toBe(true);
  });

  it("makes a cut and a whole name arriving in one batch one merchant, shown whole", async () => {
    const s = await seedUser(db());
    const map = await resolve(s.userId, ["Blumenladen Vergi", "Blumenladen Vergissmeinnicht"]);
    expect(merchantOf(map, "Blumenladen Vergi")).toEqual(merchantOf(map, "Blumenladen Vergissmeinnicht"));
    expect(merchantOf(map, "Blumenladen Vergi")?.name).toBe("Blumenladen Vergissmeinnicht");
    expect(await live(s.userId)).toHaveLength(1);
  });

  it("gives a name cut after a joining word, arriving first or second, the whole one's merchant", async () => {
    const s = await seedUser(db());
    const cut = await resolve(s.userId, ["Tierarztpraxis An Der"]);
    const whole = await resolve(s.userId, ["Tierarztpraxis an der Nette"]);
    expect(merchantOf(whole, "Tierarztpraxis an der Nette")!.id).toBe(merchantOf(cut, "Tierarztpraxis An Der")!.id);
    expect((await live(s.userId)).map((x) => x.name)).toEqual(["Tierarztpraxis an der Nette"]);
  });

  it("keeps a cut that two merchants continue on its own", async () => {
    const s = await seedUser(db());
    await resolve(s.userId, ["Gasthaus Zum Ankerplatz", "Gasthaus Zum Ankerwirt"]);
    const map = await resolve(s.userId, ["Gasthaus Zum Anker"]);
    expect(merchantOf(map, "Gasthaus Zum Anker")?.name).toBe("Gasthaus Zum Anker");
    expect(await live(s.userId)).toHaveLength(3);
  });

  it("keeps names that only continue with another word, short prefixes and two dictionary names apart", async () => {
    const s = await seedUser(db());
    await resolve(s.userId, ["Stadtwerke Muenchen Baeder", "Cafe Rosalie", "Versicherungskammer Bayern"]);
    await resolve(s.userId, ["Stadtwerke Muenchen", "Cafe Rosa", "Versicherung"]);
    expect((await live(s.userId)).map((x) => x.name).sort()).toEqual(
      ["Cafe Rosa", "Cafe Rosalie", "Stadtwerke Muenchen", "Stadtwerke Muenchen Baeder", "Versicherung", "Versicherungskammer Bayern"].sort(),
    );
  });

  it("does not overwrite a name the person chose", async () => {
    const s = await seedUser(db());
    await resolve(s.userId, ["Radsport Kessler Gmb"]);
    const m = (await live(s.userId))[0]!;
    expect(await createMerchantService(db()).rename(s.userId, m.id, "Fahrradladen")).toMatchObject({ ok: true });
    const map = await resolve(s.userId, ["Radsport Kessler GmbH Werkstatt"]);
    expect(merchantOf(map, "Radsport Kessler GmbH Werkstatt")).toMatchObject({ id: m.id, name: "Fahrradladen" });
  });

  it("is per person: another person's whole name does not claim a cut", async () => {
    const [a, b] = [await seedUser(db()), await seedUser(db())];
    await resolve(a.userId, ["Golden Dragon Takeaway"]);
    const map = await resolve(b.userId, ["Golden Dragon Takea"]);
    expect(merchantOf(map, "Golden Dragon Takea")?.name).toBe("Golden Dragon Takea");
  });
});

const row = (externalId: string, counterpartyName: string): KeyedTransaction => ({
  externalId,
  status: "booked",
  bookingDate: "2026-10-01",
  amount: "-49.00",
  currency: "EUR",
  counterpartyName,
});

async function write(s: SeededUser, account: string, rows: KeyedTransaction[]): Promise<void> {
  const other = s.categories.get("other")!;
  await db().$transaction((tx) => upsertTransactions(tx, { userId: s.userId, accountId: account, now: new Date() }, rows, () => ({ categoryId: other, source: "dictionary" })));
}
