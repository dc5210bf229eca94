// One merchant is one merchant, even on raw bank labels: "AMAZON EU S.A R.L.,
// NIEDERLASSUNG DEUTSCHLAND 123-4567890" and "Amazon" must meet. Every label
// gets a key (cleaned of order/store numbers, legal forms and processor
// wrappers, folded; a brand the built-in dictionary knows becomes that
// brand). A merchant filter names a key and matches every label whose key is
// that key or starts with it as whole words ("amazon" covers "amazon prime"),
// so a question never has to enumerate labels and a filter cannot overflow.
// The grouping works on today's raw labels and on canonical ones alike.
import { brandsApart, matchMerchantText, merchantByName } from "../categories/merchant-dictionary.ts";
import { merchantLabel } from "../categories/merchant-label.ts";
import { cleanMerchantLabel } from "../categories/merchant-name.ts";
import { isCouncilKey } from "../categories/councils.ts";
import { foldText, foldUmlauts, merchantWords, stripPaymentWrappers } from "../categories/normalize.ts";
import type { UserDb } from "./user-db.ts";
import { STOPWORDS } from "./parse/stopwords.ts";

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * Folded as merchantKey folds (categories/merchant-label.ts): case, accents and the
 * German umlauts however a bank spells them, so "Bäckerei Müller" and "BAECKEREI
 * MUELLER" are one key, and "Straße" and "STRASSE" too.
 */
export function foldKey(text: string): string {
  return foldUmlauts(foldText(text));
}

// Articles and joiners count as in merchantKey: "The Fox and Hounds" is "Fox & Hounds".
function computeKey(label: string): string {
  return merchantWords(rawKey(label));
}

function rawKey(label: string): string {
  // The same resolver that labels rows when they are written decides first,
  // so a question and the stored merchant agree ("UBER *TRIP" is Uber).
  const resolved = merchantLabel({ merchant: null, counterpartyName: label, description: null });
  const cleaned = resolved ?? cleanMerchantLabel(label) ?? label;
  const known = matchMerchantText(cleaned);
  if (known && !known.generic) return foldKey(known.name);
  return foldUmlauts(stripPaymentWrappers(foldText(cleaned))) || foldKey(cleaned) || foldKey(label);
}

/** The merchant key of one label ("" when the label has no letters or digits). */
export function labelKey(label: string): string {
  const hit = memo.get(label);
  if (hit !== undefined) return hit;
  const key = computeKey(label);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(label, key);
  return key;
}

// Leading words that name a kind of business, not a brand: "Deutsche Bahn"
// and "Deutsche Telekom" are different merchants. Written as keys are folded ("backerei" is also "Baeckerei").
const LEADING_GENERIC = new Set([
  "deutsche", "deutscher", "die", "der", "das", "the", "la", "le", "el", "il", "cafe", "restaurant", "ristorante",
  "hotel", "bar", "pizzeria", "backerei", "bakery", "apotheke", "stadtwerke", "autohaus", "praxis", "dr",
  "st", "sankt", "bistro", "kiosk", "metzgerei", "tankstelle", "hair", "salon", "friseur", "studio", "club", "city",
  "new", "mc", "bio", "team", "mein", "my", "shop", "store", "online", "del", "de", "da", "di", "los", "zum", "zur", "am", "im",
  "an", "und", "and", "of",
]);

/** True when the dictionary knows a brand by exactly this key ("uber", "tim"), not a kind of shop. */
export function isBrandKey(key: string): boolean {
  return brandOf(key) !== null;
}

/** The brand the dictionary knows by exactly this key ("marks spencer", "just eat"), not a kind of shop. */
function brandOf(key: string): string | null {
  const known = merchantByName(key);
  return known !== null && !known.generic && computeKey(known.name) === key ? known.name : null;
}

// "Marks & Spencer", "Just Eat": cut to its first word the name reads as another
// ("Marks") or as no name at all ("just"), so such a brand is one group in full.
const needsWholeName = (name: string) => /\S\s*(?:&|\+)\s*\S|\s(?:and|und|n)\s/i.test(name) || STOPWORDS.has(foldText(name).split(" ")[0] ?? "");

let apartKeys: string[] | undefined;
/** Keys of the brands that are a business of their own though they start with another brand's name ("uber eats"). */
function keysApart(): string[] {
  apartKeys ??= brandsApart().map((b) => computeKey(b.name)).filter((k) => k.includes(" "));
  return apartKeys;
}

const continues = (key: string, prefix: string) => key === prefix || key.startsWith(`${prefix} `);

/** The keys of businesses of their own that continue `filterKey` ("uber" → ["uber eats"]): its filter leaves them out. */
export function keysApartWithin(filterKey: string): string[] {
  return filterKey === "" ? [] : keysApart().filter((a) => a !== filterKey && continues(a, filterKey));
}

/**
 * The brand part of a key: its leading brand word(s). Labels sharing it are one merchant group.
 * A brand the dictionary knows by its first word takes its longer variants ("Amazon Prime" is
 * Amazon); one whose first word alone says something else keeps its whole name.
 */
export function groupKey(key: string): string {
  // "Uber Eats" is not Uber: a business of its own is its own group, whatever its first word names.
  const apart = keysApart().find((a) => continues(key, a));
  if (apart) return apart;
  // "Camden Council" is not Camden Market, nor "Leeds City Council" Leeds Building Society: a council is its whole name.
  if (isCouncilKey(key)) return key;
  const tokens = key.split(" ").filter(Boolean);
  for (let n = 1; n <= Math.min(tokens.length, 4); n++) {
    const prefix = tokens.slice(0, n).join(" ");
    // "Praxis Müller" is a doctor's practice, not the Praxis DIY chain: a kind-of-business word first needs the rest.
    if (n === 1 && tokens.length > 1 && LEADING_GENERIC.has(prefix)) continue;
    const brand = brandOf(prefix);
    if (brand && (n === 1 || needsWholeName(brand))) return prefix;
  }
  const out: string[] = [];
  for (const t of tokens) {
    out.push(t);
    const joined = out.join(" ");
    if (out.length >= 3) break;
    if (joined.replace(/ /g, "").length >= 3 && !LEADING_GENERIC.has(t)) break;
  }
  return out.join(" ");
}

/** True when `key` is `filterKey` or continues it with more words, unless those name a business of its own ("uber eats" is not "uber"). */
export function keyMatches(key: string, filterKey: string): boolean {
  return filterKey !== "" && continues(key, filterKey) && !keysApartWithin(filterKey).some((a) => continues(key, a));
}

/**
 * Adds mkey_m / mkey_c (keys of merchant and counterparty) to the loaded tx
 * table. Keys are computed here in TypeScript, once per distinct label, and
 * joined in; questions then compare keys with parameters only.
 */
export async function attachMerchantKeys(udb: UserDb): Promise<void> {
  const rows = await udb.all(
    "SELECT DISTINCT label FROM (SELECT merchant AS label FROM tx UNION SELECT counterparty FROM tx) WHERE label IS NOT NULL",
  );
  await udb.exec("CREATE OR REPLACE TABLE mlabels (label VARCHAR, mkey VARCHAR)");
  const appender = await udb.connection.createAppender("mlabels");
  try {
    for (const r of rows) {
      const label = String(r.label);
      appender.appendVarchar(label);
      appender.appendVarchar(labelKey(label));
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await udb.exec("ALTER TABLE tx ADD COLUMN IF NOT EXISTS mkey_m VARCHAR");
  await udb.exec("ALTER TABLE tx ADD COLUMN IF NOT EXISTS mkey_c VARCHAR");
  await udb.exec("UPDATE tx SET mkey_m = ml.mkey FROM mlabels ml WHERE ml.label = tx.merchant");
  await udb.exec("UPDATE tx SET mkey_c = ml.mkey FROM mlabels ml WHERE ml.label = tx.counterparty");
}
