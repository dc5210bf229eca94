import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/parse.ts";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { renderPlain } from "../../../src/i18n/index.ts";
import "../../../connectors/file-import/index.ts";
import { encode } from "../../fixtures/import/banks/fixture-bytes.ts";
import { brief } from "./bank-helpers.ts";
import { fixture, importErrorOf } from "./fixture.ts";

/** A bank fixture's text with one change, written back in the same encoding. */
function edited(name: string, encoding: "utf8-bom" | "cp1252", change: (text: string) => string) {
  const text = change(decodeText(fixture(`banks/${name}`)));
  return parseStatementFile({ fileName: name, content: encode(text, encoding) });
}

describe("German profiles on files that are not quite like the fixtures", () => {
  it("reads DKB's comma-separated files of 2023 like the semicolon ones", () => {
    const semicolon = edited("dkb-2023.csv", "utf8-bom", (t) => t);
    const comma = edited("dkb-2023.csv", "utf8-bom", (t) => t.replaceAll('";"', '","'));
    expect(comma.profile).toBe("dkb-2023");
    expect(comma.transactions.map(brief)).toEqual(semicolon.transactions.map(brief));
    expect(comma.closingBalance).toEqual(semicolon.closingBalance);
  });

  it("fails a whole DKB file on one unreadable amount, naming line and column", () => {
    const err = importErrorOf(() => edited("dkb-2023.csv", "utf8-bom", (t) => t.replace('"-8,67"', '"-8,6x7"')));
    expect([err.line, err.field]).toEqual([8, "Betrag (€)"]);
    expect(renderPlain("de", err.userMessage)).toBe("Zeile 8, Spalte 'Betrag (€)': '-8,6x7' ist kein Betrag.");
  });

  it("fails a Sparkasse file on an impossible day, naming line and column", () => {
    const err = importErrorOf(() => edited("sparkasse-camt-v2.csv", "cp1252", (t) => t.replace('"03.12.25";"03.12.25"', '"31.02.25";"03.12.25"')));
    expect([err.line, err.field, err.userMessage.key]).toEqual([3, "Buchungstag", "import.error.bad_date"]);
  });

  it("makes one account per Auftragskonto when a Sparkasse file holds two, keeping each row with its own account", () => {
    const s = edited("sparkasse-camt-v2.csv", "cp1252", (t) =>
      t.replace('"DE00123456780000000000";"25.11.25"', '"DE00123456780000000099";"25.11.25"').replace('"DE00123456780000000000";"02.12.25"', '"DE00123456780000000099";"02.12.25"'),
    );
    expect([s.account.iban, ...s.otherAccounts.map((p) => p.account.iban)]).toEqual(["DE00123456780000000000", "DE00123456780000000099"]);
    expect(s.transactions.map((t) => t.amount)).toEqual(["-43.41", "-9.47", "-1143.41", "2950.68"]);
    expect(s.otherAccounts[0]!.transactions.map(brief)).toEqual([
      ["booked", "2025-12-02", "-4.60", "BAECKEREI MUELLER FIL. 12//MUSTERSTADT/DE"],
      ["booked", "2025-11-25", "120.00", "Jörg Müller"],
    ]);
    expect(s.transactions[0]!.status).toBe("pending");
  });

  it("warns when a file went through Excel (§0.7) and still reads it", () => {
    const s = edited("postbank.csv", "utf8-bom", (t) => t.replace(";60000000000000000000000000000000001;", ";6,17761250170673E+025;"));
    expect(s.transactions).toHaveLength(5);
    expect(s.notices).toEqual([{ key: "import.notice.excel_touched", params: { value: "6,17761250170673E+025" } }]);
    expect(renderPlain("en", s.notices![0]!)).toContain("opened and saved in Excel");
    expect(edited("postbank.csv", "utf8-bom", (t) => t).notices).toBeUndefined();
  });

  it("reads comdirect's older ' Neu' marker on a pending row's own date", () => {
    const s = edited("comdirect-30-tage.csv", "cp1252", (t) => t.replace('"offen";"--"', '"02.11.2025 Neu";"--"'));
    expect(s.transactions[0]).toMatchObject({ status: "pending", bookingDate: "2025-11-02", amount: "-29.90" });
    expect(s.notices).toBeUndefined();
  });

  it("reads a Deutsche Bank file whose 'Betrag' is empty from the signed 'Soll' and 'Haben'", () => {
    const s = edited("postbank.csv", "utf8-bom", (t) =>
      t.replace(";-74,8;;;;-74,8;;EUR", ";;;;;-74,8;;EUR").replace(";2.845,30;;;;;2.845,30;EUR", ";;;;;;2.845,30;EUR"),
    );
    expect(s.transactions.slice(0, 3).map((t) => t.amount)).toEqual(["-74.80", "-23.38", "2845.30"]);
  });
});
