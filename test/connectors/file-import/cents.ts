// Exact sums for balance checks: decimal strings to integer cents, computed
// here independently of the parsers' own decimal code.
export function cents(amount: string): bigint {
  const [int = "0", frac = ""] = amount.replace("-", "").split(".");
  const value = BigInt(int) * 100n + BigInt(frac.padEnd(2, "0").slice(0, 2));
  return amount.startsWith("-") ? -value : value;
}

export function sumCents(amounts: readonly string[]): bigint {
  return amounts.reduce((sum, a) => sum + cents(a), 0n);
}
