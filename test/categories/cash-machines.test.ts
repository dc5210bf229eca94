// Money from a cash machine is cash, whatever place the machine's text names,
// and every machine is one "ATM" label (bank-formats.md §1.3, §3.4): Lloyds
// and Halifax mark it with the type code CPT and a LINK text ("LNK CAMDEN
// HIGH ST"), HSBC puts "ATM" in front, NatWest's type is "C/L", Chase's "ATM".
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

/** The write path: labelled first, then categorized with that label. */
function written(tx: Omit<CategorizeInput, "merchant">) {
  const merchant = merchantName(tx);
  return { merchant, category: categorize({ ...tx, merchant }, { rules: [] }).categoryKey };
}

describe("cash machine withdrawals", () => {
  it.each<[string, Omit<CategorizeInput, "merchant">]>([
    ["Lloyds CPT with a LINK text", { amount: "-60.00", transactionType: "CPT", description: "LNK CAMDEN HIGH ST" }],
    ["Lloyds CPT at an independent operator", { amount: "-20.00", transactionType: "CPT", description: "NOTEMACHINE CAMDEN RD" }],
    ["Lloyds CPT naming the shop the machine stands in", { amount: "-40.00", transactionType: "CPT", description: "SAINSBURYS CAMDEN 12OCT" }],
    ["a LINK text without a type code", { amount: "-30.00", description: "LNK CO-OP KENTISH TOWN" }],
    ["HSBC's ATM prefix", { amount: "-50.00", description: "ATM  CASH HSBC JAN23" }],
    ["NatWest cashline", { amount: "-100.00", transactionType: "C/L", description: "'3141 12JAN23 , NATWEST , HIGH ST , LEEDS GB" }],
    ["Chase's ATM type", { amount: "-80.00", transactionType: "ATM", description: "ATM WITHDRAWAL 007741 08/07 10850 MAIN ST FAIRFAX VA" }],
    ["a cash withdrawal abroad", { amount: "-100.00", description: "CASH WITHDRAWAL BARCELONA ESP" }],
    ["ABN AMRO's GEA (geldautomaat) naming the machine's bank and place", { amount: "-50.00", transactionType: "GEA", description: "GEA NR:S1J471 09.06.26/13.05 ING Rotterdam Blaak,PAS012" }],
  ])("%s is cash, labelled ATM", (_name, tx) => {
    expect(written(tx)).toEqual({ merchant: "ATM", category: "cash" });
  });

  it("a cash machine's fee is a fee, not cash", () => {
    expect(written({ amount: "-1.99", transactionType: "CPT", description: "NOTEMACHINE FEE" }).category).toBe("fees");
    expect(written({ amount: "-3.00", transactionType: "FEE_TRANSACTION", description: "NON-CHASE ATM FEE-WITH" }).category).toBe("fees");
  });

  it("a card payment at a shop stays the shop's", () => {
    expect(written({ amount: "-40.00", transactionType: "DEB", description: "SAINSBURYS S/MKTS 0214 CAMDEN" })).toEqual({ merchant: "Sainsbury's", category: "groceries" });
  });

  it("a CPT credit (cash paid in at a machine) is not a withdrawal", () => {
    expect(written({ amount: "200.00", transactionType: "CPT", description: "LNK CAMDEN HIGH ST" }).category).not.toBe("cash");
  });
});
