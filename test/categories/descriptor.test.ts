// One normalisation rule per block, each with descriptors of the shapes in
// bank-formats.md §3: every row of one merchant gets one label.
import { describe, expect, it } from "vitest";
import { cleanDescriptor } from "../../src/categories/descriptor.ts";
import { processorSubMerchant } from "../../src/categories/processor-references.ts";
import { merchantKey, merchantLabel } from "../../src/categories/merchant-label.ts";

const key = (description: string, counterpartyName: string | null = null) => merchantKey(merchantLabel({ counterpartyName, description }) ?? "");

describe("one merchant, one label", () => {
  it.each([
    ["processor prefixes", ["PAYPAL *KLEINER LADEN 4029357733", "PP*KLEINER LADEN", "SumUp  *Kleiner Laden", "SQ *KLEINER LADEN", "ZTL*Kleiner Laden", "IZ *KLEINER LADEN", "CRV*KLEINER LADEN", "LSP*Kleiner Laden", "STRIPE*KLEINER LADEN", "TST* KLEINER LADEN - BERLIN"]],
    ["legal forms cut at the field width", ["Kleiner Laden Gmb", "KLEINER LADEN GM/HAUPTSTR. 92/FRANKFURT/DE", "KLEINER LADEN GMB"]],
    ["payroll words after an employer", ["KLEINER LADEN INC DIRECT DEP 1008 99791229 JANE DOE", "KLEINER LADEN LTD PAY JULY BGC", "KLEINER LADEN DIRECT DEPOSIT"]],
    ["legal forms", ["Kleiner Laden GmbH", "Kleiner Laden GmbH & Co. KG", "KLEINER LADEN LTD", "Kleiner Laden Inc.", "Kleiner Laden LLC", "Kleiner Laden SE", "Kleiner Laden e.K.", "Kleiner Laden S.A R.L.", "Kleiner Laden AG"]],
    ["store, terminal and order numbers", ["KLEINER LADEN 1234", "Kleiner Laden Filiale 0815", "KLEINER LADEN #539", "Kleiner Laden 123-4567890", "KLEINER LADEN F14372", "KLEINER LADEN STORE 01234"]],
    ["card-text words", ["Kartenzahlung Kleiner Laden", "Lastschrift aus Kartenzahlung Kleiner Laden", "girocard Kleiner Laden", "POS DEBIT- KLEINER LADEN", "CARD PAYMENT TO KLEINER LADEN", "VISA PURCHASE KLEINER LADEN", "CONTACTLESS KLEINER LADEN", "))) KLEINER LADEN", "CHECKCARD 0818 KLEINER LADEN"]],
    ["dates and times", ["KLEINER LADEN 2025-10-05T18:54:23", "Kleiner Laden 16-12-2023T11:47:04", "KLEINER LADEN ON 30 OCT", "PURCHASE AUTHORIZED ON 07/31 KLEINER LADEN", "Kleiner Laden 15.07.2024 um 10:53:22 Uhr"]],
    ["cities and countries", ["KLEINER LADEN BERLIN DE", "KLEINER LADEN LONDON GB", "Kleiner Laden Muenchen", "KLEINER LADEN//HAMBURG/DE", "KLEINER LADEN          BLACKBURN     GBR", "KLEINER LADEN SAN JOSE CA", "Kleiner Laden/Hauptstr. 5/Koeln/DE"]],
  ])("%s", (_rule, variants) => {
    for (const v of variants) expect(key(v), v).toBe("kleiner laden");
  });

  it("keeps brands that only exist as a pattern: REWE, Amazon, Netflix, Spotify, Lidl in every shape", () => {
    const same = (expected: string, variants: string[]) => {
      for (const v of variants) expect(merchantLabel({ description: v }), v).toBe(expected);
    };
    same("REWE", ["REWE SAGT DANKE 1234", "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE. 41400673//Hamburg", "REWE//BERLIN/DE 2025-01-02T10:00"]);
    same("Amazon", ["AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 123-4567890", "AMZN Mktp DE*2K3L45", "Amazon.de*AB12CD34E, AMAZON.DE LU", "AMZN MKTP US*A12BC3", "AMAZON.CO.UK*2K3L45"]);
    same("Netflix", ["NETFLIX.COM 866-579-7172 CA", "PAYPAL *NETFLIX", "Netflix International B.V."]);
    same("Spotify", ["Spotify AB", "SPOTIFY P1A2B3C4", "PP*SPOTIFY"]);
    same("Lidl", ["LIDL SAGT DANKE//Grasberg/DE", "LIDL DIENSTL 4711 BERLIN", "Lidl Dienstleistung GmbH & Co. KG"]);
  });

  it("keeps a city that is part of a name, and a kind of shop with its city", () => {
    expect(cleanDescriptor("Eiscafé Venezia")).toBe("Eiscafé Venezia");
    expect(merchantLabel({ counterpartyName: "Stadtwerke München GmbH" })).toBe("Stadtwerke München");
  });

  it("folds German ASCII umlauts in the key, so Baeckerei and Bäckerei are one merchant", () => {
    expect(merchantKey("BAECKEREI SCHMIDT")).toBe(merchantKey("Bäckerei Schmidt"));
    expect(merchantKey("Mueller")).toBe(merchantKey("Müller"));
  });

  it("finds the shop inside a processor's booking text", () => {
    expect(processorSubMerchant("PP.7723.PP . GOOGLE, Ihr Einkauf bei GOOGLE")).toBe("GOOGLE");
    expect(processorSubMerchant("1045268675504/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV")).toBe("Uber Payments BV");
    expect(processorSubMerchant("Ihr Einkauf bei Kleiner Laden")).toBe("Kleiner Laden");
    expect(processorSubMerchant("Miete November")).toBeNull();
  });

  it("ends a name where its first word comes back, after a legal form or not, three letters being enough", () => {
    expect(cleanDescriptor("QUILLON PARTNERS INC QUILLON APTS")).toBe("Quillon Partners");
    expect(cleanDescriptor("ZEB TIMBER LTD ZEB MEMBERSHIP")).toBe("Zeb Timber");
    expect(cleanDescriptor("ZEB TIMBER ZEB TIMBER DD")).toBe("Zeb Timber");
    expect(cleanDescriptor("BROMFORD HOUSING BROMFORD")).toBe("Bromford Housing");
  });

  it("does not take an article said again for the name begun again, only the article with the next word", () => {
    expect(cleanDescriptor("THE FOX AND THE HOUND")).toBe("The Fox And The Hound");
    expect(cleanDescriptor("THE WHITE HART THE WHITE HART")).toBe("The White Hart");
    expect(cleanDescriptor("THE GREEN MAN LTD THE GREEN MAN MEMBERSHIP")).toBe("The Green Man");
  });

  it("gives nothing for text that is only noise", () => {
    expect(cleanDescriptor("2025-10-05T18:54:23 Debitk.99 VISA Debit")).toBeNull();
    expect(cleanDescriptor("GA NR00003342 BLZ10050000")).toBeNull();
  });
});
