// A US bank account's OFX names its bank by the ABA routing number in
// BANKACCTFROM/BANKID; the sign-on's ORG is often a code ("B1", "C1") that
// names nothing. The routing numbers of the banks most people download from,
// each as the bank publishes it for its accounts.
const ROUTING_BANKS: Readonly<Record<string, string>> = {
  "021000021": "Chase",
  "026009593": "Bank of America",
  "121000358": "Bank of America",
  "121000248": "Wells Fargo",
  "021000089": "Citibank",
  "031176110": "Capital One",
  "124003116": "Ally Bank",
  "091000022": "U.S. Bank",
  "043000096": "PNC Bank",
  "121202211": "Charles Schwab Bank",
  "031100649": "Discover Bank",
  "031101266": "TD Bank",
};

/** The bank of a nine-digit routing number, when it is one of the banks above. */
export function bankOfRoutingNumber(bankId: string | null | undefined): string | undefined {
  const digits = bankId?.replace(/\s/g, "");
  return digits && /^\d{9}$/.test(digits) ? ROUTING_BANKS[digits] : undefined;
}
