// Small hand-made exports for the PayPal funding tests, in the shapes of
// bank-formats.md: a German PayPal activity download (§1.5: UTF-8 with BOM,
// ",", all quoted, the 41-column German header) and a Sparkasse Girokonto
// CSV-MT940 (11 quoted columns, ISO-8859-1) whose PayPal debits read
// "…, Ihr Einkauf bei <shop>" (§3.2). Amounts are written as the files write
// them ("-549,00"), never computed from floats.

export const GIRO_IBAN = "DE89370400440532013000";
const PAYPAL_CREDITOR_IBAN = "LU89751000135104200E";

const PAYPAL_HEADER = [
  "Datum", "Uhrzeit", "Zeitzone", "Name", "Typ", "Status", "Währung", "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse",
  "Empfänger E-Mail-Adresse", "Transaktionscode", "Lieferadresse", "Adress-Status", "Artikelbezeichnung", "Artikelnummer",
  "Versand- und Bearbeitungsgebühr", "Versicherungsbetrag", "Umsatzsteuer", "Option 1 Name", "Option 1 Wert", "Option 2 Name",
  "Option 2 Wert", "Zugehöriger Transaktionscode", "Rechnungsnummer", "Zollnummer", "Anzahl", "Empfangsnummer", "Guthaben",
  "Adresszeile 1", "Adresszusatz", "Ort", "Bundesland", "PLZ", "Land", "Telefon", "Betreff", "Hinweis", "Ländervorwahl",
  "Auswirkung auf Guthaben",
];

export interface PaypalLine {
  /** DD.MM.YYYY */
  date: string;
  name: string;
  type: string;
  /** German amount as PayPal writes it: "-549,00". */
  amount: string;
  id: string;
  ref?: string;
  balance: string;
  item?: string;
}

/** A purchase, and before it the top-up from the bank when the balance did not cover it. */
export const purchase = (date: string, name: string, amount: string, id: string, balance: string, item = ""): PaypalLine => ({
  date, name, type: "PayPal Express-Zahlung", amount, id, balance, item,
});
export const topUp = (date: string, amount: string, id: string, forPurchase: string, balance: string): PaypalLine => ({
  date, name: "PayPal Inc.", type: "Überweisung als Zahlungsquelle", amount, id, ref: forPurchase, balance,
});

export function paypalCsv(lines: readonly PaypalLine[]): Buffer {
  const row = (l: PaypalLine) => {
    const v: Record<string, string> = {
      Datum: l.date, Uhrzeit: "12:00:00", Zeitzone: "CEST", Name: l.name, Typ: l.type, Status: "Abgeschlossen", Währung: "EUR",
      Brutto: l.amount, Gebühr: "0,00", Netto: l.amount, Transaktionscode: l.id, "Zugehöriger Transaktionscode": l.ref ?? "",
      Artikelbezeichnung: l.item ?? "", Guthaben: l.balance, "Auswirkung auf Guthaben": l.amount.startsWith("-") ? "Soll" : "Haben",
    };
    return PAYPAL_HEADER.map((h) => `"${v[h] ?? ""}"`).join(",");
  };
  const text = [PAYPAL_HEADER.map((h) => `"${h}"`).join(","), ...lines.map(row)].join("\r\n");
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, "utf8")]);
}

export interface GiroLine {
  /** DD.MM.YY */
  date: string;
  text: string;
  purpose: string;
  name: string;
  iban: string;
  bic: string;
  amount: string;
}

/** The Girokonto's direct debit to PayPal that funded a purchase. */
export const paypalDebit = (date: string, amount: string, shop: string, ref: string): GiroLine => ({
  date, text: "FOLGELASTSCHRIFT", name: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: PAYPAL_CREDITOR_IBAN, bic: "PPLXLUL2", amount,
  purpose: `EREF+${ref} PP.7723.PP PAYPALMREF+5RZJ224RPW7DQCRED+LU96ZZZ0000000000000000058SVWZ+${ref}/PP.7723.PP/, ${shop}, Ihr Einkauf bei ${shop}`,
});

export function sparkasseCsv(lines: readonly GiroLine[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const text = [
    q(["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ", "Betrag", "Waehrung", "Info"]),
    ...lines.map((l) => q([GIRO_IBAN, l.date, l.date, l.text, l.purpose, l.name, l.iban, l.bic, l.amount, "EUR", "Umsatz gebucht"])),
  ].join("\r\n");
  return Buffer.from(`${text}\r\n`, "latin1");
}

export const rent = (date: string): GiroLine => ({
  date, text: "DAUERAUFTRAG", name: "Wohnungsgenossenschaft Rheinblick eG", iban: "DE12370501980008800123", bic: "COLSDE33XXX", amount: "-920,00",
  purpose: "EREF+NOTPROVIDEDSVWZ+Miete 10/2026 Rheinstr. 5 Whg. 12",
});
