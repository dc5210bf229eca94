// The PostgreSQL cache of published rates (table "FxRate"). A publication is
// all rows of one (source, date); a currency absent from it was not quoted
// that day, which is how joining and leaving currencies show up.
import type { Db } from "../db/client.ts";
import type { Publication } from "./ecb-xml.ts";

export interface StoredPublication {
  date: string;
  rates: Map<string, string>;
}

/** Rows per INSERT: the full history is ~7000 days × ~30 currencies. */
const CHUNK = 5000;

export function createFxStore(db: Db, source: string) {
  return {
    async latest(): Promise<string | null> {
      const rows = await db.$queryRaw<{ d: string | null }[]>`select max(date)::text as d from "FxRate" where source = ${source}`;
      return rows[0]?.d ?? null;
    },

    /** The newest publication on or before `date`, with all its rates. */
    async onOrBefore(date: string): Promise<StoredPublication | null> {
      const rows = await db.$queryRaw<{ date: string; currency: string; rate: string }[]>`
        select date::text as date, currency, rate::text as rate from "FxRate"
        where source = ${source} and date = (select max(date) from "FxRate" where source = ${source} and date <= ${date}::date)`;
      if (rows.length === 0) return null;
      return { date: rows[0]!.date, rates: new Map(rows.map((r) => [r.currency, trimZeros(r.rate)])) };
    },

    /** Writes publications in one transaction: either all of them are cached or none. */
    async save(pubs: readonly Publication[]): Promise<number> {
      const rows = pubs.flatMap((p) => [...p.rates].map(([currency, rate]) => ({ date: p.date, currency, rate })));
      await db.$transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const part = rows.slice(i, i + CHUNK);
          await tx.$executeRaw`
            insert into "FxRate" (source, date, currency, rate)
            select ${source}, d::date, c, r::numeric
            from unnest(${part.map((x) => x.date)}::text[], ${part.map((x) => x.currency)}::text[], ${part.map((x) => x.rate)}::text[]) as t(d, c, r)
            on conflict (source, date, currency) do update set rate = excluded.rate`;
        }
      }, { timeout: 120_000 });
      return rows.length;
    },
  };
}

export type FxStore = ReturnType<typeof createFxStore>;

function trimZeros(rate: string): string {
  return rate.includes(".") ? rate.replace(/0+$/, "").replace(/\.$/, "") : rate;
}
