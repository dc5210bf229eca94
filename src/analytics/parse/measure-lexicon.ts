// Words that say WHAT to measure, on folded text. Checked before categories so
// "wie viele Einkäufe" counts purchases instead of naming the shopping
// category; lookbehinds keep "sonstige Einnahmen"/"other income" for the
// category matcher.
import type { GroupBy, Measure } from "../query-spec.ts";
import type { Scanner } from "./scanner.ts";
import { FRENCH_HOW_MUCH, FRENCH_MEASURES, FRENCH_MEASURE_WORDS } from "./french-lexicon.ts";

export const COUNTABLE_EN = String.raw`(?:times|transactions?|payments?|purchases?|bookings?|card\s+payments?|visits?|orders?|debits?|charges)`;
export const COUNTABLE_DE = String.raw`(?:buchungen|transaktionen|zahlungen|umsatze|einkaufe|bestellungen|kartenzahlungen|abbuchungen|lastschriften|mal)`;

/** Words after "pay" that name no one paid: "did the trip pay for itself", "did we pay back", "pay last month". */
const NOT_PAID_ONE = String.raw`(?:for|to|at|on|in|into|off|with|by|back|per|each|every|a|an|the|it|this|last|since|over|during|so|more|less|than|monthly|weekly|yearly)\b`;

/** "how much did I get paid", "what have we been paid": the person's own pay, not every euro that came in. */
export const PAID_AS_SALARY = /\b(?:i|we)\s+(?:get|got|gets|getting|gotten|been|was|were|have\s+been|'ve\s+been)\s+paid\b(?!\s+back)/;

export const MEASURE_PATTERNS: { measure: Measure; res: RegExp[] }[] = [
  {
    measure: "count",
    res: [
      new RegExp(String.raw`\bhow\s+many\s+${COUNTABLE_EN}\b`),
      /\bhow\s+often\b/,
      new RegExp(String.raw`\b(?:the\s+)?(?:number|count)\s+of\s+${COUNTABLE_EN}\b`),
      new RegExp(String.raw`\bwie\s*viele\s+${COUNTABLE_DE}\b`),
      /\bwie\s+oft\b/,
      new RegExp(String.raw`\b(?:die\s+)?anzahl\s+(?:der\s+|an\s+)?${COUNTABLE_DE}?`),
    ],
  },
  {
    measure: "average",
    res: [/\b(?:on\s+)?(?:an\s+)?average\b/, /\bavg\b/, /\b(?:im\s+)?durchschnitt\w*/, /\bim\s+schnitt\b/, /\bmean\b/, /\bmittelwert\b/],
  },
  {
    measure: "balance",
    res: [
      /\b(?:account\s+)?balances?\b/,
      /\bkontostand\w*/,
      /\bsaldo\b/,
      /\bguthaben\b/,
      /\bhow\s+much\s+(?:money\s+)?(?:do\s+i\s+have|have\s+i\s+got|is\s+(?:there\s+)?(?:on|in))\b(?!\s+left)/,
      /\bwie\s*viel\s+(?:geld\s+)?(?:habe|hab|ist)\s+(?:ich\b\s*)?(?:noch\s+|gerade\s+|aktuell\s+|jetzt\s+|derzeit\s+)*(?=(?:auf|im|in)\s+(?:dem\s+|meinem\s+|der\s+|meiner\s+)?(?:\w*konto|\w*karte|tagesgeld|depot)|\?|$)/,
      /\bwhat'?s\s+(?:on|in)\s+my\b/,
      // "whats in savings", "what's in our checking": an account named by its kind, with or without "my".
      /\b(?:what'?s|what\s+is)\s+(?:on|in)\s+(?:our\s+|the\s+)?(?=(?:savings?|checking|chequing|current\s+account|isa|giro(?:konto)?|tagesgeld)\b)/,
      // "what's left on my savings": what an account still holds (without "on my …" it is money left over, net).
      /\b(?:what'?s|what\s+is|how\s+much\s+(?:money\s+)?(?:is|do\s+i\s+have))\s+(?:still\s+)?left\s+(?:on|in)\s+(?=(?:my|the)\b)/,
      /\bwas\s+(?:ist|hab(?:e)?\s+ich)\s+(?:noch\s+)?(?:auf|im|in)\s+(?=(?:dem|meinem|meiner|der)\b)/,
    ],
  },
  {
    measure: "net",
    res: [
      /\bnet\b/,
      /\bnetto\b/,
      /\b(?:saved|save|saving)\b/,
      /\bgespart\b/,
      /\bzuruckgelegt\b/,
      /\b(?:ubrig|uebrig)\b/,
      /\b(?:left(?:\s+over)?|leftover)\b/,
      /\b(?:surplus|uberschuss|ueberschuss|bilanz|cash\s*flow)\b/,
      /\bincome\s+(?:minus|vs\.?|versus|and)\s+(?:expenses|spending)\b/,
      /\beinnahmen\s+(?:minus|vs\.?|und|gegen)\s+ausgaben\b/,
    ],
  },
  {
    measure: "income",
    res: [
      /\bearn(?:ed|ings|t)?\b/,
      // "how much did I make", "what I made this year": money made is earned ("how many purchases did I make" counts, above).
      /\b(?:how\s+much|what)\s+(?:money\s+)?(?:did|do|does|have|has|will)\s+(?:i|we)\s+(?:make|made|bring\s+in|brought\s+in|take\s+home)\b/,
      /\b(?:how\s+much|what|money)\s+(?:(?:i|we)\s+(?:have\s+|'ve\s+)?|i've\s+|we've\s+)(?:made|brought\s+in)\b/,
      /(?<!(?:other|side)\s+)\bincome\b/,
      /\b(?:received|(?:get|got|gets|getting|been|was|were)\s+paid|paid\s+me|came\s+in|come\s+in)\b/,
      // "how much has St David's paid Keisha", "what did Dell pay us": a payer who is not the household ("I", "we", "my husband")
      // pays someone; the verb alone is taken.
      new RegExp(String.raw`(?<=\b(?:has|have|had|did|does|do|will)\s+(?!(?:i|we|you|they|my|our)\b)[a-z0-9'.&-]+(?:\s+[a-z0-9'.&-]+){0,3}\s+)(?:paid|pay|pays)\b(?=\s+(?!${NOT_PAID_ONE})[a-z])`),
      // Money coming back to the person: friends settling a Tikkie, Venmo or Zelle request, a shop's refund.
      /\b(?:receiv(?:e|es|ing)|(?:get|got|gets|getting|gotten)\s+(?:\w+\s+)?back|pay\s+me(?:\s+back)?|ontvangen)\b/,
      /\b(?:zuruck|wieder)(?:bekommen|erhalten|gekriegt|gezahlt)\b/,
      /\beingenommen\b/,
      /(?<!sonstige[n]?\s+)\beinnahmen\b/,
      /\bverdient\b/,
      /(?<!sonstige[sn]?\s+)\beinkommen\b/,
      /\b(?:bekommen|erhalten|reinbekommen|reingekommen|eingegangen)\b/,
      /\b(?:geld|zahlungs)?eingange?\b/,
    ],
  },
  {
    measure: "spending",
    res: [
      /\bspen[dt]s?\b/,
      /\bspending\b/,
      /(?<!other\s+)\bexpenses?\b/,
      /\b(?:expenditures?|outgoings)\b/,
      /\b(?:paid|pay|cost|costs|costed)\b/,
      /\bausgegeben\b/,
      /(?<!sonstige[n]?\s+)\bausgaben\b/,
      /\b(?:kosten|kostet|gekostet|bezahlt|gezahlt|verbraucht|verpulvert|gelassen)\b/,
    ],
  },
  ...FRENCH_MEASURES,
];

/** Single measure words for the typo pass ("ausgegebn", "expneses"). */
export const MEASURE_WORDS: Record<string, Measure> = {
  ausgegeben: "spending",
  ausgaben: "spending",
  expenses: "spending",
  spending: "spending",
  bezahlt: "spending",
  eingenommen: "income",
  einnahmen: "income",
  verdient: "income",
  einkommen: "income",
  income: "income",
  durchschnittlich: "average",
  durchschnitt: "average",
  average: "average",
  kontostand: "balance",
  balance: "balance",
  gespart: "net",
  ...FRENCH_MEASURE_WORDS,
};

/** "how much"/"wie viel"/"combien": not enough alone, but a question about money once a period is named. */
export const HOW_MUCH = new RegExp(String.raw`\bhow\s+much\b|\bwie\s*viel\b|\bwhat\s+did\s+i\b|\bwas\s+hab(?:e)?\s+ich\b|${FRENCH_HOW_MUCH.source}`);

// German glues the whole or the time unit to the noun: "Gesamtausgaben", "Monatsausgaben", "Jahreseinkommen".
const COMPOUND_PREFIX: Record<string, GroupBy | undefined> = { gesamt: undefined, monats: "month", jahres: "year", wochen: "week", tages: "day" };
const COMPOUND_TOTAL = /\b(gesamt|monats|jahres|wochen|tages)(?=(?:ausgaben|einnahmen|einkommen|kosten)\b)/;

/**
 * Takes the front of such a compound, so the measure words see "ausgaben" as
 * they do in "Ausgaben gesamt"; returns the grouping it says ("Monatsausgaben"
 * are "monatliche Ausgaben"), or null when there is no compound.
 */
export function takeCompoundTotal(scan: Scanner): { groupBy?: GroupBy } | null {
  const m = scan.take(COMPOUND_TOTAL);
  if (!m) return null;
  const groupBy = COMPOUND_PREFIX[m[1] ?? ""];
  return groupBy ? { groupBy } : {};
}
