// Fourteen months (October 2025 to November 2026) of Lena Hoffmann, 29, a
// product designer in Berlin, written as three real exports
// (/work/shared/bank-formats.md §1.1, §1.2, §1.5):
//  - N26 current CSV: UTF-8, ',', header quoted except Type, data mostly
//    unquoted, ISO dates, signed dot amounts, empty Value Date on card rows.
//  - Revolut EUR account statement: 10 columns, title-case types, a separate
//    positive Fee (weekend FX markup in Copenhagen), running Balance per
//    product (Current and the Savings vault), a PENDING and a REVERTED row.
//  - PayPal activity download, English header from a German account: UTF-8
//    with BOM, every field quoted, DD/MM/YYYY, comma decimals; a purchase is a
//    payment plus a "Bank Deposit to PP Account " funding row (and the N26
//    PayPal direct debit), money received is swept to N26 by a withdrawal, one
//    order carries an authorisation hold and its reversal.
// The same logical events give the expected answers: the test never asks
// Kontor what the right number is.

import { addDays, between, dow, iso, pad, prng, weekday } from "../statement-kit.ts";

export type Acct = "n26" | "rev" | "pp";

/** What a person would call the row, for computing expectations. */
export type Tag =
  | "salary" | "rent" | "rentback" | "electricity" | "dticket" | "telekom" | "rundfunk" | "klarna" | "zalando"
  | "delivery" | "rides" | "groceries" | "drugstore" | "subs" | "topup" | "vault" | "cph" | "concert" | "dinner"
  | "payback" | "cash" | "atmfee" | "ppfund" | "ppsweep" | "hold";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  time: string; // HH:MM:SS, orders rows within a day
  cents: number; // integer minor units, what the balance moved (Revolut: amount minus fee), negative = out
  fee: number; // Revolut fee in cents (positive), already inside `cents`
  tag: Tag;
  merchant?: string;
  transfer?: boolean; // between Lena's own accounts (or PayPal funding/sweeps)
  pending?: boolean;
  reverted?: boolean;
  memo?: boolean; // PayPal hold rows that never move money
  product?: "Current" | "Savings";
  /** Cells without the running balance (added by the writers). */
  row: string[];
}

export const LENA = "Lena Hoffmann";
export const ANNA = "Anna Schulz";
export const JONAS = "Jonas Weber";

/** IBAN with real check digits (ISO 13616 mod 97). */
export function iban(country: string, bban: string): string {
  const letters = (s: string) => [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("");
  let rest = 0;
  for (const d of letters(`${bban}${country}00`)) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, "0")}${bban}`;
}

export const IBAN = {
  n26: iban("DE", "100110012629478301"),
  rev: iban("LT", "32500" + "01234567890"),
  employer: iban("DE", "100500000190123456"),
  landlord: iban("DE", "120300001055443322"),
  vattenfall: iban("DE", "100700000123456789"),
  bvg: iban("DE", "100500000990007000"),
  telekom: iban("DE", "700100800248586807"),
  rundfunk: iban("DE", "370500000012345678"),
  usc: iban("DE", "100100100987654321"),
  klarna: iban("DE", "701400070000123456"),
  paypal: iban("LU", "89751000135104200E"),
};

export const LAST_BOOKED = "2026-11-27";
export const OPENING = { rev: 12_000, revSavings: 0 }; // cents on 30.09.2025
export const REVOLUT_STARTED = "2025-10-01";

const ddmmyyyy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
/** "-24.50": N26 and Revolut write a dot and no thousands separator. */
export const dot = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;
/** "-1.234,56": PayPal from a German account writes comma decimals and a thousands dot. */
export function comma(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${pad(abs % 100)}`;
}
const alnum = (r: () => number, n: number) => Array.from({ length: n }, () => "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[Math.floor(r() * 34)]).join("");
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
/** Central European summer time runs from the last Sunday of March to the last Sunday of October. */
function tzName(date: string): "CET" | "CEST" {
  const y = Number(date.slice(0, 4));
  const lastSunday = (m: number) => {
    let d = iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
    while (dow(d) !== 0) d = addDays(d, -1);
    return d;
  };
  return date >= lastSunday(3) && date < lastSunday(10) ? "CEST" : "CET";
}

interface PayPalDraft {
  date: string; time: string; name: string; type: string; status: string; gross: number; from: string; to: string;
  id: string; ref: string; item: string; note: string; impact: "Debit" | "Credit" | "Memo"; tag: Tag; merchant?: string; transfer?: boolean; memo?: boolean;
}

export function buildEvents(): Event[] {
  const r = prng(19970412);
  const ev: Event[] = [];
  const hhmmss = () => `${pad(between(r, 8, 21))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;

  // N26: Booking Date, Value Date, Partner Name, Partner Iban, Type, Payment Reference, Account Name, Amount (EUR), Original Amount, Original Currency, Exchange Rate
  const n26 = (date: string, tag: Tag, cents: number, partner: string, partnerIban: string, type: string, reference: string,
    o: { merchant?: string; transfer?: boolean; card?: boolean } = {}) =>
    ev.push({
      acct: "n26", date, time: hhmmss(), cents, fee: 0, tag, merchant: o.merchant, transfer: o.transfer,
      row: [date, o.card ? "" : date, partner, partnerIban, type, reference, "Main Account", dot(cents), "", "", ""],
    });
  const n26Card = (day: string, tag: Tag, cents: number, partner: string, merchant?: string) =>
    n26(weekday(day), tag, cents, partner, "", "MasterCard Payment", "", { merchant, card: true });

  // Revolut: Type, Product, Started Date, Completed Date, Description, Amount, Fee, Currency, State (+ Balance in the writer)
  const rev = (day: string, tag: Tag, amount: number, description: string, type: string,
    o: { fee?: number; merchant?: string; transfer?: boolean; pending?: boolean; reverted?: boolean; product?: "Current" | "Savings"; time?: string; completed?: string } = {}) => {
    const time = o.time ?? hhmmss();
    const fee = o.fee ?? 0;
    const completedDay = o.completed ?? (type === "Card Payment" ? addDays(day, 1) : day);
    // A card payment settles the next night; top-ups and vault transfers complete at once.
    const settled = type === "Card Payment" ? `${pad(between(r, 0, 7))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}` : time;
    const completed = o.pending ? "" : `${completedDay} ${settled}`;
    const state = o.pending ? "PENDING" : o.reverted ? "REVERTED" : "COMPLETED";
    ev.push({
      acct: "rev", date: day, time, cents: amount - fee, fee, tag, merchant: o.merchant, transfer: o.transfer, pending: o.pending, reverted: o.reverted,
      product: o.product ?? "Current",
      row: [type, o.product ?? "Current", `${day} ${time}`, completed, description, dot(amount), dot(fee), "EUR", state],
    });
  };

  const pp: PayPalDraft[] = [];
  const ppId = () => `${digits(r, 1)}${alnum(r, 16)}`;
  /** A PayPal purchase: the payment, its bank funding row, and the N26 direct debit that funds it. */
  const ppBuy = (day: string, tag: Tag, cents: number, name: string, email: string, type: string, item: string, merchant: string, o: { hold?: boolean } = {}) => {
    const time = hhmmss();
    const id = ppId();
    if (o.hold) {
      const holdId = ppId();
      pp.push({ date: day, time, name: "PayPal", type: "Account Hold for Open Authorization", status: "Pending", gross: cents, from: "", to: "", id: holdId, ref: id, item: "", note: "", impact: "Memo", tag: "hold", memo: true });
      pp.push({ date: day, time, name: "PayPal", type: "Reversal of General Account Hold", status: "Completed", gross: -cents, from: "", to: "", id: ppId(), ref: holdId, item: "", note: "", impact: "Memo", tag: "hold", memo: true });
    }
    // The funding row comes first, so the running balance never goes below zero.
    pp.push({ date: day, time, name: "", type: "Bank Deposit to PP Account ", status: "Completed", gross: -cents, from: "", to: "lena.hoffmann@example.invalid", id: ppId(), ref: id, item: "", note: "", impact: "Credit", tag: "ppfund", transfer: true });
    pp.push({ date: day, time, name, type, status: "Completed", gross: cents, from: "lena.hoffmann@example.invalid", to: email, id, ref: "", item, note: "", impact: "Debit", tag, merchant });
    const eref = digits(r, 13);
    n26(weekday(addDays(day, 1)), "ppfund", cents, "PayPal Europe S.a.r.l. et Cie S.C.A", IBAN.paypal, "Direct Debit",
      `${eref}/PP.${digits(r, 4)}.PP/, ${name}, Ihr Einkauf bei ${name}`, { transfer: true });
  };
  const ppReceive = (day: string, tag: Tag, cents: number, name: string, email: string, note: string) =>
    pp.push({ date: day, time: hhmmss(), name, type: "General Payment", status: "Completed", gross: cents, from: email, to: "lena.hoffmann@example.invalid", id: ppId(), ref: "", item: "", note, impact: "Credit", tag });

  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;
    const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
    const raw = (d: number) => iso(y, m, d);
    const day = (d: number) => weekday(raw(d));
    const in2026 = y === 2026;

    // Salary from a Berlin tech company, raised in April 2026.
    const salary = in2026 && m >= 4 ? 358_810 : 341_256;
    n26(day(27), "salary", salary, "Kiezlabs GmbH", IBAN.employer, "Income", `Gehalt ${mm} Pers.-Nr. 1042 Lena Hoffmann`);

    // Rent: Lena pays the landlord; Anna (the flatmate) sends her share via PayPal.
    n26(day(1), "rent", -142_000, "Hausverwaltung Brenner GmbH", IBAN.landlord, "Outgoing Transfer", `Miete ${mm} Weserstr. 58 WE 3 Hoffmann/Schulz`);
    ppReceive(raw(between(r, 1, 3)), "rentback", 65_000, ANNA, "anna.schulz@example.invalid", `rent ${month.toLowerCase()} 🏠`);

    // Fixed costs.
    n26(day(2), "electricity", -6_200, "Vattenfall Europe Sales GmbH", IBAN.vattenfall, "Direct Debit", `Abschlag Strom Vertragskonto 860012345 ${mm}`, { merchant: "Vattenfall" });
    n26(day(1), "dticket", in2026 ? -6_300 : -5_800, "BVG Berliner Verkehrsbetriebe", IBAN.bvg, "Direct Debit", `Deutschlandticket ${mm} Abo-Nr. 7712300`, { merchant: "BVG" });
    n26(day(4), "telekom", -3_995, "Telekom Deutschland GmbH", IBAN.telekom, "Direct Debit", `MagentaZuhause M Buchungskonto 5551234567 ${mm}`, { merchant: "Telekom" });
    if ([1, 4, 7, 10].includes(m)) n26(day(15), "rundfunk", -5_508, "Rundfunk ARD, ZDF, DRadio", IBAN.rundfunk, "Direct Debit", `Rundfunkbeitrag Beitragsnr. 512345678 ${pad(m)}/${y}-${pad(m + 2)}/${y}`, { merchant: "Rundfunkbeitrag" });
    n26(day(1), "subs", -5_900, "Urban Sports GmbH", IBAN.usc, "Direct Debit", `Urban Sports Club M Mitgliedschaft ${mm}`, { merchant: "Urban Sports Club" });
    n26Card(raw(17), "subs", in2026 && m >= 3 ? -299 : -99, "APPLE.COM/BILL", "iCloud");

    // Top-up of Revolut from N26 (both sides), the Revolut subscriptions and the vault.
    const top = day(3);
    n26(top, "topup", -30_000, LENA, IBAN.rev, "Outgoing Transfer", "Revolut top up", { transfer: true });
    rev(top, "topup", 30_000, `Payment from ${LENA.toUpperCase()}`, "Topup", { transfer: true, time: "16:05:00" });
    rev(raw(5), "subs", -1_199, "Spotify", "Card Payment", { merchant: "Spotify" });
    rev(raw(12), "subs", -1_399, "Netflix", "Card Payment", { merchant: "Netflix" });
    rev(raw(21), "subs", -2_299, "OpenAI *ChatGPT Subscr", "Card Payment", { merchant: "ChatGPT" });
    const vaultDay = raw(6);
    rev(vaultDay, "vault", -15_000, "To EUR Savings", "Transfer", { transfer: true, time: "07:30:00", completed: vaultDay });
    rev(vaultDay, "vault", 15_000, "From EUR Current", "Transfer", { transfer: true, time: "07:30:00", completed: vaultDay, product: "Savings" });

    // Adobe and Lieferando through PayPal (each funded from N26).
    ppBuy(raw(9), "subs", -1_189, "Adobe Systems Software Ireland Ltd", "paypal@adobe.example.invalid", "PreApproved Payment Bill User Payment", "Photography plan 20GB", "Adobe");
    ppBuy(raw(between(r, 10, 25)), "delivery", -between(r, 1_890, 3_490), "Lieferando.de", "paypal@lieferando.example.invalid", "Express Checkout Payment", "Bestellung Lieferando", "Lieferando");

    // Food delivery on cards, rides on Revolut.
    n26Card(raw(between(r, 1, 13)), "delivery", -between(r, 1_650, 3_800), "Wolt", "Wolt");
    n26Card(raw(between(r, 14, 26)), "delivery", -between(r, 1_650, 3_800), "Wolt", "Wolt");
    rev(raw(between(r, 2, 26)), "delivery", -between(r, 1_500, 3_200), "Uber Eats", "Card Payment", { merchant: "Uber Eats" });
    rev(raw(between(r, 1, 14)), "rides", -between(r, 900, 2_400), "Uber", "Card Payment", { merchant: "Uber" });
    rev(raw(between(r, 15, 26)), "rides", -between(r, 800, 1_900), "Bolt", "Card Payment", { merchant: "Bolt" });
    rev(raw(between(r, 1, 26)), "rides", -between(r, 250, 690), "Tier", "Card Payment", { merchant: "Tier" });

    // Groceries and drugstores on N26.
    for (const d of [4, 11, 18, 25]) n26Card(raw(d), "groceries", -between(r, 2_200, 6_800), "REWE SAGT DANKE 44512", "REWE");
    n26Card(raw(8), "groceries", -between(r, 1_500, 4_200), "EDEKA Ullrich", "Edeka");
    n26Card(raw(22), "groceries", -between(r, 900, 2_600), "Lidl sagt Danke", "Lidl");
    n26Card(raw(13), "drugstore", -between(r, 700, 3_100), "dm-drogerie markt", "dm");
    if (m % 2 === 0) n26Card(raw(24), "drugstore", -between(r, 500, 1_800), "Rossmann 1234", "Rossmann");

    // Cash: one withdrawal a month, two in some months.
    n26(day(7), "cash", -10_000, "Berliner Sparkasse ATM", "", "MasterCard Payment", "Cash withdrawal Alexanderplatz", { card: true });
  }

  // One-offs, in date order.
  // An annual electricity statement pays money back (the "refund").
  n26("2026-02-10", "electricity", 8_420, "Vattenfall Europe Sales GmbH", IBAN.vattenfall, "Credit Transfer", "Guthaben Jahresabrechnung 2025 Vertragskonto 860012345", { merchant: "Vattenfall" });
  rev("2026-01-29", "vault", -50_000, "To EUR Savings", "Transfer", { transfer: true, time: "18:12:00", completed: "2026-01-29" });
  rev("2026-01-29", "vault", 50_000, "From EUR Current", "Transfer", { transfer: true, time: "18:12:00", completed: "2026-01-29", product: "Savings" });
  n26("2026-01-28", "topup", -50_000, LENA, IBAN.rev, "Outgoing Transfer", "Revolut top up bonus to vault", { transfer: true });
  rev("2026-01-28", "topup", 50_000, `Payment from ${LENA.toUpperCase()}`, "Topup", { transfer: true, time: "17:40:00" });

  // Zalando via PayPal, one item of the March order sent back.
  ppBuy("2026-03-09", "zalando", -12_990, "Zalando SE", "paypal@zalando.example.invalid", "Express Checkout Payment", "Bestellung 10504477123", "Zalando");
  const march = pp.find((p) => p.tag === "zalando")!;
  pp.push({ date: "2026-03-20", time: "10:14:09", name: "Zalando SE", type: "Payment Refund", status: "Completed", gross: 5_995, from: "paypal@zalando.example.invalid", to: "lena.hoffmann@example.invalid", id: ppId(), ref: march.id, item: "Retoure 10504477123", note: "", impact: "Credit", tag: "zalando", merchant: "Zalando" });
  ppBuy("2026-10-02", "zalando", -8_495, "Zalando SE", "paypal@zalando.example.invalid", "Express Checkout Payment", "Bestellung 10509911876", "Zalando", { hold: true });

  // A concert ticket through PayPal.
  ppBuy("2026-05-04", "concert", -9_430, "CTS EVENTIM AG & Co. KGaA", "paypal@eventim.example.invalid", "Express Checkout Payment", "Tickets Parcels Columbiahalle 11.07.2026", "Eventim");

  // Dinner for two, Jonas pays his half back on PayPal.
  n26Card("2026-06-12", "dinner", -8_600, "Monsieur Vuong", "Monsieur Vuong");
  ppReceive("2026-06-13", "payback", 4_300, JONAS, "jonas.weber@example.invalid", "dinner monsieur vuong 🍜 thx!");

  // ATM fees beyond the free withdrawals, with the extra withdrawals that caused them.
  for (const d of ["2026-03-21", "2026-11-14"]) {
    n26(d, "cash", -5_000, "Berliner Sparkasse ATM", "", "MasterCard Payment", "Cash withdrawal Warschauer Str", { card: true });
    n26(d, "atmfee", -200, "N26", "", "Debit Transfer", "ATM fee: withdrawal beyond free allowance", { merchant: "N26" });
  }

  // The sofa on Klarna Pay in 3: 399.00 at purchase, after 30 and after 60 days (the third on 14.12.2026, still due).
  n26("2026-10-15", "klarna", -39_900, "Klarna Bank AB (publ)", IBAN.klarna, "Direct Debit", "Sofacompany Bestellung 77120034 Pay in 3 Rate 1 von 3", { merchant: "Klarna" });
  n26("2026-11-16", "klarna", -39_900, "Klarna Bank AB (publ)", IBAN.klarna, "Direct Debit", "Sofacompany Bestellung 77120034 Pay in 3 Rate 2 von 3", { merchant: "Klarna" });

  // Copenhagen, Friday 18 to Sunday 20 September 2026: the flight booked in August, then DKK card
  // payments converted by Revolut (1 % weekend markup as Fee on Saturday and Sunday), topped up first.
  n26("2026-09-14", "topup", -40_000, LENA, IBAN.rev, "Outgoing Transfer", "Revolut top up Copenhagen", { transfer: true });
  rev("2026-09-14", "topup", 40_000, `Payment from ${LENA.toUpperCase()}`, "Topup", { transfer: true, time: "19:02:00" });
  rev("2026-08-03", "cph", -15_800, "Norwegian Air Shuttle", "Card Payment", { merchant: "Norwegian", time: "21:14:33" });
  const cph: [string, string, number, number][] = [
    ["2026-09-18 14:02:11", "DSB Copenhagen Airport", -1_621, 0],
    ["2026-09-18 15:30:45", "Hotel Ottilia Copenhagen", -32_180, 0],
    ["2026-09-18 20:11:02", "Gasoline Grill Kobenhavn", -2_145, 0],
    ["2026-09-19 11:05:37", "Torvehallerne KBH", -2_812, 28],
    ["2026-09-19 15:47:20", "Tivoli A/S", -2_680, 27],
    ["2026-09-19 20:33:08", "Restaurant Barr Kobenhavn", -9_384, 94],
    ["2026-09-20 10:12:55", "Andersen Bakery Kobenhavn", -1_073, 11],
    ["2026-09-20 16:40:03", "DSB Copenhagen Airport", -1_621, 16],
  ];
  for (const [ts, name, amount, fee] of cph) rev(ts.slice(0, 10), "cph", amount, name, "Card Payment", { fee, merchant: name, time: ts.slice(11) });

  // A Bolt ride reverted by Revolut, and an Uber Eats order still pending when exported.
  rev("2026-10-09", "rides", -1_160, "Bolt", "Card Payment", { merchant: "Bolt", reverted: true, time: "23:48:10" });
  rev("2026-11-27", "delivery", -2_180, "Uber Eats", "Card Payment", { merchant: "Uber Eats", pending: true, time: "20:15:42" });

  // PayPal: every balance is swept to N26 the day after Anna's rent share arrives.
  pp.sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  let balance = 0;
  const withSweeps: PayPalDraft[] = [];
  for (const p of pp) {
    if (p.date > LAST_BOOKED) continue;
    withSweeps.push(p);
    if (p.impact !== "Memo") balance += p.gross;
    if (p.tag === "rentback") {
      const sweepDay = addDays(p.date, 1);
      withSweeps.push({ date: sweepDay, time: "09:00:00", name: "", type: "General Withdrawal", status: "Completed", gross: -balance, from: "lena.hoffmann@example.invalid", to: "", id: ppId(), ref: "", item: "", note: "", impact: "Debit", tag: "ppsweep", transfer: true });
      n26(weekday(addDays(sweepDay, 1)), "ppsweep", balance, "PayPal Europe S.a.r.l. et Cie S.C.A", IBAN.paypal, "Credit Transfer", `PayPal Auszahlung ${digits(r, 13)}`, { transfer: true });
      balance = 0;
    }
  }
  withSweeps.sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  for (const p of withSweeps) {
    ev.push({
      acct: "pp", date: p.date, time: p.time, cents: p.impact === "Memo" ? 0 : p.gross, fee: 0, tag: p.tag, merchant: p.merchant, transfer: p.transfer, memo: p.memo,
      pending: p.status === "Pending" ? true : undefined,
      row: [ddmmyyyy(p.date), p.time, tzName(p.date), p.name, p.type, p.status, "EUR", comma(p.gross), "0,00", comma(p.gross), p.from, p.to, p.id, p.item, p.ref, p.note, p.impact],
    });
  }

  return ev
    .filter((e) => e.date <= LAST_BOOKED || e.pending)
    .filter((e) => e.date >= REVOLUT_STARTED)
    .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
}

/** N26 current export (§1.1): header quoted except Type, names and references quoted, numbers bare. */
export function n26Csv(events: Event[]): Buffer {
  const header = `"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = events.filter((e) => e.acct === "n26").map((e) => {
    const [b, v, name, ibanCell, type, ref, acc, amount, oa, oc, rate] = e.row;
    return [b, v, q(name!), q(ibanCell!), type, q(ref!), q(acc!), amount, oa, oc, rate].join(",");
  });
  return Buffer.from(`${[header, ...rows].join("\n")}\n`, "utf8");
}

/** Revolut account statement (§1.2): running balance per product, none on PENDING/REVERTED rows. */
export function revolutCsv(events: Event[]): Buffer {
  const header = "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance";
  const bal = { Current: OPENING.rev, Savings: OPENING.revSavings };
  const needsQuote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = events.filter((e) => e.acct === "rev").map((e) => {
    let balanceCell = "";
    if (!e.pending && !e.reverted) {
      bal[e.product ?? "Current"] += e.cents;
      balanceCell = dot(bal[e.product ?? "Current"]);
    }
    return [...e.row, balanceCell].map(needsQuote).join(",");
  });
  return Buffer.from(`${[header, ...rows].join("\n")}\n`, "utf8");
}

export function revolutClosing(events: Event[], product: "Current" | "Savings"): number {
  const start = product === "Current" ? OPENING.rev : OPENING.revSavings;
  return events.filter((e) => e.acct === "rev" && (e.product ?? "Current") === product && !e.pending && !e.reverted).reduce((a, e) => a + e.cents, start);
}

const PAYPAL_HEADER = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID", "Shipping Address", "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount", "Sales Tax", "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance", "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City", "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country", "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact"];

/** PayPal activity download, English header from a German account (§1.5): BOM, all quoted, DD/MM/YYYY, comma decimals. */
export function paypalCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  let balance = 0;
  const rows = events.filter((e) => e.acct === "pp").map((e) => {
    const [date, time, tz, name, type, status, cur, gross, fee, net, from, to, id, item, ref, note, impact] = e.row as [string, ...string[]];
    if (impact !== "Memo") balance += e.cents;
    const cells: Record<string, string> = {
      Date: date, Time: time!, TimeZone: tz!, Name: name!, Type: type!, Status: status!, Currency: cur!, Gross: gross!, Fee: fee!, Net: net!,
      "From Email Address": from!, "To Email Address": to!, "Transaction ID": id!, "Item Title": item!, "Reference Txn ID": ref!, Quantity: item ? "1" : "",
      Balance: comma(balance), Note: note!, "Country Code": name === ANNA || name === JONAS ? "DE" : "", "Balance Impact": impact!,
    };
    return q(PAYPAL_HEADER.map((h) => cells[h] ?? ""));
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${[q(PAYPAL_HEADER), ...rows].join("\r\n")}\r\n`, "utf8")]);
}
