// The ECB rates module against a fake ECB (test/fakes/ecb) and a real
// PostgreSQL cache.
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFxRates } from "../../src/fx/index.ts";
import { HISTORY, type Day } from "../fakes/ecb/history.ts";
import { ecbXml, startEcbFake, type EcbFake } from "../fakes/ecb/server.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let t: TestDatabase;
let ecb: EcbFake;
const logger = pino({ level: "silent" });
const upTo = (date: string): Day[] => HISTORY.filter((d) => d.date <= date);

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.db.$executeRaw`delete from "FxRate"`;
  ecb = await startEcbFake({ days: [...HISTORY], now: new Date("2026-01-07T12:00:00Z") });
});
afterEach(() => ecb.close());

const fxAt = () => createFxRates({ db: t.db, logger, url: ecb.url, now: () => ecb.now });
const cachedRows = async () => Number((await t.db.$queryRaw<{ n: bigint }[]>`select count(*) as n from "FxRate"`)[0]!.n);

describe("ECB reference rates", () => {
  it("downloads the full history once, on first use, and answers from the cache after", async () => {
    const fx = fxAt();
    expect((await fx.rateOn("USD", "EUR", "2025-12-15"))?.publishedOn).toBe("2025-12-15");
    expect(await fx.rateOn("EUR", "USD", "2025-12-16")).toEqual({ from: "EUR", to: "USD", rate: "1.1712", publishedOn: "2025-12-16", source: "ECB" });
    expect(await fx.latestPublication()).toBe("2026-01-06");
    expect(ecb.calls).toEqual(["eurofxref-hist.xml"]);
    expect(await cachedRows()).toBe(HISTORY.reduce((n, d) => n + Object.keys(d.rates).length, 0));
  });

  it("uses the last published rate on weekends and TARGET holidays", async () => {
    const fx = fxAt();
    const on = async (date: string) => (await fx.rateOn("EUR", "USD", date))?.publishedOn;
    expect(await on("2025-12-20")).toBe("2025-12-19"); // Saturday
    expect(await on("2025-12-21")).toBe("2025-12-19"); // Sunday
    expect(await on("2025-12-25")).toBe("2025-12-24"); // Christmas
    expect(await on("2025-12-28")).toBe("2025-12-24"); // holidays then a weekend
    expect(await on("2026-01-01")).toBe("2025-12-31"); // New Year
    expect((await fx.rateOn("EUR", "USD", "2026-01-01"))?.rate).toBe("1.1802");
    expect(await fx.rateOn("EUR", "USD", "2025-12-14")).toBeNull(); // before the first publication
  });

  it("converts across two non-euro currencies via EUR exactly, rounding once", async () => {
    const fx = fxAt();
    // 0.86780 / 1.1700 = 0.7417094017094017094017… (18 digits, half away from zero)
    expect((await fx.rateOn("USD", "GBP", "2025-12-15"))?.rate).toBe("0.741709401709401709");
    expect((await fx.convert("-12.34", "USD", "GBP", "2025-12-15"))?.amount).toBe("-9.152694017094017094");
    expect((await fx.convert("100.00", "USD", "EUR", "2025-12-15"))?.amount).toBe("85.470085470085470085");
    expect((await fx.convert("100.00", "EUR", "JPY", "2025-12-15"))?.amount).toBe("17645");
    expect((await fx.convert("7.10", "CHF", "CHF", "2025-12-15"))?.amount).toBe("7.10");
  });

  it("follows the file's currency list: a currency that joins or leaves is quoted only while listed", async () => {
    const fx = fxAt();
    expect(await fx.rateOn("ISK", "EUR", "2025-12-19")).toBeNull();
    expect((await fx.rateOn("EUR", "ISK", "2025-12-22"))?.rate).toBe("145.1");
    expect((await fx.rateOn("EUR", "BGN", "2025-12-31"))?.rate).toBe("1.9558");
    // After it left, BGN is not carried forward from its last day.
    expect(await fx.rateOn("EUR", "BGN", "2026-01-02")).toBeNull();
    expect(await fx.rateOn("BTC", "EUR", "2026-01-02")).toBeNull();
  });

  it("fetches only the daily file after each publication, and the 90-day file when days may be missing", async () => {
    ecb.days = upTo("2025-12-23");
    ecb.now = new Date("2025-12-23T17:00:00Z");
    const fx = fxAt();
    expect(await fx.latestPublication()).toBe("2025-12-23");
    ecb.days = upTo("2025-12-24");
    ecb.now = new Date("2025-12-24T14:00:00Z"); // 15:00 in Frankfurt: not yet published
    await fx.refresh();
    expect(await fx.latestPublication()).toBe("2025-12-23");
    ecb.now = new Date("2025-12-24T15:30:00Z");
    await fx.refresh();
    expect(await fx.latestPublication()).toBe("2025-12-24");
    expect((await fx.rateOn("EUR", "USD", "2025-12-24"))?.rate).toBe("1.1771");
    expect(ecb.calls).toEqual(["eurofxref-hist.xml", "eurofxref-daily.xml", "eurofxref-daily.xml"]);
    // The next file is dated the 29th; the 25th and 26th are weekdays, so the 90-day file is read.
    ecb.days = upTo("2026-01-06");
    ecb.now = new Date("2026-01-06T16:00:00Z");
    await fx.refresh();
    expect(ecb.calls.slice(3)).toEqual(["eurofxref-daily.xml", "eurofxref-hist-90d.xml"]);
    expect((await fx.rateOn("EUR", "USD", "2025-12-30"))?.publishedOn).toBe("2025-12-30");
    expect(await cachedRows()).toBe(HISTORY.reduce((n, d) => n + Object.keys(d.rates).length, 0));
  });

  it("keeps answering from the cache while the rates server is down, and says how old the newest rate is", async () => {
    ecb.days = upTo("2025-12-31");
    const fx = fxAt();
    expect(await fx.latestPublication()).toBe("2025-12-31");
    ecb.down = true;
    ecb.days = [...HISTORY];
    await expect(fx.refresh()).rejects.toThrow(/HTTP 503/);
    expect(await fx.latestPublication()).toBe("2025-12-31");
    expect((await fx.rateOn("EUR", "USD", "2026-01-06"))?.publishedOn).toBe("2025-12-31");
  });

  it("answers null, without throwing, when the server was never reached", async () => {
    ecb.down = true;
    const fx = fxAt();
    expect(await fx.rateOn("USD", "EUR", "2025-12-15")).toBeNull();
    expect(await fx.latestPublication()).toBeNull();
  });

  it.each([
    ["a truncated download", (xml: string) => xml.slice(0, xml.length / 2)],
    ["a rate that is not a number", (xml: string) => xml.replace("rate='1.1833'", "rate='n/a'")],
    ["an HTML error page", () => "<html><body>Maintenance</body></html>"],
    ["a day without rates", () => ecbXml([{ date: "2026-01-06", rates: {} }])],
  ])("rejects %s and leaves the cache as it was", async (_name, corrupt) => {
    ecb.days = upTo("2026-01-05");
    const fx = fxAt();
    expect(await fx.latestPublication()).toBe("2026-01-05");
    const before = await cachedRows();
    ecb.days = [...HISTORY];
    ecb.corruptNext("eurofxref-daily.xml", corrupt(ecbXml(HISTORY.slice(-1))));
    await expect(fx.refresh()).rejects.toThrow();
    expect(await cachedRows()).toBe(before);
    expect(await fx.latestPublication()).toBe("2026-01-05");
    await fx.refresh();
    expect(await fx.latestPublication()).toBe("2026-01-06");
  });

  it("reads double-quoted attributes as fixtures write them", async () => {
    ecb.quote = '"';
    const fx = fxAt();
    expect((await fx.rateOn("EUR", "GBP", "2026-01-06"))?.rate).toBe("0.8678");
  });
});
