import { describe, expect, it } from "vitest";
import { CONFIDENCE_THRESHOLD, parseWithGuess } from "../../../connectors/file-import/index.ts";
import { fixture, importErrorOf, parseFixture } from "./fixture.ts";
import { parseStatementFile } from "../../../connectors/file-import/parse.ts";

const strip = <T extends { raw?: unknown }>({ raw: _raw, ...t }: T) => t;

describe("generic CSV", () => {
  it("reads comma-separated English exports with quoted commas, doubled quotes and embedded newlines", () => {
    const s = parseFixture("generic-en.csv", "statement.txt");
    expect(s.format).toBe("generic-csv");
    expect(s.needsConfirmation).toBeUndefined();
    expect(s.transactions.map(strip)).toEqual([
      {
        externalId: null,
        status: "booked",
        bookingDate: "2024-03-01",
        valueDate: null,
        amount: "-18.90",
        currency: "EUR",
        counterpartyName: "Café Grünhaus",
        counterpartyIban: null,
        description: "Coffee beans, 1kg",
        transactionType: null,
      },
      {
        externalId: null,
        status: "booked",
        bookingDate: "2024-03-02",
        valueDate: null,
        amount: "1250.00",
        currency: "EUR",
        counterpartyName: "ACME Ltd.",
        counterpartyIban: null,
        description: 'Invoice 42 "rush" second line',
        transactionType: null,
      },
      {
        externalId: null,
        status: "booked",
        bookingDate: "2024-03-05",
        valueDate: null,
        amount: "0.10",
        currency: "CHF",
        counterpartyName: "Bücherei Zürich",
        counterpartyIban: null,
        description: "Refund",
        transactionType: null,
      },
    ]);
  });

  it("reads German semicolon files with a preamble and Soll/Haben columns, exactly", () => {
    const s = parseFixture("generic-de.csv");
    expect(s.needsConfirmation).toBeUndefined();
    expect(s.transactions.map((t) => [t.bookingDate, t.valueDate, t.amount, t.counterpartyName, t.description])).toEqual([
      ["2024-03-01", "2024-03-01", "-1050.00", "Hausverwaltung Müller", "Miete März"],
      ["2024-03-04", "2024-03-05", "3210.55", "Arbeitgeber GmbH", "Gehalt Februar"],
      ["2024-03-11", "2024-03-11", "-0.10", "Süßwaren Öztürk", "Einkauf"],
      ["2024-03-20", "2024-03-20", "1234567.89", "Bank", "Zinsen"],
    ]);
  });

  it("describes what it detected so the bot can show it", () => {
    const ambiguous = parseFixture("generic-ambiguous.csv").needsConfirmation!;
    expect(ambiguous).toMatchObject({ delimiter: ",", decimalSeparator: ".", headerLine: 1, currency: "EUR" });
    expect(ambiguous.columns.map((c) => [c.header, c.role])).toEqual([
      ["Date", "date"],
      ["Amount", "amount"],
      ["Description", "description"],
    ]);
    expect(ambiguous.sampleRows[0]).toEqual(["03/04/2024", "-12.50", "Groceries"]);
  });

  it("asks for confirmation when every day is 12 or less, and re-parses with the corrected date format", () => {
    const s = parseFixture("generic-ambiguous.csv");
    const guess = s.needsConfirmation;
    expect(guess?.doubts).toContain("ambiguous-date");
    expect(guess!.confidence).toBeLessThan(0.8);
    expect(s.transactions.map((t) => t.bookingDate)).toEqual(["2024-03-04", "2024-05-04", "2024-11-04"]);

    const fixed = parseWithGuess(fixture("generic-ambiguous.csv"), { ...guess!, dateFormat: "DD/MM/YYYY" });
    expect(fixed.needsConfirmation).toBeUndefined();
    expect(fixed.transactions.map((t) => [t.bookingDate, t.amount])).toEqual([
      ["2024-04-03", "-12.50"],
      ["2024-04-05", "-7.20"],
      ["2024-04-11", "2500.00"],
    ]);
  });

  it("recognises day-first slash dates without asking when a day is above 12", () => {
    const csv = "Datum;Betrag;Verwendungszweck\n03/04/2024;-1,00;A\n25/04/2024;2,00;B\n";
    const s = parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) });
    expect(s.needsConfirmation).toBeUndefined();
    expect(s.transactions.map((t) => t.bookingDate)).toEqual(["2024-04-03", "2024-04-25"]);
  });

  it("guesses columns from their values when the file has no header, and asks", () => {
    const csv = "2024-01-02,Rent January,-950.00\n2024-01-15,Salary,2100.50\n";
    const s = parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) });
    expect(s.needsConfirmation?.doubts).toEqual(expect.arrayContaining(["no-header", "roles-by-shape"]));
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.description])).toEqual([
      ["2024-01-02", "-950.00", "Rent January"],
      ["2024-01-15", "2100.50", "Salary"],
    ]);
  });

  it("counts a header cell of one space as a column, so rows that fill it still fit", () => {
    // VR's old export heads its S/H flag with " " (bank-formats.md §1.1).
    const csv = '"Buchungstag";"Verwendungszweck";"Umsatz";" "\n"01.02.2019";"Miete";"86,00";"S"\n"02.02.2019";"Gehalt";"100,00";"H"\n';
    const s = parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.description])).toEqual([
      ["2019-02-01", "86.00", "Miete"],
      ["2019-02-02", "100.00", "Gehalt"],
    ]);
    expect(s.needsConfirmation?.columns ?? []).toHaveLength(0);
  });

  it("keeps the unnamed column a header's trailing delimiter opens, so rows that fill it still fit", () => {
    // NewDay-style: "…,Amount," and a "CR" marker in that fourth column on some rows.
    const csv = "Date,Details,Amount,\n2024-01-02,Corner shop,-12.50,\n2024-01-03,Refund,5.00,CR\n2024-01-04,Bakery,-3.20\n";
    const s = parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.description, t.counterpartyName])).toEqual([
      ["2024-01-02", "-12.50", "Corner shop", null],
      ["2024-01-03", "5.00", "Refund", null],
      ["2024-01-04", "-3.20", "Bakery", null],
    ]);
  });

  it("still refuses a row wider than a header that ends without a delimiter", () => {
    const csv = "Date,Details,Amount\n2024-01-02,Corner shop,-12.50\n2024-01-03,Refund,5.00,CR\n";
    const err = importErrorOf(() => parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) }));
    expect([err.userMessage.key, err.line]).toEqual(["import.error.column_count", 3]);
  });

  it("names line and column of a date that does not fit, and attaches the guess for correction", () => {
    const csv = "Date,Amount\n2024-01-02,1.00\n2024-13-02,2.00\n";
    const err = importErrorOf(() => parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) }));
    expect([err.line, err.field]).toEqual([3, "Date"]);
    expect(err.userMessage).toEqual({ key: "import.error.bad_date", params: { line: 3, field: "Date", value: "2024-13-02" } });
    expect(err.guess?.dateFormat).toBe("YYYY-MM-DD");
  });

  it("rejects a corrected guess that is not well-formed", () => {
    const guess = parseFixture("generic-ambiguous.csv").needsConfirmation!;
    const err = importErrorOf(() => parseWithGuess(fixture("generic-ambiguous.csv"), { ...guess, currency: "euro" }));
    expect(err.userMessage.key).toBe("import.error.invalid_guess");
  });

  it("refuses a file without a date or amount column", () => {
    const csv = "Name,Note\nAnna,hello\nBen,bye\n";
    expect(importErrorOf(() => parseStatementFile({ fileName: "a.csv", content: Buffer.from(csv) })).userMessage.key).toBe(
      "import.error.no_columns",
    );
  });

  it("maps a Sparkasse CAMT-CSV layout without taking the own account or the original amount for the booking", () => {
    const header =
      '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Lastschrift Ursprungsbetrag";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"Betrag";"Waehrung"';
    const row = '"DE89370400440532013000";"05.03.24";"05.03.24";"FOLGELASTSCHRIFT";"Strom M\u00e4rz";"DE98ZZZ09999999999";"99,00";"Stadtwerke";"DE12370501980001234567";"-61,29";"EUR"';
    const s = parseStatementFile({ fileName: "x.csv", content: Buffer.from(`${header}\n${row}\n`, "latin1") });
    expect(s.needsConfirmation).toBeUndefined();
    expect(s.transactions.map(({ raw: _raw, ...t }) => t)).toEqual([
      {
        externalId: null,
        status: "booked",
        bookingDate: "2024-03-05",
        valueDate: "2024-03-05",
        amount: "-61.29",
        currency: "EUR",
        counterpartyName: "Stadtwerke",
        counterpartyIban: "DE12370501980001234567",
        description: "Strom März",
        transactionType: "FOLGELASTSCHRIFT",
      },
    ]);
  });
});

describe("a CSV whose amounts are mostly positive", () => {
  // German column names no profile knows, an Amex-like card export: charges positive, the payment negative.
  const card = [
    "Datum,Beschreibung,Kontonummer,Betrag,Land",
    '14/09/2026,REWE MARKT BONN,-41007,"23,40",GERMANY',
    '15/09/2026,TRATTORIA ROMA BONN,-41007,"77,49",GERMANY',
    '17/09/2026,ZAHLUNG/ÜBERWEISUNG ERHALTEN BESTEN DANK,-41007,"-100,89",',
    '20/09/2026,APPLE.COM/BILL,-41007,"2,99",LUXEMBOURG',
  ].join("\n");

  it("asks which way the signs go instead of reading every charge as money in", () => {
    const s = parseStatementFile({ fileName: "activity.csv", content: Buffer.from(card), defaultCurrency: "EUR" });
    expect(s.format).toBe("generic-csv");
    expect(s.needsConfirmation?.doubts).toContain("amount-sign");
    expect(s.needsConfirmation!.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it("reads positive amounts as money out once the person says so", () => {
    const guess = { ...parseStatementFile({ fileName: "activity.csv", content: Buffer.from(card), defaultCurrency: "EUR" }).needsConfirmation!, positiveOut: true };
    const s = parseWithGuess(Buffer.from(card), guess);
    expect(s.transactions.map((t) => t.amount)).toEqual(["-23.40", "-77.49", "100.89", "-2.99"]);
  });

  it("leaves an account's file, mostly money out, without that question", () => {
    const giro = ["Datum;Verwendungszweck;Betrag", "01.09.2026;Miete;-800,00", "03.09.2026;REWE;-23,40", "25.09.2026;Gehalt;2500,00", "27.09.2026;Strom;-79,00"].join("\n");
    const s = parseStatementFile({ fileName: "konto.csv", content: Buffer.from(giro), defaultCurrency: "EUR" });
    expect(s.needsConfirmation?.doubts ?? []).not.toContain("amount-sign");
  });
});
