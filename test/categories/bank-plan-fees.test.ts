// What a bank charges for its own plan or card is a fee: a neobank's metal plan bought in the app ("IN-APP METAL TIER
// UPGRADE"), a bank app's monthly price ("Maandprijs premium bankapp", whose "premium" is no insurance premium), a new
// card sent by courier ("LIVRAISON PAR COURSIER NOUVELLE CARTE"). A streaming plan, a gift card sent and a courier's
// parcel keep theirs.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a bank's plan, app and card delivery charges are fees", () => {
  itCategorizes([
    [null, null, "IN-APP METAL TIER UPGRADE APRIL", "-5.34", "fees"],
    [null, null, "METAL PLAN FEE MARCH", "-15.99", "fees"],
    [null, null, "Maandprijs premium bankapp JULY", "-4.53", "fees"],
    [null, null, "Maandkosten bank app Easy Green 06-2026", "-3.99", "fees"],
    [null, null, "LIVRAISON PAR COURSIER NOUVELLE CARTE", "-9.42", "fees"],
    [null, null, "FRAIS ENVOI CARTE DE REMPLACEMENT", "-15.00", "fees"],
  ]);
  describe("but a streaming plan, a gift card and a courier keep theirs", () => {
    itCategorizes([
      [null, null, "NETFLIX.COM PREMIUM PLAN", "-17.99", "subscriptions"],
      ["Allianz Versicherungs-AG", "Premium Hausrat 2026", null, "-84.00", "insurance"],
      [null, null, "LIVRAISON PAR COURSIER COLIS 44821", "-12.00", "other"],
    ]);
  });
});

describe("a bank account's bundle by the month and a card ordered again are fees", () => {
  itCategorizes([
    [null, null, "ACCOUNT BENEFITS BUNDLE MONTHLY FEE", "-8.00", "fees"],
    [null, null, "ACCOUNT PLUS BUNDLE MONTHLY COST", "-6.50", "fees"],
    [null, null, "Tarief vervangende bankpas", "-7.50", "fees"],
    [null, null, "Kosten herbestelde betaalpas", "-7.50", "fees"],
  ]);
  describe("but a phone's data bundle and a pass for the bus keep theirs", () => {
    itCategorizes([
      [null, null, "VODAFONE DATA BUNDLE 10GB", "-10.00", "utilities"],
      [null, null, "NS VERVANGENDE OV-CHIPKAART", "-7.50", "transport"],
    ]);
  });
});
