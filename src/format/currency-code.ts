// Currency codes beyond ISO 4217: fiat codes have three letters, crypto
// tickers up to twelve (USDT, 1INCH) and may contain digits. The database
// column is VARCHAR(12).
export const CURRENCY_CODE = /^[A-Z0-9]{2,12}$/;

export function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODE.test(value);
}
