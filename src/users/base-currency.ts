// A person's base currency (totals, the monthly summary, conversions) starts
// as EUR. Someone whose money is in pounds or dollars should not get euro
// answers: the first account Kontor ever stores for them decides it, as long
// as it is a currency Intl knows (not a crypto asset).
import type { Prisma } from "../generated/prisma/client.ts";
import { isIsoCurrency } from "../format/currency-code.ts";

/** The most common fiat currency among a link's or file's accounts; the first one on a tie. */
export function baseCurrencyOf(currencies: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of currencies) if (isIsoCurrency(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of counts) if (best === null || n > counts.get(best)!) best = c;
  return best;
}

/** Call in the transaction that creates accounts, before creating them: only a person with no account yet is changed. */
export async function adoptFirstAccountCurrency(tx: Prisma.TransactionClient, userId: string, currencies: readonly string[]): Promise<void> {
  const currency = baseCurrencyOf(currencies);
  if (!currency) return;
  await tx.$executeRaw`UPDATE "User" SET "baseCurrency" = ${currency}
    WHERE id = ${userId}::uuid AND "baseCurrency" <> ${currency}
      AND NOT EXISTS (SELECT 1 FROM "Account" WHERE "userId" = ${userId}::uuid)`;
}
