// Fourteen months (October 2025 to November 2026) of Katrin and Malte
// Brinkmann in Hannover, who let two flats (Lister Meile 78 and Limmerstr. 41
// in Linden) besides their own home, written as three real exports
// (/work/shared/bank-formats.md §1.1):
//  - Deutsche Bank Girokonto (salaries, household): UTF-8 with BOM, 7 preamble
//    lines and a "Kontostand" trailer, unquoted, D.M.YYYY dates, 18 columns with
//    Betrag repeated in Soll or Haben, trailing zeros sometimes dropped.
//  - Sparkasse Hannover, the flats' account, CSV-CAMT V8: ISO-8859-1, every
//    field quoted, header on line 1, DD.MM.YY, "-2380,00" (no thousands dot),
//    "GUTSCHRIFT UEBERWEISUNG". No balance in the file.
//  - Consorsbank Tagesgeld: Windows-1252, ";", DD.MM.YYYY, the one documented
//    11-column header. No balance in the file.
// The same logical events give the expected answers: the test never asks
// Kontor what the right number is.

import { addDays, between, iso, pad, prng, weekday, germanIban } from "../statement-kit.ts";

export type Acct = "db" | "spk" | "cb";

/** What the couple would call the row, for computing expectations. */
export type Tag =
  | "rent" | "kaution-in" | "kaution-out" | "nk-refund" | "hausgeld" | "hausgeld-refund" | "grundsteuer" | "loan" | "repair"
  | "loan-home" | "salary" | "groceries" | "drugstore" | "fuel" | "dining" | "shopping" | "utilities" | "insurance" | "car" | "fees"
  | "savings" | "interest";

export type Flat = "lister" | "linden";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer minor units, negative = money out
  tag: Tag;
  flat?: Flat;
  /** The tenant, tradesman or shop as the couple would name it. */
  who?: string;
  transfer?: boolean; // between the couple's own accounts
  row: string[];
}

export const KATRIN = "Katrin Brinkmann";
export const MALTE = "Malte Brinkmann";
export const BOTH = "Katrin und Malte Brinkmann";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  db: germanIban("25070070", "0412345600"),
  spk: germanIban("25050180", "0900771234"),
  cb: germanIban("76030080", "0220456789"),
  petersen: germanIban("25040066", "0312004455"),
  kaminski: germanIban("25190001", "6600112233"),
  demir: germanIban("10011001", "2620334455"),
  boedeker: germanIban("25050180", "0000551177"),
  limmer: germanIban("25190001", "0701234500"),
  stadt: germanIban("25050180", "0000000018"),
  lbs: germanIban("25050000", "0101404050"),
  meyer: germanIban("25050180", "0910445566"),
  kuhlmann: germanIban("25190001", "0455667788"),
  schrader: germanIban("25050180", "0920778899"),
  schluessel: germanIban("25040066", "0344556600"),
  conti: germanIban("25070070", "0100200300"),
  nlbv: germanIban("25050000", "0101900001"),
  acq: germanIban("70020270", "0015999001"),
  enercity: germanIban("25050180", "0000029801"),
  telekom: germanIban("70010080", "0248586807"),
  vhv: germanIban("25070070", "0155667700"),
  rundfunk: germanIban("70050000", "0000065000"),
  autohaus: germanIban("25050180", "0930112233"),
};

/** The day the three files were downloaded: nothing later is in them. */
export const LAST_BOOKED = "2026-11-27";
export const OPENING_DB = 841_237; // cents on 30.09.2025

/** TARGET2 closing days in the window: no bank books on them. */
const HOLIDAYS = new Set(["2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01"]);
/** The first bank working day on or after `date`. */
function bankday(date: string): string {
  let d = weekday(date);
  while (HOLIDAYS.has(d)) d = weekday(addDays(d, 1));
  return d;
}

const ddmmyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`;
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
/** Deutsche Bank writes "2.1.2026": no leading zeros. */
const dmyyyy = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;

/** "-2380,00": Sparkasse writes no thousands dot. */
const plain = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${pad(Math.abs(cents) % 100)}`;
/** "-1.186,40": thousands dot, two decimals. */
export function deAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${pad(abs % 100)}`;
}
/** Deutsche Bank drops a trailing zero of the cents ("-74,8") but keeps ",00". */
const dbAmount = (cents: number) => (cents % 10 === 0 && cents % 100 !== 0 ? deAmount(cents).slice(0, -1) : deAmount(cents));
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

export function buildEvents(): Event[] {
  const r = prng(20250930);
  const ev: Event[] = [];

  // --- Sparkasse Hannover, CSV-CAMT V8 (17 columns).
  const spk = (date: string, tag: Tag, cents: number, text: string, purpose: string, payee: string, iban: string, bic: string,
    o: { flat?: Flat; who?: string; transfer?: boolean; cred?: string; mref?: string; e2e?: string } = {}) =>
    ev.push({
      acct: "spk", date, cents, tag, flat: o.flat, who: o.who, transfer: o.transfer,
      row: [IBAN.spk, ddmmyy(date), ddmmyy(date), text, purpose, o.cred ?? "", o.mref ?? "", o.e2e ?? "NOTPROVIDED", "", "", "", payee, iban, bic, plain(cents), "EUR", "Umsatz gebucht"],
    });

  // --- Deutsche Bank (18 columns).
  const db = (date: string, tag: Tag, cents: number, art: string, name: string, purpose: string, iban: string, bic: string,
    o: { who?: string; transfer?: boolean; kref?: string; mref?: string; cred?: string } = {}) =>
    ev.push({
      acct: "db", date, cents, tag, who: o.who, transfer: o.transfer,
      row: [dmyyyy(date), dmyyyy(date), art, name, purpose, iban, bic, o.kref ?? "", o.mref ?? "", o.cred ?? "", "", dbAmount(cents), "", "", "",
        cents < 0 ? dbAmount(cents) : "", cents > 0 ? dbAmount(cents) : "", "EUR"],
    });
  /** A girocard payment: the payee cut at 20 characters, the purpose with the full store line and a DD-MM-YYYYTHH:MM:SS stamp. */
  const dbCard = (day: string, tag: Tag, cents: number, store: string, line: string, who: string) => {
    const booked = bankday(addDays(day, 1));
    const stamp = `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}T${pad(between(r, 8, 19))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;
    db(booked, tag, cents, "Kartenzahlung", store.slice(0, 20), `${line} ${stamp} Folgenr. ${pad(between(r, 1, 9))} Verfalld. 1228`, IBAN.acq, "",
      { who, kref: `6${digits(r, 34)}`, mref: digits(r, 6), cred: "DE73ZZZ00000014159" });
  };

  // --- Consorsbank Tagesgeld (11 columns).
  const cb = (date: string, tag: Tag, cents: number, name: string, iban: string, bic: string, text: string, purpose: string, transfer = false) =>
    ev.push({ acct: "cb", date, cents, tag, transfer, row: [ddmmyyyy(date), ddmmyyyy(date), name, iban, bic, text, purpose, "", "", "Nein", deAmount(cents)] });

  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => bankday(iso(y, m, d));
    const raw = (d: number) => iso(y, m, d);
    const ym = y * 100 + m;

    // ---- The flats (Sparkasse).
    // Lister Meile 78: Jonas Petersen pays by standing order until he moves out at the end of June 2026;
    // Aylin Demir moves in on 1 August 2026.
    if (ym <= 202606)
      spk(day(1), "rent", 108_500, "GUTSCHRIFT UEBERWEISUNG", `Miete Lister Meile 78 3.OG li ${mm}`, "Jonas Petersen", IBAN.petersen, "COBADEFFXXX",
        { flat: "lister", who: "Petersen", e2e: `DA${digits(r, 14)}` });
    if (ym >= 202608)
      spk(day(3), "rent", 112_000, "ECHTZEIT-GUTSCHRIFT", `Miete ${mm} Lister Meile 78 Whg 3 OG links`, "Aylin Demir", IBAN.demir, "NTSBDEB1XXX",
        { flat: "lister", who: "Demir" });
    // Limmerstr. 41 (Linden): Sophie Kaminski transfers by hand around the 3rd. May 2026 in two parts,
    // September 2026 late (it arrives in October).
    if (ym === 202605) {
      spk("2026-05-04", "rent", 40_000, "GUTSCHRIFT UEBERWEISUNG", "Miete 05/2026 Limmerstr. 41 Teil 1", "Sophie Kaminski", IBAN.kaminski, "VOHADE2HXXX", { flat: "linden", who: "Kaminski" });
      spk("2026-05-22", "rent", 38_000, "GUTSCHRIFT UEBERWEISUNG", "Miete 05/2026 Limmerstr. 41 Rest", "Sophie Kaminski", IBAN.kaminski, "VOHADE2HXXX", { flat: "linden", who: "Kaminski" });
    } else if (ym === 202609) {
      spk("2026-10-02", "rent", 78_000, "GUTSCHRIFT UEBERWEISUNG", "Miete 09/2026 Limmerstr. 41 sorry verspaetet", "Sophie Kaminski", IBAN.kaminski, "VOHADE2HXXX", { flat: "linden", who: "Kaminski" });
    } else {
      spk(day(3), "rent", 78_000, "GUTSCHRIFT UEBERWEISUNG", `Miete ${mm} Limmerstr. 41`, "Sophie Kaminski", IBAN.kaminski, "VOHADE2HXXX", { flat: "linden", who: "Kaminski" });
    }

    // Hausgeld to the two WEG administrators (direct debits); Linden's Wirtschaftsplan rises in July 2026.
    spk(day(2), "hausgeld", -31_800, "FOLGELASTSCHRIFT", `Hausgeld ${mm} WEG Lister Meile 78 Whg. 3 Obj. 1044`, "Hausverwaltung Boedeker GmbH", IBAN.boedeker, "SPKHDE2HXXX",
      { flat: "lister", who: "Boedeker", cred: "DE61ZZZ00000277123", mref: "WEG1044-03" });
    spk(day(2), "hausgeld", ym >= 202607 ? -25_800 : -24_600, "FOLGELASTSCHRIFT", `Hausgeld WEG Limmerstr. 41 WE 2 ${mm}`, "Limmer Immobilienverwaltung GmbH & Co. KG", IBAN.limmer, "VOHADE2HXXX",
      { flat: "linden", who: "Limmer", cred: "DE22ZZZ00000391456", mref: "LIM-41-WE2" });

    // Grundsteuer to the Landeshauptstadt Hannover, quarterly on 15 Feb, May, Aug and Nov, one Kassenzeichen per flat.
    if ([2, 5, 8, 11].includes(m)) {
      const q = { 2: 1, 5: 2, 8: 3, 11: 4 }[m as 2 | 5 | 8 | 11];
      spk(day(15), "grundsteuer", -11_845, "FOLGELASTSCHRIFT", `Grundsteuer B ${q}. Rate ${y} Kassenzeichen 5.3004.118820.3 Lister Meile 78`, "Landeshauptstadt Hannover", IBAN.stadt, "SPKHDE2HXXX",
        { flat: "lister", cred: "DE35ZZZ00000012021", mref: "GRST-5300411882" });
      spk(day(15), "grundsteuer", -9_420, "FOLGELASTSCHRIFT", `Grundsteuer B ${q}. Rate ${y} Kassenzeichen 5.3004.097214.1 Limmerstr. 41`, "Landeshauptstadt Hannover", IBAN.stadt, "SPKHDE2HXXX",
        { flat: "linden", cred: "DE35ZZZ00000012021", mref: "GRST-5300409721" });
    }

    // The building loan (Bauspardarlehen for the Linden flat) on the 25th.
    spk(day(25), "loan", -64_000, "FOLGELASTSCHRIFT", `Bauspardarlehen 7.651.223-01 Zins und Tilgung ${mm}`, "LBS Norddeutsche Landesbausparkasse Berlin-Hannover", IBAN.lbs, "NOLADE2HXXX",
      { who: "LBS", cred: "DE09ZZZ00000030077", mref: "BSV7651223" });

    // Own transfers each month: the flats put a repair reserve on the Tagesgeld, the household its savings rate.
    const reserve = day(10);
    spk(reserve, "savings", -25_000, "ONLINE-UEBERWEISUNG", "Ruecklage Instandhaltung Wohnungen", BOTH, IBAN.cb, "CSDBDE71XXX", { transfer: true });
    cb(bankday(addDays(reserve, 1)), "savings", 25_000, BOTH, IBAN.spk, "SPKHDE2HXXX", "Gutschrift", "Ruecklage Instandhaltung Wohnungen", true);
    const rate = day(1);
    db(rate, "savings", -40_000, "SEPA Überweisung (Dauerauftrag)", BOTH, "Sparrate Tagesgeld", IBAN.cb, "CSDBDE71XXX", { transfer: true });
    cb(bankday(addDays(rate, 1)), "savings", 40_000, BOTH, IBAN.db, "DEUTDE2HXXX", "Gutschrift", "Sparrate Tagesgeld", true);

    // ---- Household (Deutsche Bank).
    const katrin = ym >= 202604 ? 349_812 : 341_256;
    const payday = bankday(raw(27));
    db(payday, "salary", katrin, "SEPA-Gutschrift", "Continental Reifen Deutschland GmbH", `Lohn/Gehalt ${mm} Pers.-Nr. 00471123`, IBAN.conti, "DEUTDE2HXXX", { who: "Continental" });
    db(payday, "salary", 298_740, "SEPA-Gutschrift", "NLBV Niedersachsen", `Bezuege ${mm} Medizinische Hochschule Hannover PNr 8812045`, IBAN.nlbv, "NOLADE2HXXX", { who: "NLBV" });
    // Their own home's mortgage, with the bank itself.
    db(day(1), "loan-home", -138_000, "SEPA Lastschrift", "Deutsche Bank AG", `Darlehensrate Baufinanzierung Nr. 6300123456 ${mm}`, germanIban("25070070", "6300123456"), "DEUTDE2HXXX",
      { mref: "BF-6300123456", cred: "DE45ZZZ00000043211" });
    db(day(2), "utilities", -14_800, "SEPA Lastschrift", "enercity AG", `Abschlag Strom/Gas ${mm} Vertragskonto 2004711550`, IBAN.enercity, "SPKHDE2HXXX",
      { mref: "ENC-2004711550", cred: "DE53ZZZ00000061551" });
    db(day(5), "utilities", -4_995, "SEPA Lastschrift", "Telekom Deutschland GmbH", `Festnetz/Internet Buchungskonto 5501234567 ${mm}`, IBAN.telekom, "PBNKDEFFXXX",
      { mref: "TDG-5501234567", cred: "DE93ZZZ00000078611" });
    db(day(1), "insurance", -6_230, "SEPA Lastschrift", "VHV Allgemeine Versicherung AG", `Kfz-Versicherung H-KB 1234 Beitrag ${mm}`, IBAN.vhv, "DEUTDE2HXXX",
      { mref: "VHV-KF-0081234", cred: "DE62ZZZ00000008117" });
    if ([1, 4, 7, 10].includes(m))
      db(day(15), "utilities", -5_508, "SEPA Lastschrift", "Rundfunk ARD, ZDF, DRadio", `Rundfunkbeitrag ${pad(m)}.${y} - ${pad(m + 2)}.${y} Beitragsnr. 471112233`, IBAN.rundfunk, "WELADEDDXXX",
        { mref: "471112233", cred: "DE57ZZZ00000000008" });
    db(bankday(iso(y, m, 28)), "fees", -690, "Entgeltabrechnung", "Deutsche Bank", `Kontofuehrungsentgelt ${mm}`, "", "");

    // Card payments at real shops in Hannover.
    const shops: [number, Tag, [number, number], string, string, string][] = [
      [4, "groceries", [3_500, 9_800], "REWE Markt GmbH", "REWE MARKT GMBH/LISTER MEILE 30/HANNOVER/DE", "REWE"],
      [18, "groceries", [3_500, 9_800], "REWE Markt GmbH", "REWE MARKT GMBH/LISTER MEILE 30/HANNOVER/DE", "REWE"],
      [7, "groceries", [1_800, 5_200], "LIDL SAGT DANKE", "LIDL DIENSTLEISTUNG/PODBIELSKISTR. 100/HANNOVER/DE", "Lidl"],
      [22, "groceries", [1_800, 5_200], "LIDL SAGT DANKE", "LIDL DIENSTLEISTUNG/PODBIELSKISTR. 100/HANNOVER/DE", "Lidl"],
      [11, "groceries", [4_000, 11_000], "EDEKA Center Gaues", "EDEKA CENTER GAUES/PODBIELSKISTR. 282/HANNOVER/DE", "EDEKA"],
      [26, "groceries", [1_500, 4_500], "ALDI SAGT DANKE", "ALDI GMBH + CO KG/VAHRENWALDER STR. 205/HANNOVER/DE", "ALDI"],
      [9, "drugstore", [900, 3_500], "ROSSMANN 2108", "DIRK ROSSMANN GMBH/LISTER MEILE 55/HANNOVER/DE", "Rossmann"],
      [24, "drugstore", [900, 3_500], "dm-drogerie markt", "DM DROGERIE MARKT/GEORGSTR. 48/HANNOVER/DE", "dm"],
      [13, "fuel", [5_500, 8_200], "ARAL Station 2611", "ARAL STATION 2611/PODBIELSKISTR. 325/HANNOVER/DE", "Aral"],
    ];
    for (const [d, tag, [lo, hi], store, line, who] of shops) {
      const at = raw(d);
      if (bankday(addDays(at, 1)) <= LAST_BOOKED) dbCard(at, tag, -between(r, lo, hi), store, line, who);
    }
    if (m % 2 === 0) dbCard(raw(20), "dining", -between(r, 4_800, 9_600), "Pier 51 Restaurant", "PIER 51 RESTAURANT/GEIBELSTR. 2/HANNOVER/DE", "Pier 51");
  }

  // ---- One-offs on the flats' account, in date order.
  spk("2025-11-12", "repair", -18_921, "ONLINE-UEBERWEISUNG", "Rg. 2025-1187 Wartung Gastherme Limmerstr. 41 WE 2", "Heizung Sanitaer Meyer GmbH", IBAN.meyer, "SPKHDE2HXXX",
    { flat: "linden", who: "Meyer" });
  spk("2026-02-09", "repair", -61_280, "ONLINE-UEBERWEISUNG", "Rg. 2026-0117 Rohrbruch Bad Limmerstr. 41 WE 2", "Heizung Sanitaer Meyer GmbH", IBAN.meyer, "SPKHDE2HXXX",
    { flat: "linden", who: "Meyer" });
  spk("2026-04-21", "repair", -43_890, "ONLINE-UEBERWEISUNG", "Rechnung 4471 Austausch Unterverteilung Lister Meile 78 3.OG", "Elektro Kuhlmann GmbH", IBAN.kuhlmann, "VOHADE2HXXX",
    { flat: "lister", who: "Kuhlmann" });
  // The WEG's Jahresabrechnung 2025 leaves a credit: the administrator pays it back.
  spk("2026-05-20", "hausgeld-refund", 21_257, "GUTSCHRIFT UEBERWEISUNG", "Guthaben Jahresabrechnung 2025 WEG Lister Meile 78 Whg. 3", "Hausverwaltung Boedeker GmbH", IBAN.boedeker, "SPKHDE2HXXX",
    { flat: "lister", who: "Boedeker" });
  // The landlord's Nebenkostenabrechnung 2025 for Linden: the tenant paid too much in advance.
  spk("2026-06-12", "nk-refund", -18_640, "ONLINE-UEBERWEISUNG", "Guthaben Nebenkostenabrechnung 2025 Limmerstr. 41 WE 2", "Sophie Kaminski", IBAN.kaminski, "VOHADE2HXXX",
    { flat: "linden", who: "Kaminski" });
  // The renovation after Petersen moved out, paid partly from the reserve on the Tagesgeld.
  cb("2026-07-08", "savings", -300_000, BOTH, IBAN.spk, "SPKHDE2HXXX", "Überweisung", "Entnahme Ruecklage Renovierung Lister Meile", true);
  spk("2026-07-09", "savings", 300_000, "GUTSCHRIFT UEBERWEISUNG", "Entnahme Ruecklage Renovierung Lister Meile", BOTH, IBAN.cb, "CSDBDE71XXX", { transfer: true });
  spk("2026-07-14", "repair", -238_000, "ONLINE-UEBERWEISUNG", "Rg. 26-118 Renovierung Whg. Lister Meile 78 3.OG li nach Auszug", "Malerbetrieb Schrader", IBAN.schrader, "SPKHDE2HXXX",
    { flat: "lister", who: "Schrader" });
  spk("2026-07-20", "kaution-in", 264_000, "GUTSCHRIFT UEBERWEISUNG", "Mietkaution Lister Meile 78 Whg 3 OG links", "Aylin Demir", IBAN.demir, "NTSBDEB1XXX",
    { flat: "lister", who: "Demir" });
  spk("2026-07-30", "repair", -14_900, "ONLINE-UEBERWEISUNG", "Rg. 3391 Schliesszylinder Wohnungstuer Lister Meile 78", "Schluesseldienst Hannover-Mitte", IBAN.schluessel, "COBADEFFXXX",
    { flat: "lister", who: "Schluesseldienst" });
  spk("2026-09-15", "kaution-out", -258_931, "ONLINE-UEBERWEISUNG", "Rueckzahlung Mietkaution Lister Meile 78 inkl. Zinsen", "Jonas Petersen", IBAN.petersen, "COBADEFFXXX",
    { flat: "lister", who: "Petersen" });
  spk("2026-10-08", "repair", -19_635, "ONLINE-UEBERWEISUNG", "Rg. 2026-0954 Wartung Gastherme Limmerstr. 41 WE 2", "Heizung Sanitaer Meyer GmbH", IBAN.meyer, "SPKHDE2HXXX",
    { flat: "linden", who: "Meyer" });

  // ---- One-offs of the household.
  dbCard("2025-12-13", "shopping", -34_999, "SATURN Hannover", "SATURN ELECTRO/ERNST-AUGUST-PLATZ 1/HANNOVER/DE", "Saturn");
  dbCard("2026-03-21", "shopping", -12_780, "HORNBACH Hannover", "HORNBACH BAUMARKT/GARBSENER LANDSTR. 1/HANNOVER/DE", "Hornbach");
  dbCard("2026-10-17", "shopping", -68_900, "IKEA Hannover EXPO P", "IKEA DEUTSCHLAND/EXPO PLAZA 11/HANNOVER/DE", "IKEA");
  db("2026-10-21", "car", -118_640, "SEPA Überweisung", "Autohaus Hoppe GmbH", "Rg. 26-3312 Inspektion und Bremsen H-KB 1234", IBAN.autohaus, "SPKHDE2HXXX", { who: "Autohaus Hoppe" });

  // ---- Tagesgeld interest, quarterly.
  for (const [d, c] of [["2025-12-31", 8_112], ["2026-03-31", 9_204], ["2026-06-30", 9_388], ["2026-09-30", 8_955]] as const)
    cb(d, "interest", c, "Consorsbank", "", "", "Abschluss", `Zinsen ${ddmmyyyy(d)}`);

  return ev.filter((e) => e.date <= LAST_BOOKED).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const newestFirst = (events: Event[]) => [...events].reverse();

export const closingDb = (events: Event[]) => events.filter((e) => e.acct === "db").reduce((a, e) => a + e.cents, OPENING_DB);

/** Deutsche Bank: UTF-8 with BOM, 7 preamble lines, newest first, "Kontostand" trailer (bank-formats.md §1.1). */
export function deutscheBankCsv(events: Event[]): Buffer {
  const balance = dbAmount(closingDb(events));
  const header = "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung";
  const lines = [
    "Umsätze",
    "Konto;Filial-/Kontonummer;IBAN;Währung",
    `Girokonto;250 4123456 00;${IBAN.db};EUR`,
    "",
    `1.10.2025 - ${dmyyyy(LAST_BOOKED)}`,
    `Letzter Kontostand;;;;${balance};EUR`,
    "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
    header,
    ...newestFirst(events.filter((e) => e.acct === "db")).map((e) => e.row.join(";")),
    `Kontostand;${dmyyyy(LAST_BOOKED)};;;${balance};EUR`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** Sparkasse CSV-CAMT V8: ISO-8859-1, all fields quoted, header on line 1, newest first (§1.1). */
export function sparkasseCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const header = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"];
  const lines = [q(header), ...newestFirst(events.filter((e) => e.acct === "spk")).map((e) => q(e.row))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** Consorsbank: Windows-1252, ";", header on line 1, newest first (§1.1; the only documented schema). */
export function consorsCsv(events: Event[]): Buffer {
  const header = "Buchung;Valuta;Sender / Empfänger;IBAN / Konto-Nr.;BIC / BLZ;Buchungstext;Verwendungszweck;Kategorie;Stichwörter;Umsatz geteilt;Betrag in EUR";
  const lines = [header, ...newestFirst(events.filter((e) => e.acct === "cb")).map((e) => e.row.join(";"))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
