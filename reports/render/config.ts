// Builds the chart.js configuration for one chart. Kept apart from the canvas
// so labels, colours and formatting can be tested without drawing.
import type { ChartConfiguration, ChartDataset, Plugin } from "chart.js";
import { text } from "../shape/labels.ts";
import { coloursFor, colourAt, faded, GRID_COLOUR, TEXT_COLOUR } from "./palette.ts";
import { formatTick, formatValue, shareLabels } from "./format.ts";
import { barValueLabels, whiteBackground } from "./plugins.ts";
import { estimateWidth, type MeasureText } from "./measure.ts";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, type RenderInput } from "./types.ts";

// Sized for a phone: Telegram shows a 1000 px wide image at roughly 350 pt.
const FONT = { base: 24, title: 32, small: 20 };
const MAX_VALUE_LABELS = 12;
const HORIZONTAL_LABEL_CHARS = 10;
const EDGE = 24;
const LABEL_GAP = 8;
// Room the value axis' tick labels take beside upright bars, in pixels.
const TICK_ROOM = 110;

/**
 * Numbers for chart.js: it positions pixels with floats, so the exact decimal
 * strings become numbers here and only here. Every label drawn still comes
 * from the strings.
 */
const toPixels = (values: readonly string[]) => values.map((v) => Number(v));

// About 2°: the least a slice needs to show as a sliver of colour beside its legend entry.
const MIN_SLICE = 0.006;

/** Slices widened to be seen; pixels only, the legend keeps the exact amounts and shares. */
function visibleSlices(px: number[]): number[] {
  const sum = px.reduce((a, v) => a + Math.max(0, v), 0);
  return px.map((v) => (v > 0 ? Math.max(v, (sum * MIN_SLICE) / (1 - MIN_SLICE)) : v));
}

const sides = (px: number) => ({ top: px, right: px, bottom: px, left: px });

function fontSpec(family: string, size: number, weight: "normal" | "bold" = "normal") {
  return { family, size, weight };
}

export function buildChartConfig(input: RenderInput, fontFamily: string, measure: MeasureText = estimateWidth): ChartConfiguration {
  const width = input.width ?? DEFAULT_WIDTH;
  const height = input.height ?? DEFAULT_HEIGHT;
  const other = text(input.locale, "reports.other");
  const base = fontSpec(fontFamily, FONT.base);
  const plugins: Plugin[] = [whiteBackground];
  const title = { display: true, text: input.title, color: TEXT_COLOUR, font: fontSpec(fontFamily, FONT.title, "bold"), padding: { bottom: 20 } };
  const common = { responsive: false, animation: false as const, devicePixelRatio: 1, layout: { padding: EDGE } };

  if (input.kind === "doughnut") {
    const values = input.series[0]?.values ?? [];
    const doughnut: ChartConfiguration<"doughnut"> = {
      type: "doughnut",
      data: {
        labels: shareLabels(input.labels, values, input.locale, input.currency, width - 2 * EDGE - 70, (t, px) => measure(t, px)),
        datasets: [{ data: visibleSlices(toPixels(values)), backgroundColor: coloursFor(input.labels, other), borderColor: "#FFFFFF", borderWidth: 3 }],
      },
      options: {
        ...common,
        cutout: "55%",
        plugins: {
          title,
          legend: {
            // A side legend cuts long names off; beside the ring only when every entry fits.
            position: width >= height && input.labels.length <= 8 && Math.max(0, ...input.labels.map((l) => l.length)) <= 18 ? "right" : "bottom",
            labels: { color: TEXT_COLOUR, font: base, boxWidth: 28, boxHeight: 28, padding: 16 },
          },
        },
      },
      plugins,
    };
    return doughnut as unknown as ChartConfiguration;
  }

  const isLine = input.kind === "line";
  const stacked = input.kind === "stacked_bar";
  const colourBy = input.colourBy ?? "series";
  const longest = Math.max(0, ...input.labels.map((l) => l.length));
  const showValues = !isLine && !stacked && input.labels.length <= MAX_VALUE_LABELS && input.series.length === 1;
  const valueTexts = showValues ? input.series.map((s) => s.values.map((v) => formatValue(v, input.currency, input.locale))) : [];
  const widestValue = Math.max(0, ...valueTexts.flat().map((t) => measure(t, FONT.small)));
  // Upright bars whose value labels would run into their neighbours' lie down: each label then has a row of its own.
  const crowded = widestValue + LABEL_GAP > (width - 2 * EDGE - TICK_ROOM) / Math.max(1, input.labels.length);
  const horizontal = !isLine && (input.horizontal ?? (longest > HORIZONTAL_LABEL_CHARS || (showValues && crowded)));
  const datasets = input.series.map((s, i): ChartDataset<"bar" | "line"> => {
    const colour = colourAt(i);
    // A comparison series (the second of two, unstacked) is drawn lighter or dashed.
    const isCompare = !stacked && !input.grouped && input.series.length === 2 && i === 1;
    const byLabel = colourBy === "label" && input.series.length === 1;
    if (isLine) {
      return {
        label: s.label,
        data: toPixels(s.values),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 5,
        borderDash: isCompare ? [12, 8] : [],
        pointRadius: s.values.length > 31 ? 0 : 5,
        tension: 0.25,
      } as ChartDataset<"line">;
    }
    return {
      label: s.label,
      data: toPixels(s.values),
      backgroundColor: byLabel
        ? coloursFor(input.labels, other)
        : isCompare
          ? faded(colourAt(0))
          : input.partialLast
            ? s.values.map((_v, k) => (k === s.values.length - 1 ? faded(colour) : colour))
            : colour,
      borderRadius: 6,
      maxBarThickness: 90,
      categoryPercentage: 0.8,
      barPercentage: 0.9,
    } as ChartDataset<"bar">;
  });

  if (showValues) plugins.push(barValueLabels(valueTexts, `${FONT.small}px "${fontFamily}"`, horizontal, measure, FONT.small));

  const valueAxis = {
    stacked,
    beginAtZero: true,
    grace: showValues ? "12%" : 0,
    grid: { color: GRID_COLOUR },
    ticks: { color: TEXT_COLOUR, font: base, maxTicksLimit: 6, callback: (v: number | string) => formatTick(v, input.currency, input.locale) },
  };
  // offset keeps the first and last point of a line clear of the edges.
  const labelAxis = { stacked, offset: true, grid: { display: false }, ticks: { color: TEXT_COLOUR, font: base, autoSkip: true, maxRotation: 45 } };

  return {
    type: isLine ? "line" : "bar",
    data: { labels: input.labels, datasets },
    options: {
      ...common,
      // Labels beyond the bars' ends are not part of chart.js's layout: the widest one's room is kept free beside the axis' end.
      layout: { padding: showValues && horizontal ? { ...sides(EDGE), right: Math.max(EDGE, Math.ceil(widestValue + LABEL_GAP + 4)) } : EDGE },
      indexAxis: horizontal ? "y" : "x",
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        title,
        legend: {
          display: input.series.length > 1,
          position: "top",
          // A dashed line makes a box legend look broken; a dot names the colour cleanly.
          labels: { color: TEXT_COLOUR, font: base, boxWidth: 28, padding: 16, usePointStyle: isLine },
        },
      },
    },
    plugins,
  } as ChartConfiguration;
}
