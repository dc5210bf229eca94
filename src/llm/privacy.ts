// The one place that decides what of a user's data may leave the machine for
// the LLM. Every string that goes into a prompt passes through scrubText;
// lists are capped so a large ledger cannot flood a prompt (or a bill).

export const LIMITS = {
  merchants: 200,
  accounts: 50,
  categories: 100,
  rows: 50,
  /** Merchant, account and row labels; QuerySpec allows merchant names up to 120 characters. */
  name: 120,
  /** Question and "reading" text. */
  text: 500,
} as const;

// E-mails first: their local part may hold digits the number rule would half-eat.
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
// Country code and check digits, then the BBAN written compact or in groups of
// four (as statements print it). The country code is upper case on purpose:
// "ab12 Miete" in a question should not turn into a redaction.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b/g;
// Card numbers as 4-4-4-4 with dashes; spaced or compact ones fall under LONG_NUMBER.
const DASHED_CARD = /\b\d{4}(?:-\d{4}){2,4}\b/g;
// Eight or more digits, optionally split by single spaces: account and card
// numbers. Dashes are left alone so ISO dates (2026-10-01) survive.
const LONG_NUMBER = /\d(?: ?\d){7,}/g;
// Line breaks and other control characters would let a label or question fake
// a line structure ("SYSTEM: ...") inside a prompt; nothing here needs them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** Removes IBANs, account/card numbers and e-mail addresses, and caps the length. */
export function scrubText(text: string, max: number = LIMITS.name): string {
  const clean = text
    .replace(CONTROL, " ")
    .replace(EMAIL, "[email]")
    .replace(IBAN, "[iban]")
    .replace(DASHED_CARD, "[number]")
    .replace(LONG_NUMBER, "[number]")
    .replace(/ {2,}/g, " ")
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Scrubs each entry, drops empties and duplicates, and keeps at most maxItems. */
export function scrubList(items: readonly string[], maxItems: number, max: number = LIMITS.name): string[] {
  const out = new Set<string>();
  for (const item of items) {
    if (out.size >= maxItems) break;
    const clean = scrubText(item, max);
    if (clean) out.add(clean);
  }
  return [...out];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Computed amounts pass unchanged (a total of 12345678.90 is not an account
 * number); anything else in a value slot is treated as text.
 */
export function scrubAmount(value: string): string {
  const v = value.trim();
  return DECIMAL.test(v) ? v : scrubText(v, 40);
}
