// A card's month cleared in one line ("REWARDS CARD CLEARED JULY"), a fuel card's collected statement
// ("Tankkarte Sammelabrechnung 12/2025"), a phone shop's credit topped up ("SIM CITY … TOP UP") and a person's own
// pension paid into (a SEP or Roth IRA, a UK self-invested pension's "MONTHLY CONT"). A card's bill moves money to the
// card, where it was spent already; a pension paid into is saved; phone credit is a purchase, not own money moving.
// Every name, number and text below is made up in the shapes banks print, except the providers' own names; each group
// has rows beside it that share a word and must not move.
import { describe, expect, it } from "vitest";
import { categoryOf, itFiles } from "../helpers/category-rows.ts";

describe("a card's month cleared, named by the card", () => {
  itFiles("transfers", [
    [null, "REWARDS CARD CLEARED JULY", "-820.40"],
    [null, "CASHBACK CARD CLEARED 07/2026", "-315.05"],
    [null, "VISA CLEARED MAY", "-140.00"],
    [null, "STORE CARD DEBT CLEARED 09/2026", "-846.33"],
    [null, "CREDIT CARD OUTSTANDING SETTLED JUNE", "-410.00"],
    [null, "Tankkarte Sammelabrechnung 12/2025 Lastschrift", "-248.48"],
    ["Beispiel Mineraloel GmbH", "Sammelabrechnung Tankkarte 11/2026 Kd-Nr. 44120", "-310.20"],
    [null, "Abrechnung Tankkarte Oktober Kundennr 55120", "-190.00"],
  ]);
  // A purchase made with a card, and a card's fee, stay what they are.
  itFiles("restaurants", [[null, "CARD PAYMENT TO CLEARED SPRINGS DINER", "-23.50"]]);
  itFiles("fees", [[null, "Jahresgebuehr Tankkarte 2026", "-25.00"]]);
  // A debt cleared that names no card is no card's bill.
  itFiles("other", [["Sam Whitfield", "DEBT CLEARED THANKS", "-60.00"]]);
});

describe("phone credit topped up at a phone shop", () => {
  itFiles("utilities", [
    [null, "VIS SIM CITY OLDBURY TOP UP LEEDS", "-36.23"],
  ]);
  // A wallet's or an account's top-up is own money moving.
  itFiles("transfers", [[null, "TOP UP REVOLUT**4821", "-100.00"], [null, "PAYPAL TOP UP 4410", "-50.00"]]);
});

describe("an own pension paid into", () => {
  itFiles("savings", [
    [null, "GUIDELINE GUIDELINE DES:SEP IRA ID:773184", "-104.61"],
    [null, "FIDELITY ROTH IRA CONTRIBUTION 0412", "-500.00"],
    [null, "SCHWAB TRAD IRA CONTRIB 2026", "-250.00"],
    [null, "IRA CONTRIBUTION TAX YEAR 2026", "-300.00"],
    [null, "PENFOLD PENFOLD MONTHLY CONT MARCH FT", "-126.24"],
    [null, "PENSION CONTRIBUTION SIPP 4410", "-200.00"],
  ]);
  // A person called Ira is a person; a pension paid out is pay.
  itFiles("other", [["Ira Goldberg", "dinner share", "-30.00"]]);
  itFiles("salary", [[null, "PENFOLD PENSION PAYMENT DRAWDOWN", "300.00"]]);
});

describe("the household's joint account", () => {
  // A partner's share paid in from the partner's own account is money from a person.
  itFiles("income_other", [
    ["Florian Hennemann", "Mein Anteil Gemeinschaftskonto September", "834.46"],
    ["S.J. Wytsma", "Inleg gezamenlijke rekening 10-2026", "738.55"],
    ["S.J. Wytsma", "Mijn deel en/of-rekening APRIL", "651.18"],
  ]);
  // The person's own share paid in, and a joint-account move with no person named, are own money moving;
  // the joint account's own price is a bank fee.
  itFiles("transfers", [["Florian Hennemann", "Gemeinschaftskonto Haushaltsgeld Mai", "-500.00"], [null, "Uebertrag Gemeinschaftskonto", "300.00"]]);
  itFiles("fees", [[null, "Grundpreis Gemeinschaftskonto Zweipersonenmodell", "-5.66"], [null, "Kosten en/of-rekening april", "-2.50"]]);
});

describe("a partner card's month collected", () => {
  itFiles("transfers", [[null, "Sammelbelastung Partnerkarte Monatsabrechnung März", "-1821.73"], [null, "Monatsabrechnung Zweitkarte Juni", "-240.00"]]);
  // A phone plan's second SIM is no payment card.
  it("leaves a phone plan's second SIM with the phone bill, not the card bills", () => {
    expect(categoryOf([null, "Rechnung Mobilfunk Zweitkarte Kind 05/2026", "-9.99"])).not.toBe("transfers");
    expect(categoryOf(["Telefonica Germany", "Rechnung Zweitkarte Kind", "-9.99", "Lastschrift"])).toBe("utilities");
  });
  itFiles("fees", [[null, "Jahrespreis Partnerkarte", "-30.00"], [null, "Entgelt Zweitkarte Visa", "-12.00"]]);
});

describe("consumer lenders by name", () => {
  itFiles("transfers", [
    ["CreditPlus Bank AG", "Darlehensrate Nr. 8031-17 Februar", "-229.92"],
    ["CreditPlus Bank AG", "Rate Hochzeitskredit 03/2026 Vertrag 8031-17", "-185.75"],
    ["NOVUNA PERSONAL FINANCE", "NOVUNA LOAN 8031-17", "-154.93"],
    [null, "UPSTART NETWORK UPSTART LOAN PMT 8031-17", "-291.96"],
    [null, "ONEMAIN FINANCIAL PAYMENT 4410", "-180.00"],
    [null, "BEST EGG LOAN PMT 7712", "-220.00"],
    [null, "PRLV SEPA COFIDIS ECHEANCE 4410", "-95.00"],
    [null, "Termijn Freo lening 4410", "-150.00"],
    [null, "Rate Hochzeitskredit 4410 Juni", "-150.00"],
    [null, "Tilgung Wunschkredit Vertrag 7781", "-120.00"],
  ]);
  // A home's loan stays housing, however the bank names its instalment.
  itFiles("rent", [[null, "Darlehensrate Baufinanzierung 05/2026", "-1100.00"]]);
});
