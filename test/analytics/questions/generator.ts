// A seeded generator of questions: plausible ones stitched from the phrases
// people use (subjects, periods, measures, shapes, names) and adversarial ones
// (typos, shuffled words, injection attempts, emoji, numbers, huge inputs).
// Seeded, so a failure names a question that can be replayed.
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = [
  "how much did i spend on", "how much at", "what did I spend at", "wie viel habe ich für", "was habe ich bei", "show me all", "zeig alle",
  "list my", "how many", "wie oft", "average monthly spend on", "im Monatsdurchschnitt", "compare", "vergleiche", "biggest", "die 5 größten",
  "top 3", "what is my", "Kontostand", "how much did I move to savings", "wie viel aufs Tagesgeld", "", "", "",
];
const SUBJECTS = [
  "groceries", "Lebensmittel", "restaurants", "fuel", "tanken", "Öffis", "transport", "subscriptions", "Abos", "shopping", "rent", "Miete",
  "amazon", "AMAZON", "rewe", "REWE", "lidl", "netflix", "spotify", "uber", "Uber", "bolt", "shell", "total", "Total", "apple", "applebees",
  "vapiano", "pizzeria da mario", "DKB", "ING", "Amex", "savings", "income", "Einnahmen", "salary", "transactions", "Umsätze", "purchases",
  "über", "next", "three", "post", "gap", "sky", "target", "boots", "edeka",
];
const JOINERS = ["vs", "versus", "und", "and", "oder", "or", "gegen", "compared to", "im Vergleich", ",", "+", "&", ""];
const PERIODS = [
  "this month", "last month", "this year", "last year", "letztes jahr", "since january", "seit Januar", "in the last 3 months", "letzte 3 Monate",
  "over the last 12 months", "in total", "insgesamt", "ever", "all time", "seit Beginn", "im sommer", "in the winter", "last weekend",
  "am Wochenende", "on weekends", "in October", "im Oktober", "in Q3", "2025", "2026", "yesterday", "heute", "last week", "letzte Woche",
  "from 1 March to 15 March", "vom 1. bis 15. März", "since 2023", "in the last 0 days", "last 999 months", "week 53", "KW 0", "31.02.2026",
  "2026-13-45", "q5", "", "", "",
];
const TAILS = [
  "?", "", "by month", "per month", "by category", "by merchant", "as chart", "without chart", "as a pie chart", "over 50 €", "unter 10 euro",
  "between 10 and 20", "compared to last year", "vs last month", "im Vergleich zum Vormonat", "on average", "im Schnitt", "pro Monat",
  "sorted", "!!!", "...", "", "",
];
const ADVERSARIAL = [
  "'; DROP TABLE tx; --", "\" OR 1=1 --", "%", "_", "\\", "$1", "${process.exit()}", "<script>alert(1)</script>", "\u0000", "\u202e", "🤑💸",
  "ääääää", "ß", "ﬁ", "𝔞𝔪𝔞𝔷𝔬𝔫", "Ａｍａｚｏｎ", "   ", "\n\n", "\t", "?????", "1e999", "-0", "NaN", "Infinity", "0x10", "9".repeat(40),
  "a".repeat(600), "über über über", "last last last", "vs vs vs", "from to", "between and", "top top 0", "top 1000", "-5 biggest",
];

function typo(word: string, r: () => number): string {
  if (word.length < 3) return word;
  const i = Math.floor(r() * (word.length - 1));
  const kind = Math.floor(r() * 4);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + String.fromCharCode(97 + Math.floor(r() * 26)) + word.slice(i + 1);
}

export function* questions(count: number, seed = 1): Generator<string> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  for (let n = 0; n < count; n++) {
    const mode = r();
    let q: string;
    if (mode < 0.6) {
      const parts = [pick(OPENERS), pick(SUBJECTS)];
      if (r() < 0.3) parts.push(pick(JOINERS), pick(SUBJECTS));
      parts.push(pick(PERIODS), pick(TAILS));
      q = parts.filter(Boolean).join(" ");
    } else if (mode < 0.75) {
      q = [pick(OPENERS), pick(SUBJECTS), pick(PERIODS), pick(TAILS)]
        .join(" ")
        .split(/\s+/)
        .map((w) => (r() < 0.3 ? typo(w, r) : w))
        .join(" ");
    } else if (mode < 0.85) {
      const words = [pick(OPENERS), pick(SUBJECTS), pick(JOINERS), pick(SUBJECTS), pick(PERIODS), pick(TAILS)].join(" ").split(/\s+/);
      for (let i = words.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [words[i], words[j]] = [words[j]!, words[i]!];
      }
      q = words.join(" ");
    } else {
      q = [pick(ADVERSARIAL), r() < 0.5 ? pick(SUBJECTS) : "", r() < 0.5 ? pick(PERIODS) : "", r() < 0.3 ? pick(ADVERSARIAL) : ""].join(" ");
    }
    yield r() < 0.3 ? q.toLowerCase() : r() < 0.1 ? q.toUpperCase() : q;
  }
}
