// Exact arithmetic on decimal strings ("-1234.50"). Amounts arrive from banks
// and the database as strings; adding them as JS numbers would turn 0.1 + 0.2
// into 0.30000000000000004, so every sum goes through BigInt.
const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** A decimal as an integer count of 10^-scale units: "12.34" is { units: 1234n, scale: 2 }. */
export interface Scaled {
  units: bigint;
  scale: number;
}

export function isDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

export function parseDecimal(value: string): Scaled {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  const frac = m[3] ?? "";
  const units = BigInt((m[2] ?? "0") + frac);
  return { units: m[1] === "-" ? -units : units, scale: frac.length };
}

function rescale(d: Scaled, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function formatScaled({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** Rounds half away from zero, the way banks round cents. */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice < (d < 0n ? -d : d)) return q;
  return (n < 0n) !== (d < 0n) ? q - 1n : q + 1n;
}

/** "12.345" at 2 digits is 1235n: rounding half away from zero beyond the currency's precision. */
export function toMinorUnits(amount: string, fractionDigits = 2): bigint {
  const d = parseDecimal(amount);
  if (d.scale <= fractionDigits) return rescale(d, fractionDigits);
  return divRound(d.units, 10n ** BigInt(d.scale - fractionDigits));
}

export function fromMinorUnits(units: bigint, fractionDigits = 2): string {
  return formatScaled({ units, scale: fractionDigits });
}

function combine(a: string, b: string, op: (x: bigint, y: bigint) => bigint): string {
  const da = parseDecimal(a);
  const db = parseDecimal(b);
  const scale = Math.max(da.scale, db.scale);
  return formatScaled({ units: op(rescale(da, scale), rescale(db, scale)), scale });
}

/** Keeps the larger scale of the two: "1.50" + "2" is "3.50". */
export function decimalAdd(a: string, b: string): string {
  return combine(a, b, (x, y) => x + y);
}

export function decimalSub(a: string, b: string): string {
  return combine(a, b, (x, y) => x - y);
}

export function decimalSum(values: Iterable<string>): string {
  let total = "0";
  for (const v of values) total = decimalAdd(total, v);
  return total;
}

/** -1, 0 or 1, comparing exactly ("1.10" equals "1.1"). */
export function decimalCmp(a: string, b: string): -1 | 0 | 1 {
  const da = parseDecimal(a);
  const db = parseDecimal(b);
  const scale = Math.max(da.scale, db.scale);
  const x = rescale(da, scale);
  const y = rescale(db, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalSign(a: string): -1 | 0 | 1 {
  return decimalCmp(a, "0");
}

export function decimalAbs(a: string): string {
  const d = parseDecimal(a);
  return formatScaled({ units: d.units < 0n ? -d.units : d.units, scale: d.scale });
}

export function decimalNeg(a: string): string {
  const d = parseDecimal(a);
  return formatScaled({ units: -d.units, scale: d.scale });
}

/**
 * part / whole × 100 with `digits` decimals, rounded half away from zero, or
 * null when whole is zero (a share of nothing is undefined, not 0 %).
 */
export function decimalPercent(part: string, whole: string, digits = 0): string | null {
  const p = parseDecimal(part);
  const w = parseDecimal(whole);
  if (w.units === 0n) return null;
  const scale = Math.max(p.scale, w.scale);
  const num = rescale(p, scale) * 100n * 10n ** BigInt(digits);
  return formatScaled({ units: divRound(num, rescale(w, scale)), scale: digits });
}
