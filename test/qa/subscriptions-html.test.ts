import { describe, expect, it } from "vitest";
import type { RecurringPayment } from "../../src/analytics/recurring.ts";
import "../../src/qa/index.ts";
import { subscriptionsHtml } from "../../src/qa/subscriptions.ts";

const row = (merchant: string, kind: RecurringPayment["kind"], amount: string): RecurringPayment => ({
  key: merchant.toLowerCase(), kind, merchant, currency: "GBP", cadenceDays: 30, amount, count: 6,
  firstDate: "2026-06-02", lastDate: "2026-11-02", nextExpected: "2026-12-02", active: true,
});

describe("/subscriptions as text", () => {
  it("lists subscriptions first and household bills in a section of their own", () => {
    const html = subscriptionsHtml([row("Rent Co", "bill", "1195.00"), row("Netflix", "subscription", "12.99"), row("Council", "bill", "172.00")], "en");
    const at = html.indexOf("<b>Regular bills</b>");
    const [subs, bills] = [html.slice(0, at), html.slice(at)];
    expect(subs).toMatch(/^<b>Subscriptions<\/b> \(1\)/);
    expect(subs).toContain("<b>Netflix</b>: £12.99 monthly");
    expect(bills).toMatch(/^<b>Regular bills<\/b> \(2\)/);
    expect(bills!.indexOf("Rent Co")).toBeLessThan(bills!.indexOf("Council"));
    expect(subs).not.toContain("Rent Co");
  });

  it("shows only the bills when there is no subscription", () => {
    expect(subscriptionsHtml([row("Rent Co", "bill", "1195.00")], "de")).toMatch(/^<b>Regelmäßige Rechnungen<\/b> \(1\)/);
  });
});

describe("/subscriptions adds what the active subscriptions come to a month", () => {
  it("sums monthly, yearly and quarterly payments as a monthly amount, leaving out bills and overdue ones", () => {
    const yearly = { ...row("Adobe", "subscription", "120.00"), cadenceDays: 365 as const };
    const quarterly = { ...row("Zeit", "subscription", "30.00"), cadenceDays: 90 as const };
    const overdue = { ...row("Gym", "subscription", "40.00"), active: false };
    const html = subscriptionsHtml([row("Netflix", "subscription", "12.99"), yearly, quarterly, overdue, row("Rent Co", "bill", "1195.00")], "en");
    expect(html).toContain("Together: £32.99 a month");
  });
});
