import { describe, expect, it } from "vitest";
import { merchantLabel, withMerchantLabel } from "../../src/categories/merchant-label.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

const cases = [
  { counterpartyName: "REWE SAGT DANKE 1234", description: "Kartenzahlung 01.03." },
  { counterpartyName: "PayPal Europe S.a.r.l. et Cie S.C.A", description: "PP.1234.PP . NETFLIX.COM, Ihr Einkauf bei NETFLIX.COM" },
  { counterpartyName: "SQ *BLUE BOTTLE COFFEE 0042", description: null },
  { counterpartyName: "Hausverwaltung Kästner GmbH", description: "Miete Januar 2026" },
  { counterpartyName: "Apotheke am Markt", description: "Kartenzahlung" },
  { counterpartyName: null, description: "LIDL DIENSTL 4711 BERLIN" },
  { counterpartyName: null, description: null },
];

describe("merchantLabel", () => {
  it.each(cases)("gives the same label as merchantName for %j, also when asked again", (tx) => {
    expect(merchantLabel(tx)).toBe(merchantName(tx));
    expect(merchantLabel(tx)).toBe(merchantName(tx));
  });

  it("keeps a merchant the source gave", () => {
    expect(merchantLabel({ merchant: "Acme", counterpartyName: "REWE" })).toBe("Acme");
  });

  it("a description naming a shop still counts when the counterparty is unknown, even after the counterparty was seen", () => {
    expect(merchantLabel({ counterpartyName: "Kiosk Meier", description: "Miete" })).toBe("Kiosk Meier");
    expect(merchantLabel({ counterpartyName: "PayPal", description: "NETFLIX.COM Abo" })).toBe("Netflix");
  });

  it("a PayPal top-up (PayPal's reference, no shop) is PayPal, not the reference code; purchases keep their shop", () => {
    const paypal = "PayPal Europe S.a.r.l. et Cie S.C.A";
    expect(merchantName({ counterpartyName: paypal, description: "1004372815604/PP.4162.PP/, ABBUCHUNG VOM PAYPAL-KONTO" })).toBe("PayPal");
    expect(merchantName({ counterpartyName: null, description: "1004372815604 PP.4162.PP PAYPAL" })).toMatch(/^PayPal$/i);
    expect(merchantName({ counterpartyName: paypal, description: "1045268675504/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV" })).toBe("Uber");
    expect(merchantName({ counterpartyName: paypal, description: "PP.7723.PP . GOOGLE, Ihr Einkauf bei GOOGLE" })).toBe("Google");
  });

  it("names the brand of a direct debit whose creditor is the brand's operator (RSG Group collects for McFIT)", () => {
    const debit = { counterpartyName: "RSG Group GmbH", description: "McFIT Mitgliedsbeitrag 03/2026 Mitgl.-Nr. 88123456" };
    expect(merchantLabel(debit)).toBe("McFIT");
    expect(categorize({ amount: "-24.90", ...debit, merchant: merchantLabel(debit) }, { rules: [] }).categoryKey).toBe("entertainment");
  });

  it("withMerchantLabel fills only an empty merchant and leaves the input untouched", () => {
    const row = { counterpartyName: "REWE SAGT DANKE 1234", merchant: null };
    expect(withMerchantLabel(row)).toEqual({ counterpartyName: "REWE SAGT DANKE 1234", merchant: "REWE" });
    expect(row.merchant).toBeNull();
    expect(withMerchantLabel({ counterpartyName: null, merchant: null, description: null })).toEqual({ counterpartyName: null, merchant: null, description: null });
  });
});

describe("a label labels to itself", () => {
  it("a cleaned name that is a brand's canonical name without its symbol becomes that brand on the first pass", () => {
    const first = merchantLabel({ counterpartyName: "RTL DEUTSCHLAND GMBH//KOELN/DE", description: "2026-01-12T15:54 Debitk.2 2027-12" });
    expect(first).toBe("RTL+");
    expect(merchantLabel({ merchant: first })).toBe(first);
  });
});
