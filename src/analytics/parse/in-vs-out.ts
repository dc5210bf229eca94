// "income vs spending", "Einnahmen und Ausgaben", "money in vs money out":
// both figures side by side, each computed as its own question would be
// (spending leaves cash withdrawals out), with what is left over beneath.
// "income minus spending" asks for the difference alone (measure-lexicon.ts).
import type { Scanner } from "./scanner.ts";

export type Flow = "income" | "spending";

const IN = String.raw`(?:income|earnings|einnahmen|eingange|einkommen)`;
const OUT = String.raw`(?:expenses|expenditures?|spending|spendings|outgoings|ausgaben)`;
const JOIN = String.raw`(?:vs\.?|versus|and|against|compared\s+(?:to|with)|und|gegen|gegenuber|im\s+vergleich\s+zu|verglichen\s+mit|&|\/)`;

const PATTERNS: { re: RegExp; order: Flow[] }[] = [
  { re: new RegExp(String.raw`\b${IN}\s*${JOIN}\s*${OUT}\b`), order: ["income", "spending"] },
  { re: new RegExp(String.raw`\b${OUT}\s*${JOIN}\s*${IN}\b`), order: ["spending", "income"] },
  { re: new RegExp(String.raw`\b(?:money\s+)?in\s*(?:vs\.?|versus|and|&|\/)\s*(?:money\s+)?out\b`), order: ["income", "spending"] },
];

/** The two flows in the order the question names them, consumed; null when it asks for no such pair. */
export function takeIncomeVsSpending(scan: Scanner): Flow[] | null {
  for (const { re, order } of PATTERNS) if (scan.take(re)) return order;
  return null;
}
