// A file that does not name its product gets none made up: the same Consorsbank
// export carries a Girokonto or a Tagesgeld, and calling every one "Girokonto"
// made "Tagesgeld" find no account.
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { accountNameOf } from "../../../src/imports/account-identity.ts";
import { encode } from "../../fixtures/import/banks/fixture-bytes.ts";
import { bank } from "./bank-helpers.ts";
import { fixture } from "./fixture.ts";

const edited = (name: string, change: (text: string) => string, encoding: "cp1252" | "utf8" = "cp1252") =>
  parseStatementFile({ fileName: "export.csv", content: encode(change(decodeText(fixture(`banks/${name}`))), encoding) });

describe("account names from what the file says", () => {
  it("names a Consorsbank export by its bank alone: the layout is the Girokonto's and the Tagesgeld's", () => {
    const s = bank("consorsbank.csv");
    expect(s.account.product).toBeUndefined();
    expect(s.account.kind).toBeUndefined();
    expect(accountNameOf(s.account, s.format)).toBe("Consorsbank");
  });

  it("names the old Volksbank Umsatzanzeige by its bank: it shows an account number, no product", () => {
    const s = bank("volksbank-umsatzanzeige.csv");
    expect(s.account.product).toBeUndefined();
    expect(accountNameOf(s.account, s.format)).toBe("Volksbank Musterstadt eG");
  });

  it("keeps the product a file states, and makes none up where its line is missing", () => {
    expect(bank("ing-de.csv").account).toMatchObject({ product: "Girokonto", kind: "CHECKING" });
    const ing = edited("ing-de.csv", (t) => t.replace(/^Kontoname;.*\r?\n/m, ""));
    expect(ing.account.product).toBeUndefined();
    expect(accountNameOf(ing.account, ing.format)).toBe("ING");
    const dkb = edited("dkb-legacy.csv", (t) => t.replace(" / Girokonto", ""));
    expect(dkb.account).toMatchObject({ iban: "DE00123456780000000000" });
    expect(dkb.account.product).toBeUndefined();
    expect(accountNameOf(dkb.account, dkb.format)).toBe("DKB");
  });

  it("still reads a savings product the file names as savings", () => {
    const tagesgeld = edited("dkb-legacy.csv", (t) => t.replace(" / Girokonto", " / Tagesgeld"));
    expect(tagesgeld.account).toMatchObject({ product: "Tagesgeld", kind: "SAVINGS" });
    expect(accountNameOf(tagesgeld.account, tagesgeld.format)).toBe("DKB Tagesgeld");
  });
});
