// "wie viel habe ich an N26 überwiesen", "how much did I move to my Revolut",
// "Umbuchungen auf das Girokonto": money sent to one of the person's own
// accounts, i.e. what came in there from their other accounts (the top-ups
// of shapes.ts). Only an account the question names makes it so: "an Max
// überwiesen" is a payment to a person. Savings and card bills have their own
// readers, which run first. An account named as where the money came from
// ("from DKB to N26", "von der DKB auf N26") narrows the moves to those from
// there; it is no second receiving account.
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
/** A second target joined to the one before: "to N26 and Revolut", "auf N26 und Tagesgeld". */
const JOINED = new RegExp(String.raw`^\s*(?:,|&|and|und|or|oder)\s+${ARTICLE}$`);
/** The source: "from DKB", "von der DKB", "vom Girokonto", "aus dem Tagesgeld". */
const FROM = new RegExp(String.raw`\b(?:from|von|vom|aus)\s+${ARTICLE}$`);

export interface Moves {
  /** The accounts money was moved to. */
  to: AccountHit[];
  /** The accounts it was moved from; only read beside a move. */
  from: AccountHit[];
}

/**
 * The named accounts money was moved to and from, with the words that say so
 * consumed; both empty when the question says no such thing. `topUp`: the
 * question already speaks of top-ups ("top up my N26 from DKB"), so an account
 * not named as the source is where the money went.
 */
export function takeMoves(scan: Scanner, hits: readonly AccountHit[], topUp = false): Moves {
  // Read before the targets: an English target's words run from the verb over "from DKB" to the target.
  const sources = hits.map((hit) => FROM.exec(scan.remaining.slice(0, hit.start)));
  const to: AccountHit[] = [];
  let lastTarget = -1;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const before = scan.remaining.slice(0, hit.start);
    if (lastTarget >= 0 && JOINED.test(before.slice(lastTarget))) {
      to.push(hit);
      lastTarget = hit.end;
      continue;
    }
    const english = BEFORE.map((re) => re.exec(before)).find((m) => m !== null);
    if (english) {
      scan.consume(english.index, hit.start);
      to.push(hit);
      lastTarget = hit.end;
      continue;
    }
    const prep = DE_BEFORE.exec(before);
    const verb = prep ? DE_VERB.exec(scan.remaining.slice(hit.end)) : null;
    const at = verb?.indices?.[1];
    if (prep && at) {
      scan.consume(prep.index, hit.start);
      scan.consume(hit.end + at[0], hit.end + at[1]);
      to.push(hit);
      lastTarget = hit.end;
    }
  }
  if (!to.length && !topUp) return { to, from: [] };
  const from: AccountHit[] = [];
  hits.forEach((hit, i) => {
    const m = sources[i];
    if (!m || to.includes(hit)) return;
    scan.consume(m.index, m.index + m[0].length);
    from.push(hit);
  });
  return { to: to.length ? to : hits.filter((h) => !from.includes(h)), from };
}
