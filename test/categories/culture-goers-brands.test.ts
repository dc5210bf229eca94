// Culture lovers' brands (src/categories/brands/culture-goers.ts) in the shapes banks print them, and a Dutch name
// whose brand word stands after the article "het", which names another shop. Each with guards that keep their answer.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantKey, merchantLabel } from "../../src/categories/merchant-label.ts";

const labelled = (transactionType: string | null, counterpartyName: string | null, description: string | null, amount: string) => {
  const merchant = merchantLabel({ transactionType, counterpartyName, description });
  return { merchant, category: categorize({ amount, transactionType, counterpartyName, description, merchant }, { rules: [] }).categoryKey };
};

const itNames = (cases: [string | null, string | null, string | null, string, string, string][]) =>
  it.each(cases)("%s / %s / %s (%s) → %s, %s", (type, counterparty, description, amount, merchant, category) => {
    const got = labelled(type, counterparty, description, amount);
    expect(merchantKey(got.merchant ?? "")).toBe(merchantKey(merchant));
    expect(got.category).toBe(category);
  });

describe("record and flower shops, ticket resale and a museum pass", () => {
  itNames([
    ["Lastschrift", null, "Kartenzahlung HHV HANDELS GMBH. 30734243//Leipzig 2026-06-03T08:30:05 KFN 1 VJ 2812", "-220.70", "HHV", "shopping"],
    ["PayPal Express-Zahlung", "HHV Handels GmbH", "Zahlung im Einzugsverfahren mit Zahlungsrechnung", "-43.51", "HHV", "shopping"],
    ["DEBIT_CARD", null, "DISCOGS #2864 SEATTLE WA", "-249.27", "Discogs", "shopping"],
    ["Card payment", null, "DISCOGS.COM MARKETPLACE  PORTLAND   USA", "-31.00", "Discogs", "shopping"],
    ["MasterCard Payment", "JPC-SCHALLPLATTEN-VERSAND", null, "-211.09", "jpc", "shopping"],
    ["Kartenzahlung", "JPC.DE", "JPC.DE/GEORGSMARIENHUETTE/DE", "-29.99", "jpc", "shopping"],
    ["MasterCard Payment", "BLUME 2000 FIL. 0317", null, "-136.16", "Blume 2000", "shopping"],
    ["Kartenzahlung", "BLUME2000.DE", "BLUME2000.DE/HAUPTSTR. 11/MUENCHEN/DE", "-38.95", "Blume 2000", "shopping"],
    ["Kartenverfügung", null, "FANSALE.DE, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte 2026-02-20 00:00:00", "-19.46", "fanSALE", "entertainment"],
    [null, null, "PURCHASE AUTHORIZED ON 12/26 TICKPICK AUSTIN FL S289007810177366 CARD 2186", "-34.43", "TickPick", "entertainment"],
    ["Card payment", null, "ENCORE TICKETS LTD     LEEDS         GBR", "-49.99", "Encore Tickets", "entertainment"],
    ["Direct Debit", "ART FUND", "ART FUND NATIONAL ART PASS", "-6.08", "Art Fund", "entertainment"],
  ]);
});

describe("the streaming services of concert halls, theatres and art-house cinemas", () => {
  itNames([
    ["Basislastschrift", "Deutsche Grammophon GmbH", "STAGE+ Abo Verlaengerung 06/2025 Kd 6822071", "-15.00", "Stage+", "subscriptions"],
    ["Kartenzahlung girocard", "ALLESKINO.DE", "STUTTGART 329/HAUPTSTR. 29/STUTTGART/DE", "-9.47", "Alleskino", "subscriptions"],
    [null, null, "VIS DIGITAL THEATRE LTD MANCHESTER", "-11.27", "Digital Theatre", "subscriptions"],
    ["PAYMENT", null, "NATIONAL THEATRE AT HOME NT AT HOME MONTHLY JANUARY FT", "-10.00", "National Theatre at Home", "subscriptions"],
  ]);
  describe("but the National Theatre's own box office stays a venue", () => {
    itNames([["Card payment", null, "NATIONAL THEATRE       LONDON        GBR", "-45.00", "National Theatre", "entertainment"]]);
  });
});

describe("a brand's word after the Dutch article 'het' is part of another shop's name", () => {
  itNames([
    ["Betaalautomaat", "PLATENZAAK HET SPIEGEL 8985", "Pasvolgnr: 001 05-07-2025 10:53 Transactie: 606161 Term: AB622C", "-160.76", "Platenzaak Het Spiegel", "shopping"],
  ]);
  it("keeps the brand where no article stands before it", () => {
    expect(labelled("SEPA Lastschrift", "SPIEGEL-Verlag Rudolf Augstein GmbH", "SPIEGEL Abo 123", "-6.00").category).toBe("subscriptions");
  });
  it("and names no brand after 'het' in other shops' names", () => {
    expect(labelled("Betaalautomaat", "EETCAFE HET HEMA 1234", null, "-14.00").merchant).not.toBe("HEMA");
    expect(labelled("Betaalautomaat", "HEMA AMSTERDAM 1234", null, "-14.00").merchant).toBe("HEMA");
  });
});
