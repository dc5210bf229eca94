// The 61 descriptor examples of bank-formats.md §3.5, each fed the way the
// importer of its bank fills the fields, must map to their canonical merchant.
// Where the reference names a product or the processor too ("Google (via
// PayPal)", "Amazon Marketplace", "Apple (iCloud / App Store)"), the merchant
// is the brand, so that "how much at Amazon" covers every Amazon row.
import { describe, expect, it } from "vitest";
import { merchantKey, merchantLabel } from "../../src/categories/merchant-label.ts";
import { splitBuchungstext } from "../../connectors/file-import/comdirect-text.ts";
import type { MerchantFields } from "../../src/categories/merchant-dictionary.ts";

const PAYPAL = "PayPal Europe S.a.r.l. et Cie S.C.A";
const comdirect = (text: string): MerchantFields => {
  const p = splitBuchungstext(text);
  return { counterpartyName: p.name, description: p.description };
};

const EXAMPLES: [number, MerchantFields, string][] = [
  [1, { counterpartyName: PAYPAL, description: "PP.7723.PP . GOOGLE, Ihr Einkauf bei GOOGLE" }, "Google"],
  [2, { counterpartyName: PAYPAL, description: "1045268675504/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV" }, "Uber"],
  [3, comdirect("Auftraggeber: PayPal (Europe) S.a.r.l. et Cie., S.C.A. Buchungstext: . FLIPDISH, Ihr Einkauf bei FLIPDIS H Ref. 9X8Y7Z/1"), "Flipdish"],
  [4, comdirect(" Buchungstext: Amazon.de*Z18913WA4, AMAZON.DE LU Karte Nr. 4871 78XX XXXX 0000 Kartenzahlung comdirect Visa-Debitkarte 2025-12-07 00:00:00 Ref. ZZ2C21XX0XX00X0X/00001"), "Amazon"],
  [5, { description: "AMZN Mktp DE*5L5KR2QX5  800-279-6620" }, "Amazon"],
  [6, { description: "AMZ*AMAZON.DE           AMAZON.DE" }, "Amazon"],
  [7, { counterpartyName: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND", description: "123-4567890-1234567 Amazon.de 1A2B3C4D5E6F7G8H" }, "Amazon"],
  [8, { description: "Kartenzahlung REWE SAGT DANKE. 41400673//Hamburg 2018-03-01T11:33:59 KFN 1 VJ 1812" }, "REWE"],
  [9, { counterpartyName: "LIDL SAGT DANKE", description: "LIDL SAGT DANKE//Grasberg/DE 16-12-2023T11:47:04  Folgenr. 04  Verfalld. 1226" }, "Lidl"],
  [10, { counterpartyName: "Netto Marken-Discoun", description: "NETTO MARKEN-DISCOU/EICHENSTR. 46-48/OLDENBURG/DE 29-12-2025T11:30:55 Folgenr. 09 Verfalld. 1229" }, "Netto Marken-Discount"],
  [11, { counterpartyName: "Netto Marken-Discount    Blaubach    DE", description: "2024-01-20T08:53 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)" }, "Netto Marken-Discount"],
  [12, { counterpartyName: "ALDI SUED                Niederkassel DE", description: "2023-08-24 Debitk.99 VISA Debit" }, "ALDI SÜD"],
  [13, { counterpartyName: "EDEKA//MUENCHEN/DE", description: "EDEKA SAGT DANKE" }, "EDEKA"],
  [14, { counterpartyName: "ALDI GmbH + Co. KG JARMEN", description: "SVWZ+ALDI SAGT DANKE 29 044/Torgelow/DE 15.07.2024 um 10:53:22 Uhr" }, "ALDI Nord"],
  [15, { counterpartyName: "SATURN SAGT DANKE.", description: "SATURN E//BERLIN/DE Terminal 65420498 2019-12-02T16:30:28" }, "Saturn"],
  [16, comdirect("Auftraggeber: Aral Station 141726125 Buchungstext: Aral Station 141726125, Koeln DE Karte Nr. 4871 78XX XXXX 0000"), "Aral"],
  [17, { counterpartyName: "VISA ROSSMANN 2295", description: "NR XXXX 7029 BRAUNSCHWEI DE KAUFUMSATZ 23.12 28.95 125423 ARN74800000000000000000" }, "Rossmann"],
  [18, { description: "AMREST STARBUCKS DE 08007263333  DE" }, "Starbucks"],
  [19, { counterpartyName: "LICHT APOTHEKE//DUESSELDORF/DE", description: "KARTENZAHLUNG" }, "Licht Apotheke"],
  [20, { counterpartyName: "Deutsche Post AG", description: "HEILBRONN 110/JOERG-RATGEB-PLATZ 3/HEILBRONN/DE 12.03.2024 um 10:11:12 Uhr 12345678/000123/ECTL/" }, "Deutsche Post"],
  [21, { description: "PAYPAL *EASYPARK        0852226737" }, "EasyPark"],
  [22, { description: "GOOGLE *Stadia" }, "Google Stadia"],
  [22, { description: "GOOGLE*STADIA" }, "Google Stadia"],
  [23, { counterpartyName: "Telefonica Germany GmbH + Co. OHG", description: "Kd-Nr.: 123456789 Rg-Nr.: 987654" }, "O2"],
  [24, { counterpartyName: "Vodafone Kabel DeutschlandGmbH", description: "EREF+1234 SVWZ+02/2018 K-NR. 0123456" }, "Vodafone"],
  [25, { counterpartyName: "1x1 Mail & Media GmbH", description: "GMX / WEB.DE / KD-Nr. 12345678" }, "GMX / WEB.DE"],
  [26, { description: "LEV ATM 3613 DEU 22201637 Muenchen" }, "ATM"],
  [27, { description: "GELDAUTOMAT 12.03/10.15UHR MUENCHEN GA NR00003342 BLZ10050000" }, "ATM"],
  [28, { description: "DD NL08502057 STG MOLLIE PAYM MD71-000000" }, "Mollie"],
  [29, { description: "SumUp  *Haendler GmbH" }, "Haendler"],
  [30, { description: "HOFER DANKT  0527  K2   18.09. 17:20" }, "HOFER"],
  [31, { description: "POS 23,55 AT K1 16.09. 11:32 SPAR DANKT 4105 KORNEUBURG 2100" }, "SPAR"],
  [32, { description: "BEA   NR:XXX   05.03.24/12.00 Jumbo Utrecht,PAS123" }, "Jumbo"],
  [33, { description: "Zettle_*My example store,PAS123" }, "My example store"],
  [34, { description: "CLOUDFLARE 650-3198939, US 9.95 USD, 1 USD = 0.88241 EUR" }, "Cloudflare"],
  [35, { description: "CARTE 05/02/26 AMZN Mktp FR*308J CB*7686" }, "Amazon"],
  [36, { description: "CARTE 11/02/25 UNIQLO OPERA CB*6863" }, "Uniqlo"],
  [37, { description: "SQ *BERRY FARM'S GOSQ. BLACKFALDS    CAN" }, "Berry Farm's"],
  [38, { description: "INKTHREADABLE          BLACKBURN     GBR" }, "Inkthreadable"],
  [39, { description: "DELIVEROO.CO.UK        LONDON        LND" }, "Deliveroo"],
  [40, { description: "DELIVEROO ON 30 OCT CPM" }, "Deliveroo"],
  [41, { description: "NOWTV.COM/BILLINGHELP    SKY          GBR" }, "NOW TV"],
  [42, { description: "'8656 30JUL19 C , LUAS TRANSDEV , DUBLIN , DUBLIN IE" }, "Luas"],
  [43, { description: "FOOD WORKS TURKISH KIT" }, "Food Works"],
  [44, { description: "TESCO STORES 3021   ON 21 JUL          BCC" }, "Tesco"],
  [45, { description: "PURCHASE AUTHORIZED ON 07/31 MCDONALD'S F14372 MIAMI BEACH FL CARD 7158" }, "McDonald's"],
  [46, { description: "PURCHASE AUTHORIZED ON 05/27 ROYAL FARMS 100 MONUMENT AVE NATIONAL HARBOR MD" }, "Royal Farms"],
  [47, { description: "CHECKCARD 0818 BLACKBEAR DINER- M MADERA CA 24224433231105006465166" }, "Black Bear Diner"],
  [48, { description: "CHECKCARD 0828 WHOLE FOODS MKT 10234 SAN JOSE CA 24492156" }, "Whole Foods"],
  [49, { description: "VENMO DES:PAYMENT ID:XXXXX00000000 INDN:JOHN DOE CO ID:XXXXX00000 WEB" }, "Venmo"],
  [50, { description: "ACME CORP DES:PAYROLL ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD" }, "Acme"],
  [51, { description: "ORIG CO NAME:SEATTLEUTILTIES  CO ENTRY DESCR:WEB_PAY  SEC:WEB IND ID:000000 IND NAME:JOHN DOE" }, "Seattle Utilities"],
  [52, { description: "DOORDASH-MCALISTERS DE 650-681-9470 CA" }, "DoorDash"],
  [53, { description: "KROGER #539 800-853-3033 VA" }, "Kroger"],
  [54, { description: "POS DEBIT- 4059 4059 BP#8982183BP AMPM" }, "BP"],
  [54, { description: "BP#8543514BP KENOSHA T" }, "BP"],
  [55, { description: "TST*TACO ROCK - LORTON" }, "Taco Rock"],
  [56, { description: "AMZN MKTP US*A12BC3" }, "Amazon"],
  [57, { description: "NETFLIX.COM 866-579-7172 CA" }, "Netflix"],
  [58, { description: "APPLE.COM/BILL ITUNES.COM IE" }, "Apple"],
  [58, { description: "APL*ICLOUD+ STORAGE 200GB" }, "Apple"],
  [59, { description: "SP * IRONSUPPORTS.COM SHEBOYGAN WI" }, "Ironsupports"],
  [60, { description: "PRUNE               NEW YORK" }, "Prune"],
  [61, { description: "UBER *TRIP HELP.UBER.COM" }, "Uber"],
];

describe("bank-formats.md §3.5 descriptors", () => {
  it("covers all 61 documented examples", () => {
    expect(new Set(EXAMPLES.map(([n]) => n)).size).toBe(61);
  });

  it.each(EXAMPLES)("#%i %j is %s", (_n, fields, expected) => {
    const label = merchantLabel(fields);
    expect(label).not.toBeNull();
    expect(merchantKey(label ?? "")).toBe(merchantKey(expected));
  });

  it("gives the same label again when the label itself is the merchant (idempotent)", () => {
    for (const [, fields] of EXAMPLES) {
      const label = merchantLabel(fields) ?? "";
      expect(merchantLabel({ merchant: label }), label).toBe(label);
    }
  });
});
