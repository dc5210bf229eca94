// "On weekends" is the day the card was used: a Saturday purchase booked on
// Monday is a weekend purchase, a Friday one booked on Saturday is not. The
// day comes from the card text's timestamp, else a value date before the
// booking, else the booking date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTx } from "./seed.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
const today = "2026-10-15";
const ask = (q: string, locale: "en" | "de") => totalAsker(s.analytics, s.userId, today)(q, locale);

beforeAll(async () => {
  s = await seedAnalytics((giro) => {
    const row = (date: string, amount: string, description: string | null, valueDate: string | null = null) => ({ accountId: giro, date, amount, description, valueDate });
    return [
      // Sparkasse/DKB: Saturday 5 Sep, booked Monday.
      row("2026-09-07", "-10.00", "2026-09-05T14:55 Debitk.2 2027-12 "),
      // Commerzbank: Sunday 13 Sep, booked Monday.
      row("2026-09-14", "-20.00", "Kartenzahlung REWE SAGT DANKE. 41400673//Bonn 2026-09-13T11:33:59 KFN 1 VJ 2812"),
      // Postbank, day first: Saturday 19 Sep, booked Tuesday.
      row("2026-09-22", "-4.00", "LIDL SAGT DANKE//Grasberg/DE 19-09-2026T11:47:04  Folgenr. 04  Verfalld. 1226"),
      // Volksbank girocard: Sunday 27 Sep at 11:02, booked Monday.
      row("2026-09-28", "-16.00", "EDEKA/KAISERSTR. 3/FREIBURG/DE 27.09.2026 um 11:02:45 Uhr 65432178/000123/ECTL/ 1234567890123"),
      // "dd.mm.yy/hh:mm": Saturday 26 Sep, booked Monday.
      row("2026-09-28", "-32.00", "BAECKEREI KRAUS 26.09.26/08:15 KARTE 1"),
      // comdirect Visa: no stamp, the Umsatztag (value date) Saturday 26 Sep, booked Monday.
      row("2026-09-28", "-8.00", "AMAZON EU", "2026-09-26"),
      // Booked on a Sunday with nothing else to go by (a card booking its own day).
      row("2026-09-20", "-1.00", "VAPIANO BONN"),
      // A US card: transaction date Saturday as the booking date, its post date Monday is no purchase day.
      row("2026-09-19", "-2.00", "SQ *BLUE BOTTLE", "2026-09-21"),
      // Friday evening, booked on Saturday: a weekday purchase.
      row("2026-09-12", "-100.00", "2026-09-11T20:00 Debitk.2 2027-12 "),
      // No real date in the text, and a date far from the booking: the booking date (Mondays).
      row("2026-09-07", "-1000.00", "2026-02-31T10:00 Debitk.2 2027-12 "),
      row("2026-09-28", "-500.00", "Rechnung 2026-06-06T10:00 Kundennr 4711"),
      // Sunday 30 August, booked Tuesday 1 September: an August weekend.
      row("2026-09-01", "-50.00", "2026-08-30T12:00 Debitk.2 2027-12 "),
      // ING DE prints day and month only: Saturday 19 September, booked Monday.
      row("2026-09-21", "-64.00", "NR XXXX 8187 FRANKFURT DE KAUFUMSATZ 19.09 64.00 960123 ARN38796802401322551291670"),
      // …and a Wednesday 31 December booked on 2 January: the year before the booking's.
      row("2026-01-02", "-3.00", "NR XXXX 8187 FRANKFURT DE KAUFUMSATZ 31.12 3.00 960123 ARN38796802401322551291671"),
    ];
  });
});

afterAll(() => s?.close());

describe("weekend and weekday questions, by the day of purchase", () => {
  it("counts a purchase on a Saturday or Sunday in September, whenever it was booked", async () => {
    // 10 + 20 + 4 + 16 + 32 + 8 + 1 + 2 + 64
    expect(await ask("how much did we spend on weekends in september", "en")).toBe("157.00");
    expect(await ask("wie viel haben wir im september am wochenende ausgegeben", "de")).toBe("157.00");
  });

  it("counts weekdays the same way: the Friday purchase booked on Saturday is one", async () => {
    // 100 + 1000 + 500; the Sunday in August booked on 1 September is neither.
    expect(await ask("how much did i spend on weekdays in september", "en")).toBe("1600.00");
    expect(await ask("wie viel hab ich im september unter der woche ausgegeben", "de")).toBe("1600.00");
  });

  it("puts a weekend purchase in the month it was made", async () => {
    expect(await ask("spending on weekends in august", "en")).toBe("50.00");
  });

  it("takes an ING DE day without a year from the booking's year, or the year before across New Year", async () => {
    expect(await ask("spending on weekdays in december 2025", "en")).toBe("3.00");
  });

  it("a month's total without a weekday word stays by booking date", async () => {
    expect(await ask("spending in september", "en")).toBe("1807.00");
    expect(await ask("spending in august", "en")).toBe("0.00");
  });

  it("reads the purchase day of a row that arrives after the copy was built", async () => {
    await seedTx(s.db, s.user, [{ accountId: s.accountId, date: "2026-09-28", amount: "-5.00", description: "Kartenzahlung NETTO. 4711//Bonn 2026-09-27T10:00 KFN 1" }]);
    expect(await ask("how much did we spend on weekends in september", "en")).toBe("162.00");
  });
});
