// Questions as people type them (English and German, lower case, typos), with
// what each must be read as. Most are generated from phrasings × subjects ×
// periods; the shaped ones (lists, A vs B, monthly averages, balances,
// savings, weekends, names that look like words) are written out.
import { P, type Expect, type Range } from "./reference.ts";

export type Case =
  | { q: string; lang: "en" | "de"; expect: Expect }
  | { q: string; lang: "en" | "de"; balance: { account: "dkb" | "ing" } }
  | { q: string; lang: "en" | "de"; clarify: { atLeast: string[] } }
  | { q: string; lang: "en" | "de"; unknown: true };

type PeriodKey = keyof typeof P;
const PERIODS: { key: PeriodKey; en: string; de: string }[] = [
  { key: "thisMonth", en: "this month", de: "diesen Monat" },
  { key: "lastMonth", en: "last month", de: "letzten Monat" },
  { key: "thisYear", en: "this year", de: "dieses Jahr" },
  { key: "lastYear", en: "last year", de: "letztes Jahr" },
  { key: "thisYear", en: "since january", de: "seit Januar" },
  { key: "last3Months", en: "in the last 3 months", de: "in den letzten 3 Monaten" },
  { key: "last12Months", en: "over the last 12 months", de: "letzte 12 Monate" },
  { key: "allTime", en: "in total", de: "insgesamt" },
  { key: "summer", en: "in the summer", de: "im Sommer" },
  { key: "october", en: "in October", de: "im Oktober" },
  { key: "q3", en: "in Q3", de: "im dritten Quartal" },
];

// "fuel"/"Tanken" is the topic of fuel stations (topics.ts): said here only as a topic.
const CATEGORIES: { key: string; en: string; de: string; topic?: true }[] = [
  { key: "groceries", en: "groceries", de: "Lebensmittel" },
  { key: "restaurants", en: "restaurants", de: "Restaurants" },
  { key: "fuel_stations", en: "fuel", de: "Tanken", topic: true },
  { key: "transport", en: "transport", de: "Öffis" },
  { key: "subscriptions", en: "subscriptions", de: "Abos" },
  { key: "shopping", en: "shopping", de: "Shopping" },
  { key: "rent", en: "rent", de: "Miete" },
];

const BRANDS: { brand: string; said: string }[] = [
  { brand: "amazon", said: "Amazon" },
  { brand: "rewe", said: "rewe" },
  { brand: "lidl", said: "Lidl" },
  { brand: "netflix", said: "netflix" },
  { brand: "spotify", said: "Spotify" },
  { brand: "uber", said: "Uber" },
  { brand: "bolt", said: "bolt" },
  { brand: "shell", said: "Shell" },
  { brand: "vapiano", said: "Vapiano" },
];

const spend = (period: Range, more: Partial<Expect> = {}): Expect => ({ measure: "spending", period, ...more });

function generated(): Case[] {
  const out: Case[] = [];
  PERIODS.forEach((p, i) => {
    for (const c of CATEGORIES) {
      const e = spend(P[p.key], c.topic ? { topics: [c.key] } : { categories: [c.key] });
      out.push({ q: `how much did I spend on ${c.en} ${p.en}?`, lang: "en", expect: e });
      out.push({ q: `wie viel habe ich ${p.de} für ${c.de} ausgegeben`, lang: "de", expect: e });
      if ((i + c.key.length) % 2 === 0) out.push({ q: `${c.en} ${p.en}`, lang: "en", expect: e });
      else out.push({ q: `${c.de.toLowerCase()} ${p.de.toLowerCase()}`, lang: "de", expect: e });
    }
    for (const b of BRANDS) {
      const e = spend(P[p.key], { brands: [b.brand] });
      if ((i + b.brand.length) % 2 === 0) out.push({ q: `how much at ${b.said} ${p.en}`, lang: "en", expect: e });
      else out.push({ q: `was habe ich ${p.de} bei ${b.said} ausgegeben?`, lang: "de", expect: e });
    }
  });
  return out;
}

const written: Case[] = [
  // Names that look like words or stopwords.
  { q: "how much at Uber this year", lang: "en", expect: spend(P.thisYear, { brands: ["uber"] }) },
  { q: "uber this year", lang: "en", expect: spend(P.thisYear, { brands: ["uber"] }) },
  { q: "what did i spend at total last month", lang: "en", expect: spend(P.lastMonth, { brands: ["total"] }) },
  { q: "wie viel habe ich bei Total dieses Jahr getankt", lang: "de", expect: spend(P.thisYear, { brands: ["total"], topics: ["fuel_stations"] }) },
  { q: "How much did I spend at Amazon since January?", lang: "en", expect: spend(P.thisYear, { brands: ["amazon"] }) },
  { q: "amazon since january", lang: "en", expect: spend(P.thisYear, { brands: ["amazon"] }) },
  { q: "AMAZON 2025", lang: "en", expect: spend(P.lastYear, { brands: ["amazon"], dataStartNote: true }) },
  { q: "how much did i spend at shell this year", lang: "en", expect: spend(P.thisYear, { brands: ["shell"] }) },
  { q: "spotify in total", lang: "en", expect: spend(P.allTime, { brands: ["spotify"] }) },
  { q: "netflix in total", lang: "en", expect: spend(P.allTime, { brands: ["netflix"] }) },
  { q: "netflix ever", lang: "en", expect: spend(P.allTime, { brands: ["netflix"] }) },
  { q: "netflix all time", lang: "en", expect: spend(P.allTime, { brands: ["netflix"] }) },
  { q: "Netflix seit Beginn", lang: "de", expect: spend(P.allTime, { brands: ["netflix"] }) },
  { q: "Lidl insgesamt", lang: "de", expect: spend(P.allTime, { brands: ["lidl"] }) },
  { q: "pizzeria da mario this year", lang: "en", expect: spend(P.thisYear, { brands: ["pizzeria da mario"] }) },
  // Typos.
  { q: "amazn this year", lang: "en", expect: spend(P.thisYear, { brands: ["amazon"] }) },
  { q: "netflx in total", lang: "en", expect: spend(P.allTime, { brands: ["netflix"] }) },
  { q: "spotfy last year", lang: "en", expect: spend(P.lastYear, { brands: ["spotify"], dataStartNote: true }) },
  { q: "groceris last month", lang: "en", expect: spend(P.lastMonth, { categories: ["groceries"] }) },
  { q: "restaurnats this year", lang: "en", expect: spend(P.thisYear, { categories: ["restaurants"] }) },
  { q: "Lebensmitel letzten Monat", lang: "de", expect: spend(P.lastMonth, { categories: ["groceries"] }) },
  { q: "wie viel hab ich letzen monat bei rewe ausgegebn", lang: "de", expect: spend(P.lastMonth, { brands: ["rewe"] }) },
  // Seasons, weekends, whole months, data start.
  { q: "tanken im sommer", lang: "de", expect: spend(P.summer, { topics: ["fuel_stations"] }) },
  { q: "fuel in the winter", lang: "en", expect: spend(P.winter, { topics: ["fuel_stations"] }) },
  { q: "restaurants im Frühling", lang: "de", expect: spend(P.spring, { categories: ["restaurants"] }) },
  { q: "groceries this autumn", lang: "en", expect: spend(P.autumn, { categories: ["groceries"] }) },
  { q: "Lebensmittel im Herbst", lang: "de", expect: spend(P.autumn, { categories: ["groceries"] }) },
  { q: "spending last summer", lang: "en", expect: spend(P.summer) },
  { q: "spending in summer 2025", lang: "en", expect: spend({ from: "2025-06-01", to: "2025-08-31" }, { dataStartNote: true }) },
  { q: "spending last weekend", lang: "en", expect: spend(P.lastWeekend) },
  { q: "Ausgaben am letzten Wochenende", lang: "de", expect: spend(P.lastWeekend) },
  { q: "last weekend", lang: "en", expect: spend(P.lastWeekend) },
  { q: "restaurants on weekends this year", lang: "en", expect: spend(P.thisYear, { categories: ["restaurants"], days: "weekend" }) },
  { q: "am Wochenende tanken dieses Jahr", lang: "de", expect: spend(P.thisYear, { topics: ["fuel_stations"], days: "weekend" }) },
  { q: "groceries on weekdays last month", lang: "en", expect: spend(P.lastMonth, { categories: ["groceries"], days: "weekday" }) },
  { q: "the last 3 months", lang: "en", expect: spend(P.last3Months) },
  { q: "letzte 3 Monate", lang: "de", expect: spend(P.last3Months) },
  { q: "letztes jahr", lang: "de", expect: spend(P.lastYear, { dataStartNote: true }) },
  { q: "spending last year", lang: "en", expect: spend(P.lastYear, { dataStartNote: true }) },
  { q: "spending per month over the last 12 months", lang: "en", expect: spend(P.last12Months, { groupBy: "month" }) },
  { q: "Ausgaben pro Monat letzte 12 Monate", lang: "de", expect: spend(P.last12Months, { groupBy: "month" }) },
  // Averages per month.
  { q: "average monthly spend on groceries", lang: "en", expect: spend(P.allTime, { measure: "average", averageOver: "month", categories: ["groceries"] }) },
  { q: "average monthly spending on restaurants this year", lang: "en", expect: spend(P.thisYear, { measure: "average", averageOver: "month", categories: ["restaurants"] }) },
  { q: "what do i spend per month on average on fuel", lang: "en", expect: spend(P.allTime, { measure: "average", averageOver: "month", topics: ["fuel_stations"] }) },
  { q: "im Monatsdurchschnitt Lebensmittel", lang: "de", expect: spend(P.allTime, { measure: "average", averageOver: "month", categories: ["groceries"] }) },
  { q: "Lebensmittel im Monatsdurchschnitt dieses Jahr", lang: "de", expect: spend(P.thisYear, { measure: "average", averageOver: "month", categories: ["groceries"] }) },
  { q: "durchschnittlich pro Monat für Abos", lang: "de", expect: spend(P.allTime, { measure: "average", averageOver: "month", categories: ["subscriptions"] }) },
  { q: "average monthly amazon spending last year", lang: "en", expect: spend(P.lastYear, { measure: "average", averageOver: "month", brands: ["amazon"], dataStartNote: true }) },
  // Per year: every year of the data as a series, or one average per year as per month.
  { q: "groceries per yr", lang: "en", expect: spend(P.allTime, { groupBy: "year", categories: ["groceries"] }) },
  { q: "Lebensmittel pro Jahr", lang: "de", expect: spend(P.allTime, { groupBy: "year", categories: ["groceries"] }) },
  { q: "average yearly spend on groceries", lang: "en", expect: spend(P.allTime, { measure: "average", averageOver: "year", categories: ["groceries"] }) },
  { q: "what do i spend per year on average on restaurants", lang: "en", expect: spend(P.allTime, { measure: "average", averageOver: "year", categories: ["restaurants"] }) },
  { q: "Lebensmittel im Jahresdurchschnitt", lang: "de", expect: spend(P.allTime, { measure: "average", averageOver: "year", categories: ["groceries"] }) },
  { q: "average spend per transaction at rewe this year", lang: "en", expect: spend(P.thisYear, { measure: "average", brands: ["rewe"] }) },
  // Per transaction, purchase, order or payment: the mean of single transactions, for income too.
  { q: "average income per transaction this year", lang: "en", expect: { measure: "income", period: P.thisYear, averageOver: "transaction" } },
  { q: "durchschnittliche Einnahmen pro Buchung letztes Jahr", lang: "de", expect: { measure: "income", period: P.lastYear, averageOver: "transaction", dataStartNote: true } },
  { q: "average amount per purchase at amazon this year", lang: "en", expect: spend(P.thisYear, { measure: "average", brands: ["amazon"] }) },
  { q: "how much do i spend per order at amazon in total", lang: "en", expect: spend(P.allTime, { measure: "average", brands: ["amazon"] }) },
  { q: "Durchschnitt pro Einkauf bei Rewe dieses Jahr", lang: "de", expect: spend(P.thisYear, { measure: "average", brands: ["rewe"] }) },
  { q: "wie viel gebe ich im Schnitt pro Umsatz bei Lidl aus letzten Monat", lang: "de", expect: spend(P.lastMonth, { measure: "average", brands: ["lidl"] }) },
  // Lists and rankings of single transactions.
  { q: "biggest purchases last week", lang: "en", expect: spend(P.lastWeek, { groupBy: "transaction", limit: 10, purchases: true }) },
  { q: "die 5 größten Einkäufe dieses Jahr", lang: "de", expect: spend(P.thisYear, { groupBy: "transaction", limit: 5, purchases: true }) },
  { q: "größte ausgaben letzten monat", lang: "de", expect: spend(P.lastMonth, { groupBy: "transaction", limit: 10 }) },
  { q: "largest expenses last month", lang: "en", expect: spend(P.lastMonth, { groupBy: "transaction", limit: 10 }) },
  { q: "10 largest transactions last month", lang: "en", expect: spend(P.lastMonth, { groupBy: "transaction", limit: 10 }) },
  { q: "my 3 most expensive purchases at amazon this year", lang: "en", expect: spend(P.thisYear, { groupBy: "transaction", limit: 3, brands: ["amazon"], purchases: true }) },
  { q: "show me all amazon transactions", lang: "en", expect: spend(P.allTime, { groupBy: "transaction", brands: ["amazon"] }) },
  { q: "zeig alle Umsätze bei Rewe", lang: "de", expect: spend(P.allTime, { groupBy: "transaction", brands: ["rewe"] }) },
  { q: "list my uber transactions this year", lang: "en", expect: spend(P.thisYear, { groupBy: "transaction", brands: ["uber"] }) },
  { q: "alle Buchungen bei Lidl letzten Monat", lang: "de", expect: spend(P.lastMonth, { groupBy: "transaction", brands: ["lidl"] }) },
  { q: "show all netflix payments", lang: "en", expect: spend(P.allTime, { groupBy: "transaction", brands: ["netflix"] }) },
  { q: "which transactions at shell last month", lang: "en", expect: spend(P.lastMonth, { groupBy: "transaction", brands: ["shell"] }) },
  { q: "zeig mir meine restaurant umsätze im oktober", lang: "de", expect: spend(P.october, { groupBy: "transaction", categories: ["restaurants"] }) },
  // French, read with the same shapes (lang "en": the chat has no French locale).
  { q: "montre-moi toutes les transactions chez amazon", lang: "en", expect: spend(P.allTime, { groupBy: "transaction", brands: ["amazon"] }) },
  { q: "liste des dépenses en octobre", lang: "en", expect: spend(P.october, { groupBy: "transaction" }) },
  { q: "affiche mes achats chez rewe le mois dernier", lang: "en", expect: spend(P.lastMonth, { groupBy: "transaction", brands: ["rewe"] }) },
  { q: "courses par mois cette année", lang: "en", expect: spend(P.thisYear, { measure: "average", averageOver: "month", categories: ["groceries"] }) },
  { q: "combien je dépense par mois chez amazon", lang: "en", expect: spend(P.allTime, { measure: "average", averageOver: "month", brands: ["amazon"] }) },
  { q: "revenus par mois cette année", lang: "en", expect: { measure: "income", period: P.thisYear, averageOver: "month" } },
  { q: "dépenses par catégorie le mois dernier", lang: "en", expect: spend(P.lastMonth, { groupBy: "category" }) },
  { q: "dépenses mois par mois sur les 12 derniers mois", lang: "en", expect: spend(P.last12Months, { groupBy: "month" }) },
  // A vs B.
  // No period: categories stay this month's; shops compared cover the whole history on file.
  { q: "groceries vs restaurants", lang: "en", expect: spend(P.thisMonth, { versus: [{ categories: ["groceries"] }, { categories: ["restaurants"] }] }) },
  { q: "netflix vs spotify", lang: "en", expect: spend(P.allTime, { versus: [{ brands: ["netflix"] }, { brands: ["spotify"] }] }) },
  { q: "wie viel habe ich bei rewe ausgegeben", lang: "de", expect: spend(P.allTime, { brands: ["rewe"] }) },
  { q: "groceries vs restaurants this year", lang: "en", expect: spend(P.thisYear, { versus: [{ categories: ["groceries"] }, { categories: ["restaurants"] }] }) },
  { q: "Lebensmittel oder Restaurants im Vergleich dieses Jahr", lang: "de", expect: spend(P.thisYear, { versus: [{ categories: ["groceries"] }, { categories: ["restaurants"] }] }) },
  { q: "compare rewe and lidl this year", lang: "en", expect: spend(P.thisYear, { versus: [{ brands: ["rewe"] }, { brands: ["lidl"] }] }) },
  { q: "netflix versus spotify in total", lang: "en", expect: spend(P.allTime, { versus: [{ brands: ["netflix"] }, { brands: ["spotify"] }] }) },
  { q: "Uber gegen Bolt dieses Jahr", lang: "de", expect: spend(P.thisYear, { versus: [{ brands: ["uber"] }, { brands: ["bolt"] }] }) },
  { q: "fuel compared to transport last month", lang: "en", expect: spend(P.lastMonth, { versus: [{ topics: ["fuel_stations"] }, { categories: ["transport"] }] }) },
  { q: "vergleiche Tanken und Öffis letztes Jahr", lang: "de", expect: spend(P.lastYear, { versus: [{ topics: ["fuel_stations"] }, { categories: ["transport"] }], dataStartNote: true }) },
  // Savings moves, income, counts, net.
  { q: "how much did I move to savings this year", lang: "en", expect: spend(P.thisYear, { savings: true }) },
  { q: "how much did i transfer to my savings account in total", lang: "en", expect: spend(P.allTime, { savings: true }) },
  // Money moved to an own account with no period: the whole history, as a shop's sum.
  { q: "how much did I move to savings", lang: "en", expect: spend(P.allTime, { savings: true }) },
  { q: "wie viel habe ich dieses Jahr aufs Tagesgeld überwiesen", lang: "de", expect: spend(P.thisYear, { savings: true }) },
  { q: "Sparraten letztes Jahr", lang: "de", expect: spend(P.lastYear, { savings: true, dataStartNote: true }) },
  { q: "credit card payments this year", lang: "en", expect: spend(P.thisYear, { cardBills: true }) },
  { q: "how much did i pay off my amex last month", lang: "en", expect: spend(P.lastMonth, { cardBills: true, accounts: ["amex"] }) },
  { q: "kreditkartenabrechnungen dieses jahr", lang: "de", expect: spend(P.thisYear, { cardBills: true }) },
  { q: "income this year", lang: "en", expect: { measure: "income", period: P.thisYear } },
  { q: "Einnahmen letzten Monat", lang: "de", expect: { measure: "income", period: P.lastMonth } },
  { q: "how much did I earn in total", lang: "en", expect: { measure: "income", period: P.allTime } },
  { q: "how many times did I go to rewe this year", lang: "en", expect: { measure: "count", period: P.thisYear, brands: ["rewe"] } },
  { q: "wie oft war ich letzten Monat bei Lidl", lang: "de", expect: { measure: "count", period: P.lastMonth, brands: ["lidl"] } },
  // A name between "how many" and the noun: the number of transactions, not their sum.
  { q: "how many amazon orders this year", lang: "en", expect: { measure: "count", period: P.thisYear, brands: ["amazon"] } },
  { q: "how many rewe purchases last month", lang: "en", expect: { measure: "count", period: P.lastMonth, brands: ["rewe"] } },
  { q: "how many times did I go to rewe in october", lang: "en", expect: { measure: "count", period: P.october, brands: ["rewe"] } },
  { q: "wie viele Lidl-Einkäufe dieses Jahr", lang: "de", expect: { measure: "count", period: P.thisYear, brands: ["lidl"] } },
  // Visits counted with no period: the whole history, as "insgesamt" (and as a shop's sum; a category's stays this month's).
  { q: "wie oft war ich bei lidl", lang: "de", expect: { measure: "count", period: P.allTime, brands: ["lidl"] } },
  { q: "number of netflix payments in total", lang: "en", expect: { measure: "count", period: P.allTime, brands: ["netflix"] } },
  { q: "how much did I save this year", lang: "en", expect: { measure: "net", period: P.thisYear } },
  // Income vs spending side by side, and each averaged over whole months when asked on average.
  { q: "income vs spending this year", lang: "en", expect: { measure: "net", period: P.thisYear, versus: [{ measure: "income" }, { measure: "spending" }] } },
  { q: "average monthly income vs spending", lang: "en", expect: { measure: "net", period: P.allTime, averageOver: "month", versus: [{ measure: "income" }, { measure: "spending" }] } },
  { q: "average income and expenses this year", lang: "en", expect: { measure: "net", period: P.thisYear, averageOver: "month", versus: [{ measure: "income" }, { measure: "spending" }] } },
  { q: "durchschnittliche monatliche Einnahmen und Ausgaben dieses Jahr", lang: "de", expect: { measure: "net", period: P.thisYear, averageOver: "month", versus: [{ measure: "income" }, { measure: "spending" }] } },
  { q: "Ausgaben und Einnahmen im Jahresdurchschnitt", lang: "de", expect: { measure: "net", period: P.allTime, averageOver: "year", versus: [{ measure: "spending" }, { measure: "income" }] } },
  // Cash from a machine is not spending, but asked for it is there.
  { q: "how much cash did i take out this year", lang: "en", expect: spend(P.thisYear, { categories: ["cash"] }) },
  { q: "wie viel bargeld habe ich dieses jahr abgehoben", lang: "de", expect: spend(P.thisYear, { categories: ["cash"] }) },
  { q: "total spending in september", lang: "en", expect: spend({ from: "2026-09-01", to: "2026-09-30" }) },
  // Totals said as one German word.
  { q: "gesamtausgaben im september", lang: "de", expect: spend({ from: "2026-09-01", to: "2026-09-30" }) },
  { q: "Ausgaben gesamt im Oktober", lang: "de", expect: spend(P.october) },
  { q: "Gesamteinnahmen dieses Jahr", lang: "de", expect: { measure: "income", period: P.thisYear } },
  { q: "Monatsausgaben der letzten 12 Monate", lang: "de", expect: spend(P.last12Months, { groupBy: "month" }) },
  // Interest, received and paid.
  { q: "wie viel zinsen hab ich dieses jahr bekommen", lang: "de", expect: { measure: "income", period: P.thisYear, topics: ["interest"] } },
  { q: "how much interest did i earn this year", lang: "en", expect: { measure: "income", period: P.thisYear, topics: ["interest"] } },
  { q: "Habenzinsen insgesamt", lang: "de", expect: { measure: "income", period: P.allTime, topics: ["interest"] } },
  { q: "how much interest did i pay this year", lang: "en", expect: spend(P.thisYear, { topics: ["interest"] }) },
  // Half years.
  { q: "restaurants im ersten halbjahr", lang: "de", expect: spend({ from: "2026-01-01", to: "2026-06-30" }, { categories: ["restaurants"] }) },
  {
    q: "wie viel geb ich im schnitt pro monat für restaurants aus im ersten halbjahr",
    lang: "de",
    expect: spend({ from: "2026-01-01", to: "2026-06-30" }, { measure: "average", averageOver: "month", categories: ["restaurants"] }),
  },
  { q: "Lebensmittel in der zweiten Jahreshälfte letzten Jahres", lang: "de", expect: spend({ from: "2025-07-01", to: "2025-12-31" }, { categories: ["groceries"] }) },
  { q: "amazon H2 2025", lang: "en", expect: spend({ from: "2025-07-01", to: "2025-12-31" }, { brands: ["amazon"] }) },
  { q: "average monthly spending on groceries in the first half of the year", lang: "en", expect: spend({ from: "2026-01-01", to: "2026-06-30" }, { measure: "average", averageOver: "month", categories: ["groceries"] }) },
  // Balances.
  { q: "what is my DKB balance", lang: "en", balance: { account: "dkb" } },
  { q: "Kontostand DKB", lang: "de", balance: { account: "dkb" } },
  { q: "ING balance", lang: "en", balance: { account: "ing" } },
  { q: "Kontostand ING", lang: "de", balance: { account: "ing" } },
  { q: "how much is in my savings", lang: "en", balance: { account: "ing" } },
  { q: "wie viel ist auf meinem tagesgeld", lang: "de", balance: { account: "ing" } },
  { q: "how much is in my checking account", lang: "en", balance: { account: "dkb" } },
  // Accounts named by kind or bank.
  { q: "how much did i spend on my credit card last month", lang: "en", expect: spend(P.lastMonth, { accounts: ["amex"] }) },
  { q: "amex spending this year", lang: "en", expect: spend(P.thisYear, { accounts: ["amex"] }) },
  { q: "wie viel habe ich letzten monat vom girokonto ausgegeben", lang: "de", expect: spend(P.lastMonth, { accounts: ["dkb"] }) },
  // Asking back only for genuinely different merchants.
  { q: "apple this year", lang: "en", clarify: { atLeast: ["APPLE", "Applebee's"] } },
  { q: "wie viel bei apple", lang: "de", clarify: { atLeast: ["APPLE", "Applebee's"] } },
  // Not questions.
  { q: "what's the weather like?", lang: "en", unknown: true },
  { q: "hallo wie geht's", lang: "de", unknown: true },
  { q: "asdf qwer", lang: "en", unknown: true },
];

export const CORPUS: Case[] = [...generated(), ...written];
