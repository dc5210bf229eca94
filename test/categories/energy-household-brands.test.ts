// Real brands of households taking their homes and travel off gas and petrol (pool 82): heat-pump and boiler makers
// and their service desks, solar, battery and balcony-solar makers, wallboxes, public charging, smart-home gadgets,
// window firms, e-bikes, car sharing, smart-meter operators, solar leases. Guards: a given name, a charity and an
// ordinary word that share a brand's word keep their own labels.
import { describe, expect, it } from "vitest";
import { categoryOf, itKeeps, itNames } from "./brand-cases.ts";

describe("heat-pump makers, their service desks and installers are tradesmen (shopping)", () => {
  itNames([
    [null, "VAILLANT DEUTSCHLAND GMBH//REMSCHEID/DE 2026-02-01T10:00:00", "-180.00", "Vaillant", "shopping"],
    ["Viessmann Kundendienst", "Wartung Waermepumpe RE 4471", "-150.00", "Viessmann", "shopping"],
    [null, "Kartenzahlung STIEBEL ELTRON GMBH & CO. 12345678//Holzminden 2026-02-01T10:00:00 KFN 1 VJ 2812", "-60.00", "Stiebel Eltron", "shopping"],
    [null, "MITSUBISHI ELEC LIVING ENLONDON        GBR", "-200.00", "Mitsubishi Electric", "shopping"],
    ["1KOMMA5 GMBH", "Anzahlung Waermepumpe Auftrag 4471", "-900.00", "1Komma5°", "shopping"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 Intergas Service Coevorden Zwolle,PAS111", "-120.00", "Intergas", "shopping"],
    ["QUATT B.V. 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 123456 Term: AB123C", "-80.00", "Quatt", "shopping"],
  ]);
});

describe("solar, batteries, balcony solar, wallboxes and gadgets are shopping", () => {
  itNames([
    [null, "E3/DC GMBH OSNABRUECK//OSNABRUECK/DE 2026-02-01T10:00:00", "-120.00", "E3/DC", "shopping"],
    ["SENEC GMBH LEIPZIG", "", "-48.00", "SENEC", "shopping"],
    [null, "PAYPAL *PRIWATT//LEIPZIG/DE 2026-02-01T10:00:00", "-300.00", "Priwatt", "shopping"],
    ["KLEINES KRAFTWERK GMBH", "", "-250.00", "Kleines Kraftwerk", "shopping"],
    ["ZENDURE EUROPE GMBH", "", "-240.00", "Zendure", "shopping"],
    [null, "EASEE AS STAVANGER//KOELN/DE 2026-02-01T10:00:00", "-230.00", "Easee", "shopping"],
    ["SHELLY EUROPE GMBH", "", "-40.00", "Shelly", "shopping"],
    ["eQ-3 AG Homematic IP Shop", "", "-48.00", "Homematic IP", "shopping"],
    [null, "NETATMO SAS BOULOGNE", "-99.00", "Netatmo", "shopping"],
    [null, "))) OHME TECHNOLOGY UK LTD LONDON", "-80.00", "Ohme", "shopping"],
    [null, "VIS FRONIUS SOLAR SHOP BRISTOL", "-190.00", "Fronius", "shopping"],
    [null, "LIGHTWAVERF PLC ON 30 SEP          CPM", "-170.00", "Lightwave", "shopping"],
    [null, "PROJECT SOLAR DEPOSIT  MANCHESTER    GBR", "-500.00", "Project Solar UK", "shopping"],
    [null, "DEBIT_CARD GENERAC PWRCELL SVC #5362 DALLAS TX", "-210.00", "Generac", "shopping"],
    [null, "SOLARFREAKS.NL Amsterdam, NL", "-130.00", "Solarfreaks", "shopping"],
    ["SESSY THUISBATTERIJ 1234", "Pasvolgnr: 001 01-02-2026 10:00 Transactie: 123456 Term: AB123C", "-150.00", "Sessy", "shopping"],
    [null, "ZAPTEC NEDERLAND Amsterdam, NL", "-60.00", "Zaptec", "shopping"],
  ]);
});

describe("windows, e-bikes; charging, car sharing and a car's lease", () => {
  itNames([
    [null, "SAFESTYLE WINDOWS AND DOORSLONDON        GBR", "-18.00", "Safestyle", "shopping"],
    [null, "MILGARD WINDOWS & DOORSSAN JOSE       CA", "-77.00", "Milgard", "shopping"],
    [null, "JOBRAD RESTWERT UEBERNAHME//FREIBURG/DE 2026-02-01T10:00:00", "-240.00", "JobRad", "shopping"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 ROYAL DUTCH GAZELLE Dieren,PAS111", "-120.00", "Gazelle", "shopping"],
    [null, "DEBIT_CARD RIDE1UP SAN DIEGO CA", "-180.00", "Ride1Up", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 03/18 EVCONNECT CHARGING LOS ANGELES CA S353660362074950 CARD 3393", "-12.00", "EV Connect", "fuel"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 Lms Laadpas Last Mile Utrecht,PAS111", "-34.00", "Last Mile Solutions", "fuel"],
    [null, "CARTE 19/07/26 CB SDE 22 RECHARGE CB*5150", "-15.00", "SDE 22", "fuel"],
    ["LEX AUTOLEASE", "LEX AUTOLEASE RENTAL AUGUST", "-303.00", "Lex Autolease", "fuel"],
    [null, "CHECKCARD 1216 MIOCAR.ORG SANTA ROSA CA 52053161830352197348001", "-60.00", "Miocar", "transport"],
    [null, "CO CARS LTD TRIP 6249   ON 11 FEB          CPM", "-64.00", "Co-Cars", "transport"],
    [null, "CARTE 23/08/26 CB TADAO TITRES CB*9894", "-69.00", "Tadao", "transport"],
  ]);
});

describe("a retrofit course and a home-improvement chain by their printed forms", () => {
  itNames([
    [null, "CENTRE FOR ALTERNATIVE TE ON 12 MAR          CPM", "-180.00", "Centre for Alternative Technology", "education"],
    [null, "PURCHASE AUTHORIZED ON 07/22 FRIEDMAN'S SANTA ROSA SANTA ROSA CA S398906067780287 CARD 0981", "-82.30", "Friedman's Home Improvement", "shopping"],
    [null, "FRIEDMANS HOME IMPROVEME SONOMA CA", "-40.00", "Friedman's Home Improvement", "shopping"],
  ]);
});

describe("smart-meter operators, dynamic tariffs, solar leases and community solar are utilities", () => {
  itNames([
    ["inexogy smart metering GmbH", "Messentgelt iMSys Juni Zaehler 1EBZ0000001", "-5.76", "inexogy", "utilities"],
    ["NextEnergy B.V.", "Voorschot dynamisch contract AUGUST klantnr 123456", "-150.00", "NextEnergy", "utilities"],
    [null, "SUNSTRONG MANAGEMENT DES:SUNSTRONG MGMT DES:LEASE ID:123456 INDN:JANE DOE CO ID:XXXXX20791 WEB", "-112.00", "SunStrong Management", "utilities"],
    [null, "ARCADIA POWER ARCADIA DES:COMM SOLAR ID:123456", "-73.00", "Arcadia", "utilities"],
    ["Nabu Casa Inc.", "Home Assistant Cloud Februar", "-7.50", "Nabu Casa", "subscriptions"],
  ]);
  it("a state efficiency utility's heat-pump rebate is income, not a shop's refund", () => {
    expect(categoryOf(null, "EFFICIENCY VERMONT HEAT PUMP REBATE JUNE 0621 85145555 JANE DOE", "330.86")).toBe("income_other");
  });
  it("a friend's Zelle share of a car-share trip is money from a person, not the car share's refund", () => {
    expect(categoryOf(null, "PRIYA NATARAJAN Zelle Miocar split", "20.40")).toBe("income_other");
  });
});

describe("guards: names that only share a brand's word", () => {
  itKeeps([
    ["Shelly Hartmann", "Anteil Urlaub", "Shelly"],
    ["NABU Landesverband Brandenburg e.V.", "Spende Mai", "Nabu Casa"],
    [null, "EVEREST NEPALESE RESTAURANT LONDON", "Everest"],
    [null, "ARCADIA CINEMA MELBOURNE", "Arcadia"],
    [null, "GAZELLE CAFE DIEREN", "Gazelle"],
    [null, "SARAH FRIEDMANS PETALUMA", "Friedman's Home Improvement"],
  ]);
});
