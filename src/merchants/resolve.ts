// Label → canonical merchant, in bulk, inside the caller's database
// transaction. A label seen for the first time creates its Merchant row; a
// label whose merchant was merged into another resolves to the survivor, so
// future rows of "B" land on "A" without any rule. A label cut at the card
// network's field width becomes an alias of its one whole-named merchant
// first (cut-names.ts), as does a joined or field-cut form of one merchant's
// name (variant-links.ts).
import type { Prisma } from "../db/client.ts";
import { merchantKey } from "../categories/merchant-label.ts";
import { linkCutNames } from "./cut-names.ts";
import { linkVariantNames, MIN_VARIANT_KEY } from "./variant-links.ts";
import { knownKeys } from "./known-keys.ts";

type Tx = Prisma.TransactionClient;

export interface ResolvedMerchant {
  id: string;
  /** The display name every linked transaction carries in `merchant`. */
  name: string;
  /** The person's default category for this merchant, if they chose one. */
  categoryId: string | null;
}

/** key → merchant; labels folding to nothing ("***") have no merchant. */
export type MerchantMap = Map<string, ResolvedMerchant>;

// One statement: the insert's RETURNING covers new keys, the second branch
// (which sees the snapshot before the insert) covers known ones.
const RESOLVE_SQL = `
WITH input AS (
  SELECT DISTINCT ON (k) k, n FROM unnest($2::text[], $3::text[]) AS r(k, n) ORDER BY k
), ins AS (
  INSERT INTO "Merchant" ("id", "userId", "key", "name")
  SELECT gen_random_uuid(), $1::uuid, k, n FROM input
  ON CONFLICT ("userId", "key") DO NOTHING
  RETURNING "id", "key", "name"
)
SELECT "key", "id", "name", NULL::uuid AS "categoryId" FROM ins
UNION ALL
SELECT m."key", COALESCE(s."id", m."id"), COALESCE(s."name", m."name"), CASE WHEN s."id" IS NULL THEN m."categoryId" ELSE s."categoryId" END
FROM "Merchant" m LEFT JOIN "Merchant" s ON s."id" = m."mergedIntoId"
WHERE m."userId" = $1::uuid AND m."key" = ANY($2::text[])`;

const LOOKUP_SQL = `
SELECT m."key", COALESCE(s."id", m."id") AS "id", COALESCE(s."name", m."name") AS "name",
       CASE WHEN s."id" IS NULL THEN m."categoryId" ELSE s."categoryId" END AS "categoryId"
FROM "Merchant" m LEFT JOIN "Merchant" s ON s."id" = m."mergedIntoId"
WHERE m."userId" = $1::uuid AND m."key" = ANY($2::text[])`;

type Row = { key: string; id: string; name: string; categoryId: string | null };

/** Distinct non-empty keys of `labels`, each with the first label that produced it. */
function keysOf(labels: Iterable<string | null | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const label of labels) {
    if (!label) continue;
    const key = merchantKey(label);
    if (key && !out.has(key)) out.set(key, label.trim());
  }
  return out;
}

export async function resolveMerchants(tx: Tx, userId: string, labels: Iterable<string | null | undefined>): Promise<MerchantMap> {
  const wanted = keysOf(labels);
  const out: MerchantMap = new Map();
  if (!wanted.size) return out;
  const keys = [...wanted.keys()];
  // Only keys long enough to be a cut or a joined name (the shorter), and not yet known, can be linked to another form's merchant.
  const long = keys.filter((k) => k.length >= MIN_VARIANT_KEY);
  if (long.length) {
    const known = await knownKeys(tx, userId, long);
    const fresh = new Map(long.filter((k) => !known.has(k)).map((k) => [k, wanted.get(k)!]));
    await linkCutNames(tx, userId, fresh);
    await linkVariantNames(tx, userId, fresh);
  }
  const rows = await tx.$queryRawUnsafe<Row[]>(RESOLVE_SQL, userId, keys, keys.map((k) => wanted.get(k)!));
  for (const r of rows) out.set(r.key, { id: r.id, name: r.name, categoryId: r.categoryId });
  // A concurrent write for the same person inserted the key after our snapshot.
  const missing = keys.filter((k) => !out.has(k));
  if (missing.length) {
    for (const r of await tx.$queryRawUnsafe<Row[]>(LOOKUP_SQL, userId, missing)) out.set(r.key, { id: r.id, name: r.name, categoryId: r.categoryId });
  }
  return out;
}

/** The merchant of one label in a resolved map, or null when it names nobody. */
export function merchantOf(map: MerchantMap, label: string | null | undefined): ResolvedMerchant | null {
  if (!label) return null;
  return map.get(merchantKey(label)) ?? null;
}
