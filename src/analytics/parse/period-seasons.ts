// Seasons and weekends as periods. Meteorological seasons: spring Mar–May,
// summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb (spanning the turn of the
// year). Without a year a season is the most recent one that has begun;
// "last summer" is the one before it when today is inside it. "Winter 2025"
// starts in December 2025.
import { addDays, addMonths, clampToToday, isoWeekday, parseIso, toIso, type DateRange } from "./dates.ts";
import { LAST, THIS, YEAR } from "./period-lexicon.ts";

const SEASON_START: Record<string, number> = {
  spring: 3, fruhling: 3, fruhjahr: 3, fruehling: 3, fruehjahr: 3,
  summer: 6, sommer: 6,
  autumn: 9, fall: 9, herbst: 9,
  winter: 12,
};

const SEASON = `(spring|fruhling|fruehling|fruhjahr|fruehjahr|summer|sommer|autumn|fall|herbst|winter)`;
const IN = String.raw`(?:\b(?:in|im|for|during|over|uber|this|the|den|der|dem|des|diesen|diesem)\s+)*`;

function season(start: number, y: number): DateRange {
  const from = toIso({ y, m: start, d: 1 });
  return { from, to: addDays(addMonths(from, 3), -1) };
}

export type SeasonRule = { re: RegExp; range: (g: string[], today: string) => DateRange | undefined };

export const SEASON_RULES: SeasonRule[] = [
  {
    re: new RegExp(`${IN}\\b(?:(${LAST}|${THIS})\\s+)?${SEASON}\\b(?:\\s+${YEAR})?`),
    range: (g, today) => {
      const [whole = "", which = "", word = "", year = ""] = g;
      const start = SEASON_START[word];
      if (!start) return undefined;
      // "fall" is a verb first: only a season with a preposition, "this"/"last" or a year.
      if (word === "fall" && !which && !year && !/\b(?:in|during|over|the)\s/.test(whole)) return undefined;
      if (year) return clampToToday(season(start, Number(year)), today);
      const t = parseIso(today);
      let y = t.y;
      if (toIso({ y, m: start, d: 1 }) > today) y -= 1;
      const current = season(start, y);
      const isLast = which !== "" && new RegExp(`^${LAST}$`).test(which);
      if (isLast && current.to >= today) return season(start, y - 1);
      return clampToToday(current, today);
    },
  },
  {
    // The weekend before this one ends: Saturday and Sunday before this week's Monday.
    re: new RegExp(`${IN}\\b(?:am\\s+|an\\s+)?${LAST}\\s+(?:weekend|wochenende)\\b`),
    range: (_g, today) => lastWeekend(today),
  },
  {
    re: new RegExp(`${IN}\\b(?:${THIS}\\s+(?:weekend|wochenende)|weekend\\s+so\\s+far)\\b`),
    range: (_g, today) => {
      const sat = addDays(today, 6 - isoWeekday(today));
      return sat <= today ? { from: sat, to: today } : lastWeekend(today);
    },
  },
];

function lastWeekend(today: string): DateRange {
  const monday = addDays(today, 1 - isoWeekday(today));
  return { from: addDays(monday, -2), to: addDays(monday, -1) };
}
