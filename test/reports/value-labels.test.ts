// Value labels of bar charts as a person sees them in the PNG: inside the
// picture, never on top of each other, never drawn across their own bar.
import { describe, expect, it } from "vitest";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { renderChart, type RenderInput } from "../../reports/render/chart.ts";
import { buildChartConfig } from "../../reports/render/config.ts";
import { valueLabelBox } from "../../reports/render/plugins.ts";

const months = ["Jul 2025", "Aug 2025", "Sep 2025", "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026 (so far)"];
const values = ["1541.26", "1636.18", "1667.53", "1547.43", "1568.31", "1812.57", "1631.59", "1608.88", "1683.40", "1809.83", "1420.74", "1420.64"];
const year: RenderInput = { kind: "bar", title: "Spending", labels: months, series: [{ label: "x", values }], currency: "EUR", locale: "en", colourBy: "series" };

async function pixels(png: Buffer) {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const g = canvas.getContext("2d");
  g.drawImage(img, 0, 0);
  return { g, width: img.width, height: img.height };
}

/** Dark (text) pixels in the picture's last two columns: a label running off the right edge. */
async function darkAtRightEdge(png: Buffer): Promise<number> {
  const { g, width, height } = await pixels(png);
  const { data } = g.getImageData(width - 2, 0, 2, height);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 140) dark++;
  return dark;
}

describe("value labels on bars", () => {
  it.each([
    ["English", year],
    ["German", { ...year, locale: "de" as const, labels: months.map((m) => m.replace("(so far)", "(bisher)")) }],
    ["a value just under a round axis end", { ...year, series: [{ label: "x", values: values.map((v, i) => (i === 5 ? "1999.99" : v)) }] }],
  ])("keeps every label of a sideways bar chart inside the picture (%s)", async (_name, input) => {
    expect(await darkAtRightEdge(await renderChart(input))).toBe(0);
  });

  it("turns twelve bars sideways when their labels would not fit side by side", () => {
    const cfg = buildChartConfig({ ...year, labels: months.map((m) => m.slice(0, 8)) }, "DejaVu Sans");
    expect(cfg.options?.indexAxis).toBe("y");
  });

  it("keeps few short bars upright", () => {
    const cfg = buildChartConfig({ ...year, labels: ["Jan", "Feb", "Mar"], series: [{ label: "x", values: values.slice(0, 3) }] }, "DejaVu Sans");
    expect(cfg.options?.indexAxis).toBe("x");
  });
});

describe("a money-back bar's label", () => {
  // Zero at x = 400; the bar runs left to x = 250 (or down to y = 500 from a zero at y = 300).
  it("sits across the zero line, not over its bar, in sideways charts", () => {
    const box = valueLabelBox({ x: 250, y: 100 }, 400, 90, 20, true);
    expect(box.left).toBeGreaterThanOrEqual(400);
  });

  it("sits above the zero line in upright charts", () => {
    const box = valueLabelBox({ x: 100, y: 500 }, 300, 90, 20, false);
    expect(box.bottom).toBeLessThanOrEqual(300);
  });

  it("sits beyond the end of an ordinary bar", () => {
    expect(valueLabelBox({ x: 600, y: 100 }, 400, 90, 20, true).left).toBeGreaterThan(600);
    expect(valueLabelBox({ x: 100, y: 200 }, 300, 90, 20, false).bottom).toBeLessThan(200);
  });
});
