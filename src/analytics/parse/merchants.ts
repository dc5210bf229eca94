// Matches the user's own merchant names. Bank data spells them
// "AMAZON EU S.A R.L." or "REWE Markt GmbH"; people say "Amazon" or "Rewe".
// A name matches through its distinctive words (legal forms and generic words
// dropped), with the typo limits of fuzzy.ts.
import { foldLoose, words } from "./fold.ts";
import { fuzzyDistance } from "./fuzzy.ts";
import type { Scanner } from "./scanner.ts";
import { STOPWORDS } from "./stopwords.ts";

const GENERIC = new Set([
  "gmbh", "ag", "kg", "se", "co", "inc", "ltd", "llc", "sa", "sarl", "srl", "bv", "nv", "ug", "ohg", "eg", "ev", "plc",
  "s", "a", "r", "l", "eu", "de", "com", "www", "the", "und", "and", "markt", "filiale", "online", "store", "shop",
  "marketplace", "payments", "europe", "germany", "deutschland", "gesellschaft", "mbh", "haftungsbeschrankt",
]);

export interface MerchantEntry {
  name: string;
  tokens: string[];
}

export function indexMerchants(names: readonly string[]): MerchantEntry[] {
  return names.map((name) => ({
    name,
    tokens: words(foldLoose(name)).map((w) => w.word).filter((t) => !GENERIC.has(t) && !/^\d+$/.test(t)),
  }));
}

export interface MerchantHit {
  start: number;
  end: number;
  /** Several names when the words fit more than one merchant equally well. */
  names: string[];
}

/** After "bei"/"at" even an ordinary word ("Total", "Post") is meant as a name. */
const NAME_HINT = /\b(?:bei|beim|at|from|von|vom|to|an|with)\s+(?:der\s+|dem\s+|den\s+|die\s+|the\s+)?$/;

function tokenDistance(word: string, token: string): number | undefined {
  if (word === token) return 0;
  if (word.length < 2 || token.length < 2) return undefined;
  return fuzzyDistance(word, token);
}

/**
 * Merchants named by the remaining words, consumed. Longer runs of matching
 * words win. `minRun: 2` takes only multi-word names ("Deutsche Bahn"), which
 * run before categories so "Bahn" inside them is not read as transport.
 */
export function takeMerchants(scan: Scanner, entries: readonly MerchantEntry[], minRun = 1): MerchantHit[] {
  const hits: MerchantHit[] = [];
  const ws = scan.remainingWords().map((w) => ({ ...w, loose: foldLoose(w.word) }));
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    const hinted = NAME_HINT.test(scan.remaining.slice(0, w.start));
    if (STOPWORDS.has(w.word) && !hinted) {
      i++;
      continue;
    }
    let best: { run: number; dist: number; names: string[] } | undefined;
    for (const entry of entries) {
      for (let j = 0; j < entry.tokens.length; j++) {
        let run = 0;
        let dist = 0;
        while (i + run < ws.length && j + run < entry.tokens.length) {
          const next = ws[i + run]!;
          // Words must be adjacent in the question to count as one name.
          if (run > 0 && scan.remaining.slice(ws[i + run - 1]!.end, next.start).trim() !== "") break;
          const d = tokenDistance(next.loose, entry.tokens[j + run]!);
          if (d === undefined) break;
          run++;
          dist += d;
        }
        if (run === 0) continue;
        if (!best || run > best.run || (run === best.run && dist < best.dist)) best = { run, dist, names: [entry.name] };
        else if (run === best.run && dist === best.dist && !best.names.includes(entry.name)) best.names.push(entry.name);
      }
    }
    if (!best || best.run < minRun) {
      i++;
      continue;
    }
    const last = ws[i + best.run - 1]!;
    hits.push({ start: w.start, end: last.end, names: best.names });
    scan.consume(w.start, last.end);
    i += best.run;
  }
  return hits;
}

/** Merchants with a word exactly equal to `word` (used to spot "Bahn" = category or "Deutsche Bahn"). */
export function merchantsWithWord(entries: readonly MerchantEntry[], word: string): string[] {
  const loose = foldLoose(word);
  return entries.filter((e) => e.tokens.includes(loose)).map((e) => e.name);
}
