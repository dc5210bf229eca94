// Fourteen months (October 2025 to November 2026) of a retired couple in
// Düsseldorf, Heinz and Gerda Bauer, written as three real exports
// (/work/shared/bank-formats.md §1.1):
//  - Sparkasse CSV-CAMT V2, joint Girokonto: ISO-8859-1, every field quoted,
//    header on line 1, DD.MM.YY dates, "-1143,41" amounts (no thousands dot),
//    pending rows with Info "Umsatz vorgemerkt". No balance in the file.
//  - VR-Bank (Atruvia) CSV, Gerda's Girokonto: UTF-8 with BOM, unquoted, CRLF,
//    DD.MM.YYYY, "Saldo nach Buchung" filled in, girocard rows with OFFLINE.
//  - comdirect Tagesgeld PLUS: Windows-1252, quoted, every line ending in ';'.
// The same logical events give the expected answers: the test never asks
// Kontor what the right number is.

import { addDays, between, dow, iso, pad, prng, weekday, germanIban } from "../statement-kit.ts";

export type Acct = "spk" | "vr" | "cd";

/** What a person would call the row, for computing expectations. */
export type Tag =
  | "pension" | "pharmacy" | "health" | "kur" | "hausnotruf" | "insurance" | "donation" | "grandkids"
  | "groceries" | "savings" | "interest" | "newspaper" | "housing" | "utilities" | "travel" | "garden";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer minor units, negative = money out
  tag: Tag;
  merchant?: string;
  transfer?: boolean; // between the couple's own accounts
  pending?: boolean;
  row: string[];
}

export const HEINZ = "Heinz Bauer";
export const GERDA = "Gerda Bauer";

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  spk: germanIban("30050110", "1004711234"),
  vr: germanIban("30060601", "0608123456"),
  cd: germanIban("20041111", "0334455667"),
  drv: germanIban("50040000", "0588050500"),
  pk: germanIban("70020270", "0012345678"),
  hv: germanIban("30050110", "0012987654"),
  stw: germanIban("30050110", "0010051234"),
  rp: germanIban("30050110", "0044712300"),
  barmenia: germanIban("33050000", "0000123456"),
  kirche: germanIban("37060193", "0012345012"),
  lena: germanIban("12030000", "1055667788"),
  jonas: germanIban("12030000", "1099887766"),
  acq: germanIban("30050110", "0099000001"),
  vracq: germanIban("30060601", "0099000002"),
};

export const LAST_BOOKED = "2026-11-27";
export const OPENING = { vr: 481_233, cd: 1_500_000 }; // cents on 30.09.2025

/** The pension is paid on the last bank working day of its month. */
function lastWorkday(y: number, m: number): string {
  let d = iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  while (dow(d) === 0 || dow(d) === 6) d = addDays(d, -1);
  return d;
}
const ddmmyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`;
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

/** "-1143,41": Sparkasse and VR write no thousands dot. */
const plain = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${pad(Math.abs(cents) % 100)}`;
/** "-1.143,41": comdirect writes the thousands dot. */
export function deAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${pad(abs % 100)}`;
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");

export function buildEvents(): Event[] {
  const r = prng(19520314);
  const ev: Event[] = [];
  const spk = (date: string, tag: Tag, cents: number, text: string, purpose: string, payee: string, iban: string, bic: string,
    o: { merchant?: string; transfer?: boolean; pending?: boolean; cred?: string; mref?: string; e2e?: string; valuta?: string } = {}) =>
    ev.push({
      acct: "spk", date, cents, tag, merchant: o.merchant, transfer: o.transfer, pending: o.pending,
      row: [IBAN.spk, ddmmyy(date), ddmmyy(o.valuta ?? date), text, purpose, o.cred ?? "", o.mref ?? "", o.e2e ?? "NOTPROVIDED", "", "", "", payee, iban, bic, plain(cents), "EUR", o.pending ? "Umsatz vorgemerkt" : "Umsatz gebucht"],
    });
  const spkCard = (day: string, tag: Tag, cents: number, payee: string, merchant: string, pending = false) => {
    const booked = pending ? day : weekday(day);
    spk(booked, tag, cents, "KARTENZAHLUNG", `${day}T${pad(between(r, 8, 18))}:${pad(between(r, 0, 59))} Debitk.2 2028-09 `, payee, IBAN.acq, "DUSSDEDDXXX",
      { merchant, pending, e2e: digits(r, 26), valuta: pending ? addDays(day, 3) : booked });
  };
  const vr = (date: string, tag: Tag, cents: number, name: string, iban: string, bic: string, text: string, purpose: string,
    o: { merchant?: string; cred?: string; mref?: string } = {}) =>
    ev.push({
      acct: "vr", date, cents, tag, merchant: o.merchant,
      row: ["Girokonto", IBAN.vr, "GENODED1VRB", "VR Bank Rhein-Düssel eG", ddmmyyyy(date), ddmmyyyy(date), name, iban, bic, text, purpose, plain(cents), "EUR", "", "", "", o.cred ?? "", o.mref ?? ""],
    });
  const vrCard = (day: string, tag: Tag, cents: number, name: string, store: string, merchant: string) => {
    const booked = weekday(day);
    const t = `${pad(between(r, 8, 17))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;
    vr(booked, tag, cents, name, IBAN.vracq, "GENODED1VRB", "Kartenzahlung girocard",
      `${store} ${ddmmyyyy(day)} um ${t} Uhr ${digits(r, 8)}/${digits(r, 6)}/ECTL/${digits(r, 10)}/0/1228`, { merchant, mref: "OFFLINE" });
  };
  const cd = (date: string, tag: Tag, cents: number, vorgang: string, text: string, transfer = false) =>
    ev.push({ acct: "cd", date, cents, tag, transfer, row: [ddmmyyyy(date), ddmmyyyy(date), vorgang, text, deAmount(cents)] });

  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));
    const raw = (d: number) => iso(y, m, d);
    const afterJuly26 = y === 2026 && m >= 7;

    // Pensions: Heinz's statutory pension and company pension on the Sparkasse, Gerda's on her VR account.
    const heinz = afterJuly26 ? 170_343 : 164_218;
    spk(lastWorkday(y, m), "pension", heinz, "GUTSCHR. UEBERWEISUNG", `Rentenzahlung ${mm} RV-Nr. 12 150748 B 012`, "Deutsche Rentenversicherung Bund", IBAN.drv, "MARKDEF1500");
    spk(day(1), "pension", 41_250, "GUTSCHR. UEBERWEISUNG", `Betriebsrente ${mm} Pers.-Nr. 0047113`, "Metallwerke Pensionskasse VVaG", IBAN.pk, "BYLADEMM");
    const gerda = afterJuly26 ? 85_433 : 82_361;
    vr(lastWorkday(y, m), "pension", gerda, "Deutsche Rentenversicherung Bund", IBAN.drv, "MARKDEF1500", "Lohn/Gehalt/Rente",
      `Rentenzahlung ${mm} RV-Nr. 12 200353 W 501 EREF: RV${y}${pad(m)}0812 IBAN: ${IBAN.drv} BIC: MARKDEF1500`);

    // Standing orders and direct debits on the Sparkasse.
    spk(day(1), "housing", -38_500, "DAUERAUFTRAG", "Hausgeld WEG Lindenstr. 12 Whg. 5", "Hausverwaltung Kremer GmbH", IBAN.hv, "DUSSDEDDXXX");
    spk(day(1), "donation", -2_000, "DAUERAUFTRAG", "Spende Kirchenrenovierung", "Kath. Kirchengemeinde St. Lambertus", IBAN.kirche, "GENODED1PAX", { merchant: "St. Lambertus" });
    spk(day(2), "newspaper", -5_490, "FOLGELASTSCHRIFT", `Abo-Nr. 4471123 Zeitungsabonnement ${mm}`, "Rheinische Post Verlagsgesellschaft mbH", IBAN.rp, "DUSSDEDDXXX",
      { merchant: "Rheinische Post", cred: "DE12ZZZ00000012345", mref: "RP-4471123" });
    spk(day(5), "utilities", -7_800, "FOLGELASTSCHRIFT", `Abschlag Strom Vertragskonto 8812345 ${mm}`, "Stadtwerke Duesseldorf AG", IBAN.stw, "DUSSDEDDXXX",
      { cred: "DE45ZZZ00000098765", mref: "SWD-8812345" });
    spk(day(6), "insurance", -4_837, "FOLGELASTSCHRIFT", `Beitrag Zahnzusatzversicherung ${mm} Vers.-Nr. 771234`, "Barmenia Krankenversicherung AG", IBAN.barmenia, "WUPSDE33XXX",
      { cred: "DE11ZZZ00000054321", mref: "BAR-771234" });
    const saving = day(15);
    spk(saving, "savings", -25_000, "DAUERAUFTRAG", "Sparen Tagesgeld", HEINZ, IBAN.cd, "COBADEHD001", { transfer: true });
    const savingIn = weekday(addDays(saving, 1));
    cd(savingIn, "savings", 25_000, "Übertrag / Überweisung",
      `Auftraggeber: ${HEINZ}Kto/IBAN: ${IBAN.spk} BLZ/BIC: DUSSDEDDXXX Buchungstext: Sparen Tagesgeld Ref. ${digits(r, 12)}/${i + 1}`, true);

    // Groceries: the same basket every month, so any window of whole months has the same average.
    const grocery: [number, number, string, string][] = [
      [3, -6_734, "EDEKA CENTER SCHMIDT//DUESSELDORF/DE", "EDEKA"], [10, -5_219, "EDEKA CENTER SCHMIDT//DUESSELDORF/DE", "EDEKA"],
      [17, -8_120, "EDEKA CENTER SCHMIDT//DUESSELDORF/DE", "EDEKA"], [24, -4_467, "EDEKA CENTER SCHMIDT//DUESSELDORF/DE", "EDEKA"],
      [7, -2_389, "ALDI SUED//DUESSELDORF/DE", "ALDI SÜD"], [21, -3_112, "ALDI SUED//DUESSELDORF/DE", "ALDI SÜD"],
    ];
    for (const [d, c, p, mer] of grocery) spkCard(raw(d), "groceries", c, p, mer);
    vrCard(raw(12), "groceries", -1_845, "REWE Markt GmbH", "DUESSELDORF REWE 4711/KOELNER STR. 12/DUESSELDORF/DE", "REWE");
    vrCard(raw(26), "groceries", -2_960, "REWE Markt GmbH", "DUESSELDORF REWE 4711/KOELNER STR. 12/DUESSELDORF/DE", "REWE");

    // Pharmacy, care service and phone.
    spkCard(raw(14), "pharmacy", -between(r, 500, 4_500), "ROSEN APOTHEKE//DUESSELDORF/DE", "Rosen Apotheke");
    vr(day(4), "hausnotruf", -2_550, "Johanniter-Unfall-Hilfe e.V.", germanIban("37020500", "0004311200"), "BFSWDE33XXX", "Basislastschrift",
      `Hausnotruf Kd-Nr. 88123 ${mm} EREF: JUH88123${y}${pad(m)} MREF: JUH-88123 CRED: DE77ZZZ00000033221`, { cred: "DE77ZZZ00000033221", mref: "JUH-88123" });
    vr(day(8), "utilities", -3_499, "Telekom Deutschland GmbH", germanIban("70010080", "0248586807"), "PBNKDEFFXXX", "Basislastschrift",
      `Festnetz Buchungskonto 5551234567 ${mm} EREF: TDG${digits(r, 10)} MREF: TDG-5551234567 CRED: DE93ZZZ00000078611`, { cred: "DE93ZZZ00000078611", mref: "TDG-5551234567" });
    const markt = new Map([[12, -1_275], [3, -2_390], [7, -680], [9, -4_115], [11, -1_050]]).get(m);
    if (markt !== undefined) vrCard(raw(20), "pharmacy", markt, "Apotheke am Markt", "DUESSELDORF APOTHEKE AM MARKT/MARKTPLATZ 3/DUESSELDORF/DE", "Apotheke am Markt");
  }

  // One-offs, in date order.
  spkCard("2025-10-18", "garden", -6_450, "DEHNER GARTEN-CENTER//DUESSELDORF/DE", "Dehner");
  spk("2025-12-08", "grandkids", -10_000, "ONLINE-UEBERWEISUNG", "Weihnachtsgeld von Oma und Opa", "Lena Bauer", IBAN.lena, "BYLADEM1001");
  spk("2025-12-08", "grandkids", -10_000, "ONLINE-UEBERWEISUNG", "Weihnachtsgeld von Oma und Opa", "Jonas Bauer", IBAN.jonas, "BYLADEM1001");
  spk("2025-12-10", "donation", -10_000, "ONLINE-UEBERWEISUNG", "Spende Weihnachten", "Brot fuer die Welt", germanIban("10061006", "0500500500"), "GENODED1KDB");
  vr("2025-12-11", "donation", -5_000, "Deutsches Rotes Kreuz e.V.", germanIban("37020500", "0005023307"), "BFSWDE33XXX", "Überweisungsauftrag", "Spende DRK Kreisverband Duesseldorf");
  cd("2025-12-31", "interest", 3_812, "Kontoabschluss", " Buchungstext: Abschluss per 31.12.2025 Habenzinsen Ref. 3T2C0Q5Z0A1B2C3D/1");
  spk("2026-01-13", "savings", -300_000, "ONLINE-UEBERWEISUNG", "Umbuchung Tagesgeld", HEINZ, IBAN.cd, "COBADEHD001", { transfer: true });
  cd("2026-01-14", "savings", 300_000, "Übertrag / Überweisung", `Auftraggeber: ${HEINZ}Kto/IBAN: ${IBAN.spk} BLZ/BIC: DUSSDEDDXXX Buchungstext: Umbuchung Tagesgeld Ref. 7Q1C0R2S4T5U6V7W/1`, true);
  vr("2026-01-22", "health", -2_380, "Physiotherapie Lindner", germanIban("30060601", "0007712345"), "GENODED1VRB", "Überweisungsauftrag", "Zuzahlung Krankengymnastik Rezept vom 07.01.2026");
  vr("2026-02-19", "health", -2_380, "Physiotherapie Lindner", germanIban("30060601", "0007712345"), "GENODED1VRB", "Überweisungsauftrag", "Zuzahlung Krankengymnastik Rezept vom 02.02.2026");
  spk("2026-02-24", "health", -124_900, "ONLINE-UEBERWEISUNG", "Eigenanteil Hoergeraete Rechnung 2026-0213 Kd. 55123", "KIND Hoergeraete GmbH + Co. KG", germanIban("25050180", "0000123123"), "SPKHDE2HXXX", { merchant: "KIND Hörgeräte" });
  vr("2026-03-12", "grandkids", -5_000, "Lena Bauer", IBAN.lena, "BYLADEM1001", "Überweisungsauftrag", "Alles Liebe zum 16. Geburtstag, Oma und Opa");
  spk("2026-03-16", "donation", -7_500, "ONLINE-UEBERWEISUNG", "Spende Nothilfe", "Aerzte ohne Grenzen e.V.", germanIban("37020500", "0009709700"), "BFSWDE33XXX");
  cd("2026-03-31", "interest", 4_190, "Kontoabschluss", " Buchungstext: Abschluss per 31.03.2026 Habenzinsen Ref. 3T2C0Q5Z0A1B2C3E/1");
  vr("2026-04-01", "grandkids", -2_000, "Lena Bauer", IBAN.lena, "BYLADEM1001", "Überweisungsauftrag", "Frohe Ostern von Oma und Opa");
  vr("2026-04-01", "grandkids", -2_000, "Jonas Bauer", IBAN.jonas, "BYLADEM1001", "Überweisungsauftrag", "Frohe Ostern von Oma und Opa");
  spk("2026-04-20", "health", -7_000, "ONLINE-UEBERWEISUNG", "Zuzahlung stationaere Behandlung 7 Tage Fall-Nr. 2026044711", "St. Vinzenz-Krankenhaus gGmbH", germanIban("30050110", "0011002233"), "DUSSDEDDXXX");
  spkCard("2026-04-25", "garden", -12_980, "DEHNER GARTEN-CENTER//DUESSELDORF/DE", "Dehner");
  spk("2026-05-06", "travel", -77_800, "ONLINE-UEBERWEISUNG", "Busreise Gardasee 14.-20.06.2026 Buchung 5531 2 Pers.", "Reisedienst Hoffmann GmbH", germanIban("30060601", "0044556677"), "GENODED1VRB");
  spkCard("2026-05-16", "garden", -4_795, "DEHNER GARTEN-CENTER//DUESSELDORF/DE", "Dehner");
  vr("2026-06-02", "kur", -21_000, "Kurklinik Bad Woerishofen GmbH", germanIban("73450000", "0001234567"), "BYLADEM1KFB", "Überweisungsauftrag", "Zuzahlung Vorsorgekur 21 Tage Gerda Bauer Az. K-2026-0871");
  vrCard("2026-06-10", "kur", -8_600, "Kurmittelhaus Bad Woerishofen", "BAD WOERISHOFEN KURMITTELHAUS/HAUPTSTR. 1/BAD WOERISHOFEN/DE", "Kurmittelhaus");
  cd("2026-06-30", "interest", 4_375, "Kontoabschluss", " Buchungstext: Abschluss per 30.06.2026 Habenzinsen Ref. 3T2C0Q5Z0A1B2C3F/1");
  vr("2026-08-05", "grandkids", -5_000, "Jonas Bauer", IBAN.jonas, "BYLADEM1001", "Überweisungsauftrag", "Zum 10. Geburtstag von Oma und Opa");
  // A refund: the pharmacy pays back a Zuzahlung after the exemption came through.
  spk("2026-08-18", "pharmacy", 1_000, "GUTSCHR. UEBERWEISUNG", "Erstattung Zuzahlung Rezept 0815 Befreiungsausweis", "Rosen Apotheke Inh. M. Schulz e.K.", germanIban("30050110", "0066554433"), "DUSSDEDDXXX", { merchant: "Rosen Apotheke" });
  vr("2026-09-09", "donation", -3_000, "SOS-Kinderdoerfer weltweit", germanIban("70020500", "0007888000"), "BFSWDE33MUE", "Überweisungsauftrag", "Spende Projekt Syrien");
  cd("2026-09-30", "interest", 4_502, "Kontoabschluss", " Buchungstext: Abschluss per 30.09.2026 Habenzinsen Ref. 3T2C0Q5Z0A1B2C3G/1");
  spk("2026-10-14", "health", -64_000, "ONLINE-UEBERWEISUNG", "Eigenanteil Zahnersatz Rg. 4471", "Dr. med. dent. Weber Zahnarztpraxis", germanIban("30050110", "0077665544"), "DUSSDEDDXXX");
  // Not yet booked when exported: Sparkasse includes it with "Umsatz vorgemerkt".
  spkCard("2026-11-27", "pharmacy", -1_290, "ROSEN APOTHEKE//DUESSELDORF/DE", "Rosen Apotheke", true);

  return ev.filter((e) => e.date <= LAST_BOOKED || e.pending).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const newestFirst = (events: Event[]) => [...events].reverse();

export function closing(events: Event[], acct: "vr" | "cd"): number {
  return events.filter((e) => e.acct === acct && !e.pending).reduce((a, e) => a + e.cents, OPENING[acct]);
}

/** Sparkasse CSV-CAMT V2: ISO-8859-1, all fields quoted, header on line 1 (bank-formats.md §1.1). */
export function sparkasseCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const header = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"];
  const lines = [q(header), ...newestFirst(events.filter((e) => e.acct === "spk")).map((e) => q(e.row))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

/** VR-Bank (Atruvia) CSV: UTF-8 with BOM, unquoted, CRLF, running balance per row (§1.1). */
export function vrCsv(events: Event[]): Buffer {
  const header = "Bezeichnung Auftragskonto;IBAN Auftragskonto;BIC Auftragskonto;Bankname Auftragskonto;Buchungstag;Valutadatum;Name Zahlungsbeteiligter;IBAN Zahlungsbeteiligter;BIC (SWIFT-Code) Zahlungsbeteiligter;Buchungstext;Verwendungszweck;Betrag;Waehrung;Saldo nach Buchung;Bemerkung;Gekennzeichneter Umsatz;Glaeubiger ID;Mandatsreferenz";
  let balance = OPENING.vr;
  const rows = events.filter((e) => e.acct === "vr").map((e) => {
    balance += e.cents;
    const row = [...e.row];
    row[13] = plain(balance);
    return row.join(";");
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${[header, ...rows.reverse()].join("\r\n")}\r\n`, "utf8")]);
}

/** comdirect with only a Tagesgeld PLUS section, Windows-1252, quoted, trailing ';' (§1.1). */
export function comdirectCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const lines = [
    ";",
    q(["Umsätze Tagesgeld PLUS-Konto", "Zeitraum: 01.10.2025 - 27.11.2026"]),
    q(["Neuer Kontostand", `${deAmount(closing(events, "cd"))} EUR`]),
    "",
    q(["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
    ...newestFirst(events.filter((e) => e.acct === "cd")).map((e) => q(e.row)),
    "",
    q(["Alter Kontostand", `${deAmount(OPENING.cd)} EUR`]),
    "",
  ];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}
