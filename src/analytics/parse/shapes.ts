// Words that choose the shape of an answer beyond one sum: all time, weekend
// days, money moved to savings, a list of transactions, "A vs B", and an
// average per month. All patterns run on folded text (no umlauts, lower case).
import { FRENCH_ALL, FRENCH_ALL_TIME, FRENCH_LIST_NOUN, FRENCH_LIST_VERB, FRENCH_PER_MONTH, FRENCH_PER_UNIT, FRENCH_VERSUS } from "./french-lexicon.ts";
import type { Scanner } from "./scanner.ts";

/**
 * "in total", "altogether", "so far", "insgesamt", "bisher", "seit Beginn":
 * every transaction there is. Only when no period was named. "in all" only
 * at the end of a question ("in all accounts" is no period).
 */
const ALL_TIME = new RegExp(
  String.raw`\b(?:in\s+total|total\s+ever|total\s+(?:still|yet|now)(?=\s*[?.!]*\s*$)|all[\s-]+time|of\s+all\s+time|ever|overall|altogether|all\s+together|all\s+in\s+all|in\s+all(?=\s*[?.!]*\s*$)|so\s+far|to\s+date|(?:up\s+(?:to|till|until)|until|till|til)\s+(?:now|today)|to\s+this\s+day|lifetime|since\s+(?:the\s+)?(?:beginning|start)(?:\s+of\s+(?:my\s+)?(?:data|records))?|since\s+i\s+(?:started|joined|began)|` +
    String.raw`insgesamt|gesamt|alles\s+in\s+allem|in\s+summe|seit\s+(?:beginn|anfang|jeher|immer)|jemals|bisher|bislang|bis\s+jetzt|bis\s+heute|bis\s+dato|uberhaupt)\b`,
);

export function takeAllTime(scan: Scanner): boolean {
  let hit = false;
  while (scan.take(ALL_TIME) ?? scan.take(FRENCH_ALL_TIME)) hit = true;
  return hit;
}

/**
 * English present perfect without a time: "how much have I paid in ATM fees"
 * asks up to now, where "how much did I pay" leaves the time open. Read, not
 * consumed: the verb still says what is measured. German uses the perfect for
 * any past ("was habe ich ausgegeben"), so it has no such reading.
 */
const UP_TO_NOW = /\b(?:have\s+(?:i|we)|i\s+have|i'?ve|we'?ve)\s+(?:ever\s+|already\s+)?(?:spent|paid|earned|donated|given|sent|wasted|forked\s+out|shelled\s+out)\b/;

export const asksUpToNow = (scan: Scanner): boolean => UP_TO_NOW.test(scan.remaining);

const WEEKEND = /\b(?:on\s+(?:the\s+)?weekends?|at\s+(?:the\s+)?weekends?|weekends|am\s+wochenende|an\s+(?:den\s+)?wochenenden|wochenends|samstags?\s+und\s+sonntags?)\b/;
const WEEKDAY = /\b(?:on\s+weekdays|weekdays|during\s+the\s+week|unter\s+der\s+woche|werktags|wochentags|an\s+werktagen)\b/;

export function takeDays(scan: Scanner): "weekend" | "weekday" | undefined {
  if (scan.take(WEEKEND)) return "weekend";
  if (scan.take(WEEKDAY)) return "weekday";
  return undefined;
}

// The rows themselves, as people name them: "all thuisbezorgd orders" lists them like "transactions" (Dutch too: bestellingen, betalingen).
const LIST_NOUN = String.raw`(?:transactions?|purchases?|payments?|orders?|bookings?|charges|debits|umsatze|buchungen|transaktionen|zahlungen|einkaufe|bestellungen|abbuchungen|kartenzahlungen|lastschriften|kaufe|transacties|betalingen|bestellingen|aankopen|${FRENCH_LIST_NOUN})`;
// "offen" alone is too common ("offene Rechnungen" are bills): open bookings, or rows said to be still open.
const PENDING = new RegExp(
  String.raw`\b(?:pending|not\s+(?:yet\s+)?(?:booked|cleared)|uncleared|vorgemerkt\w*|noch\s+nicht\s+gebucht\w*|ungebucht\w*|offene[nrs]?(?=\s+${LIST_NOUN}\b)|(?:(?:sind|ist)\s+)?noch\s+offen|(?:sind|ist)\s+offen)\b`,
);

/**
 * "which transactions are pending", "vorgemerkte Umsätze": only rows the bank
 * has not booked yet. Named with a transaction noun ("pending transactions")
 * it asks for the rows themselves, so `list` is set and the noun consumed.
 */
export function takePending(scan: Scanner): { pending: boolean; list: boolean } {
  let pending = false;
  let list = false;
  for (let m = scan.take(PENDING); m; m = scan.take(PENDING)) {
    pending = true;
    const end = m.index + m[0].length;
    const noun = new RegExp(String.raw`^\s+${LIST_NOUN}\b`).exec(scan.remaining.slice(end));
    if (noun) {
      scan.consume(end, end + noun[0].length);
      list = true;
    }
  }
  return { pending, list };
}

const TOP_UP = /\b(?:top(?:ped|ping)?[\s-]?ups?|topups?|reload(?:ed|ing)?|aufgeladen|aufladen|aufladungen|aufladung|aufgeladene[nm]?)\b/;

// A prepaid phone's top-up ("Handy aufladen", "phone top-ups", "top up my mobile", "Guthaben aufladen") is spending on
// the phone: the phone word stays for the phone topic, the top-up word goes.
const PHONE = String.raw`(?:handy|handys|phone|phones|mobile|mobiles|cell|cellphone|prepaid|prepaidkarte|sim|simkarte|guthaben|handyguthaben|telefon)`;
const PHONE_TOP_UP = new RegExp(String.raw`\b${PHONE}(?:\s+\w+)?\s+(?:top(?:ped|ping)?[\s-]?ups?|topups?|aufgeladen|aufladen|aufladungen|aufladung|recharges?|recharged|reload(?:ed|ing|s)?)\b|\b(?:top(?:ped|ping)?[\s-]?up|topup|recharged?|recharging|reload(?:ed|ing)?)\s+(?:my\s+|the\s+|our\s+)?${PHONE}\b`);
const TOP_UP_WORD = /(?:top(?:ped|ping)?[\s-]?ups?|topups?|aufgeladen|aufladen|aufladungen|aufladung|recharges?|recharged|recharging|reload(?:ed|ing|s)?)/;

/** "how much did I top up my Revolut", "auf Revolut aufgeladen": money moved in from the person's own accounts. */
export function takeTopUp(scan: Scanner): boolean {
  for (let m = PHONE_TOP_UP.exec(scan.remaining); m; m = PHONE_TOP_UP.exec(scan.remaining)) {
    const word = TOP_UP_WORD.exec(m[0])!;
    scan.consume(m.index + word.index, m.index + word.index + word[0].length);
  }
  let hit = false;
  while (scan.take(TOP_UP)) hit = true;
  return hit;
}

// Monzo pots and Starling spaces are the person's savings inside the current account ("what went into my pots").
const SAVINGS_TARGET = String.raw`(?:my\s+|the\s+|mein\w*\s+|das\s+|die\s+|den\s+)?(?:savings?(?:\s+(?:account|pots?|spaces?))?|pots?|spaces?|spartopfe?|sparkonto|tagesgeld(?:konto)?|sparbuch|festgeld(?:konto)?|rucklagen?)`;
const SAVINGS_VERBS = String.raw`(?:uberwiesen|ueberwiesen|umgebucht|gebucht|geschoben|gelegt|zuruckgelegt|gespart|angespart|eingezahlt|transferiert)`;
/** Words that may stand between target and verb ("aufs Tagesgeld im Oktober überwiesen"): left for the period and the rest. */
const BETWEEN = String.raw`(?<between>\s+(?:\w+\s+){0,3}?)`;
const SAVINGS_MOVE = [
  new RegExp(String.raw`\b(?:moved?|moving|transferr?(?:ed|ing)?|put|sent|send|set\s+aside|stashed|saved?|saving|went|gone|go|goes|paid)${BETWEEN}(?:to|into|in|towards?)\s+${SAVINGS_TARGET}\b`, "d"),
  new RegExp(String.raw`\b(?:aufs|auf\s+das|auf\s+mein(?:e|en)?|ins|in\s+das|in\s+die|in\s+den|in\s+mein(?:e|en)?|zum|zur)\s+${SAVINGS_TARGET}\b(?:${BETWEEN}${SAVINGS_VERBS})?`, "d"),
  // "auf meinem Tagesgeld" says where money is (a balance) unless a verb says it was moved there.
  new RegExp(String.raw`\b(?:auf\s+(?:dem|meinem)|im|in\s+meinem)\s+${SAVINGS_TARGET}\b${BETWEEN}${SAVINGS_VERBS}`, "d"),
  // "Tagesgeld insgesamt gespart": the account and a saving verb, no preposition.
  new RegExp(String.raw`\b${SAVINGS_TARGET}\b${BETWEEN}(?:gespart|angespart|zuruckgelegt)\b`, "d"),
  /\b(?:savings\s+transfers?|transfers?\s+to\s+savings|sparraten?|sparuberweisungen|spareinlagen|sparplan\w*)\b/d,
];
const SAVINGS_VERB = /\b(?:uberwiesen|ueberwiesen|umgebucht|gebucht|geschoben|gelegt|zuruckgelegt|gespart|angespart|eingezahlt|transferiert)\b/;
/** Saving, not moving: what was put aside less what was taken back out. */
const SAVED = /\b(?:saved?|saving|gespart|angespart)\b/;

/**
 * "how much did I move to savings", "wie viel habe ich aufs Tagesgeld
 * überwiesen": "moved"; "Tagesgeld insgesamt gespart", "saved into my
 * savings": "saved", i.e. net of the money taken back out of savings.
 */
export function takeSavingsMove(scan: Scanner): "moved" | "saved" | false {
  for (const re of SAVINGS_MOVE) {
    const m = re.exec(scan.remaining);
    if (!m) continue;
    const end = m.index + m[0].length;
    const between = m.indices?.groups?.between;
    let said = m[0];
    if (between) {
      said = scan.remaining.slice(m.index, between[0]) + " " + scan.remaining.slice(between[1], end);
      scan.consume(m.index, between[0]);
      scan.consume(between[1], end);
    } else scan.consume(m.index, end);
    const verb = scan.take(SAVINGS_VERB);
    return SAVED.test(said) || (verb !== null && SAVED.test(verb[0])) ? "saved" : "moved";
  }
  return false;
}

/** Regular payments named as such, not as a category word: "recurring payments", "wiederkehrende Zahlungen". */
const RECURRING = /\b(?:recurring|regular|repeating)\s+(?:payments|charges|bills|costs|debits)\b|\b(?:wiederkehrende|regelmassige|laufende)\w*\s+(?:zahlungen|kosten|abbuchungen|lastschriften)\b/;

export const takeRecurring = (scan: Scanner): boolean => scan.take(RECURRING) !== null;

/** Payments by the bank's type: "direct debits", "Lastschriften", "standing orders", "Daueraufträge" (payment-types.ts). */
const PAYMENT_TYPES = [
  { kind: "direct_debit", re: /\b(?:direct[\s-]+debits?|dds|lastschrift(?:en)?|lastschriftzahlungen|prelevements?|incasso's|incasso)\b/ },
  { kind: "standing_order", re: /\b(?:standing\s+orders?|dauerauftrag|dauerauftrage|dauerauftragen|virements?\s+permanents?)\b/ },
] as const;

export function takePaymentType(scan: Scanner): "direct_debit" | "standing_order" | undefined {
  for (const { kind, re } of PAYMENT_TYPES) if (scan.take(re)) return kind;
  return undefined;
}

/** The nouns that ask which subscriptions there are ("what subscriptions do I have"), unlike "streaming". */
const SUBSCRIPTION_NOUN = /\b(?:subscriptions?|subs|memberships?|abos?|abonnements?)\b/;
/** Words around such a question that ask for nothing else: "which … am I paying for", "welche … laufen gerade". */
const SUBSCRIPTION_CUES = new Set([
  "have", "got", "paying", "pay", "active", "current", "currently", "running", "any", "zahle", "bezahle", "aktiven", "aktuellen",
  "laufenden", "laufen", "gerade", "derzeit", "momentan", "gibt", "es", "habe", "hab",
]);

/**
 * "what subscriptions do I have", "welche Abos habe ich", "my subscriptions":
 * asks which regular payments there are (the /subscriptions list), not how
 * much one category cost. True when only such a noun and words that ask
 * nothing else are left.
 */
export function asksWhichSubscriptions(scan: Scanner, stopwords: ReadonlySet<string>, recurring: boolean): boolean {
  // "subscription payments" asks for the payments themselves.
  if (!recurring && (!SUBSCRIPTION_NOUN.test(scan.folded.text) || new RegExp(String.raw`\b${LIST_NOUN}\b`).test(scan.folded.text))) return false;
  return scan.remainingWords().every((w) => stopwords.has(w.word) || SUBSCRIPTION_CUES.has(w.word));
}

/**
 * The verbs of getting cash ("how much cash did I withdraw", "Bargeld
 * abgehoben"): beside the cash category they say nothing more, and must not
 * be read as a merchant ("Withdrawal to BANK OF AMERICA").
 */
const CASH_VERB = /\b(?:withdr[ae]wn?|withdraw(?:s|ing)?|t(?:ake|akes|ook|aken|aking)\s+out|(?:get|got|gotten|getting)\s+out|pull(?:ed|ing)?\s+out|abgehoben|abheben|gezogen|geholt)\b/;

export function takeCashVerbs(scan: Scanner): void {
  while (scan.take(CASH_VERB));
}

/** Nouns that ask for a list and name its rows: cash withdrawals ("Bargeldabhebungen", "Auszahlungen am Automaten"). */
const LISTED_SUBJECT = String.raw`(?:withdrawals?|[a-z]*abhebungen|auszahlungen)`;
// A German compound may join the name and the noun with a hyphen ("Amazon-Umsätze"),
// so words before the noun end at a space or a hyphen.
// French verbs end in "-moi" ("montre-moi"): the verb is matched with it, so the words after it start at a space.
const LIST = [
  new RegExp(String.raw`\b(?:show|list|see|display|give|get|zeig\w*|liste\w*|auflisten|gib|${FRENCH_LIST_VERB})\b(?:\s+[^\s-]+){0,6}?[\s-]+${LIST_NOUN}\b`),
  new RegExp(String.raw`\b(?:all|every|each|alle|jede[nr]?|which|welche|${FRENCH_ALL})\s+(?:(?:of\s+)?(?:my|the|meine|der|die|les|mes|des)\s+)?(?:[^\s-]+[\s-]+){0,2}?-?${LIST_NOUN}\b`),
  new RegExp(String.raw`\b${LIST_NOUN}\s+(?:list|liste|auflisten|anzeigen|zeigen)\b`),
  // "liste des dépenses": French names the list itself, then what is in it.
  /\b(?:list\s+(?:of\s+)?(?:my\s+)?|liste\s+(?:der|meiner)\s+|liste\s+(?:des|de\s+(?:mes|toutes\s+les|tous\s+les)|mes)\s+)/,
  // "show me all cash withdrawals": the noun also names what is listed, so it stays for the category matcher.
  new RegExp(String.raw`\b(?:show|list|see|display|give|get|zeig\w*|liste\w*|auflisten|gib|all|every|each|alle|jede[nr]?|which|welche)\b(?:\s+[^\s-]+){0,4}?[\s-]+${LISTED_SUBJECT}\b`),
];

/** "all", "alle", "sämtliche": the person wants the whole list, not a first page. */
const ALL = new RegExp(String.raw`\b(?:all|every|alle|samtliche[n]?|jede[nr]?|${FRENCH_ALL})\b`);

export const asksForAll = (scan: Scanner): boolean => ALL.test(scan.remaining);

/**
 * Asks for the transactions themselves rather than their sum: "all" when the
 * question says it wants every one, "page" otherwise, false for no list.
 * Consumes the list words.
 */
export function takeList(scan: Scanner): "all" | "page" | false {
  for (const re of LIST) {
    const m = re.exec(scan.remaining);
    if (!m) continue;
    const all = asksForAll(scan);
    // Keep the words between verb and noun ("amazon", "bei rewe") for the name and period extractors.
    const noun = new RegExp(String.raw`${LIST_NOUN}\b`).exec(m[0]);
    const verb = /^\S+/.exec(m[0]);
    if (verb) scan.consume(m.index, m.index + verb[0].length);
    if (noun) scan.consume(m.index + noun.index, m.index + noun.index + noun[0].length);
    return all ? "all" : "page";
  }
  return false;
}

const VERSUS = /\b(?:vs\.?|versus|against|gegen|gegenuber|compared?\s+(?:to|with)|compare|im\s+vergleich(?:\s+(?:zu|mit))?|vergleich(?:e|en)?|verglichen\s+mit)(?=\s|$)/;

/** A "vs" is still in the question (read, not consumed): a second period is the other side. */
export const mentionsVersus = (scan: Scanner): boolean => VERSUS.test(scan.remaining) || FRENCH_VERSUS.test(scan.remaining);

/** The position of a "vs" between two subjects, consumed; -1 when there is none. */
export function takeVersus(scan: Scanner): number {
  const m = scan.take(VERSUS) ?? scan.take(FRENCH_VERSUS);
  return m ? m.index : -1;
}

const PER_MONTH =
  /\b(?:average\s+monthly|monthly\s+average|avg\s+monthly|average\s+per\s+month|per\s+month\s+on\s+average|a\s+month\s+on\s+average|on\s+average\s+(?:per|a|each)\s+month|im\s+monatsdurchschnitt|monatsdurchschnitt\w*|durchschnittlich\w*\s+(?:pro|im|je)\s+monat|im\s+(?:durch)?schnitt\s+(?:pro|im|je)\s+monat|pro\s+monat\s+im\s+(?:durch)?schnitt|monatlich\s+im\s+(?:durch)?schnitt|im\s+(?:durch)?schnitt\s+monatlich|durchschnittliche[nrs]?\s+monatliche[nrs]?)\b/;

/** "average monthly spend", "im Monatsdurchschnitt": an average over months. */
export function takePerMonthAverage(scan: Scanner): boolean {
  return (scan.take(PER_MONTH) ?? scan.take(FRENCH_PER_MONTH)) !== null;
}

/** French "par mois", "par an": how much a month or a year, consumed; the caller decides whether that is an average or a series. */
export function takeFrenchPerUnit(scan: Scanner): "month" | "year" | undefined {
  const m = scan.take(FRENCH_PER_UNIT);
  return m ? (m[1] === "mois" ? "month" : "year") : undefined;
}

/**
 * "per transaction", "per purchase", "pro Einkauf", "par achat": the mean of single transactions, however the
 * average is worded ("average income per transaction" is no average month). Said alone it asks for that mean too.
 */
const PER_TRANSACTION = new RegExp(
  String.raw`\b(?:(?:per|a|each|every)\s+(?:single\s+)?(?:transaction|purchase|order|payment|booking|charge|receipt|visit)|` +
    String.raw`(?:pro|je)\s+(?:einzel)?(?:einkauf|kauf|buchung|umsatz|transaktion|zahlung|bestellung|zahlungseingang|eingang)|` +
    String.raw`par\s+(?:transaction|achat|commande|paiement|operation))\b`,
);

/** "average amount per purchase", "Durchschnitt pro Buchung": an average per transaction. */
export function takePerTransaction(scan: Scanner): boolean {
  return scan.take(PER_TRANSACTION) !== null;
}

const YEAR = String.raw`(?:year|yr)`;
const PER_YEAR = new RegExp(
  String.raw`\b(?:average\s+(?:yearly|annual)|(?:yearly|annual)\s+average|avg\s+(?:yearly|annual)|average\s+(?:per|a)\s+${YEAR}|per\s+${YEAR}\s+on\s+average|a\s+${YEAR}\s+on\s+average|on\s+average\s+(?:per|a|each)\s+${YEAR}|im\s+jahresdurchschnitt|jahresdurchschnitt\w*|durchschnittlich\w*\s+(?:pro|im|je)\s+jahr|im\s+(?:durch)?schnitt\s+(?:pro|im|je)\s+jahr|pro\s+jahr\s+im\s+(?:durch)?schnitt|jahrlich\s+im\s+(?:durch)?schnitt|im\s+(?:durch)?schnitt\s+jahrlich|durchschnittliche[nrs]?\s+jahrliche[nrs]?)\b`,
);

/** A price asked for: "was kostet uns", "what does it cost". */
const PRICE_VERB = /\b(?:kostet|kosten|cost|costs)\b/;
const A_YEAR = /\b(?:(?:im|pro|je)\s+jahr|(?:per|a|each)\s+year)\b/;

/** "average yearly spend", "im Jahresdurchschnitt": an average per year, as the average month is per month. */
export function takePerYearAverage(scan: Scanner): boolean {
  return scan.take(PER_YEAR) !== null;
}

/**
 * "was kostet uns die Zeitung im Jahr", "what does Netflix cost me a year": what a year of it costs, read as the
 * last twelve months paid (this one included), not a series of calendar years (one begun in October, one not over)
 * nor twelve times a month's average (which a price rise in between makes no amount ever paid).
 */
export function takePriceAYear(scan: Scanner): boolean {
  return PRICE_VERB.test(scan.remaining) && scan.take(A_YEAR) !== null;
}
