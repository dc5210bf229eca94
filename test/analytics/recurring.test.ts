// What /subscriptions calls a regular payment: subscriptions keep their price,
// bills (rent, taxes, utilities, insurance) stand apart and may vary, visits to
// a restaurant are never a subscription however regular, and the newest
// payment always counts (no "overdue" beside this month's payment).
import { describe, expect, it } from "vitest";
import { detectRecurring, type Payment } from "../../src/analytics/recurring.ts";

const TODAY = "2026-11-29";

/** Payments to one merchant on the given days with the given amounts. */
function paid(merchant: string, category: string | null, rows: [string, string][]): Payment[] {
  return rows.map(([date, amount]) => ({ key: merchant.toLowerCase(), merchant, currency: "GBP", date, amount, category }));
}
const monthly = (from: number, to: number, day: string, amount: (m: number) => string, year = 2026) =>
  Array.from({ length: to - from + 1 }, (_, i): [string, string] => [`${year}-${String(from + i).padStart(2, "0")}-${day}`, amount(from + i)]);

describe("recurring payments", () => {
  it("finds a monthly subscription and its price rise", () => {
    const [netflix] = detectRecurring(paid("Netflix", "subscriptions", monthly(1, 11, "03", (m) => (m < 6 ? "10.99" : "12.99"))), TODAY);
    expect(netflix).toMatchObject({ kind: "subscription", cadenceDays: 30, amount: "12.99", active: true, priceChange: { oldAmount: "10.99", newAmount: "12.99", date: "2026-06-03" } });
  });

  it("a monthly cash withdrawal is not a subscription", () => {
    expect(detectRecurring(paid("ATM", "cash", monthly(1, 11, "09", () => "100.00")), TODAY)).toEqual([]);
  });

  it("a subscription without a category is still one", () => {
    expect(detectRecurring(paid("PureGym", null, monthly(1, 11, "02", () => "26.99")), TODAY).map((r) => r.kind)).toEqual(["subscription"]);
  });

  it("rent, council tax, utilities and insurance are bills, not subscriptions", () => {
    const rows = [
      ...paid("Maple & Co Lettings", "rent", monthly(1, 11, "02", () => "1195.00")),
      ...paid("Camden Council", "taxes", monthly(4, 11, "06", () => "172.00")),
      ...paid("Octopus Energy", "utilities", monthly(1, 11, "12", (m) => `${80 + m}.40`)),
      ...paid("Direct Line", "insurance", monthly(1, 11, "23", () => "11.20")),
    ];
    expect(detectRecurring(rows, TODAY).map((r) => [r.merchant, r.kind])).toEqual([
      ["Camden Council", "bill"],
      ["Direct Line", "bill"],
      ["Maple & Co Lettings", "bill"],
      ["Octopus Energy", "bill"],
    ]);
  });

  it("a bill that differs every month has no price change to report", () => {
    const [energy] = detectRecurring(paid("Dominion Energy", "utilities", monthly(1, 11, "09", (m) => `${90 + ((m * 17) % 40)}.65`)), TODAY);
    expect(energy?.kind).toBe("bill");
    expect(energy?.priceChange).toBeUndefined();
  });

  it("restaurant visits at different prices are not recurring, even about monthly and several times a month", () => {
    const nandos = paid("Nando's", "restaurants", [
      ...monthly(1, 11, "09", (m) => `${20 + ((m * 7) % 9)}.${String((m * 13) % 100).padStart(2, "0")}`),
      ["2026-03-21", "31.10"],
      ["2026-07-18", "14.95"],
      ["2026-10-27", "42.30"],
    ]);
    expect(detectRecurring(nandos, TODAY)).toEqual([]);
  });

  it("a quarterly train ticket at a different fare each time is not a subscription", () => {
    const trainline = paid("Trainline", "transport", [["2026-01-20", "40.98"], ["2026-04-21", "44.10"], ["2026-07-21", "38.60"], ["2026-10-20", "46.81"]]);
    expect(detectRecurring(trainline, TODAY)).toEqual([]);
  });

  it("the latest payment on the same rhythm counts even at a new price: not overdue", () => {
    const gym = paid("Gym Group", null, [...monthly(1, 10, "08", () => "24.99"), ["2026-11-09", "39.99"]]);
    const [r] = detectRecurring(gym, TODAY);
    expect(r).toMatchObject({ lastDate: "2026-11-09", amount: "39.99", active: true, nextExpected: "2026-12-09", priceChange: { oldAmount: "24.99", newAmount: "39.99", date: "2026-11-09" } });
  });

  it("a subscription that stopped is overdue", () => {
    const [r] = detectRecurring(paid("Disney+", "subscriptions", monthly(1, 8, "11", () => "4.99")), TODAY);
    expect(r).toMatchObject({ active: false, nextExpected: "2026-09-10" });
  });

  it("a subscription billed in another currency wobbles a little and is still one", () => {
    const rows = paid("Cloud Storage", "shopping", monthly(1, 11, "15", (m) => `9.${String(80 + (m % 3) * 5).padStart(2, "0")}`));
    expect(detectRecurring(rows, TODAY).map((r) => r.kind)).toEqual(["subscription"]);
  });
});

describe("continuing a series", () => {
  it("a one-off purchase at the merchant between two due dates does not take the subscription's place", () => {
    const rows = paid("Netflix", "subscriptions", [...monthly(1, 10, "05", () => "12.99"), ["2026-10-28", "25.00"], ["2026-11-05", "19.99"]]);
    expect(detectRecurring(rows, TODAY)[0]).toMatchObject({ lastDate: "2026-11-05", amount: "19.99", nextExpected: "2026-12-05" });
  });
});
