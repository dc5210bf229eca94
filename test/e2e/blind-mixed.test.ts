// A person in Cologne sends four exports from three institutions covering the
// same fourteen months: the Sparkasse Girokonto as CSV-MT940, the Sparkasse
// credit card, a Postbank Tagesgeld and a German PayPal activity download.
// One English-speaking and one German-speaking person (Telegram "de") each
// send the same files and ask what people type, lowercase, typos included.
// Money between the person's own accounts: the Dauerauftrag to the Tagesgeld
// (and one move back), the monthly card bill (Girokonto debit = card credit),
// and PayPal funding (PayPal "Überweisung als Zahlungsquelle" = the Girokonto's
// PayPal Europe debit "Ihr Einkauf bei …"): the purchase is the PayPal row,
// counted once. Every expected figure comes from the logical events the files
// were written from (test/e2e/blind-mixed/statements.ts), never from Kontor.
// Written blind, from /work/shared/bank-formats.md only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildFiles, paypalCsv, postbankCsv, sparkasseCardCsv, sparkasseCsv, type Event } from "./blind-mixed/statements.ts";

const ben = { id: 7601, first_name: "Ben", language_code: "en" };
const anna = { id: 7602, first_name: "Anna", language_code: "de" };
const NOW = new Date("2026-11-29T10:00:00Z");
const files = buildFiles();
const all: Event[] = [...files.spk, ...files.card, ...files.postbank, ...files.paypal];
const booked = all.filter((e) => !e.pending);

const int = (cents: number, sep: string) => String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const frac = (cents: number) => String(Math.abs(cents) % 100).padStart(2, "0");
/** "€1,234.56" from integer cents, as Kontor writes euros in English. */
const euros = (cents: number) => `${cents < 0 ? "-" : ""}€${int(cents, ",")}.${frac(cents)}`;
/** Regex source for one amount either way: "€1,234.56" or German "1.234,56 €" (sign ignored). */
const eitherSource = (cents: number) => {
  const en = `€${int(cents, ",")}.${frac(cents)}`.replace(/[.$]/g, "\\$&");
  const de = `${int(cents, ".").replace(/\./g, "\\.")},${frac(cents)}[\\s\\u00a0\\u202f]?€`;
  return `${en}(?!\\d)|(?<![\\d.])${de}`;
};
const eitherLocale = (cents: number) => new RegExp(eitherSource(cents));
/** Any of several figures: for questions people word loosely ("last 3 months", "average per month"). */
const anyOf = (cents: number[]) => new RegExp([...new Set(cents)].map(eitherSource).join("|"));

const sum = (es: Event[]) => es.reduce((a, e) => a + e.cents, 0);
const inMonth = (ym: string, es = booked) => es.filter((e) => e.date.startsWith(ym));
const between = (from: string, to: string, es = booked) => es.filter((e) => e.date >= from && e.date <= to);
const cat = (c: string, es: Event[]) => es.filter((e) => e.category === c);
const at = (merchant: string, es: Event[]) => es.filter((e) => e.merchant === merchant);
/** Spending: everything out that is not money between own accounts; a refund nets against its merchant. */
const spendingIn = (es: Event[]) => -sum(es.filter((e) => !e.transfer && e.category !== "salary"));
const thisYear = between("2026-01-01", "2026-12-31");

const ymList = (from: string, n: number) =>
  Array.from({ length: n }, (_, k) => {
    const t = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + k;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
  });
const groceriesOver = (months: string[], es: Event[]) => -sum(cat("groceries", es.filter((e) => months.some((ym) => e.date.startsWith(ym)))));
/** "Average per month" over the stretches a person could mean: all months with data, the complete ones, the last twelve. */
const averageGroceries = (): number[] => {
  const out: number[] = [];
  for (const [months, es] of [
    [ymList("2025-10", 14), booked], [ymList("2025-10", 14), all],
    [ymList("2025-10", 13), booked],
    [ymList("2025-11", 12), booked],
    [ymList("2025-12", 12), booked], [ymList("2025-12", 12), all],
  ] as const) {
    const total = groceriesOver(months, es);
    out.push(Math.round(total / months.length), Math.floor(total / months.length));
  }
  return out;
};
/** "The last 3 months" on 29 November: Sep–Nov so far, Aug–Oct complete, or a rolling window; pending rows in or out. */
const aldiLastThree = (): number[] =>
  ([["2026-09-01", "2026-11-29"], ["2026-08-01", "2026-10-31"], ["2026-08-29", "2026-11-29"], ["2026-08-31", "2026-11-29"]] as const).flatMap(([from, to]) => [
    -sum(at("ALDI", between(from, to))),
    -sum(at("ALDI", between(from, to, all))),
  ]);

const expected = {
  groceriesOctober: -sum(cat("groceries", inMonth("2026-10"))),
  groceriesMarch: -sum(cat("groceries", inMonth("2026-03"))),
  groceriesSeptember: -sum(cat("groceries", inMonth("2026-09"))),
  restaurantsOctober: -sum(cat("restaurants", inMonth("2026-10"))),
  restaurantsSeptember: -sum(cat("restaurants", inMonth("2026-09"))),
  spendingOctober: spendingIn(inMonth("2026-10")),
  spendingAugust: spendingIn(inMonth("2026-08")),
  incomeOctober: sum(cat("salary", inMonth("2026-10"))),
  incomeNovember2025: sum(cat("salary", inMonth("2025-11"))),
  incomeDecember2025: sum(cat("salary", inMonth("2025-12"))),
  reweThisYear: -sum(at("REWE", thisYear)),
  amazonTotal: -sum(at("Amazon", booked)),
  lidlTotal: -sum(at("Lidl", booked)),
  lidlJune: -sum(at("Lidl", inMonth("2026-06"))),
  savedThisYear: sum(thisYear.filter((e) => e.acct === "postbank")),
  postbankBalance: files.postbankBalance,
  paypalBalance: files.paypalBalance,
  broadcastingTotal: -sum(cat("broadcasting", booked)),
  rentThisYear: -sum(cat("rent", thisYear)),
  zalandoTotal: -sum(at("Zalando", booked)),
  spotifyThisYear: -sum(at("Spotify", thisYear)),
  cashThisYear: -sum(cat("cash", thisYear)),
  insuranceThisYear: -sum(cat("insurance", thisYear)),
  utilitiesSeptember: -sum(cat("utilities", inMonth("2026-09"))),
  losteriaTotal: -sum(at("L'Osteria", booked)),
};

describe("Sparkasse (giro and card), Postbank and PayPal: exact answers in euros", () => {
  let c: ChatApp;
  const ask = (who: typeof ben, question: string) => askKontor(c.sim, who, question, /€|\?|didn.t|not |nicht|kein/);

  beforeAll(async () => {
    c = await startChatApp([ben, anna], { now: () => NOW });
    for (const who of [ben, anna]) {
      await importStatement(c.sim, who, "20261128-1904711-umsatz.CSV", sparkasseCsv(files));
      await importStatement(c.sim, who, "umsatz-5232________4711-20261128.CSV", sparkasseCardCsv(files));
      await importStatement(c.sim, who, "Umsaetze_Tagesgeld_28.11.2026.csv", postbankCsv(files));
      await importStatement(c.sim, who, "Download.CSV", paypalCsv(files));
    }
  }, 240_000);
  afterAll(() => c?.stop());

  it("the fixture is what the questions assume", () => {
    // The months asked about as a whole hold no cash withdrawal and no refund, so "spending" has one meaning.
    for (const ym of ["2026-08", "2026-10"]) expect(inMonth(ym).filter((e) => e.category === "cash" || e.refund)).toEqual([]);
    expect(expected.incomeOctober).toBe(301_000);
    expect(expected.incomeNovember2025).toBe(287_000 + 143_500);
    expect(expected.incomeDecember2025).toBe(287_000);
    expect(expected.savedThisYear).toBe(11 * 30_000);
    expect(expected.postbankBalance).toBe(500_000 + 14 * 30_000 - 100_000);
    expect(expected.broadcastingTotal).toBe(5 * 5_508);
    expect(expected.rentThisYear).toBe(11 * 92_000);
    expect(expected.spotifyThisYear).toBe(11 * 1_099);
    expect(expected.cashThisYear).toBe(90_000);
    expect(expected.insuranceThisYear).toBe(11 * 1_980 + 13_247);
    expect(expected.utilitiesSeptember).toBe(8_400 + 3_999);
    expect(all.filter((e) => e.pending)).toHaveLength(2);
    // Every PayPal funding row has its Girokonto debit of the same amount 0-3 days later.
    for (const f of files.paypal.filter((e) => e.transfer)) {
      const match = files.spk.filter((e) => e.transfer && e.cents === -f.cents && e.date >= f.date && (Date.parse(e.date) - Date.parse(f.date)) / 86_400_000 <= 3);
      expect(match.length, f.date).toBeGreaterThan(0);
    }
    // Every card bill is credited on the card the same day.
    for (const s of files.spk.filter((e) => e.category === "card-settlement")) {
      expect(files.card.some((e) => e.transfer && e.cents === -s.cents && e.date === s.date)).toBe(true);
    }
  });

  it("keeps every row in euros, four accounts per person, the two 'Umsatz vorgemerkt' rows pending", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts.map((a) => a.currency)).toEqual(Array(8).fill("EUR"));
    const counts = accounts.map((a) => a._count.transactions);
    for (const n of [files.spk.length, files.card.length, files.postbank.length]) expect(counts.filter((x) => x === n)).toHaveLength(2);
    // PayPal: every row, or the purchases alone if the funding rows are folded into them.
    const paypalCounts = [files.paypal.length, files.paypal.filter((e) => !e.transfer).length];
    expect(counts.filter((x) => paypalCounts.includes(x))).toHaveLength(2);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(4);
    expect((await c.t.db.user.findMany()).map((u) => u.baseCurrency)).toEqual(["EUR", "EUR"]);
  });

  type Q = { what: string; who: typeof ben; q: string; want: () => RegExp | string };
  const en = (what: string, q: string, cents: () => number): Q => ({ what, who: ben, q, want: () => euros(cents()) });
  const de = (what: string, q: string, cents: () => number): Q => ({ what, who: anna, q, want: () => eitherLocale(cents()) });
  const questions: Q[] = [
    en("groceries last month: REWE and ALDI by girocard, Lidl and REWE by credit card", "how much did i spend on groceries last month", () => expected.groceriesOctober),
    de("groceries in October, in German", "wie viel für lebensmittel im oktober", () => expected.groceriesOctober),
    de("groceries in March (the Amazon refund that month is not groceries)", "wieviel für lebensmitel im märz", () => expected.groceriesMarch),
    en("total spending in October: rent and the PayPal purchases in, savings, card bill and PayPal funding out", "total spending in october", () => expected.spendingOctober),
    de("total spending in October, in German", "wie viel hab ich im oktober insgesamt ausgegeben", () => expected.spendingOctober),
    en("total spending in August", "how much did i spend in august?", () => expected.spendingAugust),
    en("income in October is the salary", "income in october", () => expected.incomeOctober),
    en("income in December 2025 leaves out the 1,000 moved back from the Tagesgeld", "income in december 2025", () => expected.incomeDecember2025),
    de("income in November 2025 is salary plus Weihnachtsgeld", "einnahmen november 2025", () => expected.incomeNovember2025),
    de("REWE this year across three girocard shapes and two card shapes", "wie viel hab ich dieses jahr bei rewe ausgegeben", () => expected.reweThisYear),
    en("Amazon in total: card rows in three shapes, SEPA debits and a card refund", "how much did i spend on amazon in total", () => expected.amazonTotal),
    de("Amazon in total, in German", "amazon insgesamt", () => expected.amazonTotal),
    de("Lidl over all time, several card descriptors", "wie viel hab ich insgesamt bei lidl ausgegeben", () => expected.lidlTotal),
    en("Lidl in June", "lidl in june", () => expected.lidlJune),
    en("restaurants last month (typo)", "resturants last month", () => expected.restaurantsOctober),
    de("restaurants last month, in German", "restaurants letzten monat", () => expected.restaurantsOctober),
    en("moves to savings this year (the Tagesgeld)", "how much did i move to savings this year", () => expected.savedThisYear),
    de("moves to the Tagesgeld this year, in German", "wie viel hab ich dieses jahr aufs tagesgeld überwiesen", () => expected.savedThisYear),
    en("the Postbank balance is the export's Kontostand", "what's my postbank balance", () => expected.postbankBalance),
    de("the PayPal balance is the newest row's Guthaben", "wie viel guthaben hab ich bei paypal", () => expected.paypalBalance),
    de("Rundfunkbeitrag over all time", "rundfunkbeitrag insgesamt", () => expected.broadcastingTotal),
    de("rent this year (Dauerauftrag to the housing company)", "miete dieses jahr", () => expected.rentThisYear),
    de("Zalando in total: PayPal purchases net of the returned order, each counted once", "zalando insgesamt", () => expected.zalandoTotal),
    en("Spotify this year: the PayPal rows, not again as the Girokonto's PayPal debits", "spotify this year", () => expected.spotifyThisYear),
    de("cash withdrawn this year", "wie viel bargeld hab ich dieses jahr abgehoben", () => expected.cashThisYear),
    de("insurance this year: Barmenia monthly and HUK-COBURG once", "versicherungen dieses jahr", () => expected.insuranceThisYear),
    en("utilities in September: RheinEnergie and Vodafone", "utilities in september", () => expected.utilitiesSeptember),
    en("L'Osteria in total under three descriptors, typed without the apostrophe", "how much at losteria in total", () => expected.losteriaTotal),
    { what: "average monthly groceries", who: ben, q: "average monthly spend on groceries", want: () => anyOf(averageGroceries()) },
    { what: "average monthly groceries, in German", who: anna, q: "wie viel geb ich im schnitt pro monat für lebensmittel aus", want: () => anyOf(averageGroceries()) },
    { what: "ALDI in the last three months", who: anna, q: "aldi in den letzten 3 monaten", want: () => anyOf(aldiLastThree()) },
  ];

  it.each(questions)("$what: \"$q\"", async ({ who, q, want }) => {
    const reply = await ask(who, q);
    const w = want();
    if (typeof w === "string") expect(reply).toContain(w);
    else expect(reply).toMatch(w);
  });

  it.each([
    [ben, "groceries vs restaurants last month", "2026-10"],
    [anna, "lebensmittel vs restaurants im september", "2026-09"],
  ] as const)("groceries next to restaurants (%#)", async (who, q, ym) => {
    const reply = await ask(who, q);
    const g = ym === "2026-10" ? expected.groceriesOctober : expected.groceriesSeptember;
    const r = ym === "2026-10" ? expected.restaurantsOctober : expected.restaurantsSeptember;
    expect(reply).toMatch(eitherLocale(g));
    expect(reply).toMatch(eitherLocale(r));
  });

  const october = inMonth("2026-10");
  const octoberMoves = october.filter((e) => e.transfer && e.cents < 0 && e.category !== "transfer");
  it.each([
    [ben, "biggest purchases last month"],
    [anna, "größte ausgaben letzten monat"],
  ] as const)("biggest purchases last month: the Otto washing machine once, no savings move or card bill (%#)", async (who, q) => {
    const reply = await ask(who, q);
    expect(reply).toMatch(eitherLocale(54_900));
    expect(reply).toMatch(/otto/i);
    // One purchase through PayPal is one line, not again as the Girokonto's PayPal debit that funded it.
    for (const p of october.filter((e) => e.acct === "paypal" && !e.transfer)) {
      expect(october.filter((x) => !x.transfer && x.cents === p.cents)).toHaveLength(1);
      const times = reply.match(new RegExp(eitherSource(p.cents), "g"))?.length ?? 0;
      expect(times, `${p.merchant} ${p.cents}`).toBeLessThanOrEqual(1);
    }
    for (const e of octoberMoves) {
      expect(october.some((x) => !x.transfer && x.cents === e.cents)).toBe(false);
      expect(reply).not.toMatch(eitherLocale(e.cents));
    }
  });

  const amazon = at("Amazon", booked);
  it.each([
    [ben, "show me all amazon transactions"],
    [anna, "zeig mir alle amazon umsätze"],
  ] as const)("lists every Amazon row, the refund too (%#)", async (who, q) => {
    expect(amazon.length).toBeGreaterThanOrEqual(10);
    const reply = await ask(who, q);
    for (const e of amazon) expect(reply).toMatch(eitherLocale(e.cents));
  });
});
