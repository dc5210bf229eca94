// A multi-bank person over 18 months (June 2025 – November 2026): a DKB
// current account, an ING savings account, an Amex credit card and a Revolut
// account, with card labels as banks print them (order and store numbers,
// "SAGT DANKE", processor prefixes), salary, rent by transfer, monthly moves
// to savings, card settlements and refunds. Every row carries the brand a
// person would name (`brand`), which only the test's own reference reads.
import { randomUUID } from "node:crypto";
import { TAXONOMY } from "../../../src/categories/taxonomy.ts";
import type { Db } from "../../../src/db/client.ts";
import { rng } from "./generator.ts";

export const TODAY = "2026-11-22"; // a Sunday
export const DATA_START = "2025-06-02";

export type AccountKey = "dkb" | "ing" | "amex" | "revolut";
export const ACCOUNTS: Record<AccountKey, { name: string; type: "CHECKING" | "SAVINGS" | "CREDIT_CARD" }> = {
  dkb: { name: "DKB Girokonto", type: "CHECKING" },
  ing: { name: "ING Extra-Konto", type: "SAVINGS" },
  amex: { name: "Amex Gold", type: "CREDIT_CARD" },
  revolut: { name: "Revolut", type: "CHECKING" },
};

export interface Row {
  account: AccountKey;
  date: string;
  /** Exact decimal string, negative = money out. */
  amount: string;
  merchant: string | null;
  counterparty: string | null;
  description: string | null;
  category: string;
  /** What a person calls it ("amazon"); null for transfers and income. */
  brand: string | null;
  status?: "BOOKED" | "PENDING";
}

const pad = (n: number) => String(n).padStart(2, "0");
const cents = (c: number) => `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${pad(Math.abs(c) % 100)}`;

function months(): { y: number; m: number }[] {
  const out: { y: number; m: number }[] = [];
  for (let i = 0; i < 18; i++) out.push({ y: 2025 + Math.floor((5 + i) / 12), m: ((5 + i) % 12) + 1 });
  return out;
}

export function buildRows(): Row[] {
  const r = rng(42);
  const rows: Row[] = [];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const add = (row: Row) => {
    if (row.date <= TODAY && row.date >= DATA_START) rows.push(row);
  };
  for (const { y, m } of months()) {
    const d = (day: number) => `${y}-${pad(m)}-${pad(Math.min(day, 28))}`;
    const ym = `${pad(m)}/${y}`;
    add({ account: "dkb", date: d(1), amount: "3200.00", merchant: null, counterparty: "ACME GmbH", description: `Gehalt ${ym}`, category: "salary", brand: null });
    add({ account: "dkb", date: d(3), amount: "-1100.00", merchant: null, counterparty: "Wohnbau Berlin GmbH", description: `Miete ${ym}`, category: "rent", brand: "wohnbau" });
    // REWE four times, each receipt with its own store/terminal number.
    for (let k = 0; k < 4; k++) {
      const label = k % 2 === 0 ? `REWE SAGT DANKE ${int(1000, 99999)}` : "REWE Markt GmbH";
      add({ account: "dkb", date: d(2 + k * 7), amount: cents(-int(900, 9000)), merchant: label, counterparty: null, description: "Kartenzahlung girocard", category: "groceries", brand: "rewe" });
    }
    for (let k = 0; k < 2; k++) {
      add({ account: "revolut", date: d(5 + k * 10), amount: cents(-int(500, 4000)), merchant: k ? "Lidl sagt Danke" : "LIDL DIENSTL GMBH", counterparty: null, description: null, category: "groceries", brand: "lidl" });
    }
    // Amazon: every order its own label; more than 20 of them overall.
    for (let k = 0; k < 3; k++) {
      const label = k === 2 ? `AMZN Mktp DE*${int(100, 999)}X${int(10, 99)}` : `AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND ${int(100, 999)}-${int(1000000, 9999999)}`;
      add({ account: "amex", date: d(4 + k * 8), amount: cents(-int(799, 12999)), merchant: label, counterparty: null, description: null, category: "shopping", brand: "amazon" });
    }
    if (m % 4 === 0) add({ account: "amex", date: d(20), amount: "19.99", merchant: `AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND ${int(100, 999)}-${int(1000000, 9999999)}`, counterparty: null, description: "Erstattung", category: "shopping", brand: "amazon" });
    add({ account: "amex", date: d(15), amount: y === 2026 && m >= 6 ? "-15.99" : "-12.99", merchant: "NETFLIX.COM", counterparty: null, description: null, category: "subscriptions", brand: "netflix" });
    add({ account: "amex", date: d(10), amount: "-10.99", merchant: m % 2 ? "Spotify AB" : `SPOTIFY P${int(1000000, 9999999)}`, counterparty: null, description: null, category: "subscriptions", brand: "spotify" });
    add({ account: "revolut", date: d(6), amount: cents(-int(800, 3500)), merchant: "UBER *TRIP HELP.UBER.COM", counterparty: null, description: null, category: "transport", brand: "uber" });
    add({ account: "revolut", date: d(13), amount: cents(-int(600, 2500)), merchant: "Bolt.eu", counterparty: null, description: null, category: "transport", brand: "bolt" });
    add({ account: "dkb", date: d(9), amount: cents(-int(4000, 8000)), merchant: `SHELL ${int(1000, 9999)} BERLIN`, counterparty: null, description: null, category: "fuel", brand: "shell" });
    if (m % 3 === 0) add({ account: "dkb", date: d(21), amount: cents(-int(1500, 3000)), merchant: "Shell Recharge", counterparty: null, description: null, category: "fuel", brand: "shell" });
    if (m % 2 === 0) add({ account: "dkb", date: d(24), amount: cents(-int(3000, 6000)), merchant: "TOTAL Tankstelle", counterparty: null, description: null, category: "fuel", brand: "total" });
    add({ account: "amex", date: d(12), amount: cents(-int(1500, 4500)), merchant: "Vapiano", counterparty: null, description: null, category: "restaurants", brand: "vapiano" });
    add({ account: "amex", date: d(26), amount: cents(-int(2000, 6000)), merchant: "Pizzeria Da Mario", counterparty: null, description: null, category: "restaurants", brand: "pizzeria da mario" });
    add({ account: "amex", date: d(17), amount: "-2.99", merchant: "APPLE.COM/BILL", counterparty: null, description: null, category: "subscriptions", brand: "apple" });
    if (m % 5 === 0) add({ account: "amex", date: d(18), amount: cents(-int(2000, 30000)), merchant: "Apple Store", counterparty: null, description: null, category: "shopping", brand: "apple" });
    if (m % 6 === 1) add({ account: "amex", date: d(19), amount: cents(-int(2500, 5000)), merchant: "Applebee's", counterparty: null, description: null, category: "restaurants", brand: "applebees" });
    // Money moved to savings, seen on both sides.
    add({ account: "dkb", date: d(2), amount: "-300.00", merchant: null, counterparty: "Max Mustermann", description: "Sparen Tagesgeld", category: "savings", brand: null });
    add({ account: "ing", date: d(2), amount: "300.00", merchant: null, counterparty: "Max Mustermann", description: "Sparen Tagesgeld", category: "savings", brand: null });
    // The card bill, settled from the current account: a transfer, not spending.
    add({ account: "dkb", date: d(28), amount: "-450.00", merchant: null, counterparty: "American Express Europe", description: "Kreditkartenabrechnung", category: "transfers", brand: null });
    add({ account: "amex", date: d(28), amount: "450.00", merchant: null, counterparty: "American Express Europe", description: "Zahlung erhalten", category: "transfers", brand: null });
    // Cash from a machine every other month: not spending (bank-formats.md §4.2), asked about on its own.
    if (m % 2 === 1) add({ account: "dkb", date: d(11), amount: "-100.00", merchant: "Geldautomat", counterparty: null, description: "Bargeldauszahlung GA 1234", category: "cash", brand: null });
  }
  // Interest: the ING Tagesgeld's quarterly credits (other income) and one quarter's overdraft interest on the DKB (a fee).
  const credits = [["2025-06-30", "4.12"], ["2025-09-30", "5.37"], ["2025-12-31", "6.08"], ["2026-03-31", "7.21"], ["2026-06-30", "7.96"], ["2026-09-30", "8.44"]] as const;
  for (const [date, amount] of credits) {
    const description = date.endsWith("-12-31") ? `Abschluss per ${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)} Habenzinsen` : "Zinsgutschrift";
    add({ account: "ing", date, amount, merchant: null, counterparty: null, description, category: "income_other", brand: null });
  }
  add({ account: "dkb", date: "2026-03-31", amount: "-3.17", merchant: null, counterparty: null, description: "Abrechnung Sollzinsen 01.01.-31.03.2026", category: "fees", brand: null });
  // A pending card payment counts like a booked one.
  add({ account: "amex", date: "2026-11-21", amount: "-42.00", merchant: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 555-0000001", counterparty: null, description: null, category: "shopping", brand: "amazon", status: "PENDING" });
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export const ROWS = buildRows();

/** The DKB statement's own balance. */
export const DKB_BALANCE = { date: "2026-11-20", amount: "2345.67" };

export interface SeededPerson {
  userId: string;
  accounts: Record<AccountKey, string>;
}

export async function seedPerson(db: Db, telegramId: bigint): Promise<SeededPerson> {
  const user = await db.user.create({ data: { telegramId, chatId: telegramId, baseCurrency: "EUR", locale: "en", timezone: "Europe/Berlin", onboardedAt: new Date() } });
  const conn = await db.connection.create({ data: { userId: user.id, provider: "test", label: "Files" } });
  await db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: user.id, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  const cats = new Map((await db.category.findMany({ where: { userId: user.id }, select: { id: true, key: true } })).map((c) => [c.key, c.id]));
  const accounts = {} as Record<AccountKey, string>;
  for (const [key, a] of Object.entries(ACCOUNTS) as [AccountKey, (typeof ACCOUNTS)[AccountKey]][]) {
    const created = await db.account.create({ data: { userId: user.id, connectionId: conn.id, externalId: randomUUID(), name: a.name, currency: "EUR", type: a.type } });
    accounts[key] = created.id;
  }
  await db.transaction.createMany({
    data: ROWS.map((t) => ({
      userId: user.id,
      accountId: accounts[t.account],
      externalId: randomUUID(),
      status: t.status ?? "BOOKED",
      bookingDate: new Date(`${t.date}T00:00:00Z`),
      amount: t.amount,
      currency: "EUR",
      merchant: t.merchant,
      counterpartyName: t.counterparty,
      description: t.description,
      categoryId: cats.get(t.category) ?? null,
    })),
  });
  await db.balanceSnapshot.create({
    data: { userId: user.id, accountId: accounts.dkb, asOf: new Date(`${DKB_BALANCE.date}T12:00:00Z`), kind: "booked", amount: DKB_BALANCE.amount, currency: "EUR" },
  });
  return { userId: user.id, accounts };
}
