// Finds taxonomy categories in a question via src/categories/synonyms.ts.
// Overlapping hits are settled by span length, then by quality: an exact word
// beats an inflected one, which beats a compound ("Studiengebühren" is
// education, though it ends in "gebühren").
import { CATEGORY_SYNONYMS } from "../../categories/synonyms.ts";
import { escapeRegExp, fold, foldLoose } from "./fold.ts";
import { fuzzyDistance } from "./fuzzy.ts";
import type { Scanner } from "./scanner.ts";
import { STOPWORDS } from "./stopwords.ts";

export interface CategoryHit {
  key: string;
  start: number;
  end: number;
  /** 0 exact, 1 inflected, 2 compound, 3 typo. */
  quality: number;
}

interface Pattern {
  key: string;
  re: RegExp;
  single?: string;
  /** A piece of the synonym any match must contain verbatim: a cheap test before the regex. */
  anchor: string;
}

const INFLECTIONS = new Set(["s", "es", "e", "en", "n", "er", "ern", "ns"]);
const UMLAUT: Record<string, string> = { ä: "ae?", ö: "oe?", ü: "ue?", ß: "ss?" };

/** Regex source for one synonym: umlauts also match their "ae" spelling, spaces and hyphens are loose. */
function body(synonym: string): string {
  let out = "";
  for (const ch of synonym.toLowerCase()) {
    if (UMLAUT[ch]) out += UMLAUT[ch];
    else if (ch === " ") out += "[\\s-]+";
    else if (ch === "-") out += "[\\s-]?";
    else out += escapeRegExp(fold(ch));
  }
  return out;
}

/**
 * The longest run of the folded synonym that the regex matches literally
 * (umlauts, spaces and hyphens have alternatives, so they split runs). The
 * compound patterns' lazy prefixes make each regex scan quadratic in the text;
 * skipping patterns whose anchor is absent keeps parsing well under a
 * millisecond instead of tens of them.
 */
function anchorOf(word: string): string {
  const runs = word
    .toLowerCase()
    .split(/[äöüß\s-]/)
    .map((r) => fold(r));
  return runs.reduce((a, b) => (b.length > a.length ? b : a), "");
}

type Synonyms = Readonly<Record<string, readonly string[]>>;
const caches = new WeakMap<Synonyms, Map<string, Pattern[]>>();

function patternsFor(keys: readonly string[], table: Synonyms = CATEGORY_SYNONYMS): Pattern[] {
  const id = keys.join(",");
  let cache = caches.get(table);
  if (!cache) caches.set(table, (cache = new Map()));
  const cached = cache.get(id);
  if (cached) return cached;
  const out: Pattern[] = [];
  for (const key of keys) {
    const synonyms = table[key] ?? [key.replace(/_/g, " ")];
    for (const raw of synonyms) {
      const head = raw.startsWith("*");
      const modifier = raw.endsWith("*");
      const word = raw.replace(/^\*|\*$/g, "");
      const prefix = head ? "(\\p{L}*?)" : "()";
      const suffix = modifier ? "(\\p{L}*)" : "(es|ern|er|en|ns|s|e|n)?";
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(${body(word)})${suffix}(?![\\p{L}\\p{N}])`, "gu");
      out.push({ key, re, single: /^[\p{L}]+$/u.test(word) ? foldLoose(word) : undefined, anchor: anchorOf(word) });
    }
  }
  cache.set(id, out);
  return out;
}

/**
 * All category hits in the remaining text, best non-overlapping set, not yet
 * consumed. With another phrase table (topics.ts) it finds those keys instead.
 */
export function findCategories(scan: Scanner, keys: readonly string[], table: Synonyms = CATEGORY_SYNONYMS): CategoryHit[] {
  const text = scan.remaining;
  const hits: CategoryHit[] = [];
  for (const p of patternsFor(keys, table)) {
    if (!text.includes(p.anchor)) continue;
    for (const m of text.matchAll(p.re)) {
      const pre = m[1] ?? "";
      const post = m[3] ?? "";
      const quality = pre ? 2 : post === "" ? 0 : INFLECTIONS.has(post) ? 1 : 2;
      hits.push({ key: p.key, start: m.index, end: m.index + m[0].length, quality });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.quality - b.quality);
  const chosen: CategoryHit[] = [];
  for (const h of hits) {
    if (!chosen.some((c) => h.start < c.end && h.end > c.start)) chosen.push(h);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Typo pass over words nothing else claimed: same first letter, small edit distance, one clear winner. */
export function findCategoryTypos(scan: Scanner, keys: readonly string[]): CategoryHit[] {
  const out: CategoryHit[] = [];
  for (const w of scan.remainingWords()) {
    if (w.word.length < 5 || STOPWORDS.has(w.word) || /\d/.test(w.word)) continue;
    const word = foldLoose(w.word);
    let best: { key: string; dist: number } | undefined;
    let tie = false;
    for (const p of patternsFor(keys)) {
      if (!p.single || p.single.length < 6 || p.single[0] !== word[0]) continue;
      const dist = fuzzyDistance(word, p.single) ?? fuzzyDistance(word.replace(/(?:en|n|s|e)$/, ""), p.single);
      if (dist === undefined) continue;
      if (!best || dist < best.dist) {
        best = { key: p.key, dist };
        tie = false;
      } else if (dist === best.dist && best.key !== p.key) tie = true;
    }
    if (best && !tie) out.push({ key: best.key, start: w.start, end: w.end, quality: 3 });
  }
  return out;
}
