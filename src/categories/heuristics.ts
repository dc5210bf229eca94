// Keyword signals in German, English and bank jargon. Two groups, because
// they carry different weight (see categorize.ts): booking-type words say what
// kind of movement this is and outrank the merchant dictionary; content
// words only help when nothing better is known.
import { foldText } from "./normalize.ts";

interface Signal {
  key: string;
  sign: "in" | "out" | "any";
  words: RegExp;
}

// Whole folded words; German compounds are listed explicitly where needed.
const w = (...alts: string[]) => new RegExp(`(^| )(${alts.join("|")})( |$)`);

/** What kind of movement: payroll, cash from an ATM, money between own accounts. */
const BOOKING_TYPE: Signal[] = [
  { key: "salary", sign: "in", words: w("gehalt", "lohn", "lohn gehalt", "gehalt lohn", "bezuge", "bezuege", "besoldung", "salary", "payroll", "wages", "salaer") },
  {
    key: "cash",
    sign: "out",
    words: w("bargeldauszahlung", "bargeldabhebung", "geldautomat", "gaa", "atm", "cash withdrawal", "bargeld", "auszahlung gaa", "cashpoint"),
  },
  {
    key: "transfers",
    sign: "any",
    words: w("umbuchung", "ubertrag", "uebertrag", "eigenubertrag", "kontoubertrag", "own transfer", "transfer between accounts", "internal transfer"),
  },
];

/** What it was for, judged from words in the text. */
const CONTENT: Signal[] = [
  { key: "rent", sign: "out", words: w("miete", "kaltmiete", "warmmiete", "mietzahlung", "hausgeld", "rent", "wohnungsmiete") },
  {
    key: "refunds",
    sign: "in",
    words: w("erstattung", "ruckerstattung", "rueckerstattung", "gutschrift retoure", "retoure", "storno", "refund", "chargeback", "reversal"),
  },
  {
    key: "fees",
    sign: "out",
    words: w("kontofuhrungsgebuhr", "kontofuhrung", "entgelt kontofuhrung", "sollzinsen", "uberziehungszinsen", "abschluss", "overdraft fee", "monthly fee", "account fee"),
  },
  { key: "savings", sign: "any", words: w("sparplan", "wertpapierkauf", "wertpapiere", "etf sparplan", "tagesgeld", "festgeld") },
  { key: "donations", sign: "out", words: w("spende", "donation", "charity") },
];

export interface HeuristicSubject {
  amountSign: -1 | 0 | 1;
  texts: (string | null | undefined)[];
}

function firstSignal(signals: Signal[], s: HeuristicSubject): string | null {
  const text = foldText(s.texts.filter(Boolean).join(" "));
  for (const sig of signals) {
    if (sig.sign === "in" && s.amountSign <= 0) continue;
    if (sig.sign === "out" && s.amountSign >= 0) continue;
    if (sig.words.test(text)) return sig.key;
  }
  return null;
}

export function bookingTypeCategory(s: HeuristicSubject): string | null {
  return firstSignal(BOOKING_TYPE, s);
}

export function contentCategory(s: HeuristicSubject): string | null {
  return firstSignal(CONTENT, s);
}
