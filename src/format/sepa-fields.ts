// The keys of a SEPA payment's purpose fields as German banks print them (DFÜ-Abkommen, Anlage 3): "EREF+…", "SVWZ+…"
// run together in MT940 and CSV-MT940 exports, "EREF: …" in Atruvia's CSV. One list, so every reader stops at the same keys.

export const SEPA_FIELD_KEYS = ["EREF", "KREF", "MREF", "CRED", "DEBT", "COAM", "OAMT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "PURP", "SQTP", "BREF", "RREF"] as const;

/** The keys as one regular-expression alternation, optionally without some ("EREF|KREF|…"). */
export function sepaKeyAlternation(except: readonly string[] = []): string {
  return SEPA_FIELD_KEYS.filter((k) => !except.includes(k)).join("|");
}
