// The shops and services of households on a tight budget, enumerated by trade: remainder and one-euro shops, pound
// and dollar stores, déstockage and koopjeshallen, second-hand halls and pawnbrokers, social grocers and corner
// stores, community centres and public libraries. Each business is made up; each rule has a row beside it that must
// not move.
import { describe, expect, it } from "vitest";
import { categoryOf, itCategorizes } from "./trade-cases.ts";

describe("remainder, one-euro, pound and dollar shops sell goods", () => {
  itCategorizes([
    ["Kartenzahlung", "SONDERPOSTEN KRAUSE", "SONDERPOSTEN KRAUSE//KASSEL/DE 12.03.2026", "-23.80", "shopping"],
    [null, null, "SUMUP *RESTPOSTENMARKT OSTERODE", "-14.20", "shopping"],
    ["Kartenzahlung", "HEINZ RESTPOSTEN FIL. 12", "HEINZ RESTPOSTEN FIL. 12//GOTHA/DE", "-9.40", "shopping"],
    [null, null, "SUMUP *1 EURO LADEN MITTE", "-6.00", "shopping"],
    ["Kartenzahlung", "EIN-EURO-SHOP HAFENSTR", "EIN-EURO-SHOP HAFENSTR//KIEL/DE", "-4.50", "shopping"],
    ["Card payment", null, "BRIGHT POUND SHOP WIGAN", "-7.00", "shopping"],
    ["Card payment", null, "SQ *EL PASO DOLLAR STORE", "-12.25", "shopping"],
    ["Card payment", null, "SUNNY DOLLAR PLUS #4 LAREDO TX", "-8.75", "shopping"],
    ["Card payment", null, "99 CENT STORE DEL RIO", "-5.99", "shopping"],
    [null, null, "CARTE 12/03/26 CB DESTOCKAGE DU NORD", "-31.00", "shopping"],
    [null, null, "CARTE 12/03/26 CB SOLDERIE DE LA GARE", "-17.50", "shopping"],
    ["Betaalautomaat", "KOOPJESHAL EMMEN 1234", "Pasvolgnr: 001 12-03-2026", "-22.40", "shopping"],
  ]);
  describe("but a euro amount, a pound of coffee or a dollar exchange keeps its own kind", () => {
    itCategorizes([
      [null, null, "SUMUP *RESTAURANT POSTEN", "-24.00", "restaurants"],
    ]);
    it("names no shop in a person's transfer about a euro", () => {
      expect(categoryOf("Überweisung", "Maria Sonder", "1 Euro zurueck", "-1.00")).not.toBe("shopping");
    });
  });
});

describe("second-hand halls and pawnbrokers sell goods over the counter", () => {
  itCategorizes([
    ["Betaalautomaat", "SNUFFELHAL VEENDAM 1234", "Pasvolgnr: 001 12-03-2026", "-18.00", "shopping"],
    ["Betaalautomaat", "CCV*PANDJESHUIS ZUID", "Pasvolgnr: 001 12-03-2026", "-75.00", "shopping"],
    [null, null, "PANDHUIS DE KROON Rotterdam, NL", "-120.00", "shopping"],
    ["Kartenzahlung", "PFANDLEIHHAUS KRAUSE", "PFANDLEIHHAUS KRAUSE//HAGEN/DE", "-60.00", "shopping"],
    ["Card payment", null, "GOLDEN STAR PAWN #12 TUCSON AZ", "-85.00", "shopping"],
    ["Card payment", null, "NORTHSIDE PAWNBROKERS LEEDS", "-45.00", "shopping"],
    [null, null, "SUMUP *KLEIDERLADEN NORD", "-12.00", "shopping"],
  ]);
});

describe("social grocers, pantries and corner stores sell food", () => {
  itCategorizes([
    [null, null, "ZETTLE_*SOCIALE KRUIDENIER ZUID", "-14.50", "groceries"],
    [null, null, "SUMUP *SOZIALMARKT ALTSTADT", "-9.30", "groceries"],
    [null, null, "CARTE 12/03/26 CB EPICERIE SOLIDAIRE LILLE", "-6.20", "groceries"],
    ["Card payment", null, "SQ *ELMWOOD COMMUNITY PANTRY", "-5.00", "groceries"],
    ["Card payment", null, "PARKVIEW CORNER STORE DAYTON", "-11.40", "groceries"],
    ["Card payment", null, "MAIN ST CORNER STR AKRON", "-7.80", "groceries"],
    ["Card payment", null, "QUAYSIDE CONV STORE SUNDERLAND", "-4.60", "groceries"],
    ["Kartenzahlung", "GEMUESEHANDEL OZ", "GEMUESEHANDEL OZ//BOCHUM/DE", "-8.90", "groceries"],
    [null, null, "SUMUP *OBST GEMUESEBAZAR ALI", "-6.30", "groceries"],
  ]);
  describe("but a café's pantry and a store's name keep their kind", () => {
    itCategorizes([
      ["Card payment", null, "THE PUDDING PANTRY YORK", "-8.40", "restaurants"],
    ]);
  });
});

describe("community centres and public libraries", () => {
  itCategorizes([
    [null, null, "SUMUP *BUERGERZENTRUM NORD", "-12.00", "entertainment"],
    ["Kartenzahlung", "STADTTEILHAUS OST", "STADTTEILHAUS OST//KASSEL/DE", "-6.50", "entertainment"],
    ["Kartenzahlung", "NACHBARSCHAFTSHAUS MITTE", "NACHBARSCHAFTSHAUS MITTE//BERLIN/DE", "-15.00", "entertainment"],
    [null, null, "ZETTLE_*BUURTHUIS DE BRUG", "-3.50", "entertainment"],
    [null, null, "CARTE 12/03/26 CB CENTRE SOCIAL DES TILLEULS", "-10.00", "entertainment"],
    ["Card payment", null, "ASHFIELD COMMUNITY CENTRE", "-20.00", "entertainment"],
    ["Card payment", null, "LITTLEWORTH VILLAGE HALL", "-25.00", "entertainment"],
    ["Card payment", null, "RIVERSIDE PUBLIC LIBRARY PRINT", "-1.20", "education"],
    ["Card payment", null, "DALE COUNTY LIBRARY FINES", "-2.40", "education"],
    ["OUT", "Stadtbibliothek Oldenburg Gebuehren", "Card transaction of 10.00 EUR issued by Stadtbibliothek Oldenburg Gebuehren", "-10.00", "education"],
    ["Betaalautomaat", "BIBLIOTHEEK ASSEN CONTRIBUTIE 1234", "Pasvolgnr: 001 12-03-2026", "-42.00", "education"],
  ]);
  describe("but a bar in an old library and a town hall's own levy keep theirs", () => {
    itCategorizes([
      ["Card payment", null, "THE LIBRARY BAR LEEDS", "-14.00", "restaurants"],
      [null, null, "SUMUP *BURGERHAUS SPANDAU", "-14.00", "restaurants"],
      ["Card payment", null, "UNIVERSITY LIBRARY FINES SHEFFIELD", "-3.20", "fees"],
    ]);
  });
});

describe("food aid given is a gift, food bought a grocery", () => {
  itCategorizes([
    ["Transfer", null, "To Lebensmittelhilfe Suedstadt e.V.", "-10.00", "donations"],
    ["Overschrijving", "Stichting Voedselhulp Oost", "Naam: Stichting Voedselhulp Oost Omschrijving: gift", "-15.00", "donations"],
    [null, null, "SUMUP *LEBENSMITTELMARKT OST", "-12.40", "groceries"],
  ]);
});

describe("a Teesside parmo is a meal out", () => {
  itCategorizes([
    ["Debit", null, "SQ *STOCKTON PARMO HOUSE", "-11.50", "restaurants"],
    ["Card payment", null, "PARMO KING THORNABY", "-9.00", "restaurants"],
  ]);
});

describe("the Department for Work and Pensions pays benefits as well as pensions", () => {
  itCategorizes([
    ["Faster payment", "DEPT FOR WORK AND PENSIONS", "UNIVERSAL CREDIT AB123456C", "712.40", "income_other"],
    [null, null, "CR DWP PIP MARCH AB123456C", "380.00", "income_other"],
    [null, null, "CR DEPT FOR WORK AND PENSIONS ESA AB123456C", "450.00", "income_other"],
  ]);
  describe("but its state pension and any pension fund stay pay", () => {
    itCategorizes([
      ["Faster payment", "DEPT FOR WORK AND PENSIONS", "STATE PENSION AB123456C", "880.00", "salary"],
      [null, null, "CR DEPT FOR WORK AND PENSIONS SP AB123456C", "880.00", "salary"],
      [null, null, "CR TEACHERS PENSIONS MARCH", "1200.00", "salary"],
    ]);
  });
});

describe("a citizens' park, office or association (Bürger-, folded 'burger') is no burger bar", () => {
  itCategorizes([
    ["Kartenzahlung", "KIOSK IM BUERGERPARK", "KIOSK IM BUERGERPARK//BREMEN/DE", "-4.20", "groceries"],
  ]);
  it("names no restaurant in a citizens' association's dues", () => {
    expect(categoryOf("Überweisung", "Buergerverein Oststadt e.V.", "Mitgliedsbeitrag 2026", "-24.00")).not.toBe("restaurants");
  });
  describe("but burger bars keep their kind", () => {
    itCategorizes([
      [null, null, "SUMUP *BURGERLADEN MITTE", "-12.40", "restaurants"],
      ["Kartenzahlung", "BURGERMEISTER SCHLESISCHES TOR", "BURGERMEISTER SCHLESISCHES TOR//BERLIN/DE", "-9.80", "restaurants"],
    ]);
  });
});
