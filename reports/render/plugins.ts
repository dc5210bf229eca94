// Two small chart.js plugins the PNGs need: a white background (the canvas
// starts transparent, which Telegram's dark theme turns into black-on-black)
// and value labels at the end of bars, because a static image has no tooltips.
import type { Chart, Plugin } from "chart.js";
import { TEXT_COLOUR } from "./palette.ts";

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

/** Writes each bar's formatted value beyond its end; `labels[d][i]` per dataset and index. */
export function barValueLabels(labels: string[][], font: string, horizontal: boolean): Plugin {
  return {
    id: "kontorBarValues",
    afterDatasetsDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = TEXT_COLOUR;
      labels.forEach((texts, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const text = texts[i];
          if (!text) return;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          if (horizontal) {
            ctx.textAlign = "left";
            ctx.textBaseline = "middle";
            ctx.fillText(text, x + 8, y);
          } else {
            ctx.textAlign = "center";
            ctx.textBaseline = "bottom";
            ctx.fillText(text, x, y - 6);
          }
        });
      });
      ctx.restore();
    },
  };
}
