import { describe, expect, it } from "vitest";
import { escapeHtml, splitHtml, visibleLength, fitCaption } from "../../src/text/html.ts";
import { t, registerMessages } from "../../src/i18n/index.ts";

describe("text for Telegram", () => {
  it("escapes bank text so it cannot inject markup", () => {
    expect(escapeHtml(`<b>Rewe & "Co"</b>`)).toBe("&lt;b&gt;Rewe &amp; &quot;Co&quot;&lt;/b&gt;");
  });

  it("splits long answers below the limit, counting text after parsing", () => {
    const line = `<b>${escapeHtml("Händler & Co")}</b> ${"x".repeat(80)}`;
    const html = Array.from({ length: 200 }, () => line).join("\n");
    const parts = splitHtml(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(visibleLength(p)).toBeLessThanOrEqual(4096);
      expect(p.split("<b>").length).toBe(p.split("</b>").length);
    }
    expect(parts.join("\n")).toBe(html);
  });

  it("cuts a single enormous line without breaking entities", () => {
    const parts = splitHtml("&amp;".repeat(9000));
    expect(parts.every((p) => visibleLength(p) <= 4096 && !/&[a-z]*$/.test(p))).toBe(true);
    expect(parts.map((p) => visibleLength(p)).reduce((a, b) => a + b)).toBe(9000);
  });

  it("fits captions into 1024 characters", () => {
    expect(visibleLength(fitCaption("ä".repeat(3000)))).toBeLessThanOrEqual(1024);
  });

  it("escapes parameters but keeps template markup", () => {
    registerMessages({ en: { "test.hello": "<b>Hi</b> {name}" }, de: { "test.hello": "<b>Hallo</b> {name}" } });
    expect(t("de", "test.hello", { name: "<script>" })).toBe("<b>Hallo</b> &lt;script&gt;");
  });

  it("refuses a bundle that lacks a German text", () => {
    expect(() => registerMessages({ en: { "test.only_en": "x" }, de: {} })).toThrow(/de:test.only_en/);
  });
});

describe("plural forms", () => {
  it("chooses the form by number in each language", () => {
    registerMessages({ en: { "test.n": "{n, plural, one {# transaction} other {# transactions}} ok" }, de: { "test.n": "{n, plural, one {# Umsatz} other {# Umsätze}} ok" } });
    expect(t("en", "test.n", { n: 1 })).toBe("1 transaction ok");
    expect(t("en", "test.n", { n: 0 })).toBe("0 transactions ok");
    expect(t("de", "test.n", { n: 1 })).toBe("1 Umsatz ok");
    expect(t("de", "test.n", { n: 2 })).toBe("2 Umsätze ok");
  });
});
