// A small hand-made ECB history in the shape of open-banking.md §4.1: weekends
// and TARGET holidays (25–26 Dec, 1 Jan) have no entry, BGN stops after
// 2025-12-31 (Bulgaria joined the euro), ISK joins on 2025-12-22. Values are
// plausible, not real.
export type Day = { date: string; rates: Record<string, string> };

const base: Record<string, string> = { USD: "1.1607", JPY: "176.45", GBP: "0.86780", CHF: "0.9312", BGN: "1.9558" };

function day(date: string, usd: string, extra: Record<string, string> = {}, drop: string[] = []): Day {
  const rates: Record<string, string> = { ...base, USD: usd, ...extra };
  for (const d of drop) delete rates[d];
  return { date, rates };
}

/** Oldest first (the server writes newest first, as the ECB does). */
export const HISTORY: Day[] = [
  day("2025-12-15", "1.1700"),
  day("2025-12-16", "1.1712"),
  day("2025-12-17", "1.1725"),
  day("2025-12-18", "1.1731"),
  day("2025-12-19", "1.1740"),
  // 20–21 Dec: weekend.
  day("2025-12-22", "1.1752", { ISK: "145.10" }),
  day("2025-12-23", "1.1760", { ISK: "145.30" }),
  day("2025-12-24", "1.1771", { ISK: "145.50" }),
  // 25–26 Dec: TARGET holidays; 27–28 Dec: weekend.
  day("2025-12-29", "1.1780", { ISK: "145.70" }),
  day("2025-12-30", "1.1795", { ISK: "145.90" }),
  day("2025-12-31", "1.1802", { ISK: "146.00" }),
  // 1 Jan: TARGET holiday. BGN is gone from here on.
  day("2026-01-02", "1.1815", { ISK: "146.20" }, ["BGN"]),
  day("2026-01-05", "1.1820", { ISK: "146.40" }, ["BGN"]),
  day("2026-01-06", "1.1833", { ISK: "146.60" }, ["BGN"]),
];
