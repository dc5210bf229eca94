// Fourteen months (October 2025 to November 2026) of one person living in
// Bonn, written as three banks' own exports (../shared/bank-formats.md §1.1):
// comdirect (Windows-1252, every field quoted, every line ending in ';',
// sections Girokonto, Visa-Karte, Tagesgeld PLUS and a Depot that is not a
// cash account, pending rows "offen" / "--"), DKB new banking (UTF-8 with BOM,
// DD.MM.YY, trailing zeros dropped, "Vorgemerkt") and N26 (UTF-8, commas, dot
// decimals, foreign-currency card payments with the EUR amount charged).
// The logical events below produce both the files and the expected answers.
//
// Blind: written from the format reference and the README only.
import { addDays, germanIban } from "../statement-kit.ts";

export type Acct = "dkb" | "giro" | "visa" | "tagesgeld" | "n26";
/** spend: money out for goods or services; refund: money back from a shop; cash: ATM. */
export type Kind = "spend" | "refund" | "income" | "transfer" | "cash";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date (pending: the date in the text)
  cents: number; // integer minor units of EUR, negative = money out
  merchant: string | null; // what the person calls it
  category: string; // our own label, only used to group expectations
  kind: Kind;
  pending?: boolean;
  render: (cents: number) => string[]; // the bank's cells, in header order
}

export const NAME = "Jonas Becker";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  dkb: germanIban("12030000", "1088442211"),
  giro: germanIban("20041133", "0456123400"),
  tagesgeld: germanIban("20041133", "0456123401"),
  n26: germanIban("10011001", "2626123456"),
  landlord: germanIban("38050000", "0077112233"),
  employer: germanIban("37040044", "0532013000"),
  stadtwerke: germanIban("38050000", "0000345678"),
  telefonica: germanIban("70020270", "0660060111"),
  huk: germanIban("78350000", "0000010405"),
  allianz: germanIban("60080000", "0901234500"),
  rsg: germanIban("79550000", "0000123987"),
  rundfunk: germanIban("37050198", "0000000111"),
};

export const FIRST = { y: 2025, m: 10 };
export const MONTHS = 14; // October 2025 to November 2026
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";
export const OPENING: Record<Acct, number> = { dkb: 235_000, giro: 120_000, visa: 0, tagesgeld: 600_000, n26: 4_000 }; // 30 Sep 2025

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export /** Banks book on weekdays: Saturday and Sunday move to Monday. */
function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
/** Salary on the 27th, or the Friday before when that is a weekend. */
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
const ddmmyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`;
const ddmmyyyy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** German amount: thousands dot, comma decimals ("-1.234,56"); DKB drops trailing zeros ("-1.450", "-84,5"). */
export function deAmount(cents: number, opts: { dropZeros?: boolean } = {}): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  let frac = pad(abs % 100);
  if (opts.dropZeros) frac = frac.replace(/0+$/, "");
  return `${cents < 0 ? "-" : ""}${int}${frac ? `,${frac}` : ""}`;
}
/** N26 amount: dot decimal, always two places ("-24.50"). */
const dotAmount = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;

/** mulberry32: the same "random" amounts on every run. */
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

export function buildEvents(): Event[] {
  const r = prng(20261128);
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const code = (n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
  const events: Event[] = [];
  const push = (e: Event) => events.push(e);

  // ---- DKB Girokonto cells ----
  const dkbRow = (date: string, payer: string, payee: string, purpose: string, type: "Eingang" | "Ausgang", iban: string, cents: number, creditor = "", mandate = "", ref = "", pending = false) =>
    [ddmmyy(date), pending ? "" : ddmmyy(date), pending ? "Vorgemerkt" : "Gebucht", payer, payee, purpose, type, iban, deAmount(cents, { dropZeros: true }), creditor, mandate, ref];
  const dkbOut = (date: string, payee: string, purpose: string, iban: string, cents: number, merchant: string | null, category: string, kind: Kind, creditor = "", mandate = "") =>
    push({ acct: "dkb", date, cents, merchant, category, kind, render: (c) => dkbRow(date, NAME, payee, purpose, "Ausgang", iban, c, creditor, mandate, kind === "transfer" ? "NOTPROVIDED" : "") });
  const dkbCard = (date: string, payee: string, cents: number, merchant: string, category: string, pending = false) => {
    const ref = digits(15);
    push({ acct: "dkb", date, cents, merchant, category, kind: "spend", pending, render: (c) => dkbRow(date, NAME, payee, `${addDays(date, -1)} Debitk.99 VISA Debit`, "Ausgang", "", c, "", "", ref, pending) });
  };

  // ---- comdirect Girokonto / Tagesgeld cells ----
  const card = "Karte Nr. 4871 78XX XXXX 0417";
  const cdCardText = (name: string, date: string) =>
    ` Buchungstext: ${name} ${card} Kartenzahlung comdirect Visa-Debitkarte ${addDays(date, -2)} 00:00:00 Ref. ${code(16)}/${digits(5)}`;
  const cd = (acct: "giro" | "tagesgeld", date: string, vorgang: string, text: string, cents: number, merchant: string | null, category: string, kind: Kind) =>
    push({ acct, date, cents, merchant, category, kind, render: (c) => [ddmmyyyy(date), ddmmyyyy(date), vorgang, text, deAmount(c)] });
  const cdCard = (date: string, text: string, cents: number, merchant: string, category: string) =>
    cd("giro", date, "Kartenverfügung", cdCardText(text, date), cents, merchant, category, "spend");

  // ---- comdirect Visa-Karte cells ----
  const visa = (date: string, text: string, cents: number, merchant: string | null, category: string, kind: Kind = cents < 0 ? "spend" : "refund") => {
    const ref = digits(17);
    push({ acct: "visa", date, cents, merchant, category, kind, render: (c) => [ddmmyyyy(date), ddmmyyyy(addDays(date, -2)), "Visa-Umsatz", ref, text, deAmount(c)] });
  };

  // ---- N26 cells ----
  const n26 = (date: string, partner: string, iban: string, type: string, reference: string, cents: number, merchant: string | null, category: string, kind: Kind, fx?: { currency: string; rate: string }) =>
    push({
      acct: "n26", date, cents, merchant, category, kind,
      render: (c) => {
        if (!fx) return [date, date, partner, iban, type, reference, "Main Account", dotAmount(c), "", "", ""];
        const original = Math.round(c * Number(fx.rate));
        return [date, date, partner, iban, type, reference, "Main Account", dotAmount(c), dotAmount(original), fx.currency, fx.rate];
      },
    });

  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST.y + Math.floor((FIRST.m - 1 + i) / 12);
    const m = ((FIRST.m - 1 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));
    const in2026 = y === 2026;

    // ===== DKB: salary account =====
    const rent = in2026 ? -92_500 : -89_000;
    dkbOut(day(1), "Wohnungsbaugesellschaft Bonn-Süd eG", `DAUERAUFTRAG Miete ${mm} Kaiserstr. 12 Whg 2.OG re`, IBAN.landlord, rent, "Wohnungsbaugesellschaft Bonn-Süd", "rent", "spend");
    dkbOut(day(2), "HUK-COBURG Allgemeine Versicherung AG", `Kfz-Versicherung BN-JB 412 Beitrag ${mm} VS-Nr. 412/118877-K`, IBAN.huk, -4_820, "HUK-COBURG", "insurance", "spend", "DE66ZZZ00000041258", "HUK-412118877");
    const toGiro = day(2);
    dkbOut(toGiro, NAME, "Umbuchung comdirect", IBAN.giro, -90_000, null, "transfer", "transfer");
    cd("giro", weekday(addDays(toGiro, 1)), "Übertrag / Überweisung", `Auftraggeber: ${NAME}Kto/IBAN: ${IBAN.dkb} BLZ/BIC: BYLADEM1001 Buchungstext: Umbuchung comdirect Ref. ${code(16)}/1`, 90_000, null, "transfer", "transfer");
    const toN26 = day(3);
    dkbOut(toN26, NAME, "Aufladung N26", IBAN.n26, -15_000, null, "transfer", "transfer");
    n26(addDays(toN26, 1), NAME, IBAN.dkb, "Credit Transfer", "Aufladung N26", 15_000, null, "transfer", "transfer");
    const gym = in2026 ? -3_290 : -2_990;
    dkbOut(day(4), "RSG Group GmbH", `McFIT Mitgliedsbeitrag ${mm} Mitgl.-Nr. 88123456`, IBAN.rsg, gym, "McFIT", "gym", "spend", "DE12ZZZ00000567890", "MCF-88123456");
    const power = in2026 ? -8_450 : -7_800;
    dkbOut(day(5), "Stadtwerke Bonn Energie und Wasser GmbH", `Abschlag Strom/Gas Vertragskonto 300451122 ${mm}`, IBAN.stadtwerke, power, "Stadtwerke Bonn", "utilities", "spend", "DE77ZZZ00000012345", "SWB-300451122");
    dkbOut(day(8), "Telefonica Germany GmbH + Co. OHG", `Kd-Nr.: 5012345678 Rg-Nr.: ${digits(10)} Mobilfunk ${mm}`, IBAN.telefonica, -2_499, "O2", "phone", "spend", "DE25ZZZ00000105071", digits(10));
    for (const d of [7, 21]) dkbCard(day(d), "REWE Markt GmbH//Bonn/DE", -between(1_800, 8_900), "REWE", "groceries");
    dkbCard(day(12), "EDEKA Center Bonn    Bonn    DE", -between(2_200, 6_400), "EDEKA", "groceries");
    dkbCard(day(17), "ALDI SUED                Bonn DE", -between(1_500, 4_800), "ALDI", "groceries");
    dkbCard(day(10), "dm-drogerie markt//Bonn/DE", -between(900, 3_200), "dm", "drugstore");
    dkbCard(day(14), "NETFLIX.COM//Amsterdam/NL", -1_399, "Netflix", "subscriptions");
    if (m % 3 === 2) {
      dkbOut(day(15), "Rundfunk ARD, ZDF, DRadio", `Rundfunkbeitrag ${pad(m - 1)}.${y} - ${pad(m + 1)}.${y} Beitragsnr. 512345678`, IBAN.rundfunk, -5_508, "Rundfunkbeitrag", "broadcast", "spend", "DE34ZZZ00000125734", "512345678");
    }
    if (m === 3) dkbOut(day(10), "Allianz Versicherungs-AG", `Privathaftpflicht Jahresbeitrag 2026 VS-Nr. AS-77812`, IBAN.allianz, -6_735, "Allianz", "insurance", "spend", "DE46ZZZ00000037491", "AS-77812");
    const pay = payday(iso(y, m, 27));
    const salary = y === 2025 ? (m === 11 ? 341_256 + 170_000 : 341_256) : m >= 4 ? 349_810 : 341_256;
    push({
      acct: "dkb", date: pay, cents: salary, merchant: "ACME Software", category: "salary", kind: "income",
      render: (c) => dkbRow(pay, "ACME Software GmbH", NAME, `Lohn/Gehalt ${mm}${y === 2025 && m === 11 ? " inkl. Weihnachtsgeld" : ""}`, "Eingang", IBAN.employer, c),
    });

    // ===== comdirect Girokonto =====
    const toTg = day(6);
    cd("giro", toTg, "Kontoübertrag", `Empfänger: ${NAME}Kto/IBAN: ${IBAN.tagesgeld} BLZ/BIC: COBADEHD001 Buchungstext: Sparen Tagesgeld PLUS Ref. ${code(16)}/1`, -25_000, null, "savings", "transfer");
    cd("tagesgeld", toTg, "Kontoübertrag", `Auftraggeber: ${NAME}Kto/IBAN: ${IBAN.giro} BLZ/BIC: COBADEHD001 Buchungstext: Sparen Tagesgeld PLUS Ref. ${code(16)}/1`, 25_000, null, "savings", "transfer");
    cd("giro", day(7), "Auszahlung GAA", ` Buchungstext: Auszahlung GAA Sparkasse KoelnBonn ${card} ${iso(y, m, 7)} Ref. ${code(16)}/${digits(5)}`, m % 2 === 0 ? -20_000 : -10_000, null, "cash", "cash");
    cdCard(day(9), `Amazon.de*${code(9)}, AMAZON.DE LU`, -between(999, 6_999), "Amazon", "shopping");
    cdCard(day(13), "Aral Station 141726125, Bonn DE", -between(4_500, 7_800), "Aral", "fuel");
    cdCard(day(16), "SUMUP *CAFE KRANZ, Bonn DE", -between(380, 1_250), "Cafe Kranz", "cafe");
    if (m % 2 === 0) {
      cd("giro", day(18), "Lastschrift / Belastung", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: 303-${digits(7)}-${digits(7)} Amazon.de ${code(16)} Ref. ${code(16)}/2`, -between(1_999, 11_999), "Amazon", "shopping", "spend");
    }
    if (y === 2026 && m >= 6 && m <= 8) {
      for (const d of [11, 25]) cdCard(day(d), "ZTL*Eisdiele Venezia, Bonn DE", -between(450, 1_400), "Eisdiele Venezia", "cafe");
    }
    if (m === 12 || m === 3 || m === 6 || m === 9) {
      cd("giro", day(26), "Kontoführungsentgelt", ` Buchungstext: Kontoführungsentgelt ${pad(m - 2)}.${y} - ${pad(m)}.${y} Ref. ${code(16)}/9`, -1_470, "comdirect", "fees", "spend");
    }
    if (y === 2026 && m === 5) cd("giro", day(12), "Kontoführungsentgelt", ` Buchungstext: Entgelt Ersatzkarte Visa-Debitkarte Ref. ${code(16)}/9`, -1_000, "comdirect", "fees", "spend");
    if (y === 2026 && m === 3) cd("giro", day(24), "Gutschrift", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: Erstattung 303-${digits(7)}-${digits(7)} Amazon.de ${code(16)} Ref. ${code(16)}/4`, 3_499, "Amazon", "shopping", "refund");
    if (y === 2026 && m === 9) cd("giro", day(24), "Gutschrift", `Auftraggeber: AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND Buchungstext: Erstattung 303-${digits(7)}-${digits(7)} Amazon.de ${code(16)} Ref. ${code(16)}/4`, 1_999, "Amazon", "shopping", "refund");
    if (y === 2025 && m === 12) {
      const back = day(10);
      cd("tagesgeld", back, "Kontoübertrag", `Empfänger: ${NAME}Kto/IBAN: ${IBAN.giro} BLZ/BIC: COBADEHD001 Buchungstext: Weihnachten Ref. ${code(16)}/1`, -100_000, null, "savings", "transfer");
      cd("giro", back, "Kontoübertrag", `Auftraggeber: ${NAME}Kto/IBAN: ${IBAN.tagesgeld} BLZ/BIC: COBADEHD001 Buchungstext: Weihnachten Ref. ${code(16)}/1`, 100_000, null, "savings", "transfer");
    }

    // ===== comdirect Visa-Karte (Kreditkarte) =====
    for (const d of [5, 19]) visa(day(d), `LIDL SAGT DANKE ${digits(4)} BONN DE`, -between(900, 4_600), "Lidl", "groceries");
    visa(day(13), `VAPIANO BONN ${digits(4)} BONN DE`, -between(1_800, 3_900), "Vapiano", "restaurants");
    if (m % 2 === 1) visa(day(22), "TRATTORIA DA LUIGI BONN DE", -between(3_200, 7_400), "Trattoria da Luigi", "restaurants");
    visa(day(24), "SumUp  *Cafe Kranz Bonn DE", -between(420, 1_480), "Cafe Kranz", "cafe");
    visa(day(10), `Spotify P${code(9)} Stockholm SE`, in2026 ? -1_199 : -1_099, "Spotify", "subscriptions");
    visa(day(23), `AMZN Mktp DE*${code(9)}  800-279-6620`, -between(699, 4_999), "Amazon", "shopping");
    if (m % 2 === 1) visa(day(11), `SHELL ${digits(4)} BONN DE`, -between(4_800, 7_900), "Shell", "fuel");
    if ([10, 1, 4, 7].includes(m)) visa(day(8), "PAYPAL *EASYPARK        4029357733", -(300 + i * 17), "EasyPark", "parking");
    if (y === 2026 && m === 4) visa(day(9), "ZALANDO SE BERLIN DE", -12_985, "Zalando", "clothing");
    if (y === 2026 && m === 5) visa(day(6), "ZALANDO SE BERLIN DE", 4_995, "Zalando", "clothing");

    // ===== N26: travel and online =====
    if (y === 2026 && m === 3) {
      const chf = { currency: "CHF", rate: "0.9412" };
      n26("2026-03-12", "MIGROS ZUERICH HB", "", "MasterCard Payment", "", -2_874, "Migros", "groceries", "spend", chf);
      n26("2026-03-12", "ZEUGHAUSKELLER ZUERICH", "", "MasterCard Payment", "", -6_130, "Zeughauskeller", "restaurants", "spend", chf);
      n26("2026-03-13", "SBB CFF FFS", "", "MasterCard Payment", "", -4_460, "SBB", "transport", "spend", chf);
    }
    if ([3, 9].includes(m) && y === 2026) n26(day(16), "EasyPark", "", "MasterCard Payment", "", -(510 + m), "EasyPark", "parking", "spend");
    if (y === 2026 && m === 8) {
      const gbp = { currency: "GBP", rate: "0.8596" };
      n26("2026-08-10", "TFL TRAVEL CH", "", "MasterCard Payment", "", -1_642, "Transport for London", "transport", "spend", gbp);
      n26("2026-08-10", "DISHOOM COVENT GARDEN", "", "MasterCard Payment", "", -7_214, "Dishoom", "restaurants", "spend", gbp);
      n26("2026-08-11", "TESCO STORES 3021", "", "MasterCard Payment", "", -2_319, "Tesco", "groceries", "spend", gbp);
      n26("2026-08-12", "WAGAMAMA LEICESTER SQ", "", "MasterCard Payment", "", -3_988, "Wagamama", "restaurants", "spend", gbp);
      n26("2026-08-13", "BRITISH MUSEUM", "", "MasterCard Payment", "", -2_326, "British Museum", "entertainment", "spend", gbp);
    }
    if (y === 2026 && m >= 6) n26(day(20), "OPENAI *CHATGPT SUBSCR", "", "MasterCard Payment", "", -(1_712 + (m % 4) * 9), "ChatGPT", "subscriptions", "spend", { currency: "USD", rate: "1.1682" });
  }
  // Money for the London trip: DKB on Thursday, N26 on Friday.
  dkbOut("2026-07-30", NAME, "London Reisekasse", IBAN.n26, -50_000, null, "transfer", "transfer");
  n26("2026-07-31", NAME, IBAN.dkb, "Credit Transfer", "London Reisekasse", 50_000, null, "transfer", "transfer");

  // Rows not booked yet at export time.
  dkbCard("2026-11-28", "REWE Markt GmbH//Bonn/DE", -2_347, "REWE", "groceries", true);
  const offen = (text: string, cents: number, merchant: string, category: string) =>
    push({ acct: "giro", date: "2026-11-28", cents, merchant, category, kind: "spend", pending: true, render: (c) => ["offen", "--", "Kartenverfügung", text, deAmount(c)] });
  offen(`Kto/IBAN: 0456123400  Buchungstext: SUMUP *CAFE KRANZ//BONN/DE 2026-11-28T09:12:40 `, -480, "Cafe Kranz", "cafe");
  offen(`Kto/IBAN: 0456123400  Buchungstext: Aral Station 141726125//BONN/DE 2026-11-28T17:05:12 `, -6_120, "Aral", "fuel");

  const kept = events.filter((e) => e.date <= LAST_BOOKED || e.pending);
  makeDivisible(kept, (e) => e.category === "restaurants" && e.date >= "2026-06-01" && e.date <= "2026-08-31", 3);
  makeDivisible(kept, (e) => e.category === "cafe" && e.date >= "2026-06-01" && e.date <= "2026-08-31", 3);
  return [...kept, ...visaSettlements(kept, code)];
}

/** Nudges the last matching booked row so the rows' sum divides evenly (an average with no rounding question). */
function makeDivisible(events: Event[], match: (e: Event) => boolean, by: number): void {
  const rows = events.filter((e) => match(e) && !e.pending);
  const rest = rows.reduce((a, e) => a + e.cents, 0) % by;
  const lastRow = rows.at(-1);
  if (rest !== 0 && lastRow) lastRow.cents -= rest;
}

/** On the 20th the Girokonto pays last month's Visa bill; the card account shows the payment coming in. */
function visaSettlements(events: Event[], code: (n: number) => string): Event[] {
  const out: Event[] = [];
  for (let i = 1; i < MONTHS; i++) {
    const y = FIRST.y + Math.floor((FIRST.m - 1 + i) / 12);
    const m = ((FIRST.m - 1 + i) % 12) + 1;
    const prev = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
    const date = weekday(iso(y, m, 20));
    if (date > LAST_BOOKED) continue;
    const bill = events.filter((e) => e.acct === "visa" && e.date.startsWith(prev) && e.kind !== "transfer").reduce((a, e) => a + e.cents, 0);
    const ref = code(16);
    out.push({
      acct: "giro", date, cents: bill, merchant: null, category: "card bill", kind: "transfer",
      render: (c) => [ddmmyyyy(date), ddmmyyyy(date), "Visa-Kartenabrechnung", ` Buchungstext: Visa-Kartenabrechnung 4871 78XX XXXX 5517 Ref. ${ref}/3`, deAmount(c)],
    });
    out.push({
      acct: "visa", date, cents: -bill, merchant: null, category: "card bill", kind: "transfer",
      render: (c) => [ddmmyyyy(date), ddmmyyyy(date), "Visa-Kartenabrechnung", `${ref.slice(0, 12)}00000`, "Ausgleich Kartenabrechnung Girokonto", deAmount(c)],
    });
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export function closing(events: Event[], acct: Acct): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct && !e.pending).map((e) => e.cents));
}
const newestFirst = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const oldestFirst = (events: Event[]) => newestFirst(events).reverse();

/** DKB new banking Girokonto: UTF-8 with BOM, ';', every field quoted, 4-line preamble (§1.1). */
export function dkbCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Girokonto", IBAN.dkb]),
    q([""]),
    q([`Kontostand vom ${ddmmyyyy(EXPORT_DATE)}:`, `${deAmount(closing(events, "dkb"))} €`]),
    q([""]),
    q(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
    ...newestFirst(events.filter((e) => e.acct === "dkb")).map((e) => q(e.render(e.cents))),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}

/** A comdirect Depot block: no balance line, unsigned Umsatz in EUR. Not cash: must not become transactions. */
export const DEPOT_ROWS = [
  ["15.10.2026", "13.10.2026", "2,532", "ISHARES CORE MSCI WORLD UCITS ETF", "A0RPWH", "EUR", "98,74", "250,01"],
  ["15.07.2026", "13.07.2026", "2,611", "ISHARES CORE MSCI WORLD UCITS ETF", "A0RPWH", "EUR", "95,75", "250,00"],
  ["15.04.2026", "13.04.2026", "12", "ACME SE", "000000", "EUR", "51,91", "622,92"],
];

/** comdirect: Windows-1252, every field quoted, every line ending in ';', CRLF, four sections (§1.1). */
export function comdirectCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const period = `Zeitraum: 01.10.2025 - ${ddmmyyyy(EXPORT_DATE)}`;
  const cash = (label: string, acct: Acct, header: string[]) => [
    q([`Umsätze ${label}`, period]),
    q(["Neuer Kontostand", `${deAmount(closing(events, acct))} EUR`]),
    "",
    q(header),
    ...newestFirst(events.filter((e) => e.acct === acct)).map((e) => q(e.render(e.cents))),
    "",
    q(["Alter Kontostand", `${deAmount(OPENING[acct])} EUR`]),
    "",
  ];
  const giroHeader = ["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"];
  const lines = [
    ";",
    ...cash("Girokonto", "giro", giroHeader),
    ...cash("Visa-Karte (Kreditkarte)", "visa", ["Buchungstag", "Umsatztag", "Vorgang", "Referenz", "Buchungstext", "Umsatz in EUR"]),
    ...cash("Tagesgeld PLUS-Konto", "tagesgeld", giroHeader),
    q(["Umsätze Depot", period]),
    "",
    q(["Buchungstag", "Geschäftstag", "Stück / Nom.", "Bezeichnung", "WKN", "Währung", "Ausführungskurs", "Umsatz in EUR"]),
    ...DEPOT_ROWS.map(q),
    "",
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** N26 current export: UTF-8, ',', header quoted except Type, ISO dates, dot decimals (§1.1). */
export function n26Csv(events: Event[]): Buffer {
  const header = `"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"`;
  const line = (c: string[]) => [c[0], c[1], `"${c[2]}"`, `"${c[3]}"`, c[4], `"${c[5]}"`, `"${c[6]}"`, c[7], c[8], c[9], c[10]].join(",");
  const rows = oldestFirst(events.filter((e) => e.acct === "n26")).map((e) => line(e.render(e.cents)));
  return Buffer.from(`${[header, ...rows].join("\n")}\n`, "utf8");
}
