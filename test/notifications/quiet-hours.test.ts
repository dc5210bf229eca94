import { describe, expect, it } from "vitest";
import { deliverAt, isQuietHour } from "../../src/notifications/quiet-hours.ts";

const berlin = (start: number | null, end: number | null) => ({ quietHoursStart: start, quietHoursEnd: end, timezone: "Europe/Berlin" });

describe("quiet hours", () => {
  it("know windows that wrap midnight", () => {
    expect(isQuietHour(23, 22, 7)).toBe(true);
    expect(isQuietHour(3, 22, 7)).toBe(true);
    expect(isQuietHour(7, 22, 7)).toBe(false);
    expect(isQuietHour(12, 9, 17)).toBe(true);
    expect(isQuietHour(12, 5, 5)).toBe(false);
  });

  it("leave a message alone outside the window or without one", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    expect(deliverAt(now, berlin(22, 7))).toBe(now);
    expect(deliverAt(now, berlin(null, null))).toBe(now);
  });

  it("move a message to the window's end in local time, before and after midnight", () => {
    expect(deliverAt(new Date("2026-03-10T22:30:00Z"), berlin(22, 7))).toEqual(new Date("2026-03-11T06:00:00Z"));
    expect(deliverAt(new Date("2026-03-11T01:00:00Z"), berlin(22, 7))).toEqual(new Date("2026-03-11T06:00:00Z"));
  });

  it("follow daylight saving time", () => {
    // Night of 28/29 March 2026: Berlin switches to CEST, 07:00 local is 05:00 UTC.
    expect(deliverAt(new Date("2026-03-28T22:00:00Z"), berlin(22, 7))).toEqual(new Date("2026-03-29T05:00:00Z"));
    expect(deliverAt(new Date("2026-03-11T03:00:00Z"), { quietHoursStart: 22, quietHoursEnd: 7, timezone: "America/New_York" })).toEqual(new Date("2026-03-11T11:00:00Z"));
  });

  it("fall back to Berlin for an unknown time zone instead of failing", () => {
    expect(deliverAt(new Date("2026-03-10T22:30:00Z"), { quietHoursStart: 22, quietHoursEnd: 7, timezone: "Mars/Olympus" })).toEqual(new Date("2026-03-11T06:00:00Z"));
  });
});
