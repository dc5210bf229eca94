import { describe, expect, it } from "vitest";
import { addMonths, daysInMonth, isLeapYear, isoWeekday } from "../../../src/analytics/parse/dates.ts";
import { easterSunday } from "../../../src/analytics/parse/period-holidays.ts";
import { unreadMonthWord } from "../../../src/analytics/parse/period-typos.ts";
import { takePeriod, takePeriodAt } from "../../../src/analytics/parse/periods.ts";
import { Scanner } from "../../../src/analytics/parse/scanner.ts";

const periodOf = (text: string, today: string) => takePeriod(new Scanner(text), today);
const range = (from: string, to: string) => ({ from, to });

describe("calendar arithmetic", () => {
  it("knows leap years, including the century rules", () => {
    expect([2024, 2000, 2100, 2026].map(isLeapYear)).toEqual([true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("clamps the day when adding months lands past a month's end", () => {
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
  });

  it("numbers weekdays Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2026-11-22")).toBe(7);
    expect(isoWeekday("2026-11-23")).toBe(1);
  });
});

describe("period resolver", () => {
  it("ends last month on its real last day, 28, 29, 30 or 31", () => {
    expect(periodOf("last month", "2026-03-31")).toEqual(range("2026-02-01", "2026-02-28"));
    expect(periodOf("letzten Monat", "2024-03-31")).toEqual(range("2024-02-01", "2024-02-29"));
    expect(periodOf("im Vormonat", "2026-05-01")).toEqual(range("2026-04-01", "2026-04-30"));
    expect(periodOf("last month", "2026-01-15")).toEqual(range("2025-12-01", "2025-12-31"));
  });

  it("resolves February of leap and non-leap years", () => {
    expect(periodOf("Februar 2024", "2026-11-22")).toEqual(range("2024-02-01", "2024-02-29"));
    expect(periodOf("February 2026", "2026-11-22")).toEqual(range("2026-02-01", "2026-02-28"));
    expect(periodOf("am 29. Februar", "2026-11-22")).toEqual(range("2024-02-29", "2024-02-29"));
    expect(periodOf("last 3 months", "2024-05-31")).toEqual(range("2024-03-01", "2024-05-31"));
  });

  it("rolls the quarter back into the previous year in Q1", () => {
    expect(periodOf("last quarter", "2026-02-10")).toEqual(range("2025-10-01", "2025-12-31"));
    expect(periodOf("letztes Quartal", "2026-03-31")).toEqual(range("2025-10-01", "2025-12-31"));
    expect(periodOf("Q4", "2026-02-10")).toEqual(range("2025-10-01", "2025-12-31"));
    expect(periodOf("this quarter", "2026-12-31")).toEqual(range("2026-10-01", "2026-12-31"));
    expect(periodOf("4. Quartal 2025", "2026-02-10")).toEqual(range("2025-10-01", "2025-12-31"));
  });

  it("takes last week Monday to Sunday, across the year boundary", () => {
    expect(periodOf("last week", "2027-01-03")).toEqual(range("2026-12-21", "2026-12-27"));
    expect(periodOf("letzte Woche", "2026-01-01")).toEqual(range("2025-12-22", "2025-12-28"));
    expect(periodOf("letzte Woche", "2026-11-23")).toEqual(range("2026-11-16", "2026-11-22"));
    expect(periodOf("this week", "2026-01-01")).toEqual(range("2025-12-29", "2026-01-01"));
  });

  it("reads a month without a year as the latest one that has started", () => {
    expect(periodOf("im Dezember", "2026-11-22")).toEqual(range("2025-12-01", "2025-12-31"));
    expect(periodOf("in November", "2026-11-22")).toEqual(range("2026-11-01", "2026-11-22"));
    expect(periodOf("Januar", "2026-01-01")).toEqual(range("2026-01-01", "2026-01-01"));
    expect(periodOf("last November", "2026-11-22")).toEqual(range("2025-11-01", "2025-11-30"));
    expect(periodOf("Oktober letzten Jahres", "2026-11-22")).toEqual(range("2025-10-01", "2025-10-31"));
  });

  it("spans month ranges over the turn of the year", () => {
    expect(periodOf("from December to February", "2026-11-22")).toEqual(range("2025-12-01", "2026-02-28"));
    expect(periodOf("von Januar bis März 2025", "2026-11-22")).toEqual(range("2025-01-01", "2025-03-31"));
  });

  it("reads explicit dates in both notations", () => {
    expect(periodOf("01.03.26", "2026-11-22")).toEqual(range("2026-03-01", "2026-03-01"));
    expect(periodOf("1.3.", "2026-11-22")).toEqual(range("2026-03-01", "2026-03-01"));
    expect(periodOf("1 March 2026", "2026-11-22")).toEqual(range("2026-03-01", "2026-03-01"));
    expect(periodOf("on December 24th", "2026-11-22")).toEqual(range("2025-12-24", "2025-12-24"));
    expect(periodOf("vom 20. bis 5. März", "2026-11-22")).toEqual(range("2026-02-20", "2026-03-05"));
    expect(periodOf("1-15 March", "2026-11-22")).toEqual(range("2026-03-01", "2026-03-15"));
    expect(periodOf("vom 1.3. bis 15.3.2026", "2026-11-22")).toEqual(range("2026-03-01", "2026-03-15"));
  });

  it("runs 'since' periods up to today", () => {
    expect(periodOf("since 1 March", "2026-11-22")).toEqual(range("2026-03-01", "2026-11-22"));
    expect(periodOf("seit Januar", "2026-11-22")).toEqual(range("2026-01-01", "2026-11-22"));
    expect(periodOf("seit dem 01.10.2026", "2026-11-22")).toEqual(range("2026-10-01", "2026-11-22"));
  });

  it("counts rolling windows inclusive of today", () => {
    expect(periodOf("last 7 days", "2026-03-03")).toEqual(range("2026-02-25", "2026-03-03"));
    expect(periodOf("letzte 30 Tage", "2026-11-22")).toEqual(range("2026-10-24", "2026-11-22"));
    expect(periodOf("in den letzten 2 Wochen", "2026-11-22")).toEqual(range("2026-11-09", "2026-11-22"));
  });

  it("reads single days relative to today", () => {
    expect(periodOf("gestern", "2026-03-01")).toEqual(range("2026-02-28", "2026-02-28"));
    expect(periodOf("vorgestern", "2026-01-01")).toEqual(range("2025-12-30", "2025-12-30"));
    expect(periodOf("today", "2026-11-22")).toEqual(range("2026-11-22", "2026-11-22"));
  });

  it("reads the year as typed in a chat: yr, possessives, year to date", () => {
    expect(periodOf("council tax this yr", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(periodOf("last yr", "2026-11-29")).toEqual(range("2025-01-01", "2025-12-31"));
    expect(periodOf("this yr's groceries", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(periodOf("last 2 yrs", "2026-11-29")).toEqual(range("2024-11-30", "2026-11-29"));
    expect(periodOf("ytd", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(periodOf("year-to-date", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(periodOf("seit Jahresbeginn", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(periodOf("seit Anfang des Jahres", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(periodOf("im laufenden Jahr", "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
  });

  it("reads 'lst' and 'mnth' as typed in a hurry", () => {
    expect(periodOf("jumbo lst month", "2026-11-29")).toEqual(range("2026-10-01", "2026-10-31"));
    expect(periodOf("eating out last mnth", "2026-11-29")).toEqual(range("2026-10-01", "2026-10-31"));
    expect(periodOf("groceries last 3 mths", "2026-11-29")).toEqual(periodOf("groceries last 3 months", "2026-11-29"));
  });

  it("leaves nothing of a possessive period behind", () => {
    const scan = new Scanner("this year's groceries");
    expect(takePeriod(scan, "2026-11-29")).toEqual(range("2026-01-01", "2026-11-29"));
    expect(scan.remaining.trim()).toBe("groceries");
    const bills = new Scanner("last month's bills");
    takePeriod(bills, "2026-11-29");
    expect(bills.remaining.trim()).toBe("bills");
  });

  it("does not take an amount for a year", () => {
    expect(periodOf("über 2000 €", "2026-11-22")).toBeUndefined();
    expect(periodOf("im Jahr 2025", "2026-11-22")).toEqual(range("2025-01-01", "2025-12-31"));
  });

  it("finds no period where there is none", () => {
    expect(periodOf("groceries at REWE", "2026-11-22")).toBeUndefined();
    expect(periodOf("may I ask something", "2026-11-22")).toBeUndefined();
  });
});

describe("half years", () => {
  it("reads the first and second half in German, English, French and Dutch, of this year unless one is named", () => {
    const h1 = range("2026-01-01", "2026-06-30");
    for (const q of ["im ersten halbjahr", "erstes Halbjahr", "1. Halbjahr", "in der ersten Jahreshälfte", "first half of the year", "in the first half", "H1", "premier semestre", "eerste helft van het jaar"]) {
      expect(periodOf(q, "2026-11-29"), q).toEqual(h1);
    }
    // The half still running ends today, as a quarter does.
    for (const q of ["zweites Halbjahr", "zweite Jahreshälfte", "second half of the year", "restaurants in H2", "2. HJ"]) {
      expect(periodOf(q, "2026-11-29"), q).toEqual(range("2026-07-01", "2026-11-29"));
    }
  });

  it("takes the year named beside it, by number or as last or this year", () => {
    expect(periodOf("erstes Halbjahr 2025", "2026-11-29")).toEqual(range("2025-01-01", "2025-06-30"));
    expect(periodOf("H2 2025", "2026-11-29")).toEqual(range("2025-07-01", "2025-12-31"));
    expect(periodOf("in the first half of 2025", "2026-11-29")).toEqual(range("2025-01-01", "2025-06-30"));
    expect(periodOf("in der zweiten Jahreshälfte letzten Jahres", "2026-11-29")).toEqual(range("2025-07-01", "2025-12-31"));
    expect(periodOf("second half of last year", "2026-11-29")).toEqual(range("2025-07-01", "2025-12-31"));
    expect(periodOf("erstes Halbjahr dieses Jahres", "2026-11-29")).toEqual(range("2026-01-01", "2026-06-30"));
  });

  it("without a year takes the latest half that has begun, as a quarter", () => {
    expect(periodOf("zweites Halbjahr", "2026-03-10")).toEqual(range("2025-07-01", "2025-12-31"));
    expect(periodOf("erstes Halbjahr", "2026-03-10")).toEqual(range("2026-01-01", "2026-03-10"));
  });

  it("reads the last half year as the calendar half before, the last half a year as six months up to today", () => {
    expect(periodOf("letztes Halbjahr", "2026-11-29")).toEqual(range("2026-01-01", "2026-06-30"));
    expect(periodOf("letztes Halbjahr", "2026-03-10")).toEqual(range("2025-07-01", "2025-12-31"));
    expect(periodOf("im letzten halben Jahr", "2026-11-29")).toEqual(range("2026-06-01", "2026-11-29"));
    expect(periodOf("dieses Halbjahr", "2026-11-29")).toEqual(range("2026-07-01", "2026-11-29"));
  });

  it("leaves halves of other things, and a brand called H2, alone", () => {
    expect(periodOf("die erste Hälfte des Monats", "2026-11-29")).toBeUndefined();
    expect(periodOf("h2 mobility tanken", "2026-11-29")).toBeUndefined();
    expect(periodOf("im ersten Quartal", "2026-11-29")).toEqual(range("2026-01-01", "2026-03-31"));
  });
});

describe("month names typed with a slip", () => {
  it("reads a full month name with one slip (two from nine letters), in English and German", () => {
    expect(periodOf("in januray", "2026-10-31")).toEqual(range("2026-01-01", "2026-01-31"));
    expect(periodOf("feburary 2025", "2026-10-31")).toEqual(range("2025-02-01", "2025-02-28"));
    expect(periodOf("im sepember", "2026-10-31")).toEqual(range("2026-09-01", "2026-09-30"));
    expect(periodOf("im oktobr", "2026-10-31")).toEqual(range("2026-10-01", "2026-10-31"));
    expect(periodOf("im dezmber", "2026-10-31")).toEqual(range("2025-12-01", "2025-12-31"));
    expect(periodOf("in septmbre 2025", "2026-10-31")).toEqual(range("2025-09-01", "2025-09-30"));
    expect(periodOf("from januray to march", "2026-10-31")).toEqual(range("2026-01-01", "2026-03-31"));
    expect(periodOf("seit feburar", "2026-10-31")).toEqual(range("2026-02-01", "2026-10-31"));
  });

  it("leaves short names and other words alone: a slip of “march” or “juni” is too close to other words", () => {
    expect(periodOf("how much at marc", "2026-10-31")).toBeUndefined();
    expect(periodOf("in junk", "2026-10-31")).toBeUndefined();
    expect(periodOf("octopus energy", "2026-10-31")).toBeUndefined();
  });

  it("keeps a word the caller names as someone's (a merchant called Augusta)", () => {
    expect(takePeriod(new Scanner("restaurants in augusta"), "2026-10-31")).toEqual(range("2026-08-01", "2026-08-31"));
    const scan = new Scanner("restaurants in augusta");
    expect(takePeriodAt(scan, "2026-10-31", new Set(["augusta"]))).toBeUndefined();
    expect(scan.remaining).toBe("restaurants in augusta");
  });

  it("names a word near a month it could not read, as the person typed it", () => {
    expect(unreadMonthWord(new Scanner("lidl in Jnauray"))).toBe("Jnauray");
    expect(unreadMonthWord(new Scanner("ausgaben im Sebtembr"))).toBe("Sebtembr");
    expect(unreadMonthWord(new Scanner("lidl in jamaica"))).toBeUndefined();
    expect(unreadMonthWord(new Scanner("how much at marc"))).toBeUndefined();
    expect(unreadMonthWord(new Scanner("augustiner keller"))).toBeUndefined();
  });
});

describe("holidays", () => {
  it("computes Easter Sunday by the Gregorian computus, earliest and latest dates included", () => {
    expect([2019, 2024, 2025, 2026, 2027, 2000, 1818, 2285, 1943, 2038].map(easterSunday)).toEqual([
      "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2000-04-23", "1818-03-22", "2285-03-22", "1943-04-25", "2038-04-25",
    ]);
  });

  it("reads “since Easter” from Easter Sunday of the latest Easter to today", () => {
    expect(periodOf("seit ostern", "2026-10-31")).toEqual(range("2026-04-05", "2026-10-31"));
    expect(periodOf("since easter", "2026-10-31")).toEqual(range("2026-04-05", "2026-10-31"));
    expect(periodOf("seit Ostern", "2026-04-05")).toEqual(range("2026-04-05", "2026-04-05"));
    expect(periodOf("since easter", "2026-04-04")).toEqual(range("2025-04-20", "2026-04-04"));
    expect(periodOf("seit Ostern 2025", "2026-10-31")).toEqual(range("2025-04-20", "2026-10-31"));
    expect(periodOf("seit Weihnachten", "2026-10-31")).toEqual(range("2025-12-25", "2026-10-31"));
    expect(periodOf("since christmas eve", "2026-10-31")).toEqual(range("2025-12-24", "2026-10-31"));
    expect(periodOf("seit Pfingsten", "2026-10-31")).toEqual(range("2026-05-24", "2026-10-31"));
    expect(periodOf("since new year's eve", "2026-10-31")).toEqual(range("2025-12-31", "2026-10-31"));
  });

  it("reads “over” a holiday as its days, the latest that has begun unless a year is named", () => {
    expect(periodOf("über weihnachten", "2026-10-31")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("over christmas", "2026-10-31")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("over christmas", "2026-12-25")).toEqual(range("2026-12-24", "2026-12-25"));
    expect(periodOf("last christmas", "2026-12-25")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("Weihnachten 2024", "2026-10-31")).toEqual(range("2024-12-24", "2024-12-26"));
    expect(periodOf("weihnachten letztes jahr", "2026-10-31")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("über Ostern", "2026-10-31")).toEqual(range("2026-04-03", "2026-04-06"));
    expect(periodOf("easter 2025", "2026-10-31")).toEqual(range("2025-04-18", "2025-04-21"));
    expect(periodOf("an Pfingsten", "2026-10-31")).toEqual(range("2026-05-24", "2026-05-25"));
    expect(periodOf("über Silvester", "2026-10-31")).toEqual(range("2025-12-31", "2026-01-01"));
    expect(periodOf("am Karfreitag", "2026-10-31")).toEqual(range("2026-04-03", "2026-04-03"));
    expect(periodOf("on new year's eve", "2026-10-31")).toEqual(range("2025-12-31", "2025-12-31"));
  });

  it("reads spending “on” Christmas, Easter or Whitsun as the holiday's days, as “over” it", () => {
    expect(periodOf("what did we spend on christmas", "2026-10-31")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("how much did i spend on christmas", "2026-12-25")).toEqual(range("2026-12-24", "2026-12-25"));
    expect(periodOf("how much did i spend on christmas last year", "2026-10-31")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("spent on christmas 2024 in total", "2026-10-31")).toEqual(range("2024-12-24", "2024-12-26"));
    expect(periodOf("what did we spend on easter", "2026-10-31")).toEqual(range("2026-04-03", "2026-04-06"));
    expect(periodOf("was hab ich an weihnachten ausgegeben", "2026-10-31")).toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("spent on christmas day", "2026-10-31")).toEqual(range("2025-12-25", "2025-12-25"));
  });

  it("leaves a holiday named for what was bought alone", () => {
    expect(periodOf("christmas presents", "2026-10-31")).toBeUndefined();
    expect(periodOf("how much did i spend on christmas presents", "2026-10-31")).toBeUndefined();
    expect(periodOf("spent on christmas decorations last year", "2026-10-31")).not.toEqual(range("2025-12-24", "2025-12-26"));
    expect(periodOf("ostereier", "2026-10-31")).toBeUndefined();
    expect(periodOf("weihnachtsgeld", "2026-10-31")).toBeUndefined();
    expect(periodOf("southeastern", "2026-10-31")).toBeUndefined();
  });
});

describe("the unit before last", () => {
  it("reads vorletzten Monat, vorletzte Woche, vorletztes Jahr and the English forms as the unit two back", () => {
    // 31 Oct 2026 is a Saturday: last week is 19–25 Oct, the week before 12–18 Oct.
    expect(periodOf("vorletzten monat", "2026-10-31")).toEqual(range("2026-08-01", "2026-08-31"));
    expect(periodOf("im vorletzten Monat", "2026-01-15")).toEqual(range("2025-11-01", "2025-11-30"));
    expect(periodOf("des vorletzten monats", "2026-03-31")).toEqual(range("2026-01-01", "2026-01-31"));
    expect(periodOf("the month before last", "2026-10-31")).toEqual(range("2026-08-01", "2026-08-31"));
    expect(periodOf("vorletzte woche", "2026-10-31")).toEqual(range("2026-10-12", "2026-10-18"));
    expect(periodOf("the week before last", "2026-10-31")).toEqual(range("2026-10-12", "2026-10-18"));
    expect(periodOf("vorletztes jahr", "2026-10-31")).toEqual(range("2024-01-01", "2024-12-31"));
    expect(periodOf("im vorvorjahr", "2026-10-31")).toEqual(range("2024-01-01", "2024-12-31"));
  });

  it("still reads letzten Monat as last month", () => {
    expect(periodOf("letzten monat", "2026-10-31")).toEqual(range("2026-09-01", "2026-09-30"));
  });
});
