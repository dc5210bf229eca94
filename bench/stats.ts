// Percentiles for latency samples and small helpers for the markdown tables.

/** Nearest-rank percentile (p in 0..100) of samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function ms(v: number): string {
  if (Number.isNaN(v)) return "–";
  return v >= 100 ? Math.round(v).toLocaleString("en") : v.toFixed(1);
}

export function ratio(a: number, b: number): string {
  if (Number.isNaN(a) || Number.isNaN(b) || b === 0) return "–";
  return `${(a / b).toFixed(1)}×`;
}
