// A question back costs the person a tap; it is only worth asking when the
// readings give different answers. The parser cannot see rows, so it says
// which reading to take if the data makes the choice moot (Settle), and this
// checks the data: every option selects the same money, or each merchant of a
// "category or merchant" doubt has all its rows inside that category (or topic).
import type { Analytics, ResultTotal } from "../analytics/engine.ts";
import { AnalyticsError } from "../analytics/errors.ts";
import type { Settle } from "../analytics/parse/index.ts";
import type { QuerySpec } from "../analytics/query-spec.ts";

/** The same rows summed once: no grouping, paging, comparison or sides. */
function totalsOf(spec: QuerySpec): QuerySpec {
  return { ...spec, groupBy: "none", compare: "none", sort: "key_asc", limit: undefined, offset: undefined };
}

const same = (a: ResultTotal[], b: ResultTotal[]) =>
  a.length === b.length && a.every((x, i) => x.currency === b[i]!.currency && x.count === b[i]!.count && x.value === b[i]!.value);

/** The index of the option to answer with, or null when the question back is needed. */
export async function settleClarify(
  analytics: Analytics,
  userId: string,
  specs: QuerySpec[],
  settle: Settle,
  opts: { today: string; locale: "en" | "de" },
): Promise<number | null> {
  // Sides and balances are not one sum of rows.
  if (specs.some((s) => s.versus || s.measure === "balance")) return null;
  const total = async (s: QuerySpec) => (await analytics.query(userId, totalsOf(s), opts)).total;
  try {
    return await settleWith(total, specs, settle);
  } catch (e) {
    // The engine's own refusals are told when an option runs; until then, ask.
    if (e instanceof AnalyticsError) return null;
    throw e;
  }
}

async function settleWith(total: (s: QuerySpec) => Promise<ResultTotal[]>, specs: QuerySpec[], settle: Settle): Promise<number | null> {
  const totals = await Promise.all(specs.map(total));
  if (totals.every((t) => same(t, totals[0]!))) return settle.preferred;
  const inside = settle.inside;
  if (!inside) return null;
  const within = await Promise.all(
    inside.options.map(async (i) => {
      const s = specs[i]!;
      const narrowed =
        "topic" in inside
          ? { ...s, filters: { ...s.filters, topics: [...(s.filters.topics ?? []), inside.topic] } }
          : { ...s, filters: { ...s.filters, categories: [...(s.filters.categories ?? []), inside.category] } };
      return same(await total(narrowed), totals[i]!);
    }),
  );
  return within.every(Boolean) ? settle.preferred : null;
}
