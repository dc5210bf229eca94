// Real brands of couples planning a wedding and furnishing a first home: ring makers and engagement jewellers, suit
// makers and suit hire, bridal gowns, invitation printers, wedding and renters' cover, name-change kits, honeymoon
// airlines and resorts, the first home's furniture, couple and workout apps. Guards: the ordinary words and names beside
// them stay what they were.
import { describe, expect, it } from "vitest";
import { categoryOf, itKeeps, itNames } from "./brand-cases.ts";

describe("rings, suits, gowns and invitations are shopping", () => {
  itNames([
    [null, "RAUSCHMAYER GMBH PFORZHEI", "-111.38", "Rauschmayer", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 01/04 JARED THE GALLERIA 2147 NEW YORK FL S958713595173800 CARD 6001", "-189.62", "Jared", "shopping"],
    [null, "JARED THE GALLERIA 2147AUSTIN         CA", "-126.49", "Jared", "shopping"],
    [null, "TAYLORANDHART.COM 1543   ON 02 FEB          BCC", "-148.28", "Taylor & Hart", "shopping"],
    [null, "CARTE 25/08/26 ADAMENCE CB*0153", "-149.19", "Adamence", "shopping"],
    ["Steltman Juweliers B.V. 1262", "Pasvolgnr: 001 16-03-2026 19:03 Transactie: 518540 Term: AB532C", "-95.77", "Steltman", "shopping"],
    [null, "WILVORST HERRENMODEN GMBH//HAMBURG/DE 2025-03-12T14:24:27", "-48.00", "Wilvorst", "shopping"],
    [null, "THE BLACK TUX #6605 NEW YORK CA", "-246.52", "The Black Tux", "shopping"],
    [null, "CHECKCARD 0303 GENERATIONTUX.COM AUSTIN CA 52262432589175274091292", "-90.11", "Generation Tux", "shopping"],
    ["ROSA CLARA AMSTERDAM", "ROSA CLARA AMSTERDAM 456-7824924, US 160.50 USD, 1 USD = 0.88241 EUR", "-160.50", "Rosa Clará", "shopping"],
    [null, "PAYPAL *KARTENMACHE 4029357733", "-100.09", "Kartenmacherei", "shopping"],
    ["RIVIERA MAISON B.V.", "Riviera Maison B.V. Amsterdam, NL", "-87.43", "Riviera Maison", "shopping"],
    [null, "VIS WILLOWANDHALL.CO.UK SOFAS GLASGOW", "-31.98", "Willow & Hall", "shopping"],
  ]);
});

describe("wedding cover is insurance, a name-change kit other, honeymoon flights and resorts travel", () => {
  itNames([
    [null, "))) WEDSURE INSURANCE LONDON", "-16.38", "WedSure", "insurance"],
    [null, "TOGGLE INSURANCE DES:TOGGLE RENTERS JOINT POLICY ID:XXXXX56326832 INDN:JANE DOE CO ID:XXXXX64800 WEB", "-11.01", "Toggle", "insurance"],
    [null, "CHECKCARD 0119 HITCHSWITCH NAME CHANGE KIT BROOKLYN CA 81670610491802812488434", "-10.78", "HitchSwitch", "other"],
    [null, "AIR SEYCHELLES 0612845801//HAMBURG/DE 2025-12-06T11:50 Debitk.2 2027-12", "-77.21", "Air Seychelles", "travel"],
    ["AIRSEYCHELLES.COM MAHE", "PayPal Express-Zahlung", "-250.90", "Air Seychelles", "travel"],
    ["CONSTANCE LEMURIA PR", "CONSTANCE LEMURIA P/HAUPTSTR. 3/DRESDEN/DE 07-02-2026T10:16:30 Folgenr. 19 Verfalld. 1229", "-276.79", "Constance Hotels", "travel"],
    [null, "SECRETS MAROMA BEACHBROOKLYN       CA", "-28.88", "Secrets Resorts", "travel"],
    [null, "CASA MONICA HOTEL ST AUGBROOKLYN       WA", "-204.29", "Casa Monica Resort", "travel"],
    // The resort chain's name comes before the cruise line's words it carries.
    [null, "SANDALS ROYAL CARIBBEANMANCHESTER    GBR", "-276.93", "Sandals", "travel"],
  ]);
});

describe("couple and workout apps are subscriptions, a ballroom chain's studios education as dance studios are", () => {
  itNames([
    [null, "PAIRED PAIRED PREMIUM COUPLE FT", "-5.20", "Paired", "subscriptions"],
    [null, "PAIRED PAIRED APP RENEWAL DECEMBER STO", "-11.63", "Paired", "subscriptions"],
    [null, "ORIG CO NAME:FITBOD  CO ENTRY DESCR:FITBOD ELITE ANNUAL  SEC:WEB IND ID:398903 IND NAME:JANE DOE", "-12.78", "Fitbod", "subscriptions"],
    ["Sworkit", "Sworkit maandabonnement JULY", "-54.03", "Sworkit", "subscriptions"],
    [null, "CHECKCARD 0718 FRED ASTAIRE DANCE STUDIO SAN JOSE CA 21816904495983045301040", "-33.86", "Fred Astaire Dance Studios", "education"],
  ]);
});

describe("the words and names beside them keep their meaning", () => {
  itKeeps([
    [null, "PAIRED SOCKS 3 FOR 2 STORE", "Paired"],
    ["Jared Miller", "Rent share March", "Jared"],
    [null, "ROYAL CARIBBEAN CRUISES MIAMI FL", "Sandals"],
    [null, "CONSTANCE BAKERY LONDON", "Constance Hotels"],
    [null, "TOGGLE SWITCH HARDWARE", "Toggle"],
    [null, "VICTORIAS SECRETS STORE", "Secrets Resorts"],
  ]);
  it("a cruise line's own row stays the cruise line", () => {
    expect(categoryOf(null, "ROYAL CARIBBEAN CRUISES MIAMI FL", "-500.00")).toBe("travel");
  });
});
