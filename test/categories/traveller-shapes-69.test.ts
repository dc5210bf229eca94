// Label and category shapes of travellers' rows (pool 69): an outlet, a department or a register's seat printed after
// a company's legal form; a hotel's restaurant; an airport's car parks and lounges; passport, visa and eSIM trades;
// a word many firms share left alone by a kind of insurance. Each rule has must-not-move guards.
import { describe } from "vitest";
import { itLabels, itCategorizes } from "../helpers/label-rows.ts";

describe("an outlet or department after the legal form is no part of the name", () => {
  itLabels([
    [null, "Kartenzahlung FLUGHAFEN STUTTGART GMBH LOUNGE. 57620764//Dresden 2025-03-27T16:39:49 KFN 1 VJ 2812", "Flughafen Stuttgart"],
    [null, "Flughafen Duesseldorf GmbH Parken", "Flughafen Duesseldorf"],
    ["Samsonite Gmbh Online", "Handyzahlung", "Samsonite"],
    [null, "STORE FIRST LTD STORAGE UNIT WHILE ABROAD JULY STO", "Store First"],
    // Invented: the same shapes elsewhere.
    ["Flughafen Hamburg GmbH Parkhaus P4", null, "Flughafen Hamburg"],
    ["KOFFERWELT GMBH ONLINESHOP", null, "Kofferwelt"],
    ["HOTEL ADRIA D.D. RECEPCIJA 2", null, "Hotel Adria"],
    ["BLUEWAVE MOBILE LTD ESIM", null, "Bluewave Mobile"],
  ]);
  // Guards: a name that goes on in words of its own after its form keeps them; a town it is known by goes as before.
  itLabels([
    ["Wohnungsbau GmbH Nord", null, "Wohnungsbau Nord"],
    ["Lounge Bar GmbH", null, "Lounge Bar"],
  ]);
});

describe("an Eastern European register's seat after the legal form is where, not who", () => {
  itLabels([
    ["EUROSENDER D.O.O. LJUBLJANA", null, "Eurosender"],
    ["ATLASSIB SRL SIBIU", null, "Atlassib"],
    // Invented.
    ["KRKA TRANSPORT D.O.O. ZAGREB", null, "Krka Transport"],
    ["TATRA TOURS S.R.O. POPRAD", null, "Tatra Tours"],
    ["KAVARNA PRESEREN D.O.O. BLED", null, "Kavarna Preseren"],
  ]);
  // Guard: two words after the form are more than a seat, and a GmbH's register prints no seat so.
  itLabels([["MUSTER GMBH NORD", null, "Muster Nord"]]);
});

describe("a hotel's restaurant is the hotel's, and a meal out", () => {
  itLabels([
    [null, "HOTEL MOSKVA RESTORAN BEO//STUTTGART/DE 2026-09-03T17:47 Debitk.2 2027-12", "Hotel Moskva"],
    [null, "HOTEL CASA COLONIAL F&B SAN JOSE CA", "Hotel Casa Colonial"],
    [null, "REST HOTEL CASA COLONIAL SEATTLE TX", "Hotel Casa Colonial"],
    ["HOTEL SPLENDID RISTORANTE", null, "Hotel Splendid"],
    ["RESTAURANT HOTEL BELVEDERE", null, "Hotel Belvedere"],
  ]);
  itCategorizes([
    [null, "HOTEL MOSKVA RESTORAN BEO//STUTTGART/DE 2026-09-03T17:47 Debitk.2 2027-12", "-40.39", "restaurants"],
    [null, "HOTEL CASA COLONIAL F&B SAN JOSE CA", "-56.24", "restaurants"],
    ["HOTEL SPLENDID RISTORANTE", null, "-48.00", "restaurants"],
    ["RESTAURANT HOTEL BELVEDERE", null, "-61.00", "restaurants"],
  ]);
  // Guards: a hotel without its restaurant's word is a stay; a restaurant named after a hotel's word stays a restaurant.
  itCategorizes([
    ["HOTEL BELVEDERE", null, "-161.00", "travel"],
    [null, "HOTEL CASA COLONIAL SAN JOSE CA", "-210.00", "travel"],
  ]);
});

describe("an airport's car parks are parking, its lounges travel", () => {
  itCategorizes([
    ["Fraport AG", "P-Card Dauerparker Vielflieger August 2026", "-87.55", "fuel"],
    [null, "FRAPORT AG PARKHAUS P36//STUTTGART/DE", "-72.64", "fuel"],
    ["FLUGHAFEN DUESSELDORF P3 - Frankfurt", "Card transaction of 42.82 EUR issued by FLUGHAFEN DUESSELDORF P3", "-42.82", "fuel"],
    ["FLUGHAFEN STUTTGART GMBH LOUNGE", null, "-122.04", "travel"],
    // Invented.
    ["FLUGHAFEN HAMBURG P4", null, "-36.00", "fuel"],
    ["AEROPORT NICE COTE D AZUR PARKING P5", null, "-54.00", "fuel"],
    ["LUCHTHAVEN EINDHOVEN LOUNGE", null, "-39.00", "travel"],
  ]);
  // Guards: an airport's own name alone stays travel; a bar's lounge stays a bar.
  itCategorizes([
    ["FLUGHAFEN HAMBURG GMBH", null, "-30.00", "travel"],
    ["COCKTAIL LOUNGE MARIS", null, "-30.00", "restaurants"],
  ]);
});

describe("car hire is travel, not rent", () => {
  itCategorizes([
    [null, "VISA ORYX D.O.O. RENT A CAR 7065", "-108.83", "travel"],
    [null, "LOCALIZA RENT A CAR #0607 NEW YORK CA", "-366.91", "travel"],
    ["ADRIA RENT A CAR SPLIT", null, "-210.00", "travel"],
  ]);
  itCategorizes([["Hausverwaltung Krause", "Rent September", "-850.00", "rent"]]);
});

describe("passport, visa, eSIM, luggage repair and travel insurance trades", () => {
  itCategorizes([
    ["Stadt Ratingen Reisepass Gebuehr", null, "-25.42", "taxes"],
    ["IMMIGRATIE- EN NATURALISATIEDIENST", "Immigratie- en Naturalisatiedienst Rotterdam, NL", "-10.29", "taxes"],
    [null, "PURCHASE AUTHORIZED ON 11/04 IDEMIA TSA PRECHECK ENROLL SEATTLE CA S753029926302577 CARD 6546", "-5.55", "taxes"],
    ["VFS VISA CENTRE LONDON", null, "-120.00", "taxes"],
    [null, "VISA TRUPHONE LTD ESIM 1034", "-39.11", "utilities"],
    ["GLOBETALK E-SIM", null, "-12.00", "utilities"],
    [null, "SumUp *Kofferdienst Strobel", "-97.01", "shopping"],
    ["LUGGAGE REPAIRS HEATHROW", null, "-45.00", "shopping"],
    ["Union Reiseversicherung AG", "Jahres-Reiseschutz Familie", "-63.85", "insurance"],
    ["PANSION MIRNA NOVIGRAD", null, "-256.92", "travel"],
    [null, "RAPSKA PLOVIDBA D.D.", "-44.38", "travel"],
  ]);
  // Guards: the card network's "VISA" before a shop's name files nothing as a visa fee.
  itCategorizes([[null, "VISA REWE MARKT 1234", "-20.00", "groceries"]]);
});

describe("a word many firms share stays with its kind of insurance", () => {
  itLabels([
    ["Union Reiseversicherung AG", "Auslandsreise-KV Jahrespraemie RS-692144", "Union Reiseversicherung"],
    ["Union Krankenversicherung AG", null, "Union Krankenversicherung"],
  ]);
  // Guard: a name of its own still goes without the entity word.
  itLabels([["Barmenia Krankenversicherung AG", null, "Barmenia"]]);
});

describe("travellers' brands go by their full names", () => {
  itLabels([
    [null, "VIS YOTELAIR GATWICK BRISTOL", "YOTEL"],
    [null, "ETIHAD AIRWAYS 6072845NEW YORK       NY", "Etihad Airways"],
    [null, "CHECKCARD 0827 LATAM AIRLINES 0452845 BROOKLYN CA 08852616625721605854479", "LATAM Airlines"],
    [null, "AVOLTA UK RETAIL       LEEDS         GBR", "Avolta"],
    [null, "CARTE 23/08/26 CB EXTIME PARIS CB*4102", "Extime Duty Free"],
    ["Fraport AG", "Parkkarte P36 Monatsmiete", "Fraport"],
  ]);
  // Guard: Dufry, now part of Avolta, is still printed and labelled as its own name.
  itLabels([[null, "Dufry Deutschland Gmbh", "Dufry"]]);
});
