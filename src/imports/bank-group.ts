// The banking group a German IBAN's bank code (BLZ) belongs to: the BLZ's
// fourth digit names it (5 Sparkassen and Landesbanken, 6 and 9 cooperative
// banks, 4 Commerzbank, 7 Deutsche Bank, 0 Bundesbank). A German MT940 or CAMT
// file may name its account only as "BLZ/Kontonummer" or an IBAN, so this is
// how such an account gets the name people ask for it by ("mein
// Sparkasse-Konto"). Only groups people call by one name are named, and a
// wrong bank's name is worse than none: 4 holds comdirect as well as
// Commerzbank, 7 Postbank as well as Deutsche Bank; among the cooperative
// banks (Volks- und Raiffeisenbanken: Volksbank Stuttgart 600 901 00,
// Berliner Volksbank 100 900 00) the Sparda-Banks (…905…, …965…, …605…,
// …908…) and PSD Banks (…909…) keep no name.
const GROUP_NAME: Readonly<Record<string, string>> = { "5": "Sparkasse", "6": "Volksbank", "9": "Volksbank" };
const NOT_A_VOLKSBANK = /^\d{3}(?:905|965|605|908|909)/;

/** "Sparkasse" for DE76 6115 0020 …, "Volksbank" for DE19 6009 0100 …; null for other banks and countries. */
export function germanBankGroup(iban: string | null | undefined): string | null {
  const compact = (iban ?? "").replace(/\s+/g, "").toUpperCase();
  if (!/^DE\d{20}$/.test(compact)) return null;
  // DE, two check digits, then the eight-digit BLZ.
  const blz = compact.slice(4, 12);
  const group = GROUP_NAME[blz[3]!] ?? null;
  return group === "Volksbank" && NOT_A_VOLKSBANK.test(blz) ? null : group;
}
