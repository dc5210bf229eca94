// The one money formatter. Intl.NumberFormat.format accepts a decimal string
// and, since Node 19 (ICU "intl.NumberFormat v3"), formats it exactly, so no
// digit ever passes through a float — 12345678901234.56 stays intact.
import { isDecimal, decimalSign, decimalAbs, decimalCmp } from "./decimal.ts";
import { isIsoCurrency } from "./currency-code.ts";

export type MoneyLocale = "en" | "de";

export {
  decimalAdd,
  decimalSub,
  decimalSum,
  decimalCmp,
  decimalSign,
  decimalAbs,
  decimalNeg,
  decimalPercent,
  toMinorUnits,
  fromMinorUnits,
} from "./decimal.ts";

// English has no single "right" region: each currency is shown the way its
// home audience writes it (€1,234.50, £1,234.50, $1,234.50 rather than US$).
const EN_REGION: Record<string, string> = { EUR: "en-IE", GBP: "en-GB", USD: "en-US", CAD: "en-CA", AUD: "en-AU" };

export function intlLocale(locale: MoneyLocale, currency?: string): string {
  if (locale === "de") return "de-DE";
  return (currency && EN_REGION[currency]) || "en-IE";
}

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: MoneyLocale, currency: string, extra: Intl.NumberFormatOptions, key: string): Intl.NumberFormat {
  const id = `${locale}|${currency}|${key}`;
  let f = cache.get(id);
  if (!f) {
    // Intl throws on codes that are not three letters (USDT) and shows "BTC 0.50" for the rest, so
    // non-ISO codes are plain numbers with the code appended (see withCode).
    const style: Intl.NumberFormatOptions = isIsoCurrency(currency) ? { style: "currency", currency } : { style: "decimal" };
    f = new Intl.NumberFormat(intlLocale(locale, currency), { ...style, ...extra });
    cache.set(id, f);
  }
  return f;
}

function assertDecimal(amount: string): void {
  // Intl would also accept "1e3" or " 12 "; money strings must be plain decimals.
  if (!isDecimal(amount)) throw new RangeError(`not a decimal amount: ${JSON.stringify(amount)}`);
}

function digitOptions(amount: string, currency: string): { key: string; opts: Intl.NumberFormatOptions } {
  if (isIsoCurrency(currency)) return { key: "iso", opts: {} };
  const scale = Math.min(8, amount.replace(/0+$/, "").split(".")[1]?.length ?? 0);
  return { key: `crypto${scale}`, opts: { minimumFractionDigits: 0, maximumFractionDigits: scale } };
}

function withCode(text: string, currency: string): string {
  return isIsoCurrency(currency) ? text : `${text}\u00a0${currency}`;
}

// Intl's format() is typed for numbers, yet the spec (and Node 20) takes strings exactly.
type StringFormat = (value: string) => string;

/** "€1,234.50" (en) / "1.234,50 €" (de). `amount` is an exact decimal string. */
export function formatMoney(amount: string, currency: string, locale: MoneyLocale): string {
  assertDecimal(amount);
  const { key, opts } = digitOptions(amount, currency);
  return withCode((formatter(locale, currency, opts, key).format as unknown as StringFormat)(amount), currency);
}

/** Short form for chart axes: "€12K" / "12.345 €" / "1,2 Mio. €". Display only. */
export function formatMoneyCompact(amount: string, currency: string, locale: MoneyLocale): string {
  assertDecimal(amount);
  // German has no short word for thousands, and its compact form drops the separator ("1500 €"): below a million, the plain number grouped.
  const plainGerman = locale === "de" && decimalCmp(decimalAbs(amount), "1000000") < 0;
  const f = plainGerman
    ? formatter(locale, currency, { minimumFractionDigits: 0, maximumFractionDigits: 1, useGrouping: "always" } as Intl.NumberFormatOptions, "axis")
    : formatter(locale, currency, { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }, "compact");
  return withCode((f.format as unknown as StringFormat)(amount), currency);
}

/** Always signed, with a real minus: "+€12.00", "−12,00 €"; zero has no sign. */
export function formatSignedMoney(amount: string, currency: string, locale: MoneyLocale): string {
  const sign = decimalSign(amount);
  const body = formatMoney(decimalAbs(amount), currency, locale);
  if (sign === 0) return body;
  return `${sign > 0 ? "+" : "\u2212"}${body}`;
}

/** Plain numbers (counts) in the user's locale: "1,234" / "1.234". */
export function formatNumber(value: string | number, locale: MoneyLocale): string {
  const f = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 });
  return typeof value === "number" ? f.format(value) : (f.format as unknown as StringFormat)(value);
}
