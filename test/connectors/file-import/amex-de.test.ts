// American Express Germany's download: the Amex table with German column names,
// decimal commas and euros (layout from public importers, see profiles/amex.ts).
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { bank } from "./bank-helpers.ts";

const HEADER = "Datum,Beschreibung,Karteninhaber,Konto #,Betrag,Weitere Details,Erscheint auf Ihrer Abrechnung als,Adresse,Stadt,PLZ,Land,Betreff,Kategorie";
const SHORT = "Datum,Beschreibung,Betrag,Weitere Details,Erscheint auf Ihrer Abrechnung als,Adresse,Stadt,PLZ,Land,Betreff,Kategorie";

describe("American Express Germany CSV", () => {
  it("reads charges as money out and payments and refunds as money in, in euros, day first", () => {
    const s = bank("amex-de.csv");
    expect(s.profile).toBe("amex-de");
    expect(s.account).toEqual({ bank: "American Express", kind: "CREDIT_CARD", currency: "EUR", cardNumber: "•••• 1007" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount, t.currency, t.counterpartyName])).toEqual([
      ["2026-09-03", "1312.40", "EUR", "ZAHLUNG/ÜBERWEISUNG ERHALTEN BESTEN DANK"],
      ["2026-09-04", "76.01", "EUR", "HM.COM HAMBURG"],
      ["2026-09-10", "-2.99", "EUR", "APPLE.COM/BILL HOLLYHILL"],
      ["2026-09-11", "-42.86", "EUR", "BBMSL*Tim Ho Wan Dim Su HK"],
      ["2026-09-12", "-1312.40", "EUR", "TRATTORIA ROMA BONN"],
    ]);
    // Betreff is the reference, without the apostrophes that keep spreadsheets from reading it as a number.
    expect(s.transactions[1]!.externalId).toBe("AT260630052000010294564");
    expect(s.transactions[4]!.providerCategory).toBe("Miscellaneous-Other");
  });

  it("stays euros for a purchase abroad: the German site bills every row in EUR", () => {
    expect(new Set(bank("amex-de.csv").transactions.map((t) => t.currency))).toEqual(new Set(["EUR"]));
  });

  it("reads the export without Karteninhaber and Konto # the same way", () => {
    const csv = [SHORT, '05/10/2026,REWE MARKT BONN,"23,40",,REWE MARKT BONN,,BONN,53111,GERMANY,\'AT1\',', '17/10/2026,ZAHLUNG/ÜBERWEISUNG ERHALTEN BESTEN DANK,"-23,40",,ZAHLUNG/ÜBERWEISUNG ERHALTEN BESTEN DANK,,,,,\'AT2\','].join("\n");
    const s = parseStatementFile({ fileName: "activity.csv", content: Buffer.from(csv) });
    expect(s.profile).toBe("amex-de");
    expect(s.account).toEqual({ bank: "American Express", kind: "CREDIT_CARD", currency: "EUR" });
    expect(s.transactions.map((t) => [t.bookingDate, t.amount])).toEqual([
      ["2026-10-05", "-23.40"],
      ["2026-10-17", "23.40"],
    ]);
  });

  it("keeps the header exactly as Amex writes it", () => {
    expect(parseStatementFile({ fileName: "a.csv", content: Buffer.from(`${HEADER}\n01/09/2026,X,A,-41007,"1,00",,X,,,,,'1',\n`) }).profile).toBe("amex-de");
  });
});
