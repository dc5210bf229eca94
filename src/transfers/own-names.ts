// The account holder's own name, learned from the bookings that already go to
// or come from one of the person's own IBANs ("Alex Beispiel" on a transfer to
// the own savings account). Some banks print only a name for a transfer
// (Revolut "To Alex Beispiel", Barclays "ALEX BEISPIEL SAVINGS"); when it is
// the holder's own name, the money stays with the person.
// Precision matters more than recall: only a full personal name (two to four
// words of letters) counts, and the holder-name fields US banks print on every
// ACH row ("INDN:JANE DOE", "IND NAME:") are never read.
import type { Prisma } from "../db/client.ts";
import { foldText, foldUmlauts } from "../categories/normalize.ts";
import { matchMerchantText } from "../categories/merchant-dictionary.ts";
import { compactIban } from "./own-ibans.ts";

const fold = (text: string) => foldUmlauts(foldText(text));

// Words that make a counterparty an account label or a firm, not a person ("Tagesgeld Alex",
// "Volksbank Stuttgart eG": a bank's legal form or a bank's name, "…bank", "…kasse"; "Univ of Cambridge Sport":
// an English "of", which joins a body's name and never a person's; "Stichting …", "… Stiftung": a foundation's legal form;
// "Akkerbouwbedrijf Ter Braak", "Loonbedrijf Hendriksen": the Dutch firm's own word, "…bedrijf").
const ACCOUNT_WORDS = /(^| )(of|konto|tagesgeld|sparkonto|savings|saving|account|spaar|rekening|epargne|livret|depot|pot|isa|bank|[a-z]+bank|[a-z]+kasse|card|karte|gmbh|mbh|ag|eg|kg|ohg|gbr|ug|se|ev|ltd|plc|llc|inc|bv|nv|sarl|sas|stichting|stiftung|vereniging|foundation|fondation|[a-z]+bedrijf)( |$)/;

/** A folded full name, or null when the text is not shaped like a person's name. */
export function personalName(text: string | null | undefined): string | null {
  // "ZETTLE_*BOEKH. HEYENDAAL": a card terminal's star names the shop behind it, never a person.
  if (!text || text.includes("*")) return null;
  const folded = fold(text);
  const words = folded.split(" ");
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => /^\p{L}{2,}$/u.test(w)) || ACCOUNT_WORDS.test(folded)) return null;
  if (matchMerchantText(text)) return null;
  return folded;
}

export interface NamedRow {
  counterpartyName?: string | null;
  counterpartyIban?: string | null;
}

/** The holder's names: counterparties of rows that go to or come from an own IBAN. */
export function ownNamesFrom(rows: Iterable<NamedRow>, ownIbans: ReadonlySet<string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const r of rows) {
    if (!r.counterpartyIban || !ownIbans.has(compactIban(r.counterpartyIban))) continue;
    const name = personalName(r.counterpartyName);
    if (name) names.add(name);
  }
  return names;
}

// Holder-name fields that name the account's owner on every row, whatever the booking is.
const HOLDER_FIELDS = /\b(?:INDN|IND NAME|IND ID|Card Holder(?: Full Name)?|Karteninhaber|Kontoinhaber)\s*:\s*\S+(?:\s+\S+){0,3}/gi;

/** True when a row names one of the holder's own names as its counterparty. */
export function namesOwnAccount(texts: readonly (string | null | undefined)[], ownNames: ReadonlySet<string>): boolean {
  if (ownNames.size === 0) return false;
  for (const text of texts) {
    if (!text) continue;
    const folded = ` ${fold(text.replace(HOLDER_FIELDS, " "))} `;
    for (const name of ownNames) if (folded.includes(` ${name} `)) return true;
  }
  return false;
}

/** The holder's names from what is stored: counterparties of transfers to or from own IBANs. */
export async function loadOwnNames(tx: Prisma.TransactionClient, userId: string, ownIbans: ReadonlySet<string>): Promise<ReadonlySet<string>> {
  if (ownIbans.size === 0) return new Set();
  const rows = await tx.transaction.findMany({
    where: { userId, counterpartyIban: { in: [...ownIbans] }, counterpartyName: { not: null } },
    select: { counterpartyName: true, counterpartyIban: true },
    distinct: ["counterpartyName"],
    take: 50,
  });
  return ownNamesFrom(rows, ownIbans);
}

// The holder's own words for an own account beside their name ("Alex Beispiel TO MY OWN PENSION POT", "an eigenes
// Tagesgeld", "naar eigen rekening", "vers mon propre livret"): no payer of pay or pension writes them.
const OWN_ACCOUNT_WORDS = /(^| )(my own|eigene[mnrs]?|eigen|mon propre|ma propre|mes propres)( |$)/;

/** True when a row names the holder and says in its own words that the money goes to or comes from an own account. */
export function saysOwnAccount(texts: readonly (string | null | undefined)[], ownNames: ReadonlySet<string>): boolean {
  // The words first: one test per text, where the names are looked for in each text one by one.
  return texts.some((t) => !!t && OWN_ACCOUNT_WORDS.test(fold(t))) && namesOwnAccount(texts, ownNames);
}
