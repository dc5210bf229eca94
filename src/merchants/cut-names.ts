// Card networks print 22-25 characters, so one shop arrives both whole
// ("Riverside Family Dentistry" by transfer) and cut inside a word
// ("RIVERSIDE FAMILY DENTIS" on the card). Before new keys get merchants of
// their own, a key that is a cut of exactly one other merchant of the person
// (or the whole name of one cut merchant) becomes an alias of it, and the
// merchant shows the uncut name. A cut ending on a whole word is not taken:
// "stadtwerke muenchen" is another merchant than "stadtwerke muenchen baeder",
// and the analytics filter already counts such continuations as one group.
import type { Prisma } from "../db/client.ts";
import { merchantByName } from "../categories/merchant-dictionary.ts";
import { merchantKey } from "../categories/merchant-label.ts";
import { moveMute } from "./mute-move.ts";
import { variantTargets } from "./name-variants.ts";
import { JOINER_END } from "./joiner-end.ts";

type Tx = Prisma.TransactionClient;

// Shorter prefixes are too often a different business ("cafe am ma…").
export const MIN_CUT_KEY = 10;

/** True when `short` is `long` cut inside a word, or after a joining word, keeping at least MIN_CUT_KEY characters. */
export function isCutOf(short: string, long: string): boolean {
  if (short.length < MIN_CUT_KEY || long.length <= short.length || !long.startsWith(short) || short.endsWith(" ")) return false;
  return long[short.length] !== " " || JOINER_END.test(short);
}

// The same ending as a PostgreSQL regular expression (its syntax agrees for this one).
const JOINER_END_SQL = JOINER_END.source;
// Every stored merchant (merged ones too: their keys were spellings) related to a new key by a cut, with its survivor.
const RELATED_SQL = `
SELECT k AS "key", m."key" AS "other", COALESCE(s."id", m."id") AS "id", COALESCE(s."name", m."name") AS "name"
FROM unnest($2::text[]) AS k
JOIN "Merchant" m ON m."userId" = $1::uuid AND m."key" <> k AND (
  (length(k) >= ${MIN_CUT_KEY} AND starts_with(m."key", k) AND (substr(m."key", length(k) + 1, 1) <> ' ' OR k ~ '${JOINER_END_SQL}'))
  OR (length(m."key") >= ${MIN_CUT_KEY} AND starts_with(k, m."key") AND (substr(k, length(m."key") + 1, 1) <> ' ' OR m."key" ~ '${JOINER_END_SQL}')))
LEFT JOIN "Merchant" s ON s."id" = m."mergedIntoId"`;

type Related = { key: string; other: string; id: string; name: string };
export type Survivor = { id: string; name: string; viaKey: string };

/**
 * The one target among the uncut forms a cut fits (their keys, each with what it stands for): the only one, or the
 * shortest when every other is it and more whole words ("feinkost holzlwimme" fits "feinkost holzlwimmer" and its
 * field-cut branch "feinkost holzlwimmer reg"; "druckerei ludgeripl" fits "druckerei ludgeriplatz" and the same name
 * with a glued town after it): the cut was made inside the name they share.
 */
export function oneCutTarget<T>(found: ReadonlyMap<string, T>): T | null {
  const keys = [...found.keys()].sort((a, b) => a.length - b.length);
  const shortest = keys[0];
  if (shortest === undefined || !keys.slice(1).every((k) => k.startsWith(`${shortest} `))) return null;
  return found.get(shortest)!;
}

// Two names the dictionary knows are two brands on purpose, whatever their letters.
export const bothBrands = (a: string, b: string) => merchantByName(a) !== null && merchantByName(b) !== null;

/**
 * Links the cut forms among `fresh` (keys with no merchant yet, each with its
 * label) to their one merchant. Returns nothing: the caller's resolution
 * then finds the alias rows like any merged key.
 */
export async function linkCutNames(tx: Tx, userId: string, fresh: ReadonlyMap<string, string>): Promise<void> {
  const keys = [...fresh.keys()].filter((k) => k.length >= MIN_CUT_KEY);
  if (!keys.length) return;
  const stored = await tx.$queryRawUnsafe<Related[]>(RELATED_SQL, userId, keys);
  const inBatch = batchRelations(keys);
  if (!stored.length && !inBatch.size) return;
  const byKey = new Map<string, Related[]>();
  for (const r of stored) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const own = new Map<string, Survivor>();
  // Longest first: a whole name gets its merchant before its cut forms point at it.
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    const label = fresh.get(key)!;
    const found = new Map<string, Survivor>();
    for (const r of byKey.get(key) ?? []) if (!bothBrands(label, r.name)) found.set(r.id, { id: r.id, name: r.name, viaKey: r.other });
    for (const longer of inBatch.get(key) ?? []) {
      const target = own.get(longer) ?? (await ownRow(tx, userId, longer, fresh.get(longer)!));
      own.set(longer, target);
      if (!bothBrands(label, target.name)) found.set(target.id, target);
    }
    // One merchant, or several whose keys nest (the shortest then); merchants reached by two keys count once.
    const byTargetKey = new Map<string, Survivor>();
    for (const t of found.values()) byTargetKey.set(merchantKey(t.name), t);
    const survivor = oneCutTarget(byTargetKey);
    if (!survivor) continue;
    await tx.merchant.createMany({ data: [{ userId, key, name: label, mergedIntoId: survivor.id }], skipDuplicates: true });
    own.set(key, survivor);
    // The stored merchant was the cut one: it takes the whole name, unless the person renamed it.
    if (isCutOf(survivor.viaKey, key) && isCutOf(merchantKey(survivor.name), key)) await takeWholeName(tx, userId, survivor, label);
  }
}

/**
 * The same linking over labels held in memory (one person's merchants, no
 * database): each label's key → the label its merchant shows. A cut form with
 * exactly one uncut form gets that form's label, as does a joined or field-cut
 * form with exactly one spaced or shorter form (variant-links.ts in the
 * database); anything else keeps its own.
 */
export function linkCutLabels(labels: ReadonlyMap<string, string>): Map<string, string> {
  const keys = [...labels.keys()].filter((k) => k.length >= MIN_CUT_KEY);
  const inBatch = batchRelations(keys);
  const shown = new Map<string, string>(labels);
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    const label = labels.get(key)!;
    const found = new Map<string, string>();
    for (const longer of inBatch.get(key) ?? []) {
      const target = shown.get(longer)!;
      if (!bothBrands(label, target)) found.set(merchantKey(target), target);
    }
    const target = oneCutTarget(found);
    if (target !== null) shown.set(key, target);
  }
  // Then a joined or field-cut form not linked as a cut shows its one spaced or shorter form (name-variants.ts).
  for (const [key, others] of variantTargets(labels)) {
    const label = labels.get(key)!;
    if (shown.get(key) !== label) continue;
    const found = new Set(others.map((other) => shown.get(other)!).filter((target) => !bothBrands(label, target)));
    if (found.size === 1) shown.set(key, [...found][0]!);
  }
  return shown;
}

/** For each key, the longer keys of the same batch it is a cut of (sorted keys: they follow it). */
function batchRelations(keys: readonly string[]): Map<string, string[]> {
  const sorted = [...keys].sort();
  const out = new Map<string, string[]>();
  sorted.forEach((short, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j]!.startsWith(short); j += 1) {
      if (isCutOf(short, sorted[j]!)) out.set(short, [...(out.get(short) ?? []), sorted[j]!]);
    }
  });
  return out;
}

/** The merchant a key of the batch is, made for it when it has none yet (the survivor, when it was merged). */
export async function ownRow(tx: Tx, userId: string, key: string, name: string): Promise<Survivor> {
  await tx.merchant.createMany({ data: [{ userId, key, name }], skipDuplicates: true });
  const m = await tx.merchant.findUniqueOrThrow({ where: { userId_key: { userId, key } }, select: { id: true, name: true, mergedIntoId: true } });
  if (!m.mergedIntoId) return { id: m.id, name: m.name, viaKey: key };
  const s = await tx.merchant.findUniqueOrThrow({ where: { id: m.mergedIntoId }, select: { id: true, name: true } });
  return { ...s, viaKey: key };
}

/** The survivor takes the better name: on its rows, its mute, and in the person's data version. */
export async function takeWholeName(tx: Tx, userId: string, survivor: Survivor, name: string): Promise<void> {
  await tx.merchant.update({ where: { id: survivor.id }, data: { name } });
  await tx.transaction.updateMany({ where: { userId, merchantId: survivor.id }, data: { merchant: name } });
  await moveMute(tx, userId, survivor.name, name);
  await tx.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });
  survivor.name = name;
}
