// The brands hobby musicians, artists and crafters pay (brands/makers.ts): music shop chains and sheet-music houses,
// fabric and yarn shops, music-learning apps, classical streaming and music plans, ticket sellers, a transit authority.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("the brands of makers: music shops, craft shops, learning apps, music plans", () => {
  itCategorizes([
    [null, null, "PURCHASE AUTHORIZED ON 03/15 GUITARCENTER.COM 866-498-7882 BROOKLYN CA S744135306450901 CARD 6086", "-170.79", "shopping"],
    ["Ausgang", "PAYPAL *STRETTAMUSI 4029357733Muenchen      DE", "2026-04-02 Debitk.99 VISA Debit", "-48.38", "shopping"],
    ["Card payment", null, "MUSICROOM LONDON       MANCHESTER    GBR", "-221.53", "shopping"],
    ["KARTENZAHLUNG", "PAYPAL *SNAPLY 4029357733//LEIPZIG/DE", "2026-05-23T17:20 Debitk.2 2027-12", "-136.33", "shopping"],
    ["Card payment", null, "DERAMORES              LONDON        GBR", "-194.48", "shopping"],
    ["Card payment", null, "YOUSICIAN LTD HELSINKI BRISTOL       GBR", "-55.46", "education"],
    [null, null, "CARTE 08/05/25 SKOOVE CB*5907", "-39.62", "education"],
    ["ONLINE-UEBERWEISUNG", "IDAGIO GmbH", "IDAGIO Premium+ Juni 2026 Kd. 66142071", "-12.29", "subscriptions"],
    [null, "Soundtrap AB", "/TRTP/SEPA OVERBOEKING/NAME/Soundtrap AB/REMI/Soundtrap Premium NOVEMBER 2025/EREF/NOTPROVIDED", "-8.22", "subscriptions"],
    ["Lastschrift", null, "Kartenzahlung BERLIN PHIL MEDIA DIGITALCONCERTHALL. 03848034//Stuttgart 2026-04-21T21:43:20 KFN 1 VJ 2812", "-13.89", "subscriptions"],
    [null, null, "DD NKODA LTD NKODA ANNUAL 661420", "-27.79", "subscriptions"],
    [null, "YOURTICKETPROVIDER B.V.", "YourTicketProvider B.V. Amsterdam, NL", "-11.53", "entertainment"],
    ["Card payment", null, "GIGANTIC.COM           MANCHESTER    GBR", "-22.69", "entertainment"],
    ["DEBIT_CARD", null, "RIPTA WAVE #4075 AUSTIN WA", "-69.67", "transport"],
    // Ableton sells Live and Push outright.
    ["Kartenzahlung", "ABLETON AG", "ABLETON AG/HAUPTSTR. 100/HAMBURG/DE 28-04-2026T12:16:38 Folgenr. 16 Verfalld. 1229", "-93.03", "shopping"],
  ]);
  describe("but an insurer's premium and the Presto fare card keep theirs", () => {
    itCategorizes([
      ["Lastschrift", "Helvetia Versicherung", "Premium Hausrat 2026", "-12.00", "insurance"],
      [null, null, "PRESTO FARE TORONTO ON", "-3.30", "transport"],
    ]);
  });
});
