// Two questions whose subject is not where money was spent or who paid:
//  - money sent to a country ("in die Türkei geschickt", "Überweisungen in die Türkei", "sent to Poland"):
//    the country is where it went (../sent-to.ts), not where a card was used;
//  - whose pay ("wie viel hat Aylin verdient", "how much did Tom earn"): the name is the earner
//    (../earner.ts), not a payer to search for.
import { CATEGORY_SYNONYMS } from "../../categories/synonyms.ts";
import { TOPIC_SYNONYMS } from "../topics.ts";
import { fold } from "./fold.ts";
import type { Scanner } from "./scanner.ts";

const BANK_TRANSFER = /\b(?:uberweisungen|uberweisung|ueberweisungen|ueberweisung|uberwiesen|ueberwiesen|uberweisen|ueberweisen|bank\s+transfers?|wire\s+transfers?|wired|wires)\b/;
const SENT = /\b(?:geschickt|schicken|geschickte|gesendet|gesandt|senden|sent|send|sending|remitted|remittances?|transfers?|transferred|transferiert)\b/;

/** With a country named: whether the question asks what was sent there, and by bank transfer only; the words consumed. */
export function takeSentVerb(scan: Scanner): { bankTransfers: boolean } | undefined {
  if (scan.take(BANK_TRANSFER)) {
    while (scan.take(BANK_TRANSFER));
    return { bankTransfers: true };
  }
  if (scan.take(SENT)) return { bankTransfers: false };
  return undefined;
}

/** Pronouns and articles that stand where a name would: "hat er verdient", "did we earn", "has my wife earned". */
const NOT_A_NAME = new Set([
  "er", "sie", "es", "man", "ich", "wir", "du", "ihr", "mein", "meine", "meiner", "unser", "unsere", "die", "der", "das", "den", "i", "we", "you", "he",
  "she", "they", "it", "my", "our", "the", "his", "her", "their", "this", "that", "insgesamt", "jeder", "each", "everyone", "mehr", "more", "most",
]);
const EARNED = new RegExp(String.raw`\b(?:hat|has|did|does|have|haben)\s+(\p{L}{2,})\s+(?:(?:\S+\s+){0,4}?)(?:verdient|earn|earned|earns|make|made|makes)\b`, "du");

/** Accounts and what Kontor files money under earn too ("how much interest did savings earn"): no person's name. */
const NOT_A_PERSON = new Set([
  ...[...Object.values(CATEGORY_SYNONYMS), ...Object.values(TOPIC_SYNONYMS)].flat().filter((w) => !w.includes(" ")).map((w) => fold(w.replace(/\*/g, ""))),
  "savings", "saving", "checking", "account", "accounts", "konto", "konten", "sparkonto", "tagesgeld", "festgeld", "depot", "portfolio", "card", "karte",
  "stocks", "aktien", "etf", "etfs", "fund", "funds", "money", "geld", "investments", "bank",
]);

/** The name of "how much did Aylin earn", consumed (the earning verb stays for the measure), in the person's spelling. */
export function takeEarner(scan: Scanner): string | undefined {
  const m = EARNED.exec(scan.remaining);
  const span = m?.indices?.[1];
  if (!m || !span || NOT_A_NAME.has(m[1]!) || NOT_A_PERSON.has(m[1]!)) return undefined;
  scan.consume(span[0], span[1]);
  const name = scan.originalSlice(span[0], span[1]);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
