// One call for a handler: the HTML answer plus, when a picture helps, the
// chart to render. The handler sends both; nothing here touches Telegram.
import { decimalSign } from "../../src/format/decimal.ts";
import { t } from "../../src/i18n/index.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import type { RenderInput } from "../render/types.ts";
import { chooseChart } from "./choose-chart.ts";
import { rowsToSeries } from "./series.ts";
import { rowsToText } from "./text.ts";
import { isTimeGroup, type ReportLocale, type ReportResult, type ResolvedChartKind } from "./types.ts";

export interface Report {
  html: string;
  chart: RenderInput | null;
}

export function buildReport(result: ReportResult, locale: ReportLocale, requested: "auto" | ResolvedChartKind = "auto"): Report {
  const html = rowsToText(result, locale);
  const data = rowsToSeries(result, locale);
  const kind = chooseChart({
    chart: requested,
    measure: result.measure,
    groupBy: result.groupBy,
    compare: result.compare,
    points: data.labels.length,
    hasNegative: data.series.some((s) => s.values.some((v) => decimalSign(v) < 0)),
  });
  if (kind === "none") return { html, chart: null };
  const partial = isTimeGroup(result.groupBy) && result.period !== undefined && runsOn(result.groupBy, result.period.to);
  const labels = partial ? data.labels.map((l, i) => (i === data.labels.length - 1 ? t(locale, "reports.so_far", { label: l }) : l)) : data.labels;
  return {
    html,
    chart: {
      kind,
      // The first line of the answer, without markup, doubles as the chart title.
      title: htmlToPlain(html.split("\n")[0] ?? ""),
      labels,
      series: data.series,
      currency: result.measure === "count" ? "" : data.currency,
      locale,
      colourBy: isTimeGroup(result.groupBy) ? "series" : "label",
      ...(partial ? { partialLast: true } : {}),
    },
  };
}

/** True when the bucket holding `to` goes on after it: the period ends mid-month (today), so the last bar is "so far". */
function runsOn(grain: "day" | "week" | "month" | "year", to: string): boolean {
  const d = new Date(`${to}T00:00:00Z`);
  const next = new Date(d.getTime() + 86_400_000);
  if (grain === "day") return false;
  if (grain === "week") return d.getUTCDay() !== 0;
  if (grain === "month") return next.getUTCMonth() === d.getUTCMonth();
  return next.getUTCFullYear() === d.getUTCFullYear();
}
