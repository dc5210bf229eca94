// Fourteen months (May 2025 to mid-June 2026) of one person's money in two
// real export formats (../shared/bank-formats.md §1.1): DKB new banking
// (UTF-8 with BOM, all quoted, DD.MM.YY, trailing zeros dropped) and ING
// Deutschland "Umsatzanzeige" (Windows-1252, unquoted, preamble with Saldo,
// card rows as "VISA <MERCHANT>"). Built to make charts interesting: a
// merchant with a very long name, a month where clothing refunds exceed
// clothing purchases, a day with exactly one transaction, and own transfers
// that must stay out of spending. Expected figures come from these events.

import { addDays, between, iso, pad, prng, germanIban } from "../statement-kit.ts";

export type Acct = "dkb" | "ing";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // negative = money out
  merchant: string | null;
  category: string;
  transfer: boolean;
  row: string[];
}

const NAME = "Jonas Beispiel";


export const IBAN = {
  dkb: germanIban("12030000", "1122334455"),
  ing: germanIban("50010517", "6677889900"),
  landlord: germanIban("10050000", "0190044556"),
  employer: germanIban("70020270", "0015550999"),
  stadtwerke: germanIban("37050198", "0000777888"),
};

export const LONG_NAME = "Restaurant Zum Goldenen Hirschen am Alten Marktplatz Inh. H. Obermaier-Schwarzenberger";
export const SINGLE_DAY = "2026-03-04";
export const LAST_BOOKED = "2026-06-12";
export const OPENING = { dkb: 250_000, ing: 400_000 };

function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
const ddmmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

export function deAmount(cents: number, opts: { dropZeros?: boolean; thousands?: boolean } = {}): string {
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (opts.thousands !== false) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${cents < 0 ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

/** The fourteen months, oldest first, as "YYYY-MM". */
export const MONTHS: string[] = Array.from({ length: 14 }, (_, i) => {
  const m0 = 4 + i; // May 2025 = index 4 of 2025
  return `${2025 + Math.floor(m0 / 12)}-${pad((m0 % 12) + 1)}`;
});

export function buildEvents(): Event[] {
  const r = prng(20260615);
  const ev: Event[] = [];
  const dkb = (date: string, cents: number, payee: string, purpose: string, merchant: string | null, category: string, o: { iban?: string; inflow?: boolean; transfer?: boolean; card?: boolean } = {}) =>
    ev.push({
      acct: "dkb", date, cents, merchant, category, transfer: o.transfer ?? false,
      row: [ddmmyy(date), ddmmyy(date), "Gebucht", o.inflow ? payee : NAME, o.inflow ? NAME : payee, o.card ? `${addDays(date, -1)} Debitk.99 VISA Debit` : purpose,
        o.inflow ? "Eingang" : "Ausgang", o.iban ?? "", deAmount(cents, { dropZeros: true }), "", "", o.card ? digits(r, 15) : ""],
    });
  const ingCard = (date: string, shop: string, city: string, cents: number, merchant: string, category: string) => {
    const amt = (Math.abs(cents) / 100).toFixed(2);
    ev.push({
      acct: "ing", date, cents, merchant, category, transfer: false,
      row: [ddmmyyyy(date), ddmmyyyy(date), `VISA ${shop}`, cents < 0 ? "Lastschrift" : "Gutschrift",
        `NR XXXX 4025 ${city} DE ${cents < 0 ? "KAUFUMSATZ" : "GUTSCHRIFT"} ${ddmmyyyy(addDays(date, -2)).slice(0, 5)} ${amt} ${digits(r, 6)} ARN${digits(r, 23)}`,
        deAmount(cents), "EUR"],
    });
  };

  for (const ym of MONTHS) {
    const [y, m] = ym.split("-").map(Number) as [number, number];
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));

    dkb(day(1), -110_000, "Wohnungsbau Musterstadt eG", `Miete ${mm}`, "Wohnungsbau Musterstadt", "rent", { iban: IBAN.landlord });
    dkb(day(2), -50_000, NAME, "Umbuchung Sparen", null, "transfers", { iban: IBAN.ing, transfer: true });
    ev.push({ acct: "ing", date: addDays(day(2), 1), cents: 50_000, merchant: null, category: "transfers", transfer: true,
      row: [ddmmyyyy(addDays(day(2), 1)), ddmmyyyy(addDays(day(2), 1)), NAME, "Gutschrift", "Umbuchung Sparen", "500,00", "EUR"] });
    dkb(day(5), -7_800, "Stadtwerke Musterstadt GmbH", `Abschlag Strom ${mm}`, "Stadtwerke Musterstadt", "utilities", { iban: IBAN.stadtwerke });
    for (const d of [6, 20]) dkb(day(d), -between(r, 2_500, 9_800), "REWE Markt GmbH//Musterstadt/DE", "", "REWE", "groceries", { card: true });
    dkb(day(13), -between(r, 3_000, 8_000), "EDEKA Center Musterstadt    Musterstadt    DE", "", "EDEKA", "groceries", { card: true });
    dkb(day(17), -between(r, 4_500, 12_000), `${LONG_NAME}//Musterstadt/DE`, "", LONG_NAME, "restaurants", { card: true });
    dkb(weekday(iso(y, m, 25)), 325_000, "ACME Software GmbH", `Lohn und Gehalt ${mm}`, "ACME Software", "salary", { iban: IBAN.employer, inflow: true });

    ingCard(day(9), "LIDL SAGT DANKE 1234", "MUSTERSTADT", -between(r, 1_200, 4_800), "Lidl", "groceries");
    ingCard(day(23), "LIDL SAGT DANKE 1234", "MUSTERSTADT", -between(r, 1_200, 4_800), "Lidl", "groceries");
    ingCard(day(11), "AMAZON.DE", "LUXEMBOURG", -between(r, 1_500, 9_000), "Amazon", "shopping");
    ingCard(day(15), "VAPIANO 0815", "BERLIN", -between(r, 1_800, 3_900), "Vapiano", "restaurants");
    if (ym === "2026-05") {
      ingCard(day(7), "ZALANDO SE", "BERLIN", -3_995, "Zalando", "clothing");
      ingCard(day(18), "ZALANDO SE", "BERLIN", 14_985, "Zalando", "clothing"); // April's order sent back
    } else {
      ingCard(day(7), "ZALANDO SE", "BERLIN", ym === "2026-04" ? -14_985 : -between(r, 2_500, 8_900), "Zalando", "clothing");
    }
    if (m % 3 === 0) ingCard(day(27), "DB VERTRIEB GMBH", "FRANKFURT", -between(r, 3_990, 12_990), "Deutsche Bahn", "travel");
  }
  dkb(SINGLE_DAY, -2_340, "Apotheke am Rathaus//Musterstadt/DE", "", "Apotheke am Rathaus", "health", { card: true });
  return ev.filter((e) => e.date <= LAST_BOOKED);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export const closing = (events: Event[], acct: Acct) => OPENING[acct] + sum(events.filter((e) => e.acct === acct).map((e) => e.cents));
const newestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** DKB new banking, UTF-8 with BOM, every field quoted. */
export function dkbCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Girokonto", IBAN.dkb]),
    q([""]),
    q([`Kontostand vom ${ddmmyyyy(LAST_BOOKED)}:`, `${deAmount(closing(events, "dkb"))} €`]),
    q([""]),
    q(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...newestFirst(events.filter((e) => e.acct === "dkb")).map((e) => q(e.row)),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** ING Deutschland "Umsatzanzeige" with balance, Windows-1252, unquoted. */
export function ingCsv(events: Event[]): Buffer {
  const lines = [
    `Umsatzanzeige;Datei erstellt am: ${ddmmyyyy(LAST_BOOKED)} 18:02`,
    "",
    `IBAN;${IBAN.ing.replace(/(.{4})/g, "$1 ").trim()}`,
    "Kontoname;Girokonto",
    "Bank;ING",
    `Kunde;${NAME}`,
    `Zeitraum;01.05.2025 - ${ddmmyyyy(LAST_BOOKED)}`,
    `Saldo;${deAmount(closing(events, "ing"))};EUR`,
    "",
    "Sortierung;Datum absteigend",
    "",
    "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
    "",
    "Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung",
    ...newestFirst(events.filter((e) => e.acct === "ing")).map((e) => e.row.join(";")),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "latin1");
}
