import { describe, expect, it } from "vitest";
import { formatBucket, formatDate, formatPeriod } from "../../src/format/date.ts";

describe("formatDate", () => {
  it("formats a calendar date the same day everywhere", () => {
    expect(formatDate("2026-10-05", "en")).toBe("5 Oct 2026");
    expect(formatDate("2026-10-05", "de")).toBe("5. Okt. 2026");
  });

  it("shows a timestamp in the requested time zone", () => {
    expect(formatDate("2026-10-04T23:30:00Z", "en", "Europe/Berlin")).toBe("5 Oct 2026");
    expect(formatDate("2026-10-04T23:30:00Z", "en", "America/New_York")).toBe("4 Oct 2026");
  });

  it("rejects what is not a date", () => {
    expect(() => formatDate("yesterday", "en")).toThrow(RangeError);
  });
});

describe("formatPeriod", () => {
  it("writes a month as a tight day range", () => {
    expect(formatPeriod("2026-10-01", "2026-10-31", "en")).toBe("1–31 Oct 2026");
    expect(formatPeriod("2026-10-01", "2026-10-31", "de")).toBe("1.–31. Okt. 2026");
  });

  it("spells out both months when the range spans two", () => {
    expect(formatPeriod("2026-09-15", "2026-10-14", "en").replace(/\u2009/g, " ")).toMatch(/^15 Sept? – 14 Oct 2026$/);
  });

  it("names both years across new year", () => {
    expect(formatPeriod("2025-12-01", "2026-01-31", "de")).toMatch(/2025.*2026/);
  });

  it("collapses a single day", () => {
    expect(formatPeriod("2026-10-01", "2026-10-01", "en")).toBe("1 Oct 2026");
  });
});

describe("formatBucket", () => {
  it("labels months, days and years briefly", () => {
    expect(formatBucket("2026-10", "month", "en")).toBe("Oct 2026");
    expect(formatBucket("2026-10-01", "month", "de")).toBe("Okt. 2026");
    expect(formatBucket("2026-10-05", "day", "en")).toBe("5 Oct");
    expect(formatBucket("2026", "year", "de")).toBe("2026");
  });
});
