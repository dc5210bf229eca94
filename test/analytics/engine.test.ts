import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import type { QuerySpecInput } from "../../src/analytics/query-spec.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

let t: TestDatabase;
let analytics: Analytics;
let alice: SeededUser;
let bob: SeededUser;
let aliceAcc: string;
let bobAcc: string;
const today = "2025-03-20";

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  alice = await seedUser(t.db);
  bob = await seedUser(t.db);
  aliceAcc = await seedAccount(t.db, alice, "Alice Giro");
  bobAcc = await seedAccount(t.db, bob, "Bob Giro");
  await seedTx(t.db, alice, [
    { accountId: aliceAcc, date: "2025-03-02", amount: "-12.50", merchant: "REWE", category: "groceries" },
    { accountId: aliceAcc, date: "2025-03-05", amount: "-7.25", merchant: "Rewe", category: "groceries", status: "PENDING" },
    { accountId: aliceAcc, date: "2025-03-06", amount: "-30.00", merchant: "Café Müller", category: "restaurants" },
    { accountId: aliceAcc, date: "2025-03-07", amount: "-500.00", counterparty: "Alice Savings", category: "savings" },
    { accountId: aliceAcc, date: "2025-03-01", amount: "2500.00", counterparty: "ACME GmbH", category: "salary" },
    { accountId: aliceAcc, date: "2025-02-03", amount: "-40.10", merchant: "rewe", category: "groceries" },
  ]);
  await seedTx(t.db, bob, [
    { accountId: bobAcc, date: "2025-03-03", amount: "-99.99", merchant: "REWE", category: "groceries" },
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const march = { from: "2025-03-01", to: "2025-03-31" };

describe("analytics engine", () => {
  it("sums spending as a positive exact decimal, pending included and transfers left out", async () => {
    const r = await analytics.query(alice.userId, { measure: "spending", filters: { period: march } }, { today });
    expect(r.rows).toEqual([{ key: null, value: "49.75", count: 3, currency: "EUR" }]);
    expect(r.total).toEqual([{ value: "49.75", count: 3, currency: "EUR" }]);
  });

  it("\"February vs March\": each side sums its own period, the answer spans both", async () => {
    const feb = { from: "2025-02-01", to: "2025-02-28" };
    const r = await analytics.query(
      alice.userId,
      { measure: "spending", filters: { period: { from: feb.from, to: march.to }, categories: ["groceries"] }, versus: [{ label: "Feb", period: feb }, { label: "Mar", period: march }] },
      { today },
    );
    expect(r.rows.map((x) => [x.label, x.value, x.count])).toEqual([["Feb", "40.10", 1], ["Mar", "19.75", 2]]);
    expect(r.period).toEqual({ from: feb.from, to: march.to });
    // No monthly chart: the sides share no months.
    expect(r.sides).toBeUndefined();
  });

  it("with the pending status filter, sums and lists only the rows the bank has not booked yet", async () => {
    const sum = await analytics.query(alice.userId, { measure: "spending", filters: { period: march, status: "pending" } }, { today });
    expect(sum.rows).toEqual([{ key: null, value: "7.25", count: 1, currency: "EUR" }]);
    const list = await analytics.query(alice.userId, { measure: "spending", filters: { period: march, status: "pending" }, groupBy: "transaction", sort: "key_desc" }, { today });
    expect(list.rows.map((x) => [x.key, x.label, x.value])).toEqual([["2025-03-05", "Rewe", "7.25"]]);
  });

  it("top-ups are the money moved into an account from the person's own accounts, not money from others or refunds", async () => {
    const carol = await seedUser(t.db);
    const giro = await seedAccount(t.db, carol, "Carol Giro");
    const revolut = await seedAccount(t.db, carol, "Carol Revolut");
    await seedTx(t.db, carol, [
      { accountId: giro, date: "2025-03-10", amount: "-300.00", counterparty: "Carol", category: "transfers" },
      { accountId: revolut, date: "2025-03-10", amount: "300.00", counterparty: "Payment from Carol", category: "transfers" },
      { accountId: revolut, date: "2025-02-10", amount: "50.00", counterparty: "Payment from Carol", category: "transfers" },
      { accountId: giro, date: "2025-03-12", amount: "80.00", counterparty: "Carol Savings", category: "savings" },
      { accountId: revolut, date: "2025-03-14", amount: "25.00", counterparty: "Dave", category: null },
      { accountId: revolut, date: "2025-03-15", amount: "20.00", merchant: "Amazon", category: "refunds" },
      { accountId: revolut, date: "2025-03-16", amount: "-30.00", merchant: "EDEKA", category: "groceries" },
    ]);
    const into = (accounts: string[] | undefined, period = march) =>
      analytics.query(carol.userId, { measure: "income", filters: { period, transfersTo: "account", ...(accounts ? { accounts } : {}) } }, { today });
    expect((await into([revolut])).rows).toEqual([{ key: null, value: "300.00", count: 1, currency: "EUR" }]);
    expect((await into([revolut], { from: "2025-02-01", to: "2025-03-31" })).rows[0]?.value).toBe("350.00");
    // Into any account: the giro's money back from savings too, never the outgoing side.
    expect((await into(undefined)).rows[0]?.value).toBe("380.00");
  });

  it("moves to savings are the transfers towards a savings account, never a card bill paid from the same bank", async () => {
    const dora = await seedUser(t.db);
    const giro = await seedAccount(t.db, dora, "Sparkasse Giro");
    const card = await seedAccount(t.db, dora, "Sparkasse Kreditkarte", "EUR", "CREDIT_CARD");
    const tagesgeld = await seedAccount(t.db, dora, "Postbank Tagesgeld", "EUR", "SAVINGS");
    await seedTx(t.db, dora, [
      // The Dauerauftrag to the Tagesgeld, both halves.
      { accountId: giro, date: "2025-03-02", amount: "-300.00", counterparty: "Dora Beispiel", description: "Sparen Tagesgeld", category: "transfers" },
      { accountId: tagesgeld, date: "2025-03-03", amount: "300.00", counterparty: "Dora Beispiel", description: "Sparen Tagesgeld", category: "transfers" },
      // No savings word, but its other half lands in the Tagesgeld.
      { accountId: giro, date: "2025-03-04", amount: "-50.00", counterparty: "Dora Beispiel", description: "Umbuchung", category: "transfers" },
      { accountId: tagesgeld, date: "2025-03-04", amount: "50.00", counterparty: "Dora Beispiel", description: "Umbuchung", category: "transfers" },
      // The card bill: the bank's name holds "spar", the other half is the card's credit.
      { accountId: giro, date: "2025-03-05", amount: "-151.49", counterparty: "Sparkasse KoelnBonn", merchant: "SV SparkassenVersicherung", description: "Abrechnung Kreditkarte 5232 XXXX XXXX 4711", category: "transfers" },
      { accountId: card, date: "2025-03-05", amount: "151.49", counterparty: "EINZUG KARTENABRECHNUNG", category: "transfers" },
      // A card bill without a matched other half, from a Sparda-Bank account.
      { accountId: giro, date: "2025-03-06", amount: "-80.00", counterparty: "Sparda-Bank West", description: "Kreditkartenabrechnung 02/2025", category: "transfers" },
      // Money paid towards the card account by its name.
      { accountId: giro, date: "2025-03-07", amount: "-20.00", counterparty: "Sparkasse Kreditkarte", category: "transfers" },
      // Money out of the Tagesgeld is not a move to savings.
      { accountId: tagesgeld, date: "2025-03-08", amount: "-100.00", counterparty: "Dora Beispiel", description: "Sparen Rückbuchung", category: "transfers" },
    ]);
    const rows = await t.db.transaction.findMany({ where: { userId: dora.userId }, orderBy: [{ bookingDate: "asc" }, { amount: "asc" }] });
    const pair = async (date: string, amount: string) => {
      const [out, into] = [rows.find((r) => r.bookingDate.toISOString().startsWith(date) && r.amount.toFixed(2) === `-${amount}`)!, rows.find((r) => r.amount.toFixed(2) === amount)!];
      await t.db.transaction.update({ where: { id: out.id }, data: { transferPeerId: into.id } });
      await t.db.transaction.update({ where: { id: into.id }, data: { transferPeerId: out.id } });
    };
    await pair("2025-03-02", "300.00");
    await pair("2025-03-04", "50.00");
    await pair("2025-03-05", "151.49");
    const r = await analytics.query(dora.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today });
    expect(r.rows).toEqual([{ key: null, value: "350.00", count: 2, currency: "EUR" }]);
  });

  it("saved is the money moved to savings less what came back out, counted on the other accounts", async () => {
    const gus = await seedUser(t.db);
    const giro = await seedAccount(t.db, gus, "Gus Giro");
    const tagesgeld = await seedAccount(t.db, gus, "Gus Tagesgeld", "EUR", "SAVINGS");
    await seedTx(t.db, gus, [
      { accountId: giro, date: "2025-03-02", amount: "-300.00", counterparty: "Gus Beispiel", description: "Sparen", category: "transfers" },
      { accountId: tagesgeld, date: "2025-03-02", amount: "300.00", counterparty: "Gus Beispiel", description: "Sparen", category: "transfers" },
      // Taken back out for Christmas: both halves, matched.
      { accountId: tagesgeld, date: "2025-03-20", amount: "-120.00", counterparty: "Gus Beispiel", description: "Weihnachten", category: "transfers" },
      { accountId: giro, date: "2025-03-20", amount: "120.00", counterparty: "Gus Beispiel", description: "Weihnachten", category: "transfers" },
      // Back from a savings account in no file, known by its words.
      { accountId: giro, date: "2025-03-22", amount: "30.00", counterparty: "Gus Beispiel", description: "Auflösung Sparplan", category: "savings" },
      // Salary is no withdrawal from savings.
      { accountId: giro, date: "2025-03-28", amount: "2000.00", counterparty: "ACME GmbH", description: "Gehalt", category: "salary" },
    ]);
    const rows = await t.db.transaction.findMany({ where: { userId: gus.userId } });
    const pair = async (date: string, amount: string) => {
      const at = rows.filter((r) => r.bookingDate.toISOString().startsWith(date) && r.amount.abs().toFixed(2) === amount);
      await t.db.transaction.update({ where: { id: at[0]!.id }, data: { transferPeerId: at[1]!.id } });
      await t.db.transaction.update({ where: { id: at[1]!.id }, data: { transferPeerId: at[0]!.id } });
    };
    await pair("2025-03-02", "300.00");
    await pair("2025-03-20", "120.00");
    const q = (measure: "spending" | "net") => analytics.query(gus.userId, { measure, filters: { period: march, transfersTo: "savings" } }, { today });
    expect((await q("spending")).total).toEqual([{ value: "300.00", count: 1, currency: "EUR" }]);
    expect((await q("net")).total).toEqual([{ value: "150.00", count: 3, currency: "EUR" }]);
  });

  it("moves to a British saver in no file read as savings: 'NATWEST SAVER', 'Regular eSaver'", async () => {
    const priya = await seedUser(t.db);
    const hsbc = await seedAccount(t.db, priya, "HSBC");
    await seedTx(t.db, priya, [
      { accountId: hsbc, date: "2025-03-03", amount: "-300.00", merchant: "P Shah Natwest Saver", description: "BP  P SHAH NATWEST SAVER", category: "transfers" },
      { accountId: hsbc, date: "2025-03-04", amount: "-50.00", description: "TO REGULAR ESAVER 12345678", category: "transfers" },
      // Back from the saver: not a move to it.
      { accountId: hsbc, date: "2025-03-14", amount: "1200.00", description: "CR  P SHAH FROM NATWEST SAVER", category: "transfers" },
    ]);
    const r = await analytics.query(priya.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today });
    expect(r.total).toEqual([{ value: "350.00", count: 2, currency: "EUR" }]);
  });

  it("moves to savings read 'Rücklage' as banks spell it without umlauts: 'Ruecklage Instandhaltung'", async () => {
    const kim = await seedUser(t.db);
    const giro = await seedAccount(t.db, kim, "Flats Giro");
    await seedTx(t.db, kim, [
      { accountId: giro, date: "2025-03-10", amount: "-250.00", counterparty: "Kim Beispiel", description: "Ruecklage Instandhaltung Wohnungen", category: "transfers" },
      { accountId: giro, date: "2025-03-11", amount: "-80.00", counterparty: "Kim Beispiel", description: "Rücklage Urlaub", category: "transfers" },
    ]);
    const r = await analytics.query(kim.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today });
    expect(r.total).toEqual([{ value: "330.00", count: 2, currency: "EUR" }]);
  });

  it("a withdrawal from a Tagesgeld of unknown type is no move to savings: the account savings moves land in is savings", async () => {
    const lea = await seedUser(t.db);
    const giro = await seedAccount(t.db, lea, "Lea Giro");
    const flats = await seedAccount(t.db, lea, "Lea Flats");
    const tagesgeld = await seedAccount(t.db, lea, "Lea Consors");
    await seedTx(t.db, lea, [
      { accountId: giro, date: "2025-03-03", amount: "-400.00", counterparty: "Lea Beispiel", description: "Sparrate Tagesgeld", category: "transfers" },
      { accountId: tagesgeld, date: "2025-03-04", amount: "400.00", counterparty: "Lea Beispiel", description: "Sparrate Tagesgeld", category: "transfers" },
      { accountId: flats, date: "2025-03-10", amount: "-250.00", counterparty: "Lea Beispiel", description: "Ruecklage Instandhaltung", category: "transfers" },
      { accountId: tagesgeld, date: "2025-03-11", amount: "250.00", counterparty: "Lea Beispiel", description: "Ruecklage Instandhaltung", category: "transfers" },
      // Taken back out for a renovation: the words say Rücklage, the money leaves the savings.
      { accountId: tagesgeld, date: "2025-03-12", amount: "-3000.00", counterparty: "Lea Beispiel", description: "Entnahme Ruecklage Renovierung", category: "transfers" },
      { accountId: flats, date: "2025-03-13", amount: "3000.00", counterparty: "Lea Beispiel", description: "Entnahme Ruecklage Renovierung", category: "transfers" },
    ]);
    const rows = await t.db.transaction.findMany({ where: { userId: lea.userId } });
    for (const amount of ["400.00", "250.00", "3000.00"]) {
      const [a, b] = rows.filter((r) => r.amount.abs().toFixed(2) === amount);
      await t.db.transaction.update({ where: { id: a!.id }, data: { transferPeerId: b!.id } });
      await t.db.transaction.update({ where: { id: b!.id }, data: { transferPeerId: a!.id } });
    }
    const r = await analytics.query(lea.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today });
    expect(r.total).toEqual([{ value: "650.00", count: 2, currency: "EUR" }]);
  });

  it("splits home internet out of utilities: broadband, cable and fibre companies, and the words", async () => {
    const ian = await seedUser(t.db);
    const acc = await seedAccount(t.db, ian, "Ian Current");
    const row = (amount: string, merchant: string | null, description: string | null = null) => ({
      accountId: acc, date: "2025-03-08", amount, category: "utilities", merchant, description,
    });
    await seedTx(t.db, ian, [
      row("-46.00", "Virgin Media", "DD VIRGIN MEDIA PYMTS"),
      row("-65.00", "Comcast", "COMCAST CHICAGO 800-266-2278"),
      row("-84.99", "Verizon Fios", "VERIZON FIOS"),
      row("-39.99", "EWE", "EWE Internet+Telefon 03/2025"),
      row("-22.00", "Vodafone", "VODAFONE LIMITED"),
      row("-88.00", "Octopus Energy", "OCTOPUS ENERGY"),
    ]);
    const sum = async (filters: QuerySpecInput["filters"]) =>
      (await analytics.query(ian.userId, { measure: "spending", filters: { period: march, ...filters } }, { today })).total[0]?.value;
    expect(await sum({ topics: ["internet"] })).toBe("235.98");
    expect(await sum({ topics: ["phone"] })).toBe("61.99");
  });

  it("moves to savings read the Dutch and French words when the savings account is in no file: 'Naar Oranje Spaarrekening', spaardoel, livret", async () => {
    const daan = await seedUser(t.db);
    const ing = await seedAccount(t.db, daan, "ING Betaalrekening");
    await seedTx(t.db, daan, [
      { accountId: ing, date: "2025-03-25", amount: "-500.00", counterparty: "Naar Oranje Spaarrekening V12345678", description: "Naar Oranje Spaarrekening V12345678 Valutadatum: 25-03-2025", category: "transfers" },
      { accountId: ing, date: "2025-03-26", amount: "-40.00", counterparty: "D Visser", description: "Naar spaardoel Vakantie", category: "transfers" },
      { accountId: ing, date: "2025-03-27", amount: "-25.00", counterparty: "Virement vers Livret A", category: "transfers" },
      // Money back from savings, and an own move with no savings word, are not moves to savings.
      { accountId: ing, date: "2025-03-15", amount: "800.00", counterparty: "Van Oranje Spaarrekening V12345678", category: "transfers" },
      { accountId: ing, date: "2025-03-25", amount: "-1950.00", counterparty: "D Visser", description: "Vaste lasten", category: "transfers" },
      // A transfer to a Caisse d'Epargne current account: the bank's name is no savings word.
      { accountId: ing, date: "2025-03-28", amount: "-60.00", counterparty: "Caisse d'Epargne Ile de France", description: "Virement compte courant", category: "transfers" },
    ]);
    const r = await analytics.query(daan.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today });
    expect(r.total).toEqual([{ value: "565.00", count: 3, currency: "EUR" }]);
  });

  it("money in from a payer named is all of it: a shop's refunds, a friend's Tikkie; income in general leaves refunds out", async () => {
    const gus = await seedUser(t.db);
    const giro = await seedAccount(t.db, gus, "Gus Giro");
    await seedTx(t.db, gus, [
      { accountId: giro, date: "2025-03-03", amount: "-80.00", merchant: "Amazon", category: "shopping" },
      { accountId: giro, date: "2025-03-09", amount: "30.00", merchant: "Amazon", category: "refunds" },
      { accountId: giro, date: "2025-03-10", amount: "27.75", merchant: "Tikkie", category: "income_other" },
      { accountId: giro, date: "2025-03-11", amount: "-12.50", merchant: "Tikkie", category: "other" },
      { accountId: giro, date: "2025-03-25", amount: "2000.00", counterparty: "ACME GmbH", category: "salary" },
    ]);
    const income = (filters: object) => analytics.query(gus.userId, { measure: "income", filters: { period: march, ...filters } }, { today });
    expect((await income({ merchants: ["Amazon"] })).total).toEqual([{ value: "30.00", count: 1, currency: "EUR" }]);
    expect((await income({ merchants: ["Tikkie"] })).total).toEqual([{ value: "27.75", count: 1, currency: "EUR" }]);
    expect((await income({})).total).toEqual([{ value: "2027.75", count: 2, currency: "EUR" }]);
  });

  it("leaves cash taken out of spending, says how much, and still answers cash, a merchant and net with it", async () => {
    const erin = await seedUser(t.db, { baseCurrency: "GBP" });
    const current = await seedAccount(t.db, erin, "Lloyds", "GBP");
    await seedTx(t.db, erin, [
      { accountId: current, date: "2025-03-03", amount: "-25.00", currency: "GBP", merchant: "Tesco", category: "groceries" },
      { accountId: current, date: "2025-03-13", amount: "-60.00", currency: "GBP", merchant: "ATM", description: "LNK CAMDEN HIGH ST", category: "cash" },
      { accountId: current, date: "2025-03-14", amount: "-1.99", currency: "GBP", merchant: "Notemachine", description: "NOTEMACHINE FEE", category: "fees" },
      { accountId: current, date: "2025-03-20", amount: "100.00", currency: "GBP", counterparty: "ACME Ltd", category: "salary" },
    ]);
    const ask = (spec: QuerySpecInput) => analytics.query(erin.userId, spec, { today });
    const spent = await ask({ measure: "spending", filters: { period: march } });
    expect(spent.total).toEqual([{ value: "26.99", count: 2, currency: "GBP" }]);
    expect(spent.cashLeftOut).toEqual([{ value: "60.00", count: 1, currency: "GBP" }]);
    // One line under the total, in the asker's language.
    const lines = (locale: "en" | "de") => htmlToPlain(presentResult(spent, locale).html).split("\n");
    expect(lines("en")).toContain("Cash withdrawals of £60.00 are not counted as spending.");
    expect(lines("de")).toContain("Bargeldabhebungen von 60,00\u00a0£ zählen nicht als Ausgaben.");
    // By category the cash is not one of the rows, nor among the biggest purchases.
    expect((await ask({ measure: "spending", filters: { period: march }, groupBy: "category" })).rows.map((r) => r.key)).toEqual(["groceries", "fees"]);
    expect((await ask({ measure: "spending", filters: { period: march }, groupBy: "transaction", sort: "value_desc", limit: 5 })).rows.map((r) => r.value)).toEqual(["25.00", "1.99"]);
    expect((await ask({ measure: "average", filters: { period: march } })).total[0]?.value).toBe("13.50");
    // Asked for on its own, by category or by the machine's label, it is there.
    const cash = await ask({ measure: "spending", filters: { period: march, categories: ["cash"] } });
    expect(cash.total).toEqual([{ value: "60.00", count: 1, currency: "GBP" }]);
    expect(cash.cashLeftOut).toBeUndefined();
    // The machine operator (Notemachine) is one of the dictionary's names for "ATM", so its fee is counted with the cash.
    expect((await ask({ measure: "spending", filters: { period: march, merchants: ["ATM"] } })).total[0]?.value).toBe("61.99");
    // The money did leave the account: net and counts keep it.
    expect((await ask({ measure: "net", filters: { period: march } })).total[0]?.value).toBe("13.01");
    expect((await ask({ measure: "count", filters: { period: march } })).total[0]?.value).toBe("4");
    // A month without a withdrawal says nothing about cash.
    expect((await ask({ measure: "spending", filters: { period: { from: "2025-02-01", to: "2025-02-28" } } })).cashLeftOut).toBeUndefined();
    // Income vs spending: spending as above, cash left out and said, and left over is income less that spending.
    const flows = await ask({
      measure: "net", filters: { period: march },
      versus: [{ label: "Income", measure: "income" }, { label: "Spending", measure: "spending" }],
    });
    expect(flows.rows.map((r) => [r.label, r.value])).toEqual([["Income", "100.00"], ["Spending", "26.99"]]);
    expect(flows.cashLeftOut).toEqual([{ value: "60.00", count: 1, currency: "GBP" }]);
    const shown = htmlToPlain(presentResult(flows, "en").html);
    expect(shown).toContain("Income and spending");
    expect(shown).toContain("Left over (income − spending): £73.01");
    expect(shown).toContain("Cash withdrawals of £60.00 are not counted as spending.");
  });

  it("card bills are the own transfers that pay a card, counted once on the paying side, for the card named", async () => {
    const finn = await seedUser(t.db, { baseCurrency: "USD" });
    const chase = await seedAccount(t.db, finn, "Chase USD", "USD");
    const capone = await seedAccount(t.db, finn, "Capital One USD", "USD", "CREDIT_CARD");
    const amex = await seedAccount(t.db, finn, "American Express USD", "USD", "CREDIT_CARD");
    const bofa = await seedAccount(t.db, finn, "Bank of America USD", "USD", "SAVINGS");
    const usd = { currency: "USD" };
    await seedTx(t.db, finn, [
      // Capital One's bill, both halves (matched below).
      { ...usd, accountId: chase, date: "2025-03-20", amount: "-1000.05", merchant: "Capital One Mobile Pymt", description: "CAPITAL ONE MOBILE PYMT WEB ID: 9279744380", category: "transfers" },
      { ...usd, accountId: capone, date: "2025-03-20", amount: "1000.05", merchant: "Capital One Mobile Pymt", description: "CAPITAL ONE MOBILE PYMT", category: "transfers" },
      // The Amex bill, its other half not in any file.
      { ...usd, accountId: chase, date: "2025-03-18", amount: "-250.00", description: "AMERICAN EXPRESS ACH PMT", category: "transfers" },
      // Purchases on the card and a move to savings are not bills.
      { ...usd, accountId: capone, date: "2025-03-05", amount: "-80.00", merchant: "Kroger", category: "groceries" },
      { ...usd, accountId: chase, date: "2025-03-02", amount: "-1200.00", description: "ONLINE TRANSFER TO SAV XXXX4821", category: "transfers" },
      { ...usd, accountId: bofa, date: "2025-03-02", amount: "1200.00", description: "ONLINE TRANSFER FROM CHK XXXX4417", category: "transfers" },
    ]);
    const rows = await t.db.transaction.findMany({ where: { userId: finn.userId } });
    const pair = async (a: string, b: string) => {
      const [x, y] = [rows.find((r) => r.amount.toFixed(2) === a)!, rows.find((r) => r.amount.toFixed(2) === b)!];
      await t.db.transaction.update({ where: { id: x.id }, data: { transferPeerId: y.id } });
      await t.db.transaction.update({ where: { id: y.id }, data: { transferPeerId: x.id } });
    };
    await pair("-1000.05", "1000.05");
    await pair("-1200.00", "1200.00");
    const bills = (accounts?: string[]) =>
      analytics.query(finn.userId, { measure: "spending", filters: { period: march, transfersTo: "card", ...(accounts ? { accounts } : {}) } }, { today });
    expect((await bills()).total).toEqual([{ value: "1250.05", count: 2, currency: "USD" }]);
    // The card paid: matched by its other half, or by the bank's name in the words.
    expect((await bills([capone])).total).toEqual([{ value: "1000.05", count: 1, currency: "USD" }]);
    expect((await bills([amex])).total).toEqual([{ value: "250.00", count: 1, currency: "USD" }]);
    // The account paying, and both together.
    expect((await bills([chase])).total[0]?.value).toBe("1250.05");
    expect((await bills([chase, capone])).total[0]?.value).toBe("1000.05");
    expect((await bills([bofa])).total[0]?.value).toBe("0.00");
    // The move to savings is no bill, and counts as a move to savings; so does one whose other half is in no file, by its US wording.
    await seedTx(t.db, finn, [{ ...usd, accountId: chase, date: "2025-03-09", amount: "-150.00", description: "ONLINE TRANSFER TO SAV XXXX4821", category: "transfers" }]);
    expect((await analytics.query(finn.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today })).total).toEqual([{ value: "1350.00", count: 2, currency: "USD" }]);
    // Spending on the card is its purchases, not the bill.
    expect((await analytics.query(finn.userId, { measure: "spending", filters: { period: march, accounts: [capone] } }, { today })).total[0]?.value).toBe("80.00");
  });

  it("a card bill worded in French, Spanish, Italian or by a card-only issuer counts as a card bill without its other half, and never as a move to savings", async () => {
    const ines = await seedUser(t.db);
    const giro = await seedAccount(t.db, ines, "Ines Giro");
    await seedAccount(t.db, ines, "Ines Visa", "EUR", "CREDIT_CARD");
    await seedTx(t.db, ines, [
      { accountId: giro, date: "2025-03-03", amount: "-100.00", description: "PRLV CARTE 4974XXXXXXXX1234 RELEVE DU 28/02", category: "transfers" },
      { accountId: giro, date: "2025-03-04", amount: "-200.00", description: "LIQUIDACION TARJETA CREDITO 4B 1234", category: "transfers" },
      { accountId: giro, date: "2025-03-05", amount: "-300.00", description: "ADDEBITO CARTA DI CREDITO NEXI 02/2025", category: "transfers" },
      { accountId: giro, date: "2025-03-06", amount: "-400.00", description: "MBNA LIMITED DDR", category: "transfers" },
      // The card bill of a savings bank: "Sparkasse" holds "spar", the words say card.
      { accountId: giro, date: "2025-03-07", amount: "-50.00", counterparty: "Sparkasse Hannover", description: "Ausgleich Kartenkonto 1234", category: "transfers" },
    ]);
    const bills = await analytics.query(ines.userId, { measure: "spending", filters: { period: march, transfersTo: "card" } }, { today });
    expect(bills.total).toEqual([{ value: "1050.00", count: 5, currency: "EUR" }]);
    const saved = await analytics.query(ines.userId, { measure: "spending", filters: { period: march, transfersTo: "savings" } }, { today });
    expect(saved.total[0]?.value ?? "0.00").toBe("0.00");
  });

  it("counts a transfer category when the spec asks for it by key", async () => {
    const r = await analytics.query(alice.userId, { measure: "spending", filters: { period: march, categories: ["savings"] } }, { today });
    expect(r.rows[0]?.value).toBe("500.00");
  });

  it("matches merchants regardless of case and accents and compares with the previous month", async () => {
    const r = await analytics.query(
      alice.userId,
      { measure: "spending", filters: { period: march, merchants: ["rewe", "CAFE MULLER"] }, groupBy: "merchant", compare: "previous_period" },
      { today },
    );
    expect(r.comparePeriod).toEqual({ from: "2025-02-01", to: "2025-02-28" });
    expect(r.rows.map((x) => [x.key, x.value, x.compareValue])).toEqual([
      ["cafe muller", "30.00", "0.00"],
      ["rewe", "19.75", "40.10"],
    ]);
  });

  it("fills empty weeks of a time series with zeros", async () => {
    const r = await analytics.query(
      alice.userId,
      { measure: "spending", filters: { period: march }, groupBy: "week", sort: "key_asc" },
      { today },
    );
    expect(r.rows.map((x) => [x.key, x.value])).toEqual([
      ["2025-02-24", "12.50"],
      ["2025-03-03", "37.25"],
      ["2025-03-10", "0.00"],
      ["2025-03-17", "0.00"],
      ["2025-03-24", "0.00"],
      ["2025-03-31", "0.00"],
    ]);
  });

  it("averages spending per outgoing transaction, rounded to cents", async () => {
    const r = await analytics.query(alice.userId, { measure: "average", filters: { period: march } }, { today });
    expect(r.rows[0]?.value).toBe("16.58");
  });

  it("answers from the open copy and applies a later write as a change, without a reload or a version bump", async () => {
    const spec = { measure: "spending", filters: { period: march } } as const;
    await analytics.query(alice.userId, spec, { today });
    const loads = analytics.cacheStats().loads;
    const again = await analytics.query(alice.userId, spec, { today });
    expect(again.loadedFromCache).toBe(true);
    expect(analytics.cacheStats().loads).toBe(loads);

    const deltas = analytics.cacheStats().deltas;
    await seedTx(t.db, alice, [{ accountId: aliceAcc, date: "2025-03-10", amount: "-0.25", merchant: "Kiosk" }]);
    const fresh = await analytics.query(alice.userId, spec, { today });
    expect(fresh.rows[0]?.value).toBe("50.00");
    expect(fresh.loadedFromCache).toBe(true);
    expect(analytics.cacheStats().loads).toBe(loads);
    expect(analytics.cacheStats().deltas).toBe(deltas + 1);
  });

  it("keeps users apart: same merchant, own totals, and another user's account id finds nothing", async () => {
    const spec: QuerySpecInput = { measure: "spending", filters: { period: march, merchants: ["REWE"] } };
    const a = await analytics.query(alice.userId, spec, { today });
    const b = await analytics.query(bob.userId, spec, { today });
    expect(a.rows[0]?.value).toBe("19.75");
    expect(b.rows[0]?.value).toBe("99.99");
    const foreign = await analytics.query(
      alice.userId,
      { measure: "spending", filters: { period: march, accounts: [bobAcc] }, groupBy: "account" },
      { today },
    );
    expect(foreign.rows).toEqual([]);
    expect(foreign.total[0]?.value).toBe("0.00");
  });

  it("counts a topic's rows only: its words or merchants within its categories, refunds netted, any of several subjects", async () => {
    const dana = await seedUser(t.db);
    const acc = await seedAccount(t.db, dana, "Dana Giro");
    const row = (amount: string, category: string, merchant: string | null, description: string | null = null, refundOf: string | null = null) => ({
      accountId: acc, date: "2025-03-10", amount, category, merchant, description, refundOf,
    });
    await seedTx(t.db, dana, [
      row("-26.99", "entertainment", "PureGym"),
      row("-19.90", "entertainment", "McFIT"),
      row("-12.00", "entertainment", "Kino Babylon"),
      row("5.00", "refunds", "PureGym", "Refund", "entertainment"),
      row("-49.00", "shopping", "Amazon", "FITNESS TRACKER"),
      row("-72.00", "utilities", "T-Mobile"),
      row("-84.99", "utilities", "Verizon Fios"),
      row("-98.00", "utilities", "Octopus Energy"),
      row("-41.20", "utilities", "Thames Water"),
      row("-172.00", "taxes", "Camden Council", "LB CAMDEN CTAX 60123456"),
      row("-14.96", "taxes", "TV Licensing", "TV LICENCE MBP"),
      row("-156.12", "insurance", "GEICO", "GEICO *AUTO"),
      row("-11.20", "insurance", "Direct Line", "DIRECT LINE INS HOME"),
      row("-30.00", "insurance", "Aetna", "HEALTHCARE PLAN"),
      row("-156.30", "insurance", "Zilveren Kruis", "Premie zorgverzekering januari 2026 relatienr 187654321"),
      row("-48.70", "taxes", "Gemeente Utrecht", "Gemeentelijke belastingen 2026 termijn 1 van 10"),
      row("-21.40", "taxes", "Waterschap Vallei en Veluwe", "Waterschapsbelasting 2026 termijn 3"),
      row("-60.00", "taxes", "Belastingdienst", "Inkomstenbelasting 2025 aanslag"),
      row("-3.00", "fees", "Chase", "NON-CHASE ATM FEE-WITH"),
      row("-12.00", "fees", "Chase", "MONTHLY SERVICE FEE"),
      row("-25.00", "groceries", "REWE"),
    ]);
    const sum = async (filters: QuerySpecInput["filters"]) =>
      (await analytics.query(dana.userId, { measure: "spending", filters: { period: march, ...filters } }, { today })).total[0]?.value;
    expect(await sum({ topics: ["gym"] })).toBe("41.89");
    expect(await sum({ topics: ["phone"] })).toBe("72.00");
    expect(await sum({ topics: ["electricity"] })).toBe("98.00");
    // Council tax and the Dutch local taxes (gemeente, waterschap), not the national income tax.
    expect(await sum({ topics: ["council_tax"] })).toBe("242.10");
    expect(await sum({ topics: ["health_insurance"] })).toBe("186.30");
    expect(await sum({ topics: ["car_insurance"] })).toBe("156.12");
    expect(await sum({ topics: ["atm_fees"] })).toBe("3.00");
    expect(await sum({ topics: ["bills"] })).toBe("966.87");
    expect(await sum({ categories: ["groceries"], topics: ["gym"] })).toBe("66.89");
    expect(await sum({ topics: ["gym", "phone"] })).toBe("113.89");
  });

  it("splits the bills within utilities: gas, water, electricity, and gas with electricity together", async () => {
    const uma = await seedUser(t.db);
    const acc = await seedAccount(t.db, uma, "Uma Checking");
    const row = (amount: string, merchant: string | null, description: string | null = null) => ({
      accountId: acc, date: "2025-03-14", amount, category: "utilities", merchant, description,
    });
    await seedTx(t.db, uma, [
      row("-161.39", "Peoples Gas", "PEOPLES GAS DES:WEB PAY ID:XXXXX12345"),
      row("-64.10", "ComEd", "COMED DES:UTIL PYMT ID:XXXXX54321"),
      row("-41.20", "Thames Water", "THAMES WATER DD"),
      row("-38.00", "United Utilities", "UNITED UTILITIES W"),
      row("-120.00", "Stadtwerke Bonn", "Abschlag Strom/Gas 03/2025"),
      row("-65.00", "Comcast", "COMCAST CHICAGO 800-266-2278"),
    ]);
    const sum = async (filters: QuerySpecInput["filters"]) =>
      (await analytics.query(uma.userId, { measure: "spending", filters: { period: march, ...filters } }, { today })).total[0]?.value;
    expect(await sum({ topics: ["gas_utility"] })).toBe("281.39");
    expect(await sum({ topics: ["electricity"] })).toBe("184.10");
    expect(await sum({ topics: ["energy"] })).toBe("345.49");
    expect(await sum({ topics: ["water"] })).toBe("79.20");
    expect(await sum({ categories: ["utilities"] })).toBe("489.69");
  });

  it("counts coffee as the cafés and coffee shops among restaurants: coffee, café, espresso or roaster words, and chains", async () => {
    const cleo = await seedUser(t.db);
    const acc = await seedAccount(t.db, cleo, "Cleo Current");
    const row = (amount: string, category: string, merchant: string | null, description: string | null = null) => ({
      accountId: acc, date: "2025-03-09", amount, category, merchant, description,
    });
    await seedTx(t.db, cleo, [
      row("-4.20", "restaurants", "Starbucks", "STARBUCKS 1234 LONDON"),
      row("-5.75", "restaurants", "Metric Coffee", "SQ *METRIC COFFEE Chicago IL"),
      row("-3.90", "restaurants", "Cafe Milchglas", "SumUp *Cafe Milchglas"),
      row("-6.40", "restaurants", "Kaffeerösterei Hagen", "KAFFEERÖSTEREI HAGEN"),
      row("-4.10", "restaurants", "Pret A Manger", "PRET A MANGER 0412"),
      row("-23.50", "restaurants", "Pizza Express", "PIZZA EXPRESS 12"),
      row("-31.20", "restaurants", "Deliveroo", "DELIVEROO.CO.UK"),
      // Coffee bought at a shop or as beans is no café visit.
      row("-39.00", "shopping", "Nespresso", "NESPRESSO BOUTIQUE"),
      row("-12.99", "groceries", "Tesco", "TESCO COFFEE BEANS"),
    ]);
    const sum = async (filters: QuerySpecInput["filters"]) =>
      (await analytics.query(cleo.userId, { measure: "spending", filters: { period: march, ...filters } }, { today })).total[0]?.value;
    expect(await sum({ topics: ["coffee"] })).toBe("24.35");
    expect(await sum({ categories: ["restaurants"] })).toBe("79.05");
  });

  it("counts as coffee the coffee houses the dictionary knows whose names say no coffee word", async () => {
    const cora = await seedUser(t.db);
    const acc = await seedAccount(t.db, cora, "Cora Current");
    const row = (amount: string, merchant: string, description: string) => ({
      accountId: acc, date: "2025-03-09", amount, category: "restaurants", merchant, description,
    });
    await seedTx(t.db, cora, [
      // Known by a coffee phrase of their dictionary row ("lot 61 coffee", "watch house coffee")
      row("-4.80", "Lot Sixty One", "Zettle_*Lot Sixty One AMSTERDAM, NL"),
      row("-3.60", "WatchHouse", "WATCHHOUSE LONDON BRIDGE"),
      // Known as coffee houses by name alone
      row("-4.15", "Grindsmith", "SQ *GRINDSMITH       MANCHESTER"),
      row("-3.95", "Intelligentsia", "INTELLIGENTSIA MONADNOCK CHICAGO IL"),
      // A restaurant is not coffee
      row("-28.40", "Rosa's Thai", "ROSAS THAI SOHO"),
    ]);
    const total = await analytics.query(cora.userId, { measure: "spending", filters: { period: march, topics: ["coffee"] } }, { today });
    expect(total.total[0]?.value).toBe("16.50");
  });

  it("splits fuel and parking out of Fuel & car: stations by brand or wording, parking by operator or wording, the rest only in the category", async () => {
    const finn = await seedUser(t.db);
    const acc = await seedAccount(t.db, finn, "Finn Giro");
    const row = (amount: string, merchant: string | null, description: string | null = null) => ({
      accountId: acc, date: "2025-03-12", amount, category: "fuel", merchant, description,
    });
    await seedTx(t.db, finn, [
      row("-61.20", "Aral", "Aral Station 141726125"),
      row("-55.10", "SHELL 1234 BONN DE"),
      row("-18.40", "Shell Recharge"),
      row("-48.00", "Freie Tankstelle Meyer", "TANKSTELLE MEYER"),
      row("-3.17", "EasyPark", "PAYPAL *EASYPARK 4029357733"),
      row("-4.50", "Parkhaus am Markt"),
      row("-2.00", "Q-Park", "Q-PARK BONN"),
      row("-12.90", "CleanCar", "CLEANCAR WASCHPARK"),
      row("-289.00", "ATU", "A.T.U Inspektion"),
    ]);
    const sum = async (filters: QuerySpecInput["filters"]) =>
      (await analytics.query(finn.userId, { measure: "spending", filters: { period: march, ...filters } }, { today })).total[0]?.value;
    expect(await sum({ topics: ["fuel_stations"] })).toBe("182.70");
    expect(await sum({ topics: ["parking"] })).toBe("9.67");
    expect(await sum({ categories: ["fuel"] })).toBe("494.27");
  });

  it("treats SQL in text and merchant filters as plain text", async () => {
    for (const evil of ["' OR 1=1 --", "%", "_", "x'); DROP TABLE tx; --", "\\"]) {
      const r = await analytics.query(
        alice.userId,
        { measure: "count", filters: { period: march, text: evil, merchants: [evil] } },
        { today },
      );
      expect(r.rows[0]?.value).toBe("0");
    }
    const still = await analytics.query(alice.userId, { measure: "count", filters: { period: march } }, { today });
    expect(Number(still.rows[0]?.value)).toBeGreaterThan(0);
  });

  it("rejects a spec that does not validate", async () => {
    await expect(
      analytics.query(alice.userId, { measure: "spending", filters: { currency: "eur; drop" } } as never, { today }),
    ).rejects.toThrow();
  });
});
