import { describe, expect, it } from "vitest";
import { sectionAccount } from "../../../connectors/file-import/comdirect-account.ts";
import { renderPlain } from "../../../src/i18n/index.ts";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { bank, brief, cents, statedMovement, sumCents } from "./bank-helpers.ts";
import { fixture } from "./fixture.ts";

describe("comdirect export as the bank writes it", () => {
  const s = bank("comdirect-all-sections.csv");
  const [giro, visa, tagesgeld] = [s, ...s.otherAccounts];

  it("imports pending '\"offen\";\"--\"' rows instead of refusing the file", () => {
    expect(fixture("banks/comdirect-all-sections.csv").includes(Buffer.from('"offen";"--";', "latin1"))).toBe(true);
    expect(giro!.transactions.map(brief).slice(0, 3)).toEqual([
      // Dated from the time stamp in its Buchungstext.
      ["pending", "2023-10-06", "-4.80", "CAFE BEISPIEL"],
      // No time stamp: dated from the period end, "Zeitraum: 01.09.2023 - 06.10.2023".
      ["pending", "2023-10-06", "-62.00", "Stadtwerke Musterstadt GmbH"],
      ["booked", "2023-10-06", "-40.01", "ACME Energie GmbH"],
    ]);
    expect(giro!.transactions[0]!.valueDate).toBeNull();
    expect(visa!.transactions[0]).toMatchObject({ status: "pending", bookingDate: "2023-10-06", amount: "-13.99", externalId: null });
  });

  it("says how many pending rows were dated and from what, in English and German", () => {
    expect(s.notices).toEqual([
      { key: "import.notice.section_skipped", params: { bank: "comdirect", section: "Depot" } },
      { key: "import.notice.pending_dated_text", params: { bank: "comdirect", count: 1 } },
      { key: "import.notice.pending_dated_period", params: { bank: "comdirect", count: 2, date: "2023-10-06" } },
    ]);
    expect(renderPlain("en", s.notices![2]!)).toBe(
      "comdirect: 2 pending rows have no date in the file; I dated them 2023-10-06, the end of the export period.",
    );
    expect(renderPlain("de", s.notices![1]!)).toBe(
      "comdirect: 1 vorgemerkte Umsätze haben in der Datei kein Datum; ich habe sie nach der Uhrzeit in ihrem Buchungstext datiert.",
    );
  });

  it("returns Girokonto, Visa and Tagesgeld with their own kind and both balances; Depot is skipped", () => {
    expect(s.otherAccounts).toHaveLength(2);
    expect([giro, visa, tagesgeld].map((p) => [p!.account.product, p!.account.kind, p!.account.bank])).toEqual([
      ["Girokonto", "CHECKING", "comdirect"],
      ["Visa-Karte (Kreditkarte)", "CREDIT_CARD", "comdirect"],
      ["Tagesgeld PLUS-Konto", "SAVINGS", "comdirect"],
    ]);
    expect([giro, visa, tagesgeld].map((p) => [p!.openingBalance, p!.closingBalance])).toEqual([
      [{ amount: "1889.60", currency: "EUR", date: "2023-09-01" }, { amount: "3121.42", currency: "EUR", date: "2023-10-06" }],
      [{ amount: "0.00", currency: "EUR", date: "2023-09-01" }, { amount: "-87.39", currency: "EUR", date: "2023-10-06" }],
      [{ amount: "10000.00", currency: "EUR", date: "2023-09-01" }, { amount: "10512.37", currency: "EUR", date: "2023-10-06" }],
    ]);
    // Booked rows account for the whole movement between the two balances; pending ones are not in it yet.
    for (const part of [giro!, visa!, tagesgeld!]) {
      expect(sumCents(part.transactions.filter((t) => t.status === "booked"))).toBe(statedMovement(part));
    }
    expect([giro, visa, tagesgeld].flatMap((p) => p!.transactions).some((t) => t.description?.includes("ACME SE"))).toBe(false);
  });

  it("reads the giro rows' counterparty, IBAN, purpose and reference; card rows keep the card text", () => {
    expect(giro!.transactions[4]).toMatchObject({
      amount: "-950.00",
      counterpartyName: "Wohnbau Musterstadt GmbH",
      counterpartyIban: "DE00123456780000000011",
      description: "Miete 10/2023 Whg 12",
      externalId: "ZZ0000000002/1",
      transactionType: "Übertrag / Überweisung",
      raw: { line: 10 },
    });
    expect(giro!.transactions[3]!.counterpartyName).toBe("REWE SAGT DANKE 1234");
    expect(visa!.transactions[1]).toMatchObject({ counterpartyName: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 123-4567890", externalId: "1250123378150011", valueDate: "2023-10-02" });
    expect(cents(tagesgeld!.transactions[1]!.amount)).toBe(-cents(giro!.transactions[6]!.amount));
  });

  it("without an end day ('Zeitraum: 30 Tage') dates pending rows on the latest day in the file and skips an empty section", () => {
    const t = bank("comdirect-30-tage.csv");
    expect(t.transactions.map(brief)).toEqual([
      ["pending", "2025-11-03", "-29.90", "Musterfitness GmbH"],
      ["booked", "2025-11-03", "-39.95", "Beispiel Telekom GmbH"],
      ["booked", "2025-10-27", "452.45", "ACME GmbH"],
    ]);
    expect(t.otherAccounts).toEqual([]);
    expect(t.notices).toEqual([{ key: "import.notice.pending_dated_latest", params: { bank: "comdirect", count: 1, date: "2025-11-03" } }]);
  });

  it("reads account numbers from section titles as the file masks them", () => {
    expect(sectionAccount("Visa-Karte (Kreditkarte) ..9255 (Max)", "EUR")).toMatchObject({ product: "Visa-Karte (Kreditkarte)", cardNumber: "..9255", kind: "CREDIT_CARD" });
    expect(sectionAccount("Girokonto DE00 1234 5678 0000 0000 00", "EUR")).toMatchObject({ product: "Girokonto", iban: "DE00123456780000000000" });
    expect(sectionAccount("Tagesgeld PLUS-Konto 1234567890", "EUR")).toMatchObject({ product: "Tagesgeld PLUS-Konto", accountNumber: "1234567890", kind: "SAVINGS" });
  });

  it("takes the Girokonto's number from the export's file name; the other sections are known under it, not by it", () => {
    const named = parseStatementFile({ fileName: "Downloads/umsaetze_0123456700_20231006-0912 (1).csv", content: fixture("banks/comdirect-all-sections.csv") });
    const [g, v, t] = [named, ...named.otherAccounts].map((p) => p.account);
    expect(g).toMatchObject({ product: "Girokonto", accountNumber: "0123456700" });
    expect(v).toMatchObject({ product: "Visa-Karte (Kreditkarte)", heldUnder: "0123456700" });
    expect(t).toMatchObject({ product: "Tagesgeld PLUS-Konto", heldUnder: "0123456700" });
    expect(v?.accountNumber ?? v?.cardNumber ?? t?.accountNumber).toBeUndefined();
    // A renamed file, or one whose name holds no ten-digit number, names nothing.
    for (const fileName of ["umsaetze.csv", "umsaetze_123456_20231006.csv", "umsaetze_012345670099.csv"]) {
      const parts = (p: ReturnType<typeof parseStatementFile>) => [p, ...p.otherAccounts].map((x) => x.account);
      expect(parts(parseStatementFile({ fileName, content: fixture("banks/comdirect-all-sections.csv") })).some((a) => a.accountNumber || a.heldUnder), fileName).toBe(false);
    }
  });

  it("names no section from the file name when the file holds two Girokonto sections: the number could be either's", () => {
    const text = fixture("banks/comdirect-all-sections.csv").toString("latin1").replace("Umsätze Tagesgeld PLUS-Konto", "Umsätze Girokonto");
    const s2 = parseStatementFile({ fileName: "umsaetze_0123456700_20231006.csv", content: Buffer.from(text, "latin1") });
    expect([s2, ...s2.otherAccounts].some((p) => p.account.accountNumber || p.account.heldUnder)).toBe(false);
  });
});
