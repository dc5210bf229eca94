// The trades of households whose life runs on the car, enumerated by trade: the car's loan, tax, insurance, lessons,
// charging, breakdown cover, workshops, tyres, windscreens, inspections, washes, parts, tolls and the motorway's
// restaurants. Each business is made up; each rule has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a car's loan, charging and breakdown cover are its running costs", () => {
  itCategorizes([
    ["DAUERAUFTRAG", "Hartfeld Autobank AG", "Rate Fahrzeugfinanzierung Vertr. 5512 Mai 2026", "-289.00", "fuel"],
    [null, "Kredietwijzer B.V.", "Termijn autolening 05-2026 lening 771234", "-241.10", "fuel"],
    ["Lastschrift", "VISA VOLTHAFEN*LADEVORGANG 1193", "NR XXXX 0621 KOELN DE KAUFUMSATZ 14.12 31.20", "-31.20", "fuel"],
    ["KARTENZAHLUNG", "STROMWEG GMBH SCHNELLLADEPA//ULM/DE", "2025-10-27T20:57 Debitk.2 2027-12", "-22.80", "fuel"],
    ["PAYMENT", null, "HIGHWAY HELP MOTORING ASSIST RECOVERY COVER JUNE STO", "-9.50", "fuel"],
    [null, null, "OPEN ROAD CLUB DES:OPEN ROAD CLUB ROADSIDE 771234 ID:XXXXX44780180 WEB", "-12.00", "fuel"],
  ]);
  describe("but a bank's charge and a home's loan keep theirs", () => {
    itCategorizes([
      ["KARTENZAHLUNG", "STROMWEG GMBH//ULM/DE", "Ladestation Hof", "-22.80", "fuel"],
      ["Lastschrift", "Sparkasse Ulm", "Baufinanzierung Rate Mai 2026", "-900.00", "rent"],
    ]);
  });
});

describe("a car's tax is the state's, its insurance insurance, its lessons education", () => {
  itCategorizes([
    [null, null, "Kfz-Steuer 2025 GG-AB 123", "-120.00", "taxes"],
    ["Direct Debit", "SAFE LANE COVER", "SLC MOTOR POLICY APRIL", "-64.20", "insurance"],
    ["DEBIT_CARD", null, "NORTHGATE DRIVING ACAD TULSA #12 TULSA OK", "-45.00", "education"],
  ]);
  describe("but a workshop keeps its fuel", () => {
    itCategorizes([[null, null, "KFZ WERKSTATT HUBER", "-120.00", "fuel"]]);
  });
});

describe("workshops, tyres, windscreens, inspections, washes, parts and tolls are the car's", () => {
  itCategorizes([
    ["Card payment", null, "HARTLEY MOTOR GRP LEEDS       GBR", "-55.00", "fuel"],
    [null, null, "VIS KETLEY AUTOCARE TELFORD LEEDS", "-57.07", "fuel"],
    [null, null, "PURCHASE AUTHORIZED ON 03/03 RIVERBEND CHEVY SPRINGFIELD IL S998763502165760 CARD 9226", "-51.83", "fuel"],
    [null, null, "))) OAKWOOD S/STN HANLEY GLASGOW", "-40.00", "fuel"],
    ["OUT", "TANKST. GROSSHAUSER//ROTH/DE - Dresden", "Card transaction of 41.06 EUR issued by TANKST. GROSSHAUSER//ROTH/DE", "-41.06", "fuel"],
    [null, null, "BEA   NR:XXX359   16.01.25/17.11 BANDENHUIS DRENTHE B.V. Utrecht,PAS756", "-79.48", "fuel"],
    [null, null, "BEA   NR:XXX673   01.04.25/07.51 Ruitservice Twente B.V. Rotterdam,PAS546", "-49.50", "fuel"],
    ["Betaalautomaat", "CCV*APK HOOGEVEEN 7148", "Pasvolgnr: 001 21-05-2026 16:38 Transactie: 635414 Term: AB105C", "-42.38", "fuel"],
    ["Debit", null, "SQ *HANLEY HAND CAR WA ON 08 JUL          CPM", "-12.00", "fuel"],
    ["MasterCard Payment", "KFZTEILE.DE", null, "-42.24", "fuel"],
    [null, null, "CHECKCARD 1210 INDIANA TPK TOLL 440-234-2081 SEATTLE CA 06712077859470222126488", "-7.50", "fuel"],
    [null, "WESTERSCHELDEVERBINDING TOL", "WESTERSCHELDEVERBINDING TOL Amsterdam, NL", "-5.00", "fuel"],
    ["Lastschrift", null, "Kartenzahlung MIETWERKSTATT SCHRAUBERHALLE. 43267280//Dresden 2026-01-09T16:45:57 KFN 1 VJ 2812", "-66.95", "fuel"],
  ]);
  describe("but a garden centre named for an old toll and a bike's workshop keep theirs", () => {
    itCategorizes([
      [null, null, "TUINCENTRUM DE OUDE TOL", "-50.00", "shopping"],
      [null, null, "FAHRRADWERKSTATT HUBER", "-50.00", "shopping"],
    ]);
  });
});

describe("the motorway's restaurants and roadside eating are restaurants", () => {
  itCategorizes([
    ["Lastschrift", "VISA RASTANLAGE HOCHWALD WEST 4658", "NR XXXX 6348 LEIPZIG DE KAUFUMSATZ 31.08 27.41", "-27.41", "restaurants"],
    ["Card payment", null, "ASHBY TRUCK STOP CBRISTOL       GBR", "-14.00", "restaurants"],
    ["Debit", null, "THE OATCAKE KITCHEN ON 01 APR          BCC", "-8.20", "restaurants"],
    [null, null, "PURCHASE AUTHORIZED ON 03/17 LINCOLN HWY DRIVE-IN SEATTLE MD S470696930571201 CARD 8144", "-11.15", "restaurants"],
  ]);
  describe("but a drive-in cinema keeps its entertainment", () => {
    itCategorizes([[null, null, "SKYVIEW DRIVE IN CINEMA", "-20.00", "entertainment"]]);
  });
});
