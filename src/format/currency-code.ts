// Currency codes beyond ISO 4217: fiat codes have three letters, crypto
// tickers up to twelve (USDT, 1INCH) and may contain digits. The database
// column is VARCHAR(12).
export const CURRENCY_CODE = /^[A-Z0-9]{2,12}$/;

export function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODE.test(value);
}

let iso: Set<string> | undefined;

/** An ISO 4217 currency this runtime's Intl knows (EUR, JPY), as opposed to a crypto ticker (BTC, USDT). */
export function isIsoCurrency(code: string): boolean {
  iso ??= new Set(Intl.supportedValuesOf("currency"));
  return iso.has(code);
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
