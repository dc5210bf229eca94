// Matches bank text against the built-in merchant list (merchant-data.ts).
// Beyond whole phrases it tolerates what banks do to names: spacing and
// punctuation ("HOMEDEPOT.COM" = "home depot", compact keys), truncation at a
// fixed width ("POCO EINRICHTUNGSM" = "poco einrichtungsmarkt", the text's
// last word as a prefix) and short aliases that count only as the first word
// ("^ah": "AH 1234 Utrecht" is Albert Heijn, "Verlag AH" is not).
// Named businesses beat kinds of shop ("Allianz" beats "~versicherung"), then
// the name written first wins when names stand apart (the payee before its
// parent company), then the longest phrase, so "Amazon Prime" beats "Amazon" and "Uber Eats" beats "Uber";
// a longer name the text starts to spell beats a shorter brand inside it ("Isle of Man Steam Pa…" is no Steam). Phrases are indexed by their first word: a lookup costs a few
// map reads per word of the text, whatever the dictionary's size.
import { MERCHANTS, GENERIC_NAMES } from "./merchant-data.ts";
import { foldText, foldUmlauts, stripPaymentWrappers } from "./normalize.ts";
import { CITIES } from "./places.ts";
import { terminalShop, withoutOwner } from "./descriptor.ts";
import { withoutServiceAfter } from "./processor-references.ts";

export interface MerchantMatch {
  name: string;
  categoryKey: string;
  /** A kind of shop ("Apotheke") rather than one business. */
  generic: boolean;
  /** A delivery or ride platform: the business a person pays, whichever restaurant it brought from. */
  platform?: true;
  /** A business of its own although its name starts with another brand's (OWN_BUSINESS). */
  apart?: true;
}

// Delivery and ride platforms print the restaurant after their own name
// ("DOORDASH*SWEETGREEN", "DOORDASH-PANERA BREAD", bank-formats.md §3.1, §3.5
// #52): the platform took the order and the money, so it is the merchant, and
// "doordash last month" means every order. Payment facilitators (SumUp,
// Square, Zettle, PayPal) are the opposite: the shop behind them is the merchant.
const PLATFORMS: ReadonlySet<string> = new Set([
  "DoorDash", "Uber Eats", "Uber", "Deliveroo", "Just Eat", "Lieferando", "Thuisbezorgd", "Wolt", "Grubhub", "foodora", "Glovo",
  "Postmates", "Caviar", "Seamless", "Instacart", "Gopuff", "Lyft", "Bolt",
]);

// Businesses whose name starts with another brand's name but which are not
// that brand's variants: Uber Eats is food delivery and "uber" means the
// rides; Tim Hortons is no TIM, King Soopers no King. Every other longer name
// is its first word's brand ("Amazon Prime" is Amazon, "Tesco Express" Tesco).
const OWN_BUSINESS: ReadonlySet<string> = new Set(["Uber Eats", "Tim Hortons", "King Soopers"]);

interface Phrase {
  folded: string;
  words: number;
  entry: MerchantMatch;
  /** Matches only as the text's first word ("^ah"). */
  startOnly: boolean;
  /**
   * Per word: spelled with a plain vowel where German spelling's "oe" would fold into it, so a text word spelled
   * with the "oe" is another name ("kroger" is no "KROEGER", a Kröger); absent when the phrase or the brand's name has an
   * umlaut (its phrases may be written without: "sachsische" for Sächsische).
   */
  plain?: readonly boolean[];
}

interface Hit {
  phrase: Phrase;
  /** Word index where the phrase starts: the name written first is the payee ("congstar - eine Marke der Telekom"). */
  at: number;
  /** Found only by joining words the text spaced apart ("TOP SHOP" as Topshop): weaker than a name spelled as written. */
  respaced?: boolean;
}

interface PhraseIndex {
  byFirstWord: Map<string, Phrase[]>;
  /** "*" phrases: a brand's word that names it only as the first word of the shop behind a card terminal's prefix. */
  atTerminal: Phrase[];
  /** Canonical names, so a stored label ("1&1", "NS") maps back to itself. */
  byName: Map<string, MerchantMatch>;
  /** "~" phrases: word parts, tried by substring (few, so a scan is cheap). */
  parts: Phrase[];
  /** Phrases by their letters without spaces ("homedepot", "mcdonalds"). */
  byCompact: Map<string, Phrase>;
  /** Every name and whole-word phrase, sorted, to find the brands a cut-off text can start. */
  sorted: { folded: string; entry: MerchantMatch }[];
}

// Compact keys shorter than this are too likely to be another word.
const MIN_COMPACT = 6;
// A truncated last word must keep this many letters to count as a prefix, and
// only a text as long as the fields banks cut (20–25 characters) can have been
// cut at all: "PRUNE NEW YORK" is not a cut-off "New Yorker".
const MIN_PREFIX = 3;
const MIN_CUT_TEXT = 17;
// A whole text cut inside a word ("RIVERSIDE FAMILY DENTIS") names a brand
// only when it keeps this many characters and fits exactly one brand.
const MIN_CUT_KEY = 6;

// "Miller and Carter", "MILLER & CARTER": a joining word between two words of a name is left out on both sides.
const dropJoiners = (folded: string) => folded.replace(/ (?:and|und)(?= )/g, "");

// The Dutch article "het" too: "PLATENZAAK HET SPIEGEL" is a record shop's name, no copy of DER SPIEGEL.
const NAME_JOINERS = new Set(["de", "du", "des", "of", "von", "vom", "zum", "zur", "am", "chez", "het"]);

// "APL" for Apple, "AMZ" for Amazon: three letters clipped from the brand's word (its first two, then one further on; not
// its initials, as "VHS" or "LVZ" are) are a card descriptor's prefix ("APL*ITUNES.COM"); later in a text they are some
// other code ("CAF DES DEUX SEVRES APL 02/2026", the housing benefit), so they count only as the text's first word.
function isClippedShorthand(folded: string, name: string): boolean {
  const word = foldUmlauts(foldText(name)).split(" ")[0] ?? "";
  if (!/^[a-z]{3}$/.test(folded) || word.length <= 3 || word.startsWith(folded) || !word.startsWith(folded.slice(0, 2))) return false;
  return word.indexOf(folded[2]!, 2) > 0;
}

let index: PhraseIndex | undefined;
function phraseIndex(): PhraseIndex {
  if (index) return index;
  const byFirstWord = new Map<string, Phrase[]>();
  const parts: Phrase[] = [];
  const atTerminal: Phrase[] = [];
  const byName = new Map<string, MerchantMatch>();
  const byCompact = new Map<string, Phrase>();
  const sorted: PhraseIndex["sorted"] = [];
  for (const [name, categoryKey, ...raw] of MERCHANTS) {
    const entry: MerchantMatch = { name, categoryKey, generic: GENERIC_NAMES.has(name), ...(PLATFORMS.has(name) ? { platform: true as const } : {}), ...(OWN_BUSINESS.has(name) ? { apart: true as const } : {}) };
    byName.set(foldUmlauts(foldText(name)), entry);
    sorted.push({ folded: foldUmlauts(foldText(name)), entry });
    for (const p of raw) {
      const folded = dropJoiners(foldUmlauts(foldText(p.replace(/^[~^*]/, ""))));
      if (!folded) continue;
      const spelled = dropJoiners(foldText(p.replace(/^[~^*]/, ""))).split(" ");
      const plain = /[äöü]/i.test(p + name) ? undefined : spelled.map((w) => w === foldUmlauts(w));
      const startOnly = p.startsWith("^") || (!entry.generic && isClippedShorthand(folded, name));
      const phrase = { folded, words: folded.split(" ").length, entry, startOnly, ...(plain ? { plain } : {}) };
      if (p.startsWith("~")) parts.push(phrase);
      else if (p.startsWith("*")) atTerminal.push(phrase);
      else {
        const first = folded.split(" ")[0] ?? "";
        byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
        const compact = folded.replaceAll(" ", "");
        // "e xpress" must not make every "EXPRESS" an EDEKA: only phrases of real words get a compact key; a
        // two-letter word ("go outdoors", "la quinta") only in a compact long enough to be a name ("GOOUTDOORS.CO.UK").
        const wordsLong = folded.split(" ").every((w) => w.length >= 3 || (w.length === 2 && compact.length >= 8));
        if (!phrase.startOnly) sorted.push({ folded, entry });
        if (!phrase.startOnly && wordsLong && compact.length >= MIN_COMPACT && !byCompact.has(compact)) byCompact.set(compact, phrase);
      }
    }
  }
  sorted.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  index = { byFirstWord, atTerminal, byName, parts, byCompact, sorted };
  return index;
}

function beats(a: Hit, b: Hit | null): boolean {
  if (!b) return true;
  if (a.phrase.entry.generic !== b.phrase.entry.generic) return !a.phrase.entry.generic;
  // Names two or more words apart are payee and parent: the first is the payee. Adjacent ones
  // are one descriptor ("GOOGLE *YouTube", "AMREST STARBUCKS"): the longer names the product.
  if (Math.abs(a.at - b.at) >= 2) return a.at < b.at;
  // A platform right before the restaurant it delivered from is the merchant ("DOORDASH*SWEETGREEN").
  const first = a.at < b.at ? a : b.at < a.at ? b : null;
  if (first?.phrase.entry.platform) return first === a;
  // "AGROLA TOP SHOP": a brand spelled as written, then words that only join up into another brand.
  if (first && Boolean(a.respaced) !== Boolean(b.respaced)) return !a.respaced;
  return a.phrase.folded.length > b.phrase.folded.length;
}

/** The brands that are a business of their own though their name starts with another brand's. */
export function brandsApart(): MerchantMatch[] {
  return [...OWN_BUSINESS].map((name) => merchantByName(name)).filter((m): m is MerchantMatch => m !== null);
}

/** The built-in merchant whose canonical name is exactly this text ("1&1", "NS"), or null. */
export function merchantByName(text: string): MerchantMatch | null {
  return phraseIndex().byName.get(foldUmlauts(foldText(text))) ?? null;
}

/**
 * The brands a whole phrase names exactly, as a person says them: the
 * canonical name first, then brands that list it as one of their whole-word
 * phrases ("chatgpt" → OpenAI, "icloud" → Apple, "xbox" → Xbox and
 * Microsoft). Kinds of shop and first-word-only aliases name nothing here.
 */
export function brandsNamedBy(text: string): MerchantMatch[] {
  const folded = dropJoiners(foldUmlauts(foldText(text)));
  if (!folded) return [];
  const { byName, byFirstWord } = phraseIndex();
  const found = [byName.get(folded), ...(byFirstWord.get(folded.split(" ")[0] ?? "") ?? []).filter((p) => p.folded === folded && !p.startOnly).map((p) => p.entry)];
  const out: MerchantMatch[] = [];
  for (const m of found) if (m && !m.generic && !out.some((o) => o.name === m.name)) out.push(m);
  return out;
}

/**
 * The one brand a name cut off inside a word at the card network's field
 * width is the start of ("WHOLE FOODS MAR" → Whole Foods): its key continues
 * mid-word into that brand's name or phrases and into no other brand's. A
 * text ending on a whole word is not cut ("Amazon" is not "Amazon Prime"),
 * and `fieldLength` (the printed field) must be as long as the fields banks cut.
 */
export function merchantByCutName(name: string, fieldLength: number): MerchantMatch | null {
  const key = foldUmlauts(foldText(name));
  if (key.length < MIN_CUT_KEY || fieldLength < MIN_CUT_TEXT) return null;
  const { sorted } = phraseIndex();
  let lo = 0;
  for (let hi = sorted.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.folded < key) lo = mid + 1;
    else hi = mid;
  }
  const found = new Map<string, MerchantMatch>();
  // The cut word completed: "kauflan" → "kaufland", which "Kaufland Mobil" only continues.
  const completions = new Map<string, MerchantMatch | null>();
  for (let i = lo; i < sorted.length && sorted[i]!.folded.startsWith(key); i += 1) {
    const { folded, entry } = sorted[i]!;
    if (folded === key || folded[key.length] === " ") return null;
    found.set(entry.name, entry);
    const end = folded.indexOf(" ", key.length);
    const word = end < 0 ? folded : folded.slice(0, end);
    if (!completions.has(word) || word === folded) completions.set(word, word === folded ? entry : (completions.get(word) ?? null));
  }
  const [only, ...others] = found.values();
  const [completed, ...otherWords] = completions.values();
  const match = others.length === 0 ? only : otherWords.length === 0 ? completed : null;
  return match && !match.generic ? match : null;
}

/** True when `words` from `at` spell `phrase`, the text's last word possibly cut short. */
function spells(words: readonly string[], at: number, phrase: Phrase): boolean {
  const want = phrase.folded.split(" ");
  for (let k = 0; k < want.length; k += 1) {
    const got = words[at + k];
    const need = want[k] ?? "";
    // A plural after the brand's first word names the same business ("VUE CINEMAS" is "vue cinema").
    if (got === need || (k > 0 && got === `${need}s`)) continue;
    // Truncated at the field's width: only the text's very last word, and never the phrase's first; a field cut
    // that narrow holds little before the name (a code, "VISA"): "Landeskasse Schleswig-Holstein" is no cut
    // "Schleswig-Holsteinischer Zeitungsverlag".
    const last = at + k === words.length - 1;
    return got !== undefined && k > 0 && last && words.slice(0, at).every((w) => w.length <= 4) && got.length >= MIN_PREFIX && need.startsWith(got) && words.join(" ").length >= MIN_CUT_TEXT && !CITIES.has(got);
  }
  return true;
}

/**
 * The brand a card terminal names by a word too common to mean it elsewhere:
 * "CCV*PLUS VERMEULEN" is a PLUS supermarket (its franchisees print their own
 * name after the brand), where "PLUS ACCOUNT FEE" or "Tagesgeld PLUS" is not.
 * The brand's word must start the shop's name after the processor's star.
 */
export function merchantAtTerminal(text: string | null | undefined): MerchantMatch | null {
  const shop = text ? terminalShop(text) : null;
  if (!shop) return null;
  const folded = ` ${foldUmlauts(foldText(shop))} `;
  const hit = phraseIndex().atTerminal.find((p) => folded.startsWith(` ${p.folded} `));
  return hit?.entry ?? null;
}

/**
 * A longer name the text starts to spell around a shorter brand it contains: "ISLE OF MAN STEAM PADOUGLAS" holds
 * "steam" (the games store) inside "isle of man steam packet", whose last word the terminal cut and ran its town
 * into. The longer name's words from before the brand up to the brand's end must be written out, and what follows
 * must be nothing or start like the longer name's next word; a name already spelled out whole is found as any other.
 */
function longerAround(words: readonly string[], inner: Hit, byFirstWord: PhraseIndex["byFirstWord"]): Hit | null {
  const end = inner.at + inner.phrase.words;
  let found: Hit | null = null;
  for (let j = 0; j < inner.at; j += 1) {
    for (const phrase of byFirstWord.get(words[j] ?? "") ?? []) {
      const want = phrase.folded.split(" ");
      const spelled = end - j;
      if (phrase.entry.name === inner.phrase.entry.name || (phrase.entry.generic && !inner.phrase.entry.generic)) continue;
      if ((phrase.startOnly && j > 0) || spelled < 2 || want.length <= spelled) continue;
      if (!want.slice(0, spelled).every((w, k) => words[j + k] === w)) continue;
      const next = words[end];
      if (next !== undefined && next[0] !== want[spelled]?.[0]) continue;
      if (!found || phrase.folded.length > found.phrase.folded.length) found = { phrase, at: j };
    }
  }
  return found;
}

/** The built-in merchant named in one piece of text, or null. */
export function matchMerchantText(text: string | null | undefined): MerchantMatch | null {
  if (!text) return null;
  const folded = dropJoiners(foldUmlauts(stripPaymentWrappers(foldText(text))));
  if (!folded) return null;
  const { byFirstWord, parts, byCompact } = phraseIndex();
  const words = folded.split(" ");
  // A word the text spells with "ae", "oe" or "ue" that a phrase spells with the plain vowel. The text's words before
  // the umlaut fold are read once, and only for a text with such a pair of letters at all.
  let spelled: string[] | null | undefined;
  const umlautOnly = (i: number, phrase: Phrase) => {
    if (!phrase.plain) return false;
    if (spelled === undefined) spelled = /ae|oe|ue/i.test(text) ? dropJoiners(stripPaymentWrappers(foldText(text))).split(" ") : null;
    const before = spelled;
    return before !== null && before.length === words.length && phrase.plain.some((plain, k) => plain && before[i + k] !== undefined && before[i + k] !== words[i + k]);
  };
  let best: Hit | null = null;
  words.forEach((word, i) => {
    // "CAFE DE LA POSTE", "DUKE OF YORK": a brand after a joining word is part of another name.
    const afterJoiner = i >= 2 && NAME_JOINERS.has(words[i - 1] ?? "");
    for (const phrase of byFirstWord.get(word) ?? []) {
      if ((phrase.startOnly && i > 0) || afterJoiner || umlautOnly(i, phrase)) continue;
      const hit = { phrase, at: i };
      if (beats(hit, best) && (phrase.words === 1 || spells(words, i, phrase))) best = hit;
    }
    // "HOMEDEPOT", "MEDIA-MARKT", "Mc Donalds": the same letters, spaced differently.
    let joined = word;
    // An elided article ("L OSTERIA", "D ARTAGNAN") joins the word after it.
    let shortest = word.length === 1 ? Infinity : word.length;
    for (let k = 0; k < 3 && i + k < words.length; k += 1) {
      if (k > 0) joined += words[i + k];
      if (k > 0) shortest = Math.min(shortest, words[i + k]!.length);
      // As for the phrases: a two-letter word ("CA STORE" after a US state) joins only into a compact long enough to be a name.
      const real = k === 0 || shortest >= 3 || (shortest === 2 && joined.length >= 8);
      const phrase = real && joined.length >= MIN_COMPACT ? byCompact.get(joined) : undefined;
      // One word against a one-word phrase is the plain lookup above.
      const hit = phrase && (k > 0 || phrase.words > 1) ? { phrase, at: i, respaced: k > 0 } : null;
      if (hit && beats(hit, best)) best = hit;
    }
  });
  for (const phrase of parts) {
    const pos = folded.indexOf(phrase.folded);
    const hit = { phrase, at: pos < 0 ? 0 : folded.slice(0, pos).split(" ").length - 1 };
    if (pos >= 0 && beats(hit, best)) best = hit;
  }
  const found = best as Hit | null;
  const around = found && found.at > 0 ? longerAround(words, found, byFirstWord) : null;
  return (around ?? found)?.phrase.entry ?? null;
}

export interface MerchantFields {
  merchant?: string | null;
  counterpartyName?: string | null;
  description?: string | null;
  /** The bank's booking type code: a cash machine's ("CPT", "ATM") names no shop. */
  transactionType?: string | null;
}

/**
 * Looks at the cleanest field first: a provider's merchant, then the
 * counterparty, then the free-text description, which often names a
 * different party ("PayPal" as counterparty, "Netflix" in the text).
 */
/** The text without a payment service named after the shop ("… via Mollie 1907"), as labelOf reads it. */
const shopBeforeService = (text: string | null | undefined): string | null | undefined => (text ? withoutServiceAfter(text) : text);

export function matchMerchant(tx: MerchantFields): MerchantMatch | null {
  // A stored label is often the canonical name itself ("RTL+"), which need not be one of its phrases.
  const named = tx.merchant ? merchantByName(tx.merchant) : null;
  // "TEKENWINKEL.NL VIA MOLLIE 1907": the shop a Dutch payment service collects for is named before it; the service is no shop.
  // "Mobil Eck Inh. S. Ucar": the owner named after the shop is no brand the shop sells (Ucar hires cars).
  const shop = (text: string | null | undefined) => shopBeforeService(text ? withoutOwner(text) : text);
  const inText = matchMerchantText(tx.merchant) ?? matchMerchantText(shop(tx.counterpartyName)) ?? matchMerchantText(shop(tx.description));
  return named ?? inText ?? merchantAtTerminal(tx.merchant) ?? merchantAtTerminal(tx.counterpartyName) ?? merchantAtTerminal(tx.description);
}
