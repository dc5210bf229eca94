// Matches the user's own merchants. Bank data spells one merchant many ways
// ("AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 123-4567890", "Amazon");
// labels are grouped by their brand (merchant-keys.ts) and a question names a
// group, never a list of labels. A group matches through its brand words,
// with the typo limits of fuzzy.ts. Names that fit several groups ("apple":
// Apple or Applebee's) are asked back; variants of one brand never are.
import { cleanMerchantLabel } from "../../categories/merchant-name.ts";
import { foldKey, groupKey, isBrandKey, labelKey } from "../merchant-keys.ts";
import { foldLoose, words } from "./fold.ts";
import { MONTH_WORDS, NUMBER_WORDS } from "./period-lexicon.ts";
import { fuzzyDistance } from "./fuzzy.ts";
import type { Scanner } from "./scanner.ts";
import { STOPWORDS } from "./stopwords.ts";
import { personalName } from "../../transfers/own-names.ts";

const GENERIC = new Set([
  "gmbh", "ag", "kg", "se", "co", "inc", "ltd", "llc", "sa", "sarl", "srl", "bv", "nv", "ug", "ohg", "eg", "ev", "plc",
  "s", "a", "r", "l", "eu", "de", "com", "www", "the", "und", "and", "markt", "filiale", "online", "store", "shop",
  "marketplace", "payments", "europe", "germany", "deutschland", "gesellschaft", "mbh", "haftungsbeschrankt",
]);

export interface MerchantEntry {
  /** The group's name as a filter: its key is the group key. */
  name: string;
  /** Distinctive words of the brand, matched against the question. */
  tokens: string[];
  /** Keys of the labels in the group, to narrow "Amazon Prime" within "Amazon". */
  memberKeys: string[];
  /** A member's label that spells its key: how a narrowed name is shown ("Unser Heimatbäcker", not the folded key). */
  memberNames: Map<string, string>;
  /** The group's and its members' keys without spaces, for names typed run together ("coop", "justeat"). */
  compact: { key: string; name: string | null }[];
  /** The group is a brand the dictionary knows by its key ("Uber"), not a name grouped by its first word. */
  brand: boolean;
}

/** Letters and digits only: "Co-op", "co op" and "coop" meet; "McDonald's" and "mcdonalds" too. */
const compactOf = (s: string) => foldLoose(s).replace(/[^\p{L}\p{N}]/gu, "");
// A shorter run-together name is too likely to be some other word.
const MIN_COMPACT = 4;

/** The label's first words, as many as the key has ("BAECKEREI MUELLER 1234" for "backerei muller"): a key may be shorter than its spelling. */
const firstWords = (label: string, key: string) => label.trim().split(/\s+/).slice(0, key.split(" ").length).join(" ");

const titleCase = (key: string) => key.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase());

const cache = new WeakMap<readonly string[], MerchantEntry[]>();

/** The surname of each label shaped like a person's full name, as a compact key naming that member. */
function surnames(labels: readonly string[], memberNames: ReadonlyMap<string, string>): { key: string; name: string }[] {
  const out: { key: string; name: string }[] = [];
  for (const label of labels) {
    const person = personalName(label);
    const parts = person?.split(" ") ?? [];
    const last = parts.at(-1);
    if (!person || parts.length > 3 || !last || STOPWORDS.has(last)) continue;
    const key = labelKey(label);
    out.push({ key: compactOf(last), name: memberNames.get(key) ?? titleCase(key) });
  }
  return out;
}

/** One entry per merchant group, most frequent first (the names arrive by frequency). */
export function indexMerchants(names: readonly string[]): MerchantEntry[] {
  const hit = cache.get(names);
  if (hit) return hit;
  const groups = new Map<string, { labels: string[]; keys: Set<string> }>();
  for (const name of names) {
    const key = labelKey(name);
    if (!key) continue;
    const gk = groupKey(key);
    const g = groups.get(gk) ?? { labels: [], keys: new Set<string>() };
    g.labels.push(name);
    g.keys.add(key);
    groups.set(gk, g);
  }
  const out: MerchantEntry[] = [];
  for (const [gk, g] of groups) {
    // The filter name must key back to the group: a label spelled exactly so, or the brand words themselves.
    // Shortest spelling wins: "REWE" (cleaned from "REWE SAGT DANKE 1234") over "REWE Markt GmbH".
    const cleaned = g.labels.map((l) => cleanMerchantLabel(l) ?? l);
    // A cut at the key's length only where a word ends there: umlaut folding shortens keys ("blue" keys as "blu").
    const cut = (l: string) => (/^[\p{L}\p{N}]/u.test(l.slice(gk.length)) ? "" : l.slice(0, gk.length));
    const prefixes = [...g.labels, ...cleaned].flatMap((l) => [cut(l), firstWords(l, gk)]).filter((p) => p && foldKey(p) === gk);
    const spellings = [...prefixes, ...cleaned, ...g.labels].filter((l) => labelKey(l) === gk);
    const shortest = spellings.reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);
    const name = shortest ?? (labelKey(titleCase(gk)) === gk ? titleCase(gk) : (g.labels[0] ?? gk));
    const tokens = words(foldLoose(gk)).map((w) => w.word).filter((t) => !GENERIC.has(t) && !/^\d+$/.test(t));
    if (tokens.length === 0) continue;
    const memberKeys = [...g.keys];
    const memberNames = new Map<string, string>();
    for (const l of [...cleaned, ...g.labels]) {
      const k = labelKey(l);
      // Only a label that spells its key ("Unser Heimatbäcker"), not one that merely keys to it ("Amazon Prime Video").
      if (g.keys.has(k) && compactOf(l) === compactOf(k) && !memberNames.has(k)) memberNames.set(k, l);
    }
    // A brand word that is an ordinary word ("Just" of "Just Eat") names no group: the whole name does.
    const plain = words(foldLoose(gk)).every((w) => STOPWORDS.has(w.word));
    const only = memberKeys.length === 1 ? memberKeys[0]! : undefined;
    const shown = plain && only ? (memberNames.get(only) ?? titleCase(only)) : name;
    // A label the dictionary files under another brand ("Navigo" under RATP) is still asked for by its own name.
    const shownAs = [...g.labels, ...cleaned].map((l) => {
      const k = labelKey(l);
      return { key: compactOf(l), name: k !== gk && g.keys.has(k) ? (memberNames.get(k) ?? titleCase(k)) : null };
    });
    const compact = [
      { key: compactOf(gk), name: null },
      ...memberKeys.filter((k) => k !== gk).map((k) => ({ key: compactOf(k), name: memberNames.get(k) ?? titleCase(k) })),
      ...shownAs,
      // A person is asked for by the surname too ("wie viel hat Kaminski gezahlt"): people's names group by their
      // first word, so the surname names the one member ("Sophie Kaminski").
      ...surnames(g.labels, memberNames),
    ].filter((c, i, all) => c.key.length >= MIN_COMPACT && all.findIndex((x) => x.key === c.key) === i);
    out.push({ name: shown, tokens, memberKeys, memberNames, compact, brand: isBrandKey(gk) });
  }
  cache.set(names, out);
  return out;
}

const MAX_NAMES_PER_WORD = 40;

export interface MerchantHit {
  start: number;
  end: number;
  /** Several names when the words fit more than one merchant group. */
  names: string[];
}

/** After "bei"/"at"/"chez" even an ordinary word ("Total", "Post") is meant as a name. */
export const NAME_HINT = /\b(?:bei|beim|at|from|von|vom|to|an|with|on|for|fur|chez)\s+(?:der\s+|dem\s+|den\s+|die\s+|the\s+|my\s+)?$/;

/** 0 exact, 1 a prefix of a longer brand word ("apple" → "applebees"), 2+ a typo. */
function tokenDistance(word: string, token: string): number | undefined {
  if (word === token) return 0;
  if (word.length < 2 || token.length < 2) return undefined;
  // Cheap test first: a word shares its first or second letter with any name it could be a typo of.
  if (word[0] !== token[0] && word[1] !== token[1]) return undefined;
  // A brand word continued by a few letters is another name ("apple" → "applebees"), not an inflection ("shell" → "shelly").
  if (word.length >= 4 && token.length - word.length >= 3 && token.startsWith(word)) return 1;
  const d = fuzzyDistance(word, token);
  return d === undefined ? undefined : d + 1;
}

interface Candidate {
  entry: MerchantEntry;
  run: number;
  dist: number;
  /** Set when the words, run together, spell a member's whole name ("justeat"): that member is meant. */
  member?: string;
}

/**
 * Names typed with their words run together or split differently: "coop" for
 * "Co-op", "mc donalds" for "McDonald's". Up to three adjacent words, joined,
 * must spell a group's or a member's key without its spaces.
 */
function compactCandidates(ws: { loose: string }[], i: number, entries: readonly MerchantEntry[], adjacent: (k: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let joined = "";
  for (let n = 1; n <= 3 && i + n - 1 < ws.length; n++) {
    if (n > 1 && !adjacent(i + n - 1)) break;
    joined += compactOf(ws[i + n - 1]!.loose);
    if (joined.length < MIN_COMPACT) continue;
    for (const entry of entries) {
      const hit = entry.compact.find((c) => c.key === joined);
      if (hit) out.push({ entry, run: n, dist: 0, ...(hit.name ? { member: hit.name } : {}) });
    }
  }
  return out;
}

/** "just eat", "the range": an ordinary word that starts a multi-word name the person has is part of that name. */
function startsLongName(ws: { loose: string }[], i: number, entries: readonly MerchantEntry[], adjacent: (k: number) => boolean): boolean {
  const next = ws[i + 1];
  if (!next || !adjacent(i + 1)) return false;
  const pair = `${ws[i]!.loose} ${next.loose}`;
  return entries.some((e) => e.memberKeys.some((k) => {
    const loose = foldLoose(k);
    return loose === pair || loose.startsWith(`${pair} `);
  }));
}

/** Word for word the same, a word of five letters or more allowed a typo ("apoteke" for "apotheke"). */
function spelledLike(said: string, key: string): boolean {
  const a = said.split(" ");
  const b = key.split(" ");
  return a.length === b.length && a.every((w, k) => w === b[k] || (w.length >= 5 && fuzzyDistance(w, b[k]!) !== undefined));
}

/** A question continuing the brand ("amazon prime") narrows to the members that continue the same way. */
function narrowed(entry: MerchantEntry, extra: string[]): string | null {
  if (extra.length === 0) return null;
  const base = entry.tokens.join(" ");
  for (let n = extra.length; n > 0; n--) {
    const key = `${base} ${extra.slice(0, n).join(" ")}`;
    // "rosen apoteke": the words after the brand may be misspelt as a brand word may ("Rosen Apotheke").
    const exact = entry.memberKeys.find((k) => foldLoose(k) === key) ?? entry.memberKeys.find((k) => spelledLike(key, foldLoose(k)));
    if (exact) return entry.memberNames.get(exact) ?? titleCase(exact);
    // The loose fold reads "blue" as "blu": name the member's own words, or the filter keys to nothing.
    const longer = entry.memberKeys.find((k) => foldLoose(k).startsWith(`${key} `));
    if (longer) {
      const label = entry.memberNames.get(longer);
      return label ? firstWords(label, key) : titleCase(longer.split(" ").slice(0, key.split(" ").length).join(" "));
    }
  }
  return null;
}

const beginsWith = (tokens: readonly string[], start: readonly string[]) => start.length < tokens.length && start.every((t, k) => tokens[k] === t);

/**
 * A brand said whole beats a longer name it only begins: "tim" is TIM, not
 * also Tim Hortons; "uber" is the rides, not also Uber Eats. A group named by
 * its first word only ("Camden" for Camden Market) is no such brand: "camden"
 * asks whether Camden Market or Camden Council is meant.
 */
function saidWhole(chosen: Candidate[]): Candidate[] {
  const whole = chosen.filter((c) => c.entry.brand && c.member === undefined && c.run === c.entry.tokens.length);
  return chosen.filter((c) => c.run === c.entry.tokens.length || !whole.some((w) => beginsWith(c.entry.tokens, w.entry.tokens)));
}

/**
 * Merchants named by the remaining words, consumed. Longer runs of matching
 * words win. `minRun: 2` takes only multi-word names ("Deutsche Bahn"), which
 * run before categories so "Bahn" inside them is not read as transport.
 */
export function takeMerchants(scan: Scanner, entries: readonly MerchantEntry[], minRun = 1): MerchantHit[] {
  const hits: MerchantHit[] = [];
  const ws = scan.remainingWords().map((w) => ({ ...w, loose: foldLoose(w.word) }));
  const adjacent = (k: number) => scan.remaining.slice(ws[k - 1]!.end, ws[k]!.start).trim() === "";
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    const hinted = scan.follows(NAME_HINT, w.start);
    if (STOPWORDS.has(w.word) && !hinted && !startsLongName(ws, i, entries, adjacent)) {
      i++;
      continue;
    }
    const candidates: Candidate[] = [];
    for (const entry of entries) {
      let best: Candidate | undefined;
      for (let j = 0; j < entry.tokens.length; j++) {
        let run = 0;
        let dist = 0;
        while (i + run < ws.length && j + run < entry.tokens.length) {
          // Words must be adjacent in the question to count as one name.
          if (run > 0 && !adjacent(i + run)) break;
          const d = tokenDistance(ws[i + run]!.loose, entry.tokens[j + run]!);
          if (d === undefined) break;
          run++;
          dist += d;
        }
        // Joiner words inside a name ("am" of "Apotheke am Rathaus") never name it on their own.
        const joinersOnly = j > 0 && ws.slice(i, i + run).every((x) => STOPWORDS.has(x.word));
        if (run > 0 && !joinersOnly && (!best || run > best.run || (run === best.run && dist < best.dist))) best = { entry, run, dist };
      }
      if (best) candidates.push(best);
    }
    // A name typed run together beats what its pieces match ("coop" is Co-op, not a typo of something else).
    for (const c of compactCandidates(ws, i, entries, adjacent)) {
      const same = candidates.findIndex((x) => x.entry === c.entry);
      if (same < 0) candidates.push(c);
      else if (c.run >= candidates[same]!.run) candidates[same] = c;
    }
    const run = Math.max(0, ...candidates.map((c) => c.run));
    if (run === 0 || run < minRun) {
      i++;
      continue;
    }
    const longest = candidates.filter((c) => c.run === run);
    // Exact words and brand prefixes are all real candidates; typos only count when nothing fits better.
    const sure = longest.filter((c) => c.dist <= run);
    const chosen = saidWhole(sure.length > 0 ? sure : longest.filter((c) => c.dist === Math.min(...longest.map((x) => x.dist))));
    let end = i + run;
    // The most frequent groups first (entries keep the data's order); a filter never needs more.
    let names = chosen.map((c) => c.member ?? c.entry.name).slice(0, MAX_NAMES_PER_WORD);
    const only = chosen.length === 1 ? chosen[0]! : undefined;
    if (only && !only.member && only.entry.tokens.length === run) {
      const extra: string[] = [];
      for (let k = end; k < ws.length && k < end + 3 && adjacent(k); k++) extra.push(ws[k]!.loose);
      const narrow = narrowed(only.entry, extra);
      if (narrow) {
        end += narrow.split(" ").length - run;
        names = [narrow];
      }
    }
    const last = ws[end - 1]!;
    hits.push({ start: w.start, end: last.end, names });
    scan.consume(w.start, last.end);
    i = end;
  }
  return hits;
}

/** Merchant groups with a word exactly equal to `word` (used to spot "Bahn" = category or "Deutsche Bahn"). */
export function merchantsWithWord(entries: readonly MerchantEntry[], word: string): string[] {
  const loose = foldLoose(word);
  return entries.filter((e) => e.tokens.includes(loose)).map((e) => e.name);
}

// Words other extractors read (periods, amounts, comparisons) besides the stopwords.
const WORDLIKE = new Set(["over", "uber", "fall", "summer", "winter", "spring", "ever", "overall", "top", "most", "mean"]);

/** An ordinary word of a question (a stopword, a number, a month, a period word): a name only when said as one. */
export function readsAsWord(word: string): boolean {
  return STOPWORDS.has(word) || word in NUMBER_WORDS || word in MONTH_WORDS || WORDLIKE.has(word);
}

/**
 * Brand names that read like ordinary words ("Uber" and "über", "Total",
 * "Next", "Three") are names when the person has such a merchant and says
 * it as a name: after "at"/"bei"/"on"…, or "uber" typed without the umlaut.
 * Taken before periods and amounts so "über"/"over" rules cannot swallow them.
 */
export function takeWordlikeNames(scan: Scanner, entries: readonly MerchantEntry[]): MerchantHit[] {
  const hits: MerchantHit[] = [];
  const ws = scan.remainingWords();
  const loose = ws.map((w) => ({ loose: foldLoose(w.word) }));
  const adjacent = (k: number) => scan.remaining.slice(ws[k - 1]!.end, ws[k]!.start).trim() === "";
  ws.forEach((w, k) => {
    if (!readsAsWord(w.word)) return;
    const single = entries.filter((e) => e.tokens[0] === w.word && e.tokens.length === 1);
    // "uber" when the person has Uber Eats and no rides: the one name the word begins.
    const group = single.length > 0 ? single : entries.filter((e) => e.tokens[0] === w.word);
    if (group.length !== 1) return;
    // "bei unser heimatbäcker": the longer name is read whole by takeMerchants.
    if (startsLongName(loose, k, entries, adjacent)) return;
    const next = ws[k + 1]?.word ?? "";
    // "for three months", "over 50": the word belongs to a period or an amount.
    if (/^\d|^(?:days?|weeks?|months?|years?|yrs?|tage?n?|wochen?|monate?n?|jahre?n?|eur|euros?|€)$/.test(next)) return;
    const hinted = scan.follows(NAME_HINT, w.start);
    const typed = scan.originalSlice(w.start, w.end);
    const plainUber = w.word === "uber" && /^uber$/i.test(typed);
    if (!hinted && !plainUber) return;
    scan.consume(w.start, w.end);
    hits.push({ start: w.start, end: w.end, names: [group[0]!.name] });
  });
  return hits;
}
