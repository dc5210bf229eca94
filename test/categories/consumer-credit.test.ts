// Debt moved, not money spent: a consumer loan paid out and paid back, a payday or instalment lender's repayment
// (by transfer or at its counter by card), an earned-wage advance, a pawn loan renewed or redeemed, a debt
// collector or bailiff paid off. The spending happened when the borrowed money was spent; counting the repayment
// too would count it twice. A home's loan stays housing, a car's loan the car's, a student's the schooling's, and
// a buy-now-pay-later instalment the purchase's (it is the only trace of it). Every name, number and text below is
// made up in the shapes banks print, except the lenders' and collectors' own names; each group has rows beside it
// that share a word and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a consumer loan's words, in four languages", () => {
  itFiles("transfers", [
    ["Beispiel Kreditbank AG", "Tilgung Ratenkredit Vertrag 55-1200 Rate 04", "-210.00"],
    ["Beispiel Kreditbank AG", "Kreditauszahlung Vertrag 55-1200", "2500.00"],
    ["Darlehen Direkt GmbH", "Rueckzahlung Kleinkredit 4471 Rate 2", "-120.00"],
    ["Sofort Finanz AG", "Auszahlung Minikredit 8812", "300.00"],
    [null, "Aflossing persoonlijke lening 4410 mei", "-180.00"],
    [null, "Termijn doorlopend krediet 9981 juni", "-95.00"],
    [null, "ECHEANCE PRET PERSONNEL 77120 05/2026", "-240.00"],
    [null, "PRLV SEPA REMBOURSEMENT CREDIT RENOUVELABLE 4410", "-60.00"],
    [null, "PAYDAY LOAN REPAYMENT 4410", "-150.00"],
    [null, "INSTALLMENT LOAN PMT 8812 JUNE", "-99.00"],
    [null, "PERSONAL LOAN REPAYMENT 0412", "-230.00"],
  ]);
  // A home's loan is housing, a car's the car's, a student's the schooling's; a loan word in a shop's name is no loan.
  itFiles("rent", [[null, "Zins und Tilgung Immobilienkredit 05/2026 Kreditkonto 7712", "-1100.00"], [null, "ECHEANCE PRET IMMOBILIER 00441 05/2026", "-900.00"]]);
  itFiles("fuel", [[null, "AUTO LOAN PMT 6312", "-310.00"], [null, "Ratenzahlung Kfz-Darlehen Mai Vertragsnr. 6688", "-280.00"]]);
});

describe("pawn loans and debt collectors", () => {
  itFiles("transfers", [
    [null, "VIR SEPA RENOUVELLEMENT PRET SUR GAGE 5521 MAI", "-60.00"],
    [null, "PRLV SEPA DEGAGEMENT GAGE CONTRAT 5521", "-140.00"],
    ["Nordstern Inkasso GmbH", "Zahlung Az. 2026-4410 Rate 3", "-40.00"],
    [null, "Inkassobuero Mueller Forderung 4410", "-25.00"],
    ["Gerechtsdeurwaarders Beispiel", "dossier 44102 betalingsregeling", "-35.00"],
    [null, "DEBT COLLECTION AGENCY PMT REF 4410", "-50.00"],
    [null, "PRLV SEPA CABINET DUPONT RECOUVREMENT DOSSIER 4410", "-45.00"],
  ]);
  // A Dutch direct debit is an "incasso", no collector; a pawnbroker's shop sells second-hand goods.
  itFiles("utilities", [[null, "Incasso Beispiel Energie termijnbedrag juni", "-120.00"]]);
});

describe("lenders and collectors by their names", () => {
  itFiles("transfers", [
    ["Cofidis", "ECHEANCE 05/2026 CONTRAT 4410", "-120.00"],
    [null, "PRLV SEPA YOUNITED MENSUALITE 4410", "-210.00"],
    [null, "CHECKCARD 0612 ONEMAIN FINANCIAL #0099 DAYTON OH", "-140.00"],
    [null, "ADVANCE AMERICA 0410 COLUMBUS OH", "-95.00"],
    [null, "EARNIN DES:ACTIVEHOUR ID:0099", "-120.00"],
    [null, "MIDLAND CREDIT MGMT DES:PAYMENT ID:4410", "-45.00"],
    [null, "PORTFOLIO RECOVERY DES:ONLINE PMT ID:4410", "-60.00"],
    [null, "LOWELL FINANCIAL LTD REF 4410 DDR", "-20.00"],
    [null, "CABOT FINANCIAL UK REF 4410", "-15.00"],
    ["PAIR Finance GmbH", "Forderung 4410 Teilzahlung", "-30.00"],
    ["Intrum Nederland B.V.", "betalingsregeling 4410", "-40.00"],
    [null, "SATSUMA LOANS REPAYMENT", "-80.00"],
    ["NORTHSIDE HOME CREDIT LTD", "WEEKLY COLLECTION 12", "-25.00"],
  ]);
  // A town called Lowell and a fitness club that shares a collector's name are not them.
  itFiles("taxes", [[null, "CITY OF LOWELL PROPERTY TAX", "-60.00"]]);
  itFiles("entertainment", [[null, "EOS FITNESS 0412 PHOENIX AZ", "-10.00"]]);
});

describe("a card's minimum, a charge card's balance, and the card's own contribution", () => {
  itFiles("transfers", [
    [null, "CARD ACCOUNT MINIMUM DUE 05/2026", "-75.00"],
    [null, "CREDIT CARD MINIMUM PAYMENT", "-25.00"],
    [null, "Aflossing saldo chargecard 04-2026", "-612.00"],
    [null, "MASTERCARD ACCOUNT ZEROED THIS CYCLE APRIL", "-812.00"],
    [null, "CARD ACCT CLEARED 05/2026", "-240.00"],
  ]);
  // A card's account opened or verified is no bill.
  itFiles("other", [[null, "VISA ACCOUNT VERIFICATION 0412", "-1.00"]]);
  itFiles("fees", [[null, "Kaartbijdrage creditcard 2026", "-20.00"], [null, "Jaarbijdrage gold creditcard", "-45.00"]]);
});

describe("prepaid energy, a building's reserve, an investment's income and a policy's saving", () => {
  itFiles("utilities", [[null, "PAYPOINT ENERGY TOP UP LEEDS", "-20.00"], [null, "GAS METER TOP UP 0412", "-15.00"], [null, "ELECTRIC KEY TOP UP", "-10.00"]]);
  // A wallet's own top-up stays own money.
  itFiles("transfers", [[null, "TOP UP 0412 FROM CURRENT", "-50.00"]]);
  itFiles("rent", [
    ["Hausverwaltung Beispiel GmbH", "Vorauszahlung Ruecklage + BK WE 7 05/2026", "-420.00"],
    ["WEG Lindenstrasse 4", "Zufuehrung Ruecklage 2026", "-600.00"],
  ]);
  itFiles("transfers", [[null, "Ruecklage Urlaub", "-200.00"]]);
  itFiles("income_other", [["Beispiel Privatbank S.A.", "Ertragsgutschrift Dividende Depot 4410 07/2026", "320.00"]]);
  itFiles("savings", [[null, "Sparplan Depot 4410", "-100.00"]]);
  itFiles("savings", [[null, "PRLV SEPA VERSEMENT PROGRAMME ASSURANCE VIE 4410", "-500.00"]]);
  itFiles("groceries", [[null, "CHECKCARD 0123 SUNSHINE BEVERAGE DEPOT #4 AUSTIN TX", "-40.00"]]);
});
