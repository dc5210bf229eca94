// The person's own money changing place, in wordings neobanks, wallets and households print that the earlier lists
// missed: a sub-account named by a German or Dutch preposition, a Wise jar, money sent to oneself, a wallet's balance
// paid out to the bank, a linked account's deposit, money set aside, the household's joint account, a pot's
// withdrawal. Written ahead of any pool from how these banks word their own moves; every name and number is made up.
// Each group has rows beside it that share a word and must not move.
import { describe } from "vitest";
import { itFiles } from "../helpers/category-rows.ts";

describe("own money moving, either way", () => {
  itFiles("transfers", [
    [null, "Von Space Urlaub zu Hauptkonto", "200.00"],
    [null, "Zu Space Reise", "-200.00"],
    [null, "Vom Unterkonto Nebenkosten", "150.00"],
    [null, "Van Vakantie naar Betaalrekening", "100.00"],
    [null, "Moved to Jar Holiday", "-100.00"],
    [null, "Sent money to yourself", "-100.00"],
    [null, "Transfer to bank", "-100.00"],
    [null, "Cash out to bank", "100.00"],
    [null, "INSTANT TRANSFER TO DEBIT CARD", "-60.00"],
    [null, "Deposit from linked account", "500.00"],
    [null, "Transfert vers mon compte", "-25.00"],
    [null, "Virement de mon compte courant", "25.00"],
    [null, "Geld geparkt im Sparbereich", "-100.00"],
    [null, "Geld zur Seite gelegt", "-20.00"],
    [null, "Apart zetten Buffer", "-20.00"],
    [null, "Mise de côté Projet", "-20.00"],
    [null, "Save When I Get Paid", "-50.00"],
    [null, "Transfer to Joint account", "-300.00"],
    [null, "To Joint Account 1234", "-300.00"],
    [null, "Gemeinschaftskonto Haushaltsgeld", "-300.00"],
    [null, "Huishoudrekening storting", "-300.00"],
    [null, "Storting en/of-rekening boodschappen", "-300.00"],
    [null, "Compte joint alimentation", "-300.00"],
    [null, "Pot withdrawal", "20.00"],
    [null, "Withdrawal to 360 Checking", "-500.00"],
  ]);
});

describe("rows that share those words and stay what they are", () => {
  itFiles("drugstore", [[null, "CLIP JOINT BARBERS", "-15.00"], [null, "CARD PAYMENT TO SPACE NK ON 01 MAR", "-45.00"]]);
  itFiles("restaurants", [[null, "TOMMIS BURGER JOINT 03 BERLIN", "-15.00"], [null, "THE JAR COFFEE ROASTERS", "-4.50"]]);
  itFiles("health", [[null, "JOINT CARE PHYSIO CLINIC", "-60.00"]]);
  itFiles("fees", [[null, "Transfer to bank fee", "-1.00"], [null, "SPARKASSE KOELNBONN ENTGELT", "-4.50"]]);
  itFiles("rent", [[null, "Miete Wohnung zur Seite", "-700.00"]]);
  itFiles("other", [[null, "Zahlung an Space Camp Berlin", "-40.00"]]);
});
