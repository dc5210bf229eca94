// Ten months (January to October 2026) of one person's money in Germany, plus
// November for a later, overlapping export, written as the banks' own files
// (/work/shared/bank-formats.md §1.1): DKB new banking (UTF-8 with BOM,
// DD.MM.YY, trailing zeros dropped, counterparty IBAN column) and comdirect
// (Windows-1252, every field quoted, every line ending in ';'). Descriptors
// follow §3: REWE with store numbers, EDEKA space-padded, Amazon three ways
// plus a refund, PayPal purchases, one bakery printed three ways, a landlord
// paid by standing order, Stadtwerke, a gym, salary, and money moved between
// the two own accounts. The same events give every expected figure.
import { addDays, germanIban } from "../statement-kit.ts";

export type Acct = "dkb" | "comdirect";

export type Who =
  | "rewe" | "edeka" | "krause" | "rossi" | "amazon" | "paypal-uber" | "paypal-google"
  | "landlord" | "hausverwaltung" | "stadtwerke" | "gym" | "gym-bar" | "hofladen" | "picnic" | "spaeti" | "tchibo" | "salary" | "own-transfer" | "broker-savings"
  | "paypal-topup" | "concert-out" | "concert-in";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer minor units, negative = money out
  who: Who;
  /** How the bank printed the merchant (for the bakery: one of three shapes). */
  shape?: string;
  row: string[]; // the bank's cells in header order
}

export const NAME = "Jonas Berger";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  dkb: germanIban("12030000", "1034567890"),
  comdirect: germanIban("20041133", "0345678901"),
  landlord: germanIban("10050000", "0612345678"),
  employer: germanIban("70020270", "0015550777"),
  stadtwerke: germanIban("37050198", "0000456700"),
  gym: germanIban("43060967", "1122334455"),
  broker: germanIban("10012345", "1234567890"),
  hausverwaltung: germanIban("10050000", "0698765432"),
  lisa: germanIban("50010517", "0987654321"),
  tom: germanIban("43060967", "4455667788"),
  paypal: "LU89751000135104200E",
};

/** mulberry32: a small seeded generator, so the files are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Banks book on weekdays: Saturday and Sunday move to Monday. */
function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
/** Salary on the 25th, or the Friday before. */
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
export const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
export const ddmmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** German amount: thousands dot, comma decimals; DKB drops trailing zeros ("-39,9", "-1.150"). */
export function deAmount(cents: number, opts: { dropZeros?: boolean } = {}): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${cents < 0 ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}

export const FIRST_MONTH = 1; // January 2026
export const LAST_INITIAL = "2026-10-31";
export const LAST_LATER = "2026-11-30";
export const OPENING = { dkb: 412_345, comdirect: 80_000 }; // cents, on 31 Dec 2025

export const BAKERY_SHAPES = ["dkb-caps", "dkb-padded", "comdirect-sumup"] as const;

export function buildEvents(): Event[] {
  const r = prng(20260311);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const code = (n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
  const events: Event[] = [];

  const dkb = (date: string, who: Who, cents: number, cells: { payer?: string; payee?: string; purpose: string; iban?: string; creditor?: string; mandate?: string; ref?: string }, shape?: string) => {
    const incoming = cents > 0;
    events.push({
      acct: "dkb", date, cents, who, shape,
      row: [
        ddmmyy(date), ddmmyy(date), "Gebucht",
        cells.payer ?? NAME, cells.payee ?? NAME, cells.purpose, incoming ? "Eingang" : "Ausgang",
        cells.iban ?? "", deAmount(cents, { dropZeros: true }), cells.creditor ?? "", cells.mandate ?? "", cells.ref ?? "",
      ],
    });
  };
  const dkbCard = (date: string, who: Who, cents: number, payee: string, padded: boolean, shape?: string) =>
    dkb(date, who, cents, {
      payer: "ISSUER",
      payee,
      purpose: padded ? `${addDays(date, -1)}T${pad(between(7, 19))}:${pad(between(0, 59))} Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)` : `${addDays(date, -1)} Debitk.99 VISA Debit`,
      ref: digits(15),
    }, shape);
  const cd = (date: string, who: Who, cents: number, vorgang: string, text: string, shape?: string) =>
    events.push({ acct: "comdirect", date, cents, who, shape, row: [ddmmyyyy(date), ddmmyyyy(date), vorgang, text, deAmount(cents)] });
  const cdCard = (date: string, who: Who, cents: number, name: string, shape?: string) =>
    cd(date, who, cents, "Kartenverfügung", ` Buchungstext: ${name} Karte Nr. 4871 78XX XXXX 0417 Kartenzahlung comdirect Visa-Debitkarte ${addDays(date, -1)} 00:00:00 Ref. ${code(16)}/${digits(5)}`, shape);

  for (let m = FIRST_MONTH; m <= 11; m++) {
    const y = 2026;
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));

    // Standing order to the landlord, a private person (Dauerauftrag).
    dkb(day(1), "landlord", -115_000, { payee: "Klaus Lehmann", purpose: `DAUERAUFTRAG Miete ${mm} Lindenstr. 5 2.OG links`, iban: IBAN.landlord, ref: "NOTPROVIDED" });
    // Own money to the comdirect Girokonto, which arrives the next working day.
    const out = day(2);
    dkb(out, "own-transfer", -50_000, { payee: NAME, purpose: "Umbuchung auf Girokonto comdirect", iban: IBAN.comdirect, ref: "NOTPROVIDED" });
    cd(weekday(addDays(out, 1)), "own-transfer", 50_000, "Übertrag / Überweisung", `Auftraggeber: ${NAME}Kto/IBAN: ${IBAN.dkb} BLZ/BIC: BYLADEM1001 Buchungstext: Umbuchung auf Girokonto comdirect Ref. ${code(16)}/1`);
    // The gym, a local studio no dictionary knows.
    dkb(day(3), "gym", -3_990, { payee: "Kraftwerk Sportstudio Inh. M. Wolf", purpose: `Mitgliedsbeitrag ${mm} Mitgl.-Nr. 20417`, iban: IBAN.gym, creditor: "DE12ZZZ00001234567", mandate: "KW-20417" });
    // Stadtwerke: electricity and gas instalment.
    dkb(day(5), "stadtwerke", -8_900, { payee: "Stadtwerke Musterstadt GmbH", purpose: `Abschlag Strom/Gas Vertragskonto 4001234567 ${mm}`, iban: IBAN.stadtwerke, creditor: "DE98ZZZ09999999999", mandate: "STW-4001234567", ref: digits(12) });
    // Salary.
    dkb(payday(iso(y, m, 25)), "salary", 325_000, { payer: "Musterfirma Software GmbH", payee: NAME, purpose: `Lohn und Gehalt ${mm}`, iban: IBAN.employer });
    // Savings plan at a broker whose account is not imported.
    dkb(day(28), "broker-savings", -20_000, { payee: NAME, purpose: "Sparplan Depot", iban: IBAN.broker, ref: "NOTPROVIDED" });

    // Drinks at the gym's own bar, by card.
    dkbCard(day(3), "gym-bar", -between(350, 890), "KRAFTWERK FITNESS BAR//BERLIN/DE", false);
    // A farm shop on Saturdays, through SumUp.
    cdCard(day(19), "hofladen", -between(1_500, 4_200), "SumUp  *Hofladen Sonnenwiese, Potsdam DE");
    // The late-night corner shop (Späti) where milk and bread come from on weekdays.
    dkbCard(day(7), "spaeti", -between(320, 1_480), "SPAETI AM ECK//BERLIN/DE", false);
    dkbCard(day(21), "spaeti", -between(320, 1_480), "SPAETI AM ECK//BERLIN/DE", false);
    // Coffee beans from the Tchibo shop.
    dkbCard(day(22), "tchibo", -between(799, 1_999), "TCHIBO FIL. 0815//BERLIN/DE", false);
    // Groceries delivered by Picnic, paid by SEPA direct debit.
    dkb(day(12), "picnic", -between(3_500, 9_800), { payee: "Picnic GmbH", purpose: `Picnic Bestellung ${digits(9)} vom ${ddmmyyyy(addDays(day(12), -2))}`, iban: germanIban("30050000", "0008765432"), creditor: "DE39ZZZ00002175123", mandate: `PIC-${digits(8)}` });
    if (m === 11) {
      // Another top-up of the own PayPal balance.
      dkb(day(10), "paypal-topup", -10_000, { payee: "PayPal Europe S.a.r.l. et Cie S.C.A", purpose: `${digits(13)}/PP.4162.PP/, ABBUCHUNG VOM PAYPAL-KONTO`, iban: IBAN.paypal, creditor: "LU96ZZZ0000000000000000058", mandate: digits(13), ref: `${digits(13)} PP.4162.PP PAYPAL` });
    }
    if (m === 6) {
      // Yearly service charge settlement from the landlord's property manager.
      dkb(day(15), "hausverwaltung", -31_274, { payee: "Hausverwaltung Lehmann", purpose: "Nebenkostenabrechnung 2025 Lindenstr. 5 2.OG links", iban: IBAN.hausverwaltung, ref: "NOTPROVIDED" });
    }
    if (m === 4) {
      // Topping up the person's own PayPal balance: money moved, not spent.
      dkb(day(14), "paypal-topup", -25_000, { payee: "PayPal Europe S.a.r.l. et Cie S.C.A", purpose: `${digits(13)}/PP.4162.PP/, ABBUCHUNG VOM PAYPAL-KONTO`, iban: IBAN.paypal, creditor: "LU96ZZZ0000000000000000058", mandate: digits(13), ref: `${digits(13)} PP.4162.PP PAYPAL` });
    }
    if (m === 7) {
      // Concert tickets bought for friends, one friend pays back two days later: not a transfer.
      dkb(day(8), "concert-out", -6_000, { payee: "Lisa Schneider", purpose: "Konzertkarten Waldbuehne", iban: IBAN.lisa, ref: "NOTPROVIDED" });
      cd(day(10), "concert-in", 6_000, "Übertrag / Überweisung", `Auftraggeber: Tom BeckerKto/IBAN: ${IBAN.tom} BLZ/BIC: GENODEM1GLS Buchungstext: Anteil Konzertkarten Ref. ${code(16)}/1`);
    }

    // Groceries: REWE with two store numbers, EDEKA space-padded, the local deli.
    dkbCard(day(6), "rewe", -between(1_800, 8_900), "REWE SAGT DANKE. 44034421//Berlin/DE", false);
    dkbCard(day(20), "rewe", -between(1_800, 8_900), "REWE Markt 41400673//Berlin/DE", false);
    dkbCard(day(13), "edeka", -between(2_000, 7_000), "EDEKA Center Schmidt    Berlin    DE", true);
    cdCard(day(9), "rossi", -between(1_200, 4_800), "FEINKOST ROSSI GMBH, Berlin DE");
    cdCard(day(23), "rossi", -between(1_200, 4_800), "FEINKOST ROSSI GMBH, Berlin DE");

    // The bakery, printed three ways.
    dkbCard(day(4), "krause", -between(280, 1_250), "BAECKEREI KRAUSE//BERLIN/DE", false, "dkb-caps");
    dkbCard(day(16), "krause", -between(280, 1_250), "Baeckerei Krause Fil. 3    Berlin    DE", true, "dkb-padded");
    cdCard(day(11), "krause", -between(280, 1_250), "SumUp  *Bäckerei Krause, Berlin DE", "comdirect-sumup");
    if (m === 3) {
      // Two coffees, same day, same price: two real purchases (different references).
      const d = day(18);
      dkbCard(d, "krause", -320, "BAECKEREI KRAUSE//BERLIN/DE", false, "dkb-caps");
      dkbCard(d, "krause", -320, "BAECKEREI KRAUSE//BERLIN/DE", false, "dkb-caps");
    }

    // Amazon: retail card, marketplace card (every other month), SEPA debit (every third month).
    cdCard(day(8), "amazon", -between(999, 6_999), `Amazon.de*${code(9)}, AMAZON.DE LU`);
    if (m % 2 === 0) cdCard(day(21), "amazon", -between(599, 3_999), `AMZN Mktp DE*${code(9)}, AMAZON.DE LU`);
    if (m % 3 === 0) {
      cd(day(17), "amazon", -between(1_999, 9_999), "Lastschrift / Belastung", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: ${digits(3)}-${digits(7)}-${digits(7)} Amazon.de ${code(16)} Ref. ${code(16)}/2`);
    }
    if (m === 5) {
      cd(day(26), "amazon", 2_999, "Gutschrift", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: Erstattung ${digits(3)}-${digits(7)}-${digits(7)} Amazon.de Ref. ${code(16)}/2`);
    }

    // PayPal purchases by SEPA direct debit (bank-formats.md §3.2).
    const pp = (d: number, who: Who, purpose: string) =>
      dkb(day(d), who, -between(900, 3_500), { payee: "PayPal Europe S.a.r.l. et Cie S.C.A", purpose, iban: IBAN.paypal, creditor: "LU96ZZZ0000000000000000058", mandate: digits(13), ref: `${digits(13)} PP.7723.PP PAYPAL` });
    pp(14, "paypal-uber", `${digits(13)}/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV`);
    if (m % 2 === 1) pp(24, "paypal-google", "PP.7723.PP . GOOGLE, Ihr Einkauf bei GOOGLE");
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const newestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function balance(events: Event[], acct: Acct, upTo: string): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && e.date <= upTo).map((e) => e.cents));
}

/** DKB new banking, UTF-8 with BOM, all fields quoted (bank-formats.md §1.1). */
export function dkbCsv(events: Event[], from: string, to: string): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const rows = events.filter((e) => e.acct === "dkb" && e.date >= from && e.date <= to);
  const lines = [
    q(["Girokonto", IBAN.dkb]),
    from === "2026-01-01" ? q([""]) : q(["Zeitraum:", `${ddmmyyyy(from)} - ${ddmmyyyy(to)}`]),
    q([`Kontostand vom ${ddmmyyyy(to)}:`, `${deAmount(balance(events, "dkb", to))} €`]),
    q([""]),
    q(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...newestFirst(rows).map((e) => q(e.row)),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** comdirect Girokonto section, Windows-1252, every field quoted, every line ending in ';' (§1.1). */
export function comdirectCsv(events: Event[], from: string, to: string): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const rows = events.filter((e) => e.acct === "comdirect" && e.date >= from && e.date <= to);
  const lines = [
    ";",
    q(["Umsätze Girokonto", `Zeitraum: ${ddmmyyyy(from)} - ${ddmmyyyy(to)}`]),
    q(["Neuer Kontostand", `${deAmount(balance(events, "comdirect", to))} EUR`]),
    "",
    q(["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
    ...newestFirst(rows).map((e) => q(e.row)),
    "",
    q(["Alter Kontostand", `${deAmount(balance(events, "comdirect", addDays(from, -1)))} EUR`]),
    "",
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
