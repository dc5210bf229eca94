// Net worth and portfolio answers, chat-independent: question or command in,
// Answer (HTML, optional chart PNG) out. Importing it registers the texts.
import { t, toLocale } from "../i18n/index.ts";
import type { Answer } from "../qa/index.ts";
import { todayIn } from "../qa/today.ts";
import { renderChart } from "../../reports/render/chart.ts";
import "./messages.ts";
import { parsePortfolioQuestion, type PortfolioSpec } from "./questions.ts";
import { showBreakdown, showCrypto, showDividends, showFees, showNetWorth, showPerformance, showSeries, type Shown } from "./present.ts";
import type { NetWorthService } from "./service.ts";

export { createNetWorthService, type NetWorthService } from "./service.ts";
export { parsePortfolioQuestion, type PortfolioSpec } from "./questions.ts";

export interface PortfolioUser {
  id: string;
  locale: string;
  timezone: string;
}

async function toAnswer(shown: Shown): Promise<Answer> {
  const chart = shown.chart ? await renderChart(shown.chart) : null;
  return { html: shown.html, chart, caption: shown.html.split("\n")[0] ?? "", buttons: [] };
}

export function createPortfolioAnswers(service: NetWorthService, now: () => Date) {
  async function answerSpec(user: PortfolioUser, spec: PortfolioSpec): Promise<Answer | null> {
    const locale = toLocale(user.locale);
    switch (spec.kind) {
      case "net_worth":
        return toAnswer(showNetWorth(await service.current(user), locale));
      case "net_worth_series": {
        const series = await service.series(user, spec.months);
        if (series.points.every((p) => /^0(\.0*)?$/.test(p.total) && p.unvalued === 0)) return toAnswer({ html: t(locale, "networth.none"), chart: null });
        return toAnswer(showSeries(series, locale));
      }
      case "crypto":
        return toAnswer(showCrypto(await service.current(user), locale));
      case "breakdown":
        return toAnswer(showBreakdown(await service.current(user), spec.by, locale));
      case "performance":
        return toAnswer(showPerformance(await service.performance(user, spec.period.from, spec.period.to), locale));
      case "dividends": {
        const f = await service.flows(user, "dividends", spec.period.from, spec.period.to);
        // Without broker dividends the transaction parser answers (dividends paid into a bank account are income).
        return f.count ? toAnswer(showDividends(f, spec.period, locale)) : null;
      }
      case "fees":
        return toAnswer(showFees(await service.flows(user, "fees", spec.period.from, spec.period.to), spec.period, locale));
    }
  }

  return {
    /** The answer to a portfolio question, or null when the text is not one (the question parser takes it). */
    async ask(user: PortfolioUser, text: string): Promise<Answer | null> {
      const spec = parsePortfolioQuestion(text, todayIn(user.timezone, now()));
      return spec ? answerSpec(user, spec) : null;
    },
    /** /networth: today's figure with its parts, then the last twelve months as a line chart. */
    async command(user: PortfolioUser): Promise<Answer[]> {
      const locale = toLocale(user.locale);
      const snapshot = await service.current(user);
      const current = await toAnswer(showNetWorth(snapshot, locale));
      if (!snapshot.positions.length) return [current];
      return [current, await toAnswer(showSeries(await service.series(user, 12), locale))];
    },
  };
}

export type PortfolioAnswers = ReturnType<typeof createPortfolioAnswers>;
