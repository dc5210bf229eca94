// Small helpers to put users, accounts, categories and transactions into the
// real test database for analytics tests.
import { randomUUID } from "node:crypto";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";
import type { Db } from "../../src/db/client.ts";
import type { AccountType } from "../../src/generated/prisma/enums.ts";

let nextTelegramId = 1000n;

export interface SeededUser {
  userId: string;
  connectionId: string;
  categories: Map<string, string>;
}

export async function seedUser(db: Db, opts: { baseCurrency?: string } = {}): Promise<SeededUser> {
  const telegramId = nextTelegramId++;
  const user = await db.user.create({ data: { telegramId, chatId: telegramId, baseCurrency: opts.baseCurrency ?? "EUR" } });
  const conn = await db.connection.create({ data: { userId: user.id, provider: "test", label: "Test" } });
  await db.category.createMany({
    data: TAXONOMY.map((c) => ({ userId: user.id, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })),
  });
  const cats = await db.category.findMany({ where: { userId: user.id }, select: { id: true, key: true } });
  return { userId: user.id, connectionId: conn.id, categories: new Map(cats.map((c) => [c.key, c.id])) };
}

export async function seedAccount(db: Db, u: SeededUser, name: string, currency = "EUR", type: AccountType = "CHECKING"): Promise<string> {
  const a = await db.account.create({
    data: { userId: u.userId, connectionId: u.connectionId, externalId: randomUUID(), name, currency, type },
  });
  return a.id;
}

export interface TxInput {
  accountId: string;
  date: string;
  /** The value date, where the bank gives one. */
  valueDate?: string | null;
  amount: string;
  currency?: string;
  /** The currency a foreign card payment was made in, where the bank says. */
  originalCurrency?: string | null;
  /** The amount in that currency, where the bank says. */
  originalAmount?: string | null;
  merchant?: string | null;
  counterparty?: string | null;
  /** The other side's IBAN, where the bank gives one. */
  counterpartyIban?: string | null;
  description?: string | null;
  category?: string | null;
  /** Transaction.refundOfKey: with category "refunds", the shop category it nets against. */
  refundOf?: string | null;
  status?: "BOOKED" | "PENDING";
  /** The bank's own payment type ("Direct Debit", "LASTSCHRIFT"), where its file has that column. */
  transactionType?: string | null;
}

export async function seedTx(db: Db, u: SeededUser, txs: TxInput[]): Promise<void> {
  await db.transaction.createMany({
    data: txs.map((t) => ({
      userId: u.userId,
      accountId: t.accountId,
      externalId: randomUUID(),
      status: t.status ?? "BOOKED",
      bookingDate: new Date(`${t.date}T00:00:00Z`),
      valueDate: t.valueDate ? new Date(`${t.valueDate}T00:00:00Z`) : null,
      amount: t.amount,
      currency: t.currency ?? "EUR",
      originalCurrency: t.originalCurrency ?? null,
      originalAmount: t.originalAmount ?? null,
      merchant: t.merchant ?? null,
      counterpartyName: t.counterparty ?? null,
      counterpartyIban: t.counterpartyIban ?? null,
      description: t.description ?? null,
      categoryId: t.category ? (u.categories.get(t.category) ?? null) : null,
      refundOfKey: t.refundOf ?? null,
      transactionType: t.transactionType ?? null,
    })),
  });
}
