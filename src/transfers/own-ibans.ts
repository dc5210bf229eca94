// The person's own account IBANs, in the one spelling every comparison uses.
import type { Prisma } from "../db/client.ts";

export const compactIban = (iban: string): string => iban.replace(/\s+/g, "").toUpperCase();

export async function loadOwnIbans(tx: Prisma.TransactionClient, userId: string): Promise<ReadonlySet<string>> {
  const accounts = await tx.account.findMany({ where: { userId, iban: { not: null } }, select: { iban: true } });
  return new Set(accounts.map((a) => compactIban(a.iban!)).filter((i) => i.length >= 8));
}
