// A second, independent set of held-out bank exports. Written only from
// /work/shared/bank-formats.md (§0 rules, §1 CSV layouts, §2 CAMT/MT940/OFX)
// by someone who has not read the parsers, their fixtures or their tests.
// Each export carries what a person reads off the file: the rows, their sum,
// the pending rows, the balance the file states, and one row in detail.
//
// The sums come from the amount literals written below, through the small
// number readers in this file (never through Kontor code). Running balances
// printed into the files are derived the same way, so every file is
// internally consistent. When a case fails, re-read the reference first; if
// the file follows it, the parser is what has to change, not the file.
import { crc32, deflateRawSync } from "node:zlib";
import type { HeldOutExport } from "./exports.ts";

export type { HeldOutExport } from "./exports.ts";

// ---------------------------------------------------------------- encodings

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = (lines: string[], eol = "\n", withBom = false): Buffer =>
  Buffer.concat([withBom ? BOM : Buffer.alloc(0), Buffer.from(lines.join(eol) + eol, "utf8")]);
const latin1 = (lines: string[], eol = "\n"): Buffer => {
  const text = lines.join(eol) + eol;
  for (const ch of text) if (ch.codePointAt(0)! > 0xff) throw new Error(`not latin1: ${ch}`);
  return Buffer.from(text, "latin1");
};
/** Windows-1252: latin1 plus the 0x80–0x9F block (only the characters used here). */
const CP1252_EXTRA: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96 };
const cp1252 = (lines: string[], eol = "\n"): Buffer => {
  const text = lines.join(eol) + eol;
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const extra = CP1252_EXTRA[ch];
    if (extra !== undefined) out.push(extra);
    else if (cp <= 0xff && (cp < 0x80 || cp > 0x9f)) out.push(cp);
    else throw new Error(`not in windows-1252 table: ${ch}`);
  }
  return Buffer.from(out);
};

// ------------------------------------------------------ number literals

/** Cents from a German/Dutch/French amount as printed: "-1.234,56", "1.000", "-62,3", "+50,00", "-1 100,50", "-10,22 €". */
function de(s: string): number {
  let t = s.replace(/EUR|€/g, "").replace(/[\s\u00a0]/g, "");
  const neg = t.startsWith("-");
  t = t.replace(/^[+-]/, "");
  let int: string;
  let frac = "";
  if (t.includes(",")) {
    const [i, f] = t.replace(/\./g, "").split(",");
    int = i ?? "";
    frac = f ?? "";
  } else if (/^\d{1,3}(\.\d{3})+$/.test(t)) int = t.replace(/\./g, "");
  else if (/^\d+$/.test(t)) int = t;
  else throw new Error(`not a German amount: ${s}`);
  return toCents(neg, int, frac, s);
}
/** Cents from an English amount as printed: "-1,234.56", "£2,450.00", "$12.07", "12". */
function en(s: string): number {
  let t = s.replace(/[£$\s,]/g, "");
  const neg = t.startsWith("-");
  t = t.replace(/^[+-]/, "");
  const m = /^(\d+)(?:\.(\d*))?$/.exec(t);
  if (!m) throw new Error(`not an English amount: ${s}`);
  return toCents(neg, m[1]!, m[2] ?? "", s);
}
function toCents(neg: boolean, int: string, frac: string, original: string): number {
  if (!/^\d+$/.test(int) || !/^\d{0,2}$/.test(frac)) throw new Error(`bad amount: ${original}`);
  const v = Number(int) * 100 + Number(frac.padEnd(2, "0"));
  return neg ? -v : v;
}
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Prints cents the German way: 1234567 -> "12.345,67" (or "12345,67" without thousands dots). */
function fmtDe(c: number, thousands = true): string {
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100));
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
  return `${c < 0 ? "-" : ""}${grouped},${String(a % 100).padStart(2, "0")}`;
}
/** Prints cents the English way: 1234567 -> "12,345.67" (or "12345.67"). */
function fmtEn(c: number, thousands = true): string {
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100));
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return `${c < 0 ? "-" : ""}${grouped}.${String(a % 100).padStart(2, "0")}`;
}

// ------------------------------------------------------------ line shapes

/** Every field quoted, joined by `sep`. */
const quoted = (fields: string[], sep = ";"): string => fields.map((f) => `"${f}"`).join(sep);
/** comdirect / DKB-old: every field quoted and every line ends with `;`. */
const quotedTrailing = (fields: string[]): string => quoted(fields) + ";";
/** A CSV field quoted only where it needs to be. */
const csvField = (f: string): string => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
const csv = (fields: string[]): string => fields.map(csvField).join(",");

export const HELD_OUT_2: HeldOutExport[] = [];
const add = (e: HeldOutExport): void => {
  HELD_OUT_2.push(e);
};

/** Balance after each row, for a list sorted newest first whose newest balance is `closing`. */
function balancesNewestFirst(closing: number, amounts: number[]): number[] {
  const out: number[] = [];
  let b = closing;
  for (const a of amounts) {
    out.push(b);
    b -= a;
  }
  return out;
}
/** Balance after each row, for a list sorted oldest first that starts from `opening`. */
function balancesOldestFirst(opening: number, amounts: number[]): number[] {
  let b = opening;
  return amounts.map((a) => (b += a));
}

// ====================================================================== Germany

// comdirect (§1.1): Girokonto, Visa and an empty Tagesgeld section in one file;
// ISO-8859-1, all fields quoted, every line ends with `;`, first line a lone `;`.
// Pending rows are "offen";"--" and are included (§0.5).
{
  const giro: string[][] = [
    ["offen", "--", "Kartenverfügung", "Kto/IBAN: 1234567890  Buchungstext: BAECKEREI RISCHART//MUENCHEN/DE 2025-10-06T07:43:12 ", "-4,80"],
    ["offen", "--", "Lastschrift / Belastung", "Auftraggeber: PayPal Europe S.a.r.l. et Cie S.C.AKto/IBAN: LU89751000135104200E BLZ/BIC: PPLXLUL2 Buchungstext: 1046450041914/. Zalando SE, Ihr Einkauf bei Zalando SE Ref. ZZ0000000007/0815", "-59,95"],
    ["06.10.2025", "06.10.2025", "Lastschrift / Belastung", "Auftraggeber: Stadtwerke München GmbHKto/IBAN: DE02700500000000123456 BLZ/BIC: SSKMDEMMXXX Buchungstext: Abschlag Strom Okt 2025-10-05T18:54:23 Ref. ZZ0000000001/0815", "-86,00"],
    ["02.10.2025", "02.10.2025", "Kartenverfügung", " Buchungstext: REWE Markt GmbH, Muenchen DE Karte Nr. 4871 78XX XXXX 0000 Kartenzahlung comdirect Visa-Debitkarte 2025-10-01 00:00:00 Ref. ZZ2C21XX0XX00X0A/00001", "-37,64"],
    ["01.10.2025", "01.10.2025", "Übertrag / Überweisung", "Empfänger: Hausverwaltung Berger KGKto/IBAN: DE02100500000054540402 BLZ/BIC: BELADEBEXXX Buchungstext: Miete Oktober 2025 Whg. 3 links Ref. ZZ0000000002/0815", "-1.150,00"],
    ["30.09.2025", "30.09.2025", "Gutschrift", "Auftraggeber: Muster Software GmbHKto/IBAN: DE02200505501015871393 BLZ/BIC: HASPDEHHXXX Buchungstext: Gehalt September 2025 Ref. ZZ0000000003/0815", "3.248,17"],
    ["29.09.2025", "29.09.2025", "Auszahlung GAA", " Buchungstext: COMMERZBANK MUENCHEN MARIENPLATZ Karte Nr. 4871 78XX XXXX 0000 Auszahlung comdirect Visa-Debitkarte 2025-09-28 00:00:00 Ref. ZZ2C21XX0XX00X0B/00002", "-100,00"],
    ["26.09.2025", "26.09.2025", "Kartenverfügung", " Buchungstext: Amazon.de*AB12CD34E, AMAZON.DE LU Karte Nr. 4871 78XX XXXX 0000 Kartenzahlung comdirect Visa-Debitkarte 2025-09-24 00:00:00 Ref. ZZ2C21XX0XX00X0C/00003", "-24,99"],
    ["25.09.2025", "25.09.2025", "Buchung aus Umsatzreklamation", " Buchungstext: Amazon.de*XY98ZW76V, AMAZON.DE LU Erstattung Karte Nr. 4871 78XX XXXX 0000 Ref. ZZ2C21XX0XX00X0D/00004", "12,49"],
    ["22.09.2025", "22.09.2025", "Lastschrift / Belastung", "Auftraggeber: Telefonica Germany GmbH + Co. OHGKto/IBAN: DE02700202700010108669 BLZ/BIC: HYVEDEMMXXX Buchungstext: Kd-Nr.: 123456789, Rg-Nr.: 0815471100 2025-09-21T06:10:02 Ref. ZZ0000000004/0815", "-19,99"],
    ["15.09.2025", "15.09.2025", "Visa-Kartenabrechnung", " Buchungstext: Visa-Kartenabrechnung 4871 78XX XXXX 5555 Ref. ZZ0000000005/0815", "-268,35"],
    ["12.09.2025", "12.09.2025", "Übertrag / Überweisung", "Empfänger: Max MustermannKto/IBAN: DE02600501010002034304 BLZ/BIC: SOLADEST600 Buchungstext: Sparrate Bausparvertrag Ref. ZZ0000000006/0815", "-500,00"],
    ["08.09.2025", "08.09.2025", "Kartenverfügung", " Buchungstext: Aral Station 141726125, Muenchen DE Karte Nr. 4871 78XX XXXX 0000 Kartenzahlung comdirect Visa-Debitkarte 2025-09-07 00:00:00 Ref. ZZ2C21XX0XX00X0E/00005", "-71,23"],
    ["05.09.2025", "05.09.2025", "Übertrag / Überweisung", "Auftraggeber: Erika MusterfrauKto/IBAN: DE02300606010002474689 BLZ/BIC: DAAEDEDDXXX Buchungstext: Anteil Ferienwohnung Gardasee Ref. ZZ0000000008/0815", "230,00"],
    ["01.09.2025", "01.09.2025", "Kontoführungsentgelt", " Buchungstext: Kontoführungsentgelt 08/2025 Ref. ZZ0000000009/0815", "-4,90"],
  ];
  const visa: string[][] = [
    ["offen", "--", "Visa-Umsatz", "", "HOTEL IBIS PARIS GARE DU NORD PARIS FR", "-129,00"],
    ["03.10.2025", "01.10.2025", "Visa-Umsatz", "74806325274001000000011", "SNCF INTERNET PARIS FR", "-89,40"],
    ["29.09.2025", "27.09.2025", "Visa-Umsatz", "74806325270001000000012", "LE PETIT CAFE LYON FR", "-18,50"],
    ["25.09.2025", "24.09.2025", "Visa-Umsatz", "74806325267001000000013", "SPOTIFY AB STOCKHOLM SE", "-10,99"],
    ["18.09.2025", "16.09.2025", "Visa-Umsatz", "74806325259001000000014", "NETFLIX.COM 866-579-7172 NL", "-13,99"],
    ["16.09.2025", "15.09.2025", "Visa-Kartenabrechnung", "74806325258001000000015", "Ausgleich Kartenabrechnung vom 15.09.2025", "268,35"],
    ["12.09.2025", "10.09.2025", "Visa-Umsatz", "74806325253001000000016", "BOOKING.COM AMSTERDAM NL", "-245,00"],
    ["10.09.2025", "09.09.2025", "Buchung aus Umsatzreklamation", "74806325252001000000017", "BOOKING.COM AMSTERDAM NL GUTSCHRIFT", "45,00"],
    ["05.09.2025", "04.09.2025", "Visa-Umsatz", "74806325247001000000018", "APPLE.COM/BILL ITUNES.COM IE", "-2,99"],
  ];
  const amountsOf = (rows: string[][]) => rows.map((r) => de(r.at(-1)!));
  const bookedOf = (rows: string[][]) => rows.filter((r) => r[0] !== "offen").map((r) => de(r.at(-1)!));
  const giroOld = de("1.512,44");
  const giroNew = giroOld + sum(bookedOf(giro));
  const visaOld = de("-268,35");
  const visaNew = visaOld + sum(bookedOf(visa));
  const period = "Zeitraum: 01.09.2025 - 06.10.2025";
  add({
    bank: "comdirect",
    fileName: "umsaetze_1234567890_20251006-0912.csv",
    currency: "EUR",
    content: latin1(
      [
        ";",
        quotedTrailing(["Umsätze Girokonto", period]),
        quotedTrailing(["Neuer Kontostand", `${fmtDe(giroNew)} EUR`]),
        "",
        quotedTrailing(["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
        ...giro.map(quotedTrailing),
        "",
        quotedTrailing(["Alter Kontostand", `${fmtDe(giroOld)} EUR`]),
        "",
        quotedTrailing(["Umsätze Visa-Karte (Kreditkarte)", period]),
        quotedTrailing(["Neuer Kontostand", `${fmtDe(visaNew)} EUR`]),
        "",
        quotedTrailing(["Buchungstag", "Umsatztag", "Vorgang", "Referenz", "Buchungstext", "Umsatz in EUR"]),
        ...visa.map(quotedTrailing),
        "",
        quotedTrailing(["Alter Kontostand", `${fmtDe(visaOld)} EUR`]),
        "",
        quotedTrailing(["Umsätze Tagesgeld PLUS-Konto", period]),
        quotedTrailing(["Neuer Kontostand", "5.000,00 EUR"]),
        "",
        quotedTrailing(["Keine Umsätze vorhanden."]),
        "",
        quotedTrailing(["Alter Kontostand", "5.000,00 EUR"]),
      ],
      "\r\n",
    ),
    rows: giro.length + visa.length,
    sumCents: sum(amountsOf(giro)) + sum(amountsOf(visa)),
    pending: 3,
    closingCents: giroNew,
    probe: { cents: -3764, date: "2025-10-02", text: /rewe/i },
  });
}

// ING Deutschland (§1.1), the older 9-column "mit Saldo" export: Windows-1252,
// `;`, no quoting, LF, 13-line preamble with the Saldo line; no pending rows.
{
  const rows: [string, string, string, string, string, string][] = [
    ["09.12.2025", "09.12.2025", "VISA ROSSMANN 2295", "Lastschrift", "NR XXXX 4025 NUERNBERG DE KAUFUMSATZ 05.12 13.98 125423 ARN74800000000000000000001", "-13,98"],
    ["08.12.2025", "08.12.2025", "Erika Musterfrau", "Dauerauftrag / Terminueberweisung", "Nebenkosten", "-200,00"],
    ["05.12.2025", "05.12.2025", "Muster Maschinenbau AG", "Gehalt/Rente", "Gehalt 12/2025 Personalnr. 4711", "2.647,74"],
    ["04.12.2025", "04.12.2025", "VISA LIDL DIENSTL. 1234", "Lastschrift", "NR XXXX 4025 NUERNBERG DE KAUFUMSATZ 02.12 27.43 318277 ARN74800000000000000000002", "-27,43"],
    ["03.12.2025", "03.12.2025", "Vodafone GmbH", "Lastschrift", "Kundennr. 12345678 Rechnung 12/2025", "-39,99"],
    ["02.12.2025", "02.12.2025", "VISA DB VERTRIEB GMBH", "Lastschrift", "NR XXXX 4025 FRANKFURT DE KAUFUMSATZ 30.11 54.90 772911 ARN74800000000000000000003", "-54,90"],
    ["01.12.2025", "01.12.2025", "Wohnungsbaugenossenschaft Nürnberg eG", "Dauerauftrag / Terminueberweisung", "Miete 12/2025 Whg. 0815", "-890,00"],
    ["28.11.2025", "28.11.2025", "Jonas Weber", "Gutschrift", "Pizza Anteil", "15,50"],
    ["27.11.2025", "27.11.2025", "VISA AMAZON.DE", "Gutschrift", "NR XXXX 4025 AMAZON.DE LU GUTSCHRIFT 26.11 19.99 ARN74800000000000000000004", "19,99"],
    ["26.11.2025", "26.11.2025", "Allianz Versicherungs-AG", "Lastschrift", "Beitrag Hausrat 2026 Vers.-Nr. AS-123456", "-112,38"],
    ["24.11.2025", "24.11.2025", "VISA ARAL STATION 0815", "Lastschrift", "NR XXXX 4025 FUERTH DE KAUFUMSATZ 22.11 63.17 551020 ARN74800000000000000000005", "-63,17"],
    ["21.11.2025", "21.11.2025", "ING", "Entgelt", "Entgelt Visa Card Auslandseinsatz", "-1,75"],
    ["20.11.2025", "20.11.2025", "Max Mustermann", "Ueberweisung", "Umbuchung Extra-Konto", "-1.000,00"],
    ["18.11.2025", "18.11.2025", "VISA EDEKA SUEDBAYERN", "Lastschrift", "NR XXXX 4025 FUERTH DE KAUFUMSATZ 17.11 45.62 100200 ARN74800000000000000000006", "-45,62"],
  ];
  const amounts = rows.map((r) => de(r[5]));
  const closing = de("3.481,27");
  const saldo = balancesNewestFirst(closing, amounts);
  add({
    bank: "ING",
    fileName: "Umsatzanzeige_DE02500105170648489890_20251209.csv",
    currency: "EUR",
    content: cp1252([
      "Umsatzanzeige;Datei erstellt am: 09.12.2025 15:23",
      "",
      "IBAN;DE02500105170648489890",
      "Kontoname;Girokonto",
      "Bank;ING",
      "Kunde;Max Mustermann",
      "Zeitraum;17.11.2025 - 09.12.2025",
      `Saldo;${fmtDe(closing)};EUR`,
      "",
      "Sortierung;Datum absteigend",
      "",
      "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
      "",
      "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung",
      ...rows.map((r, i) => [r[0], r[1], r[2], r[3], r[4], fmtDe(saldo[i]!), "EUR", r[5], "EUR"].join(";")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -1398, date: "2025-12-09", text: /rossmann/i },
  });
}

// ING Deutschland (§1.1), the 2025 7-column export without the Saldo line.
{
  const rows: string[][] = [
    ["30.01.2026", "30.01.2026", "Finanzamt Köln-Altstadt", "Gutschrift", "Erstattung ESt 2024 StNr 214/5123/4567", "1.128,40"],
    ["29.01.2026", "29.01.2026", "VISA KAUFLAND 2110", "Lastschrift", "NR XXXX 8812 KOELN DE KAUFUMSATZ 27.01 58.31 220416 ARN74800000000000000000101", "-58,31"],
    ["28.01.2026", "28.01.2026", "VISA IKEA DEUTSCHLAND", "Lastschrift", "NR XXXX 8812 KOELN DE KAUFUMSATZ 26.01 149.00 331201 ARN74800000000000000000102", "-149,00"],
    ["27.01.2026", "27.01.2026", "VISA IKEA DEUTSCHLAND", "Gutschrift", "NR XXXX 8812 KOELN DE GUTSCHRIFT 26.01 29.99 ARN74800000000000000000103", "29,99"],
    ["26.01.2026", "26.01.2026", "RheinEnergie AG", "Lastschrift", "Abschlag Strom 01/2026 Vertragskonto 400123456", "-74,00"],
    ["23.01.2026", "23.01.2026", "VISA SHELL 6431", "Lastschrift", "NR XXXX 8812 BONN DE KAUFUMSATZ 21.01 71.04 118822 ARN74800000000000000000104", "-71,04"],
    ["20.01.2026", "20.01.2026", "Kölner Verkehrs-Betriebe AG", "Lastschrift", "Deutschlandticket 01/2026 Abo-Nr. 99887766", "-58,00"],
    ["15.01.2026", "15.01.2026", "Sophie Lambert", "Gutschrift", "Geburtstagsgeschenk Anteil", "25,00"],
    ["12.01.2026", "12.01.2026", "Max Mustermann", "Ueberweisung", "Umbuchung Extra-Konto", "-300,00"],
    ["05.01.2026", "05.01.2026", "VISA REWE 4418", "Lastschrift", "NR XXXX 8812 KOELN DE KAUFUMSATZ 03.01 34.67 009123 ARN74800000000000000000105", "-34,67"],
    ["02.01.2026", "02.01.2026", "Dr. Klein Zahnarztpraxis", "Ueberweisung", "Rechnung 2025-1187", "-86,50"],
  ];
  const amounts = rows.map((r) => de(r[5]!));
  add({
    bank: "ING",
    fileName: "Umsatzanzeige_DE02500105170648489891_20260130.csv",
    currency: "EUR",
    content: cp1252([
      "Umsatzanzeige;Datei erstellt am: 30.01.2026 18:02",
      "",
      "IBAN;DE02500105170648489891",
      "Kontoname;Girokonto",
      "Bank;ING",
      "Kunde;Max Mustermann",
      "Zeitraum;01.01.2026 - 30.01.2026",
      "",
      "Sortierung;Datum absteigend",
      "",
      "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
      "",
      "Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung",
      ...rows.map((r) => [...r, "EUR"].join(";")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -14900, date: "2026-01-28", text: /ikea/i },
  });
}

// ING Deutschland (§1.1), the 2026 header with a `Notiz` column and the Saldo line.
{
  const rows: string[][] = [
    ["27.02.2026", "27.02.2026", "Muster Maschinenbau AG", "Gehalt/Rente", "", "Gehalt 02/2026 Personalnr. 4711", "2.712,08"],
    ["26.02.2026", "26.02.2026", "VISA NETTO MARKEN-DISCOUNT", "Lastschrift", "Wocheneinkauf", "NR XXXX 4025 NUERNBERG DE KAUFUMSATZ 25.02 41.86 201301 ARN74800000000000000000201", "-41,86"],
    ["25.02.2026", "25.02.2026", "Techniker Krankenkasse", "Gutschrift", "", "Erstattung Bonusprogramm 2025", "60,00"],
    ["23.02.2026", "23.02.2026", "VISA MEDIAMARKT NUERNBERG", "Lastschrift", "Kopfhörer", "NR XXXX 4025 NUERNBERG DE KAUFUMSATZ 21.02 129.00 882301 ARN74800000000000000000202", "-129,00"],
    ["20.02.2026", "20.02.2026", "Deutsche Rentenversicherung", "Lastschrift", "", "Freiwilliger Beitrag 02/2026", "-103,42"],
    ["18.02.2026", "18.02.2026", "VISA DM DROGERIE MARKT", "Lastschrift", "", "NR XXXX 4025 ERLANGEN DE KAUFUMSATZ 17.02 23.45 400119 ARN74800000000000000000203", "-23,45"],
    ["16.02.2026", "16.02.2026", "Erika Musterfrau", "Dauerauftrag / Terminueberweisung", "", "Nebenkosten", "-200,00"],
    ["10.02.2026", "10.02.2026", "VISA STARBUCKS NUERNBERG HBF", "Lastschrift", "", "NR XXXX 4025 NUERNBERG DE KAUFUMSATZ 09.02 6.90 613302 ARN74800000000000000000204", "-6,90"],
    ["05.02.2026", "05.02.2026", "1&1 Telecom GmbH", "Lastschrift", "Internet", "KD-Nr. K12345678 Rechnung 02/2026", "-44,99"],
    ["02.02.2026", "02.02.2026", "Wohnungsbaugenossenschaft Nürnberg eG", "Dauerauftrag / Terminueberweisung", "", "Miete 02/2026 Whg. 0815", "-890,00"],
  ];
  const amounts = rows.map((r) => de(r[6]!));
  const closing = de("4.825,91");
  const saldo = balancesNewestFirst(closing, amounts);
  add({
    bank: "ING",
    fileName: "Umsatzanzeige_DE02500105170648489890_20260227.csv",
    currency: "EUR",
    content: cp1252([
      "Umsatzanzeige;Datei erstellt am: 27.02.2026 20:41",
      "",
      "IBAN;DE02500105170648489890",
      "Kontoname;Girokonto",
      "Bank;ING",
      "Kunde;Max Mustermann",
      "Zeitraum;01.02.2026 - 27.02.2026",
      `Saldo;${fmtDe(closing)};EUR`,
      "",
      "Sortierung;Datum absteigend",
      "",
      "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen, auch wenn sie in Ihrem Internetbanking angezeigt werden.",
      "",
      "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Notiz;Verwendungszweck;Saldo;Währung;Betrag;Währung",
      ...rows.map((r, i) => [r[0], r[1], r[2], r[3], r[4], r[5], fmtDe(saldo[i]!), "EUR", r[6], "EUR"].join(";")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -12900, date: "2026-02-23", text: /mediamarkt/i },
  });
}

// DKB new banking (§1.1, since 2023): UTF-8 with BOM, `;`, all quoted, 4-line
// preamble, DD.MM.YY, amounts with trailing zeros dropped; pending rows have
// Status "Vorgemerkt" and an empty Wertstellung and are included.
{
  const rows: string[][] = [
    ["31.03.26", "", "Vorgemerkt", "ISSUER", "Netto Marken-Discount    Leipzig    DE", "2026-03-30T18:22 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "Ausgang", "DE02120300000000202099", "-23,7", "", "", "000000000000011"],
    ["31.03.26", "", "Vorgemerkt", "ISSUER", "Deutsche Bahn Fernverkehr//Frankfurt/DE", "2026-03-30T21:05 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "Ausgang", "DE02120300000000202099", "-59,9", "", "", "000000000000012"],
    ["30.03.26", "30.03.26", "Gebucht", "ISSUER", "ALDI SUED                Leipzig DE", "2026-03-28 Debitk.99 VISA Debit", "Ausgang", "DE02120300000000202099", "-31,52", "", "", "000000000000013"],
    ["27.03.26", "27.03.26", "Gebucht", "ACME Logistik GmbH", "Max Mustermann", "Lohn und Gehalt 03/2026", "Eingang", "DE02860555921090123456", "3.120,4", "", "", ""],
    ["25.03.26", "25.03.26", "Gebucht", "Max Mustermann", "Leipziger Wohnungs- und Baugesellschaft mbH", "Miete April 2026 Obj. 1207", "Ausgang", "DE02860555920100234567", "-1.450", "", "", ""],
    ["24.03.26", "24.03.26", "Gebucht", "ISSUER", "EDEKA//LEIPZIG/DE", "2026-03-23 Debitk.99 VISA Debit", "Ausgang", "DE02120300000000202099", "-8,67", "", "", "000000000000014"],
    ["20.03.26", "20.03.26", "Gebucht", "Max Mustermann", "Stadtwerke Leipzig GmbH", "Abschlag Strom/Gas 03/2026 VK 700123456", "Ausgang", "DE02860555921100345678", "-128", "DE98ZZZ09999999999", "SWL-00123", ""],
    ["18.03.26", "18.03.26", "Gebucht", "Lisa Beispiel", "Max Mustermann", "Konzertkarten zurück", "Eingang", "DE02100100100006820101", "45", "", "", ""],
    ["16.03.26", "16.03.26", "Gebucht", "Max Mustermann", "PayPal Europe S.a.r.l. et Cie S.C.A", "1045268675504/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV", "Ausgang", "LU89751000135104200E", "-17,35", "LU96ZZZ0000000000000000058", "5VYJ2258F7ZQG", "1045268675504 PP.4162.PP PAYPAL"],
    ["13.03.26", "13.03.26", "Gebucht", "ISSUER", "dm-drogerie markt//LEIPZIG/DE", "2026-03-12 Debitk.99 VISA Debit", "Ausgang", "DE02120300000000202099", "-14,85", "", "", "000000000000015"],
    ["10.03.26", "10.03.26", "Gebucht", "Max Mustermann", "Max Mustermann", "Umbuchung Tagesgeld", "Ausgang", "DE02120300001053315151", "-1.000,0", "", "", ""],
    ["06.03.26", "06.03.26", "Gebucht", "Max Mustermann", "Rundfunk ARD, ZDF, DRadio", "Rundfunkbeitrag 03.2026 - 05.2026 Beitragsnr. 123456789", "Ausgang", "DE02370100500000123456", "-55,08", "DE60ZZZ00000001234", "0123456789", ""],
    ["04.03.26", "04.03.26", "Gebucht", "Zalando SE", "Max Mustermann", "Erstattung Retoure 10203040", "Eingang", "DE02100700000123456789", "36,95", "", "", ""],
    ["02.03.26", "02.03.26", "Gebucht", "Max Mustermann", "Vodafone GmbH", "Kundenkonto 112233445 Rechnung 03/2026", "Ausgang", "DE02300700100123456789", "-39,99", "DE82ZZZ00000001234", "VF-9988", ""],
    ["02.03.26", "02.03.26", "Gebucht", "ISSUER", "LIDL SAGT DANKE//LEIPZIG/DE", "2026-02-28 Debitk.99 VISA Debit", "Ausgang", "DE02120300000000202099", "-22,4", "", "", "000000000000016"],
  ];
  const amounts = rows.map((r) => de(r[8]!));
  const closing = de("4.213,58");
  add({
    bank: "DKB",
    fileName: "01-03-2026_Umsatzliste_Girokonto_DE02120300000000202051.csv",
    currency: "EUR",
    content: utf8(
      [
        quoted(["Girokonto", "DE02120300000000202051"]),
        quoted(["Zeitraum:", "01.03.2026 - 31.03.2026"]),
        quoted(["Kontostand vom 31.03.2026:", `${fmtDe(closing)} €`]),
        `""`,
        quoted(["Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in", "Verwendungszweck", "Umsatztyp", "IBAN", "Betrag (€)", "Gläubiger-ID", "Mandatsreferenz", "Kundenreferenz"]),
        ...rows.map((r) => quoted(r)),
      ],
      "\n",
      true,
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    pending: 2,
    closingCents: closing,
    probe: { cents: -145000, date: "2026-03-25", text: /wohnungs/i },
  });
}

// DKB new Visa credit card (§1.1): preamble "Karte";"Visa Kreditkarte";…,
// header Belegdatum…Fremdwährungsbetrag; one pending row.
{
  const rows: string[][] = [
    ["29.01.26", "", "Vorgemerkt", "UBER *TRIP HELP.UBER.COM", "Im Geschäft", "-14,8", ""],
    ["27.01.26", "28.01.26", "Gebucht", "GOOGLE *Google One", "Im Geschäft", "-1,99", ""],
    ["24.01.26", "26.01.26", "Gebucht", "AMZN Mktp DE*5L5KR2QX5  800-279-6620", "Im Geschäft", "-38,9", ""],
    ["22.01.26", "22.01.26", "Gebucht", "Ausgleich Kreditkarte gem. Abrechnung v. 21.01.26", "Gutschrift", "412,37", ""],
    ["19.01.26", "20.01.26", "Gebucht", "STARBUCKS 1234 NEW YORK US", "Im Geschäft", "-6,12", "-7,15 USD"],
    ["18.01.26", "20.01.26", "Gebucht", "HILTON GARDEN INN NEW YORK US", "Im Geschäft", "-512,44", "-598,00 USD"],
    ["17.01.26", "19.01.26", "Gebucht", "WHOLE FOODS MKT 10234 NEW YORK US", "Im Geschäft", "-27,56", "-32,16 USD"],
    ["17.01.26", "19.01.26", "Gebucht", "HILTON GARDEN INN NEW YORK US", "Gutschrift", "85,70", "100,00 USD"],
    ["12.01.26", "13.01.26", "Gebucht", "PAYPAL *EASYPARK        0852226737", "Im Geschäft", "-3,4", ""],
    ["08.01.26", "09.01.26", "Gebucht", "Spotify AB Stockholm SE", "Lastschrift", "-10,99", ""],
    ["05.01.26", "05.01.26", "Gebucht", "Entgelt Auslandseinsatz", "Entgelt", "-1,5", ""],
  ];
  const amounts = rows.map((r) => de(r[5]!));
  const closing = de("-536,70");
  add({
    bank: "DKB",
    fileName: "31-01-2026_Umsatzliste_Visa Kreditkarte_4930.csv",
    currency: "EUR",
    content: utf8(
      [
        quoted(["Karte", "Visa Kreditkarte", "4930 •••• •••• 5678"]),
        `""`,
        quoted(["Saldo vom 31.01.2026:", `${fmtDe(closing)} EUR`]),
        `""`,
        quoted(["Belegdatum", "Wertstellung", "Status", "Beschreibung", "Umsatztyp", "Betrag (€)", "Fremdwährungsbetrag"]),
        ...rows.map((r) => quoted(r)),
      ],
      "\n",
      true,
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    pending: 1,
    closingCents: closing,
    probe: { cents: -51244, date: ["2026-01-18", "2026-01-20"], text: /hilton/i },
  });
}

// DKB new Visa, the 2023 variant (§1.1): preamble "Karte";"Max-Visa …", the
// amount column is named "Betrag" and carries " €"; the 08/2023 file has no BOM.
{
  const rows: string[][] = [
    ["28.08.23", "29.08.23", "Gebucht", "GOOGLE*STADIA", "Im Geschäft", "-9,99 €", ""],
    ["26.08.23", "28.08.23", "Gebucht", "BAUHAUS GMBH & CO KG BERLIN DE", "Im Geschäft", "-64,20 €", ""],
    ["24.08.23", "25.08.23", "Gebucht", "FLIXBUS DEUTSCHLAND BERLIN DE", "Im Geschäft", "-22,98 €", ""],
    ["22.08.23", "22.08.23", "Gebucht", "Ausgleich Kreditkarte gem. Abrechnung v. 21.08.23", "Gutschrift", "188,14 €", ""],
    ["19.08.23", "21.08.23", "Gebucht", "RYANAIR DUBLIN IE", "Im Geschäft", "-119,97 €", ""],
    ["18.08.23", "21.08.23", "Gebucht", "RYANAIR DUBLIN IE", "Gutschrift", "39,99 €", ""],
    ["15.08.23", "16.08.23", "Gebucht", "TRATTORIA DA MARIO BERLIN DE", "Im Geschäft", "-48,50 €", ""],
    ["11.08.23", "14.08.23", "Gebucht", "CLOUDFLARE 650-3198939 US", "Im Geschäft", "-2,49 €", "-2,73 USD"],
    ["07.08.23", "07.08.23", "Gebucht", "Entgelt Fremdwährung", "Entgelt", "-0,05 €", ""],
    ["03.08.23", "04.08.23", "Gebucht", "APPLE.COM/BILL ITUNES.COM IE", "Lastschrift", "-2,99 €", ""],
  ];
  const amounts = rows.map((r) => de(r[5]!));
  const closing = de("-232,15");
  add({
    bank: "DKB",
    fileName: "31-08-2023_Umsatzliste_Max-Visa.csv",
    currency: "EUR",
    content: utf8([
      quoted(["Karte", "Max-Visa 1234 •••• •••• 9876"]),
      `""`,
      quoted(["Saldo vom 31.08.2023:", `${fmtDe(closing)} EUR`]),
      `""`,
      quoted(["Belegdatum", "Wertstellung", "Status", "Beschreibung", "Umsatztyp", "Betrag", "Fremdwährungsbetrag"]),
      ...rows.map((r) => quoted(r)),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -6420, date: ["2023-08-26", "2023-08-28"], text: /bauhaus/i },
  });
}

// DKB old Visa (§1.1, before 2023): ISO-8859-1, every line ends with `;`, the
// Saldo uses a dot decimal, the first column holds Ja/Nein, original amounts
// look like "-5,95 USD".
{
  const rows: string[][] = [
    ["Nein", "30.10.2018", "29.10.2018", "AMAZON EU SARL LUXEMBOURG", "-23,99", ""],
    ["Nein", "26.10.2018", "25.10.2018", "LUFTHANSA 2201234567890 KOELN", "-189,51", ""],
    ["Ja", "22.10.2018", "22.10.2018", "Ausgleich Kreditkarte gem. Abrechnung v. 21.10.2018", "455,10", ""],
    ["Ja", "19.10.2018", "18.10.2018", "HOTEL MERCURE WIEN WESTBAHNHOF", "-214,00", ""],
    ["Ja", "17.10.2018", "15.10.2018", "NETFLIX.COM AMSTERDAM", "-10,99", ""],
    ["Ja", "15.10.2018", "12.10.2018", "DIGITALOCEAN.COM NEW YORK", "-4,31", "-5,00 USD"],
    ["Ja", "12.10.2018", "11.10.2018", "ZALANDO SE BERLIN", "-79,95", ""],
    ["Ja", "10.10.2018", "09.10.2018", "ZALANDO SE BERLIN GUTSCHRIFT", "79,95", ""],
    ["Ja", "08.10.2018", "06.10.2018", "CAFE SACHER WIEN", "-17,40", ""],
    ["Ja", "04.10.2018", "03.10.2018", "GITHUB.COM SAN FRANCISCO", "-5,13", "-5,95 USD"],
    ["Ja", "02.10.2018", "01.10.2018", "AUSLANDSEINSATZENTGELT", "-0,18", ""],
  ];
  const amounts = rows.map((r) => de(r[4]!));
  add({
    bank: "DKB",
    fileName: "4930________5678.csv",
    currency: "EUR",
    content: latin1([
      quotedTrailing(["Kreditkarte:", "4930********5678 Kreditkarte"]),
      "",
      quotedTrailing(["Von:", "01.10.2018"]),
      quotedTrailing(["Bis:", "31.10.2018"]),
      quotedTrailing(["Saldo:", "-213.50 EUR"]),
      quotedTrailing(["Datum:", "31.10.2018"]),
      "",
      quotedTrailing(["Umsatz abgerechnet und nicht im Saldo enthalten", "Wertstellung", "Belegdatum", "Beschreibung", "Betrag (EUR)", "Ursprünglicher Betrag"]),
      ...rows.map(quotedTrailing),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: en("-213.50"),
    probe: { cents: -18951, date: ["2018-10-25", "2018-10-26"], text: /lufthansa/i },
  });
}

// Deutsche Bank on the shared Postbank platform (§1.1): UTF-8 with BOM, `;`,
// no quoting even around commas, 7-line preamble, a Kontostand trailer, D.M.YYYY
// dates, Soll/Haben repeating the signed Betrag; pending rows are not exported.
{
  type Row = [string, string, string, string, string, string, string, string, string, string];
  // Buchungstag, Umsatzart, Begünstigter / Auftraggeber, Verwendungszweck, IBAN, BIC, Kundenreferenz, Mandatsreferenz, Gläubiger ID, Betrag
  const rows: Row[] = [
    ["30.1.2026", "Kartenzahlung", "REWE Markt GmbH-Zwei", "REWE MARKT GMBH-ZWEIGNL./KOENIGSALLEE 12/DUESSELDORF/DE 29-01-2026T18:12:40 Folgenr. 03 Verfalld. 1228", "DE02300700100000000011", "", "60000000000000000000000000000000011", "108071", "", "-52,37"],
    ["29.1.2026", "SEPA Lastschrift", "Stadtwerke Düsseldorf AG", "Abschlag Strom, Gas 01/2026 VK 400123", "DE02300501100000000012", "", "SWD-2026-01-400123", "SWD-M-400123", "DE55ZZZ00000004321", "-96"],
    ["28.1.2026", "SEPA-Gutschrift", "Muster Consulting GmbH", "Gehalt Januar 2026, inkl. Fahrtkostenzuschuss", "DE02300400000000000013", "", "", "", "", "3.450,12"],
    ["27.1.2026", "Kartenzahlung", "LICHT APOTHEKE", "LICHT APOTHEKE//DUESSELDORF/DE 26-01-2026T09:15:02 Folgenr. 02 Verfalld. 1228", "DE02300700100000000014", "", "60000000000000000000000000000000014", "108072", "", "-12,8"],
    ["23.1.2026", "SEPA Überweisung", "Erika Musterfrau", "Anteil Skiurlaub Zillertal", "DE02370100500000000015", "", "", "", "", "-350"],
    ["22.1.2026", "Kartenzahlung", "Aral Tankstelle", "ARAL TANKSTELLE/GRAF-ADOLF-STR. 5/DUESSELDORF/DE 21-01-2026T07:44:10 Folgenr. 01 Verfalld. 1228 Auszahlung 50,00 EUR", "DE02300700100000000016", "", "60000000000000000000000000000000016", "108073", "", "-118,93"],
    ["20.1.2026", "SEPA Echtzeitüberweisung", "Jonas Weber", "Kino + Essen", "DE02100100100000000017", "", "", "", "", "-24,5"],
    ["16.1.2026", "Gutschrift", "Amazon Payments Europe S.C.A.", "Erstattung 302-1234567-7654321 AMAZON.DE", "DE02300308800000000018", "", "", "", "", "29,99"],
    ["15.1.2026", "SEPA Überweisung (Dauerauftrag)", "Hausverwaltung Rhein GmbH", "Miete 01/2026 Wohnung 4. OG links", "DE02300501100000000019", "", "", "", "", "-1.240,00"],
    ["12.1.2026", "SEPA Lastschrift", "Telekom Deutschland GmbH", "Festnetz-Rechnung 01/2026, Kundennr. 123456789", "DE02700100800000000020", "", "TDG-0126-123456789", "TDG-M-123456789", "DE88ZZZ00000009876", "-49,95"],
    ["9.1.2026", "Kartenzahlung", "Netto Marken-Discoun", "NETTO MARKEN-DISCOU/KOELNER STR. 80/DUESSELDORF/DE 08-01-2026T17:02:21 Folgenr. 01 Verfalld. 1228", "DE02300700100000000021", "", "60000000000000000000000000000000021", "108074", "", "-27,16"],
    ["5.1.2026", "SEPA Lastschrift", "ACME Versicherung AG", "Beitrag 01/26 74,80", "DE02300209000000000022", "", "70-0000000-LS", "70-0000000-LS001", "DE00ZZZ00000000003", "-74,8"],
    ["2.1.2026", "Entgeltabrechnung", "Deutsche Bank AG", "Kontoführungsentgelt 12/2025", "", "", "", "", "", "-11,9"],
    ["2.1.2026", "Zinsen/Kosten/Auslagen", "Deutsche Bank AG", "Abschluss 4. Quartal 2025, Guthabenzinsen", "", "", "", "", "", "0,12"],
  ];
  const amounts = rows.map((r) => de(r[9]));
  const closing = de("2.804,33");
  add({
    bank: "Deutsche Bank",
    fileName: "Kontoumsaetze_100_1234567_00_20260131_101500.csv",
    currency: "EUR",
    content: utf8(
      [
        "Umsätze",
        "Konto;Filial-/Kontonummer;IBAN;Währung",
        "Deutsche Bank AktivKonto;100 1234567 00;DE02300700100123456700;EUR",
        "",
        "1.1.2026 - 31.1.2026",
        `Letzter Kontostand;;;;${fmtDe(closing)};EUR`,
        "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
        "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
        ...rows.map(([d, art, name, purpose, iban, bic, kref, mref, gid, betrag]) =>
          [d, d, art, name, purpose, iban, bic, kref, mref, gid, "", betrag, "", "", "", betrag.startsWith("-") ? betrag : "", betrag.startsWith("-") ? "" : betrag, "EUR"].join(";"),
        ),
        `Kontostand;31.1.2026;;;${fmtDe(closing)};EUR`,
      ],
      "\r\n",
      true,
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -11893, date: "2026-01-22", text: /aral/i },
  });
}

// Old Deutsche Bank export (§1.1, before about 2024): ISO-8859-1, 4 preamble
// lines and 1 trailer line, DD.MM.YYYY, 19 columns with "Mandatsreferenz " and
// "Abweichender Auftraggeber", Betrag empty, the amount in Soll (negative) or
// Haben. The reference names neither the preamble text nor the column order
// beyond that; both are filled in here from the new layout.
{
  const rows: [string, string, string, string, string, string][] = [
    // Buchungstag, Umsatzart, Begünstigter / Auftraggeber, Verwendungszweck, IBAN, amount (Soll if negative)
    ["31.03.2022", "SEPA-Lastschrift", "Stadtwerke Bonn GmbH", "Abschlag Strom 03/2022 Vertragskonto 300400", "DE02380500000000000031", "-78,00"],
    ["30.03.2022", "Kartenzahlung", "Kaufland Bonn", "KAUFLAND BONN//BONN/DE 29-03-2022T17:40:12 Folgenr. 04 Verfalld. 2412", "DE02600700700000000032", "-64,31"],
    ["28.03.2022", "SEPA-Gutschrift", "Universität Bonn", "Bezüge März 2022 Personalnr. 778899", "DE02380500000000000033", "2.987,45"],
    ["25.03.2022", "Kartenzahlung", "Tchibo Filiale", "TCHIBO FILIALE 0421//BONN/DE 24-03-2022T10:02:33 Folgenr. 03 Verfalld. 2412", "DE02200400000000000034", "-17,95"],
    ["22.03.2022", "SEPA-Überweisung", "Familie Becker", "Nachhilfe Februar und März", "DE02370100500000000035", "-160,00"],
    ["18.03.2022", "Kartenzahlung", "Deutsche Post AG", "DEUTSCHE POST AG FILIALE 512//BONN/DE 17-03-2022T12:14:40 Folgenr. 02 Verfalld. 2412", "DE02370100500000000036", "-6,85"],
    ["15.03.2022", "SEPA-Überweisung (Dauerauftrag)", "Vonovia SE", "Miete 03/2022 Mietvertrag 12-345", "DE02430400000000000037", "-845,00"],
    ["11.03.2022", "SEPA-Gutschrift", "Otto GmbH & Co KG", "Rückerstattung Bestellung 88776655", "DE02200700000000000038", "54,99"],
    ["07.03.2022", "SEPA-Lastschrift", "HUK-COBURG", "Kfz-Versicherung 2022 Vertrag 123/456789-K", "DE02783500000000000039", "-312,40"],
    ["01.03.2022", "Kontoabrechnung", "Deutsche Bank AG", "Entgelte Februar 2022", "", "-8,90"],
  ];
  const amounts = rows.map((r) => de(r[5]));
  const closing = de("3.104,55");
  add({
    bank: "Deutsche Bank",
    fileName: "Kontoumsaetze_100_1234567_00_20220331_183012.csv",
    currency: "EUR",
    content: latin1([
      "Umsätze Girokonto;Zeitraum: 01.03.2022 - 31.03.2022;",
      "Kontoinhaber: Max Mustermann;Filial-/Kontonummer: 380 1234567 00;",
      "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.;",
      ";",
      "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN;BIC;Kundenreferenz;Mandatsreferenz ;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Abweichender Auftraggeber;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
      ...rows.map(([d, art, name, purpose, iban, amt]) =>
        [d, d, art, name, purpose, iban, "", "", "", "", "", "", "", "", "", "", amt.startsWith("-") ? amt : "", amt.startsWith("-") ? "" : amt, "EUR"].join(";"),
      ),
      `Kontostand;31.03.2022;;;${fmtDe(closing)};EUR`,
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -6431, date: "2022-03-30", text: /kaufland/i },
  });
}

// Consorsbank (§1.1, single-source schema): Windows-1252, `;`, DD.MM.YYYY,
// German amounts; the header as given, no preamble.
{
  const rows: string[][] = [
    ["30.04.2026", "30.04.2026", "Klinikum Nürnberg", "DE02760501010000000041", "SSKNDE77XXX", "GUTSCHRIFT", "Gehalt April 2026", "Gehalt", "", "", "3.905,17"],
    ["29.04.2026", "29.04.2026", "Nürnberger Versicherung", "DE02760501010000000042", "SSKNDE77XXX", "LASTSCHRIFT", "BU-Versicherung Vertrag 44-556677 Beitrag 04/2026", "Versicherungen", "", "", "-61,48"],
    ["28.04.2026", "28.04.2026", "Hofpfisterei GmbH", "DE02700202700000000043", "HYVEDEMMXXX", "KARTENZAHLUNG", "HOFPFISTEREI 0312 NUERNBERG 27.04.2026 08:12", "Lebensmittel", "", "", "-7,85"],
    ["27.04.2026", "27.04.2026", "Thalia Bücher GmbH", "DE02440400370000000044", "COBADEFFXXX", "KARTENZAHLUNG", "THALIA 1234 NUERNBERG 25.04.2026 15:40", "Freizeit", "", "", "-32,00"],
    ["24.04.2026", "24.04.2026", "Max Mustermann", "DE02760300800000000045", "CSDBDE71XXX", "UEBERTRAG", "Sparplan Depot 04/2026", "Sparen", "", "", "-250,00"],
    ["22.04.2026", "22.04.2026", "Jochen Schmidt", "1234567 76050101", "", "GUTSCHRIFT", "Rückzahlung Auslage Grillfest 20 €", "", "", "", "20,00"],
    ["20.04.2026", "20.04.2026", "N-ERGIE Aktiengesellschaft", "DE02760501010000000046", "SSKNDE77XXX", "LASTSCHRIFT", "Abschlag Strom 04/2026 Kundennr. 5566778899", "Wohnen", "", "", "-88,00"],
    ["17.04.2026", "17.04.2026", "Kaufhof Nürnberg", "DE02700202700000000047", "HYVEDEMMXXX", "KARTENZAHLUNG", "GALERIA NUERNBERG 16.04.2026 13:22", "Shopping", "", "", "-119,90"],
    ["16.04.2026", "16.04.2026", "Kaufhof Nürnberg", "DE02700202700000000047", "HYVEDEMMXXX", "GUTSCHRIFT", "Erstattung Umtausch GALERIA NUERNBERG", "Shopping", "", "", "39,95"],
    ["14.04.2026", "14.04.2026", "Wohnbau Franken eG", "DE02760501010000000048", "SSKNDE77XXX", "DAUERAUFTRAG", "Miete 04/2026 „Whg. 12“", "Wohnen", "", "", "-1.035,00"],
    ["09.04.2026", "09.04.2026", "Netflix International B.V.", "NL02ABNA0000000049", "ABNANL2AXXX", "LASTSCHRIFT", "Netflix Abo 04/2026", "Freizeit", "", "", "-13,99"],
    ["01.04.2026", "01.04.2026", "Consorsbank", "", "", "ABSCHLUSS", "Abschluss 1. Quartal 2026 Zinsen", "", "", "", "1,27"],
  ];
  const amounts = rows.map((r) => de(r[10]!));
  add({
    bank: "Consorsbank",
    fileName: "Umsatzübersicht_123456789.csv",
    currency: "EUR",
    content: cp1252(
      [
        "Buchung;Valuta;Sender / Empfänger;IBAN / Konto-Nr.;BIC / BLZ;Buchungstext;Verwendungszweck;Kategorie;Stichwörter;Umsatz geteilt;Betrag in EUR",
        ...rows.map((r) => r.join(";")),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -785, date: "2026-04-28", text: /hofpfisterei/i },
  });
}

// Sparkasse CSV-MT940 (§1.1): 11 quoted columns, ISO-8859-1, header on line 1,
// DD.MM.YY, Kontonummer/BLZ hold IBAN/BIC, SEPA tags run together in the
// purpose; "Umsatz vorgemerkt" rows are included. One amount carries a
// thousands dot (the reference says to accept both).
{
  const acct = "DE02250501800012345678";
  const rows: string[][] = [
    ["12.11.25", "14.11.25", "FOLGELASTSCHRIFT", "EREF+ZE1234567890MREF+M-4711-0815CRED+DE13ZZZ00000123456SVWZ+Mitgliedsbeitrag Fitness 11/2025", "McFIT GmbH", "DE02120400000012345601", "COBADEFFXXX", "-24,90", "EUR", "Umsatz vorgemerkt"],
    ["12.11.25", "12.11.25", "KARTENZAHLUNG", "EREF+54161226005670160419145501MREF+OFFLINECRED+DE00ZZZ00000000000SVWZ+2025-11-11T19:02 Debitk.2 2027-12 ", "ROSSMANN 2295//HANNOVER/DE", "DE02250501800000000012", "SPKHDE2HXXX", "-16,45", "EUR", "Umsatz vorgemerkt"],
    ["11.11.25", "11.11.25", "KARTENZAHLUNG", "EREF+54161226005670160419145502MREF+OFFLINECRED+DE00ZZZ00000000000SVWZ+2025-11-10T12:31 Debitk.2 2027-12 ", "EDEKA CENTER//HANNOVER/DE", "DE02250501800000000013", "SPKHDE2HXXX", "-43,18", "EUR", "Umsatz gebucht"],
    ["10.11.25", "10.11.25", "GUTSCHR. UEBERWEISUNG", "EREF+NOTPROVIDEDSVWZ+Gehalt 11/2025 Personalnummer 00815", "Continental Reifen Deutschland GmbH", "DE02250400900000000014", "NOLADE2HXXX", "3.052,66", "EUR", "Umsatz gebucht"],
    ["07.11.25", "07.11.25", "FOLGELASTSCHRIFT", "EREF+1003760276550 PP.7723.PP PAYPALMREF+5RZJ224RPW7DQCRED+LU96ZZZ0000000000000000058SVWZ+PP.7723.PP . Decathlon, Ihr Einkauf bei Decathlon", "PayPal (Europe) S.a.r.l. et Cie., S.C.A.", "LU89751000135104200E", "PPLXLUL2", "-59,99", "EUR", "Umsatz gebucht"],
    ["06.11.25", "06.11.25", "GELDAUTOMAT", "SVWZ+GA NR00003342 BLZ25050180 0 06.11/10.41 UHR HANNOVER HBF", "", "", "", "-150,00", "EUR", "Umsatz gebucht"],
    ["05.11.25", "05.11.25", "FOLGELASTSCHRIFT", "EREF+VF-2025-11-0099MREF+VF-MANDAT-123CRED+DE82ZZZ00000001234SVWZ+Vodafone Kabel Rechnung 11/2025 K-NR. 123456789", "Vodafone Kabel DeutschlandGmbH", "DE02700800000000000015", "DRESDEFF700", "-39,99", "EUR", "Umsatz gebucht"],
    ["04.11.25", "04.11.25", "ONLINE-UEBERWEISUNG", "EREF+NOTPROVIDEDSVWZ+Rechnung 2025-887 Kita Essen Oktober", "Kita Sonnenschein e.V.", "DE02250501800000000016", "SPKHDE2HXXX", "-62,40", "EUR", "Umsatz gebucht"],
    ["03.11.25", "03.11.25", "DAUERAUFTRAG", "SVWZ+Miete November 2025 Whg. 7", "Hausverwaltung Leine GmbH", "DE02250700700000000017", "DEUTDE2HXXX", "-980,00", "EUR", "Umsatz gebucht"],
    ["03.11.25", "03.11.25", "GUTSCHR. UEBERWEISUNG", "EREF+NOTPROVIDEDSVWZ+Erstattung Stromabrechnung 2024 VK 700123", "enercity AG", "DE02250501800000000018", "SPKHDE2HXXX", "127,34", "EUR", "Umsatz gebucht"],
    ["31.10.25", "31.10.25", "KARTENZAHLUNG", "EREF+54161226005670160419145503MREF+OFFLINECRED+DE00ZZZ00000000000SVWZ+2025-10-30T08:05 Debitk.2 2027-12 ", "SHELL 1234//HANNOVER/DE", "DE02250501800000000019", "SPKHDE2HXXX", "-68,02", "EUR", "Umsatz gebucht"],
    ["30.10.25", "30.10.25", "ERSTLASTSCHRIFT", "EREF+HZ-2025-10MREF+HZ-0099CRED+DE45ZZZ00000007777SVWZ+Hausratversicherung Jahresbeitrag 2026", "VHV Allgemeine Versicherung AG", "DE02250501800000000020", "SPKHDE2HXXX", "-1.104,22", "EUR", "Umsatz gebucht"],
    ["29.10.25", "29.10.25", "ECHTZEIT-GUTSCHRIFT", "EREF+NOTPROVIDEDSVWZ+Danke fuers Auslegen Konzert", "Lea Hoffmann", "DE02100110012620000021", "NTSBDEB1XXX", "38,50", "EUR", "Umsatz gebucht"],
    ["28.10.25", "28.10.25", "ENTGELTABSCHLUSS", "SVWZ+Entgeltabrechnung siehe Anlage", "", "", "", "-7,95", "EUR", "Umsatz gebucht"],
  ];
  const amounts = rows.map((r) => de(r[7]!));
  add({
    bank: "Sparkasse",
    fileName: "20251112-12345678-umsatz.CSV",
    currency: "EUR",
    content: latin1(
      [
        quoted(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ", "Betrag", "Waehrung", "Info"]),
        ...rows.map((r) => quoted([acct, ...r])),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    pending: 2,
    probe: { cents: -4318, date: "2025-11-11", text: /edeka/i },
  });
}

// Sparkasse CSV-CAMT V2 (§1.1) holding two Auftragskonten (Giro and a savings
// account) in one file, with a transfer between them and a pending row.
{
  const giro = "DE02440501990001234567";
  const spar = "DE02440501990009876543";
  const rows: string[][] = [
    [giro, "09.12.25", "11.12.25", "FOLGELASTSCHRIFT", "KD 55667788 RE 2025-12", "DE00ZZZ00000000001", "MANDAT-5566", "2512090854-0000021", "", "", "", "ACME Medien GmbH", "DE02440400370000000031", "COBADEFFXXX", "-17,99", "EUR", "Umsatz vorgemerkt"],
    [giro, "08.12.25", "08.12.25", "KARTENZAHLUNG", "2025-12-07T11:20 Debitk.2 2027-12 ", "", "", "54161226005670160419145531", "", "", "", "LIDL SAGT DANKE//DORTMUND/DE", "DE02440501990000000032", "WELADED1DOR", "-36,44", "EUR", "Umsatz gebucht"],
    [giro, "05.12.25", "05.12.25", "GUTSCHR. UEBERWEISUNG", "Lohn/Gehalt 12/2025", "", "", "NOTPROVIDED", "", "", "", "Signal Iduna Gruppe", "DE02440400370000000033", "COBADEFFXXX", "2.874,10", "EUR", "Umsatz gebucht"],
    [giro, "05.12.25", "05.12.25", "UEBERTRAG", "Sparen Dezember", "", "", "NOTPROVIDED", "", "", "", "Max Mustermann", spar, "WELADED1DOR", "-200,00", "EUR", "Umsatz gebucht"],
    [spar, "05.12.25", "05.12.25", "GUTSCHR. UEBERWEISUNG", "Sparen Dezember", "", "", "NOTPROVIDED", "", "", "", "Max Mustermann", giro, "WELADED1DOR", "200,00", "EUR", "Umsatz gebucht"],
    [giro, "03.12.25", "03.12.25", "KARTENZAHLUNG", "2025-12-02T14:55 Debitk.2 2027-12 ", "", "", "54161226005670160419145532", "", "", "", "BEISPIEL APOTHEKE//DORTMUND/DE", "DE02440501990000000034", "WELADED1DOR", "-9,47", "EUR", "Umsatz gebucht"],
    [giro, "02.12.25", "02.12.25", "FOLGELASTSCHRIFT", "Beitrag Sportverein 4. Quartal", "DE12ZZZ00000456789", "SV-0042", "SV-2025-Q4-0042", "", "", "", "TuS Dortmund-Nord 1911 e.V.", "DE02440501990000000035", "WELADED1DOR", "-45,00", "EUR", "Umsatz gebucht"],
    [giro, "01.12.25", "01.12.25", "DAUERAUFTRAG", "Miete Dezember", "", "", "NOTPROVIDED", "", "", "", "Vivawest Wohnen GmbH", "DE02360602950000000036", "GENODED1BBE", "-812,50", "EUR", "Umsatz gebucht"],
    [giro, "28.11.25", "28.11.25", "GUTSCHR. UEBERWEISUNG", "Rueckerstattung Retoure 774411", "", "", "RT-774411", "", "", "", "ABOUT YOU SE & Co. KG", "DE02200400000000000037", "COBADEFFXXX", "49,95", "EUR", "Umsatz gebucht"],
    [giro, "27.11.25", "27.11.25", "KARTENZAHLUNG", "2025-11-26T18:31 Debitk.2 2027-12 ", "", "", "54161226005670160419145533", "", "", "", "AMREST STARBUCKS DE 08007263333  DE", "DE02440501990000000038", "WELADED1DOR", "-5,60", "EUR", "Umsatz gebucht"],
    [spar, "30.11.25", "30.11.25", "ABSCHLUSS", "Zinsen 11/2025", "", "", "", "", "", "", "", "", "", "3,12", "EUR", "Umsatz gebucht"],
    [spar, "15.11.25", "15.11.25", "UEBERTRAG", "Umbuchung Urlaub", "", "", "NOTPROVIDED", "", "", "", "Max Mustermann", giro, "WELADED1DOR", "-500,00", "EUR", "Umsatz gebucht"],
    [giro, "15.11.25", "15.11.25", "GUTSCHR. UEBERWEISUNG", "Umbuchung Urlaub", "", "", "NOTPROVIDED", "", "", "", "Max Mustermann", spar, "WELADED1DOR", "500,00", "EUR", "Umsatz gebucht"],
  ];
  const amounts = rows.map((r) => de(r[14]!));
  add({
    bank: "Sparkasse",
    fileName: "20251209-1234567-umsatz.CSV",
    currency: "EUR",
    content: latin1(
      [
        quoted(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"]),
        ...rows.map((r) => quoted(r)),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    pending: 1,
    accounts: 2,
    probe: { cents: -81250, date: "2025-12-01", text: /vivawest/i },
  });
}

// Sparkasse credit card (§1.1): 16 quoted columns, ISO-8859-1, DD.MM.YY,
// signed Buchungsbetrag (purchases negative, the usual single-column rule §0.4).
{
  const rows: string[][] = [
    // Belegdatum, Buchungsdatum, Originalbetrag, Originalwährung, Umrechnungskurs, Buchungsbetrag, Beschreibung, Zusatz, Land
    ["26.02.26", "27.02.26", "-4,95", "EUR", "", "-4,95", "AMREST STARBUCKS DE 08007263333  DE", "", "DE"],
    ["24.02.26", "25.02.26", "-89,00", "EUR", "", "-89,00", "LUFTHANSA 2201234567001", "FRANKFURT", "DE"],
    ["21.02.26", "23.02.26", "-45,00", "CHF", "0,9412", "-47,81", "SBB CFF FFS ZUERICH HB", "ZUERICH", "CH"],
    ["21.02.26", "23.02.26", "", "", "", "-0,84", "AUSLANDSEINSATZENTGELT 1,75%", "", "DE"],
    ["20.02.26", "23.02.26", "-28,50", "CHF", "0,9412", "-30,28", "RESTAURANT ZEUGHAUSKELLER ZUERICH", "ZUERICH", "CH"],
    ["16.02.26", "17.02.26", "-12,99", "EUR", "", "-12,99", "AMZN Mktp DE*2K4ZZ00AA  800-279-6620", "", "LU"],
    ["14.02.26", "16.02.26", "12,99", "EUR", "", "12,99", "AMZN Mktp DE*2K4ZZ00AA  GUTSCHRIFT", "", "LU"],
    ["10.02.26", "11.02.26", "-7,99", "EUR", "", "-7,99", "PAYPAL *EASYPARK        0852226737", "", "LU"],
    ["05.02.26", "05.02.26", "312,44", "EUR", "", "312,44", "ZAHLUNG ERHALTEN - DANKE", "", "DE"],
    ["03.02.26", "04.02.26", "-64,90", "EUR", "", "-64,90", "DB VERTRIEB GMBH FRANKFURT", "", "DE"],
  ];
  const amounts = rows.map((r) => de(r[5]!));
  add({
    bank: "Sparkasse",
    fileName: "umsatz-4546________1234-20260228.CSV",
    currency: "EUR",
    content: latin1(
      [
        quoted(["Umsatz getätigt von", "Belegdatum", "Buchungsdatum", "Originalbetrag", "Originalwährung", "Umrechnungskurs", "Buchungsbetrag", "Buchungswährung", "Transaktionsbeschreibung", "Transaktionsbeschreibung Zusatz", "Buchungsreferenz", "Gebührenschlüssel", "Länderkennzeichen", "BAR-Entgelt+Buchungsreferenz", "AEE+Buchungsreferenz", "Abrechnungskennzeichen"]),
        ...rows.map(([beleg, buch, orig, origCcy, rate, amt, text, zusatz, land], i) =>
          quoted(["Max Mustermann", beleg!, buch!, orig!, origCcy!, rate!, amt!, "EUR", text!, zusatz!, `26020${String(i).padStart(8, "0")}`, "", land!, "", "", ""]),
        ),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -4781, date: ["2026-02-21", "2026-02-23"], text: /sbb/i },
  });
}

// Volksbank/Raiffeisenbank old "Umsatzanzeige" (§1.1, before about 2020):
// ISO-8859-15 (latin1 for these characters), `;`, all quoted, 12 preamble lines
// and 3 trailer lines (blank, Anfangssaldo, Endsaldo), 13 columns ending
// "Währung";"Umsatz";" ", unsigned Umsatz with an S/H flag, and a
// Vorgang/Verwendungszweck that spans several CRLF lines in 27-character chunks.
{
  const chunks = (s: string): string => (s.match(/.{1,27}/g) ?? []).join("\r\n");
  const rows: [string, string, string, string, string, string, string, string][] = [
    // Buchungstag, Auftraggeber/Zahlungsempfänger, Empfänger/Zahlungspflichtiger, IBAN, BIC, Vorgang, Verwendungszweck, Umsatz, S/H
    ["28.02.2019", "Max Mustermann", "Stadtwerke Musterstadt GmbH", "DE02600501010000000051", "SOLADEST600", "Basislastschrift", "EREF: SWM-2019-02-0815 MREF: SWM-M-0815 CRED: DE98ZZZ09999999999 SVWZ: Abschlag Strom Februar 2019", "86,00 S"],
    ["27.02.2019", "Max Mustermann", "EDEKA Markt Weber", "DE02600901000000000052", "GENODES1VBH", "Kartenzahlung girocard", "EDEKA WEBER/HAUPTSTR. 12/MUSTERSTADT/DE 26.02.2019 um 17:41:09 Uhr 65420498/001234/ECTL/", "53,27 S"],
    ["25.02.2019", "Bosch Rexroth AG", "Max Mustermann", "DE02600700700000000053", "DEUTDESSXXX", "Lohn/Gehalt/Rente", "Gehalt Februar 2019 Personalnummer 004711", "2.961,80 H"],
    ["22.02.2019", "Max Mustermann", "Deutsche Post AG", "DE02600700700000000054", "DEUTDESSXXX", "Kartenzahlung girocard", "HEILBRONN 110/JOERG-RATGEB-PLATZ 3/HEILBRONN/DE 21.02.2019 um 11:02:44 Uhr 65420499/000555/ECTL/", "4,80 S"],
    ["20.02.2019", "Max Mustermann", "Anna Schäfer", "DE02620500000000000055", "HEISDE66XXX", "Überweisungsauftrag", "Geburtstagsgeschenk Oma Anteil", "40,00 S"],
    ["18.02.2019", "Max Mustermann", "Baugenossenschaft Musterstadt eG", "DE02600901000000000056", "GENODES1VBH", "DAUERAUFTRAG", "Miete Februar 2019 Whg. 3 EG rechts inkl. Nebenkosten", "1.250,00 S"],
    ["15.02.2019", "Max Mustermann", "Shell Station Musterstadt", "DE02600700700000000057", "DEUTDESSXXX", "Kartenzahlung girocard", "SHELL 1234/STUTTGARTER STR. 40/MUSTERSTADT/DE 14.02.2019 um 07:55:18 Uhr 65420500/000321/ECTL/", "61,44 S"],
    ["13.02.2019", "Finanzamt Heilbronn", "Max Mustermann", "DE02600000000000000058", "MARKDEF1600", "Gutschrift", "Erstattung Einkommensteuer 2017 StNr 65/123/45678", "412,33 H"],
    ["11.02.2019", "Max Mustermann", "Telekom Deutschland GmbH", "DE02700100800000000059", "PBNKDEFFXXX", "Basislastschrift", "EREF: TDG-0219-123456789 MREF: TDG-M-123456789 CRED: DE88ZZZ00000009876 SVWZ: Festnetz Rechnung Februar 2019", "39,95 S"],
    ["08.02.2019", "Max Mustermann", "dm-drogerie markt", "DE02660000000000000060", "MARKDEF1660", "Kartenzahlung girocard", "DM FIL.1234/BAHNHOFSTR. 2/MUSTERSTADT/DE 07.02.2019 um 18:20:31 Uhr 65420501/000777/ECTL/", "23,15 S"],
    ["06.02.2019", "Zalando SE", "Max Mustermann", "DE02100700000000000061", "DEUTDEBBXXX", "Gutschrift", "Erstattung Retoure Bestellnummer 10101010501", "64,95 H"],
    ["01.02.2019", "Max Mustermann", "Volksbank Musterstadt eG", "", "", "Abschluss", "Kontoführung Januar 2019", "6,50 S"],
  ];
  const signed = (u: string): number => {
    const [amt, flag] = u.split(" ");
    return flag === "S" ? -de(amt!) : de(amt!);
  };
  const amounts = rows.map((r) => signed(r[7]));
  const opening = de("1.234,56");
  const closing = opening + sum(amounts);
  const shFlag = (c: number) => (c < 0 ? "S" : "H");
  add({
    bank: "Volksbank",
    fileName: "Umsaetze_1234567_20190301.csv",
    currency: "EUR",
    content: latin1(
      [
        quoted(["Volksbank Musterstadt eG"]),
        quoted([""]),
        quoted(["Umsatzanzeige"]),
        quoted([""]),
        quoted(["BLZ:", "60090100", "", "Datum:", "01.03.2019"]),
        quoted(["Konto:", "1234567", "", "Uhrzeit:", "09:14:22"]),
        quoted(["Abfrage von:", "Max Mustermann", "", "Kontoinhaber:", "Max Mustermann"]),
        quoted([""]),
        quoted(["Zeitraum:", "01.02.2019", "bis:", "28.02.2019"]),
        quoted(["Betrag in Euro:", "", "bis:", ""]),
        quoted(["Sortiert nach:", "Buchungstag", "absteigend"]),
        quoted([""]),
        quoted(["Buchungstag", "Valuta", "Auftraggeber/Zahlungsempfänger", "Empfänger/Zahlungspflichtiger", "Konto-Nr.", "IBAN", "BLZ", "BIC", "Vorgang/Verwendungszweck", "Kundenreferenz", "Währung", "Umsatz", " "]),
        ...rows.map(([d, from, to, iban, bic, vorgang, purpose, umsatz]) => {
          const [amt, flag] = umsatz.split(" ");
          return quoted([d, d, from, to, "", iban, "", bic, `${vorgang}\r\n${chunks(purpose)}`, "", "EUR", amt!, flag!]);
        }),
        "",
        quoted(["01.02.2019", "", "", "", "", "", "", "", "Anfangssaldo", "", "EUR", fmtDe(Math.abs(opening)), shFlag(opening)]),
        quoted(["28.02.2019", "", "", "", "", "", "", "", "Endsaldo", "", "EUR", fmtDe(Math.abs(closing)), shFlag(closing)]),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -125000, date: "2019-02-18", text: /baugenossenschaft|miete/i },
  });
}

// Commerzbank 2018 variant (§1.1): 9 columns ending in the Auftraggeberkonto
// fields, UTF-8 without BOM, no thousands dot and trailing zeros dropped.
{
  const rows: string[][] = [
    ["28.03.2018", "28.03.2018", "Gutschrift", "Airbus Operations GmbH Gehalt 03/2018 End-to-End-Ref.: NOTPROVIDED", "3012,5"],
    ["27.03.2018", "27.03.2018", "Lastschrift", "Kartenzahlung REWE SAGT DANKE. 40000312//Hamburg 2018-03-26T18:03:11 KFN 1 VJ 1812", "-43,19"],
    ["26.03.2018", "26.03.2018", "Lastschrift", "Kartenzahlung BUDNI SAGT DANKE 0815//Hamburg 2018-03-24T10:44:02 KFN 1 VJ 1812", "-12,6"],
    ["23.03.2018", "23.03.2018", "Lastschrift", "HAMBURGER HOCHBAHN AG Abo 03/2018 End-to-End-Ref.: HHA-0318 Mandatsref: HHA-4711 Gläubiger-ID: DE44ZZZ00000012345 SEPA-BASISLASTSCHRIFT wiederholend", "-87,5"],
    ["20.03.2018", "20.03.2018", "Überweisung", "Jan Petersen Anteil Segeltörn", "-120"],
    ["19.03.2018", "19.03.2018", "Gutschrift", "Otto GmbH & Co KG Gutschrift Retoure 55443322", "29,99"],
    ["15.03.2018", "15.03.2018", "Lastschrift", "1x1 Mail & Media GmbH GMX / WEB.DE / KD-Nr. 123456789 End-to-End-Ref.: 1X1-0318 SEPA-BASISLASTSCHRIFT wiederholend", "-4,99"],
    ["12.03.2018", "12.03.2018", "Lastschrift", "Kartenzahlung Esso Station 4711//Hamburg 2018-03-10T09:12:40 KFN 1 VJ 1812", "-58,03"],
    ["05.03.2018", "05.03.2018", "Dauerauftrag", "SAGA Unternehmensgruppe Miete 03/2018 End-to-End-Ref.: NOTPROVIDED", "-765"],
    ["02.03.2018", "02.03.2018", "Lastschrift", "Kartenzahlung REWE SAGT DANKE. 40000000//Hamburg 2018-03-01T11:33:59 KFN 1 VJ 1812", "-17,22"],
    ["01.03.2018", "01.03.2018", "Zinsen/Entgelte", "Kontoführung 9,90- EUR", "-9,9"],
  ];
  const amounts = rows.map((r) => de(r[4]!));
  add({
    bank: "Commerzbank",
    fileName: "Umsaetze_KtoNr123456789_EUR_29-03-2018_0812.CSV",
    currency: "EUR",
    content: utf8([
      "Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;Auftraggeberkonto;Bankleitzahl Auftraggeberkonto;IBAN Auftraggeberkonto",
      ...rows.map(([d, w, art, text, amt]) => [d, w, art, `"${text}"`, amt, "EUR", "123456789", "20040000", "DE02200400000123456789"].join(";")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -1260, date: "2018-03-26", text: /budni/i },
  });
}

// N26 legacy German export (§1.1): Datum,Empfänger,…,Wechselkurs, ISO dates,
// signed dot-decimal amounts, the foreign amount in its own column.
{
  const rows: string[][] = [
    ["2019-05-02", "Mustermann Immobilien GmbH", "DE02100100100000000071", "Überweisung", "Miete Mai", "Miete & Wohnen", "-740.00", "", "", ""],
    ["2019-05-03", "NINTENDO OF EUROPE", "", "MasterCard Zahlung", "", "Medien & Elektronik", "-59.99", "-59.99", "EUR", "1.0"],
    ["2019-05-04", "Kaiser's Tengelmann", "", "MasterCard Zahlung", "", "Lebensmittel & Supermärkte", "-23.12", "-23.12", "EUR", "1.0"],
    ["2019-05-06", "Berliner Verkehrsbetriebe", "", "MasterCard Zahlung", "", "Transport & Auto", "-2.80", "-2.80", "EUR", "1.0"],
    ["2019-05-08", "Hanna Schulz", "DE02500105170000000072", "Gutschrift", "Pizza gestern", "Einnahmen", "12.50", "", "", ""],
    ["2019-05-10", "STARBUCKS LONDON", "", "MasterCard Zahlung", "", "Bars & Restaurants", "-4.18", "-3.60", "GBP", "0.8612"],
    ["2019-05-11", "PRET A MANGER LONDON", "", "MasterCard Zahlung", "", "Bars & Restaurants", "-7.54", "-6.50", "GBP", "0.8621"],
    ["2019-05-14", "Vattenfall Europe Sales GmbH", "DE02100700000000000073", "Lastschrift", "Abschlag Strom 05/2019", "Miete & Wohnen", "-45.00", "", "", ""],
    ["2019-05-15", "Zalando SE", "DE02100700000000000074", "Gutschrift", "Erstattung 10105432", "Shopping", "34.95", "", "", ""],
    ["2019-05-20", "ALDI SUED", "", "MasterCard Zahlung", "", "Lebensmittel & Supermärkte", "-18.47", "-18.47", "EUR", "1.0"],
    ["2019-05-27", "Kleine Agentur GmbH", "DE02100900000000000075", "Gutschrift", "Gehalt Mai 2019", "Einnahmen", "2450.00", "", "", ""],
    ["2019-05-29", "SPOTIFY", "", "MasterCard Zahlung", "", "Medien & Elektronik", "-9.99", "-9.99", "EUR", "1.0"],
  ];
  const amounts = rows.map((r) => en(r[6]!));
  add({
    bank: "N26",
    fileName: "n26-csv-transactions-2019-05.csv",
    currency: "EUR",
    content: utf8([
      "Datum,Empfänger,Kontonummer,Transaktionstyp,Verwendungszweck,Kategorie,Betrag (EUR),Betrag (Fremdwährung),Fremdwährung,Wechselkurs",
      ...rows.map(csv),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -754, date: "2019-05-11", text: /pret/i },
  });
}

// ============================================================ rest of Europe

// Revolut, German header (§1.2): Art,Produkt,…,Kontostand with the state
// ABGESCHLOSSEN; one file mixes the Current and Savings products, each with
// its own running balance.
{
  const rows: string[][] = [
    // Art, Produkt, Beginn, Abschluss, Beschreibung, Betrag
    ["Topup", "Current", "2025-03-01 08:00:00", "2025-03-01 08:00:04", "Top-up by *4821", "300.00"],
    ["Card Payment", "Current", "2025-03-02 12:14:51", "2025-03-03 04:10:22", "Lidl", "-23.47"],
    ["Card Payment", "Current", "2025-03-03 22:41:09", "2025-03-04 05:02:11", "Bolt", "-8.90"],
    ["Transfer", "Current", "2025-03-05 09:00:00", "2025-03-05 09:00:01", "To EUR Savings", "-100.00"],
    ["Deposit", "Savings", "2025-03-05 09:00:00", "2025-03-05 09:00:01", "Deposit from Current", "100.00"],
    ["Card Payment", "Current", "2025-03-07 19:22:40", "2025-03-08 06:14:03", "Amazon", "-35.99"],
    ["Card Refund", "Current", "2025-03-12 10:05:12", "2025-03-12 10:05:12", "Amazon", "35.99"],
    ["Card Payment", "Current", "2025-03-13 08:31:57", "2025-03-14 03:40:18", "Café Einstein", "-7.40"],
    ["Transfer", "Current", "2025-03-15 17:45:30", "2025-03-15 17:45:31", "Transfer from Lena Vogel", "45.00"],
    ["Card Payment", "Current", "2025-03-18 16:12:08", "2025-03-19 04:55:46", "Rossmann", "-12.85"],
    ["Card Payment", "Current", "2025-03-21 21:03:44", "2025-03-22 05:18:09", "Booking.com", "-214.00"],
    ["Card Payment", "Current", "2025-03-25 02:00:13", "2025-03-25 06:30:50", "Netflix", "-13.99"],
    ["Card Payment", "Current", "2025-03-28 23:48:01", "2025-03-29 07:12:37", "Uber", "-16.30"],
  ];
  const amounts = rows.map((r) => en(r[5]!));
  const running: Record<string, number> = { Current: en("412.33"), Savings: en("1500.00") };
  add({
    bank: "Revolut",
    fileName: "account-statement_2025-03-01_2025-03-31_de_9f8e7d.csv",
    currency: "EUR",
    content: utf8([
      "Art,Produkt,Datum des Beginns,Datum des Abschlusses,Beschreibung,Betrag,Gebühr,Währung,Status,Kontostand",
      ...rows.map((r) => {
        const product = r[1]!;
        running[product] = running[product]! + en(r[5]!);
        return csv([...r, "0.00", "EUR", "ABGESCHLOSSEN", fmtEn(running[product]!, false)]);
      }),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -21400, date: ["2025-03-21", "2025-03-22"], text: /booking/i },
  });
}

// Wise legacy statement CSV (§1.2): DD-MM-YYYY, signed dot amounts, IDs
// CARD-…/TRANSFER-…, a running balance; newest first.
{
  const rows: string[][] = [
    // ID, Date, Amount, Description, Payment Reference, Payer, Payee, Merchant, Card last four
    ["CARD-702211", "28-04-2026", "-18.40", "Card transaction of 18.40 EUR issued by Albert Heijn 1402 AMSTERDAM", "", "", "", "Albert Heijn 1402", "4321"],
    ["CARD-702019", "26-04-2026", "-4.20", "Card transaction of 4.20 EUR issued by Coffee Company AMSTERDAM", "", "", "", "Coffee Company", "4321"],
    ["TRANSFER-118822", "25-04-2026", "1850.00", "Received money from Muster BV with reference Salaris april", "Salaris april", "Muster BV", "", "", ""],
    ["CARD-701877", "24-04-2026", "-63.90", "Card transaction of 63.90 EUR issued by NS Groep Utrecht", "", "", "", "NS Groep", "4321"],
    ["TRANSFER-118501", "22-04-2026", "-950.00", "Sent money to Woonstichting De Key", "Huur mei", "", "Woonstichting De Key", "", ""],
    ["CARD-701555", "20-04-2026", "-22.10", "Card transaction of 22.10 EUR issued by Musterladen - Teneriffa", "", "", "", "Musterladen - Teneriffa", "4321"],
    ["CARD-701402", "18-04-2026", "-129.00", "Card transaction of 129.00 EUR issued by Coolblue Rotterdam", "", "", "", "Coolblue", "4321"],
    ["CARD-701403", "19-04-2026", "129.00", "Card refund of 129.00 EUR from Coolblue Rotterdam", "", "", "", "Coolblue", "4321"],
    ["TRANSFER-118100", "15-04-2026", "75.00", "Received money from Sanne de Vries with reference Concertkaartjes", "Concertkaartjes", "Sanne de Vries", "", "", ""],
    ["CARD-701211", "12-04-2026", "-31.75", "Card transaction of 31.75 EUR issued by Jumbo Utrecht", "", "", "", "Jumbo", "4321"],
    ["CARD-701100", "09-04-2026", "-9.99", "Card transaction of 9.99 EUR issued by Spotify Stockholm", "", "", "", "Spotify", "4321"],
  ].sort((a, b) => b[1]!.split("-").reverse().join("").localeCompare(a[1]!.split("-").reverse().join("")));
  const amounts = rows.map((r) => en(r[2]!));
  const closing = en("1204.66");
  const bal = balancesNewestFirst(closing, amounts);
  add({
    bank: "Wise",
    fileName: "statement_12345678_EUR_2026-04-01_2026-04-30.csv",
    currency: "EUR",
    content: utf8([
      "TransferWise ID,Date,Amount,Currency,Description,Payment Reference,Running Balance,Exchange From,Exchange To,Exchange Rate,Payer Name,Payee Name,Payee Account Number,Merchant,Card Last Four Digits,Card Holder Full Name,Attachment,Note,Total fees",
      ...rows.map(([id, d, amt, desc, ref, payer, payee, merchant, card], i) =>
        csv([id!, d!, amt!, "EUR", desc!, ref!, fmtEn(bal[i]!, false), "", "", "", payer!, payee!, "", merchant!, card!, card ? "Max Mustermann" : "", "", "", "0.00"]),
      ),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -6390, date: "2026-04-24", text: /ns groep/i },
  });
}

// bunq 2019 English export (§1.2): comma-separated, fully quoted, ISO dates,
// comma-decimal amounts inside the quotes; FX and refund texts as documented.
{
  const own = "NL02BUNQ2025000001";
  const rows: string[][] = [
    ["2019-06-28", "2.310,00", own, "NL91ABNA0417164300", "Muster Software BV", "Salaris juni 2019"],
    ["2019-06-27", "-2,56", own, "", "Albert Heijn 1402", "Albert Heijn 1402 AMSTERDAM, NL"],
    ["2019-06-25", "-8,78", own, "", "CLOUDFLARE", "CLOUDFLARE 650-3198939, US 9.95 USD, 1 USD = 0.88241 EUR"],
    ["2019-06-24", "8,78", own, "", "CLOUDFLARE", "Refund: CLOUDFLARE (650-3198939, US) 1 USD = 0.88241 EUR"],
    ["2019-06-21", "-45,50", own, "NL02INGB0001234567", "Sanne de Vries", "Etentje vrijdag"],
    ["2019-06-20", "-12,40", own, "", "NS GROEP IZ NS REIZIGERS", "NS GROEP IZ NS REIZIGERS UTRECHT, NL"],
    ["2019-06-18", "-950,00", own, "NL02RABO0123456789", "Woonstichting De Key", "Huur juli 2019"],
    ["2019-06-15", "-33,20", own, "", "Jumbo Utrecht", "Jumbo Utrecht UTRECHT, NL"],
    ["2019-06-12", "-4,50", own, "", "Zettle_*Koffiebar De Boon", "Zettle_*Koffiebar De Boon AMSTERDAM, NL"],
    ["2019-06-10", "25,00", own, "NL02TRIO0123456789", "Pieter Bakker", "Terug voor kaartjes"],
    ["2019-06-05", "-61,95", own, "NL02ABNA0123456789", "Vattenfall Klantenservice N.V.", "Termijnbedrag juni 2019"],
    ["2019-06-03", "-7,99", own, "", "bunq", "Premium subscription June"],
  ];
  const amounts = rows.map((r) => de(r[1]!));
  add({
    bank: "bunq",
    fileName: "NL02BUNQ2025000001-2019-06-01-2019-06-30.csv",
    currency: "EUR",
    content: utf8([quoted(["Date", "Amount", "Account", "Counterparty", "Name", "Description"], ","), ...rows.map((r) => quoted(r, ","))]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -1240, date: "2019-06-20", text: /ns groep/i },
  });
}

// bunq later export (§1.2): semicolon, fully quoted, Date;Interest Date;…, "-107,10".
{
  const own = "NL02BUNQ2025000002";
  const rows: string[][] = [
    ["2025-11-28", "2025-11-28", "2.645,80", own, "NL91ABNA0417164300", "Muster Software BV", "Salaris november 2025"],
    ["2025-11-27", "2025-11-27", "-107,10", own, "NL02INGB0007654321", "Eneco Consumenten B.V.", "Termijnbedrag november 2025 klantnr 12345678"],
    ["2025-11-25", "2025-11-25", "-24,35", own, "", "Albert Heijn 1402", "Albert Heijn 1402 AMSTERDAM, NL"],
    ["2025-11-22", "2025-11-22", "-39,00", own, "", "BOL.COM", "BOL.COM UTRECHT, NL"],
    ["2025-11-21", "2025-11-21", "39,00", own, "", "BOL.COM", "Refund: BOL.COM (UTRECHT, NL)"],
    ["2025-11-19", "2025-11-19", "-11,70", own, "", "UBER *TRIP HELP.UBER.COM", "UBER *TRIP HELP.UBER.COM AMSTERDAM, NL"],
    ["2025-11-15", "2025-11-15", "-1.025,00", own, "NL02RABO0123456789", "Woonstichting De Key", "Huur december 2025"],
    ["2025-11-12", "2025-11-12", "-18,62", own, "", "Steam", "STEAMGAMES.COM 4259522985, US 21.49 USD, 1 USD = 0.86645 EUR"],
    ["2025-11-09", "2025-11-09", "60,00", own, "NL02BUNQ2025000099", "Lotte Jansen", "Weekend Texel"],
    ["2025-11-05", "2025-11-05", "-5,20", own, "", "CCV*Bakkerij Van Vessem", "CCV*Bakkerij Van Vessem AMSTERDAM, NL"],
    ["2025-11-02", "2025-11-02", "-14,99", own, "", "Ziggo B.V.", "Ziggo abonnement november"],
  ];
  const amounts = rows.map((r) => de(r[2]!));
  add({
    bank: "bunq",
    fileName: "NL02BUNQ2025000002-2025-11-01-2025-11-30.csv",
    currency: "EUR",
    content: utf8([quoted(["Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description"]), ...rows.map((r) => quoted(r))]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -10710, date: "2025-11-27", text: /eneco/i },
  });
}

// ING Netherlands, the older comma-separated 9-column export (§1.2): YYYYMMDD,
// unsigned Bedrag with Af/Bij, "MutatieSoort" capitalised.
{
  const own = "NL02INGB0001234567";
  const rows: string[][] = [
    ["20240329", "Werkgever Techniek BV", own, "NL91ABNA0417164300", "OV", "Bij", "3.105,44", "Overschrijving", "Naam: Werkgever Techniek BV Omschrijving: Salaris maart 2024 IBAN: NL91ABNA0417164300"],
    ["20240328", "Albert Heijn 1234", own, "", "BA", "Af", "41,17", "Betaalautomaat", "Pasvolgnr: 001 28-03-2024 18:02 Transactie: 1A2B3C Term: AB123C Valutadatum: 28-03-2024"],
    ["20240327", "Vattenfall Klantenservice N.V.", own, "NL02ABNA0123456789", "IC", "Af", "118,00", "Incasso", "Naam: Vattenfall Klantenservice N.V. Omschrijving: Termijnbedrag maart 2024 Machtiging ID: VF-123 Incassant ID: NL12ZZZ123456780000"],
    ["20240325", "ING BANK NV GELDAUTOMAAT", own, "", "GM", "Af", "50,00", "Geldautomaat", "Pasvolgnr: 001 25-03-2024 12:10 Transactie: 2B3C4D Term: GA0012 Valutadatum: 25-03-2024"],
    ["20240322", "Bol.com via Stichting Mollie Payments", own, "NL02ABNA0987654321", "ID", "Af", "24,99", "iDEAL", "Naam: Bol.com via Stichting Mollie Payments Omschrijving: 1234567890123 Bestelling 9191919191"],
    ["20240320", "Bol.com", own, "NL02ABNA0987654321", "OV", "Bij", "24,99", "Overschrijving", "Naam: Bol.com Omschrijving: Terugbetaling bestelling 9191919191"],
    ["20240318", "Woonstichting De Key", own, "NL02RABO0123456789", "GT", "Af", "1.085,00", "Online bankieren", "Naam: Woonstichting De Key Omschrijving: Huur april 2024 IBAN: NL02RABO0123456789"],
    ["20240315", "HEMA Utrecht", own, "", "BA", "Af", "12,95", "Betaalautomaat", "Pasvolgnr: 001 15-03-2024 11:41 Transactie: 3C4D5E Term: HE002X Valutadatum: 15-03-2024"],
    ["20240312", "J.M. de Boer", own, "NL02SNSB0123456789", "OV", "Bij", "17,50", "Overschrijving", "Naam: J.M. de Boer Omschrijving: Tikkie bioscoop"],
    ["20240308", "Kosten OranjePakket", own, "", "DV", "Af", "3,65", "Diversen", "Kosten OranjePakket met korting periode 01-02-2024 t/m 29-02-2024"],
    ["20240305", "Shell Utrecht Europalaan", own, "", "BA", "Af", "82,30", "Betaalautomaat", "Pasvolgnr: 001 05-03-2024 07:55 Transactie: 4D5E6F Term: SH771A Valutadatum: 05-03-2024"],
    ["20240301", "Zilveren Kruis Zorgverzekeringen", own, "NL02INGB0009876543", "IC", "Af", "142,75", "Incasso", "Naam: Zilveren Kruis Zorgverzekeringen Omschrijving: Premie maart 2024 Machtiging ID: ZK-998877"],
  ];
  const amounts = rows.map((r) => (r[5] === "Af" ? -de(r[6]!) : de(r[6]!)));
  add({
    bank: "ING",
    fileName: "NL02INGB0001234567_01-03-2024_31-03-2024.csv",
    currency: "EUR",
    content: utf8([
      quoted(["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij", "Bedrag (EUR)", "MutatieSoort", "Mededelingen"], ","),
      ...rows.map((r) => quoted(r, ",")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -1295, date: "2024-03-15", text: /hema/i },
  });
}

// ABN AMRO TXT/TAB (§1.2): no header, 8 TAB-separated fields, YYYYMMDD,
// comma decimals, start and end balance on every row; oldest first.
{
  const rows: [string, string][] = [
    ["20240301", "-1050,00\t/TRTP/SEPA OVERBOEKING/IBAN/NL02RABO0123456789/BIC/RABONL2U/NAME/Stichting Woonbron/REMI/Huur maart 2024/EREF/NOTPROVIDED"],
    ["20240302", "-20,00\tBEA   NR:XXX000   02.03.24/12.00 Jumbo Utrecht,PAS123"],
    ["20240304", "-4,75\tBEA, Betaalpas  Zettle_*Koffiebar De Boon,PAS123 NR:123ABC 04.03.24/08.13 UTRECHT"],
    ["20240305", "-58,40\t/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL12ZZZ123456780000/NAME/Eneco Consumenten BV/MARF/ENE-998877/REMI/Termijnbedrag maart/IBAN/NL02INGB0007654321/BIC/INGBNL2A/EREF/ENE-2403-998877"],
    ["20240308", "-37,95\t/TRTP/iDEAL/IBAN/NL02ABNA0987654321/BIC/ABNANL2A/NAME/Coolblue BV/REMI/Bestelling 88123456 Coolblue/EREF/12-03-2024 09:12 0030001234567890"],
    ["20240311", "37,95\t/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0987654321/BIC/ABNANL2A/NAME/Coolblue BV/REMI/Terugbetaling bestelling 88123456/EREF/CB-REF-88123456"],
    ["20240314", "-12,60\tBEA   NR:XXX000   14.03.24/18.40 Albert Heijn 1402 Utrecht,PAS123"],
    ["20240318", "150,00\t/TRTP/SEPA OVERBOEKING/IBAN/NL02INGB0001112223/BIC/INGBNL2A/NAME/M. Visser/REMI/Vakantiehuis aandeel/EREF/NOTPROVIDED"],
    ["20240321", "-89,00\t/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL98ZZZ301234560000/NAME/Menzis Zorgverzekeraar NV/MARF/MZ-1122/REMI/Premie maart 2024/IBAN/NL02ABNA0555666777/BIC/ABNANL2A/EREF/MZ-2403-1122"],
    ["20240325", "2875,20\t/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/Techniek Holland BV/REMI/Salaris maart 2024/EREF/SAL-2403-0042"],
    ["20240327", "-7,50\tBEA   NR:XXX000   27.03.24/13.05 NS Utrecht Centraal,PAS123"],
    ["20240329", "-3,20\tABN AMRO Bank N.V.               Basic Package                2,95Debit card                   0,25"],
  ];
  const amounts = rows.map(([, rest]) => de(rest.split("\t")[0]!));
  const opening = de("1834,11");
  const ends = balancesOldestFirst(opening, amounts);
  add({
    bank: "ABN AMRO",
    fileName: "TXT240331182015.TAB",
    currency: "EUR",
    content: utf8(
      rows.map(([d, rest], i) => ["501234567", "EUR", d, fmtDe((ends[i - 1] ?? opening), false), fmtDe(ends[i]!, false), d, rest].join("\t")),
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: ends.at(-1)!,
    probe: { cents: -2000, date: "2024-03-02", text: /jumbo/i },
  });
}

// Rabobank (§1.2): 26 quoted columns, comma-separated, ISO dates, amounts with
// an explicit "+", lines ending \r\r\n, a balance after each row; oldest first.
{
  const own = "NL02RABO0300000001";
  const rows: string[][] = [
    // Datum, Bedrag, Tegenrekening, Naam tegenpartij, Code, Omschrijving-1
    ["2024-04-01", "-875,00", "NL02INGB0004455667", "Vesteda Woningen", "tb", "Huur april 2024 contract 7788"],
    ["2024-04-02", "-23,14", "", "Albert Heijn 1123 AMERSFOORT", "bc", "Betaalautomaat 02-04-2024 18:22 pasnr. 012"],
    ["2024-04-03", "-64,00", "NL02ABNA0445566778", "Essent Retail Energie BV", "ei", "Termijnbedrag april klantnummer 4455667"],
    ["2024-04-05", "-19,99", "NL02ABNA0987654321", "Bol.com via Adyen", "id", "Bestelling 1234567890 bol.com"],
    ["2024-04-08", "+19,99", "NL02ABNA0987654321", "Bol.com", "cb", "Terugbetaling bestelling 1234567890"],
    ["2024-04-10", "-9,60", "", "NS GROEP IZ NS REIZIGERS", "bc", "Betaalautomaat 10-04-2024 07:48 pasnr. 012"],
    ["2024-04-12", "+50,00", "NL02RABO0312345678", "E. van Dijk", "cb", "Verjaardag"],
    ["2024-04-15", "-337,49", "NL02INGB0001239876", "Belastingdienst", "ei", "Voorlopige aanslag 2024 termijn 4"],
    ["2024-04-18", "-42,80", "", "Jumbo Amersfoort Centrum", "bc", "Betaalautomaat 18-04-2024 17:03 pasnr. 012"],
    ["2024-04-22", "-12,50", "", "Zettle_*Markt Kaas Henk", "bc", "Betaalautomaat 20-04-2024 10:15 pasnr. 012"],
    ["2024-04-25", "+2745,32", "NL91ABNA0417164300", "Logistiek Midden BV", "cb", "Salaris april 2024"],
    ["2024-04-30", "-4,30", "", "Rabobank", "db", "Kosten Basispakket april"],
  ];
  const amounts = rows.map((r) => de(r[1]!));
  const opening = de("+1380,27");
  const bal = balancesOldestFirst(opening, amounts);
  const plus = (c: number) => (c < 0 ? fmtDe(c, false) : `+${fmtDe(c, false)}`);
  add({
    bank: "Rabobank",
    fileName: "CSV_A_20240430_201512.csv",
    currency: "EUR",
    content: utf8(
      [
        quoted(["IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn", "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij", "Naam initiërende partij", "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie", "Machtigingskenmerk", "Incassant ID", "Betalingskenmerk", "Omschrijving-1", "Omschrijving-2", "Omschrijving-3", "Reden retour", "Oorspr bedrag", "Oorspr munt", "Koers"], ","),
        ...rows.map(([d, amt, tegen, naam, code, oms], i) =>
          quoted([own, "EUR", "RABONL2U", String(4100 + i).padStart(18, "0"), d!, d!, amt!, plus(bal[i]!), tegen!, naam!, "", "", "", code!, "", "", "", "", "", oms!, "", "", "", "", "", ""], ","),
        ),
      ],
      "\r\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: bal.at(-1)!,
    probe: { cents: -33749, date: "2024-04-15", text: /belastingdienst/i },
  });
}

// Boursorama / BoursoBank, newer export (§1.2): 11 columns with supplierFound
// and comment, ISO dates, "-1 100,50" amounts (space thousands, comma decimal),
// accountbalance with a dot decimal, UTF-8 with BOM.
{
  const rows: string[][] = [
    // dateOp, dateVal, label, category, categoryParent, supplierFound, amount
    ["2026-02-27", "2026-02-27", "VIR SEPA ACME FRANCE SAS", "Salaires et revenus", "Revenus", "", "2 684,30"],
    ["2026-02-26", "2026-02-26", "CARTE 25/02/26 CARREFOUR CITY PARIS 11 CB*7686", "Alimentation", "Vie quotidienne", "carrefour", "-32,48"],
    ["2026-02-24", "2026-02-24", "PRLV SEPA FREE MOBILE", "Téléphonie", "Abonnements", "free mobile", "-19,99"],
    ["2026-02-23", "2026-02-23", "CARTE 21/02/26 SNCF INTERNET CB*7686", "Transports", "Auto & Transports", "sncf", "-74,00"],
    ["2026-02-20", "2026-02-20", "CARTE 19/02/26 SNCF INTERNET CB*7686", "Transports", "Auto & Transports", "sncf", "37,00"],
    ["2026-02-18", "2026-02-18", "CARTE 17/02/26 BOULANGERIE PAUL CB*7686", "Alimentation", "Vie quotidienne", "paul", "-6,40"],
    ["2026-02-16", "2026-02-16", "VIR INST M. DUPONT JULIEN", "Virements reçus", "Virements", "", "45,00"],
    ["2026-02-12", "2026-02-12", "CARTE 05/02/26 AMZN Mktp FR*308J CB*7686", "Achats en ligne", "Achats & Shopping", "amazon", "-27,99"],
    ["2026-02-10", "2026-02-10", "CARTE 09/02/26 UNIQLO OPERA CB*6863", "Vêtements", "Achats & Shopping", "uniqlo", "-59,90"],
    ["2026-02-05", "2026-02-05", "PRLV SEPA EDF clients particuliers", "Electricité", "Logement", "edf", "-71,00"],
    ["2026-02-03", "2026-02-03", "VIR SEPA FONCIA PARIS", "Loyer", "Logement", "foncia", "-1 100,50"],
    ["2026-02-01", "2026-02-01", "RETRAIT DAB 31/01/26 PARIS 11 CB*7686", "Retraits", "Retraits, chèques et virements", "", "-60,00"],
  ];
  const amounts = rows.map((r) => de(r[6]!));
  const balance = "3418.77";
  add({
    bank: "Boursorama",
    fileName: "export-operations-27-02-2026_19-41-05.csv",
    currency: "EUR",
    content: utf8(
      [
        "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance",
        ...rows.map((r) => [...r.slice(0, 7), "", "00040123456", "BoursoBank Compte", balance].join(";")),
      ],
      "\n",
      true,
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: en(balance),
    probe: { cents: -110050, date: "2026-02-03", text: /foncia/i },
  });
}

// Boursorama, older export (§1.2): no supplierFound and no comment, DD/MM/YYYY
// dates, ISO-8859-1, the thousands separator a no-break space (U+00A0).
{
  const nb = "\u00a0";
  const rows: string[][] = [
    ["30/09/2022", "30/09/2022", "VIR SEPA SOCIETE GENERALE DE TRANSPORT", "Salaires et revenus", "Revenus", `2${nb}310,15`],
    ["29/09/2022", "29/09/2022", "CARTE 28/09/22 MONOPRIX CB*1234", "Alimentation", "Vie quotidienne", "-27,63"],
    ["27/09/2022", "27/09/2022", "PRLV SEPA SFR", "Téléphonie", "Abonnements", "-24,99"],
    ["26/09/2022", "26/09/2022", "CARTE 24/09/22 FNAC PARIS CB*1234", "Loisirs", "Loisirs et sorties", "-49,99"],
    ["22/09/2022", "22/09/2022", "CARTE 21/09/22 FNAC PARIS CB*1234", "Loisirs", "Loisirs et sorties", "49,99"],
    ["20/09/2022", "20/09/2022", "CARTE 19/09/22 CB SUMUP *LE PETIT BISTRO CB*1234", "Restaurants", "Loisirs et sorties", "-38,50"],
    ["15/09/2022", "15/09/2022", "VIR SEPA NEXITY LAMY", "Loyer", "Logement", `-1${nb}045,00`],
    ["12/09/2022", "12/09/2022", "VIR SEPA MME MARTIN CLAIRE", "Virements reçus", "Virements", "120,00"],
    ["08/09/2022", "08/09/2022", "PRLV SEPA ENGIE", "Gaz", "Logement", "-58,00"],
    ["05/09/2022", "05/09/2022", "CARTE 03/09/22 TOTALENERGIES CB*1234", "Carburant", "Auto & Transports", "-71,22"],
  ];
  const amounts = rows.map((r) => de(r[5]!));
  const balance = "1982.46";
  add({
    bank: "Boursorama",
    fileName: "export-operations-30-09-2022_08-15-44.csv",
    currency: "EUR",
    content: latin1([
      "dateOp;dateVal;label;category;categoryParent;amount;accountNum;accountLabel;accountbalance",
      ...rows.map((r) => [...r, "00040987654", "Boursorama Compte", balance].join(";")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: en(balance),
    probe: { cents: -104500, date: "2022-09-15", text: /nexity/i },
  });
}

// ============================================================ United Kingdom

// Lloyds (§1.3): unsigned Debit/Credit columns, a Balance, a trailing comma on
// each data row, the sort code with a leading apostrophe, DD/MM/YYYY; newest first.
{
  const rows: string[][] = [
    // date, type, description, debit, credit
    ["28/02/2026", "DEB", "TESCO STORES 2041 CD 4821", "34.62", ""],
    ["27/02/2026", "FPI", "ACME LTD SALARY FEB 2026 REF 77120", "", "2315.40"],
    ["26/02/2026", "DD", "BRITISH GAS SERVICES LTD", "96.00", ""],
    ["25/02/2026", "DEB", "COSTA COFFEE 43012 CD 4821", "3.45", ""],
    ["24/02/2026", "SO", "MR J SMITH RENT MARCH", "950.00", ""],
    ["21/02/2026", "DEB", "TFL TRAVEL CH CD 4821", "12.80", ""],
    ["20/02/2026", "FPO", "SARAH JONES DINNER SPLIT", "27.50", ""],
    ["18/02/2026", "DEB", "AMAZON.CO.UK*AB12C3DE4 CD 4821", "45.99", ""],
    ["17/02/2026", "DEB", "AMAZON.CO.UK REFUND CD 4821", "", "45.99"],
    ["14/02/2026", "CPT", "LLOYDS BANK 14FEB26 12:01 LONDON", "60.00", ""],
    ["12/02/2026", "DD", "COUNCIL TAX LB CAMDEN", "148.00", ""],
    ["10/02/2026", "DEB", "SAINSBURYS S/MKTS CD 4821", "58.27", ""],
    ["06/02/2026", "BGC", "HMRC TAX REFUND", "", "212.60"],
    ["03/02/2026", "DD", "VODAFONE LTD", "22.00", ""],
  ];
  const amounts = rows.map(([, , , debit, credit]) => (debit ? -en(debit) : en(credit!)));
  const closing = en("1874.18");
  const bal = balancesNewestFirst(closing, amounts);
  add({
    bank: "Lloyds",
    fileName: "12345678_20260228_1432.csv",
    currency: "GBP",
    content: utf8([
      "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance",
      ...rows.map(([d, t, desc, debit, credit], i) => [d, t, "'30-00-00", "12345678", desc, debit, credit, fmtEn(bal[i]!, false), ""].join(",")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -1280, date: "2026-02-21", text: /tfl/i },
  });
}

// NatWest (§1.3): Date, Type, Description, Value, Balance, Account Name,
// Account Number; "DD Mon YYYY" dates, descriptions starting with an apostrophe
// and " , " sub-fields, signed Value, type codes POS, D/D, S/O, BAC, DPC, CHG.
{
  const rows: string[][] = [
    ["02 Mar 2026", "POS", "'4821 01MAR26 C , PRET A MANGER , LONDON GB", "-6.45"],
    ["03 Mar 2026", "D/D", "'THAMES WATER", "-38.50"],
    ["04 Mar 2026", "POS", "'4821 03MAR26 , WAITROSE 512 , LONDON GB", "-64.12"],
    ["05 Mar 2026", "S/O", "'J BROWN , RENT", "-1100.00"],
    ["06 Mar 2026", "DPC", "'CALL REF.NO. 1234 , FROM A/C 40123456 , TOM WILSON , CINEMA", "14.00"],
    ["09 Mar 2026", "POS", "'4821 07MAR26 C , TFL TRAVEL CH , TFL.GOV.UK/CP GB", "8.30"],
    ["10 Mar 2026", "POS", "'4821 08MAR26 , JOHN LEWIS 812 , LONDON GB", "-89.00"],
    ["12 Mar 2026", "POS", "'4821 11MAR26 , JOHN LEWIS 812 , LONDON GB", "89.00"],
    ["16 Mar 2026", "D/D", "'SKY DIGITAL", "-45.00"],
    ["20 Mar 2026", "POS", "'4821 19MAR26 C , NANDOS 1234 , LONDON GB", "-23.85"],
    ["25 Mar 2026", "BAC", "'WIDGET CO LTD , SALARY MAR", "2650.00"],
    ["27 Mar 2026", "POS", "'4821 26MAR26 , DELIVEROO.CO.UK , LONDON GB", "-27.40"],
    ["31 Mar 2026", "CHG", "'ACCOUNT FEE", "-2.00"],
  ];
  // The TfL row is a refund of an overcharge: a credit, positive.
  const amounts = rows.map((r) => en(r[3]!));
  const opening = en("812.66");
  const bal = balancesOldestFirst(opening, amounts);
  add({
    bank: "NatWest",
    fileName: "STATEMENT-XXXXXXXX1234-20260331.csv",
    currency: "GBP",
    content: utf8(
      [
        "",
        "Date, Type, Description, Value, Balance, Account Name, Account Number",
        ...rows.map(([d, t, desc, v], i) => [d!, t!, `"${desc}"`, v!, fmtEn(bal[i]!, false), "'MR A SURNAME", "'601234-12345678"].join(",")),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: bal.at(-1)!,
    probe: { cents: -6412, date: "2026-03-04", text: /waitrose/i },
  });
}

// HSBC UK (§1.3): no header, DD/MM/YYYY,Description,Amount, signed amounts,
// descriptions quoted and right-padded with the prefixes ))) VIS DD SO BP CR ATM;
// thousands quoted ("2,450.00"), no £ sign (the reference notes fixtures differ).
{
  const pad = (s: string) => s.padEnd(32, " ");
  const rows: string[][] = [
    ["31/01/2026", ")))  PRET A MANGER LONDON", "-5.20"],
    ["30/01/2026", "CR   ACME LTD SALARY", "2,450.00"],
    ["29/01/2026", "VIS  AMAZON.CO.UK*RT5YU", "-18.99"],
    ["27/01/2026", "DD   EE LIMITED", "-32.00"],
    ["26/01/2026", ")))  TESCO STORES 3021", "-27.84"],
    ["23/01/2026", "ATM  CASH HSBC JAN23", "-50.00"],
    ["20/01/2026", "SO   MRS K PATEL RENT", "-1,025.00"],
    ["19/01/2026", "VIS  ASOS.COM LTD", "-62.00"],
    ["16/01/2026", "CR   ASOS.COM LTD REFUND", "31.00"],
    ["14/01/2026", "BP   DAN MILLER GIG TIX", "-45.00"],
    ["09/01/2026", ")))  GREGGS 1234", "-3.85"],
    ["05/01/2026", "DD   OCTOPUS ENERGY", "-88.40"],
  ];
  const amounts = rows.map((r) => en(r[2]!));
  add({
    bank: "HSBC UK",
    fileName: "TransactionHistory.csv",
    currency: "GBP",
    content: utf8(rows.map(([d, desc, amt]) => [d!, `"${pad(desc!)}"`, amt!.includes(",") ? `"${amt}"` : amt!].join(","))),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -2784, date: "2026-01-26", text: /tesco/i },
  });
}

// John Lewis Partnership Card (NewDay) (§1.3): UTF-8 with BOM, "Date Processed,
// Description,Amount,", pending rows carry "Pending" in the date column, dates
// like 12-Dec-2019, spend positive with £ and quoted thousands; fixed-width
// descriptions.
{
  const rows: string[][] = [
    ["Pending", "WAITROSE 812             LONDON        GBR", "£43.18"],
    ["Pending", "NOWTV.COM/BILLINGHELP    SKY          GBR", "£9.99"],
    ["12-Dec-2019", "DELIVEROO.CO.UK        LONDON        LND", "£67.40"],
    ["11-Dec-2019", "JOHN LEWIS 812           LONDON        GBR", "£1,183.23"],
    ["10-Dec-2019", "TRAINLINE.COM            EDINBURGH     GBR", "£84.60"],
    ["09-Dec-2019", "PAYMENT RECEIVED - THANK YOU", "-£1,050.00"],
    ["06-Dec-2019", "BOOTS 1142               LONDON        GBR", "£12.49"],
    ["05-Dec-2019", "JOHN LEWIS 812           LONDON        GBR", "-£89.00"],
    ["03-Dec-2019", "WAITROSE 812             LONDON        GBR", "£38.77"],
    ["02-Dec-2019", "UBER *TRIP HELP.UBER.COM LONDON        GBR", "£14.20"],
    ["29-Nov-2019", "M&S SIMPLY FOOD 0432     LONDON        GBR", "£8.35"],
  ];
  // Spend is positive in the file: money out, negative in the sum.
  const amounts = rows.map((r) => -en(r[2]!));
  add({
    bank: "John Lewis (NewDay)",
    fileName: "MR_A_SURNAME_12-Dec-2019.csv",
    currency: "GBP",
    content: utf8(
      ["Date Processed,Description,Amount,", ...rows.map(([d, desc, amt]) => [d!, `"${desc}"`, amt!.includes(",") ? `"${amt}"` : amt!, ""].join(","))],
      "\n",
      true,
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    pending: 2,
    probe: { cents: -8460, date: "2019-12-10", text: /trainline/i },
  });
}

// Starling euro account (§1.3): the currency suffix follows the account,
// "Amount (EUR)", "Balance (EUR)"; DD/MM/YYYY, signed.
{
  const rows: string[][] = [
    ["01/05/2026", "Max Mustermann", "TOP UP", "FASTER PAYMENT", "500.00", "INCOME"],
    ["03/05/2026", "Carrefour", "CARREFOUR MARKET NICE", "CARD", "-41.26", "GROCERIES"],
    ["04/05/2026", "SNCF", "SNCF CONNECT", "CARD", "-58.00", "GENERAL"],
    ["06/05/2026", "Le Petit Cafe", "LE PETIT CAFE ANTIBES", "CARD", "-12.50", "ENTERTAINMENT"],
    ["08/05/2026", "Airbnb", "AIRBNB * HM4ZZ12", "CARD", "-312.00", "GENERAL"],
    ["10/05/2026", "Airbnb", "AIRBNB * HM4ZZ12 REFUND", "CARD", "62.00", "GENERAL"],
    ["12/05/2026", "Total Energies", "TOTALENERGIES RELAIS", "CARD", "-66.90", "GENERAL"],
    ["15/05/2026", "Monoprix", "MONOPRIX NICE", "CARD", "-23.15", "GROCERIES"],
    ["20/05/2026", "EUR Space", "SAVING", "CURRENCY TRANSFER", "-50.00", "SAVING"],
    ["31/05/2026", "Starling Bank", "INTEREST", "DEPOSIT INTEREST", "0.14", "INCOME"],
  ];
  const amounts = rows.map((r) => en(r[4]!));
  const bal = balancesOldestFirst(en("120.00"), amounts);
  add({
    bank: "Starling",
    fileName: "StarlingStatement_2026-05-01_2026-05-31.csv",
    currency: "EUR",
    content: utf8([
      "Date,Counter Party,Reference,Type,Amount (EUR),Balance (EUR),Spending Category,Notes",
      ...rows.map(([d, cp, ref, t, amt, cat], i) => csv([d!, cp!, ref!, t!, amt!, fmtEn(bal[i]!, false), cat!, ""])),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: bal.at(-1)!,
    probe: { cents: -31200, date: "2026-05-08", text: /airbnb/i },
  });
}

// Monzo 2018 export (§1.3): id,created,amount,…,receipt with created as
// "2018-02-25 12:34:56 +0000"; amounts signed (the single-column rule, §0.4).
{
  const rows: string[][] = [
    ["tx_00009TAbc1", "2018-02-01 08:12:03 +0000", "-2.60", "GBP", "-2.60", "GBP", "eating_out", "☕", "PRET A MANGER          LONDON        GBR", "1 Main St, London"],
    ["tx_00009TAbc2", "2018-02-02 18:40:11 +0000", "-31.48", "GBP", "-31.48", "GBP", "groceries", "🛒", "SAINSBURYS S/MKT        LONDON        GBR", ""],
    ["tx_00009TAbc3", "2018-02-05 09:00:00 +0000", "200.00", "GBP", "200.00", "GBP", "general", "", "Top up from HSBC", ""],
    ["tx_00009TAbc4", "2018-02-07 07:51:39 +0000", "-4.90", "GBP", "-4.90", "GBP", "transport", "🚇", "TFL.GOV.UK/CP           TFL TRAVEL CH GBR", ""],
    ["tx_00009TAbc5", "2018-02-10 20:15:27 +0000", "-18.45", "GBP", "-18.45", "GBP", "eating_out", "🍕", "DELIVEROO.CO.UK        LONDON        LND", ""],
    ["tx_00009TAbc6", "2018-02-14 13:02:44 +0000", "-42.00", "GBP", "-48.00", "EUR", "holidays", "✈️", "RESTAURANT LE ZINC     PARIS         FRA", "Paris"],
    ["tx_00009TAbc7", "2018-02-15 10:30:00 +0000", "25.00", "GBP", "25.00", "GBP", "general", "", "Sophie Turner", ""],
    ["tx_00009TAbc8", "2018-02-18 16:22:05 +0000", "-9.99", "GBP", "-9.99", "GBP", "entertainment", "", "NOWTV.COM/BILLINGHELP    SKY          GBR", ""],
    ["tx_00009TAbc9", "2018-02-20 12:00:00 +0000", "-64.99", "GBP", "-64.99", "GBP", "shopping", "👟", "INKTHREADABLE          BLACKBURN     GBR", ""],
    ["tx_00009TAbd0", "2018-02-23 12:00:00 +0000", "64.99", "GBP", "64.99", "GBP", "shopping", "", "INKTHREADABLE          BLACKBURN     GBR", ""],
    ["tx_00009TAbd1", "2018-02-25 12:34:56 +0000", "-11.20", "GBP", "-11.20", "GBP", "transport", "🚕", "UBER *TRIP HELP.UBER.COM", ""],
  ];
  const amounts = rows.map((r) => en(r[2]!));
  add({
    bank: "Monzo",
    fileName: "MonzoDataExport_February2018.csv",
    currency: "GBP",
    content: utf8([
      "id,created,amount,currency,local_amount,local_currency,category,emoji,description,address,notes,receipt",
      ...rows.map((r) => csv([...r, "", ""])),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -4200, date: "2018-02-14", text: /zinc/i },
  });
}

// ============================================================ United States

// Bank of America checking (§1.4): a summary block, a blank line, the table;
// the "Beginning balance" pseudo row is not a transaction; thousands quoted.
{
  const rows: string[][] = [
    ["06/02/2026", "CHECKCARD 0601 SAFEWAY #1234 SAN JOSE CA 24224433231105006465101", "-120.33"],
    ["06/03/2026", "ACME CORP DES:PAYROLL ID:XXXXX12345 INDN:JOHN DOE CO ID:XXXXX98765 PPD", "3,200.00"],
    ["06/04/2026", "CHECKCARD 0603 WHOLE FOODS MKT 10234 SAN JOSE CA 24492156", "-86.12"],
    ["06/05/2026", "VENMO DES:PAYMENT ID:XXXXX00000001 INDN:JOHN DOE CO ID:XXXXX00000 WEB", "-45.00"],
    ["06/08/2026", "PG&E DES:WEB ONLINE ID:XXXXX55555 INDN:JOHN DOE CO ID:XXXXX44444 WEB", "-142.77"],
    ["06/09/2026", "CHECKCARD 0818 BLACKBEAR DINER- M MADERA CA 24224433231105006465166", "-38.40"],
    ["06/10/2026", "Zelle payment to JANE SMITH Conf# abc123def", "-1,950.00"],
    ["06/12/2026", "BKOFAMERICA MOBILE 06/12 XXXXX12345 DEPOSIT *MOBILE CA", "250.00"],
    ["06/15/2026", "CHECKCARD 0614 TARGET T-1234 SAN JOSE CA 24492156789", "-64.18"],
    ["06/16/2026", "CHECKCARD 0615 TARGET T-1234 SAN JOSE CA RETURN", "21.99"],
    ["06/17/2026", "ACME CORP DES:PAYROLL ID:XXXXX12346 INDN:JOHN DOE CO ID:XXXXX98765 PPD", "2,950.00"],
    ["06/20/2026", "CHASE CREDIT CRD DES:AUTOPAY ID:XXXXX77777 INDN:JOHN DOE CO ID:XXXXX66666 PPD", "-1,250.00"],
    ["06/24/2026", "CHECKCARD 0623 SHELL OIL 57442211 SAN JOSE CA 24492156000", "-58.21"],
    ["06/29/2026", "Monthly Maintenance Fee", "-12.00"],
  ];
  const amounts = rows.map((r) => en(r[2]!));
  const opening = en("2,512.10");
  const bal = balancesOldestFirst(opening, amounts);
  const closing = bal.at(-1)!;
  const credits = sum(amounts.filter((a) => a > 0));
  const debits = sum(amounts.filter((a) => a < 0));
  const q = (c: number) => `"${fmtEn(c)}"`;
  const money = (s: string) => (s.includes(",") ? `"${s}"` : s);
  add({
    bank: "Bank of America",
    fileName: "stmt.csv",
    currency: "USD",
    content: utf8([
      "Description,,Summary Amt.",
      `Beginning balance as of 06/01/2026,,${q(opening)}`,
      `Total credits,,${q(credits)}`,
      `Total debits,,${q(debits)}`,
      `Ending balance as of 06/30/2026,,${q(closing)}`,
      "",
      "Date,Description,Amount,Running Bal.",
      `06/01/2026,Beginning balance as of 06/01/2026,,${q(opening)}`,
      ...rows.map(([d, desc, amt], i) => `${d},"${desc}",${money(amt!)},${q(bal[i]!)}`),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -8612, date: "2026-06-04", text: /whole foods/i },
  });
}

// Bank of America credit card (§1.4): Posted Date,Reference Number,Payee,
// Address,Amount; purchases negative.
{
  const rows: string[][] = [
    ["10/28/2025", "24492157037637005325047", "DOORDASH-MCALISTERS DE 650-681-9470 CA", "650-681-9470  CA ", "-75.99"],
    ["10/27/2025", "24431067300123456789012", "KROGER #539 800-853-3033 VA", "800-853-3033  VA ", "-112.40"],
    ["10/25/2025", "24692167298765432109876", "NETFLIX.COM 866-579-7172 CA", "866-579-7172  CA ", "-15.49"],
    ["10/24/2025", "24055237297000000000011", "PAYMENT - THANK YOU", "", "850.00"],
    ["10/22/2025", "24431067295111111111111", "TST*TACO ROCK - LORTON LORTON VA", "LORTON  VA ", "-23.65"],
    ["10/20/2025", "24137467293222222222222", "SP * IRONSUPPORTS.COM SHEBOYGAN WI", "SHEBOYGAN  WI ", "-49.00"],
    ["10/18/2025", "24137467291333333333333", "SP * IRONSUPPORTS.COM SHEBOYGAN WI", "SHEBOYGAN  WI ", "49.00"],
    ["10/15/2025", "24445007288444444444444", "UBER *TRIP HELP.UBER.COM CA", "HELP.UBER.COM  CA ", "-18.72"],
    ["10/12/2025", "24943007285555555555555", "APL*ICLOUD+ STORAGE 200GB 866-712-7753 CA", "866-712-7753  CA ", "-2.99"],
    ["10/09/2025", "24210007282666666666666", "COSTCO WHSE #0474 GOLETA CA", "GOLETA  CA ", "-214.36"],
    ["10/05/2025", "24692167278777777777777", "AMZN MKTP US*A12BC3 AMZN.COM/BILL WA", "AMZN.COM/BILL  WA ", "-36.18"],
    ["10/02/2025", "24431067275888888888888", "BP#8982183BP AMPM KENOSHA WI", "KENOSHA  WI ", "-44.10"],
  ];
  const amounts = rows.map((r) => en(r[4]!));
  add({
    bank: "Bank of America",
    fileName: "October2025_9999.csv",
    currency: "USD",
    content: utf8([
      "Posted Date,Reference Number,Payee,Address,Amount",
      ...rows.map(([d, ref, payee, addr, amt]) => `${d},${ref},"${payee}","${addr}",${amt}`),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -7599, date: "2025-10-28", text: /doordash/i },
  });
}

// Wells Fargo checking (§1.4): no header, 5 quoted columns (date, signed
// amount, "*", check number, description), dates without zero padding.
{
  const rows: string[][] = [
    ["7/31/2026", "-12.07", "", "PURCHASE AUTHORIZED ON 07/29 MCDONALD'S F14372 MIAMI BEACH FL S586214001234567 CARD 7158"],
    ["7/30/2026", "2450.00", "", "ACME INC PAYROLL 260730 JOHN DOE"],
    ["7/28/2026", "-1450.00", "2392", "CHECK # 2392"],
    ["7/27/2026", "-89.54", "", "PURCHASE AUTHORIZED ON 07/25 PUBLIX #1234 MIAMI FL S306207123456789 CARD 7158"],
    ["7/24/2026", "-15.99", "", "RECURRING PAYMENT AUTHORIZED ON 07/23 SPOTIFY USA 877-7781161 NY S466204987654321 CARD 7158"],
    ["7/22/2026", "-200.00", "", "RECURRING TRANSFER TO DOE J SAVINGS REF #OP0ABC1234 XXXXXX4321"],
    ["7/21/2026", "-64.33", "", "PURCHASE AUTHORIZED ON 07/19 FPL DIRECT DEBIT ELEC PYMT S586201112223334 CARD 7158"],
    ["7/17/2026", "-38.20", "", "PURCHASE AUTHORIZED ON 07/16 SHELL OIL 12345678 MIAMI FL S386197445566778 CARD 7158"],
    ["7/16/2026", "2450.00", "", "ACME INC PAYROLL 260716 JOHN DOE"],
    ["7/14/2026", "-27.50", "", "PURCHASE AUTHORIZED ON 07/12 TST*JOES STONE CRAB MIAMI BEACH FL S586193221133445 CARD 7158"],
    ["7/10/2026", "19.99", "", "PURCHASE RETURN AUTHORIZED ON 07/09 TARGET T-2288 MIAMI FL S616190998877665 CARD 7158"],
    ["7/8/2026", "-42.61", "", "PURCHASE AUTHORIZED ON 07/07 TARGET T-2288 MIAMI FL S586188665544332 CARD 7158"],
    ["7/3/2026", "-10.00", "", "MONTHLY SERVICE FEE"],
    ["7/1/2026", "-1890.00", "", "ZELLE TO SUNSHINE PROPERTIES ON 07/01 REF #PP0XYZ9876 JULY RENT"],
  ];
  const amounts = rows.map((r) => en(r[1]!));
  add({
    bank: "Wells Fargo",
    fileName: "Checking1.csv",
    currency: "USD",
    content: utf8(rows.map(([d, amt, check, desc]) => quoted([d!, amt!, "*", check!, desc!], ",")), "\r\n"),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -8954, date: "2026-07-27", text: /publix/i },
  });
}

// Citi (§1.4): Status,Date,Description,Debit,Credit,Member Name; Debit positive
// for purchases, Credit holds negative values; Pending rows included (§0.5).
{
  const rows: string[][] = [
    ["Pending", "03/30/2026", "COSTCO WHSE #0474 GOLETA CA", "156.23", ""],
    ["Pending", "03/29/2026", "STARBUCKS STORE 05212 SANTA BARBARA CA", "6.45", ""],
    ["Cleared", "03/27/2026", "TRADER JOE'S #177 SANTA BARBARA CA", "48.19", ""],
    ["Cleared", "03/25/2026", "ONLINE PAYMENT, THANK YOU", "", "-2000.05"],
    ["Cleared", "03/22/2026", "SOUTHWES 5262412345678 800-435-9792 TX", "318.96", ""],
    ["Cleared", "03/20/2026", "SOUTHWES 5262412345678 800-435-9792 TX", "", "-59.00"],
    ["Cleared", "03/18/2026", "CHEVRON 0091234 GOLETA CA", "52.40", ""],
    ["Cleared", "03/14/2026", "NETFLIX.COM 866-579-7172 CA", "15.49", ""],
    ["Cleared", "03/11/2026", "CVS/PHARMACY #09876 GOLETA CA", "23.87", ""],
    ["Cleared", "03/07/2026", "COSTCO WHSE #0474 GOLETA CA", "201.55", ""],
    ["Cleared", "03/04/2026", "DOORDASH*CHIPOTLE 855-973-1040 CA", "19.84", ""],
    ["Cleared", "03/01/2026", "APPLE.COM/BILL 866-712-7753 CA", "0.99", ""],
  ];
  const amounts = rows.map(([, , , debit, credit]) => (debit ? -en(debit) : -en(credit!)));
  add({
    bank: "Citi",
    fileName: "Citi-Export-2026-03.csv",
    currency: "USD",
    content: utf8([
      "Status,Date,Description,Debit,Credit,Member Name",
      ...rows.map(([s, d, desc, debit, credit]) => [s, d, `"${desc}"`, debit, credit, "JOHN DOE"].join(",")),
    ]),
    rows: rows.length,
    sumCents: sum(amounts),
    pending: 2,
    probe: { cents: -31896, date: "2026-03-22", text: /southwes/i },
  });
}

// Discover (§1.4): Trans. Date,Post Date,Description,Amount,Category; purchases
// positive, payments and credits negative.
{
  const rows: string[][] = [
    ["11/02/2025", "11/02/2025", "KROGER #539 800-853-3033 VA", "87.42", "Supermarkets"],
    ["11/03/2025", "11/03/2025", "NETFLIX.COM 866-579-7172 CA", "15.49", "Services"],
    ["11/05/2025", "11/05/2025", "AMAZON.COM*2K4ZZ11BB AMZN.COM/BILL WA", "34.99", "Merchandise"],
    ["11/07/2025", "11/07/2025", "DIRECTPAY FULL BALANCE", "-612.30", "Payments and Credits"],
    ["11/08/2025", "11/09/2025", "EXXONMOBIL 4722 ALEXANDRIA VA", "46.10", "Gasoline"],
    ["11/11/2025", "11/12/2025", "PANERA BREAD #601234 ALEXANDRIA VA", "14.27", "Restaurants"],
    ["11/14/2025", "11/15/2025", "AMAZON.COM*2K4ZZ11BB AMZN.COM/BILL WA", "-34.99", "Payments and Credits"],
    ["11/17/2025", "11/18/2025", "GIANT FOOD #0123 ALEXANDRIA VA", "63.58", "Supermarkets"],
    ["11/20/2025", "11/21/2025", "CASHBACK BONUS REDEMPTION PYMT/STMT CRDT", "-25.00", "Awards and Rebate Credits"],
    ["11/22/2025", "11/23/2025", "UBER *TRIP HELP.UBER.COM CA", "22.80", "Travel/ Entertainment"],
    ["11/25/2025", "11/26/2025", "HOME DEPOT #4604 ALEXANDRIA VA", "129.16", "Home Improvement"],
    ["11/28/2025", "11/29/2025", "TST*TACO ROCK - LORTON LORTON VA", "31.05", "Restaurants"],
  ];
  const amounts = rows.map((r) => -en(r[3]!));
  add({
    bank: "Discover",
    fileName: "Discover-Statement-20251130.csv",
    currency: "USD",
    content: utf8(["Trans. Date,Post Date,Description,Amount,Category", ...rows.map(csv)]),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -12916, date: ["2025-11-25", "2025-11-26"], text: /home depot/i },
  });
}

// American Express US, full export (§1.4): Date,Description,Card Member,
// Account #,Amount,Extended Details,Appears On Your Statement As,Address,
// City/State,Zip Code,Country,Reference,Category; MM/DD/YYYY; charges positive.
{
  const rows: string[][] = [
    ["09/28/2025", "AMZN MKTP US*A12BC3", "58.44", "AMZN MKTP US*A12BC3\nAMZN.COM/BILL", "AMZN MKTP US*A12BC3      AMZN.COM/BILL  WA", "410 TERRY AVE N", "SEATTLE\nWA", "98109", "UNITED STATES", "'320252710000101'", "Merchandise & Supplies-Internet Purchase"],
    ["09/26/2025", "PRUNE NEW YORK", "143.94", "RESTAURANT", "PRUNE               NEW YORK", "54 E 1ST ST", "NEW YORK\nNY", "10003", "UNITED STATES", "'320252690000102'", "Restaurant-Restaurant"],
    ["09/24/2025", "AUTOPAY PAYMENT - THANK YOU", "-1180.22", "", "", "", "", "", "", "'320252670000103'", ""],
    ["09/22/2025", "UBER *TRIP HELP.UBER.COM", "27.31", "UBER TRIP", "UBER *TRIP HELP.UBER.COM  CA", "1455 MARKET ST", "SAN FRANCISCO\nCA", "94103", "UNITED STATES", "'320252650000104'", "Transportation-Taxis & Coach"],
    ["09/19/2025", "DELTA AIR LINES ATLANTA", "412.60", "DELTA AIR LINES TICKET 0062345678901", "DELTA AIR LINES     ATLANTA", "1030 DELTA BLVD", "ATLANTA\nGA", "30354", "UNITED STATES", "'320252620000105'", "Travel-Airline"],
    ["09/18/2025", "AMEX AIRLINE FEE REIMBURSEMENT", "-50.00", "", "", "", "", "", "", "'320252610000106'", "Fees & Adjustments-Fees & Adjustments"],
    ["09/15/2025", "WHOLE FOODS MARKET #10234 NEW YORK", "96.18", "GROCERY STORE", "WHOLE FOODS MKT #10234 NEW YORK  NY", "4 UNION SQ S", "NEW YORK\nNY", "10003", "UNITED STATES", "'320252580000107'", "Merchandise & Supplies-Groceries"],
    ["09/12/2025", "APPLE.COM/BILL ITUNES.COM", "9.99", "APPLE.COM/BILL", "APPLE.COM/BILL           ITUNES.COM  CA", "ONE APPLE PARK WAY", "CUPERTINO\nCA", "95014", "UNITED STATES", "'320252550000108'", "Merchandise & Supplies-Internet Purchase"],
    ["09/10/2025", "AMZN MKTP US*RETURN", "-21.99", "AMZN MKTP US*RETURN\nAMZN.COM/BILL", "AMZN MKTP US*RETURN      AMZN.COM/BILL  WA", "410 TERRY AVE N", "SEATTLE\nWA", "98109", "UNITED STATES", "'320252530000109'", "Merchandise & Supplies-Internet Purchase"],
    ["09/07/2025", "BLUE BOTTLE COFFEE NEW YORK", "6.25", "COFFEE SHOP", "BLUE BOTTLE COFFEE  NEW YORK  NY", "450 W 15TH ST", "NEW YORK\nNY", "10011", "UNITED STATES", "'320252500000110'", "Restaurant-Restaurant"],
    ["09/04/2025", "NYC TAXI MEDALLION 4K21", "18.70", "TAXI", "NYC TAXI 4K21      NEW YORK  NY", "", "NEW YORK\nNY", "10001", "UNITED STATES", "'320252470000111'", "Transportation-Taxis & Coach"],
    ["09/01/2025", "NETFLIX.COM 866-579-7172", "15.49", "NETFLIX.COM", "NETFLIX.COM         866-579-7172  CA", "100 WINCHESTER CIR", "LOS GATOS\nCA", "95032", "UNITED STATES", "'320252440000112'", "Entertainment-Other Entertainment"],
  ];
  const amounts = rows.map((r) => -en(r[2]!));
  add({
    bank: "American Express",
    fileName: "activity.csv",
    currency: "USD",
    content: utf8(
      [
        "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category",
        ...rows.map(([d, desc, amt, ext, appears, addr, city, zip, country, ref, cat]) =>
          csv([d!, desc!, "JOHN DOE", "-41008", amt!, ext!, appears!, addr!, city!, zip!, country!, ref!, cat!]),
        ),
      ],
      "\r\n",
    ),
    rows: rows.length,
    sumCents: sum(amounts),
    probe: { cents: -41260, date: "2025-09-19", text: /delta/i },
  });
}

// ============================================================ CAMT (§2.1)

interface CamtEntry {
  amount: string; // positive, dot decimal, as written in <Amt>
  cd: "CRDT" | "DBIT";
  date: string;
  name: string;
  iban?: string;
  text: string;
  addtl?: string;
  status?: "BOOK" | "PDNG";
  reversal?: boolean;
  prtry?: string;
  umsatzId?: string;
  e2e?: string;
}
/** Signed cents of an entry: <Amt> is always positive, the sign comes from CdtDbtInd. */
const camtCents = (e: CamtEntry): number => (e.cd === "DBIT" ? -en(e.amount) : en(e.amount));
const camtBal = (code: string, cents: number, date: string): string =>
  `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${fmtEn(Math.abs(cents), false)}</Amt><CdtDbtInd>${cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
function camtNtry(e: CamtEntry, stsV8: boolean): string {
  const sts = e.status ?? "BOOK";
  const party = e.cd === "DBIT" ? "Cdtr" : "Dbtr";
  const btc = e.prtry
    ? `<BkTxCd><Prtry><Cd>${e.prtry}</Cd><Issr>DK</Issr></Prtry></BkTxCd>`
    : `<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${e.cd === "DBIT" ? "ICDT" : "RCDT"}</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>`;
  const refs = [
    `<EndToEndId>${e.e2e ?? "NOTPROVIDED"}</EndToEndId>`,
    e.umsatzId ? `<Prtry><Tp>FI-UMSATZ-ID</Tp><Ref>${e.umsatzId}</Ref></Prtry>` : "",
  ].join("");
  return [
    "      <Ntry>",
    `        <Amt Ccy="EUR">${e.amount}</Amt>`,
    `        <CdtDbtInd>${e.cd}</CdtDbtInd>`,
    e.reversal ? "        <RvslInd>true</RvslInd>" : "",
    stsV8 ? `        <Sts><Cd>${sts}</Cd></Sts>` : `        <Sts>${sts}</Sts>`,
    `        <BookgDt><Dt>${e.date}</Dt></BookgDt>`,
    `        <ValDt><Dt>${e.date}</Dt></ValDt>`,
    `        ${btc}`,
    "        <NtryDtls><TxDtls>",
    `          <Refs>${refs}</Refs>`,
    `          <RltdPties><${party}><Nm>${e.name}</Nm></${party}>${e.iban ? `<${party}Acct><Id><IBAN>${e.iban}</IBAN></Id></${party}Acct>` : ""}</RltdPties>`,
    `          <RmtInf><Ustrd>${e.text}</Ustrd></RmtInf>`,
    "        </TxDtls></NtryDtls>",
    e.addtl ? `        <AddtlNtryInf>${e.addtl}</AddtlNtryInf>` : "",
    "      </Ntry>",
  ]
    .filter(Boolean)
    .join("\n");
}
const booked = (es: CamtEntry[]) => es.filter((e) => (e.status ?? "BOOK") === "BOOK");

// camt.053.001.02 with two statements for two accounts of the same customer.
{
  const giro: CamtEntry[] = [
    { amount: "1250.00", cd: "DBIT", date: "2026-03-02", name: "Hausverwaltung Isar GmbH", iban: "DE02700202700000000081", text: "Miete Maerz 2026 Whg. 12" },
    { amount: "38.47", cd: "DBIT", date: "2026-03-03", name: "REWE Markt GmbH", text: "REWE SAGT DANKE 4711//MUENCHEN/DE 2026-03-02T18:11", addtl: "KARTENZAHLUNG" },
    { amount: "3614.20", cd: "CRDT", date: "2026-03-27", name: "Muster Elektronik GmbH", iban: "DE02700500000000000082", text: "Gehalt 03/2026" },
    { amount: "79.90", cd: "DBIT", date: "2026-03-05", name: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", iban: "DE02300308800000000083", text: "302-1234567-1234567 Amazon.de 1A2B3C4D5E6F7G8H" },
    { amount: "79.90", cd: "CRDT", date: "2026-03-12", name: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", iban: "DE02300308800000000083", text: "Erstattung 302-1234567-1234567 Amazon.de" },
    { amount: "300.00", cd: "DBIT", date: "2026-03-15", name: "Max Mustermann", iban: "DE02700500000000000099", text: "Sparen Maerz" },
    { amount: "54.12", cd: "DBIT", date: "2026-03-18", name: "SWM Versorgungs GmbH", iban: "DE02701500000000000084", text: "Abschlag Strom 03/2026 VK 123456" },
    { amount: "22.50", cd: "DBIT", date: "2026-03-21", name: "Augustiner Braeu Wagner KG", text: "AUGUSTINER KELLER//MUENCHEN/DE 2026-03-20T20:44", addtl: "KARTENZAHLUNG" },
    { amount: "1000.00", cd: "CRDT", date: "2026-03-20", name: "Max Mustermann", iban: "DE02700500000000000098", text: "Umbuchung Urlaub" },
  ];
  giro.sort((a, b) => a.date.localeCompare(b.date));
  const savings: CamtEntry[] = [
    { amount: "300.00", cd: "CRDT", date: "2026-03-15", name: "Max Mustermann", iban: "DE02700500000000000099", text: "Sparen Maerz" },
    { amount: "1000.00", cd: "DBIT", date: "2026-03-20", name: "Max Mustermann", iban: "DE02700500000000000099", text: "Umbuchung Urlaub" },
    { amount: "4.18", cd: "CRDT", date: "2026-03-31", name: "Stadtsparkasse Muenchen", text: "Zinsen 1. Quartal 2026" },
  ];
  const giroOpen = en("2104.33");
  const giroClose = giroOpen + sum(booked(giro).map(camtCents));
  const savOpen = en("8500.00");
  const savClose = savOpen + sum(booked(savings).map(camtCents));
  const stmt = (id: string, iban: string, open: number, close: number, es: CamtEntry[]) =>
    [
      "    <Stmt>",
      `      <Id>${id}</Id><ElctrncSeqNb>3</ElctrncSeqNb><CreDtTm>2026-03-31T22:10:00</CreDtTm>`,
      "      <FrToDt><FrDtTm>2026-03-01T00:00:00</FrDtTm><ToDtTm>2026-03-31T23:59:59</ToDtTm></FrToDt>",
      `      <Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Max Mustermann</Nm></Ownr><Svcr><FinInstnId><BIC>SSKMDEMMXXX</BIC></FinInstnId></Svcr></Acct>`,
      `      ${camtBal("OPBD", open, "2026-02-28")}`,
      `      ${camtBal("CLBD", close, "2026-03-31")}`,
      ...es.map((e) => camtNtry(e, false)),
      "    </Stmt>",
    ].join("\n");
  add({
    bank: "CAMT.053",
    fileName: "camt053_20260331.xml",
    currency: "EUR",
    content: utf8([
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
      "  <BkToCstmrStmt>",
      "    <GrpHdr><MsgId>STMT-20260331-0001</MsgId><CreDtTm>2026-03-31T22:10:00</CreDtTm></GrpHdr>",
      stmt("STMT-DE02700500000000000099-2026-03", "DE02700500000000000099", giroOpen, giroClose, giro),
      stmt("STMT-DE02700500000000000098-2026-03", "DE02700500000000000098", savOpen, savClose, savings),
      "  </BkToCstmrStmt>",
      "</Document>",
    ]),
    rows: giro.length + savings.length,
    sumCents: sum(giro.map(camtCents)) + sum(savings.map(camtCents)),
    closingCents: giroClose,
    accounts: 2,
    probe: { cents: -3847, date: "2026-03-03", text: /rewe/i },
  });
}

// camt.053.001.08: the status is nested (<Sts><Cd>BOOK</Cd></Sts>); one entry is
// a storno (RvslInd true) whose direction still comes from CdtDbtInd.
{
  const es: CamtEntry[] = [
    { amount: "45.00", cd: "DBIT", date: "2026-05-02", name: "Fitnessstudio Kraftwerk GmbH", iban: "DE02370501980000000091", text: "Mitgliedsbeitrag Mai 2026", prtry: "NDDT+105+9248+992" },
    { amount: "45.00", cd: "CRDT", date: "2026-05-06", name: "Fitnessstudio Kraftwerk GmbH", iban: "DE02370501980000000091", text: "RUECKLASTSCHRIFT Mitgliedsbeitrag Mai 2026", reversal: true },
    { amount: "2980.55", cd: "CRDT", date: "2026-05-28", name: "Rheinmetall AG", iban: "DE02300400000000000092", text: "Gehalt Mai 2026" },
    { amount: "12.99", cd: "DBIT", date: "2026-05-04", name: "Spotify AB", iban: "SE0250000000000000000093", text: "Spotify Premium P1234567" },
    { amount: "67.30", cd: "DBIT", date: "2026-05-09", name: "Kaufland Koeln-Ehrenfeld", text: "KAUFLAND 2110//KOELN/DE 2026-05-08T17:20", addtl: "KARTENZAHLUNG" },
    { amount: "950.00", cd: "DBIT", date: "2026-05-01", name: "GAG Immobilien AG", iban: "DE02370501980000000094", text: "Miete Mai 2026" },
    { amount: "15.00", cd: "CRDT", date: "2026-05-14", name: "Paul Becker", iban: "DE02370100500000000095", text: "Kino" },
    { amount: "33.80", cd: "DBIT", date: "2026-05-19", name: "Deutsche Bahn AG", text: "DB VERTRIEB GMBH//FRANKFURT/DE 2026-05-18T06:40", addtl: "KARTENZAHLUNG" },
    { amount: "120.00", cd: "DBIT", date: "2026-05-22", name: "Geldautomat Sparkasse KoelnBonn", text: "GA NR00003342 BLZ37050198 22.05/10.12 UHR", addtl: "GELDAUTOMAT" },
    { amount: "8.50", cd: "DBIT", date: "2026-05-30", name: "Sparkasse KoelnBonn", text: "Entgelt Kontofuehrung 05/2026", addtl: "ENTGELT" },
  ];
  es.sort((a, b) => a.date.localeCompare(b.date));
  const open = en("1544.02");
  const close = open + sum(es.map(camtCents));
  add({
    bank: "CAMT.053",
    fileName: "camt053_DE02370501980000000090_202605.xml",
    currency: "EUR",
    content: utf8([
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">`,
      "  <BkToCstmrStmt>",
      "    <GrpHdr><MsgId>20260531-0000001</MsgId><CreDtTm>2026-05-31T23:30:00+02:00</CreDtTm></GrpHdr>",
      "    <Stmt>",
      "      <Id>20260531-DE02370501980000000090</Id><ElctrncSeqNb>5</ElctrncSeqNb><CreDtTm>2026-05-31T23:30:00+02:00</CreDtTm>",
      "      <Acct><Id><IBAN>DE02370501980000000090</IBAN></Id><Ccy>EUR</Ccy></Acct>",
      `      ${camtBal("OPBD", open, "2026-04-30")}`,
      `      ${camtBal("CLBD", close, "2026-05-31")}`,
      ...es.map((e) => camtNtry(e, true)),
      "    </Stmt>",
      "  </BkToCstmrStmt>",
      "</Document>",
    ]),
    rows: es.length,
    sumCents: sum(es.map(camtCents)),
    closingCents: close,
    probe: { cents: -6730, date: "2026-05-09", text: /kaufland/i },
  });
}

// Sparkasse camt.052.001.02 (Haspa shape, §2.1): Rpt with PRCD and CLBD
// balances, AddtlNtryInf as the Buchungstext, DK proprietary codes,
// FI-UMSATZ-ID references, PDNG entries included as pending.
function camt052Day(day: string, prev: string, open: number, es: CamtEntry[]): { xml: Buffer; close: number } {
  const close = open + sum(booked(es).map(camtCents));
  const xml = utf8([
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02 camt.052.001.02.xsd">`,
    "  <BkToCstmrAcctRpt>",
    `    <GrpHdr><MsgId>camt52_${day}_0001</MsgId><CreDtTm>${day}T06:00:00.0+01:00</CreDtTm><MsgPgntn><PgNb>1</PgNb><LastPgInd>true</LastPgInd></MsgPgntn></GrpHdr>`,
    "    <Rpt>",
    `      <Id>camt052_${day}</Id><CreDtTm>${day}T06:00:00.0+01:00</CreDtTm>`,
    "      <Acct><Id><IBAN>DE02200505501234567890</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Max Mustermann</Nm></Ownr><Svcr><FinInstnId><BIC>HASPDEHHXXX</BIC></FinInstnId></Svcr></Acct>",
    `      ${camtBal("PRCD", open, prev)}`,
    `      ${camtBal("CLBD", close, day)}`,
    ...es.map((e) => camtNtry(e, false)),
    "    </Rpt>",
    "  </BkToCstmrAcctRpt>",
    "</Document>",
  ]);
  return { xml, close };
}
{
  const es: CamtEntry[] = [
    { amount: "43.41", cd: "DBIT", date: "2025-12-09", name: "ACME Medien GmbH", iban: "DE02200400000000000101", text: "KD 123456 RE 001", addtl: "FOLGELASTSCHRIFT", prtry: "NDDT+105+9248+992", umsatzId: "2025-12-09-04.07.56.123456" },
    { amount: "9.47", cd: "DBIT", date: "2025-12-09", name: "BEISPIEL APOTHEKE//HAMBURG/DE", text: "2025-12-08T14:55 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", prtry: "NDDT+106+9248+000", umsatzId: "2025-12-09-04.07.56.223456" },
    { amount: "2512.40", cd: "CRDT", date: "2025-12-09", name: "Hapag-Lloyd AG", iban: "DE02200700000000000102", text: "Lohn 12/2025", addtl: "GUTSCHR. UEBERWEISUNG", prtry: "NTRF+166+9310+000", umsatzId: "2025-12-09-04.07.56.323456" },
    { amount: "67.49", cd: "DBIT", date: "2025-12-09", name: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", iban: "DE02300308800000000103", text: "028-1234567-7654321 Amazon.de 5L5KR2QX5", addtl: "FOLGELASTSCHRIFT", prtry: "NDDT+105+9248+992", umsatzId: "2025-12-09-04.07.56.423456" },
    { amount: "1143.41", cd: "DBIT", date: "2025-12-09", name: "SAGA Unternehmensgruppe", iban: "DE02200505500000000104", text: "Miete Dezember", addtl: "DAUERAUFTRAG", prtry: "NSTO+117+9248+000", umsatzId: "2025-12-09-04.07.56.523456" },
    { amount: "24.90", cd: "CRDT", date: "2025-12-09", name: "Tchibo GmbH", iban: "DE02200800000000000105", text: "Erstattung Bestellung 44556677", addtl: "GUTSCHR. UEBERWEISUNG", prtry: "NTRF+166+9310+000", umsatzId: "2025-12-09-04.07.56.623456" },
    { amount: "31.20", cd: "DBIT", date: "2025-12-09", name: "BUDNIKOWSKY//HAMBURG/DE", text: "2025-12-08T17:02 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", prtry: "NDDT+106+9248+000", umsatzId: "2025-12-09-04.07.56.723456" },
    { amount: "59.00", cd: "DBIT", date: "2025-12-09", name: "Hamburger Hochbahn AG", iban: "DE02200505500000000106", text: "Deutschlandticket 12/2025", addtl: "FOLGELASTSCHRIFT", prtry: "NDDT+105+9248+992", umsatzId: "2025-12-09-04.07.56.823456" },
    { amount: "18.99", cd: "DBIT", date: "2025-12-10", name: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: "LU89751000135104200E", text: "1045268675504/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV", addtl: "FOLGELASTSCHRIFT", status: "PDNG", prtry: "NDDT+105+9248+992" },
    { amount: "12.50", cd: "DBIT", date: "2025-12-10", name: "EDEKA//HAMBURG/DE", text: "2025-12-09T19:40 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", status: "PDNG", prtry: "NDDT+106+9248+000" },
  ];
  const open = en("1876.55");
  const day = camt052Day("2025-12-09", "2025-12-08", open, es);
  add({
    bank: "Sparkasse",
    fileName: "camt_1234567890_09.12.2025.xml",
    currency: "EUR",
    content: day.xml,
    rows: es.length,
    sumCents: sum(es.map(camtCents)),
    pending: 2,
    closingCents: day.close,
    probe: { cents: -6749, date: "2025-12-09", text: /amazon/i },
  });
}

/** A ZIP archive (deflate) of named files, as the Sparkasse "camtPacket" download. */
function zip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const dosTime = 0x6000; // 12:00:00
  const dosDate = ((2025 - 1980) << 9) | (12 << 5) | 4;
  for (const f of files) {
    const name = Buffer.from(f.name, "utf8");
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// Sparkasse "camtPacket" ZIP (§2.1): one camt.052 per day; the pending entry
// appears only in the last day.
{
  const d1: CamtEntry[] = [
    { amount: "4.80", cd: "DBIT", date: "2025-12-01", name: "BACKHAUS MAHLKE//HAMBURG/DE", text: "2025-11-29T08:10 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", prtry: "NDDT+106+9248+000", umsatzId: "2025-12-01-04.01.10.100001" },
    { amount: "950.00", cd: "DBIT", date: "2025-12-01", name: "SAGA Unternehmensgruppe", iban: "DE02200505500000000111", text: "Miete Dezember Whg 4", addtl: "DAUERAUFTRAG", prtry: "NSTO+117+9248+000", umsatzId: "2025-12-01-04.01.10.100002" },
    { amount: "39.99", cd: "DBIT", date: "2025-12-01", name: "Vodafone GmbH", iban: "DE02300700100000000112", text: "Kundennr 123456 Rechnung 12/2025", addtl: "FOLGELASTSCHRIFT", prtry: "NDDT+105+9248+992", umsatzId: "2025-12-01-04.01.10.100003" },
    { amount: "2330.00", cd: "CRDT", date: "2025-12-01", name: "Otto Group", iban: "DE02200700000000000113", text: "Gehalt 11/2025 Nachzahlung", addtl: "GUTSCHR. UEBERWEISUNG", prtry: "NTRF+166+9310+000", umsatzId: "2025-12-01-04.01.10.100004" },
  ];
  const d2: CamtEntry[] = [
    { amount: "27.35", cd: "DBIT", date: "2025-12-02", name: "LIDL SAGT DANKE//HAMBURG/DE", text: "2025-12-01T18:33 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", prtry: "NDDT+106+9248+000", umsatzId: "2025-12-02-04.02.11.200001" },
    { amount: "100.00", cd: "DBIT", date: "2025-12-02", name: "HASPA GA JUNGFERNSTIEG", text: "GA NR00001234 BLZ20050550 0 02.12/12.01 UHR", addtl: "GELDAUTOMAT", prtry: "NMSC+083+9248+000", umsatzId: "2025-12-02-04.02.11.200002" },
    { amount: "12.00", cd: "CRDT", date: "2025-12-02", name: "Nina Kowalski", iban: "DE02200411330000000114", text: "Kaffee und Kuchen", addtl: "ECHTZEIT-GUTSCHRIFT", prtry: "NTRF+166+9310+000", umsatzId: "2025-12-02-04.02.11.200003" },
    { amount: "64.90", cd: "DBIT", date: "2025-12-02", name: "ZALANDO SE", iban: "DE02100700000000000115", text: "Bestellung 10105555 Zalando", addtl: "FOLGELASTSCHRIFT", prtry: "NDDT+105+9248+992", umsatzId: "2025-12-02-04.02.11.200004" },
    { amount: "21.60", cd: "DBIT", date: "2025-12-02", name: "ASIA WOK HAMBURG//HAMBURG/DE", text: "2025-12-01T20:15 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", prtry: "NDDT+106+9248+000", umsatzId: "2025-12-02-04.02.11.200005" },
  ];
  const d3: CamtEntry[] = [
    { amount: "64.90", cd: "CRDT", date: "2025-12-03", name: "ZALANDO SE", iban: "DE02100700000000000115", text: "Erstattung Retoure 10105555", addtl: "GUTSCHR. UEBERWEISUNG", prtry: "NTRF+166+9310+000", umsatzId: "2025-12-03-04.03.09.300001" },
    { amount: "89.00", cd: "DBIT", date: "2025-12-03", name: "HanseMerkur Krankenversicherung AG", iban: "DE02200300000000000116", text: "Zusatzversicherung 12/2025", addtl: "FOLGELASTSCHRIFT", prtry: "NDDT+105+9248+992", umsatzId: "2025-12-03-04.03.09.300002" },
    { amount: "15.75", cd: "DBIT", date: "2025-12-03", name: "ROSSMANN 2295//HAMBURG/DE", text: "2025-12-02T16:44 Debitk.2 2027-12", addtl: "KARTENZAHLUNG", prtry: "NDDT+106+9248+000", umsatzId: "2025-12-03-04.03.09.300003" },
    { amount: "42.00", cd: "DBIT", date: "2025-12-04", name: "Stadtreinigung Hamburg", iban: "DE02200505500000000117", text: "Gebuehren 4. Quartal", addtl: "FOLGELASTSCHRIFT", status: "PDNG", prtry: "NDDT+105+9248+992" },
  ];
  const day1 = camt052Day("2025-12-01", "2025-11-30", en("612.80"), d1);
  const day2 = camt052Day("2025-12-02", "2025-12-01", day1.close, d2);
  const day3 = camt052Day("2025-12-03", "2025-12-02", day2.close, d3);
  const all = [...d1, ...d2, ...d3];
  add({
    bank: "Sparkasse",
    fileName: "camtPacket_1234567890_01.12.2025-03.12.2025.zip",
    currency: "EUR",
    content: zip([
      { name: "camt_1234567890_01.12.2025.xml", data: day1.xml },
      { name: "camt_1234567890_02.12.2025.xml", data: day2.xml },
      { name: "camt_1234567890_03.12.2025.xml", data: day3.xml },
    ]),
    rows: all.length,
    sumCents: sum(all.map(camtCents)),
    pending: 1,
    closingCents: day3.close,
    probe: { cents: -2735, date: "2025-12-02", text: /lidl/i },
  });
}

// ============================================================ MT940 (§2.2)

const mtAmount = (c: number): string => fmtDe(Math.abs(c), false);
const mtBalance = (tag: string, c: number, yymmdd: string): string => `:${tag}:${c < 0 ? "D" : "C"}${yymmdd}EUR${mtAmount(c)}`;
/** :61: with value date, entry date (MMDD), D/C mark, the funds code "R" German banks send (last letter of EUR), amount, type, reference. */
const mt61 = (yymmdd: string, c: number, type: string, ref: string, fundsCode = "R"): string =>
  `:61:${yymmdd}${yymmdd.slice(2)}${c < 0 ? "D" : "C"}${fundsCode}${mtAmount(c)}${type}${ref}`;
/** The DK :86: body: GVC, ?00 text, ?10 primanota, ?20–?29 purpose in 27-char pieces, ?30 BIC, ?31 IBAN, ?32/?33 name, ?34 code. */
function mt86Fields(gvc: string, text: string, purpose: string, bic: string, iban: string, name: string, tk: string): string[] {
  const pieces = purpose.match(/.{1,27}/g) ?? [];
  if (pieces.length > 10) throw new Error("purpose too long for ?20–?29");
  const subs: string[] = [`?00${text}`, "?10931", ...pieces.map((p, i) => `?${20 + i}${p}`)];
  if (bic) subs.push(`?30${bic}`);
  if (iban) subs.push(`?31${iban}`);
  if (name) {
    subs.push(`?32${name.slice(0, 27)}`);
    if (name.length > 27) subs.push(`?33${name.slice(27, 54)}`);
  }
  subs.push(`?34${tk}`);
  return [`:86:${gvc}`, ...subs];
}
/** Lines broken between subfields, each at most 65 characters. */
function wrapAtFields(parts: string[]): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const p of parts) {
    if (cur && (cur + p).length > 65) {
      lines.push(cur);
      cur = p;
    } else cur += p;
  }
  lines.push(cur);
  return lines;
}
/** Lines cut every 65 characters wherever that falls, even inside a ?nn key. */
const wrapHard = (s: string): string[] => s.match(/.{1,65}/g) ?? [];

interface MtBooking {
  date: string; // YYMMDD
  amount: string; // signed German literal
  type: string;
  ref: string;
  gvc: string;
  text: string;
  purpose: string;
  bic: string;
  iban: string;
  name: string;
  tk: string;
}

// VR-Teilhaberbank-style .mta (§2.2): one message per booking (:28C:0 each
// time), :25: BLZ/account, :86: with DK subfields broken at field boundaries,
// CRLF, ISO-8859-1.
{
  const bs: MtBooking[] = [
    { date: "251103", amount: "-950,00", type: "NSTO", ref: "NONREF", gvc: "152", text: "Dauerauftrag", purpose: "SVWZ+Miete November 2025 Whg. 3 OG", bic: "GENODEF1HH2", iban: "DE02200900000000000201", name: "Wohnungsgenossenschaft von 1904 eG", tk: "997" },
    { date: "251104", amount: "-17,90", type: "NDDT", ref: "KREF+", gvc: "105", text: "Basislastschrift", purpose: "EREF+1046450041914KREF+2025112686347345587700000000001754MREF+5VYJ2258F7ZQGCRED+LU96ZZZ0000000000000000058SVWZ+1046450041914/. eBay S.a r.l., Ihr Einkauf bei eBay S.a r.l.", bic: "PPLXLUL2", iban: "LU89751000135104200E", name: "PayPal Europe S.a.r.l. et Cie S.C.A", tk: "992" },
    { date: "251105", amount: "-23,44", type: "NDDT", ref: "NONREF", gvc: "106", text: "Basislastschrift", purpose: "EREF+71234567890123MREF+OFFLINESVWZ+ALDI SAGT DANKE 29 044/Torgelow/DE 04.11.2025 um 10:53:22 UhrPURP+IDCP", bic: "DEUTDEFFXXX", iban: "DE02100700000000000202", name: "ALDI GmbH + Co. KG JARMEN", tk: "011" },
    { date: "251106", amount: "2845,12", type: "NTRF", ref: "NONREF", gvc: "166", text: "GUTSCHRIFT", purpose: "EREF+NOTPROVIDEDSVWZ+Lohn Gehalt 11/2025 PersNr 4711", bic: "NOLADE21ROS", iban: "DE02130500000000000203", name: "Nordex Energy SE & Co. KG", tk: "000" },
    { date: "251107", amount: "-89,00", type: "NDDT", ref: "NONREF", gvc: "105", text: "Basislastschrift", purpose: "EREF+AZ-2025-11-0815MREF+AZ-M-0815CRED+DE98ZZZ09999999999SVWZ+Kfz-Versicherung 11/2025", bic: "DRESDEFFXXX", iban: "DE02700800000000000204", name: "Allianz Versicherungs-AG", tk: "992" },
    { date: "251110", amount: "-100,00", type: "NMSC", ref: "NONREF", gvc: "006", text: "GELDAUTOMAT", purpose: "GA NR00003342 BLZ13061078 0 10.11/12.14 UHR ROSTOCK KTN1", bic: "", iban: "", name: "", tk: "000" },
    { date: "251112", amount: "-45,60", type: "NTRF", ref: "NONREF", gvc: "177", text: "ONLINE-UEBERWEISUNG", purpose: "SVWZ+Anteil Geschenk Jana DATUM 12.11.2025, 09.14 UHR", bic: "NOLADE21ROS", iban: "DE02130500000000000205", name: "Tim Krueger", tk: "997" },
    { date: "251113", amount: "29,99", type: "NTRF", ref: "NONREF", gvc: "166", text: "GUTSCHRIFT", purpose: "EREF+RT-55443322SVWZ+Erstattung Retoure 55443322", bic: "COBADEHHXXX", iban: "DE02200400000000000206", name: "Otto GmbH & Co KG", tk: "000" },
    { date: "251117", amount: "-61,20", type: "NDDT", ref: "NONREF", gvc: "106", text: "Basislastschrift", purpose: "EREF+71234567890456MREF+OFFLINESVWZ+SHELL 1234/Rostock/DE 16.11.2025 um 08:12:40 UhrPURP+IDCP", bic: "DEUTDEFFXXX", iban: "DE02100700000000000207", name: "Shell Deutschland GmbH", tk: "011" },
    { date: "251120", amount: "-31,90", type: "NDDT", ref: "NONREF", gvc: "105", text: "Basislastschrift", purpose: "EREF+TDG-1125-123456789MREF+TDG-M-123456789CRED+DE88ZZZ00000009876SVWZ+Festnetz Rechnung 11/2025", bic: "PBNKDEFFXXX", iban: "DE02700100800000000208", name: "Telekom Deutschland GmbH", tk: "992" },
    { date: "251124", amount: "-240,00", type: "NDDT", ref: "NONREF", gvc: "601", text: "EINZUG RATE", purpose: "SVWZ+Rate 14/48 Darlehen 7788990", bic: "GENODEF1HH2", iban: "DE02200900000000000209", name: "VR Teilhaberbank eG", tk: "000" },
    { date: "251128", amount: "-7,50", type: "NMSC", ref: "NONREF", gvc: "805", text: "Abschluss", purpose: "Abrechnung 28.11.2025 siehe Anlage", bic: "", iban: "", name: "", tk: "000" },
  ];
  const amounts = bs.map((b) => de(b.amount));
  let bal = de("1518,85");
  const lines: string[] = [];
  for (const b of bs) {
    const c = de(b.amount);
    lines.push(":20:STARTUMS", ":25:76069559/0003267288", ":28C:0", mtBalance("60F", bal, b.date));
    bal += c;
    lines.push(mt61(b.date, c, b.type, b.ref), ...wrapAtFields(mt86Fields(b.gvc, b.text, b.purpose, b.bic, b.iban, b.name, b.tk)), mtBalance("62F", bal, b.date), "-");
  }
  add({
    bank: "Volksbank (MT940)",
    fileName: "20251128-0003267288.mta",
    currency: "EUR",
    content: latin1(lines, "\r\n"),
    rows: bs.length,
    sumCents: sum(amounts),
    closingCents: bal,
    probe: { cents: -2344, date: "2025-11-05", text: /aldi/i },
  });
}

// Postbank-style MT940 (§2.2): three daily statements with several bookings
// each, :61: with entry date and //bank reference, :86: lines cut every 65
// characters wherever that falls (also inside a ?nn key), CRLF, ISO-8859-1.
{
  const days: MtBooking[][] = [
    [
      { date: "251215", amount: "-23,38", type: "NDDT", ref: "NONREF//POS 00815", gvc: "106", text: "KARTENZAHLUNG", purpose: "SVWZ+SATURN E//BERLIN/DE Terminal 65420498 2025-12-13T16:30:28 Folgenr. 001 Verfalld. 2812", bic: "", iban: "", name: "SATURN SAGT DANKE.", tk: "000" },
      { date: "251215", amount: "-74,80", type: "NDDT", ref: "NONREF", gvc: "105", text: "SEPA-LASTSCHRIFT", purpose: "EREF+70-0000000-LSMREF+70-0000000-LS001CRED+DE00ZZZ00000000003SVWZ+Beitrag 12/25 Hausrat", bic: "DEUTDEDBXXX", iban: "DE02100700240000000211", name: "ACME Versicherung AG", tk: "992" },
      { date: "251215", amount: "1950,00", type: "NTRF", ref: "NONREF", gvc: "166", text: "GUTSCHRIFT", purpose: "EREF+NOTPROVIDEDSVWZ+Rente 01/2026 RV-Nr 12 150570 M 012", bic: "MARKDEF1100", iban: "DE02100000000000000212", name: "Deutsche Rentenversicherung Bund", tk: "000" },
      { date: "251215", amount: "-12,49", type: "NDDT", ref: "NONREF", gvc: "106", text: "KARTENZAHLUNG", purpose: "SVWZ+LIDL SAGT DANKE//Berlin/DE 14-12-2025T11:47:04 Folgenr. 04 Verfalld. 2812", bic: "", iban: "", name: "LIDL SAGT DANKE", tk: "000" },
    ],
    [
      { date: "251216", amount: "-450,00", type: "NSTO", ref: "NONREF", gvc: "152", text: "SEPA-Dauerauftrag", purpose: "SVWZ+Unterstuetzung Dezember fuer Lena", bic: "BELADEBEXXX", iban: "DE02100500000000000213", name: "Lena Mustermann", tk: "997" },
      { date: "251216", amount: "-59,99", type: "NDDT", ref: "NONREF", gvc: "105", text: "SEPA-LASTSCHRIFT", purpose: "EREF+1003760276550 PP.7723.PP PAYPALMREF+5RZJ224RPW7DQCRED+LU96ZZZ0000000000000000058SVWZ+PP.7723.PP . Thalia, Ihr Einkauf bei Thalia", bic: "PPLXLUL2", iban: "LU89751000135104200E", name: "PayPal (Europe) S.a.r.l. et Cie., S.C.A.", tk: "992" },
      { date: "251216", amount: "59,99", type: "NTRF", ref: "NONREF", gvc: "166", text: "GUTSCHRIFT", purpose: "EREF+1003760276551 PP.7723.PP PAYPALSVWZ+PP.7723.PP Rueckzahlung Thalia", bic: "PPLXLUL2", iban: "LU89751000135104200E", name: "PayPal (Europe) S.a.r.l. et Cie., S.C.A.", tk: "000" },
    ],
    [
      { date: "251217", amount: "-200,00", type: "NMSC", ref: "NONREF", gvc: "006", text: "GELDAUTOMAT", purpose: "GA NR00004410 BLZ10010010 0 17.12/09.40 UHR BERLIN ALEX", bic: "", iban: "", name: "", tk: "000" },
      { date: "251217", amount: "-38,75", type: "NDDT", ref: "NONREF", gvc: "105", text: "SEPA-LASTSCHRIFT", purpose: "EREF+VATT-1225-0099MREF+VATT-M-0099CRED+DE11ZZZ00000012345SVWZ+Abschlag Strom 12/2025 Vertragskonto 8800112233", bic: "COBADEFFXXX", iban: "DE02100400000000000214", name: "Vattenfall Europe Sales GmbH", tk: "992" },
      { date: "251217", amount: "-8,90", type: "NMSC", ref: "NONREF", gvc: "805", text: "ZINSEN/ENTG.", purpose: "Kontofuehrungsentgelt 11/2025", bic: "", iban: "", name: "", tk: "000" },
      { date: "251217", amount: "-26,40", type: "NDDT", ref: "NONREF//POS 00816", gvc: "106", text: "KARTENZAHLUNG", purpose: "SVWZ+DM-DROGERIE MARKT//BERLIN/DE 16-12-2025T18:05:12 Folgenr. 002 Verfalld. 2812", bic: "", iban: "", name: "DM-DROGERIE MARKT", tk: "000" },
    ],
  ];
  const all = days.flat();
  const amounts = all.map((b) => de(b.amount));
  let bal = de("2314,07");
  const lines: string[] = [];
  days.forEach((day, i) => {
    lines.push(":20:STARTUMS", ":25:10010010/1234567890", `:28C:${String(i + 41).padStart(5, "0")}/001`, mtBalance("60F", bal, day[0]!.date));
    for (const b of day) {
      const c = de(b.amount);
      bal += c;
      lines.push(mt61(b.date, c, b.type, b.ref), ...wrapHard(mt86Fields(b.gvc, b.text, b.purpose, b.bic, b.iban, b.name, b.tk).join("")));
    }
    lines.push(mtBalance("62F", bal, day[0]!.date), "-");
  });
  add({
    bank: "Postbank (MT940)",
    fileName: "Postbank_Umsaetze_20251217.sta",
    currency: "EUR",
    content: latin1(lines, "\r\n"),
    rows: all.length,
    sumCents: sum(amounts),
    closingCents: bal,
    probe: { cents: -3875, date: "2025-12-17", text: /vattenfall/i },
  });
}

// ABN AMRO MT940 (§2.2): three extra lines ABNANL2A / 940 / ABNANL2A before
// :20:, and a :86: in the /TRTP/…/ slash format instead of ?nn subfields.
{
  const bs: [string, string, string][] = [
    ["240402", "-1050,00", "/TRTP/SEPA OVERBOEKING/IBAN/NL02RABO0123456789/BIC/RABONL2U/NAME/Stichting Woonbron/REMI/Huur april 2024/EREF/NOTPROVIDED"],
    ["240403", "-18,45", "BEA   NR:XXX000   03.04.24/18.20 Albert Heijn 1402 Utrecht,PAS123"],
    ["240405", "-58,40", "/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL12ZZZ123456780000/NAME/Eneco Consumenten BV/MARF/ENE-998877/REMI/Termijnbedrag april/IBAN/NL02INGB0007654321/BIC/INGBNL2A/EREF/ENE-2404-998877"],
    ["240408", "-24,95", "/TRTP/iDEAL/IBAN/NL02ABNA0987654321/BIC/ABNANL2A/NAME/Thuisbezorgd.nl via Adyen/REMI/Bestelling 7711223344 Thuisbezorgd/EREF/08-04-2024 19:02 0030009876543210"],
    ["240410", "-6,80", "BEA, Betaalpas  Zettle_*Koffiebar De Boon,PAS123 NR:123ABC 10.04.24/08.13 UTRECHT"],
    ["240412", "35,00", "/TRTP/SEPA OVERBOEKING/IBAN/NL02INGB0001112223/BIC/INGBNL2A/NAME/M. Visser/REMI/Koningsdag kaartjes/EREF/NOTPROVIDED"],
    ["240415", "-62,30", "BEA   NR:XXX000   15.04.24/17.44 Jumbo Utrecht,PAS123"],
    ["240419", "-89,00", "/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL98ZZZ301234560000/NAME/Menzis Zorgverzekeraar NV/MARF/MZ-1122/REMI/Premie april 2024/IBAN/NL02ABNA0555666777/BIC/ABNANL2A/EREF/MZ-2404-1122"],
    ["240425", "2875,20", "/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/Techniek Holland BV/REMI/Salaris april 2024/EREF/SAL-2404-0042"],
    ["240430", "-3,20", "ABN AMRO Bank N.V. Basic Package 2,95 Debit card 0,25"],
  ];
  /** Break the slash format at "/" so no word is cut. */
  const wrapSlash = (s: string): string[] => {
    const lines: string[] = [];
    let cur = "";
    for (const tok of s.split(/(?=\/)/)) {
      if (cur && (cur + tok).length > 65) {
        lines.push(cur);
        cur = tok;
      } else cur += tok;
    }
    lines.push(cur);
    return lines;
  };
  const amounts = bs.map(([, a]) => de(a));
  let bal = de("2041,37");
  const lines = ["ABNANL2A", "940", "ABNANL2A", ":20:ABN AMRO BANK NV", ":25:501234567", ":28:24001/1", mtBalance("60F", bal, "240401")];
  for (const [d, a, text] of bs) {
    const c = de(a);
    bal += c;
    lines.push(`:61:${d}${d.slice(2)}${c < 0 ? "D" : "C"}${mtAmount(c)}N${text.startsWith("BEA") ? "426" : "658"}NONREF`, ...wrapSlash(`:86:${text}`));
  }
  lines.push(mtBalance("62F", bal, "240430"), "-");
  add({
    bank: "ABN AMRO (MT940)",
    fileName: "MT940240430.STA",
    currency: "EUR",
    content: utf8(lines, "\r\n"),
    rows: bs.length,
    sumCents: sum(amounts),
    closingCents: bal,
    probe: { cents: -2495, date: "2024-04-08", text: /thuisbezorgd/i },
  });
}

// ============================================================ OFX (§2.3)

const OFX1_HEADER = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252", "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", ""];
interface OfxTxn {
  type: string;
  date: string; // YYYYMMDD
  amount: string; // signed, dot decimal, as written in <TRNAMT>
  id: string;
  name?: string;
  memo?: string;
}
/** SGML statement transactions: leaf elements are never closed. */
const sgmlTxn = (t: OfxTxn, tz = "[-5:EST]"): string[] => [
  "<STMTTRN>",
  `<TRNTYPE>${t.type}`,
  `<DTPOSTED>${t.date}120000.000${tz}`,
  `<TRNAMT>${t.amount}`,
  `<FITID>${t.id}`,
  ...(t.name ? [`<NAME>${t.name}`] : []),
  ...(t.memo ? [`<MEMO>${t.memo}`] : []),
  "</STMTTRN>",
];
/** XML statement transactions: every element closed. */
const xmlTxn = (t: OfxTxn, tz = "[+1:CET]"): string =>
  `<STMTTRN><TRNTYPE>${t.type}</TRNTYPE><DTPOSTED>${t.date}000000.000${tz}</DTPOSTED><TRNAMT>${t.amount}</TRNAMT><FITID>${t.id}</FITID>${t.name ? `<NAME>${t.name}</NAME>` : ""}${t.memo ? `<MEMO>${t.memo}</MEMO>` : ""}</STMTTRN>`;

// OFX 1.02 SGML checking statement with LEDGERBAL (§2.3).
{
  const ts: OfxTxn[] = [
    { type: "DEBIT", date: "20260102", amount: "-10.27", id: "20260102-0001", name: "STARBUCKS STORE 05212", memo: "POS PURCHASE SANTA BARBARA CA" },
    { type: "DIRECTDEP", date: "20260102", amount: "2650.00", id: "20260102-0002", name: "ACME CORP PAYROLL", memo: "PPD ID: 1234567890" },
    { type: "DEBIT", date: "20260105", amount: "-84.19", id: "20260105-0001", name: "RALPHS #0123", memo: "POS PURCHASE GOLETA CA" },
    { type: "CHECK", date: "20260106", amount: "-1600.00", id: "20260106-0001", name: "CHECK 1042" },
    { type: "DEBIT", date: "20260108", amount: "-56.10", id: "20260108-0001", name: "SO CAL EDISON", memo: "ACH DEBIT WEB PAY" },
    { type: "ATM", date: "20260110", amount: "-60.00", id: "20260110-0001", name: "ATM WITHDRAWAL 0042", memo: "STATE ST SANTA BARBARA CA" },
    { type: "DEBIT", date: "20260113", amount: "-42.35", id: "20260113-0001", name: "CHEVRON 0091234", memo: "POS PURCHASE GOLETA CA" },
    { type: "CREDIT", date: "20260114", amount: "42.35", id: "20260114-0001", name: "CHEVRON 0091234", memo: "POS RETURN GOLETA CA" },
    { type: "DIRECTDEP", date: "20260116", amount: "2650.00", id: "20260116-0001", name: "ACME CORP PAYROLL", memo: "PPD ID: 1234567890" },
    { type: "PAYMENT", date: "20260120", amount: "-845.67", id: "20260120-0001", name: "CITI CARD ONLINE", memo: "PAYMENT WEB ID: 626060084" },
    { type: "XFER", date: "20260122", amount: "-300.00", id: "20260122-0001", name: "ONLINE TRANSFER TO SAVINGS", memo: "XXXXXX4321" },
    { type: "DEBIT", date: "20260127", amount: "-23.80", id: "20260127-0001", name: "TST*TACO ROCK - LORTON", memo: "POS PURCHASE" },
    { type: "SRVCHG", date: "20260131", amount: "-12.00", id: "20260131-0001", name: "MONTHLY SERVICE FEE" },
  ];
  const amounts = ts.map((t) => en(t.amount));
  const closing = en("3127.61");
  add({
    bank: "OFX 1.x",
    fileName: "checking.ofx",
    currency: "USD",
    content: utf8(
      [
        ...OFX1_HEADER,
        "<OFX>",
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<DTSERVER>20260131120000.000[-5:EST]",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>B1",
        "<FID>10898",
        "</FI>",
        "<INTU.BID>10898",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>1",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "<MESSAGE>Success",
        "</STATUS>",
        "<STMTRS>",
        "<CURDEF>USD",
        "<BANKACCTFROM>",
        "<BANKID>122000661",
        "<ACCTID>000123456789",
        "<ACCTTYPE>CHECKING",
        "</BANKACCTFROM>",
        "<BANKTRANLIST>",
        "<DTSTART>20260101120000.000[-5:EST]",
        "<DTEND>20260131120000.000[-5:EST]",
        ...ts.flatMap((t) => sgmlTxn(t)),
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        `<BALAMT>${fmtEn(closing, false)}`,
        "<DTASOF>20260131120000.000[-5:EST]",
        "</LEDGERBAL>",
        "<AVAILBAL>",
        `<BALAMT>${fmtEn(closing, false)}`,
        "<DTASOF>20260131120000.000[-5:EST]",
        "</AVAILBAL>",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
      ],
      "\r\n",
    ),
    rows: ts.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -8419, date: "2026-01-05", text: /ralphs/i },
  });
}

// OFX 2.2 XML credit-card statement in euros with LEDGERBAL (§2.3): charges negative.
{
  const ts: OfxTxn[] = [
    { type: "DEBIT", date: "20260203", amount: "-64.90", id: "CC-20260203-01", name: "DB VERTRIEB GMBH", memo: "FRANKFURT DE" },
    { type: "DEBIT", date: "20260205", amount: "-12.99", id: "CC-20260205-01", name: "AMZN Mktp DE*2K4ZZ00AA", memo: "800-279-6620 LU" },
    { type: "DEBIT", date: "20260207", amount: "-38.40", id: "CC-20260207-01", name: "VAPIANO KOELN", memo: "KOELN DE" },
    { type: "CREDIT", date: "20260209", amount: "12.99", id: "CC-20260209-01", name: "AMZN Mktp DE*2K4ZZ00AA", memo: "GUTSCHRIFT" },
    { type: "DEBIT", date: "20260212", amount: "-189.00", id: "CC-20260212-01", name: "EUROWINGS GMBH", memo: "DUESSELDORF DE" },
    { type: "DEBIT", date: "20260214", amount: "-7.99", id: "CC-20260214-01", name: "PAYPAL *EASYPARK", memo: "0852226737 LU" },
    { type: "PAYMENT", date: "20260216", amount: "412.37", id: "CC-20260216-01", name: "AUSGLEICH KARTENABRECHNUNG" },
    { type: "DEBIT", date: "20260219", amount: "-54.20", id: "CC-20260219-01", name: "HOTEL IBIS BERLIN MITTE", memo: "BERLIN DE" },
    { type: "DEBIT", date: "20260223", amount: "-4.50", id: "CC-20260223-01", name: "SUMUP *CAFE KLEIN", memo: "BERLIN DE" },
    { type: "FEE", date: "20260228", amount: "-1.75", id: "CC-20260228-01", name: "AUSLANDSEINSATZENTGELT" },
  ];
  const amounts = ts.map((t) => en(t.amount));
  const closing = en("-372.13");
  add({
    bank: "OFX 2.x",
    fileName: "kreditkarte_2026-02.ofx",
    currency: "EUR",
    content: utf8([
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>`,
      `<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>`,
      "<OFX>",
      "  <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><DTSERVER>20260228235959.000[+1:CET]</DTSERVER><LANGUAGE>GER</LANGUAGE></SONRS></SIGNONMSGSRSV1>",
      "  <CREDITCARDMSGSRSV1>",
      "    <CCSTMTTRNRS>",
      "      <TRNUID>0</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
      "      <CCSTMTRS>",
      "        <CURDEF>EUR</CURDEF>",
      "        <CCACCTFROM><ACCTID>4930XXXXXXXX5678</ACCTID></CCACCTFROM>",
      "        <BANKTRANLIST>",
      "          <DTSTART>20260201000000.000[+1:CET]</DTSTART><DTEND>20260228235959.000[+1:CET]</DTEND>",
      ...ts.map((t) => `          ${xmlTxn(t)}`),
      "        </BANKTRANLIST>",
      `        <LEDGERBAL><BALAMT>${fmtEn(closing, false)}</BALAMT><DTASOF>20260228235959.000[+1:CET]</DTASOF></LEDGERBAL>`,
      "      </CCSTMTRS>",
      "    </CCSTMTTRNRS>",
      "  </CREDITCARDMSGSRSV1>",
      "</OFX>",
    ]),
    rows: ts.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -18900, date: "2026-02-12", text: /eurowings/i },
  });
}

// American Express OFX (SGML, §2.3): AMEX.* tags in CCACCTFROM, fixed-width
// NAME, MEMO with a reference plus a category word, 18-digit FITIDs; charges
// negative here (unlike the Amex CSV).
{
  const ts: OfxTxn[] = [
    { type: "DEBIT", date: "20140105", amount: "-143.94", id: "320140050000000101", name: "PRUNE               NEW YORK", memo: "7101466     RESTAURANT" },
    { type: "DEBIT", date: "20140106", amount: "-12.50", id: "320140060000000102", name: "BLUE BOTTLE COFFEE  NEW YORK", memo: "7101467     RESTAURANT" },
    { type: "DEBIT", date: "20140108", amount: "-64.12", id: "320140080000000103", name: "WHOLE FOODS MKT     NEW YORK", memo: "7101468     GROCERY STORE" },
    { type: "DEBIT", date: "20140110", amount: "-389.00", id: "320140100000000104", name: "DELTA AIR LINES     ATLANTA", memo: "7101469     AIRLINE" },
    { type: "CREDIT", date: "20140112", amount: "1250.00", id: "320140120000000105", name: "ONLINE PAYMENT - THANK YOU", memo: "0000000     PAYMENT" },
    { type: "DEBIT", date: "20140114", amount: "-27.31", id: "320140140000000106", name: "UBER *TRIP          HELP.UBER.COM", memo: "7101471     TAXI" },
    { type: "DEBIT", date: "20140117", amount: "-58.44", id: "320140170000000107", name: "AMZN MKTP US*A12BC3  AMZN.COM/BILL", memo: "7101472     MERCHANDISE" },
    { type: "CREDIT", date: "20140119", amount: "21.99", id: "320140190000000108", name: "AMZN MKTP US*RETURN  AMZN.COM/BILL", memo: "7101473     MERCHANDISE" },
    { type: "DEBIT", date: "20140122", amount: "-15.49", id: "320140220000000109", name: "NETFLIX.COM         866-579-7172", memo: "7101474     ENTERTAINMENT" },
  ];
  const amounts = ts.map((t) => en(t.amount));
  const closing = en("-1874.20");
  add({
    bank: "American Express (OFX)",
    fileName: "amex.ofx",
    currency: "USD",
    content: utf8(
      [
        ...OFX1_HEADER,
        "<OFX>",
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "<MESSAGE>Login successful",
        "</STATUS>",
        "<DTSERVER>20140124083600.212[-7:MST]",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>AMEX",
        "<FID>3101",
        "</FI>",
        "<ORIGIN.ID>FMPWEB",
        "<START.TIME>20140124083600",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<CREDITCARDMSGSRSV1>",
        "<CCSTMTTRNRS>",
        "<TRNUID>0",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<CCSTMTRS>",
        "<CURDEF>USD",
        "<CCACCTFROM>",
        "<ACCTID>XXXXXXXXXXX41008",
        "<DOWNLOAD.FLAG>false",
        "<DOWNLOAD.TYPE>DOWNLOAD90DAYS",
        "<AMEX.BASICACCT>XXXXXXXXXXX41008",
        "<AMEX.ROLE>B",
        "<AMEX.UNIVID>100000000000000000001",
        "<DAYS.NINTY>false",
        "</CCACCTFROM>",
        "<BANKTRANLIST>",
        "<DTSTART>20140101000000.000[-7:MST]",
        "<DTEND>20140124083600.212[-7:MST]",
        ...ts.flatMap((t) => sgmlTxn(t, "[-7:MST]")),
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        `<BALAMT>${fmtEn(closing, false)}`,
        "<DTASOF>20140124083600.212[-7:MST]",
        "</LEDGERBAL>",
        "</CCSTMTRS>",
        "</CCSTMTTRNRS>",
        "</CREDITCARDMSGSRSV1>",
        "</OFX>",
      ],
      "\r\n",
    ),
    rows: ts.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -14394, date: "2014-01-05", text: /prune/i },
  });
}

// Capital One 360 Checking QFX (§2.3): no <?xml?> line, starts directly with
// <?OFX OFXHEADER="200" VERSION="202" …?>, MEMO only (no NAME), and a DTSERVER
// with an impossible time.
{
  const ts: OfxTxn[] = [
    { type: "DEBIT", date: "20230201", amount: "-1375.00", id: "202302010001", memo: "Withdrawal to OAKWOOD APARTMENTS RENT" },
    { type: "CREDIT", date: "20230203", amount: "2210.45", id: "202302030001", memo: "Deposit from ACME CORP PAYROLL" },
    { type: "DEBIT", date: "20230206", amount: "-45.67", id: "202302060001", memo: "Debit Card Purchase - KROGER 539 RICHMOND VA" },
    { type: "DEBIT", date: "20230208", amount: "-9.99", id: "202302080001", memo: "Debit Card Purchase - SPOTIFY USA NEW YORK NY" },
    { type: "CREDIT", date: "20230210", amount: "40.00", id: "202302100001", memo: "Zelle money received from ALEX CHEN" },
    { type: "DEBIT", date: "20230213", amount: "-62.30", id: "202302130001", memo: "Debit Card Purchase - DOMINION ENERGY RICHMOND VA" },
    { type: "DEBIT", date: "20230215", amount: "-500.00", id: "202302150001", memo: "Withdrawal to 360 Performance Savings XXXXXX1234" },
    { type: "DEBIT", date: "20230221", amount: "-33.18", id: "202302210001", memo: "Debit Card Purchase - WAWA 8123 RICHMOND VA" },
    { type: "CREDIT", date: "20230224", amount: "18.50", id: "202302240001", memo: "Debit Card Return - TARGET T-1234 RICHMOND VA" },
    { type: "INT", date: "20230228", amount: "0.42", id: "202302280001", memo: "Monthly Interest Paid" },
  ];
  const amounts = ts.map((t) => en(t.amount));
  const closing = en("4102.87");
  add({
    bank: "Capital One (QFX)",
    fileName: "360Checking.qfx",
    currency: "USD",
    content: utf8(
      [
        `<?OFX OFXHEADER="200" VERSION="202" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>`,
        "<OFX>",
        "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><DTSERVER>20230310048208.398</DTSERVER><LANGUAGE>ENG</LANGUAGE><FI><ORG>Capital One</ORG><FID>1001</FID></FI><INTU.BID>1001</INTU.BID></SONRS></SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>0</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
        "<STMTRS><CURDEF>USD</CURDEF><BANKACCTFROM><BANKID>031176110</BANKID><ACCTID>36012345678</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>",
        "<BANKTRANLIST><DTSTART>20230201</DTSTART><DTEND>20230228</DTEND>",
        ...ts.map((t) => xmlTxn(t, "")),
        "</BANKTRANLIST>",
        `<LEDGERBAL><BALAMT>${fmtEn(closing, false)}</BALAMT><DTASOF>20230228</DTASOF></LEDGERBAL>`,
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1>",
        "</OFX>",
      ],
      "\n",
    ),
    rows: ts.length,
    sumCents: sum(amounts),
    closingCents: closing,
    probe: { cents: -4567, date: "2023-02-06", text: /kroger/i },
  });
}

// ============================================================ PayPal (§1.5)

// The English 41-column activity download. UTF-8 with BOM, `,`, every field
// quoted. A purchase in a foreign currency comes as the payment, a pair of
// "General Currency Conversion" rows and a "Bank Deposit to PP Account " (with
// its trailing space) tied by "Reference Txn ID"; holds come as a Memo pair.
const PAYPAL_EN_HEADER = [
  "Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address",
  "Transaction ID", "Shipping Address", "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount", "Sales Tax",
  "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity", "Receipt ID",
  "Balance", "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City", "State/Province/Region/County/Territory/Prefecture/Republic",
  "Zip/Postal Code", "Country", "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact",
];
const paypalEnRow = (v: Record<string, string>): string => PAYPAL_EN_HEADER.map((h) => `"${v[h] ?? ""}"`).join(",");
const paypalEn = (rows: Record<string, string>[]): Buffer =>
  utf8([PAYPAL_EN_HEADER.map((h) => `"${h}"`).join(","), ...rows.map(paypalEnRow)], "\n", true);

/** A US account: M/D/YYYY dates, dot decimals, PST; a purchase in euros converted from dollars. */
export const PAYPAL_EN_US = {
  fileName: "Download.CSV",
  currency: "USD",
  /** The purchases a person sees, in the account currency, in cents. */
  purchases: [en("-10.99"), en("-92.37"), en("-25.00")],
  converted: { cents: en("-92.37"), text: /bergfreunde/i },
  content: paypalEn([
    { Date: "2/2/2026", Time: "08:14:02", TimeZone: "PST", Name: "Spotify USA Inc", Type: "Subscription Payment", Status: "Completed", Currency: "USD", Gross: "-10.99", Fee: "0.00", Net: "-10.99", "From Email Address": "john@example.invalid", "To Email Address": "billing@spotify.example.invalid", "Transaction ID": "1AB00000AB0000001", Balance: "-10.99", "Balance Impact": "Debit" },
    { Date: "2/2/2026", Time: "08:14:02", TimeZone: "PST", Name: "", Type: "Bank Deposit to PP Account ", Status: "Completed", Currency: "USD", Gross: "10.99", Fee: "0.00", Net: "10.99", "Transaction ID": "1AB00000AB0000002", "Reference Txn ID": "1AB00000AB0000001", Balance: "0.00", "Balance Impact": "Credit" },
    { Date: "2/5/2026", Time: "19:40:11", TimeZone: "PST", Name: "Bergfreunde GmbH", Type: "Express Checkout Payment", Status: "Completed", Currency: "EUR", Gross: "-84.90", Fee: "0.00", Net: "-84.90", "From Email Address": "john@example.invalid", "To Email Address": "shop@bergfreunde.example.invalid", "Transaction ID": "2CD00000CD0000001", "Item Title": "Kletterschuhe", Balance: "-84.90", "Balance Impact": "Debit" },
    { Date: "2/5/2026", Time: "19:40:11", TimeZone: "PST", Name: "", Type: "General Currency Conversion", Status: "Completed", Currency: "EUR", Gross: "84.90", Fee: "0.00", Net: "84.90", "Transaction ID": "2CD00000CD0000002", "Reference Txn ID": "2CD00000CD0000001", Balance: "0.00", "Balance Impact": "Credit" },
    { Date: "2/5/2026", Time: "19:40:11", TimeZone: "PST", Name: "", Type: "General Currency Conversion", Status: "Completed", Currency: "USD", Gross: "-92.37", Fee: "0.00", Net: "-92.37", "Transaction ID": "2CD00000CD0000003", "Reference Txn ID": "2CD00000CD0000001", Balance: "-92.37", "Balance Impact": "Debit" },
    { Date: "2/5/2026", Time: "19:40:11", TimeZone: "PST", Name: "", Type: "Bank Deposit to PP Account ", Status: "Completed", Currency: "USD", Gross: "92.37", Fee: "0.00", Net: "92.37", "Transaction ID": "2CD00000CD0000004", "Reference Txn ID": "2CD00000CD0000001", Balance: "0.00", "Balance Impact": "Credit" },
    { Date: "2/6/2026", Time: "10:02:45", TimeZone: "PST", Name: "PayPal", Type: "Account Hold for Open Authorization", Status: "Pending", Currency: "USD", Gross: "-25.00", Fee: "0.00", Net: "-25.00", "Transaction ID": "3EF00000EF0000001", Balance: "-25.00", "Balance Impact": "Memo" },
    { Date: "2/7/2026", Time: "11:30:00", TimeZone: "PST", Name: "PayPal", Type: "Reversal of General Account Hold", Status: "Completed", Currency: "USD", Gross: "25.00", Fee: "0.00", Net: "25.00", "Transaction ID": "3EF00000EF0000002", "Reference Txn ID": "3EF00000EF0000001", Balance: "0.00", "Balance Impact": "Memo" },
    { Date: "2/7/2026", Time: "11:30:00", TimeZone: "PST", Name: "Etsy Inc", Type: "Express Checkout Payment", Status: "Completed", Currency: "USD", Gross: "-25.00", Fee: "0.00", Net: "-25.00", "From Email Address": "john@example.invalid", "To Email Address": "payments@etsy.example.invalid", "Transaction ID": "4GH00000GH0000001", "Item Title": "Handmade mug", Balance: "-25.00", "Balance Impact": "Debit" },
    { Date: "2/7/2026", Time: "11:30:00", TimeZone: "PST", Name: "", Type: "Bank Deposit to PP Account ", Status: "Completed", Currency: "USD", Gross: "25.00", Fee: "0.00", Net: "25.00", "Transaction ID": "4GH00000GH0000002", "Reference Txn ID": "4GH00000GH0000001", Balance: "0.00", "Balance Impact": "Credit" },
  ]),
};

/** A European account exported in English: DD/MM/YYYY dates, comma decimals, CET; a purchase in dollars. */
export const PAYPAL_EN_EU = {
  fileName: "Download.CSV",
  currency: "EUR",
  purchases: [de("-13,71"), de("-39,99")],
  converted: { cents: de("-13,71"), text: /humble/i },
  content: paypalEn([
    { Date: "11/01/2026", Time: "21:05:33", TimeZone: "CET", Name: "Humble Bundle, Inc.", Type: "Express Checkout Payment", Status: "Completed", Currency: "USD", Gross: "-14,99", Fee: "0,00", Net: "-14,99", "From Email Address": "max@example.invalid", "To Email Address": "paypal@humble.example.invalid", "Transaction ID": "5JK00000JK0000001", Balance: "-14,99", "Balance Impact": "Debit" },
    { Date: "11/01/2026", Time: "21:05:33", TimeZone: "CET", Name: "", Type: "General Currency Conversion", Status: "Completed", Currency: "USD", Gross: "14,99", Fee: "0,00", Net: "14,99", "Transaction ID": "5JK00000JK0000002", "Reference Txn ID": "5JK00000JK0000001", Balance: "0,00", "Balance Impact": "Credit" },
    { Date: "11/01/2026", Time: "21:05:33", TimeZone: "CET", Name: "", Type: "General Currency Conversion", Status: "Completed", Currency: "EUR", Gross: "-13,71", Fee: "0,00", Net: "-13,71", "Transaction ID": "5JK00000JK0000003", "Reference Txn ID": "5JK00000JK0000001", Balance: "-13,71", "Balance Impact": "Debit" },
    { Date: "11/01/2026", Time: "21:05:33", TimeZone: "CET", Name: "", Type: "Bank Deposit to PP Account ", Status: "Completed", Currency: "EUR", Gross: "13,71", Fee: "0,00", Net: "13,71", "Transaction ID": "5JK00000JK0000004", "Reference Txn ID": "5JK00000JK0000001", Balance: "0,00", "Balance Impact": "Credit" },
    { Date: "19/01/2026", Time: "10:12:09", TimeZone: "CET", Name: "PayPal", Type: "Account Hold for Open Authorization", Status: "Pending", Currency: "EUR", Gross: "-39,99", Fee: "0,00", Net: "-39,99", "Transaction ID": "6LM00000LM0000001", Balance: "-39,99", "Balance Impact": "Memo" },
    { Date: "19/01/2026", Time: "10:14:40", TimeZone: "CET", Name: "Decathlon SE", Type: "Express Checkout Payment", Status: "Completed", Currency: "EUR", Gross: "-39,99", Fee: "0,00", Net: "-39,99", "From Email Address": "max@example.invalid", "To Email Address": "shop@decathlon.example.invalid", "Transaction ID": "6LM00000LM0000002", Balance: "-39,99", "Balance Impact": "Debit" },
    { Date: "19/01/2026", Time: "10:14:40", TimeZone: "CET", Name: "", Type: "Bank Deposit to PP Account ", Status: "Completed", Currency: "EUR", Gross: "39,99", Fee: "0,00", Net: "39,99", "Transaction ID": "6LM00000LM0000003", "Reference Txn ID": "6LM00000LM0000002", Balance: "0,00", "Balance Impact": "Credit" },
    { Date: "19/01/2026", Time: "10:14:41", TimeZone: "CET", Name: "PayPal", Type: "Reversal of General Account Hold", Status: "Completed", Currency: "EUR", Gross: "39,99", Fee: "0,00", Net: "39,99", "Transaction ID": "6LM00000LM0000004", "Reference Txn ID": "6LM00000LM0000001", Balance: "0,00", "Balance Impact": "Memo" },
  ]),
};
