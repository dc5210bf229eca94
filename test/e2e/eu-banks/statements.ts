// Twelve months (2025-12 .. 2026-11) of one person in Berlin, written as the
// banks' own exports (/work/shared/bank-formats.md):
// - Sparkasse CSV-CAMT V2 (§1.1 Sparkasse): the salary account. 17 quoted
//   columns, DD.MM.YY, "-1143,41" without thousands dot, ISO-8859-1, pending
//   rows included with Info "Umsatz vorgemerkt".
// - ING Deutschland "Umsatzanzeige" of the Extra-Konto (§1.1 ING): preamble
//   with IBAN and Saldo, 2026 header with Notiz and Saldo columns, `;`, no
//   quoting, "2.647,74", ISO-8859-1, newest first, no pending rows.
// - N26 current export (§1.1 N26): header quoted except Type, ISO dates, dot decimals.
// - Revolut account statement (§1.2 Revolut): State column with COMPLETED,
//   PENDING (empty Completed Date and Balance) and REVERTED.
// Money between own accounts: Sparkasse -> ING savings (Dauerauftrag, own IBAN
// on both sides), Sparkasse -> N26 (own IBAN on both sides), Sparkasse ->
// Revolut top-ups (Revolut shows "Payment from <name>").
// Descriptors follow §3 (REWE SAGT DANKE, AMZN Mktp DE*, PayPal SEPA debit
// "Ihr Einkauf bei", PAYPAL *EASYPARK, SumUp *, Aral Station, Telefonica).
//
// Held out: written from the format reference, no parser or rule was tuned on it.

import { between, iso, pad, prng } from "../statement-kit.ts";

export type Acct = "sparkasse" | "ing" | "n26" | "revolut";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD (booking day)
  cents: number; // negative = money out of the person's pocket
  merchant: string | null;
  category: string;
  transfer: boolean;
  pending?: boolean;
  reverted?: boolean;
}

export interface Row {
  event: Event;
  cells: string[];
}

export interface Files {
  sparkasse: Row[];
  ing: Row[];
  n26: Row[];
  revolut: Row[];
  /** ING's balance after the newest row (the preamble's Saldo). */
  ingBalance: number;
  /** Revolut's balance after the newest completed row. */
  revolutBalance: number;
}

export const OWNER = "Jonas Becker";
export const SPK_IBAN = "DE00100500000190012345";
export const ING_IBAN = "DE00500105170000002002";
export const N26_IBAN = "DE00100110012620003003";
export const REVOLUT_IBAN = "LT003250000000004004";
export const LAST_DAY = "2026-11-28";

export const MONTHS = [{ y: 2025, m: 12 }, ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => ({ y: 2026, m }))];

const dmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
const dmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
/** "-1143,41": Sparkasse, no thousands dot. */
const deAmount = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${pad(Math.abs(cents) % 100)}`;
/** "-2.647,74": ING, with thousands dots. */
const deThousands = (cents: number) => {
  const int = String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${cents < 0 ? "-" : ""}${int},${pad(Math.abs(cents) % 100)}`;
};
const dot = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;

export function buildFiles(): Files {
  const r = prng(4917);
  const f: Files = { sparkasse: [], ing: [], n26: [], revolut: [], ingBalance: 0, revolutBalance: 0 };
  let eref = 0;
  const ref26 = () => `5416122600${String(++eref).padStart(16, "0")}`;

  type Ev = Omit<Event, "acct" | "date" | "cents">;
  interface SpkOpts {
    text: string;
    purpose: string;
    payee: string;
    iban: string;
    bic: string;
    creditorId?: string;
    mandate?: string;
    eref?: string;
    valuta?: string;
  }
  const spk = (date: string, cents: number, o: SpkOpts, ev: Ev) =>
    f.sparkasse.push({
      event: { acct: "sparkasse", date, cents, ...ev },
      cells: [SPK_IBAN, dmyy(date), dmyy(o.valuta ?? date), o.text, o.purpose, o.creditorId ?? "", o.mandate ?? "", o.eref ?? "", "", "", "", o.payee, o.iban, o.bic, deAmount(cents), "EUR", ev.pending ? "Umsatz vorgemerkt" : "Umsatz gebucht"],
    });
  const card = (date: string, cents: number, payee: string, ev: Ev, text = "KARTENZAHLUNG") =>
    spk(date, cents, { text, purpose: `${date}T${pad(9 + (eref % 10))}:${pad((eref * 7) % 60)} Debitk.2 2027-12 `, payee, iban: "DE00700202700000000555", bic: "HYVEDEMMXXX", eref: ref26() }, ev);

  let ingBal = 421_337;
  const ingRow = (date: string, cents: number, payee: string, text: string, purpose: string, ev: Ev) => {
    ingBal += cents;
    f.ing.push({ event: { acct: "ing", date, cents, ...ev }, cells: [dmyyyy(date), dmyyyy(date), payee, text, "", purpose, deThousands(ingBal), "EUR", deThousands(cents), "EUR"] });
  };

  const n26 = (date: string, cents: number, partner: string, partnerIban: string, type: string, reference: string, ev: Ev, valueDate = "") =>
    f.n26.push({ event: { acct: "n26", date, cents, ...ev }, cells: [date, valueDate, partner, partnerIban, type, reference, "Main Account", dot(cents), "", "", ""] });

  let revBal = 25_000;
  let revSeq = 0;
  const rev = (date: string, type: string, description: string, cents: number, ev: Ev) => {
    revSeq += 1;
    const started = `${date} ${pad(8 + (revSeq % 12))}:${pad((revSeq * 13) % 60)}:${pad((revSeq * 29) % 60)}`;
    const next = new Date(`${date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const completed = `${next.toISOString().slice(0, 10)} 0${revSeq % 10}:${pad((revSeq * 17) % 60)}:${pad((revSeq * 31) % 60)}`;
    const state = ev.pending ? "PENDING" : ev.reverted ? "REVERTED" : "COMPLETED";
    // The Balance column is filled in date order once every row is known.
    f.revolut.push({ event: { acct: "revolut", date, cents, ...ev }, cells: [type, "Current", started, ev.pending ? "" : completed, description, dot(cents), "0.00", "EUR", state, ""] });
  };

  for (const { y, m } of MONTHS) {
    const day = (d: number) => iso(y, m, d);
    const past = (date: string) => date <= LAST_DAY;
    const mm = `${pad(m)}/${y}`;

    // Sparkasse: rent, insurance, moves to N26 and ING, electricity, salary, card purchases.
    spk(day(1), -115_000, { text: "DAUERAUFTRAG", purpose: `Miete Whg 3.OG links Mieternr 40815 ${mm}`, payee: "GEWOBAG Wohnungsbau-AG Berlin", iban: "DE00100500000600123456", bic: "BELADEBEXXX" }, { merchant: "GEWOBAG", category: "rent", transfer: false });
    spk(day(1), -2_317, { text: "FOLGELASTSCHRIFT", purpose: `Privathaftpflicht VS-Nr. 77 123456 Beitrag ${mm}`, payee: "Allianz Versicherungs-AG", iban: "DE00700800000123456789", bic: "DRESDEFF700", creditorId: "DE00ZZZ00000000011", mandate: "VS77123456-001", eref: `ALZ${y}${pad(m)}0001` }, { merchant: "Allianz", category: "insurance", transfer: false });
    spk(day(2), -40_000, { text: "ONLINE-UEBERWEISUNG", purpose: "Umbuchung N26", payee: OWNER, iban: N26_IBAN, bic: "NTSBDEB1XXX" }, { merchant: null, category: "transfers", transfer: true });
    const saving = y === 2026 && m >= 6 ? 60_000 : 50_000;
    spk(day(3), -saving, { text: "DAUERAUFTRAG", purpose: "Sparen Extra-Konto", payee: OWNER, iban: ING_IBAN, bic: "INGDDEFFXXX" }, { merchant: null, category: "savings", transfer: true });
    ingRow(day(3), saving, OWNER, "Gutschrift", "Sparen Extra-Konto", { merchant: null, category: "savings", transfer: true });
    const topup = between(r, 250, 350) * 100;
    spk(day(10), -topup, { text: "ONLINE-UEBERWEISUNG", purpose: "Revolut Top-up", payee: OWNER, iban: REVOLUT_IBAN, bic: "REVOLT21XXX" }, { merchant: null, category: "transfers", transfer: true });
    rev(day(10), "Topup", `Payment from ${OWNER}`, topup, { merchant: null, category: "transfers", transfer: true });
    spk(day(15), -8_900, { text: "FOLGELASTSCHRIFT", purpose: `Abschlag Strom Vertragskonto 300012345 ${mm}`, payee: "Vattenfall Europe Sales GmbH", iban: "DE00200400600123456700", bic: "COBADEFFXXX", creditorId: "DE00ZZZ00000000022", mandate: "VK300012345", eref: `VF${y}${pad(m)}15` }, { merchant: "Vattenfall", category: "utilities", transfer: false });
    for (const [d, store] of [[5, "44012345"], [19, "44012877"]] as const) {
      const date = day(d);
      if (past(date)) card(date, -between(r, 2_500, 9_500), `REWE SAGT DANKE. ${store}//Berlin/DE`, { merchant: "REWE", category: "groceries", transfer: false });
    }
    if (past(day(12))) card(day(12), -between(r, 5_000, 8_500), "ARAL STATION 141726125//BERLIN/DE", { merchant: "Aral", category: "fuel", transfer: false });
    if (past(day(21))) {
      spk(day(21), -between(r, 2_200, 4_600), { text: "FOLGELASTSCHRIFT", purpose: `1045268675${pad(m)}4/PP.4162.PP/, Lieferando.de, Ihr Einkauf bei Lieferando.de`, payee: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: "LU00010000000000000058", bic: "PPLXLUL2", creditorId: "LU96ZZZ0000000000000000058", mandate: "4PJJ224XYZ", eref: `10037602${pad(m)}550 PP.7723.PP PAYPAL` }, { merchant: "Lieferando", category: "restaurants", transfer: false });
    }
    if (past(day(27))) {
      spk(day(27), 341_258, { text: "GUTSCHR. UEBERWEISUNG", purpose: `LOHN/GEHALT ${mm} PERSONALNR 004711`, payee: "Nordwerk Logistik GmbH", iban: "DE00300500000001234567", bic: "WELADEDDXXX", eref: `NWL-${y}${pad(m)}-004711` }, { merchant: "Nordwerk Logistik", category: "salary", transfer: false });
    }
    if ((y === 2026 && m === 2) || (y === 2026 && m === 10)) {
      spk(day(8), -between(r, 1_900, 7_900), { text: "SEPA-LASTSCHRIFT", purpose: `305-4567890-12345${pad(m)} Amazon.de 1A2B3C4D5E6F7G${pad(m)}`, payee: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", iban: "DE00300308800000000001", bic: "TUBDDEDDXXX", creditorId: "DE00ZZZ00000000033", mandate: `0${m}AMZMANDAT`, eref: `305-4567890-12345${pad(m)}` }, { merchant: "Amazon", category: "shopping", transfer: false });
    }
    if (y === 2026 && m === 5) {
      card(day(16), -20_000, "Berliner Sparkasse//Berlin/DE", { merchant: null, category: "cash", transfer: false }, "GELDAUTOMAT");
    }
    if (y === 2026 && m === 10) {
      card(day(17), -64_900, "MEDIAMARKT 1234//BERLIN/DE", { merchant: "MediaMarkt", category: "electronics", transfer: false });
    }
    if (y === 2026 && m === 11) {
      // December's premium, announced before the month ends: Sparkasse exports it as pending with a future value date.
      spk("2026-11-28", -2_317, { text: "FOLGELASTSCHRIFT", purpose: "Privathaftpflicht VS-Nr. 77 123456 Beitrag 12/2026", payee: "Allianz Versicherungs-AG", iban: "DE00700800000123456789", bic: "DRESDEFF700", creditorId: "DE00ZZZ00000000011", mandate: "VS77123456-001", eref: "ALZ2026120001", valuta: "2026-12-01" }, { merchant: "Allianz", category: "insurance", transfer: false, pending: true });
    }

    // N26: the monthly move in, phone bill, Lidl, Amazon Marketplace, café, parking.
    n26(day(2), 40_000, OWNER, SPK_IBAN, "Credit Transfer", "Umbuchung N26", { merchant: null, category: "transfers", transfer: true }, day(2));
    n26(day(4), -2_499, "Telefonica Germany GmbH + Co. OHG", "DE00700202700000001234", "Direct Debit", `Kd-Nr.: 1234567890 Rg-Nr.: ${y}${pad(m)}44 O2 Mobilfunk`, { merchant: "O2", category: "phone", transfer: false }, day(4));
    for (const d of [8, 22]) {
      const date = day(d);
      if (past(date)) n26(date, -between(r, 1_500, 4_500), "Lidl 0815 Berlin", "", "MasterCard Payment", "", { merchant: "Lidl", category: "groceries", transfer: false });
    }
    if (past(day(9))) n26(day(9), -between(r, 200, 900), "PAYPAL *EASYPARK        0852226737", "", "MasterCard Payment", "", { merchant: "EasyPark", category: "parking", transfer: false });
    if (y === 2026 && [1, 3, 6, 9].includes(m)) {
      n26(day(14), -between(r, 2_000, 9_000), `AMZN Mktp DE*5L5KR2QX${m}  800-279-6620`, "", "MasterCard Payment", "", { merchant: "Amazon", category: "shopping", transfer: false });
    }
    if (past(day(26))) n26(day(26), -between(r, 380, 1_250), "SumUp *Cafe Milchbart", "", "MasterCard Payment", "", { merchant: "Cafe Milchbart", category: "restaurants", transfer: false });

    // Revolut: Spotify, EDEKA, a restaurant; Amazon with a partial refund; a reverted hotel; a pending dinner.
    rev(day(7), "Card Payment", "Spotify", -1_099, { merchant: "Spotify", category: "subscriptions", transfer: false });
    for (const d of [12, 25]) {
      const date = day(d);
      if (past(date)) rev(date, "Card Payment", "EDEKA 4711", -between(r, 2_000, 6_000), { merchant: "EDEKA", category: "groceries", transfer: false });
    }
    if (past(day(20))) rev(day(20), "Card Payment", "Trattoria Da Enzo", -between(r, 2_800, 6_500), { merchant: "Trattoria Da Enzo", category: "restaurants", transfer: false });
    if (y === 2026 && m === 7) {
      rev(day(11), "Card Payment", "Amazon.de", -8_498, { merchant: "Amazon", category: "shopping", transfer: false });
      rev(day(24), "Card Refund", "Amazon.de", 2_499, { merchant: "Amazon", category: "shopping", transfer: false });
    }
    if (y === 2026 && m === 10) {
      rev(day(14), "Card Payment", "Booking.com", -18_900, { merchant: "Booking.com", category: "travel", transfer: false, reverted: true });
    }
    if (y === 2026 && m === 11) {
      rev("2026-11-28", "Card Payment", "Trattoria Da Enzo", -4_350, { merchant: "Trattoria Da Enzo", category: "restaurants", transfer: false, pending: true });
    }
  }

  const byDate = (a: Row, b: Row) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0);
  f.ingBalance = ingBal;
  f.sparkasse.sort((a, b) => byDate(b, a)); // newest first
  f.ing.reverse(); // written oldest first with running Saldo; ING sorts "Datum absteigend"
  f.n26.sort(byDate);
  f.revolut.sort((a, b) => byDate(a, b) || ((a.cells[2] ?? "") < (b.cells[2] ?? "") ? -1 : 1));
  for (const row of f.revolut) {
    // PENDING rows have no balance (§1.2). Assumption: a REVERTED payment never moved the balance, so none is printed either.
    if (row.event.pending || row.event.reverted) continue;
    revBal += row.event.cents;
    row.cells[9] = dot(revBal);
  }
  f.revolutBalance = revBal;
  return f;
}

export function sparkasseCsv(f: Files): Buffer {
  const header = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"];
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  return Buffer.from([q(header), ...f.sparkasse.map((r) => q(r.cells))].join("\r\n") + "\r\n", "latin1");
}

export function ingCsv(f: Files): Buffer {
  const lines = [
    "Umsatzanzeige;Datei erstellt am: 29.11.2026 09:14",
    "",
    `IBAN;${ING_IBAN}`,
    "Kontoname;Extra-Konto",
    "Bank;ING",
    `Kunde;${OWNER}`,
    "Zeitraum;01.12.2025 - 29.11.2026",
    `Saldo;${deThousands(f.ingBalance)};EUR`,
    "",
    "Sortierung;Datum absteigend",
    "",
    "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
    "",
    "Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Notiz;Verwendungszweck;Saldo;Währung;Betrag;Währung",
    ...f.ing.map((r) => r.cells.join(";")),
  ];
  return Buffer.from(lines.join("\n") + "\n", "latin1");
}

export function n26Csv(f: Files): Buffer {
  const header = `"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"`;
  // As in the documented row: text fields quoted, dates, type and numbers bare.
  const line = (c: string[]) => [c[0], c[1], `"${c[2]}"`, `"${c[3]}"`, c[4], `"${c[5]}"`, `"${c[6]}"`, c[7], c[8], c[9], c[10]].join(",");
  return Buffer.from([header, ...f.n26.map((r) => line(r.cells))].join("\n") + "\n", "utf8");
}

export function revolutCsv(f: Files): Buffer {
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const header = "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance";
  return Buffer.from([header, ...f.revolut.map((r) => r.cells.map(cell).join(","))].join("\n") + "\n", "utf8");
}
