// The bank's own code for what kind of booking a row is: the GVC of a German
// MT940 :86: field ("805" Abschluss), the DK code CAMT carries in
// BkTxCd/Prtry ("NMSC+805+9999+000"), and the ISO 20022 domain code in
// BkTxCd/Domn ("ACMT/MDOP/CHRG", "PMNT/CCRD/CWDL"); bank-formats.md §2.1, §2.2.
// The code is the bank speaking about its own booking, so it outranks whatever
// the counterparty's name or its other rows suggest: the bank names itself as
// the counterparty of both its fees and its cash machine's withdrawals.
// Only codes whose meaning the samples confirm are read (a generated GVC
// table maps 805 to "Dauerauftrag"; see bank-formats.md §2.2).

// GVC: 805 Abschluss (Zinsen/Entgelte), 808 Gebühren; 083 Barauszahlung (006 also names "Sonstiger Einzug", so not it).
const GVC: Readonly<Record<string, string>> = { "805": "fees", "808": "fees", "083": "cash" };
// ISO 20022 sub-family codes: CHRG charges, CWDL cash withdrawal.
const SUB_FAMILY: Readonly<Record<string, string>> = { CHRG: "fees", CWDL: "cash" };

/** The parts of a stored row's raw payload that carry booking codes (MT940: gvc; CAMT: bankCode, domainCode). */
export interface BookingCodes {
  gvc?: unknown;
  bankCode?: unknown;
  domainCode?: unknown;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** The GVC of a DK proprietary code "NDDT+105+9248+992", or a bare three-digit GVC. */
function gvcOf(code: string | null): string | null {
  if (!code) return null;
  const m = /^(?:[A-Z]{4}\+)?(\d{3})(?:\+|$)/.exec(code);
  return m ? m[1]! : null;
}

/** "fees" or "cash" when the bank's code says so, null when it says nothing (or nothing Kontor reads). */
export function bookingCodeCategory(codes: BookingCodes | null | undefined, amountSign: -1 | 0 | 1): string | null {
  if (!codes || amountSign >= 0) return null;
  const gvc = gvcOf(str(codes.gvc)) ?? gvcOf(str(codes.bankCode));
  if (gvc && GVC[gvc]) return GVC[gvc]!;
  const sub = str(codes.domainCode)?.split("/")[2];
  return sub ? (SUB_FAMILY[sub] ?? null) : null;
}

/** The code fields of a connector's raw payload, when it is an object. */
export function bookingCodesOf(raw: unknown): BookingCodes | null {
  return raw && typeof raw === "object" ? (raw as BookingCodes) : null;
}
