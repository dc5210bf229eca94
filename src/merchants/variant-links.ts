// The write path's side of name-variants.ts: a new key that is a joined or field-cut form of one merchant of the
// person ("Savemyexams" of "Save My Exams"), or the spaced or shorter form of one merchant stored as such a form,
// becomes an alias of that merchant, as a cut name does (cut-names.ts), and the merchant shows the spaced or
// shorter name unless the person renamed it. Runs after the cut names are linked: a key linked there stays so.
import type { Prisma } from "../db/client.ts";
import { merchantKey } from "../categories/merchant-label.ts";
import { bothBrands, ownRow, takeWholeName, type Survivor } from "./cut-names.ts";
import { isVariantOf, MIN_JOINED, variantTargets } from "./name-variants.ts";
import { knownKeys } from "./known-keys.ts";
import { MIN_BARE } from "./kind-forms.ts";

type Tx = Prisma.TransactionClient;

/** The shortest key that can be one side of a variant: a joined one (its spaced form is longer), or a name without its kind. */
export const MIN_VARIANT_KEY = Math.min(MIN_JOINED, MIN_BARE);

// Every stored merchant (merged ones too) whose key may be a variant of a new key's, for name-variants.ts to decide:
// one word against words whose first starts it ("savemyexams", "save my exams"; "the" may lead the joined form),
// a key and the same key with more words after or before it, or two words swapped ("bunert laufsport", "laufsport bunert").
const CANDIDATES_SQL = `
SELECT k AS "key", m."key" AS "other", m."name" AS "otherName", COALESCE(s."id", m."id") AS "id", COALESCE(s."name", m."name") AS "name"
FROM unnest($2::text[]) AS k
JOIN "Merchant" m ON m."userId" = $1::uuid AND m."key" <> k AND (
  (strpos(k, ' ') = 0 AND strpos(m."key", ' ') > 0 AND (starts_with(k, split_part(m."key", ' ', 1)) OR starts_with(k, 'the' || split_part(m."key", ' ', 1))))
  OR (strpos(k, ' ') > 0 AND strpos(m."key", ' ') = 0 AND (starts_with(m."key", split_part(k, ' ', 1)) OR starts_with(m."key", 'the' || split_part(k, ' ', 1))))
  OR starts_with(k, m."key" || ' ') OR starts_with(m."key", k || ' ')
  OR right(m."key", length(k) + 1) = ' ' || k OR right(k, length(m."key") + 1) = ' ' || m."key"
  OR (array_length(string_to_array(k, ' '), 1) = 2 AND m."key" = split_part(k, ' ', 2) || ' ' || split_part(k, ' ', 1)))
LEFT JOIN "Merchant" s ON s."id" = m."mergedIntoId"`;

type Candidate = { key: string; other: string; otherName: string; id: string; name: string };
type Link = Survivor & { better: boolean };

/** Links the variant forms among `fresh` (keys with no merchant yet, each with its label) to their one merchant. */
export async function linkVariantNames(tx: Tx, userId: string, fresh: ReadonlyMap<string, string>): Promise<void> {
  const keys = [...fresh.keys()].filter((k) => k.length >= MIN_VARIANT_KEY);
  if (!keys.length) return;
  const candidates = await tx.$queryRawUnsafe<Candidate[]>(CANDIDATES_SQL, userId, keys);
  const batch = new Map([...variantTargets(new Map(keys.map((k) => [k, fresh.get(k)!])))].filter(([, others]) => others.length === 1));
  const stored = new Map<string, Link[]>();
  for (const c of candidates) {
    const label = fresh.get(c.key)!;
    // The new key is the joined or cut form (the merchant keeps its name), or the stored row is and still shows it.
    const worse = isVariantOf(c.key, label, c.other);
    const better = !worse && merchantKey(c.otherName) === c.other && isVariantOf(c.other, c.otherName, c.key);
    if ((worse || better) && !bothBrands(label, c.name)) stored.set(c.key, [...(stored.get(c.key) ?? []), { id: c.id, name: c.name, viaKey: c.other, better }]);
  }
  if (!stored.size && !batch.size) return;
  // A key the cut names linked already has its row.
  const known = await knownKeys(tx, userId, keys);
  const own = new Map<string, Survivor>();
  // The forms other new keys point at first, so they find their merchant.
  for (const key of [...keys].sort((a, b) => Number(batch.has(a)) - Number(batch.has(b)))) {
    if (known.has(key)) continue;
    const label = fresh.get(key)!;
    const found = new Map<string, Link>();
    for (const link of stored.get(key) ?? []) found.set(link.id, link);
    const target = batch.get(key)?.[0];
    if (target) {
      const survivor = own.get(target) ?? (await ownRow(tx, userId, target, fresh.get(target)!));
      own.set(target, survivor);
      if (!bothBrands(label, survivor.name)) found.set(survivor.id, { ...survivor, better: false });
    }
    if (found.size !== 1) continue;
    const link = [...found.values()][0]!;
    await tx.merchant.createMany({ data: [{ userId, key, name: label, mergedIntoId: link.id }], skipDuplicates: true });
    own.set(key, link);
    // The stored merchant was the joined or cut form: it takes this name, unless the person renamed it.
    if (link.better && merchantKey(link.name) === link.viaKey) await takeWholeName(tx, userId, link, label);
  }
}
