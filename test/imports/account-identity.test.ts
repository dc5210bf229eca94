import { describe, expect, it } from "vitest";
import { accountNameOf, germanIban, identityOf, keyAfterImport, sameAccountKey, uniqueName } from "../../src/imports/account-identity.ts";
import { idBesideName, maskAccountId } from "../../src/format/account-id.ts";

describe("masking account ids for the chat", () => {
  it("keeps an IBAN's country, check digits and last four, whatever its spacing", () => {
    expect(maskAccountId("DE89370400440532013000")).toBe("DE89 •••• 3000");
    expect(maskAccountId("de89 3704 0044 0532 0130 00")).toBe("DE89 •••• 3000");
    expect(maskAccountId("GB29NWBK60161331926819")).toBe("GB29 •••• 6819");
    expect(maskAccountId(maskAccountId("DE89370400440532013000"))).toBe("DE89 •••• 3000");
  });
  it("never shows more than the last four digits of a card or account number", () => {
    expect(maskAccountId("4111111111111111")).toBe("•••• 1111");
    expect(maskAccountId("4871 78** **** 1234")).toBe("•••• 1234");
    expect(maskAccountId("1234 •••• •••• 5678")).toBe("•••• 5678");
    expect(maskAccountId("37040044/0532013000")).toBe("•••• 3000");
  });
  it("is not repeated beside a name that already carries it", () => {
    expect(idBesideName("Account DE89 •••• 3000", "DE89370400440532013000")).toBeNull();
    expect(idBesideName("DKB Girokonto", "DE89370400440532013000")).toBe("DE89 •••• 3000");
    expect(idBesideName("DKB Girokonto", null)).toBeNull();
  });
});

describe("which account a file belongs to", () => {
  it("is the IBAN, else the account number, else the card's last four; else none", () => {
    expect(identityOf({ iban: "DE89 3704 0044 0532 0130 00", accountNumber: "0532013000", currency: "EUR" }).key).toBe("DE89370400440532013000");
    expect(identityOf({ accountNumber: "FNOMDEB2/12345678EUR", currency: "EUR" })).toEqual({ key: "FNOMDEB2/12345678EUR", masked: "•••• 5678" });
    expect(identityOf({ cardNumber: "4871 78** **** 1234", bank: "comdirect", currency: "EUR" })).toEqual({ key: "card:comdirect:1234", masked: "•••• 1234" });
    expect(identityOf({ name: "Girokonto", currency: "EUR" })).toEqual({ key: null, masked: null });
  });
  it("is the IBAN for a German MT940 account (BLZ/account), so MT940 and CAMT of one account meet", () => {
    // DE89 3704 0044 0532 0130 00 is the standard example IBAN of BLZ 37040044, account 0532013000.
    expect(germanIban("37040044/0532013000")).toBe("DE89370400440532013000");
    expect(germanIban("37040044/532013000")).toBe("DE89370400440532013000");
    expect(identityOf({ accountNumber: "37040044/0532013000", currency: "EUR" })).toEqual({ key: "DE89370400440532013000", masked: "DE89 •••• 3000" });
    expect(germanIban("FNOMDEB2/12345678EUR")).toBeNull();
  });

  it("knows an account that several cards are charged to by all of them, shows none, and finds it by any one", () => {
    const both = identityOf({ bank: "American Express", cards: ["•••• 1010", "•••• 1002"], currency: "USD", kind: "CREDIT_CARD" });
    expect(both).toEqual({ key: "cards:american express:1002,1010", masked: null });
    expect(sameAccountKey(both.key!, "card:american express:1002")).toBe(true);
    expect(sameAccountKey("card:american express:1010", both.key!)).toBe(true);
    expect(sameAccountKey(both.key!, "cards:american express:1010,1015")).toBe(true);
    expect(sameAccountKey(both.key!, "card:american express:3005")).toBe(false);
    expect(sameAccountKey(both.key!, "card:chase:1002")).toBe(false);
    expect(sameAccountKey("1234561002", "card:american express:1002")).toBe(false);
  });
  it("lets an account take the cards a later file adds, and a number where it had none", () => {
    expect(keyAfterImport("card:american express:1002", "cards:american express:1002,1010")).toBe("cards:american express:1002,1010");
    expect(keyAfterImport("cards:american express:1002,1010", "card:american express:1010")).toBeNull();
    expect(keyAfterImport("cards:american express:1002,1010", "cards:american express:1010,1015")).toBe("cards:american express:1002,1010,1015");
    expect(keyAfterImport("local:5b7e", "0123456700")).toBe("0123456700");
    expect(keyAfterImport("DE89370400440532013000", "DE89370400440532013000")).toBeNull();
  });

  it("stores a full card number only as a hash", () => {
    const id = identityOf({ accountNumber: "4111111111111111", currency: "USD", kind: "CREDIT_CARD" });
    expect(id.key).toMatch(/^pan:[0-9a-f]{32}$/);
    expect(id.masked).toBe("•••• 1111");
  });
});

describe("account names", () => {
  it("come from bank and product", () => {
    expect(accountNameOf({ bank: "DKB", product: "Girokonto", iban: "DE02120300000000202051", currency: "EUR" }, "bank-csv")).toBe("DKB Girokonto");
    expect(accountNameOf({ bank: "comdirect", product: "Visa", currency: "EUR", kind: "CREDIT_CARD" }, "comdirect-csv")).toBe("comdirect Visa");
    expect(accountNameOf({ bank: "Revolut", currency: "EUR" }, "bank-csv")).toBe("Revolut");
    expect(accountNameOf({ name: "Girokonto", currency: "EUR" }, "comdirect-csv")).toBe("comdirect Girokonto");
    expect(accountNameOf({ bank: "DKB", product: "DKB Festgeld", currency: "EUR" }, "bank-csv")).toBe("DKB Festgeld");
  });
  it("fall back to the masked id, never the owner's name or a full number", () => {
    expect(accountNameOf({ iban: "DE89370400440532013000", name: "Jürgen Mustermann", currency: "EUR" }, "camt053")).toBe("Account DE89 •••• 3000");
    expect(accountNameOf({ accountNumber: "4111111111111111", currency: "USD", kind: "CREDIT_CARD" }, "ofx")).toBe("Card •••• 1111");
    expect(accountNameOf({ currency: "EUR" }, "generic-csv")).toBe("EUR account");
  });
  it("name a German account's banking group from its bank code when the file names no bank", () => {
    // MT940 names the account "BLZ/Kontonummer": 61150020 is a Kreissparkasse (4th digit 5), 60090100 a Volksbank (9), 64190110 too (6).
    expect(accountNameOf({ accountNumber: "61150020/7401234567", currency: "EUR" }, "mt940")).toBe("Sparkasse");
    expect(accountNameOf({ iban: "DE19600901000412345678", currency: "EUR" }, "camt053")).toBe("Volksbank");
    expect(accountNameOf({ accountNumber: "64190110/1234567", currency: "EUR" }, "mt940")).toBe("Volksbank");
    expect(accountNameOf({ iban: "DE76611500207401234567", product: "Girokonto", currency: "EUR" }, "camt053")).toBe("Sparkasse Girokonto");
    // The file's own bank name wins.
    expect(accountNameOf({ bank: "Volksbank Stuttgart eG", iban: "DE19600901000412345678", currency: "EUR" }, "camt053")).toBe("Volksbank Stuttgart eG");
    // A Sparda-Bank is cooperative but no Volksbank; 4 holds comdirect and Commerzbank: unnamed, as are other countries' banks.
    expect(accountNameOf({ accountNumber: "12096597/1234567", currency: "EUR" }, "mt940")).toMatch(/^Account DE\d\d •••• 4567$/);
    expect(accountNameOf({ accountNumber: "70090500/1234567", currency: "EUR" }, "mt940")).toMatch(/^Account DE\d\d •••• 4567$/);
    expect(accountNameOf({ iban: "DE89370400440532013000", currency: "EUR" }, "camt053")).toBe("Account DE89 •••• 3000");
    expect(accountNameOf({ iban: "NL91ABNA0417164300", currency: "EUR" }, "camt053")).toBe("Account NL91 •••• 4300");
  });

  it("say the kind of account after the bank, and no currency when all the person's money is in one", () => {
    expect(accountNameOf({ bank: "Chase", kind: "CHECKING", currency: "USD", cardNumber: "•••• 4417" }, "bank-csv")).toBe("Chase checking");
    expect(accountNameOf({ bank: "Capital One", kind: "CREDIT_CARD", currency: "USD", cardNumber: "•••• 7702" }, "bank-csv")).toBe("Capital One card");
    expect(accountNameOf({ bank: "Bank of America", kind: "SAVINGS", currency: "USD", accountNumber: "000123458841" }, "ofx")).toBe("Bank of America savings");
    expect(accountNameOf({ bank: "Monzo", kind: "CHECKING", currency: "GBP" }, "bank-csv")).toBe("Monzo");
    expect(accountNameOf({ bank: "Lloyds", kind: "CHECKING", currency: "GBP", accountNumber: "30-94-57 12345678" }, "bank-csv", { others: [{ name: "Monzo", currency: "GBP" }], mainCurrency: "GBP" })).toBe("Lloyds");
    expect(accountNameOf({ bank: "American Express", kind: "CREDIT_CARD", currency: "GBP", cardNumber: "•••• 1004" }, "bank-csv")).toBe("American Express card");
  });
  it("say the currency of an account in another currency than the person's others", () => {
    const context = { others: [{ name: "Monzo", currency: "GBP" }], mainCurrency: "GBP" };
    expect(accountNameOf({ bank: "Revolut", currency: "EUR" }, "bank-csv", context)).toBe("Revolut EUR");
    expect(accountNameOf({ bank: "Chase", kind: "CHECKING", currency: "USD" }, "bank-csv", context)).toBe("Chase checking USD");
    // Beside a namesake in another currency both say theirs, whatever the person's main currency.
    expect(accountNameOf({ bank: "Wise", currency: "GBP" }, "bank-csv", { others: [{ name: "Wise EUR", currency: "EUR" }], mainCurrency: "GBP" })).toBe("Wise GBP");
  });
  it("say the masked number beside another account of the same bank and kind", () => {
    const context = { others: [{ name: "Chase checking", currency: "USD" }], mainCurrency: "USD" };
    expect(accountNameOf({ bank: "Chase", kind: "CHECKING", currency: "USD", cardNumber: "•••• 9021" }, "bank-csv", context)).toBe("Chase checking (•••• 9021)");
    expect(accountNameOf({ bank: "Chase", kind: "CREDIT_CARD", currency: "USD", cardNumber: "•••• 5678" }, "bank-csv", context)).toBe("Chase card");
  });
  it("are unique among the person's accounts", () => {
    expect(uniqueName("EUR account", new Set(["EUR account", "EUR account 2"]))).toBe("EUR account 3");
    expect(uniqueName("DKB Girokonto", new Set(["EUR account"]))).toBe("DKB Girokonto");
  });
});
