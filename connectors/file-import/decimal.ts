// Amounts stay decimal strings from the file to the database: "1.234,56"
// becomes "1234.56" by moving characters, never through a JS number.
import type { DecimalSeparator } from "./types.ts";

const PLAIN = /^(\d+)(?:\.(\d*))?$/;

/**
 * Reads an amount written with the given decimal separator and optional
 * thousands grouping ("1.234.567,89", "-0,10", "1,234.5", "12,34-").
 * Returns a canonical signed string with at least two decimals, or null.
 */
export function parseAmount(text: string, decimal: DecimalSeparator): string | null {
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

export function negate(amount: string): string {
  if (amount.startsWith("-")) return amount.slice(1);
  return /^[0.]*$/.test(amount) ? amount : `-${amount}`;
}

export function isNegative(amount: string): boolean {
  return amount.startsWith("-");
}

/** Exact sum of two canonical decimals, via integers scaled to the longer fraction. */
export function addAmounts(a: string, b: string): string {
  const scale = Math.max(fractionDigits(a), fractionDigits(b));
  const total = toScaled(a, scale) + toScaled(b, scale);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, "0");
  const plain = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return canonical(plain, negative) ?? "0.00";
}

function fractionDigits(a: string): number {
  return a.split(".")[1]?.length ?? 0;
}

function toScaled(a: string, scale: number): bigint {
  const negative = a.startsWith("-");
  const [int = "0", frac = ""] = a.replace("-", "").split(".");
  const value = BigInt(int + frac.padEnd(scale, "0"));
  return negative ? -value : value;
}
