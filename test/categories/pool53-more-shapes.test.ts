// Shapes pool 53 (caravanners, boat owners, households settling a bereavement) showed: brands met
// again printed under a department or company word, and the general shapes its shops' names took.
// Each case is written in other names or other printed forms than the corpus rows.
import { describe, expect, it } from "vitest";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

/** Each row (counterparty, description) gets the label a person would write. */
const itLabelsRow = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(label);
  });

describe("camping and boating brands met again keep their own name under a department word", () => {
  itLabelsRow([
    [null, "Kartenzahlung DETHLEFFS SERVICECENTER. 12345678//Ulm 2026-05-02T10:00:00 KFN 1 VJ 2812", "Dethleffs"],
    ["Reimo Reisemobil-Center GmbH - Egelsbach", "Card transaction of 80.00 EUR issued by Reimo Reisemobil-Center GmbH", "Reimo"],
    [null, "GOOD SAM ENTERPRISES DES:ROADSIDE ASSIST ID:XXXXX123 INDN:JOHN ROE CO ID:XXXXX1 WEB", "Good Sam"],
    [null, "PURCHASE AUTHORIZED ON 06/01 THOUSANDTRAILS.COM DENVER CO S123456789 CARD 1111", "Thousand Trails"],
    ["ACSI Publishing B.V. 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 123 Term: AB1C", "ACSI"],
    ["Deutsche Gesellschaft zur Rettung Schiffbrüchiger", "Spende Rettungsboot", "DGzRS"],
    [null, "CHECKCARD 0301 LAZYDAYS RV OF TAMPA SEFFNER FL 12345678901234567890123", "Lazydays"],
  ]);
});

describe("pension payers and funeral chains met again are labelled by the name people know", () => {
  itLabelsRow([
    [null, "VIR SEPA CNAV RETRAITE DE BASE AVRIL 2026 NIR 2 55 01", "Assurance retraite"],
    [null, "CARTE 02/04/26 SAS ROC ECLERC NANTES CB*1234", "Roc Eclerc"],
    [null, "BEA   NR:XXX111   01.03.26/10.00 GOOGLE *CAMPERCONTACT PLUS Utrecht,PAS001", "Campercontact"],
  ]);
});
