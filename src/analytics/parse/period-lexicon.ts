// Words for time in English and German (French months too), already folded (lower case, no accents).

/** Month words → month number. Longest first so the regex alternation prefers "juni" over "jun". */
export const MONTH_WORDS: Record<string, number> = {
  januar: 1, january: 1, janner: 1, jaenner: 1, jan: 1, janvier: 1, janv: 1,
  februar: 2, february: 2, feber: 2, feb: 2, fevrier: 2, fevr: 2, fev: 2,
  marz: 3, maerz: 3, march: 3, mar: 3, mars: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6, juin: 6,
  juli: 7, july: 7, jul: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, aout: 8,
  september: 9, sept: 9, sep: 9, septembre: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  dezember: 12, december: 12, dez: 12, dec: 12, decembre: 12,
};

const monthAlternation = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** One capture group: the month word. */
export const MONTH = `(${monthAlternation})\\b\\.?`;
/** One capture group: a four-digit year. */
export const YEAR = `((?:19|20)\\d{2})\\b`;
/** One capture group: a day of the month with its ordinal decoration. */
export const DAY = `(\\d{1,2})(?:\\.|st\\b|nd\\b|rd\\b|th\\b|er\\b)?`;

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
  ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, funf: 5, fuenf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12, zwoelf: 12, funfzehn: 15, zwanzig: 20, dreissig: 30,
};

const numberAlternation = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** One capture group: digits or a number word. */
export const COUNT = `(\\d{1,3}|${numberAlternation})\\b`;

export function countValue(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

export type Unit = "day" | "week" | "month" | "year";

export const UNIT_WORDS: { re: RegExp; unit: Unit }[] = [
  { re: /^(?:days?|tagen?|tage)$/, unit: "day" },
  { re: /^(?:weeks?|wochen?)$/, unit: "week" },
  { re: /^(?:months?|mnths?|mths?|monaten?|monate)$/, unit: "month" },
  { re: /^(?:years?|yrs?|jahren?|jahre)$/, unit: "year" },
];
export const UNIT = `(days?|tagen?|weeks?|wochen?|months?|mnths?|mths?|monaten?|monate|years?|yrs?|jahren?|jahre)\\b`;
/** "year" as typed in a chat: "yr", "yrs" too. */
export const YEAR_WORD = String.raw`(?:years?|yrs?)`;

export function unitOf(word: string): Unit | undefined {
  return UNIT_WORDS.find((u) => u.re.test(word))?.unit;
}

/** "last", "past", "letzten" … */
export const LAST = `(?:last|lst|past|previous|prior|letzte[nmrs]?|letze[nmrs]?|lezte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|zuruckliegende[nmrs]?)`;
export const THIS = `(?:this|current|diese[nmrs]?|aktuelle[nmrs]?|laufende[nmrs]?)`;
