import { describe, expect, it } from "vitest";
import { importErrorOf, parseFixture } from "./fixture.ts";

describe("CAMT.053", () => {
  it("reads account, balances and entries with sign from CdtDbtInd and both status notations", () => {
    const s = parseFixture("camt053.xml", "auszug.txt");
    expect(s.format).toBe("camt053");
    // Ownr/Nm is the holder, a person; it never names the account.
    expect(s.account).toEqual({ iban: "DE89370400440532013000", accountNumber: undefined, name: undefined, currency: "EUR" });
    expect(s.openingBalance).toEqual({ amount: "1500.00", currency: "EUR", date: "2024-03-04" });
    expect(s.closingBalance).toEqual({ amount: "4648.71", currency: "EUR", date: "2024-03-05" });
    expect(s.transactions.map(({ raw: _raw, ...t }) => t)).toEqual([
      {
        externalId: "2024030512345001",
        status: "booked",
        bookingDate: "2024-03-05",
        valueDate: "2024-03-05",
        amount: "-61.29",
        currency: "EUR",
        originalAmount: null,
        originalCurrency: null,
        counterpartyName: "Stadtwerke Köln GmbH",
        counterpartyIban: "DE12370501980001234567",
        description: "Abschlag Strom März Kundennr. 4711",
        transactionType: "SEPA-Lastschrift",
      },
      {
        externalId: "2024030512345002",
        status: "booked",
        bookingDate: "2024-03-05",
        valueDate: "2024-03-04",
        amount: "3210.00",
        currency: "EUR",
        originalAmount: null,
        originalCurrency: null,
        counterpartyName: "Arbeitgeber Süd AG",
        counterpartyIban: "DE02100100100006820101",
        description: "Gehalt Februar 2024",
        transactionType: "SEPA-Gutschrift",
      },
      {
        externalId: null,
        status: "pending",
        bookingDate: "2024-03-06",
        valueDate: "2024-03-06",
        amount: "-0.10",
        currency: "EUR",
        originalAmount: null,
        originalCurrency: null,
        counterpartyName: "Max Öttinger",
        counterpartyIban: null,
        description: "Testüberweisung",
        transactionType: null,
      },
    ]);
  });

  it("reports broken XML with the line where it broke", () => {
    const err = importErrorOf(() => parseFixture("camt053-broken.xml"));
    expect(err.userMessage.key).toBe("import.error.bad_xml");
    expect(err.line).toBe(76);
    expect(err.message).toMatch(/^The XML is broken at line 76: .*Cdtr/);
  });

  it("names the line and element of an amount that is not an XML decimal", () => {
    const err = importErrorOf(() => parseFixture("camt053-bad-amount.xml"));
    expect([err.line, err.field]).toEqual([86, "Amt"]);
    expect(err.message).toBe("Line 86, column 'Amt': '3.210,00' is not an amount.");
  });
});
