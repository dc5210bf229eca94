// The fixed 50 questions of the Q&A benchmark: half English, half German,
// phrased the way people type them. About half group by something (and so
// should come back with a chart); the rest ask for one number. Merchants
// are ones the demo bank books.
export interface BenchQuestion {
  q: string;
  lang: "en" | "de";
  /** What the question is meant to exercise; the chart column is taken from the real answer. */
  topic: "measure" | "grouping" | "comparison" | "merchant" | "category" | "balance";
}

const en = (q: string, topic: BenchQuestion["topic"]): BenchQuestion => ({ q, lang: "en", topic });
const de = (q: string, topic: BenchQuestion["topic"]): BenchQuestion => ({ q, lang: "de", topic });

export const QUESTIONS: readonly BenchQuestion[] = [
  // grouped: expected to carry a chart
  en("spending by category last month", "grouping"),
  en("Show me my expenses by merchant in October", "grouping"),
  en("monthly spending this year", "grouping"),
  en("Spending per week over the last 3 months", "grouping"),
  en("daily spending this week", "grouping"),
  en("income per year since 2023", "grouping"),
  en("Top 5 merchants last month", "merchant"),
  en("What did I spend the most on this year?", "category"),
  en("top 3 categories in 2025", "category"),
  en("restaurants per month in 2025", "category"),
  en("groceries by merchant this year", "merchant"),
  en("net per month this year", "grouping"),
  en("spending by account this month", "grouping"),
  de("Ausgaben nach Kategorie letzten Monat", "grouping"),
  de("Ausgaben pro Händler im Oktober", "grouping"),
  de("Monatliche Ausgaben dieses Jahr als Diagramm", "grouping"),
  de("Ausgaben pro Woche in den letzten 3 Monaten", "grouping"),
  de("Einnahmen pro Jahr seit 2023", "grouping"),
  de("Top 5 Händler letzten Monat", "merchant"),
  de("Die 3 größten Kategorien 2025", "category"),
  de("Wofür habe ich dieses Jahr am meisten Geld ausgegeben?", "category"),
  de("Lebensmittel pro Monat dieses Jahr", "category"),
  de("Restaurants pro Monat letztes Jahr", "category"),
  de("Ausgaben pro Kategorie im Oktober im Vergleich zum Vorjahr", "comparison"),
  de("Tankstellen pro Monat seit Januar", "category"),
  // single numbers: text only
  en("How much did I spend on groceries last month?", "category"),
  en("What did I spend at REWE in October?", "merchant"),
  en("How much have I spent on eating out this year?", "category"),
  en("petrol costs last year", "category"),
  en("How much was public transport in the last 30 days?", "category"),
  en("What's my income this year?", "measure"),
  en("How much did I save this year?", "measure"),
  en("How many transactions at Lidl last week?", "merchant"),
  en("Did I spend more on groceries this month than last month?", "comparison"),
  en("restaurants compared to last year", "comparison"),
  en("What's my balance?", "balance"),
  en("How much did I spend at IKEA this year?", "merchant"),
  de("Wie viel habe ich letzten Monat für Lebensmittel ausgegeben?", "category"),
  de("Was habe ich im Oktober bei REWE ausgegeben?", "merchant"),
  de("Benzinkosten letztes Jahr", "category"),
  de("Wie viel habe ich letzten Monat verdient?", "measure"),
  de("Wie viel habe ich dieses Jahr gespart?", "measure"),
  de("Wie oft war ich dieses Jahr bei Lidl?", "merchant"),
  de("Wie ist mein Kontostand?", "balance"),
  de("Ausgaben über 100 Euro letzten Monat", "measure"),
  de("Was habe ich gestern ausgegeben?", "measure"),
  de("Wie viel habe ich letzte Woche ausgegeben?", "measure"),
  de("Lebensmittel im Oktober vs. Vorjahr", "comparison"),
  de("Wie viel habe ich dieses Jahr bei dm ausgegeben?", "merchant"),
  de("Durchschnittliche Ausgaben im Restaurant letztes Jahr", "measure"),
];
