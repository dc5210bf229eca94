// What people call their bank instead of the name it prints: "bofa" for Bank
// of America, "cap one" for Capital One, "spk" for a Sparkasse. A short name
// finds the accounts whose name holds the bank's name, so "bofa balance" is
// the Bank of America account and not a question back. Matched on folded text.

export interface BankShortName {
  /** The short forms, as whole words. */
  said: RegExp;
  /** Account names of that bank. */
  named: RegExp;
}

export const BANK_SHORT_NAMES: readonly BankShortName[] = [
  // United States
  { said: /\b(?:bofa|boa|b\s*of\s*a|bk\s*of\s*america)\b/, named: /bank\s*of\s*america|\bbofa\b/ },
  { said: /\b(?:cap\s*one|capone|cap\s*1)\b/, named: /capital\s*one/ },
  { said: /\bwells\b/, named: /wells\s*fargo/ },
  { said: /\b(?:navy\s*fed|nfcu)\b/, named: /navy\s*federal/ },
  { said: /\bpenfed\b/, named: /pentagon\s*federal|penfed/ },
  { said: /\btd\b/, named: /\btd\b|toronto[\s-]*dominion/ },
  { said: /\bamex\b/, named: /american\s*express|\bamex\b/ },
  // United Kingdom and the Netherlands
  { said: /\brbs\b/, named: /royal\s*bank\s*of\s*scotland|\brbs\b/ },
  { said: /\brabo\b/, named: /rabobank/ },
  // France
  { said: /\b(?:bourso|boursorama|boursobank)\b/, named: /boursorama|boursobank/ },
  { said: /\b(?:socgen|societe\s*generale|la\s*generale)\b/, named: /societe\s*generale|\bsg\b/ },
  { said: /\b(?:lbp|la\s*banque\s*postale)\b/, named: /banque\s*postale/ },
  // Germany
  { said: /\bdb\b/, named: /deutsche\s*bank/ },
  { said: /\b(?:spk|ksk|sska|spaka)\b/, named: /sparkasse/ },
  { said: /\bhvb\b/, named: /hypo\s*vereinsbank|unicredit/ },
  { said: /\bcomdi\b/, named: /comdirect/ },
  { said: /\bconsors\b/, named: /consorsbank/ },
  { said: /\b(?:coba|commerz)\b/, named: /commerzbank/ },
  { said: /\b(?:voba|vr\s*bank)\b/, named: /volksbank|vr\s*bank/ },
  { said: /\braiba\b/, named: /raiffeisen/ },
  { said: /\b(?:diba|ing\s*diba)\b/, named: /\bing\b|diba/ },
];
