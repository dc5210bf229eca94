// Money that changes place or form without being spent at a shop, in wordings the earlier lists missed: a card's
// balance collected with the balance named first and the card by a compound ("Saldo Meilenkarte per Lastschrift"),
// a card's month "paid off", a French deferred card named before its words; money sent abroad through a service the
// dictionary did not know; and what only looks like it: a phone's credit topped up (the phone's use, not own money)
// and foreign banknotes bought at a bureau de change (cash to spend). Every name, number and text is made up, in
// the shapes banks print; each group has rows beside it that share a word and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a card's balance collected by direct debit, the balance named before the card", () => {
  itFiles("transfers", [
    [null, "Saldo Meilenkarte per Lastschrift März", "-1821.73"],
    [null, "Saldo Goldkarte per Einzug 04/2026", "-640.00"],
    [null, "Rechnungsbetrag Reisekarte per Lastschrift Mai", "-412.10"],
    [null, "Summe Prämienkarte via Lastschrift 09/2026", "-233.00"],
    [null, "Balance Miles Card by direct debit 03/2026", "-700.00"],
    [null, "SOLDE CARTE A MILES PAR PRLV MARS", "-640.00"],
  ]);
});

describe("a card's month paid off, and a French deferred card named before its words", () => {
  itFiles("transfers", [
    [null, "POINTS CARD MONTHLY PAYOFF 02/2026", "-2316.32"],
    [null, "TRAVEL CARD FULL PAYOFF MARCH", "-980.00"],
    [null, "REWARDS CARD BALANCE PAYOFF 11/2025", "-455.00"],
    [null, "CARTE A MILES ECHEANCE DIFFEREE 02/2025", "-1506.26"],
    [null, "PRLV SEPA CARTE GRAND VOYAGEUR ECHEANCE DIFFEREE", "-900.00"],
  ]);
});

describe("a card's balance or bill and the word that took it, a few words apart", () => {
  itFiles("transfers", [
    [null, "CC MONTH END BALANCE TAKEN FEBRUARY", "-1742.78"],
    [null, "MASTERCARD MONTHLY BILL CLEARED VIA DD 04/2025", "-2362.51"],
    [null, "VISA STATEMENT BALANCE COLLECTED 05/2026", "-400.00"],
    [null, "CREDIT CARD MONTHLY TOTAL DEBITED 06/2026", "-400.00"],
    [null, "AMEX BILL SETTLED JULY", "-400.00"],
    [null, "PAYMENT TO CARD ACCOUNT FULL STATEMENT 09/2026", "-846.33"],
    [null, "IMPUTATION MENSUELLE ACHATS PAR CARTE 01/2026", "-1899.21"],
    [null, "IMPUTATION DEPENSES CARTE MARS", "-400.00"],
    [null, "Verrekening kaartafschrift DECEMBER", "-709.29"],
  ]);
  // A purchase made with a card at a shop whose name holds those words, and a bank's charge booked the same way.
  itFiles("other", [
    [null, "CARD PAYMENT TO BILL SETTLED LTD ON 01 MAR", "-12.00"],
    [null, "PAID BY CARD TOTAL CLEARED", "-12.00"],
  ]);
  itFiles("fees", [[null, "IMPUTATION FRAIS TENUE DE COMPTE", "-2.00"]]);
});

describe("rows that share those words and are no card bill", () => {
  itFiles("fuel", [[null, "Kartenzahlung Saldo Tankstelle", "-50.00"]]);
  itFiles("other", [[null, "PAYOFF LOAN SERVICING CARD 1234", "-300.00"]]);
  itFiles("other", [[null, "Summe Kartenzahlungen per Lastschrift", "-60.00"]]);
});

describe("a phone's prepaid credit topped up is the phone's use, not own money moving", () => {
  itFiles("utilities", [
    [null, "RINGO AUTO TOP UP INTL CALLS", "-10.41"],
    [null, "AIRTIME TOP UP ONLINE", "-10.00"],
    [null, "LEBARA MOBILE TOP UP 07700", "-15.00"],
    [null, "Handyaufladung Aldi Talk 15 EUR", "-15.00"],
    [null, "Opwaarderen beltegoed Lebara", "-10.00"],
    [null, "TOPUP DATA ESIM AIRALO", "-9.00"],
  ]);
  // A wallet's or an own account's top-up stays own money; a transport card's stays transport.
  itFiles("transfers", [
    [null, "REVOLUT TOP UP", "-50.00"],
    [null, "TOP UP FROM OWN INSTANT ACCESS", "50.00"],
    [null, "MONZO POT TOP UP", "-20.00"],
  ]);
  itFiles("transport", [[null, "TFL OYSTER TOP UP", "-20.00"]]);
});

describe("money sent abroad through a money-transfer service", () => {
  itFiles("transfers", [
    [null, "CHECKCARD 0830 SIGUE MONEY TRANSFER AUSTIN CA 34145763075401005804247", "-13.01"],
    [null, "ACEMONEYTRANSFER.COM ON 01 SEP          BCC", "-64.98"],
    ["PAYSEND.COM UEBERWEISUNG", "MUENCHEN 605/HAUPTSTR. 56/MUENCHEN/DE 31.10.2025 um 12:03:10 Uhr", "-51.47"],
    ["PROFEE OUE TALLINN", null, "-39.18"],
    ["INSTAREM NIUM PTE", "INSTAREM NIUM PTE Rotterdam, NL", "-20.76"],
    [null, "CHECKCARD 0120 PANGEA PAYMENTS SEATTLE CA 61399482557875506866529", "-49.07"],
    [null, "XE MONEY TRANSFER", "-500.00"],
    // Services by their own words, whatever they are called.
    [null, "MONEYTRANSFER24 GMBH", "-200.00"],
    [null, "GELDTRANSFER SERVICE ISTANBUL", "-90.00"],
    [null, "TRANSFERT D ARGENT VERS MAROC", "-300.00"],
  ]);
  // A bank's own words for a payment to a person name no service; a client's remittance advice is pay.
  itFiles("other", [[null, "MONEY TRANSFER AUTHORIZED ON 09/01 TO JOHN SMITH", "-50.00"]]);
  itFiles("salary", [[null, "REMITTANCE ADVICE INV 2211", "850.00"]]);
});

describe("foreign banknotes bought at a bureau de change are cash to spend", () => {
  itFiles("cash", [
    [null, "EUROCHANGE LTD CRAWLEY ON 18 SEP          BCC", "-79.83"],
    [null, "CURRENCY EXCHANGE INTL MINEW YORK       NY", "-9.79"],
    [null, "TRAVELEX BUREAU DE CHANGE HEATHROW", "-200.00"],
    [null, "CHANGE GROUP LONDON", "-20.00"],
    [null, "Sortenkauf USD 500,00 Kurs 1,0812", "-462.45"],
    ["Geldwechsel am Hauptbahnhof GmbH", null, "-120.00"],
  ]);
  // The exchange's own charge stays a fee.
  itFiles("fees", [[null, "CURRENCY EXCHANGE FEE", "-2.50"]]);
});
