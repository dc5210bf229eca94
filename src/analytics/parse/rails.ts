// Payment rails named in a question: "zelle", "venmo", "paypal", "tikkie", "klarna".
// A row paid through one is usually named after whoever was paid ("ZELLE TO
// SMITH ALEX ON 10/13" is Smith Alex), so the rail is no merchant to filter
// by: the question searches the rows' text for it, and every payment made
// through it matches while each keeps its payee.
import type { Scanner } from "./scanner.ts";

// Buy-now-pay-later lenders are rails too: "Klarna Bank AB … Sofacompany Bestellung … Rate 1 von 3" was bought at the shop.
const RAIL = /\b(?:zelle|venmo|paypal|tikkie|cash\s?app|paylib|lydia|twint|bizum|satispay|swish|mobilepay|vipps|klarna|afterpay|clearpay|affirm|ratepay|sezzle)\b/;

/** The rail as the person typed it, consumed; undefined when the question names none. */
export function takeRail(scan: Scanner): string | undefined {
  const m = scan.take(RAIL);
  return m ? scan.originalSlice(m.index, m.index + m[0].length) : undefined;
}
