// Who paid whom when a question names a person or firm: "wie viel hat Kaminski
// gezahlt", "payments from Aylin Demir", "wann kam die letzte Miete von
// Petersen" ask for money in from them; "how much deposit did we return to
// Petersen" for money out to them (not the Refunds category "return" names).
import type { Measure } from "../query-spec.ts";
import type { Scanner } from "./scanner.ts";

/** The name follows "from"/"von": the money came from them. */
const FROM_BEFORE = /\b(?:from|von|vom)\s+(?:der\s+|dem\s+|den\s+|the\s+)?$/;
/** "hat Kaminski gezahlt", "did Petersen pay": the name is who paid. */
const PAYER_BEFORE = /\b(?:hat|haben|did|has|have)\s+$/;
const PAID_VERB = /\b(?:gezahlt|bezahlt|uberwiesen|paid|pay|pays)\b/;
/** Words that say money went out whoever is named ("spent at", "ausgegeben bei"). */
const SPENT = /\b(?:spen[dt]|spending|ausgegeben|ausgaben|expenses?|kosten|gekostet|costs?|an|to)\b/;
/** The household as the one who paid. */
const HOUSEHOLD = /\b(?:i|we|ich|wir)\b/;
/** "wann kam die Miete", "kamen die Zahlungen": arrived, money in. */
export const CAME = /\b(?:kam|kamen)\b/;
/** "return the deposit to", "Kaution zurückgezahlt an": money handed back out, not a refund received. */
const RETURNED = /\b(?:return(?:ed)?|gave\s+back|give\s+back|zuruck(?:gezahlt|uberwiesen|gegeben))\b(?=.*\b(?:to|an)\s+\p{L})/u;

/** Takes "returned … to": true when money was handed back to someone. */
export function takeReturnedTo(scan: Scanner): boolean {
  return scan.take(RETURNED) !== null;
}

/**
 * The measure once the names are read: money in when a named payer paid or
 * money came from them, the measure read so far otherwise.
 */
export function payerMeasure(scan: Scanner, measure: Measure | undefined, names: readonly { start: number }[], cameIn: boolean): Measure | undefined {
  if (names.length === 0 || (measure !== undefined && measure !== "spending")) return measure;
  const text = scan.folded.text;
  // "wie viel haben wir an Petersen gezahlt", "what did we pay from …": the household paid, whoever is named.
  if (HOUSEHOLD.test(text)) return measure;
  if (names.some((n) => scan.follows(PAYER_BEFORE, n.start)) && PAID_VERB.test(text)) return "income";
  if (SPENT.test(text)) return measure;
  if (cameIn || names.some((n) => scan.follows(FROM_BEFORE, n.start))) return "income";
  return measure;
}
