// A merchant named by what people call the brand rather than by the name its
// rows carry: "chatgpt" for OpenAI, "icloud" for Apple, "xbox" for
// Microsoft, "youtube premium" for YouTube, "prime" for Amazon Prime. The
// built-in dictionary already knows a brand's product names (they are how
// bank text names it); a question may use any of them for a merchant the
// person has. Words people say that no bank prints are listed here.
import { brandsNamedBy } from "../../categories/merchant-dictionary.ts";
import { foldText } from "../../categories/normalize.ts";
import { keyMatches, labelKey } from "../merchant-keys.ts";
import { readsAsWord, type MerchantEntry, type MerchantHit } from "./merchants.ts";
import type { Scanner } from "./scanner.ts";

/** Spoken names → the dictionary's brand name. */
const SPOKEN: Readonly<Record<string, readonly string[]>> = {
  prime: ["Amazon Prime"],
  "prime video": ["Amazon Prime"],
  "chat gpt": ["OpenAI"],
  "yt premium": ["YouTube"],
  // Rows say "AMERICAN EXPRESS"; nobody says it.
  amex: ["American Express"],
  maccies: ["McDonald's"],
  maccas: ["McDonald's"],
  mcds: ["McDonald's"],
};

// A shorter single word is too likely to be an abbreviation of something else.
const MIN_SINGLE = 4;
const MAX_WORDS = 3;

/** The person's merchant group(s) a brand name stands for, as filter names. */
function namesFor(brand: string, entries: readonly MerchantEntry[]): string[] {
  const key = labelKey(brand);
  if (!key) return [];
  const out: string[] = [];
  for (const e of entries) {
    if (labelKey(e.name) === key) out.push(e.name);
    else if (e.memberKeys.some((k) => keyMatches(k, key))) out.push(brand);
  }
  return out;
}

function brandNames(phrase: string, entries: readonly MerchantEntry[]): string[] {
  const spoken = SPOKEN[phrase] ?? [];
  const brands = [...spoken, ...brandsNamedBy(phrase).map((b) => b.name)];
  // The brand of that very name wins over brands that merely list it ("xbox": Xbox before Microsoft).
  for (const brand of brands) {
    const names = namesFor(brand, entries);
    if (names.length > 0) return [...new Set(names)];
  }
  return [];
}

/**
 * Runs of `minWords` to three adjacent remaining words that name a brand the
 * person has under another name, consumed; longest first.
 */
export function takeBrandAliases(scan: Scanner, entries: readonly MerchantEntry[], minWords = 1): MerchantHit[] {
  if (entries.length === 0) return [];
  const hits: MerchantHit[] = [];
  const ws = scan.remainingWords();
  const adjacent = (k: number) => scan.remaining.slice(ws[k - 1]!.end, ws[k]!.start).trim() === "";
  let i = 0;
  while (i < ws.length) {
    let taken = 0;
    for (let n = Math.min(MAX_WORDS, ws.length - i); n >= minWords && taken === 0; n--) {
      const run = ws.slice(i, i + n);
      if (run.some((w, k) => k > 0 && !adjacent(i + k))) continue;
      if (n === 1 && (run[0]!.word.length < MIN_SINGLE || readsAsWord(run[0]!.word))) continue;
      if (run.every((w) => readsAsWord(w.word))) continue;
      const start = run[0]!.start;
      const end = run[n - 1]!.end;
      const phrase = foldText(scan.originalSlice(start, end));
      const names = brandNames(phrase, entries);
      if (names.length === 0) continue;
      hits.push({ start, end, names });
      scan.consume(start, end);
      taken = n;
    }
    i += taken || 1;
  }
  return hits;
}
