// Named profiles for UK, EU and US exports (bank-formats.md §1.2-1.4). The
// expected numbers are read off the fixture rows by hand; balances are
// re-added here in integer cents.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { parseStatementFile, type ParsedStatement } from "../../../connectors/file-import/index.ts";
import { BANK_PROFILES } from "../../../connectors/file-import/profiles/index.ts";
import { cents, sumCents } from "./cents.ts";
import { categorizeForSync } from "../../../src/categories/sync-categorizer.ts";

const ROOT = new URL("../../fixtures/import/", import.meta.url);
const INTL = new URL("banks-intl/", ROOT);

const EXPECTED_PROFILE: Record<string, string> = {
  "revolut.csv": "revolut",
  "wise-statement.csv": "wise-statement",
  "wise-history.csv": "wise-history",
  "monzo.csv": "monzo",
  "starling.csv": "starling",
  "barclays.csv": "barclays",
  "amex-uk.csv": "amex-uk",
  "amex-us.csv": "amex-us",
  "chase-checking.csv": "chase-checking",
  "chase-card.csv": "chase-card",
  "capital-one.csv": "capital-one",
  "bofa-checking.csv": "bofa-checking",
  "bofa-card.csv": "bofa-card",
  "wells-fargo.csv": "wells-fargo",
  "discover.csv": "discover",
  "citi.csv": "citi",
  "bunq.csv": "bunq",
  "bunq-2019.csv": "bunq-2019",
  "ing-nl.csv": "ing-nl",
  "ing-nl-2018.csv": "ing-nl-2018",
  "abn-amro.txt": "abn-amro",
  "rabobank.csv": "rabobank",
  "boursorama.csv": "boursorama",
  "nationwide.csv": "nationwide",
  "lloyds.csv": "lloyds",
  "natwest.csv": "natwest",
  "hsbc.csv": "hsbc",
  "newday.csv": "newday",
};
const INTL_IDS = new Set(Object.values(EXPECTED_PROFILE));

function allFixtures(dir: URL): URL[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    return statSync(url).isDirectory() ? allFixtures(new URL(`${name}/`, dir)) : [url];
  });
}

function parse(name: string): ParsedStatement {
  return parseStatementFile({ fileName: "upload.bin", content: readFileSync(new URL(name, INTL)) });
}

const rows = (s: { transactions: ParsedStatement["transactions"] }) => s.transactions.map((t) => [t.bookingDate, t.amount, t.currency, t.status]);

describe("bank profile detection", () => {
  it("has a fixture for every UK/EU/US profile", () => {
    expect(readdirSync(INTL).sort()).toEqual(Object.keys(EXPECTED_PROFILE).sort());
  });

  for (const [file, id] of Object.entries(EXPECTED_PROFILE)) {
    it(`${file} is read by ${id}, and by no other profile`, () => {
      const text = decodeText(readFileSync(new URL(file, INTL)));
      expect(BANK_PROFILES.filter((p) => p.detect(text)).map((p) => p.id)).toEqual([id]);
      const parsed = parse(file);
      expect(parsed.format).toBe("bank-csv");
      expect(parsed.profile).toBe(id);
    });
  }

  it("claims none of the other fixtures (comdirect, generic CSV, CAMT, MT940, OFX, other banks)", () => {
    const others = allFixtures(ROOT).filter((u) => !u.pathname.includes("/banks-intl/"));
    expect(others.length).toBeGreaterThan(10);
    for (const url of others) {
      const text = decodeText(readFileSync(url));
      const claimed = BANK_PROFILES.filter((p) => INTL_IDS.has(p.id) && p.detect(text)).map((p) => p.id);
      expect({ file: url.pathname.split("/fixtures/")[1], claimed }).toEqual({ file: url.pathname.split("/fixtures/")[1], claimed: [] });
    }
  });
});

describe("Revolut", () => {
  const s = parse("revolut.csv");

  it("splits products and currencies into accounts, each with its last running balance", () => {
    expect(s.account).toEqual({ bank: "Revolut", product: "Current", kind: "CHECKING", currency: "EUR" });
    expect(s.otherAccounts.map((p) => p.account)).toEqual([
      { bank: "Revolut", product: "Current", kind: "CHECKING", currency: "GBP" },
      { bank: "Revolut", product: "Savings", kind: "SAVINGS", currency: "EUR" },
    ]);
    expect(s.closingBalance).toEqual({ amount: "912.27", currency: "EUR", date: "2025-01-08" });
    expect(s.otherAccounts.map((p) => p.closingBalance)).toEqual([
      // Pret A Manger started on 4 Jan and completed on 5 Jan: the balance after it is the one of 5 Jan.
      { amount: "77.75", currency: "GBP", date: "2025-01-05" },
      { amount: "200.00", currency: "EUR", date: "2025-01-08" },
    ]);
    // The balance before the first row was 1218.48 - 500.00; booked rows (fee included) lead to the last balance.
    const booked = s.transactions.filter((t) => t.status === "booked").map((t) => t.amount);
    expect(cents("718.48") + sumCents(booked)).toBe(cents(s.closingBalance!.amount));
  });

  it("keeps pending rows pending, leaves reverted ones out, and makes the fee its own row", () => {
    expect(rows(s)).toEqual([
      ["2025-01-01", "500.00", "EUR", "booked"],
      ["2025-01-01", "-18.70", "EUR", "booked"],
      ["2025-01-03", "-100.00", "EUR", "booked"],
      ["2025-01-03", "-0.50", "EUR", "booked"],
      ["2025-01-06", "12.99", "EUR", "booked"],
      ["2025-01-08", "-200.00", "EUR", "booked"],
      ["2025-01-16", "-1.00", "EUR", "pending"],
    ]);
    expect(s.transactions[3]).toMatchObject({ counterpartyName: "Revolut", transactionType: "Fee", description: "Fee: Exchanged to GBP" });
    expect(s.transactions[1]).toMatchObject({ counterpartyName: "Uber Eats", valueDate: "2025-01-02", transactionType: "Card Payment" });
    expect(s.transactions.some((t) => t.amount === "-22.40")).toBe(false);
    expect(s.notices).toEqual([
      { key: "import.notice.rows_not_imported", params: { count: 1, bank: "Revolut", states: "REVERTED" } },
      { key: "import.notice.pending_kept", params: { count: 1 } },
      { key: "import.notice.fees_as_rows", params: { count: 1, bank: "Revolut" } },
    ]);
  });

  it("gives each leg of an exchange between its pockets the other pocket's currency, as Wise does, and its fee none", () => {
    const [gbp] = s.otherAccounts;
    expect(s.transactions[2]).toMatchObject({ amount: "-100.00", currency: "EUR", transactionType: "Exchange", originalCurrency: "GBP", originalAmount: null });
    expect(gbp!.transactions[0]).toMatchObject({ amount: "84.20", currency: "GBP", transactionType: "Exchange", originalCurrency: "EUR", originalAmount: null });
    expect(s.transactions[3]).toMatchObject({ transactionType: "Fee", originalCurrency: null });
    // A card payment keeps what the file says: no original currency.
    expect(s.transactions[1]?.originalCurrency ?? null).toBeNull();
  });
});

describe("Wise", () => {
  it("reads the transaction history: unsigned amounts by Direction, fees added to what left, conversions in both balances", () => {
    const s = parse("wise-history.csv");
    expect(rows(s)).toEqual([
      ["2026-04-20", "-22.10", "EUR", "booked"],
      ["2026-04-21", "2500.00", "EUR", "booked"],
      // 298.77 converted plus the 1.23 fee.
      ["2026-04-22", "-300.00", "EUR", "booked"],
    ]);
    expect(s.transactions[2]).toMatchObject({ originalAmount: "-255.63", originalCurrency: "GBP", transactionType: "Conversion", externalId: "BALANCE-0000000003:out" });
    expect(s.transactions[0]).toMatchObject({ counterpartyName: "Musterladen - Teneriffa", providerCategory: "Shopping" });
    expect(s.transactions[1]).toMatchObject({ counterpartyName: "ACME GmbH", description: "Gehalt April" });
    const [gbp] = s.otherAccounts;
    expect(gbp?.account.currency).toBe("GBP");
    // 120.00 sent plus the 0.85 fee.
    expect(rows(gbp!)).toEqual([
      ["2026-04-22", "255.63", "GBP", "booked"],
      ["2026-04-23", "-120.85", "GBP", "booked"],
      ["2026-04-25", "-4.20", "GBP", "booked"],
    ]);
    expect(gbp!.transactions[0]).toMatchObject({ originalAmount: "298.77", originalCurrency: "EUR", externalId: "BALANCE-0000000003:in" });
    expect(s.notices).toEqual([{ key: "import.notice.rows_not_imported", params: { count: 1, bank: "Wise", states: "CANCELLED" } }]);
  });

  it("says what each history row is by the prefix of its ID: money in on a TRANSFER- row was sent, not refunded", () => {
    const s = parse("wise-history.csv");
    const [gbp] = s.otherAccounts;
    expect([...s.transactions, ...gbp!.transactions].map((t) => [t.externalId, t.transactionType])).toEqual([
      ["CARD_TRANSACTION-0000000001", "Card payment"],
      ["TRANSFER-0000000002", "Transfer"],
      ["BALANCE-0000000003:out", "Conversion"],
      ["BALANCE-0000000003:in", "Conversion"],
      ["TRANSFER-0000000004", "Transfer"],
      ["CARD_TRANSACTION-0000000006", "Card payment"],
    ]);
  });

  it("files an invoice paid into a USD balance by a client named like a brand as income, a card's money back as a refund", () => {
    const header = readFileSync(new URL("wise-history.csv", INTL), "utf8").split("\n")[0];
    const csv = [
      header,
      "TRANSFER-1800000230,COMPLETED,IN,2026-06-12 15:50:50,2026-06-12 15:50:50,0.00,USD,,,Brightline Media LLC,800.00,USD,Emma Clarke,800.00,USD,1.0,Invoice 2026-06,,Brightline Media LLC,Money added,",
      "CARD_TRANSACTION-2900231,COMPLETED,IN,2026-06-14 10:00:00,2026-06-14 10:00:00,0.00,USD,,,Uber *Trip - New York,19.75,USD,Emma Clarke,19.75,USD,1.0,,,Emma Clarke,Transport,",
    ].join("\n");
    const s = parseStatementFile({ fileName: "transaction-history.csv", content: Buffer.from(csv) });
    const [invoice, refund] = s.transactions;
    expect(invoice).toMatchObject({ amount: "800.00", currency: "USD", transactionType: "Transfer" });
    expect(categorizeForSync(invoice!).key).toBe("salary");
    expect(refund).toMatchObject({ amount: "19.75", transactionType: "Card refund" });
    expect(categorizeForSync(refund!)).toMatchObject({ key: "refunds", refundOf: "transport" });
  });

  it("reads the legacy statement with DD-MM-YYYY dates and its running balance", () => {
    const s = parse("wise-statement.csv");
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-03-02", "1500.00"],
      ["2026-03-04", "-42.30"],
      ["2026-03-05", "-13.99"],
      ["2026-03-14", "-300.00"],
      ["2026-03-16", "8.50"],
    ]);
    expect(s.transactions.map((t) => t.counterpartyName)).toEqual(["ACME GmbH", "Lidl", "Netflix.com", "Jane Example", "Lidl"]);
    expect(s.transactions.map((t) => t.transactionType)).toEqual(["Transfer", "Card payment", "Card payment", "Transfer", "Card refund"]);
    expect(cents("242.15") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("1394.36"));
    expect(s.closingBalance).toEqual({ amount: "1394.36", currency: "EUR", date: "2026-03-16" });
  });
});

describe("UK current accounts", () => {
  it("Monzo: signed GBP, the local currency as original, Monzo's category", () => {
    const s = parse("monzo.csv");
    expect(s.account).toEqual({ bank: "Monzo", kind: "CHECKING", currency: "GBP" });
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2024-08-10", "-13.75"],
      ["2024-08-11", "-23.48"],
      ["2024-08-12", "1850.00"],
      ["2024-08-13", "-19.20"],
      ["2024-08-14", "8.99"],
      ["2024-08-15", "-100.00"],
    ]);
    expect(s.transactions[0]).toMatchObject({
      externalId: "tx_0000AAAAAAAAAAAAAAAAAA",
      counterpartyName: "Berry Farm",
      description: "SQ *BERRY FARM GOSQ. MUSTERTOWN CAN",
      originalAmount: "-24.00",
      originalCurrency: "CAD",
      providerCategory: "Personal Expenses",
    });
    expect(s.transactions.map((t) => t.providerCategory)).toEqual(["Personal Expenses", "Groceries", "Income", "Eating out", "Shopping", "Savings"]);
    expect(s.transactions[1]!.originalCurrency).toBeNull();
    expect(cents("583.72") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("2286.28"));
    expect(s.closingBalance).toEqual({ amount: "2286.28", currency: "GBP", date: "2024-08-15" });
  });

  it("Starling: currency from the header, spending category, balance", () => {
    const s = parse("starling.csv");
    expect(s.account.currency).toBe("GBP");
    expect(rows(s).map((r) => r[1])).toEqual(["-34.12", "2100.00", "-38.50", "-12.99", "0.42"]);
    expect(s.transactions.map((t) => t.providerCategory)).toEqual(["GROCERIES", "INCOME", "PAYMENTS", "ENTERTAINMENT", "INCOME"]);
    expect(s.transactions[2]).toMatchObject({ counterpartyName: "Thames Water", description: "TW-1234567", transactionType: "DIRECT DEBIT", bookingDate: "2026-09-04" });
    expect(s.closingBalance).toEqual({ amount: "3264.81", currency: "GBP", date: "2026-09-30" });
  });

  it("Barclays: DD/MM dates, signed amounts, sort code and account", () => {
    const s = parse("barclays.csv");
    expect(s.account).toEqual({ bank: "Barclays", kind: "CHECKING", currency: "GBP", accountNumber: "20-00-00 12345678" });
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-10-30", "-23.40"],
      ["2026-10-31", "2450.00"],
      ["2026-11-01", "-41.07"],
      ["2026-11-02", "15.00"],
      ["2026-11-03", "-650.00"],
    ]);
    expect(s.transactions[0]).toMatchObject({ description: "DELIVEROO ON 30 OCT CPM", transactionType: "PAYMENT" });
  });

  it("Nationwide: the account block, '03 Jun 2026' dates, £ amounts split out and in (Windows-1252)", () => {
    const s = parse("nationwide.csv");
    expect(s.account).toEqual({ bank: "Nationwide", product: "FlexAccount", kind: "CHECKING", currency: "GBP", accountNumber: "****12345" });
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-06-01", "2100.00"],
      ["2026-06-02", "-38.50"],
      ["2026-06-03", "-12.40"],
      ["2026-06-04", "-26.99"],
      ["2026-06-05", "-1287.55"],
    ]);
    expect(cents("500.00") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("1234.56"));
    expect(s.closingBalance).toEqual({ amount: "1234.56", currency: "GBP", date: "2026-06-05" });
  });

  it("Lloyds/Halifax: unsigned debit and credit, newest first, trailing commas", () => {
    const s = parse("lloyds.csv");
    expect(s.account.accountNumber).toBe("30-00-00 12345678");
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-06-05", "-12.40"],
      ["2026-06-04", "-38.50"],
      ["2026-06-03", "2100.00"],
      ["2026-06-02", "-950.00"],
    ]);
    // Newest first: the closing balance is the top row's.
    expect(cents("1000.00") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("2099.10"));
    expect(s.closingBalance).toEqual({ amount: "2099.10", currency: "GBP", date: "2026-06-05" });
  });

  it("NatWest: apostrophes taken off, account name and number", () => {
    const s = parse("natwest.csv");
    expect(s.account).toEqual({ bank: "NatWest", product: "CURRENT ACCOUNT", kind: "CHECKING", currency: "GBP", accountNumber: "600000-12345678" });
    expect(s.transactions[0]).toMatchObject({ amount: "-12.40", description: "4567 11JUN26 C , TESCO STORES 3021 , LONDON GB", transactionType: "POS" });
    expect(s.closingBalance).toEqual({ amount: "2599.10", currency: "GBP", date: "2026-06-15" });
  });

  it("NatWest: a saver's download is the savings account its Account Name says", () => {
    const csv = [
      "Date, Type, Description, Value, Balance, Account Name, Account Number",
      "02 Jan 2026,BAC,\"'P SHAH , MONTHLY SAVE , FP\",300.00,4300.00,INSTANT SAVER,600001-12345678",
      "",
    ].join("\n");
    const s = parseStatementFile({ fileName: "Statement_INSTANT_SAVER_12345678.csv", content: Buffer.from(csv) });
    expect(s.account).toMatchObject({ bank: "NatWest", product: "INSTANT SAVER", kind: "SAVINGS" });
  });
});

describe("card exports", () => {
  it("Amex UK: charges positive in the file become money out, payments and refunds money in; reference without apostrophes", () => {
    const s = parse("amex-uk.csv");
    expect(s.account).toEqual({ bank: "American Express", kind: "CREDIT_CARD", currency: "GBP", cardNumber: "•••• 1002" });
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-09-02", "-24.50"],
      ["2026-09-05", "-9.99"],
      ["2026-09-08", "500.00"],
      ["2026-09-13", "15.99"],
      ["2026-09-15", "-1204.10"],
    ]);
    expect(s.transactions[0]).toMatchObject({ externalId: "320262450000001", providerCategory: "Entertainment-Restaurants", counterpartyName: "DELIVEROO.CO.UK LONDON" });
    expect(s.closingBalance).toBeUndefined();
  });

  it("Amex US: MM/DD/YYYY dates and USD", () => {
    const s = parse("amex-us.csv");
    expect(s.account).toEqual({ bank: "American Express", kind: "CREDIT_CARD", currency: "USD" });
    expect(rows(s).map((r) => r.slice(0, 3))).toEqual([
      ["2026-08-03", "-34.99", "USD"],
      ["2026-08-05", "-18.42", "USD"],
      ["2026-08-12", "1200.00", "USD"],
      ["2026-08-14", "12.00", "USD"],
      ["2026-08-20", "-46.80", "USD"],
    ]);
    expect(s.transactions[1]!.providerCategory).toBe("Transportation-Taxis & Coach");
  });

  // "Account #" ends each row's card; an additional card member's card has its own ending on the same account.
  it("Amex US with two card members: one account known by both cards, neither of them its number", () => {
    const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category";
    const row = (member: string, card: string, amount: string, ref: string) => `11/2${ref}/2026,SHOP,${member},${card},${amount},,SHOP,,,,,'32026${ref}',`;
    const csv = [header, row("SAM RIVERA", "-71010", "13.17", "8"), row("JORDAN LEE", "-71002", "42.10", "7"), row("JORDAN LEE", "-71002", "-300.00", "6")].join("\n");
    const s = parseStatementFile({ fileName: "activity.csv", content: Buffer.from(csv) });
    expect(s.otherAccounts).toEqual([]);
    expect(s.account).toEqual({ bank: "American Express", kind: "CREDIT_CARD", currency: "USD", cards: ["•••• 1002", "•••• 1010"] });
    const one = parseStatementFile({ fileName: "activity.csv", content: Buffer.from([header, row("JORDAN LEE", "-71002", "42.10", "7")].join("\n")) });
    expect(one.account).toEqual({ bank: "American Express", kind: "CREDIT_CARD", currency: "USD", cardNumber: "•••• 1002" });
  });

  it("Chase card: Sale negative, Payment and Return positive, category", () => {
    const s = parse("chase-card.csv");
    expect(s.account).toEqual({ bank: "Chase", kind: "CREDIT_CARD", currency: "USD" });
    expect(s.transactions.map((t) => [t.bookingDate, t.valueDate, t.amount, t.transactionType, t.providerCategory])).toEqual([
      ["2026-08-03", "2026-08-04", "-4.75", "Sale", "Food & Drink"],
      ["2026-08-02", "2026-08-03", "-52.30", "Sale", "Shopping"],
      ["2026-07-30", "2026-07-31", "1500.00", "Payment", null],
      ["2026-07-28", "2026-07-29", "19.99", "Return", "Shopping"],
      ["2026-07-27", "2026-07-27", "-15.49", "Sale", "Entertainment"],
    ]);
  });

  it("Capital One: unsigned Debit/Credit, ISO dates, masked card", () => {
    const s = parse("capital-one.csv");
    expect(s.account).toEqual({ bank: "Capital One", kind: "CREDIT_CARD", currency: "USD", cardNumber: "•••• 1234" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.providerCategory])).toEqual([
      ["2026-09-14", "-48.21", "Merchandise"],
      ["2026-09-12", "-27.60", "Dining"],
      ["2026-09-10", "1000.00", "Payment/Credit"],
      ["2026-09-08", "-41.13", "Gas/Automotive"],
      ["2026-09-05", "12.50", "Merchandise"],
    ]);
  });

  it("Discover: purchases positive in the file", () => {
    const s = parse("discover.csv");
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.providerCategory])).toEqual([
      ["2026-07-01", "-15.49", "Services"],
      ["2026-07-03", "-63.10", "Supermarkets"],
      ["2026-07-10", "400.00", "Payments and Credits"],
      ["2026-07-15", "22.99", "Merchandise"],
      ["2026-07-18", "-38.20", "Gasoline"],
    ]);
  });

  it("Citi: Debit positive and Credit negative from the card's side; Pending stays pending", () => {
    const s = parse("citi.csv");
    expect(rows(s)).toEqual([
      ["2026-08-16", "-39.95", "USD", "pending"],
      ["2026-08-14", "-214.37", "USD", "booked"],
      ["2026-08-10", "2000.05", "USD", "booked"],
      ["2026-08-08", "-2.99", "USD", "booked"],
      ["2026-08-02", "18.50", "USD", "booked"],
    ]);
  });

  it("Bank of America card: purchases negative, reference as id", () => {
    const s = parse("bofa-card.csv");
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.externalId])).toEqual([
      ["2026-02-07", "-75.99", "24492157037637005325047"],
      ["2026-02-09", "500.00", "24431067041200012345678"],
      ["2026-02-14", "-15.49", "24692167045200098765432"],
      ["2026-02-16", "12.40", "24492157047637005399999"],
    ]);
  });
});

describe("US checking", () => {
  it("Chase: newest first, a row without balance is pending, closing balance from the newest booked row", () => {
    const s = parse("chase-checking.csv");
    expect(rows(s)).toEqual([
      ["2026-08-05", "-23.17", "USD", "pending"],
      ["2026-08-04", "-64.12", "USD", "booked"],
      ["2026-08-03", "-1500.00", "USD", "booked"],
      ["2026-08-01", "3150.00", "USD", "booked"],
      ["2026-07-31", "-89.45", "USD", "booked"],
      ["2026-07-30", "-150.00", "USD", "booked"],
    ]);
    const booked = s.transactions.filter((t) => t.status === "booked").map((t) => t.amount);
    expect(cents("1200.00") + sumCents(booked)).toBe(cents("2546.43"));
    expect(s.closingBalance).toEqual({ amount: "2546.43", currency: "USD", date: "2026-08-04" });
    expect(s.transactions[4]!.transactionType).toBe("ACH_DEBIT");
  });

  it("Bank of America: the summary block and the 'Beginning balance' line are no transactions", () => {
    const s = parse("bofa-checking.csv");
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-06-19", "-120.33"],
      ["2026-06-30", "3200.00"],
      ["2026-07-02", "-45.00"],
      ["2026-07-05", "-1500.00"],
      ["2026-07-31", "-88.12"],
    ]);
    // Beginning 2,512.10 plus every row is the stated ending balance 3,958.65.
    expect(cents("2512.10") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("3958.65"));
    expect(s.closingBalance).toEqual({ amount: "3958.65", currency: "USD", date: "2026-07-31" });
  });

  it("Wells Fargo: no header, unpadded dates", () => {
    const s = parse("wells-fargo.csv");
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-08-01", "-12.07"],
      ["2026-08-02", "2500.00"],
      ["2026-08-05", "-150.00"],
      ["2026-08-06", "-200.00"],
      ["2026-08-14", "-31.50"],
    ]);
    expect(s.transactions[2]!.description).toBe("CHECK # 2392");
  });
});

describe("Dutch and French exports", () => {
  it("bunq: comma decimals in quotes, own IBAN, counterparty IBAN", () => {
    const s = parse("bunq.csv");
    expect(s.account).toEqual({ bank: "bunq", kind: "CHECKING", currency: "EUR", iban: "NL00BUNQ0000000001" });
    expect(rows(s).map((r) => r[1])).toEqual(["-950.00", "-8.78", "2450.00", "-2.56", "8.78"]);
    expect(s.transactions[0]).toMatchObject({ counterpartyName: "Stichting Woonhuis", counterpartyIban: "NL00INGB0000000002", description: "Huur maart 2026" });
    const old = parse("bunq-2019.csv");
    expect(rows(old).map((r) => r.slice(0, 2))).toEqual([
      ["2019-04-01", "-2.56"],
      ["2019-04-02", "1500.00"],
      ["2019-04-03", "-107.10"],
    ]);
  });

  it("ING NL: Af/Bij gives the sign, YYYYMMDD dates, balance after the newest row", () => {
    const s = parse("ing-nl.csv");
    expect(s.account.iban).toBe("NL00INGB0000000001");
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-09-12", "-34.82"],
      ["2026-09-11", "2450.00"],
      ["2026-09-10", "-85.00"],
      ["2026-09-08", "-50.00"],
    ]);
    expect(cents("1335.00") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("3615.18"));
    expect(s.closingBalance).toEqual({ amount: "3615.18", currency: "EUR", date: "2026-09-12" });
    expect(rows(parse("ing-nl-2018.csv")).map((r) => r[1])).toEqual(["-23.40", "1250.00"]);
  });

  it("ABN AMRO: tab-separated without header; card and SEPA texts give the counterparty", () => {
    const s = parse("abn-amro.txt");
    expect(s.account).toEqual({ bank: "ABN AMRO", kind: "CHECKING", currency: "EUR", accountNumber: "123456789" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.counterpartyName, t.counterpartyIban])).toEqual([
      ["2024-03-05", "-20.00", "Jumbo Utrecht", null],
      ["2024-03-06", "2450.00", "ACME B.V.", "NL00RABO0000000003"],
      ["2024-03-07", "-85.00", "Vattenfall Klantenservice N.V.", "NL00INGB0000000004"],
      ["2024-03-08", "-12.95", "Zettle_*My example store", null],
    ]);
    expect(s.transactions[1]!.description).toBe("Salaris maart");
    expect(cents("1000.00") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("3332.05"));
    expect(s.closingBalance).toEqual({ amount: "3332.05", currency: "EUR", date: "2024-03-08" });
  });

  it("Rabobank: explicit plus signs, lines ending CR CR LF, original currency", () => {
    const s = parse("rabobank.csv");
    expect(s.account.iban).toBe("NL00RABO0000000001");
    expect(rows(s).map((r) => r.slice(0, 2))).toEqual([
      ["2026-04-01", "-337.49"],
      ["2026-04-02", "50.00"],
      ["2026-04-03", "-12.35"],
      ["2026-04-04", "-9.41"],
    ]);
    expect(s.transactions[3]).toMatchObject({ originalAmount: "10.00", originalCurrency: "USD", externalId: "000000000000007216" });
    expect(cents("1500.00") + sumCents(s.transactions.map((t) => t.amount))).toBe(cents("1190.75"));
    expect(s.closingBalance).toEqual({ amount: "1190.75", currency: "EUR", date: "2026-04-04" });
  });

  it("Boursorama: space-grouped amounts, category, balance with a dot", () => {
    const s = parse("boursorama.csv");
    expect(s.account).toEqual({ bank: "Boursorama", product: "BoursoBank Compte", kind: "CHECKING", currency: "EUR", accountNumber: "00040123456" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.providerCategory])).toEqual([
      ["2026-02-11", "-39.90", "Vêtements"],
      ["2026-02-05", "-23.99", "Achats en ligne"],
      ["2026-02-03", "-19.99", "Téléphone"],
      ["2026-02-02", "-1100.50", "Loyer"],
      ["2026-02-01", "2450.00", "Salaires"],
    ]);
    expect(s.closingBalance).toEqual({ amount: "1718.70", currency: "EUR", date: "2026-02-11" });
  });
});

describe("broken rows", () => {
  it("names line and column of an amount that cannot be read", () => {
    const text = readFileSync(new URL("monzo.csv", INTL), "utf8").replace("-23.48,GBP,-23.48", "-23.4x8,GBP,-23.48");
    let error: unknown;
    try {
      parseStatementFile({ fileName: "m.csv", content: Buffer.from(text) });
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ line: 3, field: "Amount", userMessage: { key: "import.error.bad_amount" } });
  });
});
