// Brands of teachers, school staff and public-sector employees (brands/public-servants.ts) in the shapes banks print
// them, with guards: a restaurant named after Verdi, a café called White Rose, a builder's merchant in Auer keep theirs.
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

describe("teaching material bought for lessons is education", () => {
  itNames([
    ["Lastschrift", "VISA PERSEN.DE DOWNLOADMATERI 5366", "NR XXXX 0621 KOELN DE KAUFUMSATZ 14.12 52.93 483561", "-52.93", "Persen Verlag", "education"],
    ["Ausgang", "Auer Verlag Gmbh         Muenchen      DE", "2026-04-23T09:33 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-26.37", "Auer Verlag", "education"],
    ["Lastschrift", null, "Kartenzahlung VERLAGRUHR.DE WEBSHOP. 81231620//Stuttgart 2026-04-24T10:10:17 KFN 1 VJ 2812", "-59.53", "Verlag an der Ruhr", "education"],
    ["Card Payment", null, "Paypal *zaubereinma", "-65.27", "Zaubereinmaleins", "education"],
    [null, null, "VIS TWINKL.CO.UK ULTIMATE MANCHESTER", "-41.18", "Twinkl", "education"],
    ["Card payment", null, "WHITEROSEEDUCATION.COM LONDON        GBR", "-53.30", "White Rose Education", "education"],
    [null, null, "TEACHERSPAYTEACHERS.COMBROOKLYN       NY", "-31.82", "Teachers Pay Teachers", "education"],
    [null, null, "PURCHASE AUTHORIZED ON 03/06 EVAN-MOOR EDUCATIONAL PUB BROOKLYN MD S282682514601369 CARD 1571", "-10.08", "Evan-Moor", "education"],
  ]);
});

describe("classroom supplies and uniforms bought privately are shopping", () => {
  itNames([
    ["Kartenzahlung", "Arnulf Betzold GmbH ", "ARNULF BETZOLD GMBH/HAUPTSTR. 23/HAMBURG/DE 20-08-2025T07:36:20 Folgenr. 11 Verfalld. 1229", "-213.83", "Betzold", "shopping"],
    ["Kartenverfügung", null, "TIMETEX HERMEDIA VERLAG, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte 2026-02-20 00:00:00", "-55.70", "Timetex", "shopping"],
    [null, null, "))) SIMON JERSEY LTD LONDON", "-77.40", "Simon Jersey", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 06/26 SP * CHEROKEEUNIFORMS.COM SAN JOSE FL S342515710424428 CARD 9007", "-252.69", "Cherokee Uniforms", "shopping"],
  ]);
});

describe("union dues and teachers' insurers", () => {
  itNames([
    ["DAUERAUFTRAG", "ver.di Bundesverwaltung", "Gewerkschaftsbeitrag 10/2026 Mitgl. 8302199", "-23.16", "ver.di", "fees"],
    ["Transfer", null, "To ver.di Bundesverwaltung", "-33.47", "ver.di", "fees"],
    ["Outgoing Transfer", "VBE Landesverband Niedersachsen", "Mitgliedsbeitrag VBE 2026 Mitgl. 83214", "-26.63", "VBE Niedersachsen", "fees"],
    ["PAYMENT", null, "UNISON UNISON MEMBERSHIP MARCH FT", "-18.10", "UNISON", "fees"],
    [null, null, "NYSNA NYSNA MEMBER DUES FEBRUARY", "-52.82", "NYSNA", "fees"],
    [null, "Algemene Onderwijsbond", "/TRTP/SEPA OVERBOEKING/IBAN/NL00942998135683489741/BIC/ABNANL2A/NAME/Algemene Onderwijsbond/REMI/Contributie Onderwijsbond 03-2026/EREF/NOTPROVIDED", "-19.81", "AOb", "fees"],
    ["PAYMENT", null, "WESLEYAN ASSURANCE SOCIETY WESLEYAN PREMIUM AUGUST FT", "-59.99", "Wesleyan", "insurance"],
    [null, null, "NYSUT MEMBER BENEFITS NYSUT MB TERM LIFE 832214", "-50.22", "NYSUT Member Benefits", "insurance"],
    [null, null, "PRLV SEPA AUTONOME DE SOLIDARITE LAIQUE COTISATION AUTONOME 2026", "-35.46", "Autonome de Solidarité Laïque", "insurance"],
  ]);
});

describe("holiday parks and holiday homes are travel", () => {
  itNames([
    ["Lastschrift", null, "Kartenzahlung DANCENTER A/S KOEBENHAVN. 64761147//Hamburg 2026-10-04T13:25:16 KFN 1 VJ 2812", "-325.44", "Dancenter", "travel"],
    ["Card payment", null, "HAULFRYN GROUP LTD     GLASGOW       GBR", "-223.90", "Haulfryn", "travel"],
    [null, null, "))) HOBURNE.COM BOOKING LEEDS", "-165.69", "Hoburne", "travel"],
    [null, null, "CHECKCARD 0525 WENEEDAVACATION CAPE COD AUSTIN CA 22732897071397177488333", "-338.10", "Weneedavacation.com", "travel"],
    [null, "VRIJUIT.NL BOEKING", "VRIJUIT.NL BOEKING Den Haag, NL", "-265.21", "Vrij Uit", "travel"],
  ]);
});

describe("a college savings plan and a performing arts center by its initials", () => {
  itNames([
    [null, null, "NY 529 DIRECT PLAN NY529 AUTO INVEST MAY", "-170.57", "NY 529 Direct Plan", "savings"],
    ["ACH_DEBIT", null, "ORIG CO NAME:NY 529 DIRECT PLAN  CO ENTRY DESCR:NY 529 DES:CONTRIB ID:832214  SEC:WEB IND ID:639307 IND NAME:JANE DOE", "-164.98", "NY 529 Direct Plan", "savings"],
    ["DEBIT_CARD", null, "SPAC BOX OFFICE SARATOGA BROOKLYN WA", "-54.21", "Saratoga Performing Arts Center", "entertainment"],
  ]);
});

describe("names that only look like these brands keep their own trade", () => {
  itNames([
    ["Card payment", null, "RISTORANTE VERDI       LONDON        GBR", "-42.10", "Ristorante Verdi", "restaurants"],
    ["Card payment", null, "WHITE ROSE CAFE        YORK          GBR", "-8.40", "White Rose Cafe", "restaurants"],
  ]);
});
