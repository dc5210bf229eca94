// Exact decimal strings for money. DuckDB hands DECIMALs back as strings;
// these helpers keep them exact (BigInt) and only shape them at the edge.

interface Scaled {
  units: bigint;
  scale: number;
}

export function parseDecimal(s: string): Scaled {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s.trim());
  if (!m) throw new Error(`not a decimal: ${s}`);
  const [, sign, intPart = "", fracPart = "", exp = "0"] = m;
  let digits = `${intPart}${fracPart}`.replace(/^0+(?=\d)/, "") || "0";
  let scale = fracPart.length - Number(exp);
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits);
  return { units: sign === "-" ? -units : units, scale };
}

function rescale(v: Scaled, scale: number): bigint {
  return scale >= v.scale ? v.units * 10n ** BigInt(scale - v.scale) : divRound(v.units, 10n ** BigInt(v.scale - scale));
}

/** Integer division rounding half away from zero (what PostgreSQL's round() does). */
function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return neg ? -q : q;
}

function render(units: bigint, scale: number): string {
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(scale + 1, "0");
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${neg ? "-" : ""}${int}${scale > 0 ? `.${frac}` : ""}`;
}

/**
 * Exact value with at least `minDigits` fraction digits and no trailing zeros
 * beyond them: "12.30000000" → "12.30" for EUR, "0.00012300" stays "0.000123".
 */
export function normalizeDecimal(s: string, minDigits: number): string {
  const v = parseDecimal(s);
  let out = render(v.units, v.scale);
  if (v.scale < minDigits) out = render(rescale(v, minDigits), minDigits);
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
  if (c === 0n) return render(0n, digits);
  const v = parseDecimal(sum);
  const scaledUp = v.units * 10n ** BigInt(digits);
  return render(divRound(scaledUp, c * 10n ** BigInt(v.scale)), digits);
}

export function compareDecimal(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const s = Math.max(x.scale, y.scale);
  const d = rescale(x, s) - rescale(y, s);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

const minorCache = new Map<string, number>();

/** Fraction digits of a currency's minor unit (EUR 2, JPY 0); 2 when unknown. */
export function minorDigits(currency: string): number {
  let d = minorCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      d = 2; // not an ISO code Intl knows (e.g. a crypto ticker)
    }
    minorCache.set(currency, d);
  }
  return d;
}
