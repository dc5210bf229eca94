// What drivers and riders who work on the road pay (motorist-trades.ts, student-trades.ts): an electric car's charger
// by its initials or its Dutch word, a filling station's own compounds, a US station with its mart, a van or a
// private-hire car hired by the week (travel, the van-hire policy), and repairers who call themselves a clinic, a
// doctor or medics. Beside them, a bank's charge, a hospital, a bus and a clinic's own names keep their category.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

const cases = (rows: [string | null, string, string][]) => rows;

describe("charging an electric car is fuel", () => {
  it.each(cases([
    [null, "DEBIT_CARD BAYSHORE EV FAST CHARGE #1479 BROOKLYN NY", "fuel"],
    [null, "PURCHASE AUTHORIZED ON 06/30 BAYSHORE EV FAST CHARGE SAN JOSE CA S924625098753132 CARD 4049", "fuel"],
    [null, "SHELL RECHARGE EV CHARGING 0412", "fuel"],
    ["E-LAADPUNT DUIVENDRECHT 7688", "Pasvolgnr: 001 12-05-2026 13:57 Transactie: 228822 Term: AB113C", "fuel"],
    ["SNELLAADPLEIN PAPENDRECHT", "SNELLAADPLEIN PAPENDRECHT 456-7824924", "fuel"],
    [null, "BEA   NR:XXX055   26.08.25/08.26 LAADSTATION DE HOEF Amsterdam,PAS958", "fuel"],
  ]))("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-42.10")).toBe(want));
});

describe("a filling station by its own compound or its mart is fuel", () => {
  it.each(cases([
    ["TANKPUNKT HUELSDONK AUTOM//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12", "fuel"],
    ["TANKSERVICE DUIVENDRECHT 1536", "Pasvolgnr: 001 25-05-2026 09:45", "fuel"],
    [null, "CHECKCARD 0615 MISSION BLVD GAS & MART NEW YORK CA 10897379263219561911581", "fuel"],
    [null, "PURCHASE AUTHORIZED ON 04/02 QUICK STOP GAS N MART FRESNO CA S4412 CARD 0216", "fuel"],
  ]))("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-48.52")).toBe(want));
});

describe("a van or a private-hire car hired by the week is travel", () => {
  it.each(cases([
    ["BESTELBUS VERHUUR DRECHTS", "BESTELBUS VERHUUR DRECHTS Amsterdam, NL", "travel"],
    [null, "OUT KLEINTRANSPORTER LINTFORT - Berlin Card transaction of 372.19 EUR issued by KLEINTRANSPORTER LINTFORT", "travel"],
    ["Transportervermietung Kaya GmbH", "Rechnung 2231 Sprinter KW 14", "travel"],
    [null, "PRLV SEPA LOCATION VTC RHONE LOC VTC RHONE CONTRAT 773184", "travel"],
    [null, "VIR SEPA LOCATION VTC RHONE LOCATION HEBDO BERLINE VTC 04/2025", "travel"],
    [null, "CARTE 12/03/26 CB LOCATION UTILITAIRES MEYZIEU CB*1403", "travel"],
  ]))("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-188.52")).toBe(want));
});

describe("a repairer that calls itself a clinic, a doctor or medics is a shop or a workshop", () => {
  it.each(cases([
    [null, "VELO-KLINIK LINTFORT, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte", "shopping"],
    ["CCV*E-FIETSDOKTER 9189", "Pasvolgnr: 001 26-08-2026 10:57", "shopping"],
    [null, "SQ *BRISTOL BIKE CLINIC BRISTOL GBR", "shopping"],
    [null, "PHONE MEDICS WEST BROM 8069   ON 01 MAR          CPM", "shopping"],
    [null, "SQ *TIPTON MOTOR CLINIC LONDON GBR", "fuel"],
    ["Autodoktor Meyer e.K.", "Rechnung 2231 Inspektion", "fuel"],
  ]))("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-55.70")).toBe(want));
});

describe("a bank's charge, a clinic, a bus and a gas bill keep their category", () => {
  it.each(cases([
    [null, "MONTHLY ACCOUNT CHARGE", "fees"],
    ["Klinikum Duisburg", "Rechnung Wahlleistung Zimmer", "health"],
    [null, "SQ *HARBOR FAMILY CLINIC SAN LEANDRO CA", "health"],
    ["BVG Berlin", "BVG Bus Einzelfahrschein", "transport"],
    ["PG&E", "PG&E GAS AND ELECTRIC WEB ONLINE", "utilities"],
  ]))("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-31.00")).toBe(want));
});

describe("a motorway's service area, a leased taxi and the gear for the road", () => {
  it.each(cases([
    [null, "FRANKLEY SOUTHBOUND SERVI ON 29 AUG          BCC", "restaurants"],
    [null, "VIS WOOLLEY EDGE NORTHBOUND SERVICES LEEDS", "restaurants"],
    [null, "FRANKLEY S/BOUND SVCS M5 ON 29 AUG          BCC", "restaurants"],
    ["Taxi Lease Amstel B.V.", "Naam: Taxi Lease Amstel B.V. Omschrijving: Weekhuur taxi Niro 07-2025 contract 773184", "travel"],
    [null, "VIS SQ *LANGLEY SATNAV GLASGOW", "shopping"],
    [null, "DASHCAM WORLD LTD LONDON GBR", "shopping"],
    [null, "BLACK COUNTRY HELMETS  GLASGOW       GBR", "shopping"],
  ]))("%s / %s → %s", (cp, description, want) => expect(categoryOf(cp, description, "-25.91")).toBe(want));
  it("a taxi ride keeps its fare", () => expect(categoryOf(null, "TAXI AMSTEL RIT 0412 AMSTERDAM", "-18.00")).toBe("transport"));
});
