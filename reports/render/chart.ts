// Draws a chart to PNG with chart.js on @napi-rs/canvas, no browser. chart.js
// sees no DOM and falls back to its BasicPlatform, which is why every chart
// sets responsive: false and animation: false (see config.ts): the first and
// only frame must be the finished one.
import { createCanvas } from "@napi-rs/canvas";
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  type ChartItem,
} from "chart.js";
import { buildChartConfig } from "./config.ts";
import { chartFont } from "./fonts.ts";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, type RenderInput } from "./types.ts";

export type { RenderInput, DrawableChartKind } from "./types.ts";

let registered = false;
// Registration mutates chart.js's global registry, so it happens once, on first use.
function registerOnce(): void {
  if (registered) return;
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    DoughnutController,
    ArcElement,
    CategoryScale,
    LinearScale,
    Legend,
    Title,
  );
  registered = true;
}

const MAX_SIDE = 4000;

function side(value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 100 || v > MAX_SIDE) throw new RangeError(`chart size must be an integer between 100 and ${MAX_SIDE}, got ${v}`);
  return v;
}

export async function renderChart(input: RenderInput): Promise<Buffer> {
  registerOnce();
  const width = side(input.width, DEFAULT_WIDTH);
  const height = side(input.height, DEFAULT_HEIGHT);
  const font = chartFont();
  const canvas = createCanvas(width, height);
  // chart.js's types name DOM canvases; napi-rs's context implements the same 2D API.
  const ctx = canvas.getContext("2d");
  const measure = (text: string, px: number) => {
    ctx.font = `${px}px "${font.family}"`;
    return ctx.measureText(text).width;
  };
  const chart = new Chart(ctx as unknown as ChartItem, buildChartConfig({ ...input, width, height }, font.family, measure));
  try {
    return await canvas.encode("png");
  } finally {
    chart.destroy();
  }
}
