// Some banks name the export after the account when the file itself does
// not say which account it is: Chase "Chase4417_Activity20261128.CSV" (the
// account's last four digits, bank-formats.md §1.4) and Bank of America's card
// "October2018_9999.CSV". Those four digits then show which account it is and
// let a second export of the same account land in it.
import type { ParsedStatement } from "./types.ts";

const FROM_FILE_NAME: { profile: RegExp; file: RegExp }[] = [
  { profile: /^chase-/, file: /^chase(\d{4})_?activity/i },
  { profile: /^bofa-card$/, file: /^[a-z]+\d{4}_(\d{4})\.csv$/i },
];

/** The statement with the last four digits from its file name, when the file names no account. */
export function withFileNameAccount(s: ParsedStatement, fileName: string): ParsedStatement {
  const a = s.account;
  if (s.otherAccounts.length > 0 || a.iban || a.accountNumber || a.cardNumber) return s;
  const base = fileName.replace(/^.*[/\\]/, "");
  for (const { profile, file } of FROM_FILE_NAME) {
    const digits = s.profile && profile.test(s.profile) ? file.exec(base)?.[1] : undefined;
    if (digits) return { ...s, account: { ...a, cardNumber: `•••• ${digits}` } };
  }
  return s;
}
