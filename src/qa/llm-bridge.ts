// The optional language model, kept at arm's length: it may propose a spec
// (validated like any other input) and add a few sentences under an answer.
// Numbers always come from the engine; a slow or failing model only means
// the answer arrives without its extra.
import type { Logger } from "pino";
import { CATEGORY_KEYS } from "../categories/taxonomy.ts";
import type { QueryResult } from "../analytics/engine.ts";
import { QuerySpec } from "../analytics/query-spec.ts";
import type { Llm, LlmQuestionContext } from "../llm/index.ts";
import { rowLabel } from "../../reports/shape/labels.ts";
import { presentRows } from "../../reports/shape/series.ts";

const SPEC_TIMEOUT_MS = 8000;
const SUMMARY_TIMEOUT_MS = 4000;
// Enough for the model to see the shape; the full list adds tokens, not insight.
const MAX_SUMMARY_ROWS = 12;
const MAX_CONTEXT_MERCHANTS = 300;

async function within<T>(p: Promise<T>, ms: number, logger: Logger, what: string): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    const out = await Promise.race([p, timeout]);
    if (out === null) logger.warn({ what, ms }, "llm gave no usable answer in time");
    return out;
  } catch (e) {
    logger.warn({ what, err: e instanceof Error ? e.message : String(e) }, "llm failed; answering without it");
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export function createLlmBridge(llm: Llm | null, logger: Logger) {
  return {
    enabled: llm !== null,

    async specFor(question: string, ctx: Omit<LlmQuestionContext, "categories">): Promise<QuerySpec | null> {
      if (!llm) return null;
      const context: LlmQuestionContext = { ...ctx, categories: [...CATEGORY_KEYS], merchants: ctx.merchants.slice(0, MAX_CONTEXT_MERCHANTS) };
      const raw = await within(llm.specFromQuestion(question, context), SPEC_TIMEOUT_MS, logger, "spec");
      if (raw === null) return null;
      // The interface promises a valid spec; the engine's safety must not depend on that promise.
      const parsed = QuerySpec.safeParse(raw);
      if (!parsed.success) {
        logger.warn({ issues: parsed.error.issues.length }, "llm returned an invalid spec");
        return null;
      }
      // Account ids are the one field that names rows directly: keep only the person's own.
      const own = new Set(ctx.accounts.map((a) => a.id));
      const accounts = parsed.data.filters.accounts?.filter((id) => own.has(id));
      if (parsed.data.filters.accounts && accounts?.length === 0) return null;
      return accounts ? { ...parsed.data, filters: { ...parsed.data.filters, accounts } } : parsed.data;
    },

    /** Two or three sentences on aggregates of the main currency only. */
    async summarize(question: string, readingText: string, result: QueryResult, currency: string, locale: "en" | "de"): Promise<string | null> {
      if (!llm) return null;
      const total = result.total.find((t) => t.currency === currency);
      if (!total) return null;
      const rows = presentRows({ measure: result.spec.measure, groupBy: result.spec.groupBy, rows: result.rows })
        .filter((r) => r.currency === currency)
        .slice(0, MAX_SUMMARY_ROWS)
        .map((r) => ({ label: rowLabel(r, result.spec.groupBy, locale), value: r.value, compareValue: r.compareValue ?? null }));
      // Spending is positive money out; a negative figure is more money back than spent and keeps its sign.
      const input = { locale, question, reading: readingText, currency, total: total.value, compareTotal: total.compareValue ?? null, rows };
      const text = await within(llm.summarize(input), SUMMARY_TIMEOUT_MS, logger, "summary");
      return text?.trim() ? text.trim().slice(0, 600) : null;
    },
  };
}

export type LlmBridge = ReturnType<typeof createLlmBridge>;
