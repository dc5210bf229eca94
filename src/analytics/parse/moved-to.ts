// "wie viel habe ich an N26 überwiesen", "how much did I move to my Revolut",
// "Umbuchungen auf das Girokonto": money sent to one of the person's own
// accounts, i.e. what came in there from their other accounts (the top-ups
// of shapes.ts). Only an account the question names makes it so: "an Max
// überwiesen" is a payment to a person. Savings and card bills have their own
// readers, which run first.
import type { AccountHit } from "./accounts.ts";
import type { Scanner } from "./scanner.ts";

const ARTICLE = String.raw`(?:(?:mein|meine|meinen|meinem|meiner|das|die|den|dem|der|my|the|our)\s+)?`;
const TO = String.raw`(?:an|auf|aufs|zu|zum|zur|nach|ins|to|into|onto)`;
/** A verb and its preposition before the account: "moved to", "transferred money into", "Überweisungen an". */
const BEFORE = [
  new RegExp(String.raw`\b(?:transferr?(?:ed|ing)?|transfers?|moved?|moving|sent|send|sending|wired?|shifted|shift)\s+(?:(?:money|cash|funds|it)\s+)?(?:from\s+${ARTICLE})?(?:over\s+|across\s+)?(?:to|into|onto)\s+${ARTICLE}$`),
  new RegExp(String.raw`\b(?:uberweisungen|ueberweisungen|umbuchungen|transfers?)\s+${TO}\s+${ARTICLE}$`),
];
/** German puts the verb last: "an N26 überwiesen"; the preposition stands before the account. */
const DE_BEFORE = new RegExp(String.raw`\b${TO}\s+${ARTICLE}$`);
const DE_VERB = /^(?:\s+[\p{L}\p{N}]+){0,2}?\s+(uberwiesen|ueberwiesen|transferiert|geschickt|geschoben|umgebucht|gesendet|uberweisen|ueberweisen)\b/du;

/** The named accounts money was moved to, with the words that say so consumed; empty when the question says no such thing. */
export function takeMovedTo(scan: Scanner, hits: readonly AccountHit[]): AccountHit[] {
  const targets: AccountHit[] = [];
  for (const hit of hits) {
    const before = scan.remaining.slice(0, hit.start);
    const english = BEFORE.map((re) => re.exec(before)).find((m) => m !== null);
    if (english) {
      scan.consume(english.index, hit.start);
      targets.push(hit);
      continue;
    }
    const prep = DE_BEFORE.exec(before);
    const verb = prep ? DE_VERB.exec(scan.remaining.slice(hit.end)) : null;
    const at = verb?.indices?.[1];
    if (prep && at) {
      scan.consume(prep.index, hit.start);
      scan.consume(hit.end + at[0], hit.end + at[1]);
      targets.push(hit);
    }
  }
  return targets;
}
