// After every sync or import write, inside the same database transaction:
// rows paying to or from one of the person's own IBANs, and pairs of opposite
// rows between two of their accounts, become "transfers" (source
// "transfer-match"), so money moved between own accounts is neither spending
// nor income. Categories the person decided (by hand, by rule, by merchant)
// are never overridden, and a row already paired stays with its pair.
import type { Prisma } from "../db/client.ts";
import { addDays } from "../analytics/periods.ts";
import { PERSON_SOURCES, TRANSFER_MATCH_SOURCE } from "../merchants/category-choice.ts";
import { MAX_DAYS, matchTransfers, type TransferCandidate } from "./match-transfers.ts";
import { loadOwnIbans } from "./own-ibans.ts";
import { loadOwnNames } from "./own-names.ts";

type Tx = Prisma.TransactionClient;

export const TRANSFER_KEY = "transfers";

const OPEN = `("categorySource" IS NULL OR "categorySource" <> ALL($3::text[]))`;

const OWN_IBAN_SQL = `
UPDATE "Transaction" SET "categoryId" = $2::uuid, "categorySource" = '${TRANSFER_MATCH_SOURCE}', "refundOfKey" = NULL
WHERE "userId" = $1::uuid AND ${OPEN}
  AND upper(replace("counterpartyIban", ' ', '')) = ANY($4::text[])
  AND "categoryId" IS DISTINCT FROM $2::uuid`;

// Only rows whose amount also occurs with the opposite sign in another
// account leave the database, so a first sync of years of history does not
// ship every row to the matcher. Window functions, not a join: right after a
// big first write the table has no statistics yet, and a join planned on
// "1 row" estimates turns into a nested loop over the whole history.
const CANDIDATES_SQL = `
SELECT c."id", c."accountId", to_char(c."bookingDate", 'YYYY-MM-DD') AS "bookingDate", c."amount"::text AS "amount", c."currency",
       c."counterpartyIban", c."counterpartyName", a."iban" AS "accountIban"
FROM (
  SELECT "id", "accountId", "bookingDate", "amount", "currency", "counterpartyIban", "counterpartyName",
         bool_or("amount" < 0) OVER w AS has_out, bool_or("amount" > 0) OVER w AS has_in,
         min("accountId"::text) OVER w <> max("accountId"::text) OVER w AS two_accounts
  FROM "Transaction"
  WHERE "userId" = $1::uuid AND "bookingDate" >= $2::date AND "status" = 'BOOKED'
    AND "transferPeerId" IS NULL AND "amount" <> 0 AND ${OPEN}
  WINDOW w AS (PARTITION BY "currency", abs("amount"))
) c
JOIN "Account" a ON a."id" = c."accountId"
WHERE has_out AND has_in AND two_accounts`;

const PAIR_SQL = `
UPDATE "Transaction" t SET "categoryId" = $2::uuid, "categorySource" = '${TRANSFER_MATCH_SOURCE}', "refundOfKey" = NULL, "transferPeerId" = p.peer
FROM unnest($3::uuid[], $4::uuid[]) AS p(id, peer)
WHERE t."id" = p.id AND t."id" = ANY($3::uuid[]) AND t."userId" = $1::uuid`;

export interface TransferPass {
  ownIban: number;
  paired: number;
}

/**
 * `since` bounds the pairing to recent rows: the earliest booking date the
 * write touched (the matcher looks MAX_DAYS further back for the other half).
 * The own-IBAN rule looks at all rows: a newly added account turns earlier
 * payments to it into transfers too.
 * Bumps the user's dataVersion when it changed anything.
 */
export async function applyTransferMatches(tx: Tx, userId: string, since: string | null): Promise<TransferPass> {
  // One account has nobody to transfer to: the common single-account case costs one count.
  if (!since || (await tx.account.count({ where: { userId } })) < 2) return { ownIban: 0, paired: 0 };
  const category = await tx.category.findUnique({ where: { userId_key: { userId, key: TRANSFER_KEY } }, select: { id: true } });
  if (!category) return { ownIban: 0, paired: 0 };
  const from = addDays(since, -MAX_DAYS);
  const ownIbanSet = await loadOwnIbans(tx, userId);
  const ownIbans = [...ownIbanSet];
  const ownIban = ownIbans.length ? await tx.$executeRawUnsafe(OWN_IBAN_SQL, userId, category.id, PERSON_SOURCES, ownIbans) : 0;
  const rows = await tx.$queryRawUnsafe<TransferCandidate[]>(CANDIDATES_SQL, userId, from, PERSON_SOURCES);
  const pairs = rows.length ? matchTransfers(rows, MAX_DAYS, { ibans: ownIbanSet, names: await loadOwnNames(tx, userId, ownIbanSet) }) : [];
  if (pairs.length) {
    const ids = pairs.flatMap((p) => [p.outId, p.inId]);
    const peers = pairs.flatMap((p) => [p.inId, p.outId]);
    await tx.$executeRawUnsafe(PAIR_SQL, userId, category.id, ids, peers);
  }
  if (ownIban + pairs.length > 0) await tx.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });
  return { ownIban, paired: pairs.length };
}

/**
 * One call for the write paths: when the write changed anything, match
 * transfers among rows near the booking dates it was given.
 */
export async function matchTransfersAfterWrite(tx: Tx, userId: string, changed: number, written: Iterable<{ bookingDate: string }>): Promise<TransferPass> {
  if (changed <= 0) return { ownIban: 0, paired: 0 };
  let since: string | null = null;
  for (const r of written) if (since === null || r.bookingDate < since) since = r.bookingDate;
  return applyTransferMatches(tx, userId, since);
}

