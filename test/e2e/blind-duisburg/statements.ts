// Fourteen months (October 2025 to November 2026) of Emre and Aylin Yıldız,
// a family with three children in Duisburg-Marxloh, written as three real
// exports (/work/shared/bank-formats.md §1.1):
//  - Postbank (Deutsche Bank platform) Giro, Emre's: UTF-8 with BOM, unquoted,
//    7 preamble lines and a "Kontostand" trailer, D.M.YYYY dates, Soll/Haben
//    repeating the signed Betrag, card payees cut at 20 characters. No pending rows.
//  - ING Girokonto "Umsatzanzeige", Aylin's: ISO-8859-1, unquoted, LF, preamble
//    with Saldo, 2025 seven-column header, VISA card rows. No pending rows.
//  - DKB Visa Kreditkarte (new banking): UTF-8 with BOM, all quoted, DD.MM.YY,
//    amounts without trailing zeros ("-1.890", "-64,3"), pending rows "Vorgemerkt".
// The test computes every expected answer from these events, never from Kontor.
import { between, iso, pad, prng } from "../statement-kit.ts";

export type Acct = "pb" | "ing" | "dkb";

export type Tag =
  | "salaryEmre" | "salaryAylin" | "kindergeld" | "rent" | "utilities" | "rundfunk" | "carInsurance" | "carTax" | "fuel"
  | "turkeySepa" | "turkeyFee" | "turkeyRia" | "wedding" | "mosque" | "groceries" | "bakery" | "phone" | "ccBill" | "ccSettle"
  | "internal" | "cash" | "bankFee" | "furniture" | "health" | "drugstore";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date (DKB: Belegdatum)
  cents: number; // negative = money out
  tag: Tag;
  merchant?: string;
  transfer?: boolean; // between the family's own accounts (incl. the card bill)
  pending?: boolean;
  row: string[];
}

/** IBAN with real check digits (ISO 13616 mod 97) for any country. */
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, "0")}${bban}`;
}
const de = (blz: string, account: string) => iban("DE", blz + account.padStart(10, "0"));

export const IBAN = {
  pb: de("44010046", "0912345678"),
  ing: de("50010517", "5412789033"),
  gebag: de("35050000", "0200123456"),
  swdu: de("35050000", "0200999888"),
  ditib: de("35060190", "1012345678"),
  saray: de("35050000", "0300456789"),
  huk: de("78350000", "0000050500"),
  hza: de("75000000", "0075001500"),
  dkb: de("12030000", "0000555111"),
  rundfunk: de("37050198", "0000011111"),
  employer: de("35040038", "0222333444"),
  praxis: de("35050000", "0200777666"),
  fk: de("76000000", "0076001601"),
  zahnarzt: de("35050000", "0200111222"),
  hatice: iban("TR", "000100" + "1745000012345678"),
};

export const CARD = "4930 •••• •••• 1234";
export const LAST_BOOKED = "2026-11-27";
export const OPENING = { pb: 184_233, ing: 256_410, dkb: -31_245 }; // cents on 30.09.2025 (DKB: owed)

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** Banks book on weekdays: Saturday and Sunday move to Monday. */
const weekday = (date: string) => (dow(date) === 6 ? addDays(date, 2) : dow(date) === 0 ? addDays(date, 1) : date);
/** Payroll moves a weekend pay day back to Friday. */
const weekdayBack = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
function lastWorkday(y: number, m: number): string {
  let d = iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  while (dow(d) === 0 || dow(d) === 6) d = addDays(d, -1);
  return d;
}
const dmy = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`; // Postbank 2.1.2026
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const ddmmyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`;

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
/** "-1.234,56" (ING, Postbank). */
export function deAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${thousands(Math.floor(abs / 100))},${pad(abs % 100)}`;
}
/** Postbank sometimes drops a trailing zero: "-74,8". */
const pbShort = (cents: number) => deAmount(cents).replace(/,(\d)0$/, ",$1");
/** DKB drops trailing zeros altogether: "-1.890", "-64,3". */
const dkbAmount = (cents: number) => deAmount(cents).replace(/,?0+$/, "").replace(/,$/, "");
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

export const EMRE = "Emre Yildiz";
export const AYLIN = "Aylin Yildiz";

export function buildEvents(): Event[] {
  const r = prng(19790423);
  const ev: Event[] = [];

  // Postbank: Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;
  // Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung
  const pb = (date: string, tag: Tag, cents: number, kind: string, payee: string, purpose: string, o: { iban?: string; bic?: string; ref?: string; mref?: string; cred?: string; merchant?: string; transfer?: boolean; short?: boolean } = {}) => {
    const amt = o.short ? pbShort(cents) : deAmount(cents);
    ev.push({
      acct: "pb", date, cents, tag, merchant: o.merchant, transfer: o.transfer,
      row: [dmy(date), dmy(date), kind, payee, purpose, o.iban ?? "", o.bic ?? "", o.ref ?? "", o.mref ?? "", o.cred ?? "", "", amt, "", "", "", cents < 0 ? amt : "", cents > 0 ? amt : "", "EUR"],
    });
  };
  /** A girocard payment: booked the next bank day, payee cut at 20 characters, full descriptor in the purpose. */
  const pbCard = (day: string, tag: Tag, cents: number, descriptor: string, merchant: string) => {
    const name = descriptor.split("/")[0] ?? descriptor;
    const t = `${pad(between(r, 8, 19))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;
    const purpose = `${descriptor} ${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}T${t} Folgenr. ${pad(between(r, 1, 9))} Verfalld. 1228`;
    pb(weekday(addDays(day, 1)), tag, cents, "Kartenzahlung", name.slice(0, 20).trimEnd(), purpose, { iban: de("50040000", "0590000001"), ref: `6${digits(r, 34)}`, merchant });
  };

  // ING: Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung
  const ing = (date: string, tag: Tag, cents: number, who: string, kind: string, purpose: string, o: { merchant?: string; transfer?: boolean } = {}) =>
    ev.push({ acct: "ing", date, cents, tag, merchant: o.merchant, transfer: o.transfer, row: [ddmmyyyy(date), ddmmyyyy(date), who, kind, purpose, deAmount(cents), "EUR"] });
  /** VISA Debit purchase: booked two days later, the amount repeated inside the purpose with a dot. */
  const ingCard = (day: string, tag: Tag, cents: number, name: string, city: string, merchant: string) => {
    const abs = Math.abs(cents);
    ing(weekday(addDays(day, 2)), tag, cents, `VISA ${name}`, "Lastschrift",
      `NR XXXX 4711 ${city} DE KAUFUMSATZ ${day.slice(8, 10)}.${day.slice(5, 7)} ${Math.floor(abs / 100)}.${pad(abs % 100)} ${digits(r, 6)} ARN${digits(r, 23)}`, { merchant });
  };

  // DKB Visa: Belegdatum;Wertstellung;Status;Beschreibung;Umsatztyp;Betrag (€);Fremdwährungsbetrag
  const dkb = (day: string, tag: Tag, cents: number, text: string, kind: string, o: { merchant?: string; pending?: boolean; transfer?: boolean } = {}) =>
    ev.push({
      acct: "dkb", date: day, cents, tag, merchant: o.merchant, pending: o.pending, transfer: o.transfer,
      row: [ddmmyy(day), o.pending ? "" : ddmmyy(weekday(addDays(day, 1))), o.pending ? "Vorgemerkt" : "Gebucht", text, kind, dkbAmount(cents), ""],
    });
  const dkbShop = (day: string, tag: Tag, cents: number, text: string, merchant: string, pending = false) => dkb(day, tag, cents, text, "Im Geschäft", { merchant, pending });

  const billMonths: [number, number, number][] = [];
  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const raw = (d: number) => iso(y, m, d);
    const mm = `${pad(m)}/${y}`;
    const in2026 = y === 2026;

    // Emre's wages from the steel works: base plus a varying shift allowance, Christmas money in November.
    const schicht = [31_245, 28_810, 35_120, 29_950, 27_730, 30_410, 33_380, 29_120, 31_890, 32_560, 28_440, 30_005, 34_210, 29_780][i] ?? 0;
    const xmas = m === 11 ? 150_000 : 0;
    pb(weekdayBack(raw(27)), "salaryEmre", 268_417 + schicht + xmas, "SEPA-Gutschrift", "Ruhrorter Stahlwerke GmbH",
      `LOHN/GEHALT ${mm} PERSNR 0047113 INKL. SCHICHTZULAGE${xmas ? " UND WEIHNACHTSGELD" : ""}`, { iban: IBAN.employer, bic: "DEUTDEDB350", ref: `LG${y}${pad(m)}0047113` });
    // Aylin's part-time job at a doctor's practice.
    ing(weekdayBack(raw(25)), "salaryAylin", in2026 ? 127_312 : 124_055, "Praxis Dr. med. Selin Kaya", "Gehalt/Rente", `Gehalt ${mm} Teilzeit Pers.-Nr. 17`);
    // Kindergeld for three children.
    ing(weekday(raw(12)), "kindergeld", in2026 ? 77_700 : 76_500, "Bundesagentur fuer Arbeit - Familienkasse", "Gutschrift",
      `KG-NR 123FK456789 KINDERGELD ${pad(m)}/${String(y).slice(2)} EREF: FK${y}${pad(m)}123456789`);

    // Standing orders and direct debits on Emre's Postbank account.
    pb(weekday(raw(1)), "rent", in2026 ? -101_200 : -98_500, "SEPA Überweisung (Dauerauftrag)", "GEBAG Duisburger Baugesellschaft mbH",
      "Miete Weseler Str. 141 WE 07 Mieter-Nr. 30871", { iban: IBAN.gebag, bic: "DUISDE33XXX" });
    const household = weekday(raw(2));
    pb(household, "internal", -60_000, "SEPA Überweisung (Dauerauftrag)", AYLIN, "Haushaltsgeld", { iban: IBAN.ing, bic: "INGDDEFFXXX", transfer: true });
    ing(household, "internal", 60_000, EMRE, "Gutschrift", "Haushaltsgeld", { transfer: true });
    pb(weekday(raw(3)), "mosque", -2_000, "SEPA Überweisung (Dauerauftrag)", "DITIB Tuerkisch-Islamische Gemeinde zu Duisburg-Marxloh e.V.",
      "Spende Moscheeverein Mitgl.-Nr. 0412", { iban: IBAN.ditib, bic: "GENODED1VRR", merchant: "DITIB Merkez Moschee" });
    pb(weekday(raw(15)), "utilities", in2026 ? -19_400 : -18_700, "SEPA Lastschrift", "Stadtwerke Duisburg AG",
      `Abschlag Strom/Gas Vertragskonto 4711 0815 ${mm}`, { iban: IBAN.swdu, bic: "DUISDE33XXX", mref: "SWDU-47110815", cred: "DE25ZZZ00000012345", ref: `SWDU${y}${pad(m)}15`, short: true });
    pb(lastWorkday(y, m), "bankFee", -590, "Entgeltabrechnung", "Postbank", `Kontofuehrungsentgelt Postbank Giro plus ${mm}`, { short: true });
    pb(weekday(raw(9)), "cash", -20_000, "Bargeldauszahlung", "Postbank", `GA Postbank Duisburg-Hamborn/Duisburg/DE ${pad(9)}-${pad(m)}-${y}T11:${pad(between(r, 0, 59))}:00 Folgenr. ${pad(between(r, 1, 9))} Verfalld. 1228`);
    pb(weekday(raw(23)), "cash", -10_000, "Bargeldauszahlung", "Postbank", `GA Postbank Duisburg-Hamborn/Duisburg/DE 23-${pad(m)}-${y}T17:${pad(between(r, 0, 59))}:00 Folgenr. ${pad(between(r, 1, 9))} Verfalld. 1228`);

    // Rundfunkbeitrag every three months from the ING account.
    if ([2, 5, 8, 11].includes(m))
      ing(weekday(raw(15)), "rundfunk", -5_508, "Rundfunk ARD, ZDF, DRadio", "Lastschrift", `Rundfunkbeitrag ${pad(m)}.${y} - ${m === 11 ? `01.${y + 1}` : `${pad(m + 2)}.${y}`} Beitragsnr. 412345678 Mandat: RB412345678 Glaeubiger-ID: DE41ZZZ00000000001`);

    // The same groceries every month (purchase days up to the 26th, so every month is whole in every file).
    pbCard(raw(3), "groceries", -4_837, "ALDI SAGT DANKE/WESELER STR. 200/DUISBURG/DE", "ALDI");
    pbCard(raw(17), "groceries", -5_291, "ALDI SAGT DANKE/WESELER STR. 200/DUISBURG/DE", "ALDI");
    pbCard(raw(8), "groceries", -5_860, "MARMARA SUPERMARKT/WESELER STR. 88/DUISBURG/DE", "Marmara Supermarkt");
    pbCard(raw(22), "groceries", -4_475, "MARMARA SUPERMARKT/WESELER STR. 88/DUISBURG/DE", "Marmara Supermarkt");
    pbCard(raw(26), "bakery", -980, "KONYALI BACKWAREN/KAISER-WILHELM-STR. 290/DUISBURG/DE", "Konyali Backwaren");
    ingCard(raw(6), "groceries", -3_624, "LIDL SAGT DANKE", "DUISBURG", "Lidl");
    ingCard(raw(20), "groceries", -4_108, "LIDL SAGT DANKE", "DUISBURG", "Lidl");
    ingCard(raw(13), "groceries", -2_990, "ANADOLU MARKT", "DUISBURG", "Anadolu Markt");
    dkbShop(raw(10), "groceries", -8_745, "Kaufland Duisburg-Hamborn     DUISBURG     DE", "Kaufland");
    dkbShop(raw(24), "groceries", -6_419, "Kaufland Duisburg-Hamborn     DUISBURG     DE", "Kaufland");
    dkbShop(raw(15), "bakery", -1_240, "SumUp  *Konyali Backwaren     DUISBURG     DE", "Konyali Backwaren");

    // Fuel twice a month and phone top-ups.
    dkbShop(raw(7), "fuel", -between(r, 5_500, 8_200), "ARAL STATION 251734     DUISBURG     DE", "Aral");
    dkbShop(raw(21), "fuel", -between(r, 5_500, 8_200), "SHELL 1029 DUISBURG     DUISBURG     DE", "Shell");
    ingCard(raw(11), "phone", -1_500, "AYYILDIZ ONLINE AUFLADUNG", "DUESSELDORF", "Ay Yildiz");
    ingCard(raw(19), "phone", -1_000, "LEBARA MOBILE", "DUESSELDORF", "Lebara");

    // Money to Emre's mother in Turkey every other month: a transfer to her Ziraat IBAN plus the Postbank's non-SEPA fee.
    if (m % 2 === 0) {
      const sent = weekday(raw(5));
      const amount = new Map([[10, 40_000], [12, 50_000], [2, 40_000], [4, 60_000], [6, 40_000], [8, 40_000]]).get(m)!;
      const cents = y === 2026 && m === 10 ? -50_000 : -amount;
      pb(sent, "turkeySepa", cents, "SEPA Überweisung", "Hatice Yildiz", "Aile destegi / Unterstuetzung Familie", { iban: IBAN.hatice, bic: "TCZBTR2AXXX" });
      pb(sent, "turkeyFee", -1_500, "Entgeltabrechnung", "Postbank", `Entgelt Nicht-SEPA-Auslandsueberweisung ${deAmount(-cents)} EUR TR`);
    }

    billMonths.push([y, m, i]);
  }

  // Car: yearly insurance in January, vehicle tax in April.
  pb("2026-01-02", "carInsurance", -61_240, "SEPA Lastschrift", "HUK-COBURG Allgemeine Versicherung AG", "Kfz-Versicherung DU-EY 1987 Vers.-Nr. 123/456789-K 01.01.2026-31.12.2026",
    { iban: IBAN.huk, bic: "BYLADEM1COB", mref: "HUK-123456789K", cred: "DE59ZZZ00000042424", short: true });
  pb("2026-04-15", "carTax", -18_400, "SEPA Lastschrift", "Bundeskasse Trier", "Kfz-Steuer DU EY 1987 Kassenzeichen 5412.3456.7890 15.04.2026-14.04.2027",
    { iban: IBAN.hza, bic: "MARKDEF1750", mref: "KFZ-DUEY1987", cred: "DE38ZZZ00000000059", short: true });

  // Ria money transfers by card (the service fee is inside the card amount).
  for (const [day, cents] of [["2025-11-12", -10_390], ["2026-03-18", -20_390], ["2026-05-25", -30_490], ["2026-09-14", -15_390]] as const)
    dkbShop(day, "turkeyRia", cents, "RIA MONEY TRANSFER     DUISBURG     DE", "Ria");

  // Mosque: Ramadan zakat by transfer, Bayram donations by card.
  pb("2026-03-10", "mosque", -35_000, "SEPA Überweisung", "DITIB Tuerkisch-Islamische Gemeinde zu Duisburg-Marxloh e.V.", "Fitre und Zekat Ramazan 2026 Fam. Yildiz",
    { iban: IBAN.ditib, bic: "GENODED1VRR", merchant: "DITIB Merkez Moschee" });
  pbCard("2026-03-20", "mosque", -3_000, "SumUp *DITIB Merkez Moschee/Warbruckstr. 51/Duisburg/DE", "DITIB Merkez Moschee");
  pbCard("2026-05-27", "mosque", -5_000, "SumUp *DITIB Merkez Moschee/Warbruckstr. 51/Duisburg/DE", "DITIB Merkez Moschee");

  // Can's wedding on 13 June 2026: the hall, gold from the jeweller, the bridal shop (less a return), the grandparents' flights.
  pb("2026-02-10", "wedding", -150_000, "SEPA Überweisung", "Festsaal Saray Duisburg GmbH", "Anzahlung Hochzeit Can Yildiz 13.06.2026 Saal 2", { iban: IBAN.saray, bic: "DUISDE33XXX" });
  dkbShop("2026-04-18", "wedding", -189_000, "GELINLIK PARADIES BRAUTMODEN     DUISBURG     DE", "Gelinlik Paradies");
  dkbShop("2026-05-02", "wedding", -64_238, "PEGASUS AIRLINES     ISTANBUL     TR", "Pegasus Airlines");
  pbCard("2026-05-22", "wedding", -245_000, "KUYUMCU ALTIN SARAYI GMBH/WESELER STR. 52/DUISBURG/DE", "Altin Sarayi");
  const back = "2026-06-03";
  ing(back, "internal", -50_000, EMRE, "Ueberweisung", "Umbuchung fuer Hochzeit Saal", { transfer: true });
  pb(back, "internal", 50_000, "SEPA-Gutschrift", AYLIN, "Umbuchung fuer Hochzeit Saal", { iban: IBAN.ing, bic: "INGDDEFFXXX", transfer: true });
  pb("2026-06-05", "wedding", -280_000, "SEPA Überweisung", "Festsaal Saray Duisburg GmbH", "Restzahlung Hochzeit 13.06.2026 Rg. 2026-117", { iban: IBAN.saray, bic: "DUISDE33XXX" });
  dkb("2026-06-20", "wedding", 24_000, "GELINLIK PARADIES BRAUTMODEN     DUISBURG     DE", "Gutschrift", { merchant: "Gelinlik Paradies" });

  // September one-offs and a dentist bill.
  dkbShop("2026-09-12", "furniture", -68_900, "IKEA DEUTSCHLAND GMBH     DUISBURG     DE", "IKEA");
  pb("2026-09-21", "health", -45_000, "SEPA Überweisung", "Zahnarztpraxis Dr. Yilmaz", "Eigenanteil Zahnersatz Rg. 2026-0934 Aylin Yildiz", { iban: IBAN.zahnarzt, bic: "DUISDE33XXX" });
  // Extra cash in October for the kids' school trip.
  pb("2026-10-16", "cash", -30_000, "Bargeldauszahlung", "Postbank", "GA Postbank Duisburg-Hamborn/Duisburg/DE 16-10-2026T09:12:00 Folgenr. 04 Verfalld. 1228");

  // Not yet booked when the card file was exported: DKB includes them as "Vorgemerkt".
  dkbShop("2026-11-26", "fuel", -6_430, "ARAL STATION 251734     DUISBURG     DE", "Aral", true);
  dkbShop("2026-11-27", "drugstore", -2_315, "DM-DROGERIE MARKT     DUISBURG     DE", "dm", true);

  // The DKB Visa bill: statement on the 5th, settled on the 8th from the ING account, both sides.
  for (const [y, m, i] of billMonths) {
    const raw = (d: number) => iso(y, m, d);
    const billDay = weekday(raw(8));
    const from = iso(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, 5);
    const to = raw(5);
    const charged = i === 0 ? OPENING.dkb : ev.filter((e) => e.acct === "dkb" && !e.transfer && !e.pending && e.date >= from && e.date < to).reduce((a, e) => a + e.cents, 0);
    const stmt = ddmmyy(to);
    ing(billDay, "ccBill", charged, "Deutsche Kreditbank AG", "Lastschrift", `Kreditkartenabrechnung 4930 XXXX XXXX 1234 Abrechnung vom ${stmt}`, { transfer: true });
    dkb(billDay, "ccSettle", -charged, `Ausgleich Kreditkarte gem. Abrechnung v. ${stmt}`, "Gutschrift", { transfer: true });
  }

  return ev.filter((e) => e.date <= LAST_BOOKED || e.pending).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function closing(events: Event[], acct: Acct): number {
  return events.filter((e) => e.acct === acct && !e.pending).reduce((a, e) => a + e.cents, OPENING[acct]);
}
const newestFirst = (events: Event[], acct: Acct) => events.filter((e) => e.acct === acct).reverse();

/** Postbank / Deutsche Bank platform: UTF-8 with BOM, unquoted, 7 preamble lines, a trailer (§1.1). */
export function postbankCsv(events: Event[]): Buffer {
  const end = closing(events, "pb");
  const lines = [
    "Umsätze",
    "Konto;Filial-/Kontonummer;IBAN;Währung",
    `Postbank Giro plus;440 9123456 78;${IBAN.pb};EUR`,
    "",
    "1.10.2025 - 27.11.2026",
    `Letzter Kontostand;;;;${deAmount(end)};EUR`,
    "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
    "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
    ...newestFirst(events, "pb").map((e) => e.row.join(";")),
    `Kontostand;27.11.2026;;;${deAmount(end)};EUR`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** ING Deutschland "Umsatzanzeige" with Saldo: ISO-8859-1, unquoted, LF, newest first (§1.1). */
export function ingCsv(events: Event[]): Buffer {
  const lines = [
    "Umsatzanzeige;Datei erstellt am: 30.11.2026 08:12",
    "",
    `IBAN;${IBAN.ing}`,
    "Kontoname;Girokonto",
    "Bank;ING",
    `Kunde;${AYLIN}`,
    "Zeitraum;01.10.2025 - 27.11.2026",
    `Saldo;${deAmount(closing(events, "ing"))};EUR`,
    "",
    "Sortierung;Datum absteigend",
    "",
    "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
    "",
    "Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung",
    ...newestFirst(events, "ing").map((e) => e.row.join(";")),
  ];
  return Buffer.from(`${lines.join("\n")}\n`, "latin1");
}

/** DKB Visa Kreditkarte (new banking): UTF-8 with BOM, all quoted, 4 preamble lines (§1.1). */
export function dkbVisaCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const lines = [
    q(["Karte", "Visa Kreditkarte", CARD]),
    q([""]),
    q(["Saldo vom 27.11.2026:", `${deAmount(closing(events, "dkb"))} EUR`]),
    q([""]),
    q(["Belegdatum", "Wertstellung", "Status", "Beschreibung", "Umsatztyp", "Betrag (€)", "Fremdwährungsbetrag"]),
    ...newestFirst(events, "dkb").map((e) => q(e.row)),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\n")}\n`, "utf8")]);
}
