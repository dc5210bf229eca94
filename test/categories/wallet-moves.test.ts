// Money moving between a wallet (Venmo, PayPal, Cash App) and the person's own
// bank is their own money changing place: not a refund, not cash, not spending,
// not income, even when only the wallet or only the bank is imported.
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";
import { bank } from "../connectors/file-import/bank-helpers.ts";
import { parseStatementFile } from "../../connectors/file-import/index.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";

const key = (tx: CategorizeInput) => categorize(tx, { rules: [] }).categoryKey;

describe("a wallet paying out to the person's bank, or the bank topping the wallet up", () => {
  it.each<[string, CategorizeInput]>([
    ["a Venmo cash-out seen from the bank (Bank of America)", { amount: "100.00", description: "VENMO DES:CASHOUT ID:XXXXX00000000 INDN:JOHN DOE CO ID:XXXXX00000 PPD" }],
    ["a Venmo cash-out seen from the bank (Chase ACH)", { amount: "38.50", description: "VENMO            CASHOUT                    PPD ID: 5264681992", transactionType: "ACH_CREDIT" }],
    ["a Venmo standard transfer in the Venmo export", { amount: "-100.00", counterpartyName: "John Doe", transactionType: "Standard Transfer" }],
    ["a Venmo instant transfer in the Venmo export", { amount: "-250.00", transactionType: "Instant Transfer", description: "Chase Bank *1234" }],
    ["a Cash App cash-out seen from the bank", { amount: "60.00", description: "CASH APP*CASH OUT" }],
    ["a PayPal withdrawal (English export)", { amount: "-250.00", transactionType: "General Withdrawal", counterpartyName: "Bank Account" }],
    ["a PayPal withdrawal (German export)", { amount: "-250.00", transactionType: "Allgemeine Abbuchung" }],
    ["a PayPal withdrawal started by the user", { amount: "-80.00", transactionType: "User Initiated Withdrawal" }],
    ["a PayPal top-up from the bank (English, with PayPal's trailing space)", { amount: "50.00", transactionType: "Bank Deposit to PP Account " }],
    ["a PayPal top-up from the bank (German)", { amount: "50.00", transactionType: "Bankgutschrift auf PayPal-Konto" }],
    ["a PayPal withdrawal seen from a US bank", { amount: "250.00", description: "PAYPAL DES:TRANSFER ID:1234567890 INDN:JOHN DOE CO ID:PAYPALSI77 PPD" }],
  ])("%s is a transfer", (_name, tx) => {
    expect(key(tx)).toBe("transfers");
  });

  it.each<[string, CategorizeInput, string]>([
    ["money sent to a friend on Venmo", { amount: "-45.00", description: "VENMO DES:PAYMENT ID:XXXXX00000001 INDN:JOHN DOE CO ID:XXXXX00000 WEB" }, "other"],
    ["cash from a machine with the PayPal card", { amount: "-40.00", transactionType: "General Card Withdrawal" }, "cash"],
    ["a PayPal purchase", { amount: "-13.21", counterpartyName: "Spotify AB", transactionType: "Subscription Payment" }, "subscriptions"],
  ])("%s is not", (_name, tx, want) => {
    expect(key(tx)).toBe(want);
  });
});

describe("PayPal activity download", () => {
  const header = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "Transaction ID", "Reference Txn ID", "Balance Impact"];
  const row = (name: string, type: string, net: string, id: string, impact: string) =>
    ["3/2/2026", "10:00:00", "PST", name, type, "Completed", "USD", net, "0.00", net, id, "", impact].map((c) => `"${c}"`).join(",");

  it("marks a withdrawal to the bank as own money moving, whichever language, and leaves payments alone", () => {
    const csv = [
      header.map((h) => `"${h}"`).join(","),
      row("Spotify AB", "Subscription Payment", "-10.99", "P1", "Debit"),
      row("", "General Withdrawal", "-100.00", "W1", "Debit"),
      row("", "Allgemeine Abbuchung", "-20.00", "W2", "Debit"),
    ].join("\n");
    const s = parseStatementFile({ fileName: "Download.CSV", content: Buffer.from(csv) });
    expect(s.transactions.map((t) => [t.amount, t.providerCategory])).toEqual([
      ["-10.99", null],
      ["-100.00", "transfers"],
      ["-20.00", "transfers"],
    ]);
    expect(s.transactions.map((t) => categorizeForSync(t).key)).toEqual(["subscriptions", "transfers", "transfers"]);
  });

  it("still marks the German file's top-ups as transfers", () => {
    const s = bank("paypal-de.csv");
    const topUps = s.transactions.filter((t) => t.transactionType === "Bankgutschrift auf PayPal-Konto");
    expect(topUps.map((t) => categorizeForSync(t).key)).toEqual(["transfers", "transfers", "transfers"]);
  });
});
