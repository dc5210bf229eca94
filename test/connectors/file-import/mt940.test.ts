import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { importErrorOf, parseFixture } from "./fixture.ts";

describe("MT940", () => {
  it("merges the statements of one account and reads :61:/:86: into exact transactions", () => {
    const s = parseFixture("mt940.sta", "export.csv");
    expect(s.format).toBe("mt940");
    expect(s.account).toEqual({ accountNumber: "37040044/0532013000", currency: "EUR" });
    expect(s.otherAccounts).toEqual([]);
    expect(s.openingBalance).toEqual({ amount: "1234.56", currency: "EUR", date: "2023-12-29" });
    expect(s.closingBalance).toEqual({ amount: "4383.37", currency: "EUR", date: "2024-01-02" });
    expect(s.transactions.map(({ raw: _raw, ...t }) => t)).toEqual([
      {
        externalId: "2023122912345",
        status: "booked",
        // Entry date 0102 after a value date in late December belongs to the next year.
        bookingDate: "2024-01-02",
        valueDate: "2023-12-29",
        amount: "-61.29",
        currency: "EUR",
        counterpartyName: "Stadtwerke Köln GmbH",
        counterpartyIban: "DE12370501980001234567",
        description: "Abschlag Strom Dezember 2023",
        transactionType: "SEPA-BASISLASTSCHRIFT",
      },
      {
        externalId: null,
        status: "booked",
        bookingDate: "2023-12-29",
        valueDate: "2023-12-29",
        amount: "3210.00",
        currency: "EUR",
        counterpartyName: "Arbeitgeber Süd AG",
        counterpartyIban: "DE02100100100006820101",
        description: "Gehalt Dezember 2023",
        transactionType: "SEPA-GUTSCHRIFT",
      },
      {
        externalId: "BANKREF9876",
        status: "booked",
        bookingDate: "2024-01-02",
        valueDate: "2024-01-02",
        amount: "0.10",
        currency: "EUR",
        counterpartyName: null,
        counterpartyIban: null,
        description: "Zinsgutschrift Tagesgeld für Dezember",
        transactionType: "NMSC",
      },
    ]);
  });

  it("reports a file cut off before the closing balance, with the last line", () => {
    const err = importErrorOf(() => parseFixture("mt940-truncated.sta"));
    expect(err.userMessage.key).toBe("import.error.truncated");
    expect([err.line, err.field]).toEqual([10, ":62F:"]);
  });

  it("names the line of an unreadable :61: statement line", () => {
    const sta = [":20:X", ":25:DE89370400440532013000", ":60F:C240101EUR0,00", ":61:2401011C5,00NTRFNONREF", ":62F:C240101EUR5,00", ""].join("\n");
    const err = importErrorOf(() => parseStatementFile({ fileName: "a.sta", content: Buffer.from(sta) }));
    expect([err.line, err.field]).toEqual([4, ":61:"]);
  });

  it("keeps accounts apart and reads reversals and an IBAN in :25:", () => {
    const sta = [
      ":20:A",
      ":25:DE89370400440532013000",
      ":60F:C240101EUR10,00",
      ":61:240102RC5,NTRFNONREF",
      ":62F:C240102EUR5,00",
      "-",
      ":20:B",
      ":25:10020030/123456",
      ":60F:D240101EUR1,00",
      ":61:240102RD1,5NTRFNONREF",
      ":62F:C240102EUR0,50",
      "-",
    ].join("\n");
    const s = parseStatementFile({ fileName: "a.sta", content: Buffer.from(sta) });
    expect(s.account.iban).toBe("DE89370400440532013000");
    expect(s.transactions.map((t) => t.amount)).toEqual(["-5.00"]);
    expect(s.otherAccounts.map((p) => [p.account.accountNumber, p.openingBalance?.amount, p.transactions[0]?.amount])).toEqual([
      ["10020030/123456", "-1.00", "1.50"],
    ]);
  });
});
