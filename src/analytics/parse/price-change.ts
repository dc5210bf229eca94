// "did Netflix get more expensive", "ist Netflix teurer geworden", "how much
// did my salary go up", "wann kam die Gehaltserhöhung": a question about the
// amount of a payment that repeats, not about a sum. The words are crossed out
// so that no measure or period is read into them.
import type { Scanner } from "./scanner.ts";

const CHANGE = [
  /\b(?:more|less)\s+expensive\b|\b(?:pricier|dearer|cheaper)\b/,
  /\bprice\s+(?:rise|raise|increase|hike|change|drop|cut)s?\b|\b(?:raised|increased|cut|lowered|changed)\s+(?:the|its|their|his|her)\s+price\b/,
  /\b(?:go|goes|gone|went|going)\s+(?:up|down)\b/,
  /\bhow\s+much\s+(?:did|has|have)\s+(?:my|the|our)?\s*[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:increase|rise|grow|change)d?\b/u,
  /\b(?:teurer|billiger|gunstiger)\b/,
  /\bpreis(?:erhohung|anstieg|senkung|anderung)\w*\b/,
  /\b(?:erhoht|gestiegen|gesunken|angehoben|gesenkt|mehr\s+geworden|weniger\s+geworden)\b/,
];
// A raise is the salary's, whether or not the question names it ("when did I get a raise", "Gehaltserhöhung").
const RAISE = [/\b(?:get|got|had)\s+a\s+(?:pay\s+)?(?:raise|rise)\b|\bpay\s+(?:raise|rise)\b|\bsalary\s+(?:raise|increase)\b/, /\b(?:gehalts|lohn)?erhohung\w*\b/];

/**
 * "amount" (the words crossed out) when the question asks whether, or by how much, an amount changed;
 * "raise" when it asks about a raise, whose subject is the salary.
 */
export function takePriceChange(scan: Scanner): "amount" | "raise" | false {
  let hit: "amount" | "raise" | false = false;
  for (const re of RAISE) if (scan.take(re)) hit = "raise";
  for (const re of CHANGE) if (scan.take(re)) hit ||= "amount";
  return hit;
}
