// Euro reference rates from the ECB, cached in PostgreSQL. The full history
// is fetched on first use, then the daily file after each publication (the
// refresh job, src/jobs/fx-refresh.ts). Lookups fall back to the newest
// publication on or before the asked date (weekends, holidays, today before
// ~16:00 CET); when the rates server is unreachable the cache keeps answering
// and latestPublication() tells how old it is.
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { decimalDiv, decimalMul, decimalRound, normalizeDecimal } from "../format/decimal.ts";
import { EcbFileError, parseEcbXml, type Publication } from "./ecb-xml.ts";
import { daysBetween, weekdayBetween } from "./publication.ts";
import { createFxStore, type StoredPublication } from "./store.ts";
import type { FxRate, FxRates } from "./types.ts";

export type { FxRate, FxRates } from "./types.ts";

export const DEFAULT_FX_RATES_URL = "https://www.ecb.europa.eu/stats/eurofxref";
const SOURCE = "ECB";
/** Cross rates and conversions are rounded (half away from zero) to this many fraction digits. */
export const FX_SCALE = 18;
const FETCH_TIMEOUT_MS = 30_000;
/** After a failed first download, lookups do not retry more often than this. */
const RETRY_FIRST_LOAD_MS = 5 * 60_000;

export class FxUnavailableError extends Error {
  override name = "FxUnavailableError";
}

export interface FxDeps {
  db: Db;
  logger: Logger;
  /** Base URL of the eurofxref files (config FX_RATES_URL). */
  url?: string;
  now?: () => Date;
}

export function createFxRates(deps: FxDeps): FxRates & { refresh(): Promise<void> } {
  const base = (deps.url ?? DEFAULT_FX_RATES_URL).replace(/\/+$/, "");
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ component: "fx" });
  const store = createFxStore(deps.db, SOURCE);
  // Asked date → publication; cleared whenever new rates are saved.
  const memo = new Map<string, Promise<StoredPublication | null>>();
  let running: Promise<void> | null = null;
  let firstLoadFailedAt: number | null = null;

  async function fetchFile(name: string): Promise<Publication[]> {
    let res: Response;
    try {
      res = await fetch(`${base}/${name}`, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (e) {
      throw new FxUnavailableError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!res.ok) throw new FxUnavailableError(`${name}: HTTP ${res.status}`);
    return parseEcbXml(await res.text());
  }

  async function download(): Promise<void> {
    const latest = await store.latest();
    let pubs: Publication[];
    if (latest === null) {
      pubs = await fetchFile("eurofxref-hist.xml");
    } else {
      const daily = await fetchFile("eurofxref-daily.xml");
      const newest = daily[0]?.date;
      if (newest === undefined || newest <= latest) return;
      // A weekday between the cached and the new day may be a missed publication
      // (or a holiday): the 90-day file fills it, the full history beyond that.
      pubs = weekdayBetween(latest, newest)
        ? await fetchFile(daysBetween(latest, newest) < 85 ? "eurofxref-hist-90d.xml" : "eurofxref-hist.xml")
        : daily;
      pubs = pubs.filter((p) => p.date > latest);
    }
    const n = await store.save(pubs);
    memo.clear();
    log.info({ publications: pubs.length, rates: n, newest: pubs[0]?.date }, "fx rates cached");
  }

  function refresh(): Promise<void> {
    running ??= download().finally(() => {
      running = null;
    });
    return running;
  }

  /** First use: fetch the history; a failure leaves the cache as it was and the lookup answers from it. */
  async function ensureLoaded(): Promise<void> {
    if (memo.size > 0 || (await store.latest()) !== null) return;
    if (firstLoadFailedAt !== null && now().getTime() - firstLoadFailedAt < RETRY_FIRST_LOAD_MS) return;
    try {
      await refresh();
      firstLoadFailedAt = null;
    } catch (e) {
      if (!(e instanceof FxUnavailableError || e instanceof EcbFileError)) throw e;
      firstLoadFailedAt = now().getTime();
      log.warn({ err: e.message }, "fx rates unavailable");
    }
  }

  function publicationOn(date: string): Promise<StoredPublication | null> {
    let p = memo.get(date);
    if (!p) {
      if (memo.size > 20_000) memo.clear();
      p = store.onOrBefore(date);
      memo.set(date, p);
      p.catch(() => memo.delete(date));
    }
    return p;
  }

  /** Units of `code` per 1 EUR in a publication; EUR itself is 1 and never listed. */
  const perEuro = (pub: StoredPublication, code: string): string | undefined => (code === "EUR" ? "1" : pub.rates.get(code));

  async function lookup(from: string, to: string, date: string) {
    await ensureLoaded();
    const pub = await publicationOn(date);
    if (!pub) return null;
    const rf = perEuro(pub, from);
    const rt = perEuro(pub, to);
    if (rf === undefined || rt === undefined) return null;
    return { pub, rf, rt };
  }

  async function rateOn(from: string, to: string, date: string): Promise<FxRate | null> {
    if (from === to) return { from, to, rate: "1", publishedOn: date, source: "identity" };
    const l = await lookup(from, to, date);
    if (!l) return null;
    // Cross rate via EUR: 1 from = rt / rf to.
    const rate = l.rf === "1" ? l.rt : normalizeDecimal(decimalDiv(l.rt, l.rf, FX_SCALE), 0);
    return { from, to, rate, publishedOn: l.pub.date, source: SOURCE };
  }

  return {
    refresh,
    rateOn,

    async convert(amount, from, to, date) {
      const rate = await rateOn(from, to, date);
      if (!rate) return null;
      if (from === to) return { amount, rate };
      const l = await lookup(from, to, date);
      if (!l) return null;
      // One division at the end, so a cross conversion is not rounded twice.
      // Always amount × rate(to) / rate(from), rounded to FX_SCALE digits.
      const value = l.rf === "1" ? decimalRound(decimalMul(amount, l.rt), FX_SCALE) : decimalDiv(decimalMul(amount, l.rt), l.rf, FX_SCALE);
      return { amount: normalizeDecimal(value, 0), rate };
    },

    async latestPublication() {
      await ensureLoaded();
      return store.latest();
    },
  };
}
