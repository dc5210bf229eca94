// The contract between the FX module (ECB euro reference rates, cached in
// PostgreSQL) and everything that converts money: totals in answers, holdings
// valued in the base currency, net worth. Amounts and rates are decimal
// strings; conversion is exact decimal arithmetic, never floats.

/** One published rate: 1 unit of `from` = `rate` units of `to`, as published on `publishedOn`. */
export interface FxRate {
  from: string;
  to: string;
  /** Decimal string, e.g. "1.0832". */
  rate: string;
  /** ISO date (YYYY-MM-DD) of the publication the rate comes from; earlier than the asked date on weekends and holidays. */
  publishedOn: string;
  /** Where it came from, e.g. "ECB". */
  source: string;
}

export interface FxRates {
  /**
   * The rate for `date` (ISO YYYY-MM-DD), falling back to the last publication on or before it
   * (weekends, holidays, today before ~16:00 CET). Null when neither currency pair can be derived
   * (e.g. a currency that is not in the reference rates, or no data at or before `date`).
   */
  rateOn(from: string, to: string, date: string): Promise<FxRate | null>;
  /** Converts a decimal string amount; null when no rate. Result keeps enough scale (rounded by the caller for display). */
  convert(amount: string, from: string, to: string, date: string): Promise<{ amount: string; rate: FxRate } | null>;
  /** ISO date of the newest publication cached, or null when nothing is cached (rates server never reached). */
  latestPublication(): Promise<string | null>;
}
