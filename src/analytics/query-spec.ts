// One typed description of every question. Handlers, the text parser and the
// LLM all produce a QuerySpec; only src/analytics/compile.ts turns it into SQL.
import { z } from "zod";
import { CURRENCY_CODE } from "../format/currency-code.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date as YYYY-MM-DD");
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "decimal string");

export const Measure = z.enum(["spending", "income", "net", "count", "average", "balance"]);
export const GroupBy = z.enum(["none", "category", "merchant", "account", "day", "week", "month", "year"]);
export const Comparison = z.enum(["none", "previous_period", "same_period_last_year"]);
export const ChartKind = z.enum(["auto", "none", "bar", "stacked_bar", "line", "doughnut"]);

/** Inclusive date range in the user's calendar. */
export const Period = z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, "period ends before it starts");

export const QuerySpec = z
  .object({
    measure: Measure,
    filters: z
      .object({
        period: Period.optional(),
        /** Category keys from the taxonomy ("groceries"), not display names. */
        categories: z.array(z.string().min(1).max(64)).max(20).optional(),
        /** Merchant or counterparty names as the user's data spells them. */
        merchants: z.array(z.string().min(1).max(120)).max(20).optional(),
        /** Account ids (uuid) of the asking user. */
        accounts: z.array(z.string().uuid()).max(20).optional(),
        text: z.string().min(1).max(120).optional(),
        minAmount: decimal.optional(),
        maxAmount: decimal.optional(),
        currency: z.string().regex(CURRENCY_CODE).optional(),
      })
      .strict()
      .default({}),
    groupBy: GroupBy.default("none"),
    compare: Comparison.default("none"),
    sort: z.enum(["value_desc", "value_asc", "key_asc", "key_desc"]).default("value_desc"),
    limit: z.number().int().min(1).max(100).optional(),
    chart: ChartKind.default("auto"),
  })
  .strict();

export type QuerySpec = z.infer<typeof QuerySpec>;
export type QuerySpecInput = z.input<typeof QuerySpec>;
export type Measure = z.infer<typeof Measure>;
export type GroupBy = z.infer<typeof GroupBy>;
