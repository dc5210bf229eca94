// Held-out bank exports, written by someone who did not write the parsers,
// straight from ../shared/bank-formats.md §1 (headers, preambles, encodings,
// quoting, number and date shapes, sign conventions). Each comes with what a
// person would read off the file: rows, their sum, pending rows, the balance.
//
// No parser was tuned on these; when one fails, fix the parser, not the file.

export interface HeldOutExport {
  bank: string;
  fileName: string;
  content: Buffer;
  /** Transactions a person would see (declined/reverted and hold pairs are not). */
  rows: number;
  /** Sum of all imported amounts in the account currency, in cents (negative = out). */
  sumCents: number;
  pending?: number;
  /** Closing balance stated by the file, in cents. */
  closingCents?: number;
  /** Number of accounts the file holds, where it holds more than one. */
  accounts?: number;
  currency: string;
  /** One row to check in detail: its amount in cents and a word of its counterparty/description. */
  probe: { cents: number; date: string | string[]; text: RegExp };
}

const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = (lines: string[], eol = "\n", withBom = false) =>
  Buffer.concat([withBom ? bom : Buffer.alloc(0), Buffer.from(lines.join(eol) + eol, "utf8")]);
const latin1 = (lines: string[], eol = "\n") => Buffer.from(lines.join(eol) + eol, "latin1");

export const HELD_OUT: HeldOutExport[] = [
  {
    bank: "Sparkasse",
    fileName: "20251209-12345678-umsatz.CSV",
    currency: "EUR",
    content: latin1([
      `"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"`,
      `"DE89370400440532013000";"05.12.25";"09.12.25";"FOLGELASTSCHRIFT";"KD 123456 RE 001";"DE00ZZZ00000000001";"MANDAT001";"2512050854-0000010";"";"";"";"ACME Medien GmbH";"DE02500105170137075030";"INGDDEFFXXX";"-43,41";"EUR";"Umsatz vorgemerkt"`,
      `"DE89370400440532013000";"03.12.25";"03.12.25";"KARTENZAHLUNG";"2025-12-02T14:55 Debitk.2 2027-12 ";"";"";"54161226005670160419145513";"";"";"";"BEISPIEL APOTHEKE//MUSTERSTADT/DE";"DE02120300000000202051";"BYLADEM1001";"-9,47";"EUR";"Umsatz gebucht"`,
      `"DE89370400440532013000";"01.12.25";"01.12.25";"GUTSCHR. UEBERWEISUNG";"Lohn 11/2025";"";"";"NOTPROVIDED";"";"";"";"Beispiel GmbH";"DE02200505501015871393";"HASPDEHHXXX";"2512,40";"EUR";"Umsatz gebucht"`,
      `"DE89370400440532013000";"01.12.25";"01.12.25";"DAUERAUFTRAG";"Miete Dezember";"";"";"NOTPROVIDED";"";"";"";"Hausverwaltung Meier";"DE02100500000054540402";"BELADEBEXXX";"-1143,41";"EUR";"Umsatz gebucht"`,
    ]),
    rows: 4,
    sumCents: -4341 - 947 + 251240 - 114341,
    pending: 1,
    probe: { cents: -947, date: "2025-12-03", text: /APOTHEKE/i },
  },
  {
    bank: "Sparkasse",
    fileName: "20180226-1000594757-umsatz.CSV",
    currency: "EUR",
    content: latin1([
      `"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Kontonummer";"BLZ";"Betrag";"Waehrung";"Info"`,
      `"1000594757";"26.02.18";"26.02.18";"FOLGELASTSCHRIFT";"EREF+1003760276550 PP.7723.PP PAYPALMREF+5RZJ224RPW7DQCRED+LU96ZZZ0000000000000000058SVWZ+PP.7723.PP . GOOGLE, Ihr Einkauf bei GOOGLE";"PayPal (Europe) S.a.r.l. et Cie., S.C.A.";"LU89751000135104200E";"PPLXLUL2";"-4,99";"EUR";"Umsatz gebucht"`,
      `"1000594757";"23.02.18";"23.02.18";"GUTSCHR. UEBERWEISUNG";"SVWZ+Erstattung Stromabrechnung 2017";"Stadtwerke Beispielstadt";"DE02370501980001802057";"COLSDE33XXX";"84,20";"EUR";"Umsatz gebucht"`,
    ]),
    rows: 2,
    sumCents: -499 + 8420,
    probe: { cents: -499, date: "2018-02-26", text: /google|paypal/i },
  },
  {
    bank: "Postbank",
    fileName: "Umsaetze_Postbank.csv",
    currency: "EUR",
    content: utf8(
      [
        "Umsätze",
        "Konto;Filial-/Kontonummer;IBAN;Währung",
        "Postbank Giro direkt;123 4567890 00;DE02100100100006820101;EUR",
        "",
        "1.12.2025 - 2.1.2026",
        "Letzter Kontostand;;;;1.234,56;EUR",
        "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.",
        "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung",
        "2.1.2026;2.1.2026;SEPA Lastschrift;ACME Versicherung AG;Beitrag 01/26 74,80;DE02300209000106531065;;70-0000000-LS;70-0000000-LS001;DE00ZZZ00000000003;;-74,8;;;;-74,8;;EUR",
        "30.12.2025;30.12.2025;Kartenzahlung;Netto Marken-Discoun;NETTO MARKEN-DISCOU/EICHENSTR. 46-48/OLDENBURG/DE 29-12-2025T11:30:55 Folgenr. 09 Verfalld. 1229;DE02500105170137075030;;60000000000000000000000000000000001;108058;DE00ZZZ00000000002;;-23,38;;;;-23,38;;EUR",
        "15.12.2025;15.12.2025;SEPA-Gutschrift;Beispiel AG;Gehalt Dezember, Bonus;DE02200505501015871393;;;;;;1.000,00;;;;;1.000,00;EUR",
        "Kontostand;2.1.2026;;;2.136,38;EUR",
      ],
      "\n",
      true,
    ),
    rows: 3,
    sumCents: -7480 - 2338 + 100000,
    closingCents: 213638,
    probe: { cents: -2338, date: "2025-12-30", text: /netto/i },
  },
  {
    bank: "Commerzbank",
    fileName: "Umsaetze_KtoNr123456789_EUR_02-03-2018_1200.CSV",
    currency: "EUR",
    content: utf8(
      [
        "Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;IBAN Kontoinhaber;Kategorie",
        `02.03.2018;02.03.2018;Lastschrift;"Kartenzahlung REWE SAGT DANKE. 40000000//Hamburg 2018-03-01T11:33:59 KFN 1 VJ 1812";-17,22;EUR;DE02200400600202020200;Lebensmittel`,
        "01.03.2018;01.03.2018;Dauerauftrag;Wohnbau Nord eG Miete 03/2018 End-to-End-Ref.: NOTPROVIDED;-2040;EUR;DE02200400600202020200;Wohnen",
        "28.02.2018;28.02.2018;Zinsen/Entgelte;Kontoführung 9,90- EUR;-10,7;EUR;DE02200400600202020200;Bankgebühren",
      ],
      "\n",
      true,
    ),
    rows: 3,
    sumCents: -1722 - 204000 - 1070,
    probe: { cents: -1722, date: "2018-03-02", text: /rewe/i },
  },
  {
    bank: "N26",
    fileName: "n26-csv-transactions.csv",
    currency: "EUR",
    content: utf8([
      `"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"`,
      `2026-08-01,,"Musterladen","",MasterCard Payment,"","Main Account",-24.50,,,`,
      `2026-08-02,2026-08-02,"Erika Beispiel","DE02100100100006820101",Income,"Geburtstag","Main Account",50.00,,,`,
      `2026-08-03,,"UBER   *TRIP","",MasterCard Payment,"","Main Account",-12.30,-14.00,USD,1.1382`,
    ]),
    rows: 3,
    sumCents: -2450 + 5000 - 1230,
    probe: { cents: -2450, date: "2026-08-01", text: /musterladen/i },
  },
  {
    bank: "Volksbank",
    fileName: "Umsaetze_DE02600901000000000007_2025.12.02.csv",
    currency: "EUR",
    content: utf8(
      [
        "Bezeichnung Auftragskonto;IBAN Auftragskonto;BIC Auftragskonto;Bankname Auftragskonto;Buchungstag;Valutadatum;Name Zahlungsbeteiligter;IBAN Zahlungsbeteiligter;BIC (SWIFT-Code) Zahlungsbeteiligter;Buchungstext;Verwendungszweck;Betrag;Waehrung;Saldo nach Buchung;Bemerkung;Gekennzeichneter Umsatz;Glaeubiger ID;Mandatsreferenz",
        "GiroKonto Online;DE02600901000000000007;GENODEF1XXX;VR Bank;02.12.2025;02.12.2025;EDEKA Markt 4711;DE02300209000106531065;;Kartenzahlung girocard;EDEKA MARKT 4711/HAUPTSTR. 1/BEISPIELSTADT/DE 01.12.2025 um 18:03:11 Uhr 6543210/000123/ECTL/;-31,17;EUR;1436,77;;;;OFFLINE",
        "GiroKonto Online;DE02600901000000000007;GENODEF1XXX;VR Bank;01.12.2025;01.12.2025;ACME Leben AG;DE02700202700010108669;WELADEDDXXX;Basislastschrift;Beitrag 12/2025 EREF: 0000000001 MREF: M-000-001 CRED: DE00ZZZ00000000004 IBAN: DE02700202700010108669 BIC: WELADEDDXXX;-45,11;EUR;1467,94;;;DE00ZZZ00000000004;M-000-001",
      ],
      "\r\n",
      true,
    ),
    rows: 2,
    sumCents: -3117 - 4511,
    closingCents: 143677,
    probe: { cents: -3117, date: "2025-12-02", text: /edeka/i },
  },
  {
    bank: "DKB",
    fileName: "1234567890.csv",
    currency: "EUR",
    content: latin1([
      `"Kontonummer:";"DE02120300000000202051 / Girokonto";`,
      ``,
      `"Von:";"01.01.2018";`,
      `"Bis:";"31.01.2018";`,
      `"Kontostand vom 31.01.2018:";"5.000,01 EUR";`,
      ``,
      `"Buchungstag";"Wertstellung";"Buchungstext";"Auftraggeber / Begünstigter";"Verwendungszweck";"Kontonummer";"BLZ";"Betrag (EUR)";"Gläubiger-ID";"Mandatsreferenz";"Kundenreferenz";`,
      `"31.01.2018";"31.01.2018";"Lastschrift";"Stadtwerke Musterstadt";"Abschlag Gas 01/2018";"DE02370501980001802057";"COLSDE33XXX";"-15,37";"DE98ZZZ09999999999";"STW-1";"";`,
      `"30.01.2018";"30.01.2018";"";"";"Tagessaldo";"";"";"5.015,38";"";"";"";`,
      `"15.01.2018";"15.01.2018";"Gutschrift";"Beispiel GmbH";"Gehalt Januar";"DE02200505501015871393";"HASPDEHHXXX";"2.400,00";"";"";"";`,
    ]),
    rows: 2,
    sumCents: -1537 + 240000,
    closingCents: 500001,
    probe: { cents: -1537, date: "2018-01-31", text: /stadtwerke/i },
  },
  {
    bank: "Revolut",
    fileName: "account-statement_2025-01-01_2025-01-31_en_1a2b3c.csv",
    currency: "EUR",
    content: utf8([
      "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance",
      "Topup,Current,2025-01-01 09:00:00,2025-01-01 09:00:05,Top-up by *1234,500.00,0.00,EUR,COMPLETED,719.48",
      "Card Payment,Current,2025-01-01 15:37:17,2025-01-02 06:50:58,Uber Eats,-18.70,0.00,EUR,COMPLETED,700.78",
      "Card Payment,Current,2025-01-10 12:00:00,,Declined Shop,-99.00,0.00,EUR,DECLINED,",
      "CARD_PAYMENT,Current,2025-01-16 10:00:00,,Musterbäckerei,-1.00,0.00,EUR,PENDING,",
    ]),
    rows: 3,
    sumCents: 50000 - 1870 - 100,
    pending: 1,
    probe: { cents: -1870, date: ["2025-01-01", "2025-01-02"], text: /uber eats/i },
  },
  {
    bank: "Wise",
    fileName: "transaction-history.csv",
    currency: "EUR",
    content: utf8([
      "ID,Status,Direction,Created on,Finished on,Source fee amount,Source fee currency,Target fee amount,Target fee currency,Source name,Source amount (after fees),Source currency,Target name,Target amount (after fees),Target currency,Exchange rate,Reference,Batch,Created by,Category,Note",
      "CARD_TRANSACTION-0000000001,COMPLETED,OUT,2026-04-20 11:39:52,2026-04-20 11:39:52,0.00,EUR,,,Max Mustermann,22.10,EUR,Musterladen - Teneriffa,22.10,EUR,1.0,,,Max Mustermann,Shopping,",
      "TRANSFER-0000000002,COMPLETED,IN,2026-04-18 08:00:00,2026-04-18 08:01:00,0.00,EUR,,,Erika Beispiel,100.00,EUR,Max Mustermann,100.00,EUR,1.0,Miete Anteil,,Erika Beispiel,,",
      "TRANSFER-0000000003,CANCELLED,OUT,2026-04-19 08:00:00,,0.00,EUR,,,Max Mustermann,50.00,EUR,Someone,50.00,EUR,1.0,,,Max Mustermann,,",
    ]),
    rows: 2,
    sumCents: -2210 + 10000,
    probe: { cents: -2210, date: "2026-04-20", text: /musterladen/i },
  },
  {
    bank: "Monzo",
    fileName: "MonzoDataExport_Alltime_2024-08-31.csv",
    currency: "GBP",
    content: utf8([
      "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency",
      "tx_0000AAAAAAAAAAAAAAAAAA,10/08/2024,01:09:44,Card payment,Berry Farm,,Personal Expenses,-13.75,GBP,-24.00,CAD,,Rr 1,,SQ *BERRY FARM GOSQ. MUSTERTOWN    CAN,,-13.75,,569.97,GBP",
      "tx_0000BBBBBBBBBBBBBBBBBB,12/08/2024,09:15:02,Card payment,Tesco,🛒,Groceries,-23.40,GBP,-23.40,GBP,,,,TESCO STORES 3021       LONDON        GBR,,-23.40,,546.57,GBP",
      "tx_0000CCCCCCCCCCCCCCCCCC,28/08/2024,07:00:00,Faster payment,ACME LTD,,Income,2100.00,GBP,2100.00,GBP,,,,ACME LTD SALARY,,,2100.00,2646.57,GBP",
    ]),
    rows: 3,
    sumCents: -1375 - 2340 + 210000,
    closingCents: 264657,
    probe: { cents: -2340, date: "2024-08-12", text: /tesco/i },
  },
  {
    bank: "Starling",
    fileName: "StarlingStatement_2026-06.csv",
    currency: "GBP",
    content: utf8([
      "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes",
      "02/06/2026,Sainsburys,SAINSBURYS S/MKTS,CARD,-31.20,968.80,GROCERIES,",
      "05/06/2026,Landlord Ltd,RENT JUNE,FASTER PAYMENT,-850.00,118.80,PAYMENTS,",
    ]),
    rows: 2,
    sumCents: -3120 - 85000,
    closingCents: 11880,
    probe: { cents: -3120, date: "2026-06-02", text: /sainsbury/i },
  },
  {
    bank: "Barclays",
    fileName: "data.csv",
    currency: "GBP",
    content: utf8([
      "Number,Date,Account,Amount,Subcategory,Memo",
      ",30/10/2025,20-00-00 12345678,-18.45,PAYMENT,DELIVEROO ON 30 OCT CPM",
      ",21/07/2025,20-00-00 12345678,-42.10,Debit,TESCO STORES 3021   ON 21 JUL          BCC",
      ",28/07/2025,20-00-00 12345678,2300.00,DIRECTDEP,ACME LTD ACME BGC",
    ]),
    rows: 3,
    sumCents: -1845 - 4210 + 230000,
    probe: { cents: -1845, date: "2025-10-30", text: /deliveroo/i },
  },
  {
    // The full UK export; the short Date,Description,Amount one names no bank and no currency.
    bank: "American Express",
    fileName: "activity.csv",
    currency: "GBP",
    content: utf8([
      "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category",
      `03/09/2025,PRET A MANGER          LONDON,MR A SURNAME,-71002,6.45,"PRET A MANGER","PRET A MANGER          LONDON","1 MAIN STREET",LONDON,EC1A 1BB,UNITED KINGDOM,'320252460000001',Entertainment-Restaurants`,
      `05/09/2025,AMAZON.CO.UK*AB12C3DE4 AMAZON.CO.UK,MR A SURNAME,-71002,23.99,"AB12C3DE4
AMAZON.CO.UK","AMAZON.CO.UK*AB12C3DE4 AMAZON.CO.UK","",LUXEMBOURG,,LUXEMBOURG,'320252480000002',General Purchases-Online Purchases`,
      `20/09/2025,PAYMENT RECEIVED - THANK YOU,MR A SURNAME,-71002,-30.44,,,,,,,'320252630000003',`,
    ], "\r\n"),
    rows: 3,
    sumCents: -645 - 2399 + 3044,
    probe: { cents: -645, date: "2025-09-03", text: /pret/i },
  },
  {
    bank: "Chase",
    fileName: "Chase1234_Activity_20260805.CSV",
    currency: "USD",
    content: utf8([
      "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #",
      `DEBIT,08/04/2026,"TRADER JOE'S #552 BROOKLYN NY",-64.12,DEBIT_CARD,2325.93,,`,
      `CREDIT,08/01/2026,"ACME CORP PAYROLL PPD ID: 1234",2390.05,ACH_CREDIT,2390.05,,`,
    ]),
    rows: 2,
    sumCents: -6412 + 239005,
    probe: { cents: -6412, date: "2026-08-04", text: /trader joe/i },
  },
  {
    bank: "Chase",
    fileName: "Chase5678_Activity20260805.CSV",
    currency: "USD",
    content: utf8([
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      "08/03/2026,08/04/2026,SQ *BLUE BOTTLE COFFEE 0123,Food & Drink,Sale,-4.75,",
      "08/01/2026,08/02/2026,AUTOMATIC PAYMENT - THANK,,Payment,250.00,",
      "07/30/2026,07/31/2026,AMAZON MKTPL*BD4XZ9GIX,Shopping,Return,12.99,",
    ]),
    rows: 3,
    sumCents: -475 + 25000 + 1299,
    probe: { cents: -475, date: ["2026-08-03", "2026-08-04"], text: /blue bottle/i },
  },
  {
    bank: "Capital One",
    fileName: "capitalone.csv",
    currency: "USD",
    content: utf8([
      "Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit",
      "2015-12-31,2016-01-02,1234,CAPITAL ONE AUTOPAY PYMT,Payment/Credit,,1000.00",
      "2015-12-28,2015-12-29,1234,KROGER #539 800-853-3033 VA,Grocery,56.78,",
    ]),
    rows: 2,
    sumCents: 100000 - 5678,
    probe: { cents: -5678, date: ["2015-12-28", "2015-12-29"], text: /kroger/i },
  },
  {
    bank: "Nationwide",
    fileName: "Statement Download 2026-Jun-30.csv",
    currency: "GBP",
    content: latin1([
      `"Account Name:","FlexAccount ****12345"`,
      `"Account Balance:","£1,234.56"`,
      `"Available Balance: ","£1,234.56"`,
      ``,
      `"Date","Transaction type","Description","Paid out","Paid in","Balance"`,
      `"03 Jun 2026","Contactless Payment","COSTA COFFEE 43012","£3.45","","£1,396.55"`,
      `"10 Jun 2026","Direct debit","BRITISH GAS","£162.99","","£1,233.56"`,
      `"30 Jun 2026","Bank credit","INTEREST","","£1.00","£1,234.56"`,
    ]),
    rows: 3,
    sumCents: -345 - 16299 + 100,
    closingCents: 123456,
    probe: { cents: -345, date: "2026-06-03", text: /costa/i },
  },
  {
    bank: "ING",
    fileName: "NL00INGB0000000001_01-09-2026_30-09-2026.csv",
    currency: "EUR",
    content: utf8([
      `"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"`,
      `"20260912";"Albert Heijn 1234";"NL00INGB0000000001";"";"BA";"Af";"34,82";"Betaalautomaat";"Pasvolgnr: 001 12-09-2026 14:32 Transactie: 1A2B3C Term: AB123C Valutadatum: 12-09-2026";"3615,18";""`,
      `"20260910";"Werkgever BV";"NL00INGB0000000001";"NL91ABNA0417164300";"OV";"Bij";"1.250,00";"Overschrijving";"Salaris september";"3650,00";""`,
    ]),
    rows: 2,
    sumCents: -3482 + 125000,
    probe: { cents: -3482, date: "2026-09-12", text: /albert heijn/i },
  },
];

// PayPal "Aktivitätsbericht" (German account): 41 quoted columns, UTF-8 with BOM.
const PAYPAL_HEADER = [
  "Datum", "Uhrzeit", "Zeitzone", "Name", "Typ", "Status", "Währung", "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse", "Empfänger E-Mail-Adresse",
  "Transaktionscode", "Lieferadresse", "Adress-Status", "Artikelbezeichnung", "Artikelnummer", "Versand- und Bearbeitungsgebühr", "Versicherungsbetrag", "Umsatzsteuer",
  "Option 1 Name", "Option 1 Wert", "Option 2 Name", "Option 2 Wert", "Zugehöriger Transaktionscode", "Rechnungsnummer", "Zollnummer", "Anzahl", "Empfangsnummer",
  "Guthaben", "Adresszeile 1", "Adresszusatz", "Ort", "Bundesland", "PLZ", "Land", "Telefon", "Betreff", "Hinweis", "Ländervorwahl", "Auswirkung auf Guthaben",
];
function paypalRow(v: Record<string, string>): string {
  return PAYPAL_HEADER.map((h) => `"${v[h] ?? ""}"`).join(",");
}
export const PAYPAL_DE: Buffer = utf8(
  [
    PAYPAL_HEADER.map((h) => `"${h}"`).join(","),
    paypalRow({ Datum: "14.07.2025", Uhrzeit: "12:54:01", Zeitzone: "CEST", Name: "PayPal", Typ: "Einbehaltung für offene Autorisierung", Status: "Ausstehend", Währung: "EUR", Brutto: "-13,21", Gebühr: "0,00", Netto: "-13,21", Transaktionscode: "1HL00000AA000001A", Guthaben: "0,00", "Auswirkung auf Guthaben": "Soll" }),
    paypalRow({ Datum: "14.07.2025", Uhrzeit: "12:56:04", Zeitzone: "CEST", Name: "Beispiel-Shop GmbH", Typ: "PayPal Express-Zahlung", Status: "Abgeschlossen", Währung: "EUR", Brutto: "-13,21", Gebühr: "0,00", Netto: "-13,21", "Absender E-Mail-Adresse": "max@example.invalid", "Empfänger E-Mail-Adresse": "shop@example.invalid", Transaktionscode: "0AA00000AA000000A", Guthaben: "-13,21", "Auswirkung auf Guthaben": "Soll" }),
    paypalRow({ Datum: "14.07.2025", Uhrzeit: "12:56:04", Zeitzone: "CEST", Name: "", Typ: "Bankgutschrift auf PayPal-Konto", Status: "Abgeschlossen", Währung: "EUR", Brutto: "13,21", Gebühr: "0,00", Netto: "13,21", Transaktionscode: "0BB00000BB000000B", "Zugehöriger Transaktionscode": "0AA00000AA000000A", Guthaben: "0,00", "Auswirkung auf Guthaben": "Haben" }),
    paypalRow({ Datum: "14.07.2025", Uhrzeit: "12:56:05", Zeitzone: "CEST", Name: "PayPal", Typ: "Rückbuchung allgemeiner Einbehaltung", Status: "Abgeschlossen", Währung: "EUR", Brutto: "13,21", Gebühr: "0,00", Netto: "13,21", Transaktionscode: "1HL00000AA000002A", "Zugehöriger Transaktionscode": "1HL00000AA000001A", Guthaben: "0,00", "Auswirkung auf Guthaben": "Haben" }),
    paypalRow({ Datum: "02.08.2025", Uhrzeit: "20:11:40", Zeitzone: "CEST", Name: "Valve Corporation", Typ: "PayPal Express-Zahlung", Status: "Abgeschlossen", Währung: "USD", Brutto: "-19,99", Gebühr: "0,00", Netto: "-19,99", Transaktionscode: "2CC00000CC000000C", Guthaben: "-19,99", "Auswirkung auf Guthaben": "Soll" }),
    paypalRow({ Datum: "02.08.2025", Uhrzeit: "20:11:40", Zeitzone: "CEST", Name: "", Typ: "Allgemeine Währungsumrechnung", Status: "Abgeschlossen", Währung: "USD", Brutto: "19,99", Gebühr: "0,00", Netto: "19,99", Transaktionscode: "3DD00000DD000000D", "Zugehöriger Transaktionscode": "2CC00000CC000000C", Guthaben: "0,00", "Auswirkung auf Guthaben": "Haben" }),
    paypalRow({ Datum: "02.08.2025", Uhrzeit: "20:11:40", Zeitzone: "CEST", Name: "", Typ: "Allgemeine Währungsumrechnung", Status: "Abgeschlossen", Währung: "EUR", Brutto: "-18,52", Gebühr: "0,00", Netto: "-18,52", Transaktionscode: "4EE00000EE000000E", "Zugehöriger Transaktionscode": "2CC00000CC000000C", Guthaben: "-18,52", "Auswirkung auf Guthaben": "Soll" }),
    paypalRow({ Datum: "02.08.2025", Uhrzeit: "20:11:40", Zeitzone: "CEST", Name: "", Typ: "Bankgutschrift auf PayPal-Konto", Status: "Abgeschlossen", Währung: "EUR", Brutto: "18,52", Gebühr: "0,00", Netto: "18,52", Transaktionscode: "5FF00000FF000000F", "Zugehöriger Transaktionscode": "2CC00000CC000000C", Guthaben: "0,00", "Auswirkung auf Guthaben": "Haben" }),
  ],
  "\n",
  true,
);
