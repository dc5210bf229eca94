import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { renderPlain } from "../../../src/i18n/index.ts";
import { bank, cents, statedMovement, sumCents } from "./bank-helpers.ts";

describe("PayPal activity download", () => {
  it("folds conversion pairs and bank top-ups into one purchase in EUR and drops authorisation holds", () => {
    const s = bank("paypal-de.csv");
    expect(s.account).toEqual({ name: "PayPal", bank: "PayPal", product: "PayPal", currency: "EUR", kind: "OTHER" });
    expect(s.transactions.map((t) => [t.status, t.bookingDate, t.amount, t.currency, t.originalAmount, t.originalCurrency, t.counterpartyName, t.externalId])).toEqual([
      ["booked", "2025-07-14", "-13.21", "EUR", null, null, "Beispiel-Shop GmbH", "0AA00000AA000000A"],
      ["booked", "2025-07-20", "-9.27", "EUR", "-10.00", "USD", "Example Games Inc.", "0BB00000BB000000B"],
      ["booked", "2025-07-25", "-25.00", "EUR", null, null, "Erika Musterfrau", "0CC00000CC000000C"],
      ["booked", "2025-07-28", "15.00", "EUR", null, null, "Max Beispiel", "0DD00000DD000000D"],
      ["pending", "2025-07-30", "-10.99", "EUR", null, null, "Spotify AB", "0EE00000EE000000E"],
    ]);
    expect(s.transactions[1]!.raw).toMatchObject({ line: 6, foldedLines: [7, 8, 9] });
    expect(s.transactions[0]!.description).toBe("Handyhülle schwarz");
  });

  it("states the EUR balance before and after, and the kept rows explain the whole movement", () => {
    const s = bank("paypal-de.csv");
    expect(s.openingBalance).toEqual({ amount: "5.00", currency: "EUR", date: "2025-07-14" });
    expect(s.closingBalance).toEqual({ amount: "9.01", currency: "EUR", date: "2025-07-30" });
    // Top-ups come from the bank and are not spending: movement = kept rows + top-ups 13,21 + 9,27 + 25,00.
    expect(statedMovement(s)).toBe(sumCents(s.transactions) + cents("47.48"));
  });

  it("tells what was folded and dropped", () => {
    const s = bank("paypal-de.csv");
    expect(s.notices).toEqual([
      { key: "import.notice.paypal_folded", params: { rows: 5, purchases: 3 } },
      { key: "import.notice.paypal_holds_dropped", params: { count: 2 } },
    ]);
    expect(renderPlain("de", s.notices![0]!)).toContain("5 verknüpfte Zeilen");
    expect(renderPlain("en", s.notices![1]!)).toContain("2 rows that move no money");
  });

  it("reads a US account's English export: M/D/YYYY, dot decimals, net after fees, the top-up type with its trailing space", () => {
    const s = bank("paypal-en.csv");
    expect(s.account.currency).toBe("USD");
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.currency, t.transactionType])).toEqual([
      ["2018-01-14", "-6.99", "USD", "Express Checkout Payment"],
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
    ]);
  });
});
