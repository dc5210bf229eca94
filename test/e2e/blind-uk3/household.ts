// Twelve months of a UK household (Dec 2025 to Nov 2026): a Monzo current
// account with pots, a Starling account and an Amex UK card paid by direct
// debit from Monzo. Events come from a seeded generator; the export files and
// the expected answers are both derived from them (bank-formats.md §1.3, §3).

export type Acct = "monzo" | "starling" | "amex";
export type Kind =
  | "salary" | "rent" | "counciltax" | "tvlicence" | "energy" | "broadband" | "mobile"
  | "groceries" | "takeaway" | "cafe" | "transport" | "cash" | "shopping" | "refund"
  | "pot" | "own" | "cardbill" | "interest";

export interface Ev {
  acct: Acct;
  date: string; // YYYY-MM-DD
  pence: number; // signed from the account holder's view: negative = money out (on the card: a charge)
  kind: Kind;
  merchant: string; // what the person calls it
  dd?: boolean; // a direct debit
  row: string[];
}

/** mulberry32, seeded: the same files on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const p2 = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${p2(m)}-${p2(d)}`;
const dow = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
function addDays(d: string, n: number): string {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
}
const workday = (d: string) => (dow(d) === 6 ? addDays(d, 2) : dow(d) === 0 ? addDays(d, 1) : d);
const payday = (d: string) => (dow(d) === 6 ? addDays(d, -1) : dow(d) === 0 ? addDays(d, -2) : d);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
export const gbp = (pence: number) => (pence < 0 ? "-" : "") + `${Math.floor(Math.abs(pence) / 100)}.${p2(Math.abs(pence) % 100)}`;

export const MONTHS: [number, number][] = [[2025, 12], ...Array.from({ length: 11 }, (_, i) => [2026, i + 1] as [number, number])];
export const LAST_DAY = "2026-11-27";

export function buildEvents(): Ev[] {
  const r = rng(20261129);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const out: Omit<Ev, "row">[] = [];
  const add = (e: Omit<Ev, "row">) => { if (e.date <= LAST_DAY) out.push(e); };
  let prevAmexCharges = 0;
  for (const [y, m] of MONTHS) {
    const dim = daysIn(y, m);
    add({ acct: "monzo", date: payday(iso(y, m, 25)), pence: 285_612 + (m === 12 ? 40_000 : 0), kind: "salary", merchant: "Acme Widgets Ltd" });
    add({ acct: "monzo", date: iso(y, m, 1), pence: -145_000, kind: "rent", merchant: "Foxtons" });
    // Council tax: ten instalments April to January.
    if (m >= 4 || m === 1) add({ acct: "monzo", date: workday(iso(y, m, 15)), pence: m === 4 ? -17_300 : -17_100, kind: "counciltax", merchant: "Camden Council", dd: true });
    add({ acct: "monzo", date: workday(iso(y, m, 5)), pence: -1_454, kind: "tvlicence", merchant: "TV Licensing", dd: true });
    add({ acct: "monzo", date: workday(iso(y, m, 8)), pence: -between(6_500, 14_500), kind: "energy", merchant: "Octopus Energy", dd: true });
    add({ acct: "monzo", date: workday(iso(y, m, 20)), pence: -3_800, kind: "broadband", merchant: "Virgin Media", dd: true });
    add({ acct: "starling", date: workday(iso(y, m, 12)), pence: -2_200, kind: "mobile", merchant: "EE", dd: true });
    // Pot moves after payday, and one out of the pot now and then.
    add({ acct: "monzo", date: addDays(payday(iso(y, m, 25)), 1), pence: -30_000, kind: "pot", merchant: "Holiday" });
    if (m === 3) add({ acct: "monzo", date: iso(y, m, 10), pence: -12_500, kind: "pot", merchant: "Rainy Day" });
    if (m === 7 || m === 10) add({ acct: "monzo", date: iso(y, m, 3), pence: 20_000, kind: "pot", merchant: "Holiday" });
    // Card bill: last month's charges, by direct debit on the 18th.
    if (prevAmexCharges) add({ acct: "monzo", date: workday(iso(y, m, 18)), pence: -prevAmexCharges, kind: "cardbill", merchant: "American Express", dd: true });
    if (m % 3 === 0) {
      const d = iso(y, m, 2);
      add({ acct: "monzo", date: d, pence: -50_000, kind: "own", merchant: "Starling" });
      add({ acct: "starling", date: d, pence: 50_000, kind: "own", merchant: "Monzo" });
    }
    add({ acct: "starling", date: iso(y, m, dim), pence: between(3, 60), kind: "interest", merchant: "Starling" });
    let amexCharges = 0;
    for (let day = 1; day <= dim; day++) {
      const d = iso(y, m, day);
      const roll = r();
      if (roll < 0.22) add({ acct: r() < 0.7 ? "monzo" : "amex", date: d, pence: -between(900, 8_400), kind: "groceries", merchant: r() < 0.55 ? "Tesco" : "Sainsbury's" });
      else if (roll < 0.30) add({ acct: r() < 0.5 ? "monzo" : "starling", date: d, pence: -between(700, 4_500), kind: "groceries", merchant: r() < 0.6 ? "Aldi" : "Co-op" });
      if (r() < 0.12) add({ acct: r() < 0.6 ? "monzo" : "amex", date: d, pence: -between(1_800, 4_200), kind: "takeaway", merchant: r() < 0.6 ? "Deliveroo" : "Just Eat" });
      if (dow(d) >= 1 && dow(d) <= 5) {
        if (r() < 0.25) add({ acct: r() < 0.5 ? "monzo" : r() < 0.5 ? "amex" : "starling", date: d, pence: -between(345, 925), kind: "cafe", merchant: "Pret" });
        if (r() < 0.5) add({ acct: r() < 0.8 ? "monzo" : "amex", date: d, pence: -between(280, 880), kind: "transport", merchant: "TfL" });
      }
    }
    if (m === 2 || m === 6 || m === 9) add({ acct: "monzo", date: iso(y, m, 14), pence: -between(4, 10) * 1_000, kind: "cash", merchant: "Cash" });
    if (m === 5 || m === 8 || m === 11) add({ acct: "monzo", date: iso(y, m, 21), pence: -between(2, 8) * 1_000, kind: "cash", merchant: "Cash" });
    if (m === 10) add({ acct: "amex", date: iso(y, m, 11), pence: -64_900, kind: "shopping", merchant: "John Lewis" });
    if (m === 10) add({ acct: "monzo", date: iso(y, m, 24), pence: 1_250, kind: "refund", merchant: "Deliveroo" });
    if (m === 7) add({ acct: "amex", date: iso(y, m, 9), pence: -12_000, kind: "shopping", merchant: "John Lewis" });
    if (m === 7) add({ acct: "amex", date: iso(y, m, 16), pence: 4_500, kind: "refund", merchant: "John Lewis" });
    for (const e of out) if (e.acct === "amex" && e.date.startsWith(iso(y, m, 1).slice(0, 7))) amexCharges -= e.pence;
    prevAmexCharges = amexCharges;
  }
  // Card payments arrive on the card the day the direct debit leaves Monzo.
  for (const e of [...out]) if (e.kind === "cardbill") out.push({ acct: "amex", date: e.date, pence: -e.pence, kind: "cardbill", merchant: "American Express" });
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out.map((e, i) => ({ ...e, row: rowFor(e, i, r) }));
}

const ID = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz";
const code = (r: () => number, n: number) => Array.from({ length: n }, () => ID[Math.floor(r() * ID.length)]).join("");

const MONZO_NAME: Record<string, [string, string, string, string]> = {
  // merchant: [Name, Category, Description, Address]
  Tesco: ["Tesco", "Groceries", "TESCO STORES 3021      LONDON        GBR", "22 Camden Road"],
  "Sainsbury's": ["Sainsbury's", "Groceries", "SAINSBURYS S/MKTS      LONDON        GBR", "17-21 Camden Road"],
  Aldi: ["Aldi", "Groceries", "ALDI 84 776            LONDON        GBR", "Kentish Town Road"],
  "Co-op": ["Co-op", "Groceries", "CO-OP GROUP 070543     LONDON        GBR", "Chalk Farm Road"],
  Deliveroo: ["Deliveroo", "Eating out", "DELIVEROO.CO.UK        LONDON        LND", ""],
  "Just Eat": ["Just Eat", "Eating out", "JUST EAT.CO.UK LTD     LONDON        GBR", ""],
  Pret: ["Pret A Manger", "Eating out", "PRET A MANGER          LONDON        GBR", "Kings Cross"],
  TfL: ["Transport for London", "Transport", "TFL TRAVEL CH          TFL.GOV.UK/CP GBR", ""],
  Cash: ["Cash machine", "Cash", "CASH NOTEMACHINE UK    LONDON        GBR", ""],
};
const AMEX_NAME: Record<string, [string, string]> = {
  Tesco: ["TESCO STORES 2345       LONDON", "General Purchases-Groceries"],
  "Sainsbury's": ["SAINSBURYS S/MKT        LONDON", "General Purchases-Groceries"],
  Deliveroo: ["DELIVEROO               LONDON", "Entertainment-Restaurants"],
  "Just Eat": ["JUST EAT                LONDON", "Entertainment-Restaurants"],
  Pret: ["PRET A MANGER           LONDON", "Entertainment-Restaurants"],
  TfL: ["TFL TRAVEL CH           LONDON", "Travel-Rail Services"],
  "John Lewis": ["JOHN LEWIS              LONDON", "General Purchases-Department Stores"],
};
const STARLING_NAME: Record<string, [string, string]> = {
  Aldi: ["ALDI", "GROCERIES"],
  "Co-op": ["CO-OP GROUP", "GROCERIES"],
  Pret: ["Pret A Manger", "EATING_OUT"],
};

function rowFor(e: Omit<Ev, "row">, i: number, r: () => number): string[] {
  const time = `${p2(7 + (i % 14))}:${p2((i * 7) % 60)}:${p2((i * 13) % 60)}`;
  if (e.acct === "monzo") {
    const id = `tx_0000${code(r, 18)}`;
    let type = "Card payment", name = "", cat = "", desc = "", addr = "", notes = "";
    if (MONZO_NAME[e.merchant] && e.kind !== "refund") [name, cat, desc, addr] = MONZO_NAME[e.merchant]!;
    switch (e.kind) {
      case "salary": type = "Bacs (Direct Credit)"; name = "ACME WIDGETS LTD"; cat = "Income"; desc = "ACME WIDGETS LTD SALARY"; break;
      case "rent": type = "Faster payment"; name = "Foxtons Lettings"; cat = "Bills"; desc = "RENT 4B ROSE COURT"; notes = "Standing order"; break;
      case "counciltax": type = "Direct Debit"; name = "London Borough of Camden"; cat = "Bills"; desc = "LB CAMDEN CTAX 40012345"; break;
      case "tvlicence": type = "Direct Debit"; name = "TV Licensing"; cat = "Bills"; desc = "TV LICENCE MBP"; break;
      case "energy": type = "Direct Debit"; name = "Octopus Energy"; cat = "Bills"; desc = "OCTOPUS ENERGY A-1B2C3D4E"; break;
      case "broadband": type = "Direct Debit"; name = "Virgin Media"; cat = "Bills"; desc = "VIRGIN MEDIA PYMTS"; break;
      case "cardbill": type = "Direct Debit"; name = "American Express"; cat = "Bills"; desc = "AMERICAN EXPRESS"; break;
      case "pot": type = "Pot transfer"; name = e.merchant; cat = e.merchant === "Holiday" ? "Holidays" : "Savings"; desc = `pot_0000${code(r, 18)}`; break;
      case "own": type = "Faster payment"; name = "JAMIE SMITH"; cat = "Transfers"; desc = "TO STARLING"; break;
      case "refund": type = "Card payment"; name = "Deliveroo"; cat = "Eating out"; desc = "DELIVEROO.CO.UK        LONDON        LND"; break;
      default: break;
    }
    const amt = gbp(e.pence);
    return [id, dmy(e.date), time, type, name, "", cat, amt, "GBP", amt, "GBP", notes, addr, "", desc, "", e.pence < 0 ? amt : "", e.pence > 0 ? amt : "", "", "GBP"];
  }
  if (e.acct === "starling") {
    let cp = "", ref = "", type = "CARD", cat = "GENERAL";
    if (STARLING_NAME[e.merchant]) [cp, cat] = STARLING_NAME[e.merchant]!;
    if (e.kind === "mobile") { cp = "EE LIMITED"; ref = "EE 07700900123"; type = "DIRECT DEBIT"; cat = "BILLS_AND_SERVICES"; }
    if (e.kind === "own") { cp = "JAMIE SMITH"; ref = "TO STARLING"; type = "FASTER PAYMENT"; cat = "TRANSFERS"; }
    if (e.kind === "interest") { cp = "Starling Bank"; ref = "Interest Earned"; type = "DEPOSIT INTEREST"; cat = "INCOME"; }
    if (type === "CARD") ref = `${cp} LONDON GBR`;
    return [dmy(e.date), cp, ref, type, gbp(e.pence), "", cat, ""];
  }
  // Amex UK: charges positive, payments and refunds negative.
  const ref = `'AT${e.date.replace(/-/g, "").slice(2)}${String(100000 + i)}'`;
  if (e.kind === "cardbill") return [dmy(e.date), "PAYMENT RECEIVED - THANK YOU", "JAMIE SMITH", "-31004", gbp(-e.pence), "", "", "", "", "", "", ref, ""];
  const [desc, cat] = AMEX_NAME[e.merchant]!;
  return [dmy(e.date), desc, "JAMIE SMITH", "-31004", gbp(-e.pence), desc, desc, "", "LONDON", "N1 9AL", "UNITED KINGDOM", ref, cat];
}

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const line = (cells: string[]) => cells.map(cell).join(",");

export const OPENING = { monzo: 125_000, starling: 40_000 };

/** Balances after each row, in file order. */
export function closing(events: Ev[], acct: "monzo" | "starling"): number {
  return OPENING[acct] + events.filter((e) => e.acct === acct).reduce((a, e) => a + e.pence, 0);
}

export function monzoCsv(events: Ev[]): Buffer {
  let bal = OPENING.monzo;
  const rows = events.filter((e) => e.acct === "monzo").map((e) => {
    bal += e.pence;
    const row = [...e.row];
    row[18] = gbp(bal);
    return line(row);
  });
  const header = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency";
  return Buffer.from([header, ...rows].join("\n") + "\n", "utf8");
}

export function starlingCsv(events: Ev[]): Buffer {
  let bal = OPENING.starling;
  const rows = events.filter((e) => e.acct === "starling").map((e) => {
    bal += e.pence;
    const row = [...e.row];
    row[5] = gbp(bal);
    return line(row);
  });
  return Buffer.from(["Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes", ...rows].join("\n") + "\n", "utf8");
}

export function amexCsv(events: Ev[]): Buffer {
  const rows = events.filter((e) => e.acct === "amex").reverse().map((e) => line(e.row));
  return Buffer.from(["Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category", ...rows].join("\r\n") + "\r\n", "utf8");
}
