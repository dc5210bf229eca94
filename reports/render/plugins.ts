// Two small chart.js plugins the PNGs need: a white background (the canvas
// starts transparent, which Telegram's dark theme turns into black-on-black)
// and value labels at the end of bars, because a static image has no tooltips.
import type { Chart, Plugin } from "chart.js";
import type { MeasureText } from "./measure.ts";
import { TEXT_COLOUR } from "./palette.ts";

const GAP = 8;

export const whiteBackground: Plugin = {
  id: "kontorWhiteBackground",
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = "#FFFFFF";
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where a bar's value label goes: beyond the bar's end, or for a bar below
 * zero just across the zero line, in the row's empty side, so the label is
 * never drawn over its own bar.
 */
export function valueLabelBox(end: { x: number; y: number }, zero: number, width: number, fontPx: number, horizontal: boolean): Box {
  const below = horizontal ? end.x < zero : end.y > zero;
  const left = horizontal ? (below ? zero : end.x) + GAP : end.x - width / 2;
  const top = horizontal ? end.y - fontPx / 2 : (below ? zero : end.y) - GAP - fontPx;
  return { left, top, right: left + width, bottom: top + fontPx };
}

/**
 * Writes each bar's formatted value beyond its end; `labels[d][i]` per dataset and index.
 * A money-back bar (below zero) has its label on the other side of the zero
 * line, where its row is empty, never across the bar. A label that would
 * touch one already drawn is left out: the answer's table has every figure.
 */
export function barValueLabels(labels: string[][], font: string, horizontal: boolean, measure: MeasureText, fontPx: number): Plugin {
  return {
    id: "kontorBarValues",
    afterDatasetsDraw(chart: Chart) {
      const { ctx } = chart;
      const valueScale = horizontal ? chart.scales.x : chart.scales.y;
      if (!valueScale) return;
      const zero = valueScale.getPixelForValue(0);
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = TEXT_COLOUR;
      const drawn: Box[] = [];
      labels.forEach((texts, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const text = texts[i];
          if (!text) return;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          const rect = valueLabelBox({ x, y }, zero, measure(text, fontPx), fontPx, horizontal);
          if (drawn.some((o) => rect.left < o.right + 2 && o.left < rect.right + 2 && rect.top < o.bottom && o.top < rect.bottom)) return;
          drawn.push(rect);
          ctx.textAlign = "left";
          ctx.textBaseline = "top";
          ctx.fillText(text, rect.left, rect.top);
        });
      });
      ctx.restore();
    },
  };
}
