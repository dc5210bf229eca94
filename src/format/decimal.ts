// The one module for exact arithmetic on decimal strings ("-1234.50").
// Amounts arrive from banks, files, DuckDB and the database as strings; adding
// them as JS numbers would turn 0.1 + 0.2 into 0.30000000000000004, so every
// operation goes through BigInt. Rounding is always half away from zero (what
// banks and PostgreSQL's round() do).
const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;
/** What parseDecimal reads: also "5.", ".5" and exponents ("1.5E-7", DuckDB doubles). */
const LOOSE = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A decimal as an integer count of 10^-scale units: "12.34" is { units: 1234n, scale: 2 }. */
export interface Scaled {
  units: bigint;
  scale: number;
}

export function isDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

export function parseDecimal(value: string): Scaled {
  const m = LOOSE.exec(value.trim());
  if (!m || !/\d/.test(`${m[2] ?? ""}${m[3] ?? ""}`)) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  const frac = m[3] ?? "";
  let digits = `${m[2] ?? ""}${frac}`;
  let scale = frac.length - Number(m[4] ?? "0");
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits);
  return { units: m[1] === "-" ? -units : units, scale };
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

/** a × b, exact: the scales add up ("1.5" × "0.25" is "0.375"). */
export function decimalMul(a: string, b: string): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return formatScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** a ÷ b rounded half away from zero to `scale` fraction digits; throws on a zero divisor. */
export function decimalDiv(a: string, b: string, scale: number): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (y.units === 0n) throw new RangeError("division by zero");
  // a/b = (xu / 10^xs) / (yu / 10^ys); scaled by 10^scale.
  const num = x.units * 10n ** BigInt(scale + y.scale);
  const den = y.units * 10n ** BigInt(x.scale);
  return formatScaled({ units: divRound(num, den), scale });
}

/** Rounds half away from zero to `digits` fraction digits ("2.345" → "2.35"); never adds digits. */
export function decimalRound(a: string, digits: number): string {
  const d = parseDecimal(a);
  if (d.scale <= digits) return formatScaled(d);
  return formatScaled({ units: divRound(d.units, 10n ** BigInt(d.scale - digits)), scale: digits });
}

/**
 * Exact value with at least `minDigits` fraction digits and no trailing zeros
 * beyond them: "12.30000000" → "12.30" for EUR, "0.00012300" stays "0.000123".
 */
export function normalizeDecimal(s: string, minDigits: number): string {
  const v = parseDecimal(s);
  let out = formatScaled(v);
  if (v.scale < minDigits) out = formatScaled({ units: rescale(v, minDigits), scale: minDigits });
  else if (v.scale > minDigits) {
    const [i, f = ""] = out.split(".");
    const trimmed = f.replace(/0+$/, "").padEnd(minDigits, "0");
    out = trimmed ? `${i}.${trimmed}` : `${i}`;
  }
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

/** sum / count rounded half away from zero to `digits` fraction digits. */
export function divideDecimal(sum: string, count: number | bigint, digits: number): string {
  const c = BigInt(count);
  if (c === 0n) return formatScaled({ units: 0n, scale: digits });
  const v = parseDecimal(sum);
  return formatScaled({ units: divRound(v.units * 10n ** BigInt(digits), c * 10n ** BigInt(v.scale)), scale: digits });
}

// Amounts as files write them. "1.234,56" becomes "1234.56" by moving
// characters, never through a JS number.

const PLAIN = /^(\d+)(?:\.(\d*))?$/;

/**
 * Reads an amount written with the given decimal separator and optional
 * thousands grouping ("1.234.567,89", "-0,10", "1,234.5", "12,34-").
 * Returns a canonical signed string with at least two decimals, or null.
 */
export function parseAmount(text: string, decimal: "," | "."): string | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-") || s.startsWith("\u2212")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  } else if (s.endsWith("-")) {
    // Some German exports write the sign after the number.
    negative = !negative;
    s = s.slice(0, -1);
  }
  const thousands = decimal === "," ? "." : ",";
  const [intPart = "", fracPart, extra] = s.split(decimal);
  if (extra !== undefined) return null;
  const groups = intPart.split(new RegExp(`[${thousands === "." ? "\\." : ","}']`));
  if (groups.length > 1 && !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  if (groups.length > 1 && !/^\d{1,3}$/.test(groups[0] ?? "")) return null;
  const digits = groups.join("");
  if (digits === "" && (fracPart === undefined || fracPart === "")) return null;
  const plain = `${digits === "" ? "0" : digits}${fracPart === undefined ? "" : `.${fracPart}`}`;
  return canonical(plain, negative);
}

/** Canonical form of an unsigned plain decimal ("007.5" -> "7.50"); null when not one. */
export function canonical(plain: string, negative = false): string | null {
  const m = PLAIN.exec(plain);
  if (!m) return null;
  const int = (m[1] ?? "0").replace(/^0+(?=\d)/, "");
  const frac = (m[2] ?? "").padEnd(2, "0");
  const isZero = /^0*$/.test(int + frac);
  return `${negative && !isZero ? "-" : ""}${int}.${frac}`;
}

/** Flips the sign of a canonical amount; zero stays unsigned. */
export function negate(amount: string): string {
  if (amount.startsWith("-")) return amount.slice(1);
  return /^[0.]*$/.test(amount) ? amount : `-${amount}`;
}

export function isNegative(amount: string): boolean {
  return amount.startsWith("-");
}

/** Exact sum of two amounts in canonical form (at least two decimals, zero unsigned). */
export function addAmounts(a: string, b: string): string {
  const sum = decimalAdd(a, b);
  const negative = sum.startsWith("-");
  return canonical(negative ? sum.slice(1) : sum, negative) ?? "0.00";
}
