import { describe, expect, it } from "vitest";
import { buildChartConfig } from "../../reports/render/config.ts";
import { formatTick, shareLabels, tickToDecimal } from "../../reports/render/format.ts";
import { OTHER_COLOUR } from "../../reports/render/palette.ts";
import type { RenderInput } from "../../reports/render/types.ts";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const input: RenderInput = {
  kind: "bar",
  title: "Ausgaben",
  labels: ["Lebensmittel", "Sonstiges"],
  series: [{ label: "Okt.", values: ["1234.50", "99.10"] }],
  currency: "EUR",
  locale: "de",
  colourBy: "label",
};

type Callback = (v: number | string) => string;

describe("chart configuration", () => {
  it("labels German axis ticks with the euro sign after the number", () => {
    const cfg = buildChartConfig({ ...input, horizontal: false }, "DejaVu Sans");
    const y = (cfg.options?.scales as Record<string, { ticks: { callback: Callback } }>).y;
    // Like the bar labels ("1.100,00 €"): German ticks group thousands too.
    expect(plain(y?.ticks.callback(1500) ?? "")).toBe("1.500 €");
    expect(plain(y?.ticks.callback(2500.5) ?? "")).toBe("2.500,5 €");
    expect(plain(y?.ticks.callback(2_000_000) ?? "")).toBe("2 Mio. €");
    expect(plain(y?.ticks.callback(12000) ?? "")).toMatch(/^12\.000 €$/);
  });

  it("labels English ticks compactly with the symbol in front", () => {
    expect(formatTick(12000, "EUR", "en")).toBe("€12K");
    expect(formatTick(3, "", "en")).toBe("3");
  });

  it("keeps chart.js float ticks readable", () => {
    expect(tickToDecimal(0.30000000000000004)).toBe("0.30");
  });

  it("puts exact amounts and percentages into doughnut legends", () => {
    expect(shareLabels(["A", "B", "C"], ["1", "1", "1"], "en", "EUR")).toEqual(["A · €1.00 · 33%", "B · €1.00 · 33%", "C · €1.00 · 33%"]);
    expect(plain(shareLabels(["Miete"], ["900"], "de", "EUR")[0] ?? "")).toBe("Miete · 900,00 € · 100 %");
  });

  it("shortens long legend names at a word instead of letting the canvas cut them", () => {
    const [label] = shareLabels(["Restaurants, cafés and everything else we ate and drank in town"], ["12.5"], "en", "EUR");
    expect(label).toMatch(/^Restaurants, cafés and everything( else)?( we)?… · €12\.50 · 100%$/);
  });

  it("keeps legend names whole when the line has room", () => {
    const labels = shareLabels(["Wohnungsbau Musterstadt", "Restaurant Zum Goldenen Hirschen", "Public transport & taxis"], ["6600", "500", "300"], "en", "EUR");
    expect(labels.map((l) => l.split(" · ")[0])).toEqual(["Wohnungsbau Musterstadt", "Restaurant Zum Goldenen Hirschen", "Public transport & taxis"]);
  });

  it("draws a tiny slice wide enough to be seen", () => {
    const cfg = buildChartConfig({ ...input, kind: "doughnut", labels: ["Rent", "Pharmacy"], series: [{ label: "x", values: ["6600", "23.40"] }] }, "DejaVu Sans");
    const [rent, pharmacy] = cfg.data.datasets[0]!.data as number[];
    expect(pharmacy! / (rent! + pharmacy!)).toBeGreaterThanOrEqual(0.006);
  });

  it("writes a share that rounds to nothing as under 1 %, never 0 %", () => {
    expect(shareLabels(["Rent", "Pharmacy"], ["6600", "23.40"], "en", "EUR")[1]).toBe("Pharmacy · €23.40 · <1%");
    expect(plain(shareLabels(["Miete", "Apotheke"], ["6600", "23.40"], "de", "EUR")[1] ?? "")).toBe("Apotheke · 23,40 € · <1 %");
  });

  it("colours Other grey and turns off animation and responsiveness", () => {
    const cfg = buildChartConfig(input, "DejaVu Sans");
    const ds = cfg.data.datasets[0] as { backgroundColor: string[] };
    expect(ds.backgroundColor[1]).toBe(OTHER_COLOUR);
    expect(cfg.options).toMatchObject({ responsive: false, animation: false });
  });

  it("lays long labels out sideways", () => {
    const cfg = buildChartConfig({ ...input, labels: ["Restaurants & Cafés", "Sonstiges"] }, "DejaVu Sans");
    expect(cfg.options).toMatchObject({ indexAxis: "y" });
  });
});
