// A card's month settled in words the earlier patterns missed: a settling noun (German "Begleichung", Dutch
// "vereffening", French "apurement") before any card word, compounds included ("Onlinekarte", "reiskaart"); a
// card's month "settled up"; the balance shortened to "BAL"; a credit union's card paid by autopay. And money sent
// abroad at counters the dictionary did not know. Every name, number and text is made up, in the shapes banks
// print; each group has rows beside it that share a word and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("a settling noun before a card word, the card named by a compound", () => {
  itFiles("transfers", [
    [null, "Begleichung Monatsabrechnung Reisekarte 04/2026", "-912.40"],
    [null, "Begleichung Abrechnung Goldkarte Mai", "-455.10"],
    [null, "Begleichung Kreditkarte Oktober", "-300.00"],
    [null, "Vereffening overzicht reiskaart 05-2026", "-640.00"],
    [null, "Vereffening creditcard september", "-233.00"],
    [null, "APUREMENT CARTE PREMIER 03/2026", "-1200.00"],
    [null, "APUREMENT CARTE VIRTUELLE 12/2025", "-88.40"],
  ]);
  // A ticket, a pass or a registration paid is no card bill, whatever settles it.
  itFiles("transport", [
    [null, "Begleichung Rechnung Monatskarte VRR 04/2026", "-89.00"],
    [null, "Vereffening OV-chipkaart saldo", "-20.00"],
  ]);
  itFiles("entertainment", [[null, "Abrechnung Jahreskarte Zoo", "-89.00"]]);
  itFiles("taxes", [[null, "APUREMENT CARTE GRISE", "-50.00"]]);
  itFiles("other", [[null, "Begleichung Rechnung 2026-114", "-400.00"]]);
});

describe("a card's month settled up, its balance shortened to BAL, a credit union's card by autopay", () => {
  itFiles("transfers", [
    [null, "REWARDS CARD MONTH-END SETTLE UP MAY", "-2352.00"],
    [null, "CC MONTHLY SETTLE UP 07/2026", "-400.00"],
    [null, "MASTERCARD CARD BAL CLEARED BY DD JUNE", "-368.42"],
    [null, "VISA BAL TAKEN BY DIRECT DEBIT 03/2026", "-1221.91"],
    [null, "CREDIT UNION MASTERCARD AUTO PAY APRIL", "-742.79"],
    [null, "FCU VISA AUTOPAY 09/2026", "-300.00"],
  ]);
  // Splitting a bill with friends is paying a person; a balance enquiry is the bank's charge.
  itFiles("other", [[null, "SPLITWISE SETTLE UP", "-20.00"]]);
  itFiles("fees", [[null, "CARD BAL ENQUIRY FEE", "-1.00"]]);
});

describe("money sent abroad at a remittance counter", () => {
  itFiles("transfers", [
    [null, "CARTE 12/03/26 WARI TRANSFERT BOBIGNY CB*4417", "-45.00"],
    [null, "DOLEX PATERSON NJ #1123", "-12.50", "DEBIT_CARD"],
    [null, "DOLEX DOLLAR EXPRESS 0455 HOUSTON TX", "-8.00", "DEBIT_CARD"],
    [null, "MUKURU REMIT LONDON", "-60.00"],
    [null, "TAWAKAL EXPRESS LEICESTER", "-150.00"],
    [null, "AMAL EXPRESS MINNEAPOLIS MN", "-200.00"],
  ]);
  // A person named Wari is paid as a person.
  itFiles("other", [["Amadou Wari", "Remboursement diner", "-30.00"]]);
});
