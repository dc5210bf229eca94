// "How much did I spend in dollars" and "how much euro did I convert to
// pounds", answered from real rows: an expat's euro current account (with
// card payments made in dollars, their original amounts signed or not), a
// dollar balance, and a bank with a euro and a pound pocket. Expected figures
// are added up here in integer cents from the rows below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser, type TxInput } from "./seed.ts";

const today = "2026-07-03";
let t: TestDatabase;
let analytics: Analytics;
let emma: SeededUser;
const rows: TxInput[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  emma = await seedUser(t.db);
  const giro = await seedAccount(t.db, emma, "Giro", "EUR");
  const dollars = await seedAccount(t.db, emma, "Wise USD", "USD");
  const wiseEur = await seedAccount(t.db, emma, "Wise", "EUR");
  const pocketEur = await seedAccount(t.db, emma, "Revolut", "EUR");
  const pocketGbp = await seedAccount(t.db, emma, "Revolut GBP", "GBP");
  rows.push(
    { accountId: giro, date: "2026-04-02", amount: "-50.00", category: "groceries", description: "CARREFOUR LYON" },
    // Paid in dollars from the euro account: one bank signs the original amount, another does not.
    { accountId: giro, date: "2026-04-07", amount: "-92.40", category: "shopping", description: "B&H PHOTO NEW YORK", originalCurrency: "USD", originalAmount: "-100.00" },
    { accountId: giro, date: "2026-04-08", amount: "-23.10", category: "restaurants", description: "JOES PIZZA NEW YORK", originalCurrency: "USD", originalAmount: "25.00" },
    { accountId: dollars, date: "2026-04-09", amount: "-30.00", currency: "USD", category: "restaurants", description: "Katz's Deli" },
    { accountId: dollars, date: "2026-04-09", amount: "-200.00", currency: "USD", category: "cash", description: "Chase ATM" },
    { accountId: dollars, date: "2026-06-12", amount: "800.00", currency: "USD", category: "income_other", counterparty: "Brightline Media LLC" },
    { accountId: pocketGbp, date: "2026-03-14", amount: "-12.45", currency: "GBP", category: "groceries", description: "Tesco" },
    // Exchanges between own pockets: Revolut names the other currency only; Wise gives its amount too.
    { accountId: pocketEur, date: "2026-02-27", amount: "-200.00", category: "transfers", description: "Exchanged to GBP", originalCurrency: "GBP" },
    { accountId: pocketGbp, date: "2026-02-27", amount: "171.23", currency: "GBP", category: "transfers", description: "Exchanged from EUR", originalCurrency: "EUR" },
    { accountId: pocketEur, date: "2026-05-19", amount: "-150.00", category: "transfers", description: "Exchanged to GBP", originalCurrency: "GBP" },
    { accountId: pocketGbp, date: "2026-05-19", amount: "128.10", currency: "GBP", category: "transfers", description: "Exchanged from EUR", originalCurrency: "EUR" },
    { accountId: wiseEur, date: "2026-03-28", amount: "-600.00", category: "transfers", counterparty: "Wise", originalCurrency: "USD", originalAmount: "-650.00" },
    { accountId: dollars, date: "2026-03-28", amount: "650.00", currency: "USD", category: "transfers", counterparty: "Wise", originalCurrency: "EUR", originalAmount: "598.18" },
    // A move between two euro accounts is no exchange.
    { accountId: giro, date: "2026-03-05", amount: "-300.00", category: "transfers", description: "VIR SEPA EMMA CLARKE" },
    { accountId: pocketEur, date: "2026-03-06", amount: "300.00", category: "transfers", description: "Payment from Emma Clarke" },
  );
  await seedTx(t.db, emma, rows);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const ask = async (q: string, locale: "en" | "de" = "en") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  const result = await analytics.query(emma.userId, r.spec, { today, locale });
  return result.total.map((x) => `${x.value} ${x.currency}`);
};

describe("spending in one currency", () => {
  it("counts a dollar account's rows and dollar payments from a euro account, in dollars, whatever the sign the bank gave", async () => {
    // 100.00 + 25.00 from the euro account, 30.00 from the dollar one; the cash machine is left out as spending always is.
    expect(await ask("how much did i spend in dollars this year")).toEqual(["155.00 USD"]);
    expect(await ask("cash in dollars this year")).toEqual(["200.00 USD"]);
  });

  it("keeps to the pound rows, and leaves the exchanges out of spending", async () => {
    expect(await ask("spending in pounds this year")).toEqual(["12.45 GBP"]);
    expect(await ask("wie viel habe ich dieses jahr in pfund ausgegeben", "de")).toEqual(["12.45 GBP"]);
  });

  it("answers income in the currency asked", async () => {
    expect(await ask("income in dollars this year")).toEqual(["800.00 USD"]);
  });
});

describe("money changed between own balances", () => {
  it("is the leg that left the first currency, of exchanges into the second", async () => {
    expect(await ask("how much euro did i convert to pounds this year")).toEqual(["350.00 EUR"]);
    // Wise's fee is in what left the euro balance.
    expect(await ask("how many euros did i exchange into dollars this year")).toEqual(["600.00 EUR"]);
    expect(await ask("wie viel euro habe ich dieses jahr in pfund gewechselt", "de")).toEqual(["350.00 EUR"]);
  });

  it("every exchange out of one balance, but no move between two accounts in one currency", async () => {
    expect(await ask("currency exchanges this year")).toEqual(["950.00 EUR"]);
    expect(await ask("how much did i convert to pounds this year")).toEqual(["350.00 EUR"]);
  });

  it("keeps to the period asked", async () => {
    expect(await ask("how much euro did i convert to pounds in may")).toEqual(["150.00 EUR"]);
  });
});
