// Two family questions: money sent to a country is what went there (transfers to its IBANs and
// money-transfer services), not what a card paid while there; and "what did Aylin earn" is the pay
// into Aylin's account (known by the name on the family's own transfers into it), not money from "Aylin".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAccount, seedTx } from "./seed.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";
const ask = (q: string) => totalAsker(seeded.analytics, seeded.userId, today)(q, "de");

beforeAll(async () => {
  seeded = await seedAnalytics((pb) => [
    // Emre's account: his wage, money to his mother's Turkish IBAN and its fee, Ria by card, a holiday flight paid "in Turkey".
    { accountId: pb, date: "2026-10-27", amount: "3000.00", category: "salary", counterparty: "Ruhrorter Stahlwerke GmbH", description: "LOHN/GEHALT 10/2026 PERSNR 0047113" },
    { accountId: pb, date: "2026-10-05", amount: "-500.00", category: "other", counterparty: "Hatice Yildiz", counterpartyIban: "TR330001001745000012345678", description: "Aile destegi / Unterstuetzung Familie" },
    { accountId: pb, date: "2026-10-05", amount: "-15.00", category: "fees", counterparty: "Postbank", description: "Entgelt Nicht-SEPA-Auslandsueberweisung 500,00 EUR TR" },
    { accountId: pb, date: "2026-09-14", amount: "-153.90", category: "transfers", merchant: "Ria Money Transfer", description: "RIA MONEY TRANSFER DUISBURG DE" },
    { accountId: pb, date: "2026-05-02", amount: "-642.38", category: "travel", merchant: "Pegasus Airlines", description: "PEGASUS AIRLINES ISTANBUL TR" },
    { accountId: pb, date: "2026-10-01", amount: "-1012.00", category: "rent", counterparty: "GEBAG", counterpartyIban: "DE12350500000200123456", description: "Miete" },
    { accountId: pb, date: "2026-10-02", amount: "-600.00", category: "transfers", counterparty: "Aylin Yildiz", description: "Haushaltsgeld" },
  ]);
  const ing = await seedAccount(seeded.db, seeded.user, "ING Girokonto");
  await seedTx(seeded.db, seeded.user, [
    { accountId: ing, date: "2026-10-23", amount: "1273.12", category: "salary", counterparty: "Praxis Dr. med. Selin Kaya", description: "Gehalt 10/2026 Teilzeit" },
    { accountId: ing, date: "2026-10-02", amount: "600.00", category: "transfers", counterparty: "Emre Yildiz", description: "Haushaltsgeld" },
  ]);
  // The two halves of the household money are one move between the family's own accounts.
  const halves = await seeded.db.transaction.findMany({ where: { description: "Haushaltsgeld" } });
  const [out, into] = [halves.find((h) => h.amount.isNegative())!, halves.find((h) => !h.amount.isNegative())!];
  await seeded.db.transaction.update({ where: { id: out.id }, data: { transferPeerId: into.id } });
  await seeded.db.transaction.update({ where: { id: into.id }, data: { transferPeerId: out.id } });
});
afterAll(() => seeded?.close());

describe("money sent to a country", () => {
  it("is the transfers to its IBANs and the money-transfer services, without the fee or a flight paid there", async () => {
    expect(await ask("wieviel haben wir dieses jahr in die türkei geschickt")).toBe("653.90");
  });
  it("by bank transfer only when the question says Überweisungen", async () => {
    expect(await ask("überweisungen in die türkei dieses jahr")).toBe("500.00");
  });
  it("spent in Turkey is still what was paid there", async () => {
    expect(await ask("was haben wir dieses jahr in der türkei ausgegeben")).not.toBe("653.90");
  });
});

describe("whose pay", () => {
  it("is the salary into the accounts the person holds", async () => {
    expect(await ask("wie viel hat aylin im oktober verdient")).toBe("1273.12");
    expect(await ask("wieviel hat emre im oktober verdient")).toBe("3000.00");
  });
  it("'wir' earned is the whole household's income", async () => {
    expect(await ask("wie viel haben wir im oktober verdient")).toBe("4273.12");
  });
});

it("an account or an investment that earns is no person", async () => {
  const { parseQuestion } = await import("../../src/analytics/parse/index.ts");
  for (const q of ["how much interest did savings earn this year", "how much did my stocks make this year", "wie viel hat das tagesgeld verdient"]) {
    const r = parseQuestion(q, { today, locale: q.startsWith("how") ? "en" : "de", merchants: [], accounts: [] });
    expect(r.kind === "spec" && r.spec.filters.earner, q).toBeUndefined();
  }
});
