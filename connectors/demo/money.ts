// Money stays in integer cents inside the generator; only the edge turns it
// into the decimal strings the connector contract asks for.

export function centsToDecimal(cents: number | bigint): string {
  if (typeof cents === "number" && !Number.isSafeInteger(cents)) throw new Error(`cents must be a safe integer: ${cents}`);
  const big = BigInt(cents);
  const sign = big < 0n ? "-" : "";
  const abs = big < 0n ? -big : big;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** Parses "-12.34" / "5" / "5.5" into integer cents without touching floats. */
export function decimalToCents(value: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) throw new Error(`not a 2-decimal amount: ${value}`);
  const cents = BigInt(m[2] ?? "0") * 100n + BigInt((m[3] ?? "0").padEnd(2, "0"));
  return m[1] === "-" ? -cents : cents;
}

/** Converts foreign cents with a rate given in millionths (921345 = 0.921345), rounding half away from zero. */
export function convertCents(foreignCents: number, rateMicros: number): number {
  const product = foreignCents * rateMicros; // stays far below 2^53 for card-sized amounts
  const sign = product < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(product) + 500_000) / 1_000_000);
}

/** A German IBAN with a valid ISO 7064 mod-97 check number. */
export function germanIban(blz: string, account: string): string {
  const bban = `${blz.padStart(8, "0").slice(-8)}${account.padStart(10, "0").slice(-10)}`;
  const check = 98 - mod97(`${bban}131400`); // "DE" = 13 14, then "00"
  return `DE${String(check).padStart(2, "0")}${bban}`;
}

export function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}

export function isValidIban(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return mod97(digits) === 1;
}
