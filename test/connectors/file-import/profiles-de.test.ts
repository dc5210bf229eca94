import { describe, expect, it } from "vitest";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { detectFormat } from "../../../connectors/file-import/detect.ts";
import { guessCsv } from "../../../connectors/file-import/csv-detect.ts";
import { BANK_PROFILES, GERMAN_PROFILES } from "../../../connectors/file-import/profiles/index.ts";
import { allFixturePaths, bank, brief, statedMovement, sumCents } from "./bank-helpers.ts";
import { fixture } from "./fixture.ts";

// Which profile each fixture was written for; null: not a named-profile file.
const EXPECTED: Record<string, string | null> = {
  "comdirect-all-sections.csv": null,
  "comdirect-30-tage.csv": null,
  "dkb-2023.csv": "dkb-2023",
  "dkb-2023-visa.csv": "dkb-2023-visa",
  "dkb-legacy.csv": "dkb-legacy",
  "dkb-legacy-visa.csv": "dkb-legacy-visa",
  "ing-de.csv": "ing-de",
  "ing-de-saldo.csv": "ing-de",
  "sparkasse-camt-v2.csv": "sparkasse-camt",
  "sparkasse-mt940.csv": "sparkasse-mt940",
  "sparkasse-card.csv": "sparkasse-card",
  "postbank.csv": "deutsche-bank",
  "commerzbank.csv": "commerzbank",
  "consorsbank.csv": "consorsbank",
  "n26.csv": "n26",
  "n26-legacy.csv": "n26",
  "volksbank.csv": "volksbank",
  "volksbank-umsatzanzeige.csv": "volksbank-umsatzanzeige",
  "paypal-de.csv": "paypal",
  "paypal-en.csv": "paypal",
  "amex-de.csv": "amex-de",
};

describe("German bank profiles: detection", () => {
  it.each(Object.entries(EXPECTED))("%s is claimed by exactly the profile written for it", (name, id) => {
    const text = decodeText(fixture(`banks/${name}`));
    expect(BANK_PROFILES.filter((p) => p.detect(text)).map((p) => p.id)).toEqual(id ? [id] : []);
    expect(detectFormat(text)).toBe(id ? "bank-csv" : "comdirect-csv");
    expect(bank(name).profile).toBe(id ?? undefined);
  });

  it("no German profile claims any other fixture, whatever bank or format it is", () => {
    const claims = allFixturePaths()
      .filter((path) => !(path.startsWith("banks/") && path.slice("banks/".length) in EXPECTED))
      .map((path) => [path, GERMAN_PROFILES.filter((p) => p.detect(decodeText(fixture(path)))).map((p) => p.id)] as const)
      .filter(([, ids]) => ids.length > 0);
    expect(claims).toEqual([]);
    // The older fixtures of the other formats are in that list too.
    expect(allFixturePaths()).toEqual(expect.arrayContaining(["generic-de.csv", "comdirect-girokonto.csv", "camt053.xml", "mt940.sta", "ofx1.ofx"]));
  });

  it("writes the fixtures in each bank's own encoding", () => {
    const bom = (name: string) => fixture(`banks/${name}`).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(["dkb-2023.csv", "postbank.csv", "commerzbank.csv", "volksbank.csv", "paypal-de.csv"].every(bom)).toBe(true);
    expect(["ing-de.csv", "dkb-legacy.csv", "sparkasse-camt-v2.csv", "comdirect-all-sections.csv", "n26.csv"].some(bom)).toBe(false);
    // Windows-1252 umlauts are single bytes: "ä" is 0xE4, never UTF-8's C3 A4.
    expect(fixture("banks/ing-de.csv").includes(Buffer.from([0x55, 0x6d, 0x73, 0xe4, 0x74, 0x7a, 0x65]))).toBe(true);
    expect(fixture("banks/dkb-legacy.csv").includes(Buffer.from("Begünstigter", "latin1"))).toBe(true);
  });
});

describe("DKB", () => {
  it("new banking: payee by direction, pending 'Vorgemerkt' row, IBAN and balance from the preamble, amounts without trailing zeros", () => {
    const s = bank("dkb-2023.csv");
    expect(s.account).toEqual({ name: "DKB Girokonto", bank: "DKB", product: "Girokonto", currency: "EUR", kind: "CHECKING", iban: "DE00123456780000000000" });
    expect(s.closingBalance).toEqual({ amount: "2391.47", currency: "EUR", date: "2026-03-31" });
    expect(s.transactions.map(brief)).toEqual([
      ["pending", "2026-03-31", "-7.02", "Netto Marken-Discount Musterstadt DE"],
      ["booked", "2026-03-30", "2500.00", "ACME GmbH"],
      ["booked", "2026-03-16", "-8.67", "EDEKA//MUENCHEN/DE"],
      ["booked", "2026-03-03", "-1450.00", "Wohnungsbau Musterstadt eG"],
      ["booked", "2026-03-02", "-19.90", "Beispiel Mobilfunk GmbH"],
      ["booked", "2026-03-01", "37.00", "Erika Musterfrau"],
    ]);
    expect(s.transactions[0]!.valueDate).toBeNull();
    expect(s.transactions[3]).toMatchObject({ counterpartyIban: "DE00123456780000000004", description: "Miete 03/2026", transactionType: "Ausgang", raw: { line: 9 } });
  });

  it("new Visa: masked card from the preamble, foreign amount kept, balance dated from its label", () => {
    const s = bank("dkb-2023-visa.csv");
    expect(s.account).toEqual({ name: "DKB Visa Kreditkarte", bank: "DKB", product: "Visa Kreditkarte", currency: "EUR", kind: "CREDIT_CARD", cardNumber: "1234 •••• •••• 5678" });
    expect(s.closingBalance).toEqual({ amount: "-312.45", currency: "EUR", date: "2026-01-31" });
    expect(s.transactions.map((t) => [t.status, t.amount, t.originalAmount ?? null, t.originalCurrency ?? null])).toEqual([
      ["pending", "-23.10", null, null],
      ["booked", "-45.99", null, null],
      ["booked", "-18.40", "-21.50", "USD"],
      ["booked", "250.00", null, null],
      ["booked", "-0.33", null, null],
    ]);
  });

  it("old banking: ISO-8859-1, trailing ';', Tagessaldo pseudo rows left out", () => {
    const s = bank("dkb-legacy.csv");
    expect(s.account).toEqual({ name: "DKB Girokonto", bank: "DKB", product: "Girokonto", currency: "EUR", kind: "CHECKING", iban: "DE00123456780000000000" });
    expect(s.closingBalance).toEqual({ amount: "5000.01", currency: "EUR", date: "2018-01-31" });
    expect(s.transactions.map(brief)).toEqual([
      ["booked", "2018-01-31", "-54.00", "Stadtwerke Musterstadt"],
      ["booked", "2018-01-29", "2345.67", "ACME GmbH"],
      ["booked", "2018-01-15", "-15.37", "ALDI SUED 0123//Musterstadt/DE"],
      ["booked", "2018-01-02", "-780.00", "Hausverwaltung Müller"],
    ]);
    expect(s.transactions.map((t) => (t.raw as { line: number }).line)).toEqual([8, 10, 11, 12]);
  });

  it("old Visa: the balance line's dot decimal, the card number as masked in the file", () => {
    const s = bank("dkb-legacy-visa.csv");
    expect(s.account).toMatchObject({ kind: "CREDIT_CARD", cardNumber: "1234********5678" });
    expect(s.closingBalance).toEqual({ amount: "-103.68", currency: "EUR", date: "2018-10-19" });
    // The three rows add up to the stated balance: -9,99 - 88,50 - 5,19.
    expect(sumCents(s.transactions)).toBe(-10368n);
    expect(s.transactions[2]).toMatchObject({ bookingDate: "2018-10-03", valueDate: "2018-10-05", originalAmount: "-5.95", originalCurrency: "USD" });
  });
});

describe("ING, Sparkasse, Postbank, Commerzbank, Consorsbank, N26, Volksbank", () => {
  it("ING: IBAN, account name and 'Saldo' (dated at the period end) from the preamble", () => {
    const s = bank("ing-de.csv");
    expect(s.account).toEqual({ name: "ING Girokonto", bank: "ING", product: "Girokonto", currency: "EUR", kind: "CHECKING", iban: "DE00123456780000000000" });
    expect(s.closingBalance).toEqual({ amount: "1234.56", currency: "EUR", date: "2025-12-09" });
    expect(s.transactions.map(brief)).toEqual([
      ["booked", "2025-12-09", "-13.98", "VISA ROSSMANN 0000"],
      ["booked", "2025-12-08", "-200.00", "Erika Musterfrau"],
      ["booked", "2025-12-01", "-1020.00", "Wohnungsgesellschaft Musterstadt mbH"],
      ["booked", "2025-11-28", "2647.74", "ACME GmbH"],
      ["booked", "2025-11-20", "-55.08", "Rundfunk ARD, ZDF, DRadio"],
    ]);
    expect(s.transactions[3]).toMatchObject({ description: "Gehalt 11/2025", transactionType: "Gehalt/Rente" });
  });

  it("ING old layout: both balances from the running 'Saldo' column of a newest-first file", () => {
    const s = bank("ing-de-saldo.csv");
    expect(s.account).toMatchObject({ product: "Extra-Konto", kind: "SAVINGS" });
    expect(s.openingBalance).toEqual({ amount: "5750.00", currency: "EUR", date: "2020-03-02" });
    expect(s.closingBalance).toEqual({ amount: "5001.25", currency: "EUR", date: "2020-03-31" });
    expect(sumCents(s.transactions)).toBe(statedMovement(s));
    expect(s.transactions.map((t) => t.providerCategory)).toEqual(["Sonstiges", "Sparen", "Umbuchung"]);
  });

  it("Sparkasse CSV-CAMT: two-digit years, pending 'Umsatz vorgemerkt', Latin-1 names, own IBAN from Auftragskonto", () => {
    const s = bank("sparkasse-camt-v2.csv");
    expect(s.account).toEqual({ name: "Sparkasse", bank: "Sparkasse", currency: "EUR", kind: "CHECKING", iban: "DE00123456780000000000" });
    expect(s.transactions.map(brief)).toEqual([
      ["pending", "2025-12-05", "-43.41", "ACME Medien GmbH"],
      ["booked", "2025-12-03", "-9.47", "BEISPIEL APOTHEKE//MUSTERSTADT/DE"],
      ["booked", "2025-12-02", "-4.60", "BAECKEREI MUELLER FIL. 12//MUSTERSTADT/DE"],
      ["booked", "2025-12-01", "-1143.41", "Wohnbau Musterstadt GmbH"],
      ["booked", "2025-11-28", "2950.68", "ACME GmbH"],
      ["booked", "2025-11-25", "120.00", "Jörg Müller"],
    ]);
    expect(s.transactions[0]).toMatchObject({ valueDate: "2025-12-09", counterpartyIban: "DE00123456780000000002", description: "KD 123456 RE 001", transactionType: "FOLGELASTSCHRIFT" });
  });

  it("Sparkasse CSV-MT940: the purpose is the SVWZ part of the run-together SEPA fields", () => {
    const s = bank("sparkasse-mt940.csv");
    expect(s.transactions.map((t) => [t.status, t.amount, t.description, t.counterpartyIban])).toEqual([
      ["booked", "-43.41", "KD 123456 RE 001", "DE00123456780000000002"],
      ["booked", "-9.47", "2025-12-02T14:55 Debitk.2 2027-12", "DE00123456780000000003"],
      ["booked", "-1143.41", "Miete Dezember Whg 3 OG links", "DE00123456780000000010"],
      ["booked", "2950.68", "Gehalt November 2025", "DE00123456780000000001"],
      ["pending", "-24.90", "Beitrag Fitnessstudio 12/2025", "DE00123456780000000014"],
    ]);
  });

  it("Sparkasse credit card: masked card from the rows, original amount only where it is foreign", () => {
    const s = bank("sparkasse-card.csv");
    expect(s.account).toEqual({ name: "Sparkasse Kreditkarte", bank: "Sparkasse", product: "Kreditkarte", currency: "EUR", kind: "CREDIT_CARD", cardNumber: "1234 **** **** 5678" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.originalAmount ?? null, t.originalCurrency ?? null, t.counterpartyName])).toEqual([
      ["2025-10-05", "-10.99", null, null, "Spotify"],
      ["2025-09-27", "-1.49", "37.00", "CZK", "Muster Online Shop"],
      ["2025-09-26", "-4.99", null, null, "AMREST STARBUCKS DE 08007263333 DE"],
    ]);
  });

  it("Postbank: D.M.YYYY dates, unquoted commas, opening from 'Letzter Kontostand', closing from the trailer", () => {
    const s = bank("postbank.csv");
    expect(s.account).toEqual({
      name: "Postbank Giro direkt",
      bank: "Postbank",
      product: "Postbank Giro direkt",
      currency: "EUR",
      kind: "CHECKING",
      iban: "DE00123456780000000000",
      accountNumber: "123 4567890 00",
    });
    expect(s.openingBalance).toEqual({ amount: "1234.56", currency: "EUR", date: "2025-12-01" });
    expect(s.closingBalance).toEqual({ amount: "3050.51", currency: "EUR", date: "2026-01-02" });
    expect(sumCents(s.transactions)).toBe(statedMovement(s));
    expect(s.transactions.map((t) => t.amount)).toEqual(["-74.80", "-23.38", "2845.30", "-41.17", "-890.00"]);
    expect(s.transactions[4]).toMatchObject({ bookingDate: "2025-12-01", description: "Miete 12/2025, Whg. 4", transactionType: "SEPA Überweisung (Dauerauftrag)" });
  });

  it("Commerzbank: amounts without trailing zeros, card merchant from the text, SEPA fields cut from the purpose", () => {
    const s = bank("commerzbank.csv");
    expect(s.account).toEqual({ name: "Commerzbank", bank: "Commerzbank", currency: "EUR", kind: "CHECKING", iban: "DE00123456780000000000" });
    expect(s.transactions.map((t) => [t.amount, t.counterpartyName ?? null, t.providerCategory])).toEqual([
      ["-17.22", "REWE SAGT DANKE", "Lebensmittel"],
      ["-1020.00", null, "Wohnen"],
      ["3215.40", null, "Gehalt"],
      ["-86.00", null, "Energie"],
      ["-9.90", null, "Gebühren"],
    ]);
    expect(s.transactions[3]!.description).toBe("Beispiel Energie AG Abschlag Strom 02/2026");
  });

  it("Consorsbank: Windows-1252, signed 'Betrag in EUR'", () => {
    const s = bank("consorsbank.csv");
    expect(s.transactions.map(brief)).toEqual([
      ["booked", "2026-04-15", "-32.00", "Stadtwerke Musterstadt"],
      ["booked", "2026-04-01", "-1150.00", "Wohnbau Süd GmbH"],
      ["booked", "2026-03-31", "3004.12", "ACME GmbH"],
    ]);
  });

  it("N26: current and legacy layouts, dot decimals, foreign amounts only when foreign", () => {
    const s = bank("n26.csv");
    expect(s.account).toEqual({ name: "N26 Main Account", bank: "N26", product: "Main Account", currency: "EUR", kind: "CHECKING" });
    expect(s.transactions.map((t) => [t.bookingDate, t.valueDate, t.amount, t.originalAmount ?? null, t.originalCurrency ?? null])).toEqual([
      ["2026-08-01", null, "-24.50", null, null],
      ["2026-08-01", "2026-08-01", "2980.00", null, null],
      ["2026-08-03", "2026-08-03", "-875.00", null, null],
      ["2026-08-05", null, "-9.12", "-7.80", "GBP"],
      ["2026-08-06", "2026-08-06", "-6.45", null, null],
    ]);
    const legacy = bank("n26-legacy.csv");
    expect(legacy.transactions.map((t) => [t.amount, t.counterpartyName, t.providerCategory, t.originalCurrency ?? null])).toEqual([
      ["-59.99", "NINTENDO OF EUROPE", "Medien & Elektronik", null],
      ["328.00", "ACME GmbH", "Einkommen", null],
    ]);
  });

  it("Volksbank: bank and account from every row, balances from 'Saldo nach Buchung', purpose without SEPA fields", () => {
    const s = bank("volksbank.csv");
    expect(s.account).toEqual({ name: "VR Bank Musterstadt GiroKonto Online", bank: "VR Bank Musterstadt", product: "GiroKonto Online", currency: "EUR", kind: "CHECKING", iban: "DE00123456780000000000" });
    expect(s.openingBalance).toEqual({ amount: "300.00", currency: "EUR", date: "2025-11-28" });
    expect(s.closingBalance).toEqual({ amount: "1731.52", currency: "EUR", date: "2025-12-03" });
    expect(sumCents(s.transactions)).toBe(statedMovement(s));
    expect(s.transactions.map((t) => t.description)).toEqual([
      "MUSTERSTADT REWE 1234/MARKTSTR. 5/MUSTERSTADT/DE 02.12.2025 um 17:45:10 Uhr 00000000/000001/ECTL/0000000000000/0/1227",
      "Beitrag 12/2025",
      "Miete 12/2025",
      "Gehalt 11/2025",
    ]);
  });
});

describe("generic CSV fallback with German and PayPal headers", () => {
  it("takes 'Betrag (€)' and not 'Umsatztyp' as DKB's amount, and 'Brutto' not 'Umsatzsteuer' as PayPal's", () => {
    const role = (name: string, header: string) => guessCsv(decodeText(fixture(`banks/${name}`)), "EUR").columns.find((c) => c.header === header)?.role;
    const amountOf = (name: string) => guessCsv(decodeText(fixture(`banks/${name}`)), "EUR").columns.filter((c) => c.role === "amount").map((c) => c.header);
    expect(amountOf("dkb-2023.csv")).toEqual(["Betrag (€)"]);
    expect(role("dkb-2023.csv", "Umsatztyp")).toBe("type");
    expect(amountOf("paypal-de.csv")).toEqual(["Brutto"]);
    expect(role("paypal-de.csv", "Umsatzsteuer")).toBe("ignore");
    expect(amountOf("dkb-legacy.csv")).toEqual(["Betrag (EUR)"]);
    expect(amountOf("n26-legacy.csv")).toEqual(["Amount (EUR)"]);
    expect(amountOf("sparkasse-card.csv")).toEqual(["Buchungsbetrag"]);
  });
});
