import { describe, expect, it } from "vitest";
import type { BotContext } from "../../src/context.ts";
import { msg, registerMessages, t, type Locale } from "../../src/i18n/index.ts";
import type { Analysis, PartPreview } from "../../src/imports/import-service.ts";
import { importHandlerMessages } from "../../handlers/import-messages.ts";
import { choiceRows, currencyRows, previewText } from "../../handlers/import-preview.ts";

registerMessages(importHandlerMessages);
registerMessages({ en: { "test.notice.depot": "The Depot section was skipped ({rows} rows)." }, de: { "test.notice.depot": "Der Depot-Abschnitt wurde übersprungen ({rows} Zeilen)." } });

const ctx = (locale: Locale) => ({ locale, t: (key: string, params?: Record<string, string | number>) => t(locale, key, params) }) as unknown as BotContext;

const part = (over: Partial<PartPreview> = {}): PartPreview => ({
  index: 0,
  accountName: "comdirect Girokonto",
  accountId: null,
  isNew: true,
  total: 5,
  new: 5,
  existing: 0,
  booked: 0,
  lapsed: 0,
  pending: 2,
  from: "2024-03-01",
  to: "2024-03-28",
  closingBalance: { amount: "1234567.89", currency: "EUR", date: "2024-03-31" },
  currency: "EUR",
  choosable: true,
  targetId: null,
  ...over,
});

const analysis = (over: Partial<Extract<Analysis, { kind: "preview" }>> = {}): Extract<Analysis, { kind: "preview" }> => ({
  kind: "preview",
  format: "comdirect-csv",
  parts: [part()],
  newTotal: 5,
  bookedTotal: 0,
  lapsedTotal: 0,
  newBalances: 1,
  notices: [msg("test.notice.depot", { rows: 3 })],
  candidates: [],
  currencyGuess: null,
  ...over,
});

describe("the import preview", () => {
  it("shows pending rows, the stated balance with its date, and the file's notices, in the person's language", () => {
    const en = previewText(ctx("en"), "umsaetze.csv", analysis());
    expect(en).toContain("comdirect Girokonto</b> (new account): 5 transaction(s), 5 new");
    expect(en).toContain("2 of them pending");
    expect(en).toContain("balance €1,234,567.89 on 31 Mar 2024");
    expect(en).toContain("The Depot section was skipped (3 rows).");
    const de = previewText(ctx("de"), "umsaetze.csv", analysis());
    expect(de).toContain("davon 2 vorgemerkt");
    expect(de).toContain("Kontostand 1.234.567,89\u00a0€ am 31. März 2024");
    expect(de).toContain("Der Depot-Abschnitt wurde übersprungen (3 Zeilen).");
  });

  it("says how many of the known rows were pending and are booked now, and says nothing when none were", () => {
    const booked = analysis({ parts: [part({ isNew: false, total: 40, new: 29, existing: 11, booked: 4, pending: 0 })] });
    const en = previewText(ctx("en"), "umsaetze.csv", booked);
    expect(en).toContain("40 transaction(s), 29 new, 11 already known");
    expect(en).toContain("4 of the known ones were pending and are booked now");
    expect(previewText(ctx("en"), "u.csv", analysis({ parts: [part({ booked: 1 })] }))).toContain("1 of the known ones was pending and is booked now");
    expect(previewText(ctx("de"), "umsaetze.csv", booked)).toContain("4 der bekannten waren vorgemerkt und sind jetzt gebucht");
    expect(previewText(ctx("en"), "umsaetze.csv", analysis())).not.toContain("booked now");
  });

  it("says how many pending rows the file no longer lists and are removed, and nothing when none are", () => {
    const lapsed = analysis({ parts: [part({ isNew: false, lapsed: 1 })] });
    expect(previewText(ctx("en"), "u.csv", lapsed)).toContain("1 pending row is no longer in the bank's export: removed");
    expect(previewText(ctx("en"), "u.csv", analysis({ parts: [part({ isNew: false, lapsed: 2 })] }))).toContain("2 pending rows are no longer in the bank's export: removed");
    expect(previewText(ctx("de"), "u.csv", lapsed)).toContain("1 vorgemerkter Umsatz steht nicht mehr im Export der Bank: entfernt");
    expect(previewText(ctx("en"), "u.csv", analysis())).not.toContain("no longer");
  });

  it("shows an IBAN masked beside the account name", () => {
    const text = previewText(ctx("en"), "x.xml", analysis({ parts: [part({ accountName: "DKB Girokonto", accountId: "DE89 •••• 3000", choosable: false })] }));
    expect(text).toContain("DKB Girokonto (DE89 •••• 3000)");
  });

  it("offers the identity-less accounts and a new one for each part the file names no account for", () => {
    const a = analysis({
      parts: [part(), part({ index: 1, accountName: "comdirect Visa", targetId: "11111111-1111-1111-1111-111111111111", isNew: false })],
      candidates: [{ id: "11111111-1111-1111-1111-111111111111", name: "EUR account" }],
    });
    expect(previewText(ctx("en"), "x.csv", a)).toContain("does not say which account");
    expect(choiceRows(ctx("en"), a)).toEqual([
      [
        { text: "✓ comdirect Girokonto: New account", data: "imp:a:0:new" },
        { text: "comdirect Girokonto: EUR account", data: "imp:a:0:11111111-1111-1111-1111-111111111111" },
      ],
      [
        { text: "comdirect Visa: New account", data: "imp:a:1:new" },
        { text: "✓ comdirect Visa: EUR account", data: "imp:a:1:11111111-1111-1111-1111-111111111111" },
      ],
    ]);
    expect(choiceRows(ctx("en"), analysis())).toEqual([]);
  });

  it("says the currency each account's amounts are read in", () => {
    expect(previewText(ctx("en"), "u.csv", analysis({ parts: [part({ currency: "GBP" })] }))).toContain("28 Mar 2024, amounts in GBP");
    expect(previewText(ctx("de"), "u.csv", analysis())).toContain("28. März 2024, Beträge in EUR");
  });

  it("for a file that states no currency, says why this one and offers the others as buttons", () => {
    const byAddress = analysis({ format: "amex-uk", currencyGuess: { currency: "EUR", reason: "addresses", country: "DE", others: ["GBP"] } });
    expect(previewText(ctx("en"), "activity.csv", byAddress)).toContain("read as EUR, because most purchases were made in Germany");
    expect(previewText(ctx("de"), "activity.csv", byAddress)).toContain("als EUR gelesen, weil die meisten Einkäufe in Deutschland waren");
    expect(currencyRows(ctx("de"), byAddress)).toEqual([[{ text: "Beträge sind in GBP", data: "imp:cur:GBP" }]]);
    const yours = analysis({ currencyGuess: { currency: "EUR", reason: "yours", others: ["GBP"] } });
    expect(previewText(ctx("en"), "activity.csv", yours)).toContain("read as EUR, your currency");
    const chosen = analysis({ currencyGuess: { currency: "GBP", reason: "chosen", others: ["EUR"] } });
    expect(previewText(ctx("de"), "activity.csv", chosen)).toContain("als GBP gelesen, wie du gewählt hast");
    expect(currencyRows(ctx("en"), chosen)).toEqual([[{ text: "Amounts are in EUR", data: "imp:cur:EUR" }]]);
  });

  it("offers no currency buttons for a file that states its currency", () => {
    expect(currencyRows(ctx("en"), analysis())).toEqual([]);
    expect(previewText(ctx("en"), "u.csv", analysis())).not.toContain("💱");
  });
});
