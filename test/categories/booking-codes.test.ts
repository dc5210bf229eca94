// The bank's own booking code and booking type decide fees and cash: a German
// bank names itself as the counterparty of its account fee and of its cash
// machine's withdrawals (bank-formats.md §2.1, §2.2, §3.2).
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";
import { bookingCodeCategory } from "../../src/categories/booking-codes.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";

const key = (tx: CategorizeInput) => categorize(tx, { rules: [] }).categoryKey;

describe("bookingCodeCategory", () => {
  it.each([
    [{ gvc: "805" }, "fees"],
    [{ gvc: "808" }, "fees"],
    [{ bankCode: "NMSC+805+9999+000" }, "fees"],
    [{ domainCode: "ACMT/MDOP/CHRG" }, "fees"],
    [{ gvc: "083" }, "cash"],
    [{ domainCode: "PMNT/CCRD/CWDL" }, "cash"],
    [{ bankCode: "NDDT+105+9248+992", domainCode: "PMNT/IDDT/ESDD" }, null],
    [{ gvc: "006" }, null], // also "Sonstiger Einzug": not read
  ])("%j on money out is %s", (codes, expected) => {
    expect(bookingCodeCategory(codes, -1)).toBe(expected);
  });

  it("says nothing about money in (805 also books interest credited)", () => {
    expect(bookingCodeCategory({ gvc: "805" }, 1)).toBeNull();
  });
});

describe("a bank's own fee, with the bank as counterparty", () => {
  const fee = { amount: "-4.95", counterpartyName: "Volksbank Stuttgart eG", merchant: "Volksbank", description: "Kontofuehrungsentgelt 10/2026 Kontomodell VR-Giro Komfort" };

  it("is a fee by its booking type alone", () => {
    expect(key({ ...fee, transactionType: "Abschluss" })).toBe("fees");
    expect(key({ ...fee, transactionType: "Zinsen/Entgelte", description: null })).toBe("fees");
  });

  it("is a fee by its CAMT code when the type says nothing", () => {
    expect(key({ ...fee, description: "10/2026", bookingCodes: { domainCode: "ACMT/MDOP/CHRG" } })).toBe("fees");
  });

  it("is a fee by its text when neither type nor code is there", () => {
    expect(key(fee)).toBe("fees");
  });

  it("the same bank's cash machine row stays cash", () => {
    expect(key({ ...fee, transactionType: "Auszahlung Geldautomat", amount: "-200.00", description: "GA NR00012345 BLZ60090100 0 Stuttgart Hbf" })).toBe("cash");
  });

  it("the sync path reads the codes from the connector's raw payload", () => {
    const tx = { amount: "-4.95", currency: "EUR", bookingDate: "2026-10-28", status: "booked", counterpartyName: "Volksbank Stuttgart eG", description: "10/2026", raw: { bankCode: "NMSC+805+9999+000" } };
    expect(categorizeForSync(tx as Parameters<typeof categorizeForSync>[0]).key).toBe("fees");
  });
});
