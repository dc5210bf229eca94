import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { renderChart, type RenderInput } from "../../reports/render/chart.ts";
import { assertChartFont, BUNDLED_FAMILY, bundledFontDir, chartFont, NoChartFontError } from "../../reports/render/fonts.ts";

const tmpDirs: string[] = [];
afterAll(async () => {
  for (const d of tmpDirs) await rm(d, { recursive: true, force: true });
});

const chart = (title: string): RenderInput => ({
  kind: "bar",
  title,
  labels: ["Groceries", "Rent"],
  series: [{ label: "Oct", values: ["412.30", "900"] }],
  currency: "EUR",
  locale: "en",
});

/** Dark pixels in the top band, where chart.js draws the title. */
async function darkPixelsInTitleBand(png: Buffer, band = 60): Promise<number> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, band);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) dark++;
  return dark;
}

describe("the chart font Kontor ships", () => {
  it("is found relative to the package in the Docker image's layout (/app/dist + /app/node_modules), not on the system", async () => {
    const app = await mkdtemp(path.join(os.tmpdir(), "kontor-image-"));
    tmpDirs.push(app);
    await mkdir(path.join(app, "node_modules"), { recursive: true });
    await mkdir(path.join(app, "dist/reports/render"), { recursive: true });
    // A copy, as `COPY --from=build /app/node_modules` makes it (resolution would follow a symlink back here).
    const real = path.dirname(bundledFontDir()!);
    await mkdir(path.join(app, "node_modules/dejavu-fonts-ttf/ttf"), { recursive: true });
    for (const f of ["package.json", "ttf/DejaVuSans.ttf"]) await copyFile(path.join(real, f), path.join(app, "node_modules/dejavu-fonts-ttf", f));
    const dir = bundledFontDir(pathToFileURL(path.join(app, "dist/reports/render/fonts.js")).href);
    expect(dir).toBe(path.join(app, "node_modules/dejavu-fonts-ttf/ttf"));
    expect(existsSync(path.join(dir!, "DejaVuSans.ttf"))).toBe(true);
    // Outside any project there is no such package: no system path is guessed.
    expect(bundledFontDir(pathToFileURL(path.join(os.tmpdir(), "nowhere", "x.js")).href)).toBeNull();
  });

  it("is registered under its own family from the package, and a chart's title really has text pixels", async () => {
    const font = chartFont();
    expect(font).toMatchObject({ family: BUNDLED_FAMILY, usable: true });
    expect(font.file).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
    const withTitle = await darkPixelsInTitleBand(await renderChart(chart("Spending by category · October 2026")));
    const withoutTitle = await darkPixelsInTitleBand(await renderChart(chart("")));
    expect(withTitle).toBeGreaterThan(300);
    expect(withoutTitle).toBeLessThan(withTitle / 10);
  });

  it("a start with no usable font (no bundled package, a bare system) fails loudly, naming the way out", () => {
    const bare = { registerBundled: () => null, systemFamilies: () => [] };
    expect(() => assertChartFont({}, bare)).toThrow(NoChartFontError);
    expect(() => assertChartFont({}, bare)).toThrow(/dejavu-fonts-ttf.*KONTOR_CHART_FONT/);
    // A system sans is accepted when the package is missing.
    expect(assertChartFont({}, { registerBundled: () => null, systemFamilies: () => ["Serif X", "Some Sans"] })).toMatchObject({ family: "Some Sans", usable: true });
  });
});
