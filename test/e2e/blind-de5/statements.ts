// Twelve months (Dec 2021 – Nov 2022) of one person in Leipzig, written once as logical events
// and rendered byte for byte into four real export formats (shared/bank-formats.md):
// DKB old banking Girokonto CSV and old Visa CSV, Sparkasse CSV-MT940, ING Umsatzanzeige.
// Amounts are integer cents; every expected figure in the test comes from these events.

export type Acct = "dkb" | "visa" | "spk" | "ing";
export type Category =
  | "groceries" | "drugstore" | "shopping" | "electronics" | "cafe" | "takeaway" | "fuel" | "train"
  | "parking" | "streaming" | "rent" | "utilities" | "broadcast" | "insurance" | "salary" | "transfer"
  | "cardbill" | "cash";

export interface Event {
  date: string; // booking date, YYYY-MM-DD
  acct: Acct;
  cents: number; // signed, as the account sees it
  merchant: string; // as a person would name it
  category: Category;
  transfer?: boolean; // between the person's own accounts
  cardBill?: boolean; // the DKB Visa settlement, both sides
  salary?: boolean;
  refund?: boolean;
  pending?: boolean;
  cash?: boolean;
  via?: "paypal" | "sumup";
  /** Which real descriptor shape to print (per merchant), e.g. Amazon by card or by SEPA debit. */
  text?: string;
  ref?: string;
}

// ---------------------------------------------------------------- accounts

function iban(blz: string, kto: string): string {
  const bban = blz + kto.padStart(10, "0");
  const num = BigInt(bban + "131400"); // D=13 E=14, "00"
  const check = String(98n - (num % 97n)).padStart(2, "0");
  return `DE${check}${bban}`;
}

export const KTO = { dkb: "1020304050", spk: "1100123456", ing: "5566778899" };
export const IBAN = {
  dkb: iban("12030000", KTO.dkb),
  spk: iban("86055592", KTO.spk),
  ing: iban("50010517", KTO.ing),
};
export const VISA_CARD = "4930********1234";
export const OWNER = "Jana Fiedler";
export const OPENING = { dkb: 185_000, ing: 600_000 };
/** The day of the exports; the person asks the next morning. */
export const EXPORT_DAY = "2022-11-27";

// ---------------------------------------------------------------- events

/** Small deterministic generator so the year looks lived-in but never changes between runs. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ["2021-12", "2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11"];
const d = (ym: string, day: number) => `${ym}-${String(day).padStart(2, "0")}`;

export function buildEvents(): Event[] {
  const r = rng(5);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const ev: Event[] = [];
  const add = (e: Event) => ev.push(e);

  for (const ym of MONTHS) {
    const [y, m] = ym.split("-").map(Number) as [number, number];
    const last = ym === "2022-11" ? 27 : 28;
    // Income: salary on the 25th (23rd before Christmas), holiday pay in July, Christmas bonus in November.
    const salary = ym === "2022-07" ? 389_431 : ym === "2022-11" ? 361_280 : 287_431;
    add({ date: d(ym, ym === "2021-12" ? 23 : 25), acct: "dkb", cents: salary, merchant: "Mitteldeutsche Logistik", category: "salary", salary: true });

    // Standing orders from the DKB Giro on the 1st/2nd.
    add({ date: d(ym, 1), acct: "dkb", cents: ym >= "2022-07" ? -56_800 : -54_500, merchant: "Wohnungsgenossenschaft", category: "rent" });
    add({ date: d(ym, 1), acct: "dkb", cents: -20_000, merchant: OWNER, category: "transfer", transfer: true, text: "to-spk" });
    add({ date: d(ym, 2), acct: "spk", cents: 20_000, merchant: OWNER, category: "transfer", transfer: true, text: "from-dkb" });
    add({ date: d(ym, 2), acct: "dkb", cents: -25_000, merchant: OWNER, category: "transfer", transfer: true, text: "to-ing" });
    add({ date: d(ym, 3), acct: "ing", cents: 25_000, merchant: OWNER, category: "transfer", transfer: true, text: "from-dkb" });
    add({ date: d(ym, 1), acct: "dkb", cents: -2_140, merchant: "Barmenia Zahnzusatz", category: "insurance" });
    add({ date: d(ym, 5), acct: "dkb", cents: -999, merchant: "Spotify", category: "streaming" });

    // Direct debits at the Sparkasse: Stadtwerke (gas went up in October 2022), Rundfunkbeitrag quarterly.
    add({ date: d(ym, 15), acct: "spk", cents: -6_400, merchant: "Stadtwerke Leipzig", category: "utilities", text: "strom" });
    add({ date: d(ym, 15), acct: "spk", cents: ym >= "2022-10" ? -14_800 : -9_200, merchant: "Stadtwerke Leipzig", category: "utilities", text: "gas" });
    if ([2, 5, 8, 11].includes(m)) add({ date: d(ym, 15), acct: "spk", cents: -5_508, merchant: "Rundfunkbeitrag", category: "broadcast", text: `${y}-${m}` });

    // Netflix by card on the 14th; price went up in July.
    add({ date: d(ym, 14), acct: "visa", cents: ym >= "2022-07" ? -1_399 : -1_299, merchant: "Netflix", category: "streaming" });

    // Groceries: REWE and Lidl by Visa, EDEKA and Aldi by girocard at the Sparkasse.
    for (const day of [3, 10, 17, 24].filter((x) => x <= last)) {
      add({ date: d(ym, day), acct: "visa", cents: -between(1_850, 6_490), merchant: "REWE", category: "groceries" });
    }
    for (const day of [6, 20]) add({ date: d(ym, day), acct: "visa", cents: -between(1_210, 3_980), merchant: "Lidl", category: "groceries" });
    for (const day of [8, 22]) add({ date: d(ym, day), acct: "spk", cents: -between(1_500, 5_200), merchant: "EDEKA", category: "groceries" });
    add({ date: d(ym, 12), acct: "spk", cents: -between(900, 3_100), merchant: "Aldi", category: "groceries" });

    // Drugstores.
    add({ date: d(ym, 9), acct: "visa", cents: -between(690, 2_450), merchant: "dm", category: "drugstore" });
    if (m % 2 === 0) add({ date: d(ym, 19), acct: "spk", cents: -between(480, 1_890), merchant: "Rossmann", category: "drugstore" });

    // Fuel: Aral by Visa, JET at the Sparkasse.
    add({ date: d(ym, 11), acct: "visa", cents: -between(5_200, 8_900), merchant: "Aral", category: "fuel" });
    if (m % 3 === 1) add({ date: d(ym, 23), acct: "spk", cents: -between(4_000, 7_000), merchant: "JET", category: "fuel" });

    // Café by SumUp every month, cash every month.
    add({ date: d(ym, 16), acct: "visa", cents: -between(480, 1_640), merchant: "Café Kandis", category: "cafe", via: "sumup" });
    add({ date: d(ym, 13), acct: "spk", cents: -[5_000, 10_000, 20_000][m % 3]!, merchant: "Geldautomat", category: "cash", cash: true });
  }

  // One-offs (each month's card bill is added below, from the card rows).
  const once: Event[] = [
    // Amazon: by Visa with order numbers, by SEPA debit (Amazon Payments) with order numbers, one refund.
    { date: "2021-12-07", acct: "visa", cents: -3_499, merchant: "Amazon", category: "shopping", text: "AMAZON.DE*2K3L45M67 AMAZON.DE" },
    { date: "2022-02-15", acct: "dkb", cents: -2_799, merchant: "Amazon", category: "shopping", ref: "302-4417265-3398211" },
    { date: "2022-04-21", acct: "visa", cents: -1_999, merchant: "Amazon", category: "shopping", text: "AMZN Mktp DE*5L5KR2QX5 800-279-6620" },
    { date: "2022-05-10", acct: "dkb", cents: -4_590, merchant: "Amazon", category: "shopping", ref: "306-1187723-9021547" },
    { date: "2022-09-06", acct: "dkb", cents: -8_999, merchant: "Amazon", category: "shopping", ref: "028-6654310-2219875" },
    { date: "2022-10-04", acct: "visa", cents: -6_499, merchant: "Amazon", category: "shopping", text: "AMAZON.DE*7T1QW09ZK AMAZON.DE" },
    { date: "2022-10-18", acct: "visa", cents: 2_399, merchant: "Amazon", category: "shopping", refund: true, text: "AMAZON.DE*7T1QW09ZK AMAZON.DE" },
    // PayPal: Zalando by PayPal direct debit with a partial refund; EasyPark by "PAYPAL *" card text; Lieferando twice by PayPal.
    { date: "2022-03-09", acct: "dkb", cents: -8_995, merchant: "Zalando", category: "shopping", via: "paypal", ref: "1034567890123" },
    { date: "2022-05-03", acct: "dkb", cents: 3_995, merchant: "Zalando", category: "shopping", via: "paypal", refund: true, ref: "1034567890123" },
    { date: "2022-04-07", acct: "visa", cents: -420, merchant: "EasyPark", category: "parking", via: "paypal" },
    { date: "2022-09-13", acct: "visa", cents: -360, merchant: "EasyPark", category: "parking", via: "paypal" },
    { date: "2022-01-21", acct: "dkb", cents: -2_380, merchant: "Lieferando", category: "takeaway", via: "paypal", ref: "1041122334455" },
    { date: "2022-09-24", acct: "dkb", cents: -3_140, merchant: "Lieferando", category: "takeaway", via: "paypal", ref: "1049988776655" },
    // Lieferando by card.
    { date: "2021-12-18", acct: "visa", cents: -2_790, merchant: "Lieferando", category: "takeaway" },
    { date: "2022-02-26", acct: "visa", cents: -1_960, merchant: "Lieferando", category: "takeaway" },
    { date: "2022-06-11", acct: "visa", cents: -2_450, merchant: "Lieferando", category: "takeaway" },
    { date: "2022-10-08", acct: "visa", cents: -3_315, merchant: "Lieferando", category: "takeaway" },
    // Deutsche Bahn: BahnCard by SEPA debit, tickets by card.
    { date: "2022-03-17", acct: "dkb", cents: -5_590, merchant: "Deutsche Bahn", category: "train", ref: "BahnCard 25" },
    { date: "2022-05-19", acct: "visa", cents: -4_390, merchant: "Deutsche Bahn", category: "train" },
    { date: "2022-08-12", acct: "visa", cents: -7_980, merchant: "Deutsche Bahn", category: "train" },
    { date: "2021-12-20", acct: "visa", cents: -3_690, merchant: "Deutsche Bahn", category: "train" },
    // The biggest purchase of the year: a laptop at Saturn by Visa (and a cable there in March, so the shop's total is not that one purchase).
    { date: "2022-09-03", acct: "visa", cents: -134_900, merchant: "Saturn", category: "electronics" },
    { date: "2022-03-12", acct: "visa", cents: -1_999, merchant: "Saturn", category: "electronics" },
    // Savings moves: extra in July, back to the Giro in March and October.
    { date: "2022-07-26", acct: "dkb", cents: -150_000, merchant: OWNER, category: "transfer", transfer: true, text: "to-ing-extra" },
    { date: "2022-07-27", acct: "ing", cents: 150_000, merchant: OWNER, category: "transfer", transfer: true, text: "from-dkb-extra" },
    { date: "2022-03-14", acct: "ing", cents: -80_000, merchant: OWNER, category: "transfer", transfer: true, text: "to-dkb" },
    { date: "2022-03-15", acct: "dkb", cents: 80_000, merchant: OWNER, category: "transfer", transfer: true, text: "from-ing" },
    { date: "2022-10-10", acct: "ing", cents: -40_000, merchant: OWNER, category: "transfer", transfer: true, text: "to-dkb" },
    { date: "2022-10-11", acct: "dkb", cents: 40_000, merchant: OWNER, category: "transfer", transfer: true, text: "from-ing" },
    // Not yet booked at the Sparkasse on the day of the export.
    { date: "2022-11-26", acct: "spk", cents: -1_645, merchant: "Rossmann", category: "drugstore", pending: true },
    { date: "2022-11-26", acct: "spk", cents: -6_212, merchant: "JET", category: "fuel", pending: true },
  ];
  for (const e of once) add(e);

  // DKB Visa: billed on the 21st for everything valued since the last bill, settled from the Giro the same day.
  const visaRows = () => ev.filter((e) => e.acct === "visa" && !e.cardBill).sort((a, b) => visaValue(a).localeCompare(visaValue(b)));
  const bills: Event[] = [];
  for (const ym of MONTHS) {
    const billDay = d(ym, 21);
    if (billDay > EXPORT_DAY) break;
    const since = bills.length ? bills[bills.length - 1]!.date : "0000";
    const open = visaRows().filter((e) => visaValue(e) > since && visaValue(e) <= billDay).reduce((a, e) => a + e.cents, 0);
    if (open === 0) continue;
    bills.push({ date: billDay, acct: "dkb", cents: open, merchant: "DKB Visa", category: "cardbill", transfer: true, cardBill: true });
    bills.push({ date: billDay, acct: "visa", cents: -open, merchant: "DKB Visa", category: "cardbill", transfer: true, cardBill: true });
  }
  ev.push(...bills);
  return ev.sort((a, b) => a.date.localeCompare(b.date) || a.acct.localeCompare(b.acct));
}

/** DKB values a card purchase a day after the receipt (two after a Saturday). */
export function visaValue(e: Event): string {
  if (e.acct !== "visa" || e.cardBill) return e.date;
  const t = new Date(`${e.date}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + (t.getUTCDay() === 6 ? 2 : 1));
  return t.toISOString().slice(0, 10);
}

/** The card's open amount at export: everything valued after the last bill. */
export function visaSaldo(events: Event[]): number {
  const lastBill = events.filter((e) => e.acct === "visa" && e.cardBill).map((e) => e.date).sort().pop()!;
  return events.filter((e) => e.acct === "visa" && !e.cardBill && visaValue(e) > lastBill).reduce((a, e) => a + e.cents, 0);
}

export function closing(events: Event[], acct: "dkb" | "ing"): number {
  return OPENING[acct] + events.filter((e) => e.acct === acct && !e.pending).reduce((a, e) => a + e.cents, 0);
}

// ---------------------------------------------------------------- number and date shapes

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const dmyShort = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(2, 4)}`;
/** `-1.234,56` (thousands dot, comma decimal, always two decimals). */
function deAmount(cents: number, thousands = true): string {
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (thousands) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${cents < 0 ? "-" : ""}${int},${String(abs % 100).padStart(2, "0")}`;
}
/** The old DKB Visa `Saldo:` line uses a dot decimal: `-412.37`. */
const dotAmount = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;
const digits = (seed: string, n: number) => {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let out = "";
  while (out.length < n) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += String(h % 10);
  }
  return out;
};
const latin1 = (lines: string[], eol: string) => Buffer.from(lines.join(eol) + eol, "latin1");
const q = (fields: string[]) => fields.map((f) => `"${f}"`).join(";");

// ---------------------------------------------------------------- DKB old banking: Girokonto

const CRED = {
  barmenia: "DE61ZZZ00000023467",
  spotify: "DE38ZZZ00000876543",
  amazon: "DE24ZZZ00000561652",
  paypal: "LU96ZZZ0000000000000000058",
  db: "DE85ZZZ00000020551",
  swl: "DE56ZZZ00000015834",
  rundfunk: "DE68ZZZ00000012345",
};

function dkbRow(e: Event, i: number): string[] {
  const amt = deAmount(e.cents);
  const day = dmy(e.date);
  const ym = `${e.date.slice(5, 7)}/${e.date.slice(0, 4)}`;
  const row = (text: string, who: string, purpose: string, acct: string, blz: string, cred = "", mandate = "", kref = "") =>
    [day, day, text, who, purpose, acct, blz, amt, cred, mandate, kref];
  switch (e.merchant) {
    case "Mitteldeutsche Logistik":
      return row("Lohn, Gehalt, Rente", "Mitteldeutsche Logistik GmbH", `GEHALT ${ym} PERS-NR 004711`, iban("86050000", "1090045678"), "HELADEF1XXX");
    case "Wohnungsgenossenschaft":
      return row("Dauerauftrag", "Wohnungsgenossenschaft Leipzig-Suedost eG", "Miete/Nutzungsgebuehr WE 12-034 Fiedler", iban("86020500", "3506712300"), "BFSWDE33LPZ");
    case "Barmenia Zahnzusatz":
      return row("Lastschrift", "Barmenia Krankenversicherung AG", `Zahnzusatz ZGU+ VS-Nr. 7712345 Beitrag ${ym}`, iban("33050000", "0000123456"), "WUPSDE33XXX", CRED.barmenia, "BKV7712345-01", "");
    case "Spotify":
      return row("Lastschrift", "Spotify AB", `P${digits(e.date, 9)} Spotify`, "SE3550000000054910000003", "ESSESESSXXX", CRED.spotify, "SPTFY-4FZ0K2", `P${digits(e.date, 9)}`);
    case "Amazon":
      return row("Lastschrift", "AMAZON PAYMENTS EUROPE S.C.A.", `${e.ref} Amazon.de ${digits(e.ref!, 16)}`, "LU280019400644750000", "ABOCLULLXXX", CRED.amazon, `${digits(e.ref!, 10)}-AMZ`, e.ref!);
    case "Zalando":
    case "Lieferando": {
      const shop = e.merchant === "Zalando" ? "Zalando SE" : "Lieferando.de";
      const purpose = e.refund ? `${e.ref}/PP.4162.PP/. ${shop}, Rueckzahlung von ${shop}` : `${e.ref}/PP.4162.PP/. ${shop}, Ihr Einkauf bei ${shop}`;
      return row(e.refund ? "Gutschrift" : "Lastschrift", "PayPal (Europe) S.a.r.l. et Cie., S.C.A.", purpose, "LU89751000135104200E", "PPLXLUL2", CRED.paypal, "5VYJ2258F7ZQG", e.ref!);
    }
    case "Deutsche Bahn":
      return row("Lastschrift", "DB Vertrieb GmbH", `${e.ref} Auftrag ${digits(e.date, 12)} gueltig ab ${day}`, iban("50010060", "0000012345"), "PBNKDEFFXXX", CRED.db, `DBV${digits(e.date, 8)}`, "");
    case "DKB Visa":
      return row("Kreditkartenabrechnung", "", `${VISA_CARD.slice(0, 4)} XXXX XXXX ${VISA_CARD.slice(-4)} KREDITKARTENABRECHNUNG VOM ${day}`, "", "");
    case OWNER: {
      const to = e.text!;
      if (to === "to-spk") return row("Dauerauftrag", OWNER, "Umbuchung Fixkosten Sparkasse", IBAN.spk, "WELADE8LXXX");
      if (to === "to-ing") return row("Dauerauftrag", OWNER, "Sparen Extra-Konto", IBAN.ing, "INGDDEFFXXX");
      if (to === "to-ing-extra") return row("Überweisung", OWNER, "Sparen Urlaubsgeld", IBAN.ing, "INGDDEFFXXX");
      return row("Gutschrift", OWNER, "Umbuchung vom Extra-Konto", IBAN.ing, "INGDDEFFXXX");
    }
  }
  throw new Error(`no DKB text for ${e.merchant} (${i})`);
}

/** DKB old banking "Umsatzliste" of the Girokonto: ISO-8859-1, all quoted, every line ending in `;`, oldest first, with two Tagessaldo pseudo rows. */
export function dkbGiroCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "dkb");
  const lines = [
    q(["Kontonummer:", `${IBAN.dkb} / Girokonto`]) + ";",
    "",
    q(["Von:", "01.12.2021"]) + ";",
    q(["Bis:", dmy(EXPORT_DAY)]) + ";",
    q([`Kontostand vom ${dmy(EXPORT_DAY)}:`, `${deAmount(closing(events, "dkb"))} EUR`]) + ";",
    "",
    q(["Buchungstag", "Wertstellung", "Buchungstext", "Auftraggeber / Begünstigter", "Verwendungszweck", "Kontonummer", "BLZ", "Betrag (EUR)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]) + ";",
  ];
  let balance = OPENING.dkb;
  const saldoDays = new Set(["2021-12-31", "2022-06-30"]);
  rows.forEach((e, i) => {
    for (const day of saldoDays) {
      if (day < e.date) {
        lines.push(q([dmy(day), dmy(day), "", "", "Tagessaldo", "", "", deAmount(balance), "", "", ""]) + ";");
        saldoDays.delete(day);
      }
    }
    balance += e.cents;
    lines.push(q(dkbRow(e, i)) + ";");
  });
  return latin1(lines, "\n");
}

// ---------------------------------------------------------------- DKB old banking: Visa

function visaText(e: Event): string {
  if (e.text && e.merchant === "Amazon") return e.text;
  switch (e.merchant) {
    case "REWE": return "REWE Markt GmbH-Zw LEIPZIG";
    case "Lidl": return "LIDL SAGT DANKE LEIPZIG";
    case "dm": return "DM-DROGERIE MARKT LEIPZIG";
    case "Aral": return "ARAL STATION 141726 LEIPZIG";
    case "Netflix": return "NETFLIX.COM AMSTERDAM";
    case "Café Kandis": return "SumUp *Cafe Kandis LEIPZIG";
    case "EasyPark": return "PAYPAL *EASYPARK 0852226737";
    case "Lieferando": return "LIEFERANDO.DE AMSTERDAM";
    case "Deutsche Bahn": return `DB BAHN A-NR ${digits(e.date, 6)} FRANKFURT`;
    case "Saturn": return "SATURN LEIPZIG HBF LEIPZIG";
    case "DKB Visa": return `Ausgleich Kreditkarte gem. Abrechnung v. ${dmy(e.date)}`;
  }
  throw new Error(`no Visa text for ${e.merchant}`);
}

/** DKB old banking Visa export: `Saldo:` with a dot decimal, `Ja` for rows already billed, newest first. */
export function dkbVisaCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "visa").sort((a, b) => visaValue(b).localeCompare(visaValue(a)) || b.date.localeCompare(a.date));
  const lastBill = rows.filter((e) => e.cardBill).map((e) => e.date).sort().pop()!;
  const lines = [
    q(["Kreditkarte:", `${VISA_CARD} Kreditkarte`]) + ";",
    "",
    q(["Von:", "01.12.2021"]) + ";",
    q(["Bis:", dmy(EXPORT_DAY)]) + ";",
    q(["Saldo:", `${dotAmount(visaSaldo(events))} EUR`]) + ";",
    q(["Datum:", dmy(EXPORT_DAY)]) + ";",
    "",
    q(["Umsatz abgerechnet und nicht im Saldo enthalten", "Wertstellung", "Belegdatum", "Beschreibung", "Betrag (EUR)", "Ursprünglicher Betrag"]) + ";",
  ];
  for (const e of rows) {
    const billed = e.cardBill || visaValue(e) <= lastBill;
    lines.push(q([billed ? "Ja" : "Nein", dmy(visaValue(e)), dmy(e.date), visaText(e), deAmount(e.cents), ""]) + ";");
  }
  return latin1(lines, "\n");
}

// ---------------------------------------------------------------- Sparkasse CSV-MT940

function spkRow(e: Event): string[] {
  const day = dmyShort(e.date);
  const amt = deAmount(e.cents, false);
  const info = e.pending ? "Umsatz vorgemerkt" : "Umsatz gebucht";
  const card = (payee: string, acct: string, bic: string) => {
    const time = `${e.date}T${String(9 + (Number(e.date.slice(8)) % 10)).padStart(2, "0")}:${digits(e.date + e.merchant, 2).replace(/^[6-9]/, "4")}`;
    return [KTO.spk, day, day, "KARTENZAHLUNG", `EREF+${digits(e.date + e.merchant, 26)}MREF+OFFLINESVWZ+${time} Debitk.2 2024-12`, payee, acct, bic, amt, "EUR", info];
  };
  const mm = `${e.date.slice(5, 7)}.${e.date.slice(0, 4)}`;
  switch (e.merchant) {
    case "EDEKA": return card("EDEKA Frischemarkt Hahn//Leipzig/DE", iban("86055592", "1150034567"), "WELADE8LXXX");
    case "Aldi": return card("ALDI SAGT DANKE 61 023//Leipzig/DE", iban("36010043", "0987654321"), "PBNKDEFFXXX");
    case "Rossmann": return card("Dirk Rossmann GmbH//Leipzig/DE", iban("25050180", "0900123456"), "SPKHDE2HXXX");
    case "JET": return card("JET Tankstelle 1234//Leipzig/DE", iban("70020270", "0012345678"), "HYVEDEMMXXX");
    case "Geldautomat":
      return [KTO.spk, day, day, "GELDAUTOMAT", `SVWZ+${e.date}T17:12 Karte1 2024-12 GA NR00003342 BLZ86055592 0`, "", "", "", amt, "EUR", info];
    case "Stadtwerke Leipzig": {
      const what = e.text === "gas" ? "Gas VK 2007654321" : "Strom VK 2001234567";
      return [KTO.spk, day, day, "FOLGELASTSCHRIFT", `EREF+A${e.date.replace(/-/g, "")}${what.slice(-6)}MREF+SWL-${what.slice(-10)}CRED+${CRED.swl}SVWZ+Abschlag ${mm} ${what}`, "Stadtwerke Leipzig GmbH", iban("86055592", "1100004711"), "WELADE8LXXX", amt, "EUR", info];
    }
    case "Rundfunkbeitrag": {
      const m = Number(e.date.slice(5, 7));
      const from = String(m - 1).padStart(2, "0");
      const to = String(m + 1).padStart(2, "0");
      return [KTO.spk, day, day, "FOLGELASTSCHRIFT", `EREF+${digits(e.date, 18)}MREF+000412345678CRED+${CRED.rundfunk}SVWZ+Rundfunk ${from}.${e.date.slice(0, 4)} - ${to}.${e.date.slice(0, 4)} Beitragsnr. 412345678 Aenderungen ganz bequem: www.rundfunkbeitrag.de`, "Rundfunk ARD, ZDF, DRadio", iban("37050198", "0001234567"), "COLSDE33XXX", amt, "EUR", info];
    }
    case OWNER:
      return [KTO.spk, day, day, "GUTSCHR. UEBERWEISUNG", "EREF+NOTPROVIDEDSVWZ+Umbuchung Fixkosten Sparkasse", OWNER.toUpperCase(), IBAN.dkb, "BYLADEM1001", amt, "EUR", info];
  }
  throw new Error(`no Sparkasse text for ${e.merchant}`);
}

/** Sparkasse "CSV-MT940": header on line 1, all quoted, DD.MM.YY, no thousands dot, pending rows included, newest first. */
export function sparkasseCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "spk").sort((a, b) => b.date.localeCompare(a.date));
  const lines = [q(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ", "Betrag", "Waehrung", "Info"])];
  for (const e of rows) lines.push(q(spkRow(e)));
  return latin1(lines, "\n");
}

// ---------------------------------------------------------------- ING Umsatzanzeige (Extra-Konto)

/** ING Deutschland "Umsatzanzeige" of the Extra-Konto, "mit Saldo": unquoted, newest first, running balance column. */
export function ingCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "ing");
  const withSaldo: { e: Event; saldo: number }[] = [];
  let saldo = OPENING.ing;
  for (const e of rows) {
    saldo += e.cents;
    withSaldo.push({ e, saldo });
  }
  const lines = [
    "Umsatzanzeige;Datei erstellt am: 28.11.2022 08:14",
    "",
    `IBAN;${IBAN.ing}`,
    "Kontoname;Extra-Konto",
    "Bank;ING",
    `Kunde;${OWNER}`,
    `Zeitraum;01.12.2021 - ${dmy(EXPORT_DAY)}`,
    `Saldo;${deAmount(closing(events, "ing"))};EUR`,
    "",
    "Sortierung;Datum absteigend",
    "",
    "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
    "",
    "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Kategorie;Verwendungszweck;Saldo;Währung;Betrag;Währung",
  ];
  for (const { e, saldo: s } of withSaldo.reverse()) {
    const incoming = e.cents > 0;
    const purpose = incoming ? (e.text === "from-dkb-extra" ? "Sparen Urlaubsgeld" : "Sparen Extra-Konto") : "Umbuchung vom Extra-Konto";
    lines.push([dmy(e.date), dmy(e.date), OWNER, incoming ? "Gutschrift" : "Überweisung", "Umbuchungen", purpose, deAmount(s), "EUR", deAmount(e.cents), "EUR"].join(";"));
  }
  return latin1(lines, "\n");
}
