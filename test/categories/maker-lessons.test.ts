// A hobby's teaching by its purpose, in the shapes pool 66 showed and others of the same kind: a genre's workshop, a
// school's fee (its place or initials printed between) and a lesson named by what it teaches, whoever gives it. Each
// payee is made up; each rule has rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a genre's workshop, a school's fee and a lesson named by what it teaches are education", () => {
  itCategorizes([
    ["Ausgang", "SUMUP *JAZZWERKSTATT INNL/LEIPZIG//DE", "2025-03-10T17:25 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-25.50", "education"],
    ["Kartenzahlung", "ROCKWERKSTATT BONN", "ROCKWERKSTATT BONN/HAUPTSTR. 1/BONN/DE", "-60.00", "education"],
    ["Lastschrift", "Theaterwerkstatt Lindenau e.V.", "Kursbeitrag Maerz", "-45.00", "education"],
    // A German school's fee, its place between.
    ["Basislastschrift", "Musikschule Kulmbacher Land e.V.", "Gebuehr Musikgarten + Klavier 03/2026 Schueler 6614", "-91.89", "education"],
    ["Lastschrift", "Kunstschule Rheinaue gGmbH", "Gebuehren Herbstkurs Kinder 2026", "-120.00", "education"],
    ["Lastschrift", "Tanzakademie Sued", "Beitrag Ballett Kinder 04/2026", "-55.00", "education"],
    // An English school's fee, its initials between, and a term's fees.
    ["PAYMENT", null, "DARENT MUSIC ACADEMY DMA TERM FEES PIANO 661420 FT", "-84.27", "education"],
    ["PAYMENT", null, "MRS K OYELARAN TERM FEES VIOLIN", "-90.00", "education"],
    ["PAYMENT", null, "KINGSWOOD ACADEMY KA SPRING FEES", "-300.00", "education"],
    // A lesson named by what it teaches, paid to the teacher.
    ["PAYMENT", null, "MRS F MCINTYRE CLARSACH LESSONS ISLA OCTOBER STO", "-101.89", "education"],
    [null, null, "ZELLE TO RUTH ABERNATHY VOICE LESSONS X4", "-102.31", "education"],
    ["Faster payment", "DAVID OKAFOR", "DRUM LESSON SAT", "-30.00", "education"],
    ["Ueberweisung", "Jonas Brandt", "Klavierstunden Mai 4x", "-120.00", "education"],
    // A music school's tuition in Dutch.
    [null, "Stichting Muziekonderwijs Schouwen", "/TRTP/SEPA OVERBOEKING/IBAN/NL00454920685123291972/BIC/ABNANL2A/NAME/Stichting Muziekonderwijs Schouwen/REMI/Termijn lesgeld 03-2026 saxofoon 6614/EREF/NOTPROVIDED", "-63.21", "education"],
    ["Overschrijving", "Muziekschool De Klank", "Lesgeld 2e termijn", "-140.00", "education"],
  ]);
  describe("but an instrument's and a car's workshop, a tree nursery, a bank's fees and a friend keep theirs", () => {
    itCategorizes([
      ["MasterCard Payment", "Sumup *gitarrenwerkstatt H", null, "-182.36", "shopping"],
      ["Lastschrift", "Baumschule Lorenz", "Rechnung Gebuehr Anlieferung 2026", "-80.00", "shopping"],
      ["Entgelt", "Sparkasse", "Entgelt Kontofuehrung 03/2026", "-6.90", "fees"],
      ["PAYMENT", null, "LATE FEES NOV CARD", "-12.00", "fees"],
      ["Faster payment", "DAVID OKAFOR", "PIZZA LAST NIGHT", "-15.00", "other"],
      ["Faster payment", "DAVID OKAFOR", "FOR DRUM LESSONS", "30.00", "income_other"],
    ]);
  });
});
