// Reads a finance question in English or German into a QuerySpec without an
// LLM. Extractors run in a fixed order and cross out what they recognise:
// comparisons before periods ("than last month" is not the period), measures
// before categories ("wie viele Einkäufe" counts), multi-word merchant names
// before categories ("Deutsche Bahn" is not transport). When a word could mean
// two things the parser asks back rather than guessing.
import { CATEGORY_KEYS, TAXONOMY } from "../../categories/taxonomy.ts";
import { msg } from "../../i18n/index.ts";
import type { Measure } from "../query-spec.ts";
import { takeAccounts, type AccountRef } from "./accounts.ts";
import { takeBrandAliases } from "./brand-aliases.ts";
import { takeMoves } from "./moved-to.ts";
import { takeIncomeVsSpending } from "./in-vs-out.ts";
import { takeCardBill } from "./card-bills.ts";
import { takePaidBack } from "./paid-back.ts";
import { takePaidCard } from "./paid-to-card.ts";
import { EXCLUDE_HINT, joinsExcluded, takeExcluded, type Span } from "./excluded-list.ts";
import { leftInGap, takeCountAround } from "./count-around.ts";
import { FRENCH_ONLY_SYNONYMS } from "../../categories/synonyms-fr.ts";
import { findCategories, findCategoryTypos } from "./categories.ts";
import { takeCountry } from "./countries.ts";
import { ABROAD } from "../countries.ts";
import { takeEarner, takeSentVerb } from "./sent-and-earned.ts";
import { takeCurrencyFilter } from "./currencies.ts";
import { takeExchange } from "./exchanges.ts";
import { buildClarify, type Ambiguity } from "./clarify.ts";
import { assemble, type Draft } from "./draft.ts";
import { fold, foldLoose, words } from "./fold.ts";
import { looksFrench } from "./french-lexicon.ts";
import { fuzzyDistance } from "./fuzzy.ts";
import { HOW_MUCH, MEASURE_PATTERNS, MEASURE_WORDS, PAID_AS_SALARY, takeCompoundTotal } from "./measure-lexicon.ts";
import { indexMerchants, merchantsWithWord, takeMerchants, takeWordlikeNames } from "./merchants.ts";
import { mentionsGrouping, takeAmounts, takeChart, takeCompareAt, takeGroupBy, takeQuotedText, takeRank } from "./modifiers.ts";
import { BIG_EXPENSES, PURCHASE_NOUN } from "./modifier-lexicon.ts";
import { defaultPeriod, isEarlierWholeUnit, lastTwelveMonths, lastUnit, takePeriodAt } from "./periods.ts";
import { unreadMonthWord } from "./period-typos.ts";
import { takeRail } from "./rails.ts";
import { Scanner } from "./scanner.ts";
import { finishShape, type Subject } from "./shape-draft.ts";
import { asksForAll, asksUpToNow, asksWhichSubscriptions, takeAllTime, takeCashVerbs, takeDays, takeFrenchPerUnit, takeList, takePending, takePerMonthAverage, takePerTransaction, takePaymentType, takePerYearAverage, takePriceAYear, takeRecurring, takeSavingsMove, takeTopUp, takeVersus, mentionsVersus } from "./shapes.ts";
import { STOPWORDS } from "./stopwords.ts";
import { takeUnreadSince } from "./unread-since.ts";
import { earlierSpan, takeAgo, takeLatest, takeMonthEachYear } from "./history-shapes.ts";
import { takePriceChange } from "./price-change.ts";
import { namesBothSides, whichMoreAt } from "./which-more.ts";
import { takeTopics, type TopicHit } from "./topics.ts";
import { takeNetOfRefunds } from "./net-of-refunds.ts";
import { CAME, payerMeasure, takeReturnedTo } from "./payer-named.ts";
import type { ParseContext, ParseResult } from "./types.ts";
import { findCostOfThing, isTrip, namesCity, qualifiesThing, takeThingName, thingNameAt } from "./cost-of-thing.ts";
import { topicOf } from "../topics.ts";

const MAX_QUESTION = 500;
const NAME_HINT = /\b(?:bei|beim|at|from|von|vom|chez)\s+(?:der\s+|dem\s+|den\s+|die\s+|the\s+)?$/;
const NAME_AFTER = /\b(?:bei|beim|at|from|von|vom|for|fur|on|an|to|via|chez|pour)\s+(?:der\s+|dem\s+|den\s+|die\s+|the\s+|my\s+|meine[nm]?\s+)?([\p{L}\p{N}][\p{L}\p{N}'&.-]*)/gu;
/** "subs per month", "Abos pro Monat": a monthly amount, not a series by month. */
const PER_MONTH_BARE = /\b(?:(?:per|a) month|(?:pro|im) monat)\b/;

function takeMeasure(scan: Scanner): Measure | undefined {
  const found = new Set<Measure>();
  for (const { measure, res } of MEASURE_PATTERNS) if (scan.takeAny(res)) found.add(measure);
  // "average income", "durchschnittlich verdient": income averaged over months (finishShape), not spending.
  if (found.has("average") && found.has("income") && !found.has("spending") && !found.has("count")) return "income";
  for (const m of ["count", "average", "balance", "net"] as const) if (found.has(m)) return m;
  if (found.has("income") && found.has("spending")) return "net";
  return found.has("income") ? "income" : found.has("spending") ? "spending" : undefined;
}

function takeMeasureTypo(scan: Scanner): Measure | undefined {
  for (const w of scan.remainingWords()) {
    if (w.word.length < 5 || STOPWORDS.has(w.word)) continue;
    for (const [word, measure] of Object.entries(MEASURE_WORDS)) {
      if (word[0] === w.word[0] && fuzzyDistance(foldLoose(w.word), foldLoose(word)) !== undefined) {
        scan.consume(w.start, w.end);
        return measure;
      }
    }
  }
  return undefined;
}

/** "bei Katzenladen", "for Bitcoin": a name we do not know is searched as text. */
function takeUnknownName(scan: Scanner): string | undefined {
  for (const m of scan.remaining.matchAll(NAME_AFTER)) {
    const word = m[1] ?? "";
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    const start = m.index + m[0].length - word.length;
    scan.consume(start, start + word.length);
    return scan.originalSlice(start, start + word.length);
  }
  return undefined;
}

// Words a balance question says beside its account that name none: "aktueller Kontostand", "total balance of my accounts".
const BALANCE_WORDS: ReadonlySet<string> = new Set(
  `whats what's current currently now right today available left remaining combined together high accounts account
  aktuell aktueller aktuelle aktuellen aktuelles derzeit derzeitig derzeitiger momentan momentaner gerade jetzt hoch
  verfugbar verfugbarer verfugbare konten konto kontos aller gesamter gesamte gesamten zusammen ubrig stand`.split(/\s+/),
);

/** A word left over in a balance question that names nothing else Kontor knows: the account asked for, by a name no account has. */
function unmatchedAccountWord(scan: Scanner, named: { categories: string[]; topics: string[]; merchants: string[]; text?: string }): string | undefined {
  if (named.categories.length || named.topics.length || named.merchants.length || named.text) return undefined;
  const left = scan.remainingWords().find((w) => w.word.length >= 2 && !STOPWORDS.has(w.word) && !BALANCE_WORDS.has(w.word) && !/^\d+$/.test(w.word));
  return left ? scan.originalSlice(left.start, left.end) : undefined;
}

/** "rental income": the noun before the measure word names the rents received; the measure reads "income" itself. */
const RENT_BEFORE_INCOME = /\b(?:rental|rent)(?=\s+income\b)/;
/** Rent said beside a measure of money in ("wie viel Miete eingenommen", "rent we received"): the tenants' rents. */
const RENT_RECEIVED = "rent_received";

const minOf = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a));
const maxOf = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a));

const isIncomeCategory = (key: string) => TAXONOMY.find((c) => c.key === key)?.kind === "income";
/** "Habenzinsen", "interest earned": a topic named as money received. */
const namesReceived = (hit: TopicHit) => topicOf(hit.key)?.received?.includes(fold(hit.word).split(/[\s-]+/).join(" ")) ?? false;

export function parseQuestion(question: string, ctx: ParseContext): ParseResult {
  const trimmed = question.trim().slice(0, MAX_QUESTION);
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return { kind: "unknown", reason: msg("parse.unknown.empty") };
  const scan = new Scanner(trimmed);
  const keys = ctx.categories ?? CATEGORY_KEYS;
  const merchantIndex = indexMerchants(ctx.merchants);
  const howMuch = HOW_MUCH.test(scan.remaining);

  const text = takeQuotedText(scan);
  // Before measures take "cost": "what did the Kur cost" is the price of one thing, paid whenever it was.
  const thing = findCostOfThing(scan);
  const paidBack = takePaidBack(scan);
  // Before categories: "return the deposit to Petersen" hands money out, no refund comes in.
  takeReturnedTo(scan);
  // Before "wann kam die letzte …" is taken as the latest: "kam" says the money came in.
  const cameIn = CAME.test(scan.remaining);
  const compound = takeCompoundTotal(scan);
  // Before accounts and categories: "in der Schweiz" is no account, the "Urlaub" beside it no Travel category.
  const spotted = takeCountry(scan);
  // "in die Türkei geschickt": where money went, not where a card was used; "hat Aylin verdient": whose pay, no payer.
  const sent = spotted && spotted !== ABROAD ? takeSentVerb(scan) : undefined;
  const country = sent ? undefined : spotted;
  const earner = takeEarner(scan);
  // Before accounts and amounts: "euros to pounds" are the two sides of an exchange, no pocket and no filter.
  const exchange = takeExchange(scan);
  const subjects: Subject[] = [];
  const merchants: string[] = [];
  const ambiguities: Ambiguity[] = [];
  const merchantSpans: { start: number; end: number; name: string }[] = [];
  const addMerchantHits = (hits: { start: number; end: number; names: string[] }[]) => {
    for (const hit of hits) {
      if (hit.names.length === 1) {
        merchants.push(...hit.names);
        merchantSpans.push({ start: hit.start, end: hit.end, name: hit.names[0]! });
        subjects.push({ pos: hit.start, merchant: hit.names[0]! });
      } else ambiguities.push({ kind: "merchants", word: scan.originalSlice(hit.start, hit.end), merchants: hit.names });
    }
  };
  addMerchantHits(takeWordlikeNames(scan, merchantIndex));
  const recurring = takeRecurring(scan);
  const paymentType = takePaymentType(scan);
  const savings = takeSavingsMove(scan);
  // Before measures: the "pay" of "pay off my card" is no spending word.
  const cardBillAt = savings ? undefined : takeCardBill(scan);
  // "not counting the credit card payment and transfers": the things left out, in the order they are said.
  const excluded: Span[] = [];
  const cardBillLeftOut = cardBillAt !== undefined && scan.takeHint(EXCLUDE_HINT, cardBillAt.start);
  if (cardBillLeftOut) excluded.push(cardBillAt);
  let cardBill = cardBillAt !== undefined && !cardBillLeftOut;
  // Before rankings: the "top" of "top up" is not "top 5".
  let topUp = !savings && !cardBill && takeTopUp(scan);
  // Before measures and categories: "net of refunds" is spending, neither a net nor the Refunds category.
  const netOfRefunds = takeNetOfRefunds(scan);
  const inVsOut = takeIncomeVsSpending(scan);
  // Before comparisons: "than two years ago" is the other side, not "than last year".
  const ago = takeAgo(scan);
  const priceChange = takePriceChange(scan);
  const compareHit = takeCompareAt(scan);
  let compare = compareHit.compare;
  // Before rankings take "am meisten": "dm oder Rossmann, wo lass ich mehr" may be two sides (settled once the names are read).
  const orAt = compare === "none" ? whichMoreAt(scan) : -1;
  const chart = takeChart(scan);
  // "average income per transaction": the mean of single rows, even beside "monthly".
  const perTransaction = takePerTransaction(scan);
  const perMonthSaid = takePerMonthAverage(scan);
  const perYearSaid = !perMonthSaid && takePerYearAverage(scan);
  const priceAYear = !perMonthSaid && !perYearSaid && takePriceAYear(scan);
  // French "par mois": after "en moyenne par mois" was read, so that is not read twice.
  const perUnit = perMonthSaid || perYearSaid || perTransaction ? undefined : takeFrenchPerUnit(scan);
  // A merchant's name that looks like a misspelt month ("Augusta") stays a name.
  const merchantWords = new Set(merchantIndex.flatMap((m) => [...m.tokens, ...words(foldLoose(m.name)).map((w) => w.word)]));
  // Before periods: the "December" of "December each year" is not last December, the "last" of "when did I last" no period.
  const eachYear = takeMonthEachYear(scan);
  const latest = takeLatest(scan);
  const first = takePeriodAt(scan, ctx.today, merchantWords);
  // "September vs October": each period is a side; the question covers both.
  let second = first && mentionsVersus(scan) ? takePeriodAt(scan, ctx.today, merchantWords) : undefined;
  // "vorletzten Monat vs letzten Monat": the month after "vs" is September, not the month before August; the two are sides.
  const named = compareHit.names && first && !second && isEarlierWholeUnit(first.range, compareHit.names, ctx.today) ? lastUnit(compareHit.names, ctx.today) : undefined;
  const namedSide = named !== undefined && named.from !== first?.range.from;
  if (namedSide) {
    second = { range: named, pos: compareHit.at };
    compare = "none";
  }
  let periods = first && second ? [first, second].sort((a, b) => a.pos - b.pos).map((p) => p.range) : [];
  // "than two years ago": the period asked (this month unless named) against the same span then, the earlier first.
  if (ago && periods.length === 0) {
    const now = first?.range ?? defaultPeriod(ctx.today);
    periods = [earlierSpan(now, ago.months, ctx.today), now];
  }
  const period = periods.length ? { from: minOf(periods.map((p) => p.from)), to: maxOf(periods.map((p) => p.to)) } : (first?.range ?? (priceAYear ? lastTwelveMonths(ctx.today) : undefined));
  // "have I spent" means up to now, but not against another period ("have I spent more than last month").
  // A trip abroad is rarely this month: without a period a country's rows are all of them.
  let allTime = period === undefined && (takeAllTime(scan) || (compare === "none" && asksUpToNow(scan)) || spotted !== undefined || (thing !== undefined && !thing.weak));
  const days = takeDays(scan);
  const { pending, list: pendingList } = takePending(scan);
  // "biggest expenses" lists payments, unless the question names what to rank ("by category").
  const bigExpenses = BIG_EXPENSES.test(scan.remaining) && !mentionsGrouping(scan);
  // Whether an average was asked for, read before takeMeasure consumes the words: "average income" averages income.
  const asksAverage = perMonthSaid || perYearSaid || perTransaction || perUnit !== undefined || MEASURE_PATTERNS.some((p) => p.measure === "average" && p.res.some((re) => re.test(scan.remaining)));
  // "how many Thuisbezorgd orders": counted, whatever else the words say; the name between is read below.
  const countGap = takeCountAround(scan);
  const paidAsSalary = PAID_AS_SALARY.test(scan.remaining);
  const rentBeforeIncome = scan.take(RENT_BEFORE_INCOME);
  let measure = takeMeasure(scan) ?? (netOfRefunds ? "spending" : undefined);
  if (countGap) measure = "count";
  // "combien je dépense par mois" is an average month; "combien de transactions par mois", "solde par mois" a series.
  const perUnitSeries = perUnit !== undefined && (measure === "count" || measure === "balance" || measure === "net");
  const perMonth = (perMonthSaid && !perTransaction) || (perUnit === "month" && !perUnitSeries);
  const perYear = (perYearSaid && !perTransaction) || (perUnit === "year" && !perUnitSeries);
  const averagedIncome = measure === "income" && asksAverage;
  // "how many top-ups", "how many card payments": the noun went with their words, so the count pattern saw none.
  if ((topUp || cardBill) && measure === undefined && scan.take(/\b(?:how\s+many|wie\s*viele)\b/)) measure = "count";
  // Read before takeRank takes the noun: a ranking of purchases leaves out rent, bills and taxes (purchases.ts).
  const purchasesSaid = PURCHASE_NOUN.test(scan.remaining);
  const rank = takeRank(scan, bigExpenses ? "none" : undefined);
  // "what's pending", "was ist vorgemerkt": the rows themselves, unless a sum is asked for ("how much is pending").
  const pendingRows = pendingList || (pending && measure === undefined && !howMuch);
  const list = takeList(scan) || (pendingRows && (asksForAll(scan) ? "all" : "page"));
  const versusAt = namedSide ? compareHit.at : ago && periods.length ? ago.at : takeVersus(scan);
  const groupBy = takeGroupBy(scan) ?? compound?.groupBy ?? (perUnitSeries ? perUnit : undefined) ?? (eachYear ? "year" : undefined);
  const amounts = takeAmounts(scan);
  // Before subjects: the "car" of "since I bought the car" is no category. Without a period, all the data is counted, and the reading says why.
  const unreadSince = takeUnreadSince(scan);
  if (unreadSince !== undefined && period === undefined) allTime = true;

  const accounts: AccountRef[] = [];
  // "How much is in my savings" with two savings accounts: together, that is what they hold.
  const balance = measure === "balance";
  const accountHits = takeAccounts(scan, ctx.accounts, { balance, merchantWords });
  // "what's in my account": the accounts themselves, not a shop whose name has the word ("Account Fee").
  if (balance) scan.take(/\b(?:accounts?|konto|konten|kontos)\b/);
  // "an N26 überwiesen": what came in there from the other accounts, which are not asked about.
  // "from DKB to N26": only the moves from there; a source named by kind ("from my savings") is every such account.
  if (!savings && !cardBill && !cardBillLeftOut && takePaidCard(scan, accountHits)) cardBill = true;
  const moves = savings || cardBill ? { to: [], from: [] } : takeMoves(scan, accountHits, topUp);
  topUp ||= moves.to.length > 0;
  const fromAccounts = moves.from.flatMap((hit) => hit.accounts);
  for (const hit of moves.to.length || moves.from.length ? moves.to : accountHits) {
    if (hit.accounts.length === 1 || (balance && hit.byKind)) accounts.push(...hit.accounts);
    else ambiguities.push({ kind: "accounts", word: hit.word, accounts: hit.accounts });
  }

  // After accounts ("bei PayPal" can be the PayPal account), before merchants: the rail is searched as text.
  const rail = text ? undefined : takeRail(scan);

  addMerchantHits(takeMerchants(scan, merchantIndex, 2));
  // Before categories: "apple music" is Apple, not Apple and music.
  addMerchantHits(takeBrandAliases(scan, merchantIndex, 2));
  // After accounts ("revolut gbp" is the pocket in pounds): "in dollars" keeps to the rows in dollars.
  const currency = exchange ? undefined : takeCurrencyFilter(scan);

  const topicHits: TopicHit[] = [];
  if (rentBeforeIncome) {
    topicHits.push({ key: RENT_RECEIVED, start: rentBeforeIncome.index, word: rentBeforeIncome[0], sharing: [] });
    subjects.push({ pos: rentBeforeIncome.index, topic: RENT_RECEIVED });
  }
  if (exchange) {
    topicHits.push({ key: "currency_exchange", start: exchange.start, word: exchange.word, sharing: [] });
    subjects.push({ pos: exchange.start, topic: "currency_exchange" });
  }
  for (const t of takeTopics(scan, keys, merchantIndex)) {
    const hinted = scan.follows(NAME_HINT, t.start);
    if (t.sharing.length === 0) {
      topicHits.push(t);
      subjects.push({ pos: t.start, topic: t.key });
    } else if (hinted && t.sharing.length === 1) {
      merchants.push(...t.sharing);
      subjects.push({ pos: t.start, merchant: t.sharing[0]! });
    } else if (hinted) ambiguities.push({ kind: "merchants", word: t.word, merchants: t.sharing });
    else ambiguities.push({ kind: "topic_or_merchant", word: t.word, topic: t.key, merchants: t.sharing });
  }

  const categories: string[] = [];
  const excludeCategories: string[] = [];
  const addCategory = (key: string, pos: number) => {
    categories.push(key);
    subjects.push({ pos, category: key });
  };
  // "courses" are groceries in a French question, lessons in an English one.
  const frenchOnly = looksFrench(scan.folded.text) ? findCategories(scan, keys, FRENCH_ONLY_SYNONYMS) : [];
  for (const hit of frenchOnly) scan.consume(hit.start, hit.end);
  for (const hit of [...frenchOnly, ...findCategories(scan, keys)]) {
    const word = scan.folded.text.slice(hit.start, hit.end);
    const sharing = merchantsWithWord(merchantIndex, word);
    const hinted = scan.follows(NAME_HINT, hit.start);
    const original = scan.originalSlice(hit.start, hit.end);
    scan.consume(hit.start, hit.end);
    if (takeExcluded(scan, hit.start, excluded)) {
      excludeCategories.push(hit.key);
      excluded.push(hit);
    } else if (sharing.length === 0) addCategory(hit.key, hit.start);
    else if (hinted && sharing.length === 1) {
      merchants.push(...sharing);
      subjects.push({ pos: hit.start, merchant: sharing[0]! });
    } else if (hinted) ambiguities.push({ kind: "merchants", word: original, merchants: sharing });
    else ambiguities.push({ kind: "category_or_merchant", word: original, category: hit.key, merchants: sharing });
  }
  // "excluding transfers and the credit card bills": the bills, read first, are the end of the list left out.
  const cardBillsLeftOut = cardBillLeftOut || (cardBillAt !== undefined && cardBill && joinsExcluded(scan, cardBillAt.start, excluded));
  if (cardBillsLeftOut) cardBill = false;
  if (categories.includes("cash")) takeCashVerbs(scan);
  addMerchantHits(takeMerchants(scan, merchantIndex));
  addMerchantHits(takeBrandAliases(scan, merchantIndex));
  for (const hit of findCategoryTypos(scan, keys)) {
    scan.consume(hit.start, hit.end);
    addCategory(hit.key, hit.start);
  }
  measure ??= takeMeasureTypo(scan);
  // "wie viel hat Kaminski gezahlt", "payments from Demir": the named party paid, money in.
  measure = payerMeasure(scan, measure, merchantSpans, cameIn);
  // "wie viel Miete haben wir eingenommen": rent as money in is what tenants paid, not the category of rent paid.
  const rentAt = measure === "income" ? categories.indexOf("rent") : -1;
  if (rentAt >= 0) {
    categories.splice(rentAt, 1);
    const subject = subjects.find((s) => s.category === "rent");
    if (subject) {
      delete subject.category;
      subject.topic = RENT_RECEIVED;
    }
    topicHits.push({ key: RENT_RECEIVED, start: subject?.pos ?? 0, word: "rent", sharing: [] });
  }
  // "dm or Rossmann, where do I spend more": a name on each side of the "or" makes them sides, as "vs" does.
  const whichMore = versusAt < 0 && orAt >= 0 && namesBothSides(orAt, subjects.map((s) => s.pos));
  const sidesAt = whichMore ? orAt : versusAt;
  // "gym and cinema": the whole category is asked for, the gym within it adds nothing ("gym vs cinema" keeps both sides).
  const covered = (key: string) => sidesAt < 0 && (topicOf(key)?.categories.every((c) => categories.includes(c)) ?? true);
  const topics = topicHits.map((t) => t.key).filter((k) => !covered(k));
  for (let i = subjects.length - 1; i >= 0; i--) if (subjects[i]!.topic && covered(subjects[i]!.topic!)) subjects.splice(i, 1);
  // "lidl in jnauray": a period was meant and not read; say which word rather than answer for all time.
  const unreadPeriod = period === undefined ? unreadMonthWord(scan, merchantWords) : undefined;
  if (unreadPeriod) return { kind: "unknown", reason: msg("parse.unknown.period_word", { word: unreadPeriod }) };
  // "the bus trip to the Gardasee": the name no category knows is the thing; "bus trip" filed it nowhere in particular.
  let thingText = thing && !text ? takeThingName(scan, thing) : undefined;
  if (thing?.weak && thingText && period === undefined) allTime = true;
  // "the Lisbon trip" where Lisbon is also a merchant (a pot saved for it): a trip's rows are flights, food and cash,
  // filed anywhere; the place's name is searched in their text (a tag, a description), not the pot's rows in Travel.
  if (thing && !thing.weak && !text && !thingText) {
    const inThing = (pos: number) => pos >= thing.start && pos < thing.end;
    const named = merchantSpans.filter((m) => inThing(m.start));
    if (named.length === 1 && subjects.some((s) => inThing(s.pos) && (s.category || s.topic))) {
      const hit = named[0]!;
      merchants.splice(merchants.indexOf(hit.name), 1);
      const at = subjects.findIndex((s) => s.pos === hit.start && s.merchant === hit.name);
      if (at >= 0) subjects.splice(at, 1);
      thingText = scan.originalSlice(hit.start, hit.end);
    }
  }
  if (thingText && thing) {
    const inThing = (pos: number) => pos >= thing.start && pos < thing.end;
    for (let i = subjects.length - 1; i >= 0; i--) {
      const s = subjects[i]!;
      if (!inThing(s.pos) || (!s.category && !s.topic)) continue;
      // "the concert ticket": a category word right before the name says which ticket; it stays.
      if (qualifiesThing(scan, s.pos, thingNameAt(scan, thing, thingText))) continue;
      subjects.splice(i, 1);
      if (s.category) categories.splice(categories.indexOf(s.category), 1);
      if (s.topic && topics.includes(s.topic)) topics.splice(topics.indexOf(s.topic), 1);
    }
  }
  // "the Orlando trip": the place's rows mark the days; what was spent on those days away from home is the trip.
  // "what did Copenhagen cost": a city on its own is the trip there too.
  const trip = thing !== undefined && thingText !== undefined && (isTrip(scan, thing) || namesCity(thingText));
  const namesNothing = !text && !thingText && !rail && !country && merchants.length + categories.length + topics.length + ambiguities.length === 0;
  const nameText = namesNothing ? (takeUnknownName(scan) ?? (countGap && accounts.length === 0 ? leftInGap(scan, countGap) : undefined)) : undefined;

  // "subs per month" with no verb and no period asks what the regular payments come to a month: the list says it.
  // ("per month" is a series elsewhere; "by month" stays one here too.)
  const monthlyBare = groupBy === "month" && PER_MONTH_BARE.test(scan.folded.text) && measure === undefined && !howMuch;
  const onlySubscriptions =
    (recurring || (categories.length === 1 && categories[0] === "subscriptions")) &&
    measure === undefined && !howMuch && period === undefined && !allTime && days === undefined &&
    topics.length + merchants.length + accounts.length + ambiguities.length === 0 && !text && !rail && !nameText &&
    (groupBy === undefined || monthlyBare) && rank === undefined && compare === "none" && !savings && !topUp && !pending && !perMonth && !perYear && sidesAt < 0 &&
    amounts.minAmount === undefined && amounts.maxAmount === undefined;
  if (onlySubscriptions && asksWhichSubscriptions(scan, STOPWORDS, recurring)) return { kind: "subscriptions" };
  if (recurring && !categories.includes("subscriptions")) addCategory("subscriptions", 0);

  const signals =
    measure !== undefined ||
    categories.length + topics.length + merchants.length + accounts.length + ambiguities.length > 0 ||
    Boolean(text ?? thingText ?? rail ?? nameText ?? spotted ?? currency ?? earner) ||
    groupBy !== undefined ||
    rank !== undefined ||
    compare !== "none" ||
    savings ||
    cardBill ||
    paymentType !== undefined ||
    topUp ||
    pending ||
    list ||
    perMonth ||
    perTransaction ||
    inVsOut !== null ||
    priceChange === "raise" ||
    perYear ||
    amounts.minAmount !== undefined ||
    amounts.maxAmount !== undefined ||
    ((howMuch || scan.remainingWords().every((w) => STOPWORDS.has(w.word))) && (period !== undefined || allTime || days !== undefined));
  if (!signals) return { kind: "unknown", reason: msg("parse.unknown.not_understood") };

  // "Sparkasse balance" with no account of that name: never the total of all accounts without a word; ask, listing them.
  const unknownAccount = balance && accounts.length === 0 && !ambiguities.length ? unmatchedAccountWord(scan, { categories, topics, merchants, text: text ?? thingText ?? rail ?? nameText }) : undefined;
  if (unknownAccount && ctx.accounts.length) ambiguities.push({ kind: "unknown_account", word: unknownAccount, accounts: ctx.accounts });
  const inferred: Measure =
    (categories.length > 0 && topics.length === 0 && categories.every(isIncomeCategory)) || (categories.length === 0 && topicHits.length > 0 && topicHits.every(namesReceived))
      ? "income"
      : "spending";
  // "minus what Anna paid back": Anna is whose money in comes off, not a second subject of the spending.
  const paidBackBy = paidBack ? merchantSpans.filter((m) => m.start >= paidBack.start && m.end <= paidBack.end).map((m) => m.name) : [];
  for (const name of paidBackBy) merchants.splice(merchants.indexOf(name), 1);
  const draft: Draft = {
    measure: measure ?? inferred,
    ...(paidBackBy.length ? { paidBackBy } : {}),
    categories,
    ...(excludeCategories.length ? { excludeCategories } : {}),
    ...(cardBillsLeftOut ? { excludeCardBills: true } : {}),
    ...(trip ? { trip } : {}),
    topics,
    merchants,
    accounts,
    ...(fromAccounts.length ? { fromAccounts } : {}),
    text: text ?? thingText ?? rail ?? nameText,
    ...(country ? { country } : {}),
    ...((exchange?.from ?? currency) ? { currency: exchange?.from ?? currency } : {}),
    ...(exchange?.to ? { toCurrency: exchange.to } : {}),
    period,
    groupBy: rank?.groupBy ?? groupBy ?? (rank ? "merchant" : "none"),
    compare,
    limit: rank?.limit,
    ascending: rank?.ascending ?? false,
    chart,
    ...amounts,
    ...(purchasesSaid && rank?.groupBy === "none" ? { purchases: true as const } : {}),
    ...(paymentType ? { paymentType } : {}),
    ...(sent && spotted ? { sentTo: { country: spotted, ...(sent.bankTransfers ? { bankTransfers: true as const } : {}) } } : {}),
    ...(earner ? { earner } : {}),
    ...(eachYear ? { month: eachYear.month } : {}),
    ...(unreadSince !== undefined ? { unreadSince: { words: unreadSince, ignored: period !== undefined } } : {}),
  };
  // An explicit "by category" beats the default subject of a ranking ("top 5 by category").
  if (rank && !rank.groupBy && groupBy) draft.groupBy = groupBy;
  // "average income per week": over the period's weeks, as "average spending per week" is, not over months.
  const perDays = averagedIncome && !perMonth && !perYear && !perTransaction && (draft.groupBy === "week" || draft.groupBy === "day") ? draft.groupBy : undefined;
  // "the annual fee": charged once a year, so without a period it is every time it was charged.
  const yearlyTopic = period === undefined && days === undefined && topics.some((k) => topicOf(k)?.yearly);
  // "when did I get a raise": the salary's, unless another subject is named.
  if (priceChange === "raise" && categories.length + topics.length + merchants.length === 0 && keys.includes("salary")) {
    addCategory("salary", 0);
    draft.measure = "income";
  }
  if (earner && keys.includes("salary")) {
    if (!categories.includes("salary")) addCategory("salary", 0);
    draft.measure = "income";
  }
  // "how much did I get paid": the pay, not a friend's money back, unless someone or something else is named.
  if (paidAsSalary && draft.measure === "income" && categories.length + topics.length + merchants.length === 0 && !draft.text && keys.includes("salary")) addCategory("salary", 0);
  const changeAsked = priceChange !== false && categories.length + topics.length + merchants.length > 0 && sidesAt < 0;
  finishShape(draft, { latest, priceChange: changeAsked, allTime: allTime || yearlyTopic, days, pending, savings, cardBill, topUp, list, perMonth: perMonth || (averagedIncome && !perYear && !perTransaction && !perDays), perYear, perDays, perTransaction, versusAt: sidesAt, whichMore, periods, inVsOut, subjects, explicitMeasure: measure, dataStart: ctx.dataStart, today: ctx.today, locale: ctx.locale });
  if (ambiguities.length > 0) return buildClarify(draft, ambiguities, ctx);
  if (changeAsked) return { kind: "price_change", ...assemble(draft, ctx.today) };
  return { kind: "spec", ...assemble(draft, ctx.today) };
}
