// Pending rows over their life, as real exports show them (shared/bank-formats.md
// §0 rule 5): one person with five accounts exports three times over ten weeks
// (7 Aug, 14 Aug and 15 Sep 2026) and every export overlaps the one before.
// comdirect writes pending card rows as "offen" / "--", DKB new banking as
// "Vorgemerkt" with an empty Wertstellung, Sparkasse CSV-CAMT V2 as
// "Umsatz vorgemerkt", Revolut as PENDING (and a cancelled payment as REVERTED),
// and a Haspa camt.052 report as <Sts>PDNG</Sts>.
//
// Everything comes from one list of purchases. A purchase is authorised on one
// day, shown pending until it is booked (perhaps for another amount, later, with
// other text) or cancelled (the row vanishes). The expected answers are computed
// from this list alone: what was finally booked, and what is still pending at
// an export's date.
import { addDays, germanIban } from "../statement-kit.ts";

export type Acct = "comdirect" | "dkb" | "sparkasse" | "revolut" | "haspa";
export type Kind = "card" | "hotel" | "fuel" | "restaurant" | "order" | "refund" | "debit" | "salary" | "rent";

export interface Purchase {
  id: string;
  acct: Acct;
  kind: Kind;
  merchant: string; // what a person calls it
  authorised: string; // YYYY-MM-DD, the day of the purchase (pending row appears)
  authCents: number; // amount while pending (signed, negative = money out)
  booked?: string; // booking date; absent = still pending at the last export
  bookedCents?: number; // final amount (default authCents)
  cancelled?: string; // the authorisation was released that day, never booked
}

/** The three exports: date of export and first day each covers. */
export const EXPORTS = [
  { n: 1, date: "2026-08-07", from: "2026-07-01" },
  { n: 2, date: "2026-08-14", from: "2026-07-15" },
  { n: 3, date: "2026-09-15", from: "2026-08-01" },
] as const;
export type Export = (typeof EXPORTS)[number];

export const OPENING: Record<Acct, number> = { comdirect: 150_000, dkb: 250_000, sparkasse: 80_000, revolut: 30_000, haspa: 120_000 };

const p = (x: Purchase) => x;
export const PURCHASES: Purchase[] = [
  // comdirect Girokonto (Visa-Debitkarte)
  p({ id: "cd-rewe1", acct: "comdirect", kind: "card", merchant: "REWE", authorised: "2026-07-02", authCents: -4_567, booked: "2026-07-03" }),
  p({ id: "cd-amzn1", acct: "comdirect", kind: "card", merchant: "Amazon", authorised: "2026-07-13", authCents: -2_999, booked: "2026-07-14" }),
  p({ id: "cd-hotel", acct: "comdirect", kind: "hotel", merchant: "Motel One", authorised: "2026-08-05", authCents: -30_000, booked: "2026-08-11", bookedCents: -24_840 }),
  p({ id: "cd-dm", acct: "comdirect", kind: "card", merchant: "dm", authorised: "2026-08-06", authCents: -2_345, booked: "2026-08-10" }),
  p({ id: "cd-rewe2", acct: "comdirect", kind: "card", merchant: "REWE", authorised: "2026-08-19", authCents: -6_120, booked: "2026-08-20" }),
  p({ id: "cd-rewe3", acct: "comdirect", kind: "card", merchant: "REWE", authorised: "2026-09-01", authCents: -3_890, booked: "2026-09-02" }),
  p({ id: "cd-ikea", acct: "comdirect", kind: "card", merchant: "IKEA", authorised: "2026-09-14", authCents: -12_900 }),
  // DKB Girokonto
  p({ id: "dkb-rent7", acct: "dkb", kind: "rent", merchant: "Wohnbau Nord", authorised: "2026-07-01", authCents: -95_000, booked: "2026-07-01" }),
  p({ id: "dkb-edeka1", acct: "dkb", kind: "card", merchant: "EDEKA", authorised: "2026-07-09", authCents: -4_130, booked: "2026-07-10" }),
  p({ id: "dkb-zal1", acct: "dkb", kind: "card", merchant: "Zalando", authorised: "2026-07-21", authCents: -7_995, booked: "2026-07-22" }),
  p({ id: "dkb-sal7", acct: "dkb", kind: "salary", merchant: "ACME Software", authorised: "2026-07-30", authCents: 320_000, booked: "2026-07-30" }),
  p({ id: "dkb-rent8", acct: "dkb", kind: "rent", merchant: "Wohnbau Nord", authorised: "2026-08-03", authCents: -95_000, booked: "2026-08-03" }),
  p({ id: "dkb-zal2", acct: "dkb", kind: "order", merchant: "Zalando", authorised: "2026-08-05", authCents: -8_995, cancelled: "2026-08-09" }),
  p({ id: "dkb-fuel", acct: "dkb", kind: "fuel", merchant: "Aral", authorised: "2026-08-06", authCents: -15_000, booked: "2026-08-10", bookedCents: -6_327 }),
  p({ id: "dkb-resto", acct: "dkb", kind: "restaurant", merchant: "Trattoria Roma", authorised: "2026-08-06", authCents: -5_400, booked: "2026-08-10", bookedCents: -6_000 }),
  p({ id: "dkb-edeka2", acct: "dkb", kind: "card", merchant: "EDEKA", authorised: "2026-08-13", authCents: -3_210, booked: "2026-08-17" }),
  p({ id: "dkb-sal8", acct: "dkb", kind: "salary", merchant: "ACME Software", authorised: "2026-08-28", authCents: 320_000, booked: "2026-08-28" }),
  p({ id: "dkb-rent9", acct: "dkb", kind: "rent", merchant: "Wohnbau Nord", authorised: "2026-09-01", authCents: -95_000, booked: "2026-09-01" }),
  p({ id: "dkb-edeka3", acct: "dkb", kind: "card", merchant: "EDEKA", authorised: "2026-09-07", authCents: -2_780, booked: "2026-09-08" }),
  p({ id: "dkb-shell", acct: "dkb", kind: "fuel", merchant: "Shell", authorised: "2026-09-13", authCents: -10_000 }),
  p({ id: "dkb-resto2", acct: "dkb", kind: "restaurant", merchant: "Trattoria Roma", authorised: "2026-09-14", authCents: -3_850 }),
  // Sparkasse Girokonto (CSV-CAMT V2)
  p({ id: "spk-ross1", acct: "sparkasse", kind: "card", merchant: "Rossmann", authorised: "2026-07-04", authCents: -1_875, booked: "2026-07-06" }),
  p({ id: "spk-acme1", acct: "sparkasse", kind: "debit", merchant: "ACME Medien", authorised: "2026-07-15", authCents: -4_341, booked: "2026-07-15" }),
  p({ id: "spk-hotel", acct: "sparkasse", kind: "hotel", merchant: "Hotel am Steinplatz", authorised: "2026-08-03", authCents: -40_000, booked: "2026-08-10", bookedCents: -35_680 }),
  p({ id: "spk-ross2", acct: "sparkasse", kind: "card", merchant: "Rossmann", authorised: "2026-08-11", authCents: -2_210, booked: "2026-08-12" }),
  p({ id: "spk-acme2", acct: "sparkasse", kind: "debit", merchant: "ACME Medien", authorised: "2026-08-14", authCents: -4_341, booked: "2026-08-17" }),
  p({ id: "spk-ross3", acct: "sparkasse", kind: "card", merchant: "Rossmann", authorised: "2026-09-02", authCents: -1_560, booked: "2026-09-03" }),
  p({ id: "spk-bauhaus", acct: "sparkasse", kind: "card", merchant: "Bauhaus", authorised: "2026-09-15", authCents: -6_740 }),
  // Revolut (EUR current account)
  p({ id: "rev-uber1", acct: "revolut", kind: "card", merchant: "Uber Eats", authorised: "2026-07-08", authCents: -1_870, booked: "2026-07-09" }),
  p({ id: "rev-asos", acct: "revolut", kind: "card", merchant: "ASOS", authorised: "2026-07-25", authCents: -7_000, booked: "2026-07-26" }),
  p({ id: "rev-asosref", acct: "revolut", kind: "refund", merchant: "ASOS", authorised: "2026-08-06", authCents: 3_500, booked: "2026-08-12" }),
  p({ id: "rev-tickets", acct: "revolut", kind: "order", merchant: "Eventim", authorised: "2026-08-07", authCents: -4_990, cancelled: "2026-08-09" }),
  p({ id: "rev-lotte", acct: "revolut", kind: "restaurant", merchant: "Bistro Lotte", authorised: "2026-08-13", authCents: -4_000, booked: "2026-08-15", bookedCents: -4_600 }),
  p({ id: "rev-uber2", acct: "revolut", kind: "card", merchant: "Uber Eats", authorised: "2026-08-20", authCents: -2_230, booked: "2026-08-20" }),
  p({ id: "rev-uber3", acct: "revolut", kind: "card", merchant: "Uber Eats", authorised: "2026-09-14", authCents: -1_990 }),
  // Haspa (camt.052 account reports)
  p({ id: "haspa-voda1", acct: "haspa", kind: "debit", merchant: "Vodafone", authorised: "2026-08-12", authCents: -3_999, booked: "2026-08-12" }),
  p({ id: "haspa-saturn", acct: "haspa", kind: "card", merchant: "Saturn", authorised: "2026-08-13", authCents: -19_900, booked: "2026-08-17" }),
  p({ id: "haspa-voda2", acct: "haspa", kind: "debit", merchant: "Vodafone", authorised: "2026-09-11", authCents: -3_999, booked: "2026-09-11" }),
  p({ id: "haspa-hvv", acct: "haspa", kind: "card", merchant: "HVV", authorised: "2026-09-14", authCents: -5_800 }),
];

export const finalCents = (x: Purchase) => x.bookedCents ?? x.authCents;

/** How a purchase appears in an export made on `date`: booked, pending, or not at all. */
export function stateAt(x: Purchase, date: string): "booked" | "pending" | "none" {
  if (x.authorised > date) return "none";
  if (x.booked && x.booked <= date) return "booked";
  if (x.cancelled && x.cancelled <= date) return "none";
  return "pending";
}
export const pendingAt = (date: string) => PURCHASES.filter((x) => stateAt(x, date) === "pending");
export const bookedBy = (date: string) => PURCHASES.filter((x) => stateAt(x, date) === "booked");
/** Booked balance of an account at a date (what the bank states). */
export const balanceAt = (acct: Acct, date: string) => OPENING[acct] + bookedBy(date).filter((x) => x.acct === acct).reduce((a, x) => a + finalCents(x), 0);

/** The rows one export holds for an account. */
function rowsOf(acct: Acct, ex: Export) {
  return PURCHASES.filter((x) => x.acct === acct)
    .map((x) => ({ x, state: stateAt(x, ex.date) }))
    .filter(({ x, state }) => state === "pending" || (state === "booked" && x.booked! >= ex.from));
}

// ---------------------------------------------------------------- formatting
const pad = (n: number) => String(n).padStart(2, "0");
const ddmmyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`;
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
/** German amount: thousands dot, comma decimals; DKB drops trailing zeros, Sparkasse has no thousands dot. */
function deAmount(cents: number, o: { dropZeros?: boolean; noThousands?: boolean } = {}): string {
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (!o.noThousands) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (o.dropZeros) frac = frac.replace(/0+$/, "");
  return `${cents < 0 ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}
const dot = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;
/** A stable made-up reference per purchase (the same in every export). */
function ref(id: string, len: number, alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"): string {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let out = "";
  for (let i = 0; i < len; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
}
const newestFirst = <T extends { x: Purchase; state: string }>(rows: T[]) =>
  [...rows].sort((a, b) => {
    const da = a.state === "booked" ? a.x.booked! : "9999";
    const db = b.state === "booked" ? b.x.booked! : "9999";
    return da < db ? 1 : da > db ? -1 : a.x.authorised < b.x.authorised ? 1 : -1;
  });

export const NAME = "Jana Beispiel";
export const IBAN = {
  dkb: germanIban("12030000", "1020304050"),
  sparkasse: germanIban("20050550", "1234567890"),
  haspa: germanIban("20050550", "1011223344"),
  landlord: germanIban("10050000", "0190011223"),
  employer: germanIban("70020270", "0015550123"),
  acme: germanIban("37050198", "0000456789"),
  vodafone: germanIban("50010517", "0648489890"),
};

// ---------------------------------------------------------------- comdirect
const CD_TEXT: Record<string, { pending: string; booked: string }> = {
  "cd-rewe1": { pending: "REWE Markt GmbH//Hamburg/DE", booked: "REWE Markt GmbH, Hamburg DE" },
  "cd-amzn1": { pending: "Amazon.de*7K2LM91X0//AMAZON.DE/LU", booked: "Amazon.de*7K2LM91X0, AMAZON.DE LU" },
  "cd-hotel": { pending: "MOTEL ONE HAMBURG//HAMBURG/DE", booked: "MOTEL ONE HAMBURG-ALTST, HAMBURG DE" },
  "cd-dm": { pending: "DM DROGERIE MARKT//HAMBURG/DE", booked: "DM-Drogerie Markt 1234, Hamburg DE" },
  "cd-rewe2": { pending: "REWE Markt GmbH//Hamburg/DE", booked: "REWE Markt GmbH, Hamburg DE" },
  "cd-rewe3": { pending: "REWE Markt GmbH//Hamburg/DE", booked: "REWE Markt GmbH, Hamburg DE" },
  "cd-ikea": { pending: "IKEA Hamburg-Altona//HAMBURG/DE", booked: "IKEA Deutschland GmbH, Hamburg DE" },
};
function comdirectRow(x: Purchase, state: "booked" | "pending"): string[] {
  const t = CD_TEXT[x.id]!;
  if (state === "pending") {
    return ["offen", "--", "Kartenverfügung", `Kto/IBAN: 1234567890  Buchungstext: ${t.pending} ${x.authorised}T${pad(10 + (x.id.length % 9))}:${pad(x.id.length * 3)}:17 `, deAmount(x.authCents)];
  }
  return [ddmmyyyy(x.booked!), ddmmyyyy(x.booked!), "Kartenverfügung",
    ` Buchungstext: ${t.booked} Karte Nr. 4871 78XX XXXX 0417 Kartenzahlung comdirect Visa-Debitkarte ${x.authorised} 00:00:00 Ref. ${ref(x.id, 16)}/${ref(x.id, 5, "0123456789")}`,
    deAmount(finalCents(x))];
}

/** comdirect export, Windows-1252, every field quoted, every line ending in ';', CRLF (§1.1 comdirect). */
export function comdirectCsv(ex: Export): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const rows = newestFirst(rowsOf("comdirect", ex));
  const old = balanceAt("comdirect", addDays(ex.from, -1));
  const lines = [
    ";",
    q(["Umsätze Girokonto", `Zeitraum: ${ddmmyyyy(ex.from)} - ${ddmmyyyy(ex.date)}`]),
    q(["Neuer Kontostand", `${deAmount(balanceAt("comdirect", ex.date))} EUR`]),
    "",
    q(["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
    ...rows.map(({ x, state }) => q(comdirectRow(x, state as "booked" | "pending"))),
    "",
    q(["Alter Kontostand", `${deAmount(old)} EUR`]),
    "",
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

// ---------------------------------------------------------------- DKB new banking
const DKB_PAYEE: Record<string, string> = {
  "dkb-edeka1": "EDEKA Center Hamburg    Hamburg    DE",
  "dkb-zal1": "ZALANDO SE//BERLIN/DE",
  "dkb-zal2": "ZALANDO SE//BERLIN/DE",
  "dkb-fuel": "ARAL Station 2811//Hamburg/DE",
  "dkb-resto": "TRATTORIA ROMA//HAMBURG/DE",
  "dkb-edeka2": "EDEKA Center Hamburg    Hamburg    DE",
  "dkb-edeka3": "EDEKA Center Hamburg    Hamburg    DE",
  "dkb-shell": "Shell Deutschland 4711//Hamburg/DE",
  "dkb-resto2": "TRATTORIA ROMA//HAMBURG/DE",
};
function dkbRow(x: Purchase, state: "booked" | "pending"): string[] {
  const amount = deAmount(state === "booked" ? finalCents(x) : x.authCents, { dropZeros: true });
  if (x.kind === "rent") {
    const mm = `${x.booked!.slice(5, 7)}/${x.booked!.slice(0, 4)}`;
    return [ddmmyy(x.booked!), ddmmyy(x.booked!), "Gebucht", NAME, "Wohnbau Nord eG", `Miete ${mm} Whg. 2.OG rechts`, "Ausgang", IBAN.landlord, amount, "", "", "NOTPROVIDED"];
  }
  if (x.kind === "salary") {
    const mm = `${x.booked!.slice(5, 7)}/${x.booked!.slice(0, 4)}`;
    return [ddmmyy(x.booked!), ddmmyy(x.booked!), "Gebucht", "ACME Software GmbH", NAME, `Lohn und Gehalt ${mm}`, "Eingang", IBAN.employer, amount, "", "", ""];
  }
  const payee = DKB_PAYEE[x.id]!;
  if (state === "pending") {
    // DKB shows an authorisation dated the day it reached the account, Wertstellung empty.
    return [ddmmyy(x.authorised), "", "Vorgemerkt", "ISSUER", payee, `${x.authorised}T${pad(12 + (x.id.length % 8))}:${pad(x.id.length * 2)} Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)`, "Ausgang", "", amount, "", "", ref(x.id, 15, "0123456789")];
  }
  return [ddmmyy(x.booked!), ddmmyy(x.booked!), "Gebucht", "ISSUER", payee, `${x.authorised} Debitk.99 VISA Debit`, "Ausgang", "DE00123456780000000002", amount, "", "", ref(x.id, 15, "0123456789")];
}

/** DKB new banking, UTF-8 with BOM, all fields quoted, 4-line preamble (§1.1 DKB new). */
export function dkbCsv(ex: Export): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Girokonto", IBAN.dkb]),
    q(["Zeitraum:", `${ddmmyyyy(ex.from)} - ${ddmmyyyy(ex.date)}`]),
    q([`Kontostand vom ${ddmmyyyy(ex.date)}:`, `${deAmount(balanceAt("dkb", ex.date))} €`]),
    q([""]),
    q(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...newestFirst(rowsOf("dkb", ex)).map(({ x, state }) => q(dkbRow(x, state as "booked" | "pending"))),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

// ---------------------------------------------------------------- Sparkasse CSV-CAMT V2
const SPK_PAYEE: Record<string, string> = {
  "spk-ross1": "ROSSMANN 2295//HAMBURG/DE",
  "spk-ross2": "ROSSMANN 2295//HAMBURG/DE",
  "spk-ross3": "ROSSMANN 2295//HAMBURG/DE",
  "spk-hotel": "HOTEL AM STEINPLATZ//BERLIN/DE",
  "spk-bauhaus": "BAUHAUS GMBH//HAMBURG/DE",
};
function sparkasseRow(x: Purchase, state: "booked" | "pending"): string[] {
  const cents = state === "booked" ? finalCents(x) : x.authCents;
  const day = state === "booked" ? x.booked! : x.authorised;
  const info = state === "booked" ? "Umsatz gebucht" : "Umsatz vorgemerkt";
  if (x.kind === "debit") {
    // A direct debit announced ahead: pending with its future value date.
    const valuta = state === "booked" ? x.booked! : addDays(x.authorised, 3);
    return [IBAN.sparkasse, ddmmyy(day), ddmmyy(valuta), "FOLGELASTSCHRIFT", `KD 123456 RE ${x.authorised.slice(5, 7)}${x.authorised.slice(8)}`, "DE00ZZZ00000000001", "MANDAT001", `${x.authorised.replace(/-/g, "").slice(2)}0854-0000010`, "", "", "", "ACME Medien GmbH", IBAN.acme, "COBADEFFXXX", deAmount(cents, { noThousands: true }), "EUR", info];
  }
  // The hotel's pre-authorisation carries the check-out day as a future value date.
  const valuta = state === "booked" ? x.booked! : x.kind === "hotel" ? addDays(x.authorised, 2) : x.authorised;
  return [IBAN.sparkasse, ddmmyy(day), ddmmyy(valuta), "KARTENZAHLUNG", `${x.authorised}T14:55 Debitk.2 2027-12 `, "", "", ref(x.id, 26, "0123456789"), "", "", "", SPK_PAYEE[x.id]!, "DE00123456780000000003", "DAAEDEDDXXX", deAmount(cents, { noThousands: true }), "EUR", info];
}

/** Sparkasse CSV-CAMT V2: ISO-8859-1, all fields quoted, header on line 1, no balance (§1.1 Sparkasse). */
export function sparkasseCsv(ex: Export): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"]),
    ...newestFirst(rowsOf("sparkasse", ex)).map(({ x, state }) => q(sparkasseRow(x, state as "booked" | "pending"))),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
export const sparkasseName = (ex: Export) => `${ex.date.replace(/-/g, "")}-1234567890-umsatz.CSV`;

// ---------------------------------------------------------------- Revolut
const REV_TEXT: Record<string, { type: string; text: string }> = {
  "rev-uber1": { type: "Card Payment", text: "Uber Eats" },
  "rev-asos": { type: "Card Payment", text: "ASOS" },
  "rev-asosref": { type: "Card Refund", text: "ASOS" },
  "rev-tickets": { type: "Card Payment", text: "Eventim" },
  "rev-lotte": { type: "Card Payment", text: "Bistro Lotte" },
  "rev-uber2": { type: "Card Payment", text: "Uber Eats" },
  "rev-uber3": { type: "Card Payment", text: "Uber Eats" },
};
const revTime = (x: Purchase) => `${pad(11 + (x.id.length % 10))}:${pad(x.id.length * 4)}:${pad(x.id.length * 5)}`;

/**
 * Revolut account statement, UTF-8, ',' separated, ascending by start time
 * (§1.2 Revolut). PENDING rows have no completion date and no balance; a
 * payment cancelled before the export stays listed as REVERTED.
 */
export function revolutCsv(ex: Export): Buffer {
  const mine = PURCHASES.filter((x) => x.acct === "revolut" && x.authorised <= ex.date && x.authorised >= ex.from);
  const lines = ["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"];
  for (const x of [...mine].sort((a, b) => (a.authorised < b.authorised ? -1 : 1))) {
    const t = REV_TEXT[x.id]!;
    const started = `${x.authorised} ${revTime(x)}`;
    const state = stateAt(x, ex.date);
    if (state === "booked") {
      lines.push([t.type, "Current", started, `${x.booked} ${x.booked === x.authorised ? "23:10:31" : "06:50:58"}`, t.text, dot(finalCents(x)), "0.00", "EUR", "COMPLETED", dot(balanceAt("revolut", x.booked!))].join(","));
    } else if (state === "pending") {
      lines.push([t.type, "Current", started, "", t.text, dot(x.authCents), "0.00", "EUR", "PENDING", ""].join(","));
    } else if (x.cancelled) {
      lines.push([t.type, "Current", started, `${x.cancelled} 09:12:40`, t.text, dot(x.authCents), "0.00", "EUR", "REVERTED", ""].join(","));
    }
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
export const revolutName = (ex: Export) => `account-statement_${ex.from}_${ex.date}_en_${ref(String(ex.n), 6, "0123456789abcdef")}.csv`;

// ---------------------------------------------------------------- Haspa camt.052
const HASPA: Record<string, { party: string; text: string; btc: string }> = {
  "haspa-voda1": { party: "Vodafone GmbH", text: "Kundennr. 112233445 Rechnung 08/2026", btc: "NDDT+105+9248+992" },
  "haspa-saturn": { party: "SATURN HAMBURG//HAMBURG/DE", text: "2026-08-13T16:30 Debitk.1 2028-06", btc: "NMSC+106+9248+931" },
  "haspa-voda2": { party: "Vodafone GmbH", text: "Kundennr. 112233445 Rechnung 09/2026", btc: "NDDT+105+9248+992" },
  "haspa-hvv": { party: "HVV HAMBURGER VERKEHRSVERBUND//HAMBURG/DE", text: "2026-09-14T07:41 Debitk.1 2028-06", btc: "NMSC+106+9248+931" },
};
/**
 * Haspa account report camt.052.001.02 over the export's period (§2.1): PRCD and
 * CLBD balances, <Sts>BOOK</Sts> / <Sts>PDNG</Sts>, FI-UMSATZ-ID references on booked entries.
 */
export function haspaCamt052(ex: Export): Buffer {
  const rows = rowsOf("haspa", ex).sort((a, b) => (a.x.authorised < b.x.authorised ? -1 : 1));
  const bal = (tp: string, cents: number, date: string) => `      <Bal>
        <Tp><CdOrPrtry><Cd>${tp}</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">${dot(Math.abs(cents))}</Amt>
        <CdtDbtInd>${cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd>
        <Dt><Dt>${date}</Dt></Dt>
      </Bal>`;
  const entry = ({ x, state }: { x: Purchase; state: string }) => {
    const h = HASPA[x.id]!;
    const cents = state === "booked" ? finalCents(x) : x.authCents;
    const day = state === "booked" ? x.booked! : x.authorised;
    const refs = state === "booked" ? `
              <Prtry><Tp>FI-UMSATZ-ID</Tp><Ref>${day}-04.07.${pad(x.id.length)}.${ref(x.id, 6, "0123456789")}</Ref></Prtry>` : "";
    const debit = x.kind === "debit";
    return `      <Ntry>
        <Amt Ccy="EUR">${dot(Math.abs(cents))}</Amt>
        <CdtDbtInd>${cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd>
        <Sts>${state === "booked" ? "BOOK" : "PDNG"}</Sts>
        <BookgDt><Dt>${day}</Dt></BookgDt>
        <ValDt><Dt>${day}</Dt></ValDt>
        <BkTxCd>
          <Prtry><Cd>${h.btc}</Cd><Issr>DK</Issr></Prtry>
        </BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs>
              <EndToEndId>${debit ? ref(x.id, 20) : "NOTPROVIDED"}</EndToEndId>${debit ? `
              <MndtId>VF-112233445</MndtId>` : ""}${refs}
            </Refs>
            <BkTxCd>
              <Prtry><Cd>${h.btc}</Cd><Issr>DK</Issr></Prtry>
            </BkTxCd>
            <RltdPties>
              <Dbtr><Nm>${NAME}</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>${IBAN.haspa}</IBAN></Id></DbtrAcct>
              <Cdtr><Nm>${h.party}</Nm></Cdtr>${debit ? `
              <CdtrAcct><Id><IBAN>${IBAN.vodafone}</IBAN></Id></CdtrAcct>` : ""}
            </RltdPties>
            <RmtInf><Ustrd>${h.text}</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
        <AddtlNtryInf>${debit ? "FOLGELASTSCHRIFT" : "KARTENZAHLUNG"}</AddtlNtryInf>
      </Ntry>`;
  };
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02 camt.052.001.02.xsd">
  <BkToCstmrAcctRpt>
    <GrpHdr>
      <MsgId>camt52_${ex.date.replace(/-/g, "")}_${ref(`haspa${ex.n}`, 8, "0123456789")}</MsgId>
      <CreDtTm>${ex.date}T09:15:02.0+02:00</CreDtTm>
      <MsgPgntn><PgNb>1</PgNb><LastPgInd>true</LastPgInd></MsgPgntn>
    </GrpHdr>
    <Rpt>
      <Id>camt052_${ex.date.replace(/-/g, "")}_1</Id>
      <ElctrncSeqNb>${ex.n}</ElctrncSeqNb>
      <CreDtTm>${ex.date}T09:15:02.0+02:00</CreDtTm>
      <FrToDt><FrDtTm>${ex.from}T00:00:00.0+02:00</FrDtTm><ToDtTm>${ex.date}T23:59:59.0+02:00</ToDtTm></FrToDt>
      <Acct>
        <Id><IBAN>${IBAN.haspa}</IBAN></Id>
        <Ccy>EUR</Ccy>
        <Ownr><Nm>${NAME}</Nm></Ownr>
        <Svcr><FinInstnId><BIC>HASPDEHHXXX</BIC></FinInstnId></Svcr>
      </Acct>
${bal("PRCD", balanceAt("haspa", addDays(ex.from, -1)), addDays(ex.from, -1))}
${bal("CLBD", balanceAt("haspa", ex.date), ex.date)}
${rows.map(entry).join("\n")}
    </Rpt>
  </BkToCstmrAcctRpt>
</Document>
`;
  return Buffer.from(xml, "utf8");
}
export const haspaName = (ex: Export) => `camt_1011223344_${ddmmyyyy(ex.date)}.xml`;

// ---------------------------------------------------------------- expected figures
/** Money out that counts as spending (salary is income; a refund lowers spending). */
export const spendingOf = (xs: Purchase[], cents: (x: Purchase) => number = finalCents) => -xs.filter((x) => x.kind !== "salary").reduce((a, x) => a + cents(x), 0);
/**
 * Booked rows whose booking date falls in [from, to]. Revolut's export has a
 * start and a completion date; either may fairly be read as the row's date.
 */
export const bookedIn = (from: string, to: string, asOf: string, o: { revolutByStart?: boolean } = {}) =>
  bookedBy(asOf).filter((x) => {
    const d = o.revolutByStart && x.acct === "revolut" ? x.authorised : x.booked!;
    return d >= from && d <= to;
  });
/** Rows pending at `asOf` that were authorised in [from, to]. */
export const pendingIn = (from: string, to: string, asOf: string) => pendingAt(asOf).filter((x) => x.authorised >= from && x.authorised <= to);
