// The FX refresh job against the fake ECB: it catches up at start, fetches
// the daily file once a publication is due, and does nothing otherwise.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createFxRates } from "../../src/fx/index.ts";
import { expectedPublication } from "../../src/fx/publication.ts";
import { fxRefreshJob } from "../../src/jobs/fx-refresh.ts";
import { HISTORY } from "../fakes/ecb/history.ts";
import { startEcbFake, type EcbFake } from "../fakes/ecb/server.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let t: TestDatabase;
let ecb: EcbFake;
const logger = pino({ level: "silent" });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.db.$executeRaw`delete from "FxRate"`;
});

it("expects a publication from 16:15 Frankfurt time on weekdays only", () => {
  expect(expectedPublication(new Date("2026-01-06T15:00:00Z"))).toBe("2026-01-05"); // 16:00 CET
  expect(expectedPublication(new Date("2026-01-06T15:20:00Z"))).toBe("2026-01-06");
  expect(expectedPublication(new Date("2026-01-10T12:00:00Z"))).toBe("2026-01-09"); // Saturday
  expect(expectedPublication(new Date("2026-01-12T08:00:00Z"))).toBe("2026-01-09"); // Monday morning
  expect(expectedPublication(new Date("2026-07-06T14:20:00Z"))).toBe("2026-07-06"); // 16:20 CEST
});

it("downloads the history first, then the daily file only when a publication is due", async () => {
  ecb = await startEcbFake({ days: HISTORY.filter((d) => d.date <= "2026-01-05"), now: new Date("2026-01-06T10:00:00Z") });
  try {
    const fx = createFxRates({ db: t.db, logger, url: ecb.url, now: () => ecb.now });
    const job = fxRefreshJob({ fx, logger, now: () => ecb.now });
    await job.tick();
    expect(ecb.calls).toEqual(["eurofxref-hist.xml"]);
    expect(await fx.latestPublication()).toBe("2026-01-05");
    await job.tick(); // morning: the 5th is the newest there can be
    expect(ecb.calls).toHaveLength(1);
    ecb.days = [...HISTORY];
    ecb.now = new Date("2026-01-06T15:30:00Z");
    await job.tick();
    expect(ecb.calls).toEqual(["eurofxref-hist.xml", "eurofxref-daily.xml"]);
    expect(await fx.latestPublication()).toBe("2026-01-06");
    await job.tick();
    expect(ecb.calls).toHaveLength(2);
  } finally {
    await ecb.close();
  }
});

it("a failed refresh leaves the cached rates in use", async () => {
  ecb = await startEcbFake({ days: HISTORY.filter((d) => d.date <= "2026-01-05"), now: new Date("2026-01-06T10:00:00Z") });
  try {
    const fx = createFxRates({ db: t.db, logger, url: ecb.url, now: () => ecb.now });
    const job = fxRefreshJob({ fx, logger, now: () => ecb.now });
    await job.tick();
    ecb.down = true;
    ecb.now = new Date("2026-01-06T15:30:00Z");
    await expect(job.tick()).rejects.toThrow(/503/);
    expect((await fx.rateOn("EUR", "USD", "2026-01-06"))?.publishedOn).toBe("2026-01-05");
  } finally {
    await ecb.close();
  }
});
