// Some banks name the export after the account when the file itself does
// not say which account it is: Chase "Chase4417_Activity20261128.CSV" (the
// account's last four digits, bank-formats.md §1.4) and Bank of America's card
// "October2018_9999.CSV". Those four digits then show which account it is and
// let a second export of the same account land in it.
import type { ParsedStatement, StatementPart } from "./types.ts";

const FROM_FILE_NAME: { profile: RegExp; file: RegExp }[] = [
  { profile: /^chase-/, file: /^chase(\d{4})_?activity/i },
  { profile: /^bofa-card$/, file: /^[a-z]+\d{4}_(\d{4})\.csv$/i },
];

/** The statement with the last four digits from its file name, when the file names no account. */
export function withFileNameAccount(s: ParsedStatement, fileName: string): ParsedStatement {
  const a = s.account;
  if (s.otherAccounts.length > 0 || a.iban || a.accountNumber || a.cardNumber) return s;
  const base = baseName(fileName);
  for (const { profile, file } of FROM_FILE_NAME) {
    const digits = s.profile && profile.test(s.profile) ? file.exec(base)?.[1] : undefined;
    if (digits) return { ...s, account: { ...a, cardNumber: `•••• ${digits}` } };
  }
  return s;
}

const baseName = (fileName: string) => fileName.replace(/^.*[/\\]/, "");

// comdirect's sections name only their product ("Girokonto", "Visa-Karte
// (Kreditkarte)"); the export is named after the Girokonto's ten-digit account
// number, the end of its IBAN: "umsaetze_0123456700_20260610.csv". That number
// is the Girokonto's; the file's other sections are that customer's Visa card
// and Tagesgeld, known by their product under it. A product the file shows
// twice, or a file without one Girokonto, stays unnamed: the number could be either's.
const COMDIRECT_FILE = /^umsaetze_(\d{10})(?!\d)/i;
const GIRO = /^(?:girokonto|verrechnungskonto)\b/i;

/** The comdirect statement with the account number its file name carries. */
export function withComdirectFileNumber(s: ParsedStatement, fileName: string): ParsedStatement {
  const number = COMDIRECT_FILE.exec(baseName(fileName))?.[1];
  if (!number) return s;
  const products = [s, ...s.otherAccounts].map((p) => p.account.product?.trim().toLowerCase() ?? "");
  const once = (product: string | undefined) => products.filter((p) => p === product?.trim().toLowerCase()).length === 1;
  if (products.filter((p) => GIRO.test(p)).length !== 1) return s;
  const named = (p: StatementPart): StatementPart => {
    const a = p.account;
    if (a.iban || a.accountNumber || a.cardNumber || !a.product || !once(a.product)) return p;
    return { ...p, account: GIRO.test(a.product) ? { ...a, accountNumber: number } : { ...a, heldUnder: number } };
  };
  return { ...s, account: named(s).account, otherAccounts: s.otherAccounts.map(named) };
}
