// Several sync-ingest runs folded into one row per import: median times and
// ratio (the machine is shared, so single runs wander), the highest peak RSS.
import { median } from "./stats.ts";
import type { IngestFigures } from "./sync-ingest.ts";

export function medianIngest(runs: IngestFigures[][]): IngestFigures[] {
  const first = runs[0] ?? [];
  return first.map((f, i) => {
    const same = runs.map((r) => r[i]!);
    const engineMs = median(same.map((x) => x.engineMs));
    const copyMs = median(same.map((x) => x.copyMs));
    return {
      label: runs.length > 1 ? `${f.label}, median of ${runs.length}` : f.label,
      rows: f.rows,
      engineMs,
      copyMs,
      engineRowsPerSec: f.rows / (engineMs / 1000),
      copyRowsPerSec: f.rows / (copyMs / 1000),
      ratio: median(same.map((x) => x.ratio)),
      peakRssMb: Math.max(...same.map((x) => x.peakRssMb)),
    };
  });
}
