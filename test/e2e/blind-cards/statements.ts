// Fourteen months of a German whose life runs on credit cards, written as the
// banks' own exports (/work/shared/bank-formats.md §0, §1.1): DKB new banking
// Girokonto and DKB Visa Kreditkarte (UTF-8 with BOM, DD.MM.YY, trailing zeros
// dropped), comdirect (Windows-1252, every field quoted, every line ending in
// ';', Girokonto and Visa sections, pending rows "offen"/"--"), ING
// Deutschland (Windows-1252, unquoted, preamble with Saldo) and an American
// Express Germany CSV. The doc has no German Amex layout; that one is the
// layout public importers (e.g. amex-de readers on GitHub) read: comma-separated,
// German column names, amounts with a decimal comma (quoted), charges positive,
// payments and refunds negative, DD/MM/YYYY, Betreff with apostrophes, country
// names in English, quotes only where a cell needs them.
//
// One event list yields both the files and the expected answers: the test
// never asks Kontor what the right number is.

import { addDays, between, iso, pad, prng, germanIban } from "../statement-kit.ts";

export type Acct = "dkb" | "dkbvisa" | "cd" | "cdvisa" | "amex" | "ing";
/** spend: money out to (or back from) a merchant; income; own: between own accounts; settle: a card bill paid from a Girokonto or its credit on the card; cash: an ATM withdrawal. */
export type Kind = "spend" | "income" | "own" | "settle" | "cash";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD: the booking date (comdirect Visa: Buchungstag), DKB Visa's Belegdatum, Amex's Datum
  cents: number; // integer euro cents, negative = money out of the person's pocket
  merchant: string | null;
  category: string;
  kind: Kind;
  pending?: boolean;
  country?: string; // ISO country of a card purchase
  fx?: string; // foreign currency of the purchase
  fee?: "fx" | "cash" | "annual";
  refund?: boolean;
  row: string[];
}

export const NAME = "Jonas Beispiel";
export const AMEX_LAST5 = "71005";
export const DKB_CARD = "4930 •••• •••• 5521";
export const DKB_CARD_PLAIN = "4930XXXXXXXX5521";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  dkb: germanIban("12030000", "1088776655"),
  ing: germanIban("50010517", "5409911223"),
  cd: germanIban("20041155", "0812345600"),
  landlord: germanIban("10050000", "0190044556"),
  employer: germanIban("70020270", "0015889911"),
  stadtwerke: germanIban("37050198", "0000778899"),
};
export const CD_ACCOUNT = "0812345600";

export function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
export const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
export const ddmmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const slashDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** German amount: thousands dot, comma decimals ("-1.234,56"); DKB drops trailing zeros. */
export function deAmount(cents: number, opts: { dropZeros?: boolean; thousands?: boolean } = {}): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  let int = String(Math.floor(abs / 100));
  if (opts.thousands !== false) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}

const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

export const FIRST = { y: 2025, m: 10 };
export const MONTHS = 14; // October 2025 to November 2026, plus the first days of December
export const LAST_BOOKED = "2026-12-02";
export const EXPORT_DATE = "2026-12-02";
export const OPENING: Record<Acct, number> = { dkb: 420_000, dkbvisa: 0, cd: 80_000, cdvisa: 0, amex: 0, ing: 150_000 };

/** Fixed card conversion rates (EUR per unit) the issuers used; the files carry the EUR amount. */
const RATE: Record<string, number> = { USD: 0.9217, GBP: 1.1623, CZK: 0.04081 };
const toEur = (foreignCents: number, ccy: string) => Math.round(foreignCents * RATE[ccy]!);
/** Foreign-currency fees: DKB 2.2 %, comdirect 1.75 % of the euro amount. */
const feeOf = (eurCents: number, pct: number) => Math.round((Math.abs(eurCents) * pct) / 100);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function buildEvents(): Event[] {
  const r = prng(20261203);
  const ev: Event[] = [];
  const push = (e: Event) => ev.push(e);

  // ---- row writers, one per export ----
  const dkb = (date: string, e: Omit<Event, "acct" | "date" | "row">, payer: string, payee: string, purpose: string, iban: string, extra: [string, string, string] = ["", "", ""]) =>
    push({ ...e, acct: "dkb", date, row: [ddmmyy(date), e.pending ? "" : ddmmyy(date), e.pending ? "Vorgemerkt" : "Gebucht", payer, payee, purpose, e.cents > 0 ? "Eingang" : "Ausgang", iban, deAmount(e.cents, { dropZeros: true }), ...extra] });
  const dkbDebit = (date: string, payee: string, cents: number, merchant: string, category: string) =>
    dkb(date, { cents, merchant, category, kind: "spend", country: "DE" }, NAME, payee, `${addDays(date, -1)} Debitk.21 VISA Debit`, "", ["", "", digits(r, 15)]);
  const dkbVisa = (date: string, e: Omit<Event, "acct" | "date" | "row">, text: string, typ: string, foreign = "") =>
    push({ ...e, acct: "dkbvisa", date, row: [ddmmyy(date), e.pending ? "" : ddmmyy(addDays(date, 1)), e.pending ? "Vorgemerkt" : "Gebucht", text, typ, deAmount(e.cents, { dropZeros: true }), foreign] });
  const cd = (date: string, e: Omit<Event, "acct" | "date" | "row">, vorgang: string, text: string) =>
    push({ ...e, acct: "cd", date, row: [e.pending ? "offen" : ddmmyyyy(date), e.pending ? "--" : ddmmyyyy(date), vorgang, text, deAmount(e.cents)] });
  const cdVisa = (date: string, e: Omit<Event, "acct" | "date" | "row">, text: string, vorgang = "Visa-Umsatz") =>
    push({ ...e, acct: "cdvisa", date, row: [e.pending ? "offen" : ddmmyyyy(date), e.pending ? "--" : ddmmyyyy(addDays(date, -2)), vorgang, digits(r, 23), text, deAmount(e.cents)] });
  const amex = (date: string, e: Omit<Event, "acct" | "date" | "row">, desc: string, details: string, city: string, zip: string, country: string, category: string) =>
    push({ ...e, acct: "amex", date, row: [slashDate(date), desc, NAME.toUpperCase(), `-${AMEX_LAST5}`, deAmount(-e.cents, { thousands: false }), details, desc, "", city, zip, country, `'AT${digits(r, 18)}'`, category] });
  const ing = (date: string, e: Omit<Event, "acct" | "date" | "row">, who: string, text: string, purpose: string) =>
    push({ ...e, acct: "ing", date, row: [ddmmyyyy(date), ddmmyyyy(date), who, text, purpose, deAmount(e.cents), "EUR"] });

  const spend = (cents: number, merchant: string, category: string, more: Partial<Event> = {}) => ({ cents, merchant, category, kind: "spend" as const, country: "DE", ...more });

  let dkbVisaLast = 0; // DKB Visa spending of the previous month, settled on the 5th
  let cdVisaMonth = 0; // comdirect Visa spending of the running month, debited on the 15th of the next
  let amexOpen: Event[] = []; // Amex charges not yet on a statement

  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST.y + Math.floor((FIRST.m - 1 + i) / 12);
    const m = ((FIRST.m - 1 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));

    // ---------------- DKB Girokonto ----------------
    const rent = day(1);
    dkb(rent, { cents: -118_000, merchant: "Hausverwaltung Lindenhof", category: "rent", kind: "spend" }, NAME, "Hausverwaltung Lindenhof GmbH", `Miete ${mm} Lindenstr. 12 Whg. 5`, IBAN.landlord, ["", "", "NOTPROVIDED"]);
    const toIng = day(3);
    dkb(toIng, { cents: -50_000, merchant: null, category: "transfer", kind: "own" }, NAME, NAME, "Umbuchung auf ING Girokonto", IBAN.ing, ["", "", "NOTPROVIDED"]);
    ing(addDays(toIng, 1), { cents: 50_000, merchant: null, category: "transfer", kind: "own" }, NAME, "Gutschrift", "Umbuchung auf ING Girokonto");
    const toCd = day(4);
    dkb(toCd, { cents: -35_000, merchant: null, category: "transfer", kind: "own" }, NAME, NAME, "Uebertrag comdirect", IBAN.cd, ["", "", "NOTPROVIDED"]);
    cd(addDays(toCd, 1), { cents: 35_000, merchant: null, category: "transfer", kind: "own" }, "Übertrag / Überweisung", `Auftraggeber: ${NAME}Kto/IBAN: ${IBAN.dkb} BLZ/BIC: BYLADEM1001 Buchungstext: Uebertrag comdirect Ref. ${code(r, 16)}/1`);
    const power = day(6);
    dkb(power, { cents: -7_900, merchant: "Stadtwerke", category: "utilities", kind: "spend" }, NAME, "Stadtwerke Lindenau GmbH", `Abschlag Strom/Gas Vertragskonto 400778899 ${mm}`, IBAN.stadtwerke, ["DE98ZZZ09999999999", "STW-400778899", digits(r, 12)]);
    for (const d of [7, 21]) dkbDebit(day(d), "REWE Markt GmbH//Lindenau/DE", -between(r, 2_200, 8_900), "REWE", "groceries");
    const pay = payday(iso(y, m, 25));
    const salary = y === 2026 && m >= 4 ? 402_000 : 385_000;
    dkb(pay, { cents: salary, merchant: "Nordlicht Software", category: "salary", kind: "income" }, "Nordlicht Software GmbH", NAME, `Lohn und Gehalt ${mm}`, IBAN.employer);
    if (y === 2026 && m === 6) {
      // Money back from the ING Girokonto once, for the summer trip.
      const back = day(10);
      ing(back, { cents: -100_000, merchant: null, category: "transfer", kind: "own" }, NAME, "Ueberweisung", "Ruecktransfer DKB Urlaub");
      dkb(addDays(back, 1), { cents: 100_000, merchant: null, category: "transfer", kind: "own" }, NAME, NAME, "Ruecktransfer DKB Urlaub", IBAN.ing);
    }

    // ---------------- DKB Visa Kreditkarte ----------------
    let dkbVisaMonth = 0;
    const dv = (date: string, e: Omit<Event, "acct" | "date" | "row">, text: string, typ = "Im Geschäft", foreign = "") => {
      if (date > LAST_BOOKED) return;
      dkbVisa(date, e, text, typ, foreign);
      dkbVisaMonth += e.cents;
    };
    dv(day(12), spend(-between(r, 3_000, 9_500), "EDEKA", "groceries"), "EDEKA CENTER LINDENAU");
    dv(day(16), spend(-between(r, 350, 1_400), "EasyPark", "transport"), "PAYPAL *EASYPARK 4029357733");
    if (m >= 5 && m <= 9) dv(day(18), spend(-between(r, 600, 1_800), "Eiscafe Venezia", "restaurants"), "SumUp *Eiscafe Venezia");
    if (y === 2026 && m === 2) {
      // London weekend, paid in GBP: purchase plus DKB's foreign-currency fee.
      const fx = (date: string, gbpCents: number, merchant: string, category: string, text: string) => {
        const eur = -toEur(gbpCents, "GBP");
        dv(date, spend(eur, merchant, category, { country: "GB", fx: "GBP" }), text, "Im Geschäft", `${deAmount(-gbpCents, { dropZeros: true })} GBP`);
        dv(date, { cents: -feeOf(eur, 2.2), merchant: "DKB", category: "fees", kind: "spend", fee: "fx" }, "Auslandseinsatzentgelt", "Entgelt");
      };
      fx("2026-02-13", 6_450, "Dishoom", "restaurants", "DISHOOM KINGS CROSS LONDON GB");
      fx("2026-02-14", 2_380, "Pret A Manger", "restaurants", "PRET A MANGER LONDON GB");
      fx("2026-02-14", 4_200, "Tate Modern", "entertainment", "TATE ENTERPRISES LONDON GB");
    }
    if (y === 2026 && m === 6) {
      // A travel agency charge disputed and charged back a month later.
      dv("2026-06-09", spend(-38_900, "Flybook24", "travel", { country: "NL" }), "FLYBOOK24 TRAVEL AMSTERDAM NL");
    }
    if (y === 2026 && m === 7) dv("2026-07-20", spend(38_900, "Flybook24", "travel", { country: "NL", refund: true }), "Gutschrift Rueckbelastung FLYBOOK24 TRAVEL", "Gutschrift");
    if (y === 2026 && m === 8) {
      // Prague: a cash withdrawal in CZK with two fees, and dinner in CZK.
      const atm = -toEur(300_000, "CZK");
      dv("2026-08-14", { cents: atm, merchant: "Geldautomat", category: "cash", kind: "cash", country: "CZ", fx: "CZK" }, "EURONET ATM PRAHA 1 CZ", "Im Geschäft", "-3.000 CZK");
      dv("2026-08-14", { cents: -feeOf(atm, 2.2), merchant: "DKB", category: "fees", kind: "spend", fee: "fx" }, "Auslandseinsatzentgelt", "Entgelt");
      dv("2026-08-14", { cents: -490, merchant: "DKB", category: "fees", kind: "spend", fee: "cash" }, "Entgelt Bargeldauszahlung", "Entgelt");
      const dinner = -toEur(124_000, "CZK");
      dv("2026-08-15", spend(dinner, "Lokal Dlouha", "restaurants", { country: "CZ", fx: "CZK" }), "LOKAL DLOUHAA PRAHA 1 CZ", "Im Geschäft", "-1.240 CZK");
      dv("2026-08-15", { cents: -feeOf(dinner, 2.2), merchant: "DKB", category: "fees", kind: "spend", fee: "fx" }, "Auslandseinsatzentgelt", "Entgelt");
    }
    // Monthly settlement on the 5th of the next month: the Girokonto pays last month's card total, the card shows the credit.
    if (i > 0 && dkbVisaLast !== 0) {
      const settle = day(5);
      const owed = dkbVisaLast;
      dkb(settle, { cents: owed, merchant: null, category: "transfer", kind: "settle" }, NAME, "DKB AG", `Kreditkartenabrechnung ${DKB_CARD_PLAIN} Abrechnung vom ${ddmmyyyy(addDays(settle, -2))}`, "");
      dkbVisa(settle, { cents: -owed, merchant: null, category: "transfer", kind: "settle" }, `Ausgleich Kreditkarte gem. Abrechnung v. ${ddmmyy(addDays(settle, -2))}`, "Gutschrift");
    }
    dkbVisaLast = dkbVisaMonth;

    // ---------------- comdirect Girokonto ----------------
    const amazonDebit = day(9);
    const ord = () => `${digits(r, 3)}-${digits(r, 7)}-${digits(r, 7)}`;
    cd(amazonDebit, spend(-between(r, 1_299, 6_999), "Amazon", "shopping"), "Kartenverfügung", ` Buchungstext: Amazon.de*${code(r, 9)}, AMAZON.DE LU Karte Nr. 4871 78XX XXXX 3380 Kartenzahlung comdirect Visa-Debitkarte ${amazonDebit} 00:00:00 Ref. ${code(r, 16)}/${digits(r, 5)}`);
    if (m % 3 === 1) {
      const sepa = day(17);
      cd(sepa, spend(-between(r, 2_499, 9_999), "Amazon", "shopping"), "Lastschrift / Belastung", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: ${ord()} Amazon.de ${code(r, 16)} Ref. ${code(r, 16)}/2`);
    }
    const fuel = day(13);
    cd(fuel, spend(-between(r, 5_000, 8_500), "Aral", "fuel"), "Kartenverfügung", `Auftraggeber: Aral Station 141726125 Buchungstext: Aral Station 141726125, Lindenau DE Karte Nr. 4871 78XX XXXX 3380 Kartenzahlung comdirect Visa-Debitkarte ${fuel} 00:00:00 Ref. ${code(r, 16)}/${digits(r, 5)}`);
    if (i > 0 && cdVisaMonth !== 0) {
      const s = day(15);
      cd(s, { cents: cdVisaMonth, merchant: null, category: "transfer", kind: "settle" }, "Visa-Kartenabrechnung", ` Buchungstext: Visa-Kartenabrechnung 4871 78XX XXXX 9044 Ref. ${code(r, 16)}/3`);
    }

    // ---------------- comdirect Visa (credit card) ----------------
    let cdSum = 0;
    const cv = (date: string, e: Omit<Event, "acct" | "date" | "row">, text: string, vorgang = "Visa-Umsatz") => {
      if (date > LAST_BOOKED) return;
      cdVisa(date, e, text, vorgang);
      cdSum += e.cents;
    };
    for (const d of [5, 19]) cv(day(d), spend(-between(r, 1_200, 5_500), "Lidl", "groceries"), `LIDL SAGT DANKE ${digits(r, 4)} LINDENAU DE`);
    cv(day(11), spend(-between(r, 2_400, 4_800), "Vapiano", "restaurants"), `VAPIANO ${digits(r, 4)} LINDENAU DE`);
    cv(day(10), spend(-1_299, "Spotify", "subscriptions"), `Spotify P${code(r, 9)} Stockholm SE`);
    if (y === 2026 && m === 4) {
      // New York: restaurants and a cab in USD, each with comdirect's 1.75 % fee.
      const fx = (date: string, usdCents: number, merchant: string, category: string, text: string) => {
        const eur = -toEur(usdCents, "USD");
        cv(date, spend(eur, merchant, category, { country: "US", fx: "USD" }), `${text} ${deAmount(usdCents)} USD`);
        cv(date, { cents: -feeOf(eur, 1.75), merchant: "comdirect", category: "fees", kind: "spend", fee: "fx" }, `AUSLANDSEINSATZENTGELT ${deAmount(-eur)} EUR`);
      };
      fx("2026-04-08", 8_740, "Katz's Delicatessen", "restaurants", "KATZS DELICATESSEN NEW YORK US");
      fx("2026-04-09", 4_215, "Shake Shack", "restaurants", "SHAKE SHACK 0112 NEW YORK US");
      fx("2026-04-10", 3_360, "Yellow Cab", "transport", "NYC TAXI MED 5R21 NEW YORK US");
    }
    if (y === 2026 && m === 10) {
      // A double charge at the hotel, reclaimed through comdirect ("Buchung aus Umsatzreklamation").
      cv("2026-10-03", spend(-21_400, "Hotel Seeblick", "travel"), "HOTEL SEEBLICK KONSTANZ DE");
      cv("2026-10-03", spend(-21_400, "Hotel Seeblick", "travel"), "HOTEL SEEBLICK KONSTANZ DE");
      cv("2026-10-24", spend(21_400, "Hotel Seeblick", "travel", { refund: true }), "HOTEL SEEBLICK KONSTANZ DE Rueckbuchung", "Buchung aus Umsatzreklamation");
    }
    cdVisaMonth = cdSum;

    // ---------------- American Express (charges via the ING Girokonto) ----------------
    const ax = (date: string, e: Omit<Event, "acct" | "date" | "row">, desc: string, details: string, city: string, zip: string, country: string, cat: string) => {
      if (date > LAST_BOOKED) return;
      amex(date, e, desc, details, city, zip, country, cat);
      amexOpen.push(ev[ev.length - 1]!);
    };
    ax(day(8), spend(-between(r, 3_800, 9_200), "Trattoria Roma", "restaurants"), "TRATTORIA ROMA         LINDENAU", "", "LINDENAU", "04177", "GERMANY", "Restaurant-Restaurant");
    const amz = -between(r, 1_999, 8_999);
    const amzCode = code(r, 9);
    ax(day(20), spend(amz, "Amazon", "shopping"), `AMZN Mktp DE*${amzCode}  800-279-6620`, `${ord()} AMZN.DE/BILL`, "LUXEMBOURG", "L-2338", "LUXEMBOURG", "Merchandise & Supplies-Internet Purchase");
    if (m === 1 || m === 7) {
      // A return: the marketplace refunds that month's order in full.
      ax(day(26), spend(-amz, "Amazon", "shopping", { refund: true }), `GUTSCHRIFT AMZN Mktp DE*${amzCode}`, "", "LUXEMBOURG", "L-2338", "LUXEMBOURG", "Merchandise & Supplies-Internet Purchase");
    }
    if (y === 2026 && m === 3) ax("2026-03-02", { cents: -14_400, merchant: "American Express", category: "fees", kind: "spend", fee: "annual", country: "DE" }, "JAHRESGEBÜHR GOLD CARD", "", "", "", "", "Fees & Adjustments-Fees & Adjustments");
    if (y === 2026 && m === 9) {
      // Lisbon, paid in euros abroad (no foreign-currency fee).
      ax("2026-09-18", spend(-6_840, "Time Out Market", "restaurants", { country: "PT" }), "TIME OUT MARKET        LISBOA", "", "LISBOA", "1200-109", "PORTUGAL", "Restaurant-Restaurant");
      ax("2026-09-19", spend(-9_250, "Cervejaria Ramiro", "restaurants", { country: "PT" }), "CERVEJARIA RAMIRO      LISBOA", "", "LISBOA", "1150-278", "PORTUGAL", "Restaurant-Restaurant");
    }
    // Statement on the 15th covers the charges up to then; ING pays it by direct debit two days later and Amex shows the payment.
    const stmt = day(17);
    const stmtDate = addDays(stmt, -2);
    const covered = amexOpen.filter((e) => e.date <= stmtDate);
    const owed = sum(covered.map((e) => e.cents));
    if (owed !== 0 && stmt <= LAST_BOOKED) {
      ing(stmt, { cents: owed, merchant: null, category: "transfer", kind: "settle" }, "American Express Europe S.A. (Germany branch)", "Lastschrift", `AMEX Karte xxxx-xxxxxx-${AMEX_LAST5} Abrechnung vom ${ddmmyyyy(stmtDate)}`);
      amex(stmt, { cents: -owed, merchant: null, category: "transfer", kind: "settle" }, "ZAHLUNG/ÜBERWEISUNG ERHALTEN BESTEN DANK", "", "", "", "", "");
      amexOpen = amexOpen.filter((e) => e.date > stmtDate);
    }

    // ---------------- ING Girokonto ----------------
    const ross = day(14);
    const rc = between(r, 900, 3_400);
    ing(ross, spend(-rc, "Rossmann", "drugstore"), `VISA ROSSMANN ${digits(r, 4)}`, "Lastschrift", `NR XXXX 7731 LINDENAU DE KAUFUMSATZ ${ross.slice(8, 10)}.${ross.slice(5, 7)} ${Math.floor(rc / 100)}.${pad(rc % 100)} ${digits(r, 6)} ARN${digits(r, 23)}`);
  }

  // ---------------- pending rows at export time ----------------
  cd("2026-12-02", spend(-1_870, "Aral", "fuel", { pending: true }), "Kartenverfügung", " Buchungstext: Aral Station 141726125, Lindenau DE 2026-12-02T07:41:12 Ref. ZZ2C21XX0AA00077/00077");
  cdVisa("2026-12-01", spend(-4_260, "Lidl", "groceries", { pending: true }), "LIDL SAGT DANKE 4411 LINDENAU DE");
  dkbVisa("2026-12-01", spend(-2_990, "Thalia", "shopping", { pending: true }), "THALIA LINDENAU", "Im Geschäft");
  return ev;
}

export function closing(events: Event[], acct: Acct): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && !e.pending).map((e) => e.cents));
}
const newestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const rowsOf = (events: Event[], acct: Acct) => newestFirst(events.filter((e) => e.acct === acct));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const quoted = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");

/** DKB new banking Girokonto, UTF-8 with BOM, all fields quoted (§1.1 "DKB: new banking"). */
export function dkbGiroCsv(events: Event[]): Buffer {
  const lines = [
    quoted(["Girokonto", IBAN.dkb]),
    quoted(["Zeitraum:", `01.10.2025 - ${ddmmyyyy(EXPORT_DATE)}`]),
    quoted([`Kontostand vom ${ddmmyyyy(EXPORT_DATE)}:`, `${deAmount(closing(events, "dkb"))} €`]),
    quoted([""]),
    quoted(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...rowsOf(events, "dkb").map((e) => quoted(e.row)),
  ];
  return Buffer.concat([BOM, Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** DKB new banking Visa Kreditkarte, UTF-8 with BOM (§1.1 "Visa credit card (new)"). */
export function dkbVisaCsv(events: Event[]): Buffer {
  const lines = [
    quoted(["Karte", "Visa Kreditkarte", DKB_CARD]),
    quoted([""]),
    quoted([`Saldo vom ${ddmmyyyy(EXPORT_DATE)}:`, `${deAmount(closing(events, "dkbvisa"))} EUR`]),
    quoted([""]),
    quoted(["Belegdatum", "Wertstellung", "Status", "Beschreibung", "Umsatztyp", "Betrag (€)", "Fremdwährungsbetrag"]),
    ...rowsOf(events, "dkbvisa").map((e) => quoted(e.row)),
  ];
  return Buffer.concat([BOM, Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** ING Deutschland "Umsatzanzeige" with balance, Windows-1252, unquoted (§1.1 "ING Deutschland"). */
export function ingCsv(events: Event[]): Buffer {
  const lines = [
    `Umsatzanzeige;Datei erstellt am: ${ddmmyyyy(EXPORT_DATE)} 18:04`,
    "",
    `IBAN;${IBAN.ing.replace(/(.{4})/g, "$1 ").trim()}`,
    "Kontoname;Girokonto",
    "Bank;ING",
    `Kunde;${NAME}`,
    `Zeitraum;01.10.2025 - ${ddmmyyyy(EXPORT_DATE)}`,
    `Saldo;${deAmount(closing(events, "ing"))};EUR`,
    "",
    "Sortierung;Datum absteigend",
    "",
    "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
    "",
    "Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung",
    ...rowsOf(events, "ing").map((e) => e.row.join(";")),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "latin1");
}

/** comdirect, Windows-1252, every field quoted, every line ending in ';', Girokonto and Visa sections (§1.1 "comdirect"). */
export function comdirectCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => `${quoted(cells)};`;
  const period = `Zeitraum: 01.10.2025 - ${ddmmyyyy(EXPORT_DATE)}`;
  const section = (label: string, acct: Acct, header: string[]) => [
    q([`Umsätze ${label}`, period]),
    q(["Neuer Kontostand", `${deAmount(closing(events, acct))} EUR`]),
    "",
    q(header),
    ...rowsOf(events, acct).map((e) => q(e.row)),
    "",
    q(["Alter Kontostand", `${deAmount(OPENING[acct])} EUR`]),
    "",
  ];
  const lines = [
    ";",
    ...section("Girokonto", "cd", ["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
    ...section("Visa-Karte (Kreditkarte)", "cdvisa", ["Buchungstag", "Umsatztag", "Vorgang", "Referenz", "Buchungstext", "Umsatz in EUR"]),
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** American Express Germany "activity.csv" as public importers read it: UTF-8, "," separated, a cell quoted only where it holds a comma, quote or line break ("63,32"). */
export function amexCsv(events: Event[]): Buffer {
  const c = (cells: string[]) => cells.map((x) => (/[",\r\n]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x)).join(",");
  const lines = [
    c(["Datum", "Beschreibung", "Karteninhaber", "Konto #", "Betrag", "Weitere Details", "Erscheint auf Ihrer Abrechnung als", "Adresse", "Stadt", "PLZ", "Land", "Betreff", "Kategorie"]),
    ...rowsOf(events, "amex").map((e) => c(e.row)),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
