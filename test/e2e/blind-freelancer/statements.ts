// Fourteen months (1 October 2025 to 27 November 2026) of Priyanka Shah, a
// self-employed translator in Manchester, written as three real UK exports
// (/work/shared/bank-formats.md §1.3):
//  - Monzo personal current account, the 20-column export: DD/MM/YYYY plus a
//    Time column, signed GBP Amount, Local amount/currency for card payments
//    abroad, Money Out negative, #tags in "Notes and #tags", pot transfers.
//  - Starling, the account clients pay into: Date,Counter Party,Reference,Type,
//    Amount (GBP),Balance (GBP),Spending Category,Notes (app export).
//  - Barclays joint current account: Number,Date,Account,Amount,Subcategory,Memo
//    with padded memos ending in BCC/CPM/BGC/DDR/STO/BBP.
// None of the three formats carries pending rows (§0 rule 5), so there are none.
// Expected answers are computed from these events, never from Kontor.

import { addDays, between, iso, pad, prng, weekday } from "../statement-kit.ts";

export type Acct = "mz" | "st" | "bc";

export type Tag =
  | "client" | "interest" | "partner" | "hmrc-sa" | "hmrc-nic" | "software" | "groceries" | "takeaway" | "transit" | "taxi"
  | "streaming" | "cash" | "rent" | "council" | "energy" | "water" | "broadband" | "amex" | "eating-out" | "shopping" | "travel" | "own";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer pence, negative = money out
  tag: Tag;
  /** Who paid or was paid, as a person would name them. */
  merchant?: string;
  /** Between Priyanka's own accounts or pots: neither spending nor income. */
  transfer?: boolean;
  /** Monzo #tags (the Lisbon trip is tagged #lisbon2026). */
  notes?: string;
  mz?: { time: string; type: string; name: string; category: string; local?: [number, string]; address: string; desc: string };
  st?: { party: string; ref: string; type: string; cat: string };
  bc?: { sub: string; memo: string };
}

export const LAST_BOOKED = "2026-11-27";
export const OPENING = { mz: 84_217, st: 612_450, bc: 143_080 }; // pence on 30 Sep 2025
export const BARCLAYS_ACCOUNT = "20-32-06 43218765";

const MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** "-1234.56" / "1234.56" as all three UK exports write amounts. */
export function gbp(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${pad(abs % 100)}`;
}
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
/** Barclays card memos name the day the card was used: "ON 21 JUL". */
const onDay = (d: string) => `ON ${d.slice(8, 10)} ${MON[Number(d.slice(5, 7)) - 1]}`;
const memo = (name: string, middle: string, code: string) => `${name.padEnd(18)} ${middle.padEnd(22)} ${code}`;

export function buildEvents(): Event[] {
  const r = prng(19880412);
  const ev: Event[] = [];
  const time = () => `${pad(between(r, 7, 22))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;

  const mz = (date: string, tag: Tag, cents: number, type: string, name: string, category: string, desc: string,
    o: { merchant?: string; transfer?: boolean; local?: [number, string]; notes?: string; address?: string } = {}) =>
    ev.push({ acct: "mz", date, cents, tag, merchant: o.merchant ?? name, transfer: o.transfer, notes: o.notes,
      mz: { time: time(), type, name, category, local: o.local, address: o.address ?? "", desc } });
  const card = (date: string, tag: Tag, cents: number, name: string, category: string, desc: string, address = "Manchester") =>
    mz(date, tag, cents, "Card payment", name, category, desc, { address });
  const st = (date: string, tag: Tag, cents: number, party: string, ref: string, type: string, cat: string, o: { merchant?: string; transfer?: boolean } = {}) =>
    ev.push({ acct: "st", date, cents, tag, merchant: o.merchant ?? party, transfer: o.transfer, st: { party, ref, type, cat } });
  const bc = (date: string, tag: Tag, cents: number, sub: string, text: string, merchant: string, transfer = false) =>
    ev.push({ acct: "bc", date, cents, tag, merchant, transfer, bc: { sub, memo: text } });
  /** A card payment on the Barclays joint account: booked the next working day, memo names the day used. */
  const bcCard = (used: string, tag: Tag, cents: number, name: string, merchant: string, code = "BCC") =>
    bc(weekday(addDays(used, 1)), tag, cents, "Debit", memo(name, onDay(used), code), merchant);

  // Monthly agency retainer: LinguaVox pays her invoice around the 20th.
  const linguavox = [214_000, 198_050, 176_420, 231_600, 205_280, 189_900, 243_115, 220_000, 167_545, 251_830, 198_760, 226_400, 212_090, 240_360];
  const amex = [38_712, 45_190, 61_233, 29_870, 33_415, 40_008, 36_920, 58_744, 47_301, 42_219, 39_560, 51_127, 61_235, 44_872];

  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const day = (d: number) => weekday(iso(y, m, d));
    const raw = (d: number) => iso(y, m, d);
    const from2026Apr = y === 2026 && m >= 4;

    // --- Starling: clients in, her own pay and the household share out, work software, interest.
    st(day(20), "client", linguavox[i]!, "LinguaVox Ltd", `LV INV ${y}${pad(m)}-PS`, "FASTER PAYMENT", "INCOME", { merchant: "LinguaVox" });
    st(day(1), "own", -220_000, "Priyanka Shah", "Monzo", "FASTER PAYMENT", "PAYMENTS", { transfer: true });
    st(day(27), "own", -115_000, "P Shah", "Household", "FASTER PAYMENT", "PAYMENTS", { transfer: true });
    st(raw(1), "software", y === 2026 && m >= 4 ? -700 : -680, "Google", "GOOGLE*WORKSPACE PSHAHTRA", "CARD", "GENERAL", { merchant: "Google Workspace" });
    st(raw(3), "software", -749, "DeepL", "DEEPL PRO  KOLN DEU", "CARD", "GENERAL", { merchant: "DeepL" });
    st(raw(9), "software", -1_997, "Adobe", "ADOBE  *ACROBAT PRO  UXBRIDGE GBR", "CARD", "GENERAL", { merchant: "Adobe" });
    st(raw(14), "software", -1_299, "Zoom", "ZOOM.US 888-799-9666  SAN JOSE USA", "CARD", "GENERAL", { merchant: "Zoom" });
    if (i > 0) st(raw(1), "interest", between(r, 180, 420), "Starling Bank", "Interest", "DEPOSIT INTEREST", "INCOME");

    // --- Monzo: her pay from Starling, everyday spending, a rainy-day pot.
    mz(day(1), "own", 220_000, "Faster payment", "Priyanka Shah", "Transfers", "Monzo", { transfer: true, merchant: "Priyanka Shah" });
    mz(raw(2), "own", -10_000, "Pot transfer", "Rainy Day", "Savings", "pot_0000AbCdEfGhRainyDay01", { transfer: true });
    const aldi = [4, 11, 18, 25].map((d) => [d, -between(r, 2_150, 4_890)] as const);
    for (const [d, c] of aldi) card(raw(d), "groceries", c, "Aldi", "Groceries", "ALDI 78 CHORLTON        MANCHESTER    GBR");
    card(raw(8), "groceries", -between(r, 900, 2_400), "Marks & Spencer", "Groceries", "M&S SIMPLY FOOD - 2341   MANCHESTER    GBR");
    card(raw(16), "takeaway", -between(r, 1_850, 3_290), "Deliveroo", "Eating out", "DELIVEROO.CO.UK          LONDON        GBR", "London");
    card(raw(23), "takeaway", -between(r, 1_650, 2_980), "Deliveroo", "Eating out", "DELIVEROO.CO.UK          LONDON        GBR", "London");
    card(raw(12), "takeaway", -between(r, 1_420, 2_760), "Uber Eats", "Eating out", "UBER   *EATS             HELP.UBER.COM GBR", "Amsterdam");
    card(raw(6), "transit", -between(r, 430, 780), "Metrolink", "Transport", "TFGM METROLINK           MANCHESTER    GBR");
    card(raw(19), "transit", -between(r, 430, 780), "Metrolink", "Transport", "TFGM METROLINK           MANCHESTER    GBR");
    card(raw(18), "streaming", -1_099, "Netflix", "Entertainment", "NETFLIX.COM              AMSTERDAM     NLD", "Amsterdam");
    card(raw(22), "streaming", -1_199, "Spotify", "Entertainment", "SPOTIFY                  STOCKHOLM     SWE", "Stockholm");
    card(raw(10), "eating-out", -between(r, 1_200, 4_200), "Federal Cafe", "Eating out", "SQ *FEDERAL CAFE BAR     MANCHESTER    GBR");
    if (m % 2 === 0) card(raw(13), "cash", m % 4 === 0 ? -6_000 : -4_000, "Notemachine", "Cash", "NOTEMACHINE 14 DEANSGATE MANCHESTER   GBR");

    // --- Barclays joint: her share and her partner's in; rent, bills, the Amex, the big shop.
    bc(day(27), "own", 115_000, "DIRECTDEP", memo("P SHAH", "HOUSEHOLD", "BGC"), "Priyanka Shah", true);
    bc(day(27), "partner", 115_000, "DIRECTDEP", memo("T HUGHES", "HOUSEHOLD", "BGC"), "Tom Hughes");
    bc(day(1), "rent", -165_000, "PAYMENT", memo("HALLAM ESTATES LTD", "RENT FLAT 2 14 ALBERT", "STO"), "Hallam Estates");
    if (m <= 1 || m >= 4) bc(day(15), "council", from2026Apr ? -18_090 : -17_140, "PAYMENT", memo("MANCHESTER CC", "CTAX 6012345678", "DDR"), "Manchester City Council");
    bc(day(12), "energy", y === 2025 || m <= 3 ? -11_800 : -10_400, "PAYMENT", memo("OCTOPUS ENERGY", "A-3F2C91D0", "DDR"), "Octopus Energy");
    bc(day(20), "water", -4_250, "PAYMENT", memo("UNITED UTILITIES", "3004127781", "DDR"), "United Utilities");
    bc(day(8), "broadband", from2026Apr ? -4_950 : -4_600, "PAYMENT", memo("VIRGIN MEDIA", "VM 61234987", "DDR"), "Virgin Media");
    bc(day(24), "amex", -amex[i]!, "PAYMENT", memo("AMERICAN EXPRESS", "3742XXXXXX31009", "DDR"), "American Express");
    bcCard(raw(5), "groceries", -between(r, 5_400, 11_800), "TESCO STORES 3021", "Tesco");
    bcCard(raw(14), "groceries", -between(r, 3_100, 9_600), "SAINSBURYS S/MKTS", "Sainsbury's");
    bcCard(raw(21), "groceries", -between(r, 5_400, 11_800), "TESCO STORES 3021", "Tesco");
    if (i % 3 === 1) bcCard(raw(26), "takeaway", -between(r, 2_400, 4_100), "DELIVEROO", "Deliveroo", "CPM");
  }

  // --- Irregular clients on Starling.
  const tp: [string, number][] = [["2025-11-06", 86_500], ["2026-02-13", 132_040], ["2026-05-28", 54_000], ["2026-08-11", 201_575], ["2026-10-09", 76_000]];
  for (const [d, c] of tp) st(d, "client", c, "TransPerfect Translations Ltd", `TPT REMIT ${d.replace(/-/g, "").slice(2)}`, "FASTER PAYMENT", "INCOME", { merchant: "TransPerfect" });
  const wl: [string, number][] = [["2025-12-17", 110_520], ["2026-03-24", 148_800], ["2026-07-15", 93_060], ["2026-09-22", 126_000], ["2026-11-18", 70_530]];
  for (const [d, c] of wl) st(d, "client", c, "Welocalize Europe Ltd", `WELO PO ${between(r, 100000, 999999)}`, "FASTER PAYMENT", "INCOME", { merchant: "Welocalize" });
  st("2026-06-05", "client", 45_000, "Okafor & Partners Solicitors", "INV 2026-014 CERTIFIED TRANSL", "FASTER PAYMENT", "INCOME", { merchant: "Okafor & Partners" });
  st("2026-10-21", "client", 32_000, "Dr Anke Vogel", "Rechnung 2026-022", "FASTER PAYMENT", "INCOME", { merchant: "Anke Vogel" });

  // --- HMRC from Starling: 31 January balancing payment and first payment on account,
  // voluntary Class 2 National Insurance, 31 July second payment on account.
  st("2026-01-28", "hmrc-sa", -184_260, "HMRC Self Assessment", "4417302958K", "FASTER PAYMENT", "PAYMENTS", { merchant: "HMRC" });
  st("2026-01-28", "hmrc-sa", -315_000, "HMRC Self Assessment", "4417302958K", "FASTER PAYMENT", "PAYMENTS", { merchant: "HMRC" });
  st("2026-01-29", "hmrc-nic", -18_200, "HMRC NICO", "110123456789012345", "FASTER PAYMENT", "PAYMENTS", { merchant: "HMRC" });
  st("2026-07-27", "hmrc-sa", -315_000, "HMRC Self Assessment", "4417302958K", "FASTER PAYMENT", "PAYMENTS", { merchant: "HMRC" });
  // Trados Studio, renewed once a year.
  st("2026-03-12", "software", -27_600, "Trados", "RWS*TRADOS STUDIO FREELA MAIDENHEAD GBR", "CARD", "GENERAL", { merchant: "Trados" });

  // --- Lisbon, 14–18 May 2026: flights and flat booked in March, a pot saved up for it,
  // card payments in euros there. Every trip row carries Priyanka's #lisbon2026 tag.
  for (const d of ["2026-01-02", "2026-02-02", "2026-03-02", "2026-04-02"])
    mz(d, "own", -15_000, "Pot transfer", "Lisbon", "Savings", "pot_0000XyZlisbonTrip2026", { transfer: true });
  mz("2026-05-13", "own", 60_000, "Pot transfer", "Lisbon", "Savings", "pot_0000XyZlisbonTrip2026", { transfer: true });
  const trip = (date: string, tag: Tag, cents: number, name: string, category: string, desc: string, address: string, local?: [number, string]) =>
    mz(date, tag, cents, "Card payment", name, category, desc, { notes: "#lisbon2026", address, local });
  trip("2026-03-05", "travel", -18_746, "easyJet", "Travel", "EASYJET000  EJX4KQ2      LUTON         GBR", "Luton");
  trip("2026-03-06", "travel", -41_280, "Airbnb", "Holidays", "AIRBNB * HMQ2ZT8C4P      LONDON        GBR", "London");
  trip("2026-05-14", "transit", -1_394, "Metropolitano de Lisboa", "Transport", "METROPOLITANO LISBOA     LISBOA        PRT", "Lisboa", [-1_620, "EUR"]);
  trip("2026-05-14", "groceries", -2_287, "Pingo Doce", "Groceries", "PINGO DOCE BAIXA         LISBOA        PRT", "Lisboa", [-2_658, "EUR"]);
  trip("2026-05-15", "eating-out", -4_126, "Time Out Market", "Eating out", "TIME OUT MARKET LISBOA   LISBOA        PRT", "Lisboa", [-4_795, "EUR"]);
  trip("2026-05-15", "cash", -8_604, "Euronet", "Cash", "EURONET 360 R AUGUSTA    LISBOA        PRT", "Lisboa", [-10_000, "EUR"]);
  trip("2026-05-16", "eating-out", -1_049, "Pasteis de Belem", "Eating out", "PASTEIS DE BELEM         LISBOA        PRT", "Lisboa", [-1_220, "EUR"]);
  trip("2026-05-16", "taxi", -1_583, "Uber", "Transport", "UBER   *TRIP             HELP.UBER.COM PRT", "Lisboa", [-1_840, "EUR"]);
  trip("2026-05-17", "eating-out", -5_617, "Cervejaria Ramiro", "Eating out", "CERVEJARIA RAMIRO        LISBOA        PRT", "Lisboa", [-6_530, "EUR"]);
  trip("2026-05-18", "taxi", -2_271, "Uber", "Transport", "UBER   *TRIP             HELP.UBER.COM PRT", "Lisboa", [-2_640, "EUR"]);

  // --- Trips to London clients: trains and TfL.
  card("2026-02-10", "transit", -8_940, "Trainline", "Transport", "TRAINLINE.COM            EDINBURGH     GBR", "Edinburgh");
  card("2026-02-11", "transit", -1_070, "Transport for London", "Transport", "TFL TRAVEL CH            TFL.GOV.UK/CP GBR", "London");
  card("2026-09-01", "transit", -11_260, "Avanti West Coast", "Transport", "AVANTI WEST COAST        LONDON        GBR", "London");
  card("2026-09-03", "transit", -1_340, "Transport for London", "Transport", "TFL TRAVEL CH            TFL.GOV.UK/CP GBR", "London");

  // --- Amazon: headphones sent back, refunded in full; and a cable that stayed.
  card("2026-08-03", "shopping", -8_999, "Amazon", "Shopping", "AMZNMKTPLACE AMAZON.CO.UK                  GBR", "London");
  card("2026-08-12", "shopping", 8_999, "Amazon", "Shopping", "AMZNMKTPLACE AMAZON.CO.UK                  GBR", "London");
  card("2026-10-07", "shopping", -1_299, "Amazon", "Shopping", "AMAZON.CO.UK*HK4RT07V4   AMAZON.CO.UK  GBR", "London");
  // Uber Eats left out a dish in October and paid it back.
  card("2026-10-13", "takeaway", 845, "Uber Eats", "Eating out", "UBER   *EATS             HELP.UBER.COM GBR", "Amsterdam");

  return ev.filter((e) => e.date <= LAST_BOOKED).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function closing(events: Event[], acct: Acct): number {
  return events.filter((e) => e.acct === acct).reduce((a, e) => a + e.cents, OPENING[acct]);
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Monzo, the 20-column export (bank-formats.md §1.3): oldest first, running balance in GBP. */
export function monzoCsv(events: Event[]): Buffer {
  const r = prng(7);
  const id = () => `tx_0000${Array.from({ length: 18 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(r() * 62)]).join("")}`;
  const header = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency";
  let balance = OPENING.mz;
  const rows = events.filter((e) => e.acct === "mz").map((e) => {
    const x = e.mz!;
    balance += e.cents;
    const [local, cur] = x.local ?? [e.cents, "GBP"];
    return [id(), ddmmyyyy(e.date), x.time, x.type, x.name, "", x.category, gbp(e.cents), "GBP", gbp(local), cur, e.notes ?? "", x.address, "", x.desc, "",
      e.cents < 0 ? gbp(e.cents) : "", e.cents > 0 ? gbp(e.cents) : "", gbp(balance), "GBP"].map(csvCell).join(",");
  });
  return Buffer.from(`${[header, ...rows].join("\n")}\n`, "utf8");
}

/** Starling app export (§1.3): Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes. */
export function starlingCsv(events: Event[]): Buffer {
  const header = "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes";
  let balance = OPENING.st;
  const rows = events.filter((e) => e.acct === "st").map((e) => {
    const x = e.st!;
    balance += e.cents;
    return [ddmmyyyy(e.date), x.party, x.ref, x.type, gbp(e.cents), gbp(balance), x.cat, ""].map(csvCell).join(",");
  });
  return Buffer.from(`${[header, ...rows].join("\n")}\n`, "utf8");
}

/** Barclays current account (§1.3): Number,Date,Account,Amount,Subcategory,Memo, newest first, Number empty. */
export function barclaysCsv(events: Event[]): Buffer {
  const header = "Number,Date,Account,Amount,Subcategory,Memo";
  const rows = events.filter((e) => e.acct === "bc").map((e) => ["", ddmmyyyy(e.date), BARCLAYS_ACCOUNT, gbp(e.cents), e.bc!.sub, e.bc!.memo].map(csvCell).join(","));
  return Buffer.from(`${[header, ...rows.reverse()].join("\r\n")}\r\n`, "utf8");
}
