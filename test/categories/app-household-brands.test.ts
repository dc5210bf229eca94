// Brands app-and-web-shop households pay (brands/app-households.ts), written as the descriptors several banks print for
// them: each gets the brand's label and its category. Beside them, payees that share a word with one of those brands
// keep their own label.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("a buy-now-pay-later lender paid back is the goods' instalment: shopping", () => {
  itNames([
    ["SCALAPAY SRL MILANO", "SCALAPAY SRL MILANO/HAUPTSTR. 9/KOELN/DE 21-07-2026T12:08:12 Folgenr. 05 Verfalld. 1229", "-97.34", "Scalapay", "shopping"],
    ["Riverty", "Riverty termijn 02/3 bestelling 5512093", "-41.20", "Riverty", "shopping"],
    [null, "AFFIRM INC AFFIRM INC DES:AFFIRM PAY ID:1234567 0106 21842773 JANE DOE", "-115.36", "Affirm", "shopping"],
    [null, "AFFIRM INC AFFIRM LOAN PMT MAY", "-149.59", "Affirm", "shopping"],
    [null, "))) CLEARPAY UK LTD BRISTOL", "-12.21", "Clearpay", "shopping"],
    [null, "SEZZLE INC MINNEAPOLIS MN", "-31.25", "Sezzle", "shopping"],
    [null, "PRLV SEPA ONEY BANK ECHEANCE 3X 2/3", "-56.00", "Oney", "shopping"],
  ]);
});

describe("food and drink web shops are groceries, a roaster's beans restaurants", () => {
  itNames([
    [null, "FOODIST GMBH HAMBURG, MUENCHEN DE Karte Nr. 4871 78XX XXXX 0358 Kartenzahlung comdirect Visa-Debitkarte 2025-06-14 00:00:00", "-9.04", "Foodist", "groceries"],
    ["Yfood Labs Gmbh Muenchen", "MUENCHEN 448/HAUPTSTR. 35/MUENCHEN/DE 30.01.2026 um 12:03:10 Uhr 59410739/189088/ECTL/", "-63.99", "yfood", "groceries"],
    ["MYMUESLI GMBH PASSAU", "", "-25.79", "mymuesli", "groceries"],
    ["PAYPAL *CROWDFARMIN 4029357733", "Handyzahlung", "-60.97", "CrowdFarming", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 06/20 HUNGRYROOT BROOKLYN NY S054551604224799 CARD 7967", "-131.38", "Hungryroot", "groceries"],
    ["KOFFIEVOORDEEL.NL 1117", "Pasvolgnr: 001 12-02-2026 19:51 Transactie: 045313 Term: AB768C", "-68.75", "Koffievoordeel", "groceries"],
    [null, "BEA   NR:XXX641   29.06.26/18.59 DRANKDOZIJN B.V. Amsterdam,PAS299", "-95.89", "Drankdozijn", "groceries"],
    ["HEILANDT.DE ABO", "PayPal Express-Zahlung", "-23.07", "Heilandt", "restaurants"],
  ]);
});

describe("web shops of goods are shopping; lenses health, beauty drugstore, plans subscriptions", () => {
  itNames([
    [null, "Kartenzahlung DESENIO AB STOCKHOLM. 93385237//Frankfurt 2025-04-09T20:37:15 KFN 1 VJ 2812", "-172.63", "Desenio", "shopping"],
    ["POSTERLOUNGE.DE - Berlin", "Card transaction of 90.00 EUR issued by POSTERLOUNGE.DE", "-90.00", "Posterlounge", "shopping"],
    ["Outfittery.de Stylebox", "Handyzahlung", "-208.15", "Outfittery", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 02/02 WOOT INC SEATTLE WA S063339469987635 CARD 0216", "-175.19", "Woot", "shopping"],
    ["LENSKONING B.V.", "LENSKONING B.V. Rotterdam, NL", "-15.77", "Lenskoning", "health"],
    [null, "PURCHASE AUTHORIZED ON 05/19 PUBLIC GOODS NEW YORK NY S930125760279971 CARD 9788", "-34.38", "Public Goods", "drugstore"],
    [null, "CARTE 06/10/26 CB OHMYCREAM.COM CB*6995", "-35.18", "Oh My Cream", "drugstore"],
    [null, "BEA   NR:XXX763   11.03.25/16.50 FLITSMEISTER B.V. Utrecht,PAS775", "-17.35", "Flitsmeister", "subscriptions"],
    ["G DATA CYBERDEFENSE AG", "", "-6.84", "G DATA", "subscriptions"],
    [null, "WATCHNEBULA.COM ON 24 MAR          BCC", "-9.62", "Nebula", "subscriptions"],
    ["REKENTUIN.NL THUISABO", "REKENTUIN.NL THUISABO Den Haag, NL", "-61.71", "Rekentuin", "education"],
  ]);
});

describe("a transit app's tickets and a city's bike share are transport", () => {
  itNames([
    ["WUPSI GMBH LEVERKUSE", "WUPSI GMBH LEVERKUS/HAUPTSTR. 80/STUTTGART/DE 04-02-2025T18:07:51 Folgenr. 12 Verfalld. 1229", "-76.45", "wupsi", "transport"],
    [null, "PURCHASE AUTHORIZED ON 06/15 BIKETOWNPDX PORTLAND OR S955630066265859 CARD 5599", "-77.81", "BIKETOWN", "transport"],
    [null, "Kartenzahlung VIAS RAIL GMBH. 17334349//Leipzig 2025-01-20T16:52:28 KFN 1 VJ 2812", "-44.72", "Vias", "transport"],
  ]);
});

describe("payees that share a word with one of these brands keep their own label", () => {
  itKeeps([
    ["Alma Schneider", "Miete Anteil Juni", "Alma"],
    [null, "VINOS Y TAPAS BAR MADRID", "Vinos"],
    ["Grubby Paws Dog Grooming", "Card payment", "Grubby"],
    [null, "PUBLIC HOUSE GOODS EXCHANGE", "Public Goods"],
  ]);
});
