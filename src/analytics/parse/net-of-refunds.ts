// "amazon net of refunds", "abzüglich Erstattungen": spending with the money
// that came back taken off, which is what spending already is (refunds lower
// it). The words name no Refunds category and no net of income and spending.
import type { Scanner } from "./scanner.ts";

const REFUNDS = String.raw`(?:refunds?|returns?|reimbursements?|chargebacks?|(?:ruck)?erstattung(?:en)?|gutschriften|retouren|ruckbuchungen)`;

const NET_OF_REFUNDS = new RegExp(
  String.raw`\b(?:net\s+of|after|minus|less|with(?:out)?\s+the|deducting|abzuglich(?:\s+der)?|nach(?:\s+abzug)?(?:\s+der|\s+von)?|minus\s+der|ohne\s+die)\s+(?:all\s+|any\s+|the\s+|alle[rn]?\s+)?${REFUNDS}(?:\s+(?:deducted|subtracted|taken\s+off|included|abgezogen|eingerechnet))?\b` +
    String.raw`|\b${REFUNDS}\s+(?:deducted|subtracted|taken\s+off|netted(?:\s+out)?|abgezogen|eingerechnet|verrechnet)\b`,
);

/** Whether the question asks for spending net of refunds; the words are consumed. */
export function takeNetOfRefunds(scan: Scanner): boolean {
  return scan.take(NET_OF_REFUNDS) !== null;
}
