import { describe, expect, it } from "vitest";
import { fixture, importErrorOf, parseFixture } from "./fixture.ts";
import { splitBuchungstext } from "../../../connectors/file-import/comdirect-text.ts";
import { renderPlain } from "../../../src/i18n/index.ts";

describe("comdirect CSV export", () => {
  it("reads the Girokonto section from Windows-1252 bytes with exact amounts, pending row and balances", () => {
    expect(fixture("comdirect-girokonto.csv").includes(Buffer.from("Ums\u00e4tze", "latin1"))).toBe(true);
    const s = parseFixture("comdirect-girokonto.csv");
    expect(s.format).toBe("comdirect-csv");
    expect(s.account).toEqual({ name: "Girokonto", bank: "comdirect", product: "Girokonto", currency: "EUR", kind: "CHECKING" });
    expect(s.otherAccounts).toEqual([]);
    expect(s.closingBalance).toEqual({ amount: "1234567.89", currency: "EUR", date: "2024-03-31" });
    expect(s.openingBalance).toEqual({ amount: "1232350.61", currency: "EUR", date: "2024-03-01" });
    const rows = s.transactions.map(({ raw: _raw, ...t }) => t);
    expect(rows).toEqual([
      {
        externalId: null,
        status: "pending",
        bookingDate: "2024-03-28",
        valueDate: "2024-03-28",
        amount: "-0.10",
        currency: "EUR",
        counterpartyName: "Bäckerei Müller GmbH",
        counterpartyIban: "DE44500105175407324931",
        description: "Brötchen und Kaffee",
        transactionType: "Lastschrift / Belastung",
      },
      {
        externalId: "8V2C21234567890/1234",
        status: "booked",
        bookingDate: "2024-03-27",
        valueDate: "2024-03-27",
        amount: "3456.78",
        currency: "EUR",
        counterpartyName: "Arbeitgeber GmbH",
        counterpartyIban: null,
        description: "Gehalt März 2024",
        transactionType: "Übertrag / Überweisung",
      },
      {
        externalId: "J1234567890123/2",
        status: "booked",
        bookingDate: "2024-03-15",
        valueDate: "2024-03-14",
        amount: "-1234.50",
        currency: "EUR",
        counterpartyName: "Stadtwerke München GmbH",
        counterpartyIban: "DE12700202700012345678",
        description: "Abschlag Strom Kd-Nr. 4711",
        transactionType: "Lastschrift / Belastung",
      },
      {
        externalId: null,
        status: "booked",
        bookingDate: "2024-03-01",
        valueDate: "2024-03-01",
        amount: "-4.90",
        currency: "EUR",
        counterpartyName: null,
        counterpartyIban: null,
        description: "Kontoführungsentgelt März",
        transactionType: "Kontoführungsentgelt",
      },
    ]);
  });

  it("returns the Visa section as a second, credit-card account with its own balances", () => {
    const s = parseFixture("comdirect-visa.csv", "umsaetze.csv");
    expect(s.account.name).toBe("Girokonto");
    expect(s.transactions.map((t) => [t.amount, t.counterpartyName, t.counterpartyIban])).toEqual([
      ["-85.00", "Jörg Schäfer", "DE02120300000000202051"],
    ]);
    expect(s.closingBalance).toEqual({ amount: "2000.00", currency: "EUR", date: "2024-03-04" });
    expect(s.otherAccounts).toHaveLength(1);
    const visa = s.otherAccounts[0]!;
    expect(visa.account).toEqual({ name: "Visa-Karte (Kreditkarte)", bank: "comdirect", product: "Visa-Karte (Kreditkarte)", currency: "EUR", kind: "CREDIT_CARD" });
    expect(visa.closingBalance).toEqual({ amount: "-63.45", currency: "EUR", date: "2024-03-05" });
    expect(visa.openingBalance).toEqual({ amount: "0.00", currency: "EUR", date: "2024-03-05" });
    expect(visa.transactions.map(({ raw: _raw, ...t }) => t)).toEqual([
      {
        externalId: null,
        status: "pending",
        bookingDate: "2024-03-06",
        valueDate: "2024-03-06",
        amount: "-21.45",
        currency: "EUR",
        counterpartyName: "REWE Markt Köln",
        counterpartyIban: null,
        description: "REWE Markt Köln",
        transactionType: "Visa-Umsatz",
      },
      {
        externalId: "8291736450123456",
        status: "booked",
        bookingDate: "2024-03-05",
        valueDate: "2024-03-03",
        amount: "-42.00",
        currency: "EUR",
        counterpartyName: "AMAZON.DE AMAZON.DE LU",
        counterpartyIban: null,
        description: "AMAZON.DE AMAZON.DE LU",
        transactionType: "Visa-Umsatz",
      },
    ]);
  });

  it("fails the whole file naming the line and column of a broken amount", () => {
    const err = importErrorOf(() => parseFixture("comdirect-bad-amount.csv"));
    expect(err.line).toBe(9);
    expect(err.field).toBe("Umsatz in EUR");
    expect(err.message).toBe("Line 9, column 'Umsatz in EUR': '12,3x' is not an amount.");
    expect(renderPlain("de", err.userMessage)).toBe("Zeile 9, Spalte 'Umsatz in EUR': '12,3x' ist kein Betrag.");
  });

  it("keeps a 'Ref.' inside the purpose and only takes the trailing one as reference", () => {
    expect(splitBuchungstext("Auftraggeber: Max Buchungstext: Rechnung Ref. 12 vom Mai Ref. ABC/1")).toEqual({
      name: "Max",
      iban: null,
      description: "Rechnung Ref. 12 vom Mai",
      ref: "ABC/1",
    });
  });
});
