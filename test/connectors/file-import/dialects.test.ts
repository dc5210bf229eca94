// CAMT, MT940 and OFX as particular banks write them (bank-formats.md §2).
// Fixtures follow the documented shapes; balances are re-added in cents.
import { describe, expect, it } from "vitest";
import type { ParsedStatement } from "../../../connectors/file-import/index.ts";
import { cents, sumCents } from "./cents.ts";
import { fixture, parseFixture } from "./fixture.ts";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";

/** Opening balance plus every booked row equals the closing balance. */
function balancesAddUp(p: Pick<ParsedStatement, "openingBalance" | "closingBalance" | "transactions">): boolean {
  const booked = sumCents(p.transactions.filter((t) => t.status === "booked").map((t) => t.amount));
  return cents(p.openingBalance!.amount) + booked === cents(p.closingBalance!.amount);
}

describe("CAMT dialects", () => {
  it("Sparkasse camt.052: PRCD/CLBD, plain BOOK/PDNG, FI-UMSATZ-ID as id, the ultimate creditor as merchant", () => {
    const s = parseFixture("camt052-sparkasse.xml");
    expect(s.format).toBe("camt053");
    expect(s.account).toEqual({ iban: "DE00200505500000000000", accountNumber: undefined, name: undefined, currency: "EUR", bank: "Hamburger Sparkasse" });
    expect(s.openingBalance).toEqual({ amount: "812.40", currency: "EUR", date: "2023-12-30" });
    expect(s.closingBalance).toEqual({ amount: "763.41", currency: "EUR", date: "2023-12-31" });
    expect(s.transactions.map((t) => [t.externalId, t.status, t.amount, t.counterpartyName, t.merchant, t.transactionType])).toEqual([
      ["2023-12-31-04.07.56.123456", "booked", "-48.99", "PayPal Europe S.a.r.l. et Cie S.C.A", "Uber Payments BV", "FOLGELASTSCHRIFT"],
      ["2023-12-31-09.12.00.654321", "pending", "-25.00", "Sportverein Beispiel e.V.", undefined, "DAUERAUFTRAG"],
    ]);
    expect(balancesAddUp(s)).toBe(true);
  });

  it("several statements: days of one account merge with balances by date, a batch entry splits, ITBD stands in for CLBD", () => {
    const s = parseFixture("camt053-multi.xml");
    expect(s.account).toEqual({
      iban: "DE00500105170000000001",
      accountNumber: undefined,
      name: "Girokonto",
      product: "Girokonto",
      bank: "ING-DiBa AG",
      kind: "CHECKING",
      currency: "EUR",
    });
    // The 03 March statement comes second in the file; its opening balance is still the earliest.
    expect(s.openingBalance).toEqual({ amount: "100.00", currency: "EUR", date: "2025-03-03" });
    expect(s.closingBalance).toEqual({ amount: "-35.50", currency: "EUR", date: "2025-03-04" });
    expect(s.transactions.map((t) => [t.externalId, t.bookingDate, t.amount, t.counterpartyName, t.description])).toEqual([
      ["2025030400077/1", "2025-03-04", "-100.00", "Stadtwerke Beispielstadt GmbH", "Abschlag Strom Maerz"],
      ["2025030400077/2", "2025-03-04", "-55.50", "Klarna Bank AB", "RF18539007547034"],
      ["2025030300031", "2025-03-03", "20.00", "Online Shop Example Inc.", "Rueckbuchung Bestellung 4711"],
    ]);
    expect(s.transactions[1]!.merchant).toBe("Zalando SE");
    expect(s.transactions[2]).toMatchObject({ originalAmount: "21.90", originalCurrency: "USD" });
    expect(balancesAddUp(s)).toBe(true);

    const [savings] = s.otherAccounts;
    expect(savings?.account).toMatchObject({ iban: "DE00500105170000000002", kind: "SAVINGS", product: "Extra-Konto" });
    expect(savings?.openingBalance).toEqual({ amount: "5000.00", currency: "EUR", date: "2025-03-03" });
    expect(savings?.closingBalance).toEqual({ amount: "5250.00", currency: "EUR", date: "2025-03-04" });
    expect(balancesAddUp(savings!)).toBe(true);
  });
});

describe("MT940 dialects", () => {
  it("VR one-message-per-booking: funds code after D, keys wrapped mid-line, :NS: ignored, RD reversal money in, :62M:", () => {
    const s = parseFixture("mt940-vr.mta", "umsatz.txt");
    expect(s.account).toEqual({ accountNumber: "76069559/0003267288", currency: "EUR" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.counterpartyName, t.counterpartyIban, t.description, t.transactionType])).toEqual([
      ["2025-11-27", "-17.90", "PayPal Europe S.a.r.l. et Cie S.C.A", "LU89751000135104200E", "1046450041914/. eBay S.a r.l., Ihr Einkauf bei eBay S.a r.l.", "Basislastschrift"],
      ["2025-11-28", "2450.00", "Beispiel GmbH", "DE00760695590000000001", "Lohn November 2025 inkl. Zulagen", "GUTSCHRIFT"],
      ["2025-11-29", "17.90", "PayPal Europe S.a.r.l. et Cie S.C.A", null, "RUECKLASTSCHRIFT 1046450041914", "Rückbuchung Lastschrift"],
    ]);
    expect(s.openingBalance).toEqual({ amount: "15188.85", currency: "EUR", date: "2025-11-27" });
    expect(s.closingBalance).toEqual({ amount: "17638.85", currency: "EUR", date: "2025-11-29" });
    expect(balancesAddUp(s)).toBe(true);
  });

  it("MT942 intraday: unbooked items are pending and need no closing balance", () => {
    const s = parseFixture("mt942.sta");
    expect(s.format).toBe("mt940");
    expect(s.closingBalance).toBeUndefined();
    expect(s.transactions.map((t) => [t.status, t.amount, t.counterpartyName])).toEqual([
      ["pending", "-12.34", "REWE SAGT DANKE"],
      ["pending", "50.00", "Erika Beispiel"],
    ]);
  });

  it("ABN AMRO: the BIC lines above :20:, slash fields in :86:, the card text's merchant", () => {
    const s = parseFixture("mt940-abnamro.sta");
    expect(s.account).toEqual({ accountNumber: "123456789", currency: "EUR", bank: "ABN AMRO" });
    expect(s.transactions.map((t) => [t.amount, t.counterpartyName, t.counterpartyIban, t.description])).toEqual([
      ["-20.00", "Jumbo Utrecht", null, "BEA   NR:XXX000   05.03.24/12.00 Jumbo Utrecht,PAS123"],
      ["2450.00", "ACME B.V.", "NL00RABO0000000003", "Salaris maart"],
    ]);
    expect(balancesAddUp(s)).toBe(true);
  });
});

describe("OFX dialects", () => {
  it("Amex OFX 1.x: AMEX.* tags, full card number masked everywhere, charges negative, padded NAME", () => {
    const s = parseFixture("ofx-amex.ofx");
    expect(s.account).toEqual({ kind: "CREDIT_CARD", cardNumber: "•••• 0005", name: "•••• 0005", currency: "USD", bank: "American Express" });
    expect(s.account.accountNumber).toBeUndefined();
    expect(JSON.stringify(s)).not.toContain("378282246310005");
    expect(s.transactions.map((t) => [t.externalId, t.bookingDate, t.amount, t.counterpartyName, t.description])).toEqual([
      ["320133630263489112", "2013-12-29", "-143.94", "PRUNE NEW YORK", "7101466     RESTAURANT"],
      ["320140020276558801", "2014-01-02", "-12.50", "UBER *TRIP HELP.UBER.COM", "7101466     TRAVEL"],
      ["320140050299871204", "2014-01-05", "1000.00", "ONLINE PAYMENT - THANK YOU", "ONLINE PAYMENT - THANK YOU"],
    ]);
    expect(s.closingBalance).toEqual({ amount: "-1234.56", currency: "USD", date: "2014-01-12" });
  });

  it("Capital One 360 QFX: no <?xml?> line, MEMO only, an impossible DTSERVER, LEDGERBAL not AVAILBAL", () => {
    const s = parseFixture("qfx-capitalone-360.qfx");
    expect(s.account).toEqual({ iban: undefined, accountNumber: "36000000123", kind: "CHECKING", currency: "USD", bank: "Capital One" });
    expect(s.transactions.map((t) => [t.amount, t.counterpartyName, t.description])).toEqual([
      ["-54.21", null, "Debit Card Purchase - KROGER #539 800-853-3033 VA"],
      ["2500.00", null, "Deposit from ACME CORP PAYROLL"],
      ["-1000.00", null, "Withdrawal to CAPITAL ONE AUTOPAY PYMT"],
    ]);
    expect(s.closingBalance).toEqual({ amount: "3645.79", currency: "USD", date: "2023-03-10" });
  });

  it("an OFX whose sign-on names no bank takes it from a known US routing number, and only then", () => {
    const qfx = fixture("qfx-capitalone-360.qfx").toString("utf8").replace("<ORG>Capital One</ORG>", "<ORG>C1</ORG>");
    const parse = (text: string) => parseStatementFile({ fileName: "360_Performance_Savings_5678.qfx", content: Buffer.from(text) });
    expect(parse(qfx).account.bank).toBe("Capital One");
    expect(parse(qfx.replace("<BANKID>031176110", "<BANKID>121000248")).account.bank).toBe("Wells Fargo");
    expect(parse(qfx.replace("<BANKID>031176110", "<BANKID>123456789")).account.bank).toBeUndefined();
  });

  it("Chase QFX: a fee and a reward under the purchase's FITID stay separate rows with stable ids", () => {
    const s = parseFixture("qfx-chase-card.qfx");
    expect(s.account).toEqual({ kind: "CREDIT_CARD", cardNumber: "•••• 1111", name: "•••• 1111", currency: "USD" });
    expect(s.transactions.map((t) => [t.externalId, t.amount])).toEqual([
      ["2026080224692163210000111", "-85.00"],
      ["2026080224692163210000111#2", "-2.55"],
      ["2026080324431063210000222", "1500.00"],
      ["2026080224692163210000111#3", "0.85"],
    ]);
    const again = parseFixture("qfx-chase-card.qfx");
    expect(again.transactions.map((t) => t.externalId)).toEqual(s.transactions.map((t) => t.externalId));
    expect(fixture("qfx-chase-card.qfx").toString("latin1")).toContain("<ACCTID>4111111111111111");
  });

  it("CommBank: <CCSTMTRS> closed by </STMTRS>, empty FITIDs, spaced card number masked", () => {
    const s = parseFixture("ofx-commbank.ofx");
    expect(s.account).toEqual({ kind: "CREDIT_CARD", cardNumber: "•••• 0001", name: "•••• 0001", currency: "AUD" });
    expect(s.transactions.map((t) => [t.externalId, t.bookingDate, t.amount])).toEqual([
      [null, "2026-09-03", "-23.40"],
      [null, "2026-09-03", "-23.40"],
    ]);
    expect(s.closingBalance).toEqual({ amount: "-46.80", currency: "AUD", date: "2026-09-10" });
  });
});
