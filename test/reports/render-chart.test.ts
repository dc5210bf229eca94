import { describe, expect, it } from "vitest";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { renderChart, type RenderInput } from "../../reports/render/chart.ts";
import { chartFont } from "../../reports/render/fonts.ts";

const categories: RenderInput = {
  kind: "doughnut",
  title: "Spending · 1–31 Oct 2026",
  labels: ["Groceries", "Restaurants & cafés", "Shopping", "Other"],
  series: [{ label: "Oct", values: ["412.30", "180.00", "250.99", "99.10"] }],
  currency: "EUR",
  locale: "en",
  colourBy: "label",
};
const months: RenderInput = {
  kind: "line",
  title: "Spending by month",
  labels: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"],
  series: [
    { label: "2026", values: ["1200.50", "980", "1500", "1320.10", "1100", "1250", "1900", "1405"] },
    { label: "2025", values: ["1100", "1000", "1300", "1220.10", "1000", "1350", "1700", "1305"] },
  ],
  currency: "EUR",
  locale: "de",
};

async function inspect(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  const colours = new Set<number>();
  let nonWhite = 0;
  let transparent = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
    if (a < 255) transparent++;
    if (r < 245 || g < 245 || b < 245) nonWhite++;
    colours.add((r << 16) | (g << 8) | b);
  }
  return { width: img.width, height: img.height, colours: colours.size, nonWhiteShare: nonWhite / (data.length / 4), transparent };
}

describe("renderChart", () => {
  it("finds a usable font on this machine", () => {
    expect(chartFont().usable).toBe(true);
  });

  it.each<[string, RenderInput]>([
    ["doughnut", categories],
    ["bar", { ...categories, kind: "bar" }],
    ["stacked_bar", { ...months, kind: "stacked_bar" }],
    ["line", months],
    ["vertical bar with a comparison", { ...months, kind: "bar", labels: months.labels.slice(0, 4), series: months.series.map((s) => ({ ...s, values: s.values.slice(0, 4) })) }],
  ])("draws a %s as a non-blank opaque PNG of the default size", async (name, input) => {
    const start = performance.now();
    const png = await renderChart(input);
    const ms = performance.now() - start;
    const info = await inspect(png);
    console.info(`render ${name}: ${ms.toFixed(0)} ms, ${png.length} bytes`);
    expect(info.width).toBe(1000);
    expect(info.height).toBe(700);
    expect(info.transparent).toBe(0);
    expect(info.colours).toBeGreaterThan(20);
    expect(info.nonWhiteShare).toBeGreaterThan(0.03);
  });

  it("honours a requested size", async () => {
    const info = await inspect(await renderChart({ ...categories, width: 640, height: 480 }));
    expect([info.width, info.height]).toEqual([640, 480]);
  });

  it("rejects absurd sizes instead of allocating them", async () => {
    await expect(renderChart({ ...categories, width: 100_000 })).rejects.toThrow(RangeError);
  });

  it("draws an all-zero series without failing", async () => {
    const info = await inspect(await renderChart({ ...categories, kind: "bar", series: [{ label: "x", values: ["0", "0", "0", "0"] }] }));
    expect(info.nonWhiteShare).toBeGreaterThan(0.005);
  });
});
