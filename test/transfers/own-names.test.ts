// The holder's own name is learned only from bookings to or from own IBANs,
// and only when it looks like a person's full name.
import { describe, expect, it } from "vitest";
import { namesOwnAccount, ownNamesFrom, personalName } from "../../src/transfers/own-names.ts";

const own = new Set(["DE00120300000012345678"]);

describe("ownNamesFrom", () => {
  it("learns the counterparty of a transfer to an own IBAN, folded", () => {
    expect(ownNamesFrom([{ counterpartyName: "Alex Beispiel", counterpartyIban: "DE00 1203 0000 0012 3456 78" }], own)).toEqual(new Set(["alex beispiel"]));
  });

  it("learns nothing from other IBANs, from account labels or from single words", () => {
    const rows = [
      { counterpartyName: "Maria Muster", counterpartyIban: "DE00999900000012345678" },
      { counterpartyName: "Tagesgeld Konto", counterpartyIban: "DE00120300000012345678" },
      { counterpartyName: "Umbuchung", counterpartyIban: "DE00120300000012345678" },
      { counterpartyName: "DKB AG", counterpartyIban: "DE00120300000012345678" },
      { counterpartyName: "REWE Markt GmbH", counterpartyIban: "DE00120300000012345678" },
    ];
    expect(ownNamesFrom(rows, own).size).toBe(0);
  });
});

describe("personalName and namesOwnAccount", () => {
  it("accepts two to four words of letters only", () => {
    expect(personalName("Jörg Müller")).toBe("jorg muller");
    expect(personalName("Anna Maria de Vries")).toBe("anna maria de vries");
    expect(personalName("Alex")).toBeNull();
    expect(personalName("Alex Beispiel 2")).toBeNull();
    // A firm's legal form or a bank's name is no person: "Volksbank Stuttgart eG" charges fees, it is not paid like a friend.
    expect(personalName("Volksbank Stuttgart eG")).toBeNull();
    expect(personalName("Kreissparkasse Esslingen")).toBeNull();
    expect(personalName("Müller Bau KG")).toBeNull();
  });

  it("matches the whole name as words, never a part of a longer name", () => {
    const names = new Set(["alex beispiel"]);
    expect(namesOwnAccount(["To Alex Beispiel"], names)).toBe(true);
    expect(namesOwnAccount(["To Alexander Beispielmann"], names)).toBe(false);
    expect(namesOwnAccount(["ACME DES:PAYROLL INDN:ALEX BEISPIEL CO ID:1 PPD"], names)).toBe(false);
  });
});
