// The exports, byte for byte in the formats of /work/shared/bank-formats.md:
// comdirect (§1.1, Windows-1252, Girokonto and Visa sections, "offen" rows),
// DKB new banking (§1.1, UTF-8 with BOM, "Vorgemerkt" rows) and Monzo (§1.3).
import { balanceAt, IBAN, OWNER, type Acct, type Event } from "./events.ts";

const de = (iso: string, yy = false) => {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${yy ? y!.slice(2) : y}`;
};
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const group3 = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** comdirect: always two decimals, thousands dot: "-1.234,56". */
function comdirectAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${group3(Math.floor(abs / 100))},${String(abs % 100).padStart(2, "0")}`;
}

/** DKB drops trailing zeros: "2.500", "-62,3", "-8,67". */
function dkbAmount(cents: number): string {
  const abs = Math.abs(cents);
  const sign = cents < 0 ? "-" : "";
  const int = group3(Math.floor(abs / 100));
  const frac = abs % 100;
  if (frac === 0) return `${sign}${int}`;
  if (frac % 10 === 0) return `${sign}${int},${frac / 10}`;
  return `${sign}${int},${String(frac).padStart(2, "0")}`;
}

/** Monzo: plain decimal with a dot. */
const gbp = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;

const num = (id: string) => Number(id.slice(1));
const ref = (e: Event) => `ZZ${String(num(e.id) * 7919).padStart(10, "0")}/${String(num(e.id)).padStart(4, "0")}`;

interface Row { e: Event; pending: boolean }

/** What an export made on `day` covering `from`..`day` shows for one account. */
function rowsOf(events: Event[], acct: Acct, from: string, day: string): Row[] {
  const rows: Row[] = [];
  for (const e of events) {
    if (e.acct !== acct) continue;
    const p = e.pendingThenBooked;
    if (e.stillPending) {
      if (e.date >= from && e.date <= day) rows.push({ e, pending: true });
    } else if (e.date >= from && e.date <= day) {
      rows.push({ e, pending: false });
    } else if (p && p.seen <= day && e.date > day && p.seen >= from) {
      rows.push({ e, pending: true });
    }
  }
  // Newest first, pending rows on top, as the banks list them.
  return rows.sort((a, b) => Number(b.pending) - Number(a.pending) || b.e.date.localeCompare(a.e.date) || num(b.e.id) - num(a.e.id));
}

const pendingCents = (r: Row) => (r.pending && r.e.pendingThenBooked ? r.e.pendingThenBooked.cents : r.e.cents);
const seenDay = (e: Event) => e.pendingThenBooked?.seen ?? e.date;

// ---------------------------------------------------------------- comdirect
const q = (fields: string[]) => `${fields.map((f) => `"${f}"`).join(";")};`;

function giroRow(r: Row): string {
  const { e } = r;
  const amount = comdirectAmount(pendingCents(r));
  if (r.pending) {
    // A card authorisation: the terminal's own text, no card number, no reference yet.
    const text = e.purpose.toUpperCase().replace(/, ([A-Z]+) DE$/, "//$1/DE");
    return q(["offen", "--", "Kartenverfügung", `Kto/IBAN: 0123456700  Buchungstext: ${text} ${seenDay(e)}T17:43:43 `, amount]);
  }
  const d = de(e.date);
  if (e.cardBill) return q([d, d, "Visa-Kartenabrechnung", ` Buchungstext: ${e.purpose} Ref. ${ref(e)}`, amount]);
  if (e.transfer && e.cents > 0) {
    return q([d, d, "Übertrag / Überweisung", `Auftraggeber: ${e.payee}Kto/IBAN: ${IBAN.dkb} BLZ/BIC: BYLADEM1001 Buchungstext: ${e.purpose} Ref. ${ref(e)}`, amount]);
  }
  if (e.transfer) {
    return q([d, d, "Übertrag / Überweisung", `Empfänger: ${e.payee}Kto/IBAN: ${IBAN.dkb} BLZ/BIC: BYLADEM1001 Buchungstext: ${e.purpose} Ref. ${ref(e)}`, amount]);
  }
  if (e.category === "utilities") {
    return q([d, d, "Lastschrift / Belastung", `Auftraggeber: ${e.payee} Buchungstext: ${e.purpose} ${e.date}T06:12:40 Ref. ${ref(e)}`, amount]);
  }
  const tx = e.pendingThenBooked?.seen ?? e.date;
  return q([d, d, "Kartenverfügung", ` Buchungstext: ${e.purpose} Karte Nr. 4871 78XX XXXX 0000 Kartenzahlung comdirect Visa-Debitkarte ${tx} 00:00:00 Ref. ${ref(e)}`, amount]);
}

function visaRow(r: Row): string {
  const { e } = r;
  const amount = comdirectAmount(pendingCents(r));
  if (r.pending) return q(["offen", "--", "Visa-Umsatz", "", e.purpose, amount]);
  const vorgang = e.cardBill ? "Visa-Kartenabrechnung" : e.chargeback ? "Buchung aus Umsatzreklamation" : "Visa-Umsatz";
  return q([de(e.date), de(e.txDate ?? e.date), vorgang, `${String(num(e.id) * 104_729).padStart(11, "0")}`, e.purpose, amount]);
}

function comdirectSection(events: Event[], acct: "giro" | "visa", from: string, day: string): string[] {
  const label = acct === "giro" ? "Umsätze Girokonto" : "Umsätze Visa-Karte (Kreditkarte)";
  const header = acct === "giro"
    ? q(["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"])
    : q(["Buchungstag", "Umsatztag", "Vorgang", "Referenz", "Buchungstext", "Umsatz in EUR"]);
  const rows = rowsOf(events, acct, from, day);
  return [
    q([label, `Zeitraum: ${de(from)} - ${de(day)}`]),
    q(["Neuer Kontostand", `${comdirectAmount(balanceAt(events, acct, day))} EUR`]),
    "",
    header,
    ...(rows.length ? rows.map(acct === "giro" ? giroRow : visaRow) : [q(["Keine Umsätze vorhanden."])]),
    "",
    q(["Alter Kontostand", `${comdirectAmount(balanceAt(events, acct, dayBefore(from)))} EUR`]),
  ];
}

/** A comdirect export made on `day` for `from`..`day`: Girokonto and Visa in one Windows-1252 file. */
export function comdirectCsv(events: Event[], from: string, day: string): Buffer {
  const lines = ["", ...comdirectSection(events, "giro", from, day), "", ...comdirectSection(events, "visa", from, day), ""];
  return Buffer.from(lines.join("\r\n"), "latin1");
}

/** The rows a comdirect export shows, for expected counts: [booked, pending]. */
export function comdirectRows(events: Event[], from: string, day: string): Row[] {
  return [...rowsOf(events, "giro", from, day), ...rowsOf(events, "visa", from, day)];
}

// ---------------------------------------------------------------- DKB
const dq = (fields: string[]) => fields.map((f) => `"${f}"`).join(";");

function counterpartyIban(e: Event): string {
  if (e.transfer) return IBAN.comdirect;
  let h = 0;
  for (const ch of e.payee) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000_000;
  const bban = `37040044${String(h).padStart(10, "0")}`;
  let rest = 0;
  for (const ch of `${bban}131400`) rest = (rest * 10 + Number(ch)) % 97;
  return `DE${String(98 - rest).padStart(2, "0")}${bban}`;
}

function dkbRow(r: Row): string {
  const { e } = r;
  const incoming = e.cents > 0;
  const card = /Debitk/.test(e.purpose);
  const debit = !incoming && !card && !e.transfer && e.category !== "rent";
  return dq([
    de(r.pending ? seenDay(e) : e.date, true),
    r.pending ? "" : de(e.date, true),
    r.pending ? "Vorgemerkt" : "Gebucht",
    incoming ? e.payee : OWNER,
    incoming ? OWNER : e.payee,
    e.purpose,
    incoming ? "Eingang" : "Ausgang",
    counterpartyIban(e),
    dkbAmount(pendingCents(r)),
    debit ? "DE98ZZZ09999999999" : "",
    debit ? `MR-${num(e.id)}` : "",
    card ? String(400_000_000_000_000 + num(e.id) * 7919) : "",
  ]);
}

/** A DKB (new banking) Girokonto export made on `day` for `from`..`day`. */
export function dkbCsv(events: Event[], from: string, day: string): Buffer {
  const rows = rowsOf(events, "dkb", from, day);
  const lines = [
    dq(["Girokonto", IBAN.dkb]),
    dq(["Zeitraum:", `${de(from)} - ${de(day)}`]),
    dq([`Kontostand vom ${de(day)}:`, `${comdirectAmount(balanceAt(events, "dkb", day))} €`]),
    '""',
    dq(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...rows.map(dkbRow),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

export function dkbRows(events: Event[], from: string, day: string): Row[] {
  return rowsOf(events, "dkb", from, day);
}

// ---------------------------------------------------------------- Monzo
const MONZO_CATEGORY: Record<string, string> = {
  phone: "Bills", transport: "Transport", restaurants: "Eating out", groceries: "Groceries", travel: "Holidays",
};
const csvField = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A Monzo export (20 columns) of every row from `from` to `day`, oldest first, with the running balance. */
export function monzoCsv(events: Event[], from: string, day: string): Buffer {
  const header = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency";
  const rows = events.filter((e) => e.acct === "monzo" && e.date >= from && e.date <= day);
  let balance = balanceAt(events, "monzo", dayBefore(from));
  const lines = rows.map((e) => {
    balance += e.cents;
    const [y, m, d] = e.date.split("-");
    const amount = gbp(e.cents);
    const fields = [
      `tx_0000B${String(num(e.id) * 104_729).padStart(17, "0")}`,
      `${d}/${m}/${y}`,
      `${String(8 + (num(e.id) % 12)).padStart(2, "0")}:${String(num(e.id) % 60).padStart(2, "0")}:17`,
      e.category === "phone" ? "Direct Debit" : "Card payment",
      e.payee,
      "",
      MONZO_CATEGORY[e.category] ?? "General",
      amount, "GBP", amount, "GBP",
      "",
      e.category === "phone" ? "" : "London",
      "",
      e.purpose,
      "",
      e.cents < 0 ? amount : "",
      e.cents > 0 ? amount : "",
      gbp(balance),
      "GBP",
    ];
    return fields.map(csvField).join(",");
  });
  return Buffer.from(`${[header, ...lines].join("\n")}\n`, "utf8");
}
