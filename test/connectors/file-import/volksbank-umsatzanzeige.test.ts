// Volksbank's old "Umsatzanzeige" (bank-formats.md §1.1): the S/H flag in a
// column headed by one space, purposes over several lines, balances below.
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { encode } from "../../fixtures/import/banks/fixture-bytes.ts";
import { bank, brief, statedMovement, sumCents } from "./bank-helpers.ts";
import { fixture, importErrorOf } from "./fixture.ts";

const edited = (change: (text: string) => string) =>
  parseStatementFile({ fileName: "Umsaetze.csv", content: encode(change(decodeText(fixture("banks/volksbank-umsatzanzeige.csv"))), "cp1252") });

describe("Volksbank Umsatzanzeige (before 2020)", () => {
  it("signs the unsigned Umsatz by its S/H flag and names the counterparty by direction", () => {
    const s = bank("volksbank-umsatzanzeige.csv");
    expect(s.profile).toBe("volksbank-umsatzanzeige");
    expect(s.transactions.map(brief)).toEqual([
      ["booked", "2020-06-24", "-10.90", "ROSSMANN VIELEN DANK"],
      ["booked", "2020-06-15", "2500.00", "ACME GmbH"],
      ["booked", "2020-06-02", "-1000.00", "Wohnbau Musterstadt eG"],
    ]);
  });

  it("splits the Vorgang from the purpose and joins the 27-character chunks without spaces", () => {
    const s = bank("volksbank-umsatzanzeige.csv");
    expect(s.transactions.map((t) => [t.transactionType, t.description])).toEqual([
      ["Basislastschrift", "DIRK ROSSMANN GMBH/BREMEN/DE 23.06.2020 um 14:02:16 Uhr"],
      ["Lohn/Gehalt/Rente", "Gehalt Juni 2020"],
      ["DAUERAUFTRAG", "Miete Juni"],
    ]);
  });

  it("reads the account from the preamble and both balances from the Anfangssaldo and Endsaldo rows", () => {
    const s = bank("volksbank-umsatzanzeige.csv");
    expect(s.account).toMatchObject({ bank: "Volksbank Musterstadt eG", accountNumber: "29190024/123456700", kind: "CHECKING", currency: "EUR" });
    expect(s.openingBalance).toEqual({ amount: "1176.91", currency: "EUR", date: "2020-05-27" });
    expect(s.closingBalance).toEqual({ amount: "2666.01", currency: "EUR", date: "2020-06-24" });
    expect(sumCents(s.transactions)).toBe(statedMovement(s));
  });

  it("refuses a row whose flag is neither S nor H instead of guessing its direction", () => {
    const err = importErrorOf(() => edited((t) => t.replace('"10,90";"S"', '"10,90";"X"')));
    expect(err.userMessage.key).toBe("import.error.bad_field");
    expect(err.line).toBe(13);
  });
});
