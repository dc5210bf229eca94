import { describe, expect, it } from "vitest";
import { importErrorOf, parseFixture } from "./fixture.ts";

describe("OFX", () => {
  it("reads OFX 1.x SGML with unclosed leaf elements and Windows-1252 text", () => {
    const s = parseFixture("ofx1.ofx", "download.qfx");
    expect(s.format).toBe("ofx");
    expect(s.account).toEqual({ iban: "DE89370400440532013000", accountNumber: "DE89370400440532013000", currency: "EUR", kind: "CHECKING" });
    expect(s.closingBalance).toEqual({ amount: "1236021.90", currency: "EUR", date: "2024-03-05" });
    expect(s.transactions.map(({ raw: _raw, ...t }) => t)).toEqual([
      {
        externalId: "2024030400001",
        status: "booked",
        bookingDate: "2024-03-04",
        valueDate: null,
        amount: "-45.99",
        currency: "EUR",
        originalCurrency: null,
        counterpartyName: "Buchhandlung Größer",
        description: "Bücher & Zeitschriften",
        transactionType: "DEBIT",
      },
      {
        externalId: "2024030500002",
        status: "booked",
        bookingDate: "2024-03-05",
        valueDate: null,
        amount: "1234567.89",
        currency: "EUR",
        originalCurrency: null,
        counterpartyName: "Erbschaft Übertrag",
        description: "Erbschaft Übertrag",
        transactionType: "CREDIT",
      },
    ]);
  });

  it("reads OFX 2.x XML credit card statements, taking the posting day as written", () => {
    const s = parseFixture("ofx2.ofx", "x.xml");
    // ACCTID is a full card number: only its last four digits are kept (issue 9, item 6).
    expect(s.account).toEqual({ cardNumber: "•••• 1111", name: "•••• 1111", currency: "USD", kind: "CREDIT_CARD" });
    expect(JSON.stringify(s)).not.toContain("4111111111111111");
    expect(s.closingBalance).toEqual({ amount: "-1023.45", currency: "USD", date: "2024-03-10" });
    expect(s.transactions.map((t) => [t.externalId, t.bookingDate, t.amount, t.counterpartyName, t.description, t.transactionType])).toEqual([
      ["FIT-0001", "2024-03-08", "-23.45", "Café Münchner Freiheit", "Coffee & cake", "DEBIT"],
      ["FIT-0002", "2024-03-09", "500.00", "Payment - Thank you", "Payment - Thank you", "PAYMENT"],
    ]);
  });

  it("names the line and element of a broken TRNAMT", () => {
    const err = importErrorOf(() => parseFixture("ofx1-bad-amount.ofx"));
    expect([err.line, err.field]).toEqual([42, "TRNAMT"]);
    expect(err.userMessage.key).toBe("import.error.bad_amount");
  });
});
