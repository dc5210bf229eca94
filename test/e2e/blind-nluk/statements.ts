// Twelve months (Dec 2025 – Nov 2026) of two people's money, written as their
// banks' own exports (../shared/bank-formats.md §1.2, §1.3):
//  - Sanne in Rotterdam: Rabobank CSV (quoted, comma, ISO dates, explicit
//    "+"/"-" amounts, lines ending \r\r\n as in the bank2ynab fixture) and
//    ABN AMRO TXT/TAB (no header, 8 fields, YYYYMMDD, comma decimals).
//  - Emma in Leeds: Halifax (Lloyds family: DD/MM/YYYY, unsigned Debit/Credit,
//    trailing comma, type codes) and NatWest (Date, Type, Description, Value,
//    Balance, Account Name, Account Number; "DD Mon YYYY"; apostrophe fields).
// Expected figures are computed from the logical events, never from Kontor.

export type Acct = "rabo" | "abn" | "halifax" | "natwest";
export type Kind = "spend" | "income" | "transfer" | "cash" | "refund" | "fee";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD
  cents: number; // negative = money out
  merchant: string | null;
  category: string;
  kind: Kind;
  f: Record<string, string>; // bank-specific printed fields
}

export const NOW = new Date("2026-11-29T10:00:00Z");
export const LAST = "2026-11-27";

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
function addDays(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** Direct debits and standing orders book on weekdays. */
const wk = (date: string) => (dow(date) === 6 ? addDays(date, 2) : dow(date) === 0 ? addDays(date, 1) : date);
const payday = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
/** The next Saturday (or Sunday) on or after a date. */
const weekend = (date: string, sunday = false) => {
  let d = date;
  while (dow(d) !== (sunday ? 0 : 6)) d = addDays(d, 1);
  return d;
};
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const MONTHS: [number, number][] = Array.from({ length: 12 }, (_, i) => [i === 0 ? 2025 : 2026, i === 0 ? 12 : i]);

/** IBAN with real check digits (ISO 13616 mod 97). */
export function iban(cc: string, bban: string): string {
  const s = `${bban}${cc}00`.toUpperCase().replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of s) rest = (rest * 10 + Number(d)) % 97;
  return `${cc}${pad(98 - rest)}${bban}`;
}
export const NL = {
  rabo: iban("NL", "RABO0123456789"),
  abnNr: "517283946",
  abn: iban("NL", "ABNA0517283946"),
  woonstad: iban("NL", "INGB0001234567"),
  employer: iban("NL", "ABNA0440011223"),
  vattenfall: iban("NL", "INGB0000005555"),
  evides: iban("NL", "RABO0300012345"),
  ziggo: iban("NL", "INGB0006789012"),
  zk: iban("NL", "INGB0000000040"),
  gemeente: iban("NL", "BNGH0285001234"),
  spotify: iban("NL", "INGB0006543210"),
  tikkie: iban("NL", "ABNA0245678901"),
  bol: iban("NL", "ABNA0557066667"),
  amazon: iban("NL", "DEUT0265262461"),
};

// ---------------------------------------------------------------- Rotterdam
export function rotterdamEvents(): Event[] {
  const r = prng(4242);
  const ev: Event[] = [];
  const rabo = (date: string, cents: number, merchant: string | null, category: string, kind: Kind, name: string, cp: string, code: string, text: string) =>
    ev.push({ acct: "rabo", date, cents, merchant, category, kind, f: { name, cp, code, text } });
  const abn = (date: string, cents: number, merchant: string | null, category: string, kind: Kind, text: string) =>
    ev.push({ acct: "abn", date, cents, merchant, category, kind, f: { text } });
  const bea = (date: string, time: string, shop: string) =>
    `BEA, Betaalpas                   ${shop},PAS012 NR:${digits(r, 6)}, ${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}/${time} ROTTERDAM`;

  let bolOrder = 0;
  for (const [y, m] of MONTHS) {
    const mm = `${pad(m)}-${y}`;
    const day = (d: number) => wk(iso(y, m, d));
    rabo(day(1), -115_000, "Woonstad Rotterdam", "rent", "spend", "Woonstad Rotterdam", NL.woonstad, "bg", `Huur ${mm} Maasboulevard 12B`);
    rabo(day(1), -14_295, "Zilveren Kruis", "insurance", "spend", "Zilveren Kruis Zorgverzekeringen NV", NL.zk, "ei", `Premie zorgverzekering ${mm} relatienr 123456789`);
    rabo(day(2), -40_000, null, "transfers", "transfer", "S. de Vries", NL.abn, "tb", "Sparen");
    abn(addDays(day(2), 1), 40_000, null, "transfers", "transfer",
      `/TRTP/SEPA OVERBOEKING/IBAN/${NL.rabo}/BIC/RABONL2U/NAME/S. DE VRIES/REMI/Sparen/EREF/NOTPROVIDED`);
    rabo(day(4), -13_500, "Vattenfall", "energy", "spend", "Vattenfall Klantenservice N.V.", NL.vattenfall, "ei", `Termijnbedrag energie ${mm} klantnr 700123456`);
    rabo(day(10), -2_340, "Evides", "water", "spend", "Evides Waterbedrijf", NL.evides, "ei", `Voorschot water ${mm} klantnr 55012`);
    rabo(day(20), -5_550, "Ziggo", "internet", "spend", "Ziggo Services BV", NL.ziggo, "ei", `Ziggo factuur ${mm} klantnr 88112233`);
    rabo(day(7), -1_099, "Spotify", "subscriptions", "spend", "Spotify AB", NL.spotify, "ei", `Spotify Premium ${mm}`);
    if (y === 2026 && m >= 2) {
      rabo(day(28), -6_120, "Gemeente Rotterdam", "taxes", "spend", "Gemeente Rotterdam Belastingen", NL.gemeente, "ei", `Gemeentelijke belastingen 2026 termijn ${m - 1} aanslagnr 2026.123.4567`);
    }
    const pay = payday(iso(y, m, 24));
    rabo(pay, 325_000, "Havenbedrijf Rotterdam", "salary", "income", "Havenbedrijf Rotterdam N.V.", NL.employer, "cb", `Salaris ${mm}`);
    rabo(day(1), -395, null, "fees", "fee", "", "", "db", `Kosten Rabo DirectPakket ${mm}`);
    abn(wk(iso(y, m, 26)), -195, null, "fees", "fee",
      `ABN AMRO Bank N.V.               Basic Package                1,95`);
    // Groceries: Albert Heijn on Rabobank (a weekday and a Saturday), Jumbo on ABN (a Sunday).
    const ahWeek = day(12);
    rabo(ahWeek, -between(r, 1_800, 6_500), "Albert Heijn", "groceries", "spend", "Albert Heijn 1523 ROTTERDAM", "", "ba", `Betaalautomaat 18:${pad(between(r, 0, 59))} pasnr. 012`);
    const ahSat = weekend(iso(y, m, 3));
    rabo(ahSat, -between(r, 3_500, 9_800), "Albert Heijn", "groceries", "spend", "AH to go 5861 ROTTERDAM", "", "ba", `Betaalautomaat 11:${pad(between(r, 0, 59))} pasnr. 012`);
    const jSun = weekend(iso(y, m, 16), true);
    abn(jSun, -between(r, 2_500, 8_900), "Jumbo", "groceries", "spend", bea(jSun, `1${between(r, 0, 7)}.${pad(between(r, 0, 59))}`, "Jumbo Rotterdam Kralingen"));
    // Netflix on the Rabobank card (weekday).
    rabo(day(14), -1_349, "Netflix", "subscriptions", "spend", "NETFLIX.COM", "", "ba", "Betaalautomaat 03:12 pasnr. 012");
    // Cash every other month from ABN.
    if (m % 2 === 0) {
      const d = day(9);
      abn(d, -5_000, null, "cash", "cash", `GEA   NR:S1J471   ${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}/13.05 ING Rotterdam Blaak,PAS012`);
    }
    // Bol.com orders by iDEAL on Rabobank in odd months, Amazon by iDEAL on ABN in even months.
    if (m % 2 === 1) {
      bolOrder++;
      const d = wk(iso(y, m, 18));
      const order = `40${digits(r, 8)}`;
      const cents = -between(r, 1_499, 12_999);
      rabo(d, cents, "bol.com", "shopping", "spend", "bol.com b.v.", NL.bol, "id", `${digits(r, 10)} ${digits(r, 16)} bol.com bestelling ${order}`);
      if (bolOrder === 3) {
        const back = wk(addDays(d, 9));
        rabo(back, -cents, "bol.com", "shopping", "refund", "bol.com b.v.", NL.bol, "cb", `Terugbetaling bestelling ${order} bol.com`);
      }
    } else {
      const d = wk(iso(y, m, 21));
      abn(d, -between(r, 1_999, 8_999), "Amazon", "shopping", "spend",
        `/TRTP/iDEAL/IBAN/${NL.amazon}/BIC/DEUTNL2A/NAME/Amazon EU SARL/REMI/${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)} Amazon.nl/EREF/${digits(r, 16)} ${digits(r, 16)}`);
    }
    // Tikkie: paying a friend back for dinner.
    if (m % 3 === 0) {
      const d = wk(iso(y, m, 23));
      rabo(d, -between(r, 1_500, 4_500), "Tikkie", "p2p", "spend", "AAB INZ TIKKIE", NL.tikkie, "id", `Tikkie ID 0000${digits(r, 8)}, Etentje, Door L. Bakker`);
    }
  }
  // One big purchase: a bike at the Fietsenwinkel in June by iDEAL.
  rabo("2026-06-11", -89_900, "Stella fietsen", "shopping", "spend", "Stella fietsen B.V.", iban("NL", "RABO0399112233"), "id", "Bestelling 778812 e-bike onderdeel");
  return ev.filter((e) => e.date <= LAST).sort((a, b) => a.date.localeCompare(b.date));
}

export const OPENING_NL = { rabo: 245_017, abn: 812_330 };

const nlAmount = (cents: number, sign: boolean) => {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : sign ? "+" : ""}${Math.floor(abs / 100)},${pad(abs % 100)}`;
};

export function raboCsv(events: Event[]): Buffer {
  const header = ["IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn", "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij", "Naam initiërende partij", "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie", "Machtigingskenmerk", "Incassant ID", "Betalingskenmerk", "Omschrijving-1", "Omschrijving-2", "Omschrijving-3", "Reden retour", "Oorspr bedrag", "Oorspr munt", "Koers"];
  let bal = OPENING_NL.rabo;
  let nr = 7200;
  const lines = [header];
  for (const e of events.filter((x) => x.acct === "rabo")) {
    bal += e.cents;
    nr++;
    const text = e.f.text ?? "";
    const o1 = text.slice(0, 35), o2 = text.slice(35, 70), o3 = text.slice(70);
    const incasso = e.f.code === "ei";
    lines.push([NL.rabo, "EUR", "RABONL2U", String(nr).padStart(18, "0"), e.date, e.date, nlAmount(e.cents, true), nlAmount(bal, true),
      e.f.cp ?? "", e.f.name ?? "", "", "", e.f.cp ? (e.f.cp.slice(4, 8) === "RABO" ? "RABONL2U" : e.f.cp.slice(4, 8) === "ABNA" ? "ABNANL2A" : "INGBNL2A") : "",
      e.f.code ?? "", "", e.f.code === "ba" ? "" : `REF${nr}`, incasso ? `MND-${nr % 997}` : "", incasso ? "NL98ZZZ302011220000" : "", "", o1, o2, o3, "", "", "", ""]);
  }
  return Buffer.from(lines.map((l) => l.map((c) => `"${c}"`).join(",")).join("\r\r\n") + "\r\r\n", "utf8");
}
export function closingNl(events: Event[], acct: "rabo" | "abn"): number {
  return OPENING_NL[acct] + events.filter((e) => e.acct === acct).reduce((a, e) => a + e.cents, 0);
}

export function abnTxt(events: Event[]): Buffer {
  let bal = OPENING_NL.abn;
  const ymd = (d: string) => d.replaceAll("-", "");
  const rows: string[] = [];
  for (const e of events.filter((x) => x.acct === "abn")) {
    const start = bal;
    bal += e.cents;
    rows.push([NL.abnNr, "EUR", ymd(e.date), nlAmount(start, false), nlAmount(bal, false), ymd(e.date), nlAmount(e.cents, false), e.f.text].join("\t"));
  }
  return Buffer.from(rows.join("\r\n") + "\r\n", "utf8");
}

// ---------------------------------------------------------------- Leeds
export const UK = { halifaxSort: "11-04-72", halifaxNr: "01234567", natwestSort: "60-17-21", natwestNr: "48215597" };

export function leedsEvents(): Event[] {
  const r = prng(7777);
  const ev: Event[] = [];
  const hx = (date: string, cents: number, merchant: string | null, category: string, kind: Kind, type: string, text: string) =>
    ev.push({ acct: "halifax", date, cents, merchant, category, kind, f: { type, text } });
  const nw = (date: string, cents: number, merchant: string | null, category: string, kind: Kind, type: string, text: string) =>
    ev.push({ acct: "natwest", date, cents, merchant, category, kind, f: { type, text } });
  const mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
  const pos = (date: string, shop: string, town: string) =>
    `'${digits(r, 4)} ${date.slice(8, 10)}${mon[Number(date.slice(5, 7)) - 1]}${date.slice(2, 4)} C , ${shop} , ${town} GB`;

  for (const [y, m] of MONTHS) {
    const day = (d: number) => wk(iso(y, m, d));
    hx(payday(iso(y, m, 28)), 245_000, "Leeds Teaching Hospitals", "salary", "income", "BGC", "LEEDS TEACHING HOSP NHS TRUST SALARY");
    hx(day(1), -87_500, "Northside Lettings", "rent", "spend", "SO", "NORTHSIDE LETTINGS RENT FLAT 4");
    hx(day(3), -9_800, "Octopus Energy", "energy", "spend", "DD", "OCTOPUS ENERGY");
    hx(day(6), -3_850, "Yorkshire Water", "water", "spend", "DD", "YORKSHIRE WATER");
    hx(day(11), -4_500, "Virgin Media", "internet", "spend", "DD", "VIRGIN MEDIA PYMTS");
    hx(day(15), -2_460, "Aviva", "insurance", "spend", "DD", "AVIVA INSURANCE LTD");
    if (m >= 4 || m === 1) hx(day(1), -16_200, "Leeds City Council", "taxes", "spend", "DD", "LEEDS CITY COUNCIL CTAX");
    hx(day(9), -1_099, "Netflix", "subscriptions", "spend", "DEB", "NETFLIX.COM");
    hx(day(21), -1_199, "Spotify", "subscriptions", "spend", "DEB", "Spotify P2B1C2D3E4");
    hx(day(2), -30_000, null, "transfers", "transfer", "FPO", `E CARTER ${UK.natwestNr} SAVINGS ${digits(r, 6)} ${UK.natwestSort} ${day(2).slice(8, 10)}${mon[m - 1]}${String(y).slice(2)} 10:14`);
    nw(day(2), 30_000, null, "transfers", "transfer", "BAC", `'E CARTER , SAVINGS , FP ${day(2).slice(8, 10)}/${pad(m)}/${String(y).slice(2)} 1014 , 300000000${digits(r, 8)}`);
    nw(wk(iso(y, m, 27)), -200, null, "fees", "fee", "CHG", "'ACCOUNT FEE");
    // Groceries: Tesco twice (a weekday and a Saturday) on Halifax, Asda on a Sunday and Morrisons midweek on NatWest.
    const tWk = day(13);
    hx(tWk, -between(r, 1_500, 5_500), "Tesco", "groceries", "spend", "DEB", `TESCO STORES 2345 LEEDS`);
    const tSat = weekend(iso(y, m, 4));
    hx(tSat, -between(r, 4_000, 9_900), "Tesco", "groceries", "spend", "DEB", `TESCO STORES 6138 HEADINGLEY`);
    const aSun = weekend(iso(y, m, 17), true);
    nw(aSun, -between(r, 3_000, 8_800), "Asda", "groceries", "spend", "POS", pos(aSun, "ASDA SUPERSTORE 4321", "LEEDS"));
    const mo = day(24);
    nw(mo, -between(r, 1_200, 4_800), "Morrisons", "groceries", "spend", "POS", pos(mo, "WM MORRISONS STORE", "LEEDS"));
    // Amazon every month on Halifax; one refund.
    const az = day(19);
    const azCents = -between(r, 899, 6_999);
    hx(az, azCents, "Amazon", "shopping", "spend", "DEB", `AMAZON.CO.UK*${digits(r, 2)}AB${digits(r, 3)}CD AMAZON.CO.UK`);
    if (y === 2026 && m === 5) hx(wk(addDays(az, 6)), -azCents, "Amazon", "shopping", "refund", "DEB", "AMAZON.CO.UK REFUND AMAZON.CO.UK");
    // Cash in odd months.
    if (m % 2 === 1) hx(day(8), -4_000, null, "cash", "cash", "CPT", `LNK BRIGGATE LEEDS CD 4821 ${day(8).slice(8, 10)}${mon[m - 1]}${String(y).slice(2)}`);
    // Gym direct debit on NatWest.
    nw(day(5), -2_499, "PureGym", "sport", "spend", "D/D", "'PUREGYM LTD");
  }
  // A new laptop in March from Currys on NatWest.
  ev.push({ acct: "natwest", date: "2026-03-14", cents: -74_900, merchant: "Currys", category: "electronics", kind: "spend",
    f: { type: "POS", text: "'5521 14MAR26 C , CURRYS 1423 , LEEDS GB" } });
  return ev.filter((e) => e.date <= LAST).sort((a, b) => a.date.localeCompare(b.date));
}
export const OPENING_UK = { halifax: 184_250, natwest: 420_075 };
export function closingUk(events: Event[], acct: "halifax" | "natwest"): number {
  return OPENING_UK[acct] + events.filter((e) => e.acct === acct).reduce((a, e) => a + e.cents, 0);
}
const ukPlain = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;
const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Lloyds-family export: newest first, unsigned amounts, trailing comma. */
export function halifaxCsv(events: Event[]): Buffer {
  let bal = OPENING_UK.halifax;
  const rows: string[] = [];
  for (const e of events.filter((x) => x.acct === "halifax")) {
    bal += e.cents;
    rows.push([dmy(e.date), e.f.type, `'${UK.halifaxSort}`, UK.halifaxNr, e.f.text, e.cents < 0 ? ukPlain(-e.cents) : "", e.cents > 0 ? ukPlain(e.cents) : "", ukPlain(bal), ""].join(","));
  }
  const header = "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance,";
  return Buffer.from([header, ...rows.reverse()].join("\n") + "\n", "utf8");
}

export function natwestCsv(events: Event[]): Buffer {
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const dMonY = (d: string) => `${d.slice(8, 10)} ${mon[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
  let bal = OPENING_UK.natwest;
  const rows: string[] = [];
  for (const e of events.filter((x) => x.acct === "natwest")) {
    bal += e.cents;
    rows.push([dMonY(e.date), e.f.type, `"${e.f.text}"`, ukPlain(e.cents), ukPlain(bal), `"'CARTER E"`, `"'${UK.natwestSort.replaceAll("-", "")}-${UK.natwestNr}"`].join(","));
  }
  const header = "Date, Type, Description, Value, Balance, Account Name, Account Number";
  return Buffer.from([header, ...rows].join("\r\n") + "\r\n", "utf8");
}
