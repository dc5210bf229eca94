// Question → answer. The parser (or, failing that, the optional LLM) turns
// words into a QuerySpec; the engine computes it; reports/ shapes it. Every
// answer names its reading, its exact numbers and how many transactions they
// come from, so a misreading is visible before anyone trusts a number.
import type { Logger } from "pino";
import { ZodError } from "zod";
import type { Db } from "../db/client.ts";
import type { Analytics } from "../analytics/engine.ts";
import { AnalyticsError } from "../analytics/errors.ts";
import { describeReading, parseQuestion, type Reading } from "../analytics/parse/index.ts";
import { render, renderPlain, t, toLocale, type Locale, type Message } from "../i18n/index.ts";
import type { Llm } from "../llm/index.ts";
import { renderChart } from "../../reports/render/chart.ts";
import { planCommand, type CommandName } from "./commands.ts";
import { drill, drillActions, DRILL_ACTIONS, type DrillAction } from "./drill.ts";
import { createLlmBridge } from "./llm-bridge.ts";
import { PendingQuestions, type AskedQuery } from "./pending.ts";
import { presentResult } from "./present.ts";
import { priceChangeHtml } from "./price-change.ts";
import { readingOf } from "./reading.ts";
import { settleClarify } from "./settle.ts";
import { subscriptionsHtml } from "./subscriptions.ts";
import { todayIn } from "./today.ts";
import { createUserContextSource, type UserContext } from "./user-context.ts";

/** Reasons that name what exactly was not understood ("januray"): said instead of the general examples. */
const SPECIFIC_REASONS: ReadonlySet<string> = new Set(["parse.unknown.period_word"]);

function unknownHtml(locale: Locale, reason: Message): string {
  return SPECIFIC_REASONS.has(reason.key) ? render(locale, reason) : t(locale, "ask.unknown");
}

export interface QaUser {
  id: string;
  locale: string;
  timezone: string;
  dataVersion: number;
}

export interface AnswerButton {
  text: string;
  data: string;
}

export interface Answer {
  html: string;
  /** PNG, when a chart says more than the text. */
  chart: Buffer | null;
  /** For the photo when `html` is longer than a caption: the reading and the headline. */
  caption: string;
  buttons: AnswerButton[][];
}

export interface QaDeps {
  db: Db;
  analytics: Analytics;
  llm: Llm | null;
  now: () => Date;
  logger: Logger;
}

const MAX_QUESTION = 500;
const BUTTON = /^ask:([cd]):([A-Za-z0-9_-]{11}):([0-9]{1,2}|[mpctnb])$/;

const textOnly = (html: string): Answer => ({ html, chart: null, caption: html, buttons: [] });

export function createQaService(deps: QaDeps) {
  const contexts = createUserContextSource(deps.db);
  const pending = new PendingQuestions(deps.now, deps.db);
  const llm = createLlmBridge(deps.llm, deps.logger);

  const situation = async (user: QaUser) => {
    const t0 = performance.now();
    const ctx = await contexts.get(user.id, user.dataVersion);
    deps.logger.debug({ contextMs: Math.round(performance.now() - t0) }, "question context");
    return { locale: toLocale(user.locale), today: todayIn(user.timezone, deps.now()), ctx };
  };

  function clarify(user: QaUser, chatId: number, locale: Locale, question: Message, options: { label: string | Message; query: AskedQuery }[]): Answer {
    const token = pending.put(chatId, user.id, { kind: "clarify", options: options.map((o) => o.query) });
    const buttons = options.map((o, i) => [{ text: renderPlain(locale, o.label).slice(0, 60), data: `ask:c:${token}:${i}` }]);
    return { ...textOnly(t(locale, question.key, question.params)), buttons };
  }

  /** "Did Netflix get more expensive": the subject's latest payments, read for a change in amount. */
  async function change(user: QaUser, q: { spec: AskedQuery["spec"]; reading: NonNullable<AskedQuery["reading"]> }, locale: Locale, today: string): Promise<Answer> {
    let result;
    try {
      result = await deps.analytics.query(user.id, q.spec, { today, locale });
    } catch (e) {
      if (e instanceof AnalyticsError) return textOnly(t(locale, e.reason === "unknown_user" ? "ask.no_data" : "ask.error.unsupported"));
      throw e;
    }
    // The rows are read, not listed: the reading names the subject and the span searched.
    const reading = describeReading({ ...q.reading, groupBy: "none", limit: undefined }, locale);
    return textOnly(`${t(locale, "ask.reading", { reading })}\n\n${priceChangeHtml(result, locale)}`);
  }

  /** Runs one query and turns it into an answer; engine and spec errors become a clear text. */
  async function run(user: QaUser, chatId: number, q: Omit<AskedQuery, "reading"> & { reading?: AskedQuery["reading"] }, locale: Locale, today: string, u: UserContext): Promise<Answer> {
    const t0 = performance.now();
    let result;
    try {
      result = await deps.analytics.query(user.id, q.spec, { today, locale });
    } catch (e) {
      if (e instanceof AnalyticsError) return textOnly(t(locale, e.reason === "unknown_user" ? "ask.no_data" : "ask.error.unsupported"));
      if (e instanceof ZodError) return textOnly(t(locale, "ask.error.invalid"));
      throw e;
    }
    const asked = q.reading ?? readingOf(result.spec, result.period, u.accounts, !q.spec.filters.period);
    // A trip's days are found in the data (trip-days.ts): the reading names them and what was counted on them.
    const reading: Reading = result.spec.filters.trip ? { ...asked, period: { ...result.period, defaulted: false }, trip: true } : asked;
    const readingText = describeReading(reading, locale);
    const shown = presentResult(result, locale);
    const t1 = performance.now();
    const [chart, summary] = await Promise.all([
      shown.chart ? renderChart(shown.chart) : null,
      q.question && shown.mainCurrency ? llm.summarize(q.question, readingText, result, shown.mainCurrency, locale) : null,
    ]);
    const readingHtml = t(locale, q.viaLlm ? "ask.reading_llm" : "ask.reading", { reading: readingText });
    const html = [readingHtml, shown.html, ...(summary ? [t(locale, "ask.summary", { summary })] : [])].join("\n\n");
    const token = pending.put(chatId, user.id, { kind: "answer", query: { ...q, reading }, period: result.period });
    const matching = result.total.reduce((n, x) => n + x.count, 0);
    const actions = drillActions({ ...q, reading }, chart !== null, matching);
    const names: Record<DrillAction, string> = { m: "merchant", p: "previous", c: "chart", t: "text", n: "next_page", b: "previous_page" };
    const buttons = [actions.map((a) => ({ text: t(locale, `ask.btn.${names[a]}`), data: `ask:d:${token}:${a}` }))];
    deps.logger.info(
      { fromCache: result.loadedFromCache, loadMs: Math.round(result.timings.loadMs), queryMs: Math.round(result.timings.queryMs), renderMs: Math.round(performance.now() - t1), totalMs: Math.round(performance.now() - t0), chart: chart !== null },
      "question answered",
    );
    return { html, chart, caption: `${readingHtml}\n\n${shown.html.split("\n")[0] ?? ""}`, buttons };
  }

  return {
    /** Free text from the chat (or /ask). */
    async ask(user: QaUser, chatId: number, text: string): Promise<Answer> {
      // The parser reads this much too; a longer text is not a question but a paste.
      const question = text.trim().slice(0, MAX_QUESTION);
      const { locale, today, ctx } = await situation(user);
      const parsed = parseQuestion(question, { today, locale, merchants: ctx.merchants, accounts: ctx.accounts, dataStart: ctx.dataStart });
      // Without data a readable question gets the hint how to add some; an unreadable one still gets examples.
      if (parsed.kind === "unknown" && !llm.enabled) return textOnly(unknownHtml(locale, parsed.reason));
      if (!ctx.hasTransactions) return textOnly(t(locale, "ask.no_data"));
      if (parsed.kind === "subscriptions") return textOnly(subscriptionsHtml(await deps.analytics.recurringPayments(user.id, { today }), locale));
      if (parsed.kind === "price_change") return change(user, parsed, locale, today);
      if (parsed.kind === "spec") return run(user, chatId, { spec: parsed.spec, reading: parsed.reading, question }, locale, today, ctx);
      if (parsed.kind === "clarify") {
        const chosen = await settleClarify(deps.analytics, user.id, parsed.options.map((o) => o.spec), parsed.settle, { today, locale });
        const option = chosen === null ? undefined : parsed.options[chosen];
        if (option) return run(user, chatId, { spec: option.spec, reading: option.reading, question }, locale, today, ctx);
        return clarify(user, chatId, locale, parsed.question, parsed.options.map((o) => ({ label: o.label, query: { spec: o.spec, reading: o.reading, question } })));
      }
      const spec = await llm.specFor(question, { locale, today, merchants: ctx.merchants, accounts: ctx.accounts });
      if (spec) return run(user, chatId, { spec, question, viaLlm: true }, locale, today, ctx);
      return textOnly(unknownHtml(locale, parsed.reason));
    },

    async command(user: QaUser, chatId: number, name: CommandName, text: string): Promise<Answer> {
      const { locale, today, ctx } = await situation(user);
      if (!ctx.hasTransactions) return textOnly(t(locale, "ask.no_data"));
      const plan = planCommand(name, text, today, locale, ctx);
      if (plan.kind === "bad_period") return textOnly(t(locale, "ask.error.command_period", { text: text.trim().slice(0, 80) }));
      if (plan.kind === "clarify") {
        const chosen = await settleClarify(deps.analytics, user.id, plan.options.map((o) => o.query.spec), plan.settle, { today, locale });
        const option = chosen === null ? undefined : plan.options[chosen];
        return option ? run(user, chatId, option.query, locale, today, ctx) : clarify(user, chatId, locale, plan.question, plan.options);
      }
      return run(user, chatId, plan.query, locale, today, ctx);
    },

    async subscriptions(user: QaUser): Promise<Answer> {
      const { locale, today, ctx } = await situation(user);
      if (!ctx.hasTransactions) return textOnly(t(locale, "ask.no_data"));
      return textOnly(subscriptionsHtml(await deps.analytics.recurringPayments(user.id, { today }), locale));
    },

    /** A tap on a button under a clarification or an answer. */
    async button(user: QaUser, chatId: number, data: string): Promise<Answer> {
      const { locale, today, ctx } = await situation(user);
      const expired = textOnly(t(locale, "ask.expired"));
      const m = BUTTON.exec(data);
      // Data we cannot read comes from an older version of these buttons.
      if (!m) return expired;
      const [, kind, token, arg] = m as unknown as [string, "c" | "d", string, string];
      const entry = await pending.find(token, chatId, user.id);
      if (!entry || entry.kind !== (kind === "c" ? "clarify" : "answer")) return expired;
      if (entry.kind === "clarify") {
        const option = entry.options[Number(arg)];
        return option ? run(user, chatId, option, locale, today, ctx) : expired;
      }
      if (!DRILL_ACTIONS.includes(arg as DrillAction)) return expired;
      return run(user, chatId, drill(entry.query, entry.period, arg as DrillAction), locale, today, ctx);
    },
  };
}

export type QaService = ReturnType<typeof createQaService>;
