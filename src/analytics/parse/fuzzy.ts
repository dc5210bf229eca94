// Typo tolerance. Limits grow with word length: short words collide too easily
// ("rewe"/"rene"), long ones survive two slips ("Lieferando"/"Lieferanod").

/** Optimal-string-alignment distance: insert, delete, substitute, swap neighbours. */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Allowed distance for a target word: exact under 5 letters, 1 from 5, 2 from 9. */
export function allowedDistance(target: string): number {
  if (target.length >= 9) return 2;
  if (target.length >= 5) return 1;
  return 0;
}

/** Distance when within the allowed limit for `target`, otherwise undefined. */
export function fuzzyDistance(word: string, target: string): number | undefined {
  const limit = allowedDistance(target);
  if (Math.abs(word.length - target.length) > limit) return undefined;
  const dist = damerauLevenshtein(word, target);
  return dist <= limit ? dist : undefined;
}
