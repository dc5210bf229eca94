// Which of some merchant keys a person already has a row for (merged rows too): the keys still free to be linked
// to another form's merchant (resolve.ts before the cut names, variant-links.ts after them).
import type { Prisma } from "../db/client.ts";

const KNOWN_SQL = `SELECT "key" FROM "Merchant" WHERE "userId" = $1::uuid AND "key" = ANY($2::text[])`;

/** The keys among `keys` that the person already has a merchant row for. */
export async function knownKeys(tx: Prisma.TransactionClient, userId: string, keys: readonly string[]): Promise<Set<string>> {
  return new Set((await tx.$queryRawUnsafe<{ key: string }[]>(KNOWN_SQL, userId, keys)).map((r) => r.key));
}
