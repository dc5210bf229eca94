// Holidays as periods: "seit Ostern", "since Easter", "über Weihnachten", "over
// Christmas", "an Pfingsten", "Silvester 2025". "Since" a holiday starts on its
// day (Easter Sunday, Whit Sunday, Christmas Day, New Year's Eve); "over" a
// holiday is its days (Good Friday to Easter Monday, Whit Sunday and Monday,
// 24 to 26 December, New Year's Eve and Day); "on" one is its day, except for
// the holidays one spends "on" (Christmas, Easter, Whitsun): "how much did I
// spend on Christmas" is the holiday's days too, the days the answer names
// (a bank statement says when money went, not what for). Without a year it is
// the most recent one that has begun, like a month. A bare name needs a
// preposition, a year or "last" with it, and a holiday followed by a thing is
// that thing: "Christmas presents" are what was bought, not when.
import { addDays, clampToToday, parseIso, type DateRange } from "./dates.ts";
import { LAST, YEAR } from "./period-lexicon.ts";

/** Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Holiday {
  /** The day "since" counts from. */
  day(y: number): string;
  /** The days "over" it means. */
  span(y: number): DateRange;
}

const single = (day: (y: number) => string): Holiday => ({ day, span: (y) => ({ from: day(y), to: day(y) }) });
const fromEaster = (days: number) => (y: number) => addDays(easterSunday(y), days);

const HOLIDAYS = {
  easter: { day: fromEaster(0), span: (y) => ({ from: fromEaster(-2)(y), to: fromEaster(1)(y) }) },
  easterSunday: single(fromEaster(0)),
  goodFriday: single(fromEaster(-2)),
  easterMonday: single(fromEaster(1)),
  pentecost: { day: fromEaster(49), span: (y) => ({ from: fromEaster(49)(y), to: fromEaster(50)(y) }) },
  whitMonday: single(fromEaster(50)),
  christmasEve: single((y) => `${y}-12-24`),
  christmasDay: single((y) => `${y}-12-25`),
  christmas: { day: (y) => `${y}-12-25`, span: (y) => ({ from: `${y}-12-24`, to: `${y}-12-26` }) },
  newYearsEve: { day: (y) => `${y}-12-31`, span: (y) => ({ from: `${y}-12-31`, to: `${y + 1}-01-01` }) },
  newYearsDay: single((y) => `${y}-01-01`),
} satisfies Record<string, Holiday>;

/** Names as the folded question writes them, longest first within a holiday. */
const NAMES: [string, keyof typeof HOLIDAYS][] = [
  [String.raw`easter\s+sunday|ostersonntag`, "easterSunday"],
  [String.raw`good\s+friday|karfreitag`, "goodFriday"],
  [String.raw`easter\s+monday|ostermontag`, "easterMonday"],
  [String.raw`easter|ostern`, "easter"],
  [String.raw`whit\s+monday|pfingstmontag`, "whitMonday"],
  [String.raw`pentecost|whitsun(?:tide)?|pfingsten`, "pentecost"],
  [String.raw`christmas\s+eve|heiligabend|heiligen\s+abend`, "christmasEve"],
  [String.raw`christmas\s+day|erste[nmr]?\s+weihnachtstag`, "christmasDay"],
  [String.raw`christmas|xmas|weihnachten|weihnachtstage[n]?`, "christmas"],
  [String.raw`new\s+year'?s\s+eve|nye|silvester|sylvester`, "newYearsEve"],
  [String.raw`new\s+year'?s\s+day|neujahr(?:stag)?`, "newYearsDay"],
];
const NAME = `(${NAMES.map(([re]) => re).join("|")})`;

const NAME_RES = NAMES.map(([re, key]) => [new RegExp(`^(?:${re})$`), key] as const);

function holidayOf(word: string): Holiday | undefined {
  const entry = NAME_RES.find(([re]) => re.test(word));
  return entry ? HOLIDAYS[entry[1]] : undefined;
}

const YEAR_AFTER = String.raw`(?:\s+(?:of\s+)?${YEAR}|\s+(last\s+year|letzte[ns]?\s+jahr(?:es)?|im\s+vorjahr|vorjahr))?`;
const AT = String.raw`(?:over|uber|at|an|am|zu|during|wahrend|around|um|in|im|on)\s+(?:the\s+|den\s+|dem\s+)?`;
/** "Spent on Christmas" is spent over the holiday, its days; "on New Year's Eve" and "on Good Friday" are days. */
const PURPOSE_ON: ReadonlySet<Holiday> = new Set([HOLIDAYS.easter, HOLIDAYS.pentecost, HOLIDAYS.christmas]);
/**
 * Words that may follow "on Christmas" when it is the time: the question ends, goes on with another part of it, or
 * with the verb ("an Weihnachten ausgegeben"). Anything else is the thing bought ("on Christmas presents").
 */
const AFTER_ON_HOLIDAY = new Set([
  "this", "in", "im", "so", "vs", "versus", "and", "und", "or", "oder", "compared", "verglichen", "total", "insgesamt", "gesamt", "overall",
  "altogether", "zusammen", "spent", "paid", "cost", "ausgegeben", "bezahlt", "gezahlt", "gekostet", "dieses", "diesem", "diesen", "dieser",
]);

/** The year of the holiday meant: named, last year's, or the latest whose `start` has come by today. */
function yearOf(h: Holiday, start: "day" | "span", today: string, year: string, lastYear: string, last: boolean): number {
  const ty = parseIso(today).y;
  if (year) return Number(year);
  if (lastYear) return ty - 1;
  const begins = (y: number) => (start === "day" ? h.day(y) : h.span(y).from);
  const y = begins(ty) <= today ? ty : ty - 1;
  // "last Christmas" while it is Christmas: the one before.
  return last && start === "span" && h.span(y).to >= today ? y - 1 : y;
}

export type HolidayRule = { re: RegExp; range: (g: string[], today: string) => DateRange | undefined };

export const HOLIDAY_RULES: HolidayRule[] = [
  {
    re: new RegExp(`\\b(?:since|seit|ab)\\s+(?:the\\s+|dem\\s+)?(?:(${LAST})\\s+)?${NAME}\\b${YEAR_AFTER}`),
    range: (g, today) => {
      const [, last = "", word = "", year = "", lastYear = ""] = g;
      const h = holidayOf(word);
      if (!h) return undefined;
      const from = h.day(yearOf(h, "day", today, year, lastYear, last !== ""));
      return { from, to: from <= today ? today : from };
    },
  },
  {
    // The last group peeks at the word after, without taking it.
    re: new RegExp(`(?:\\b(${AT}))?(?:\\b(${LAST})\\s+)?\\b${NAME}\\b${YEAR_AFTER}(?=(?:\\s+([a-z]+))?)`),
    range: (g, today) => {
      const [, at = "", last = "", word = "", year = "", lastYear = "", next = ""] = g;
      const h = holidayOf(word);
      if (!h || (!at && !last && !year && !lastYear)) return undefined;
      const spentOn = /^on\b/.test(at) && PURPOSE_ON.has(h);
      if (spentOn && next && !AFTER_ON_HOLIDAY.has(next)) return undefined;
      const on = /^on\b/.test(at) && !spentOn;
      const y = yearOf(h, on ? "day" : "span", today, year, lastYear, last !== "");
      return clampToToday(on ? { from: h.day(y), to: h.day(y) } : h.span(y), today);
    },
  },
];
