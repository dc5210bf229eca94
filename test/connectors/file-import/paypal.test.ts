import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { renderPlain } from "../../../src/i18n/index.ts";
import "../../../connectors/file-import/index.ts";
import { bank, statedMovement, sumCents } from "./bank-helpers.ts";

describe("PayPal activity download", () => {
  it("folds conversion pairs into one purchase in EUR, keeps bank top-ups as rows of their own and drops authorisation holds", () => {
    const s = bank("paypal-de.csv");
    expect(s.account).toEqual({ name: "PayPal", bank: "PayPal", product: "PayPal", currency: "EUR", kind: "OTHER" });
    expect(s.transactions.map((t) => [t.status, t.bookingDate, t.amount, t.currency, t.originalAmount, t.originalCurrency, t.counterpartyName, t.externalId])).toEqual([
      ["booked", "2025-07-14", "-13.21", "EUR", null, null, "Beispiel-Shop GmbH", "0AA00000AA000000A"],
      ["booked", "2025-07-14", "13.21", "EUR", null, null, null, "0FUND000000000001"],
      ["booked", "2025-07-20", "-9.27", "EUR", "-10.00", "USD", "Example Games Inc.", "0BB00000BB000000B"],
      ["booked", "2025-07-20", "9.27", "EUR", null, null, null, "0FUND000000000002"],
      ["booked", "2025-07-25", "-25.00", "EUR", null, null, "Erika Musterfrau", "0CC00000CC000000C"],
      ["booked", "2025-07-25", "25.00", "EUR", null, null, null, "0FUND000000000003"],
      ["booked", "2025-07-28", "15.00", "EUR", null, null, "Max Beispiel", "0DD00000DD000000D"],
      ["pending", "2025-07-30", "-10.99", "EUR", null, null, "Spotify AB", "0EE00000EE000000E"],
    ]);
    expect(s.transactions[2]!.raw).toMatchObject({ line: 6, foldedLines: [7, 8] });
    expect(s.transactions[0]!.description).toBe("Handyhülle schwarz");
  });

  it("marks a top-up as own money arriving (a transfer), never a purchase or income", () => {
    const s = bank("paypal-de.csv");
    const topUps = s.transactions.filter((t) => t.transactionType === "Bankgutschrift auf PayPal-Konto");
    expect(topUps.map((t) => t.providerCategory)).toEqual(["transfers", "transfers", "transfers"]);
    expect(s.transactions.filter((t) => !topUps.includes(t)).every((t) => t.providerCategory === null)).toBe(true);
  });

  it("states the EUR balance before and after, and the kept rows explain the whole movement", () => {
    const s = bank("paypal-de.csv");
    expect(s.openingBalance).toEqual({ amount: "5.00", currency: "EUR", date: "2025-07-14" });
    expect(s.closingBalance).toEqual({ amount: "9.01", currency: "EUR", date: "2025-07-30" });
    expect(statedMovement(s)).toBe(sumCents(s.transactions));
  });

  it("tells what was folded, kept as transfers and dropped", () => {
    const s = bank("paypal-de.csv");
    expect(s.notices).toEqual([
      { key: "import.notice.paypal_folded", params: { rows: 2, purchases: 1 } },
      { key: "import.notice.paypal_top_ups", params: { count: 3 } },
      { key: "import.notice.paypal_holds_dropped", params: { count: 2 } },
    ]);
    expect(renderPlain("de", s.notices![0]!)).toContain("2 Zeilen mit Währungsumrechnungen");
    expect(renderPlain("en", s.notices![1]!)).toContain("3 top-ups");
    expect(renderPlain("en", s.notices![2]!)).toContain("2 rows that move no money");
  });

  it("reads a US account's English export: M/D/YYYY, dot decimals, net after fees, the top-up type with its trailing space", () => {
    const s = bank("paypal-en.csv");
    expect(s.account.currency).toBe("USD");
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.currency, t.transactionType])).toEqual([
      ["2018-01-14", "-6.99", "USD", "Express Checkout Payment"],
      ["2018-01-14", "6.99", "USD", "Bank Deposit to PP Account"],
      ["2018-01-31", "48.25", "USD", "Payment Received"],
    ]);
    expect(s.closingBalance).toEqual({ amount: "48.25", currency: "USD", date: "2018-01-31" });
  });

  it("keeps a US account in dollars when it buys in euros: the conversion pair and the top-up name the home currency", () => {
    const header = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "Transaction ID", "Reference Txn ID", "Balance Impact"];
    const row = (name: string, type: string, currency: string, net: string, id: string, ref: string, impact: string) =>
      ["2/5/2026", "19:40:11", "PST", name, type, "Completed", currency, net, "0.00", net, id, ref, impact].map((c) => `"${c}"`).join(",");
    const csv = [
      header.map((h) => `"${h}"`).join(","),
      row("Bergfreunde GmbH", "Express Checkout Payment", "EUR", "-84.90", "P1", "", "Debit"),
      row("", "General Currency Conversion", "EUR", "84.90", "C1", "P1", "Credit"),
      row("", "General Currency Conversion", "USD", "-92.37", "C2", "P1", "Debit"),
      row("", "Bank Deposit to PP Account ", "USD", "92.37", "F1", "P1", "Credit"),
    ].join("\n");
    // No default currency is given, so EUR would be assumed if the file did not tell.
    const s = parseStatementFile({ fileName: "Download.CSV", content: Buffer.from(csv) });
    expect(s.account.currency).toBe("USD");
    expect(s.transactions.map((t) => [t.amount, t.currency, t.originalAmount, t.originalCurrency, t.counterpartyName])).toEqual([
      ["-92.37", "USD", "-84.90", "EUR", "Bergfreunde GmbH"],
      // The bank top-up stays a row of its own (an own transfer), in dollars too.
      ["92.37", "USD", null, null, null],
    ]);
  });
});
