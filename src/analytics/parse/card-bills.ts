// "How much did I pay off my credit card", "credit card payments this year",
// "Kreditkartenabrechnungen": the card bills, i.e. the own transfers that
// settle a credit card, counted on the paying side (analytics/card-bills.ts).
// Spending on the card is another question ("spent on my credit card").
// The words of the bill are crossed out with the generic card noun; a name
// between them ("towards my capital one card", "pay off my amex") stays for
// the account matcher, which makes it the card paid.
import type { Scanner } from "./scanner.ts";

/** Words that may stand between the verb and the card: a possessive and a name, never a preposition ("pay to Tesco on my card" is a purchase). */
const NAME = String.raw`(?<name>(?:\s+(?!(?:on|at|with|by|for|in|from|this|last|mit|bei|fur|im|am)\b)[\p{L}\p{N}'&.-]+){0,3}?)`;
const CARD = String.raw`(?:credit\s*cards?|cards?|amex|american\s+express|barclaycard)`;
/** The card noun itself is crossed out only when it names no account (an issuer's name is left for the account matcher). */
const GENERIC_CARD = /^\s*(?:credit\s*cards?|cards?)$/;

const PATTERNS: RegExp[] = [
  // "paid off my credit card", "pay towards my capital one card", "put money on the amex"
  new RegExp(String.raw`\b(?:pa(?:y|id|ying)|put|sent|send|transferr?(?:ed|ing)?)(?:\s+money)?\s+(?:(?:off|down|back)\s+)?(?:towards?|to|into|on|off)(?:\s+(?:my|the|our))?${NAME}\s+(?<card>${CARD})(?:\s+bills?)?\b`, "du"),
  // "credit card bills", "credit card payments", "card repayments"
  /\b(?:credit\s*cards?|card)\s+(?:bills?|repayments?|pay\s*offs?)\b/d,
  /\bcredit\s*cards?\s+payments?\b/d,
  // "payments to my capital one card"
  new RegExp(String.raw`\b(?:payments?|repayments?)\s+(?:to|towards|on|for)(?:\s+(?:my|the))?${NAME}\s+(?<card>${CARD})\b`, "du"),
  /\b(?:kredit)?kartenabrechnung(?:en)?\b/d,
  /\bkreditkartenrechnung(?:en)?\b/d,
  /\babrechnung(?:en)?\s+(?:der\s+|meiner\s+|von\s+der\s+)?(?:kredit)?karte\b/d,
  /\b(?:die\s+|meine\s+)?kreditkarte\s+(?:ausgeglichen|beglichen|abbezahlt|zuruckgezahlt)\b/d,
];

/** Consumes the words of a card-bill question and says where they were, if anywhere. */
export function takeCardBill(scan: Scanner): { start: number; end: number } | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(scan.remaining);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    const keep = [m.indices?.groups?.name, GENERIC_CARD.test(m.groups?.card ?? "") ? undefined : m.indices?.groups?.card].filter(
      (r): r is [number, number] => r !== undefined && r[1] > r[0],
    );
    let from = start;
    for (const [a, b] of keep.sort((x, y) => x[0] - y[0])) {
      scan.consume(from, a);
      from = b;
    }
    scan.consume(from, end);
    return { start, end };
  }
  return undefined;
}
