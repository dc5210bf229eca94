// Finds topics (../topics.ts) in a question: "the gym", "phone bill",
// "Grundsteuer". They are read before categories, so "gym" is the gym and not
// all of leisure; a category phrase that spans more words still wins
// ("utility bills" is the category, not the topic "bills").
import { DUTCH_TOPIC_SYNONYMS, TOPIC_SYNONYMS, TOPICS } from "../topics.ts";
import { findCategories } from "./categories.ts";
import { foldLoose } from "./fold.ts";
import { merchantsWithWord, type MerchantEntry } from "./merchants.ts";
import type { Scanner } from "./scanner.ts";

export interface TopicHit {
  key: string;
  start: number;
  /** The words as typed. */
  word: string;
  /** Merchant groups with that word in their name ("Tankstelle Krause" for "Tankstelle"): which is meant is asked. */
  sharing: string[];
}

/** Words only a Dutch question has; English and German share none of them. */
const DUTCH_CUES = /\b(?:hoeveel|heb|hebben|ik|mijn|ontvangen|gekregen|betaald|uitgegeven|vorig|vorige|afgelopen|dit\s+jaar|deze\s+maand|welke|spaarrekening)\b/;

/** Topic phrases in the remaining text, consumed; only topics whose categories the person has. */
export function takeTopics(scan: Scanner, categoryKeys: readonly string[], merchants: readonly MerchantEntry[]): TopicHit[] {
  const usable = TOPICS.filter((t) => t.categories.some((c) => categoryKeys.includes(c))).map((t) => t.key);
  // "rente" is interest to a Dutch speaker and a pension (a category word) to a German one.
  const dutch = DUTCH_CUES.test(scan.folded.text) ? findCategories(scan, usable, DUTCH_TOPIC_SYNONYMS) : [];
  const hits = [...dutch, ...findCategories(scan, usable, TOPIC_SYNONYMS).filter((h) => !dutch.some((d) => d.start < h.end && d.end > h.start))];
  if (hits.length === 0) return [];
  const categoryHits = findCategories(scan, categoryKeys);
  const out: TopicHit[] = [];
  for (const h of hits) {
    if (categoryHits.some((c) => c.start < h.end && c.end > h.start && c.end - c.start > h.end - h.start)) continue;
    // A merchant called just that ("Mobile.de" for "mobile") is for the category matcher to weigh against the category.
    const said = foldLoose(scan.remaining.slice(h.start, h.end)).trim().split(/[\s-]+/).join(" ");
    if (merchants.some((m) => m.tokens.join(" ") === said)) continue;
    const word = scan.originalSlice(h.start, h.end);
    scan.consume(h.start, h.end);
    out.push({ key: h.key, start: h.start, word, sharing: merchantsWithWord(merchants, said) });
  }
  return out;
}
