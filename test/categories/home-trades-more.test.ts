// More of the home's trades by their own words (home-trades.ts, shop-kinds-more.ts, mcc.ts): reclamation and demolition
// materials, timber importers, wallpaper studios, heating-and-air fitters joined by "&", woodworks, lighting advisers,
// hire firms, wood pellets and a leased roof's solar. Shapes from pool 67; the rest made up.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { itCategorizes } from "./trade-cases.ts";

describe("salvage, reclamation and demolition materials are bought like a builders' merchant's", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Betaalautomaat", "SLOOPMATERIALEN HANTUM 1614", "Pasvolgnr: 001 14-03-2025 12:44 Transactie: 580648 Term: AB827C", "-236.38", "shopping"],
    ["DEBIT_CARD", null, "PEOSTA SALVAGE & RECLAIM SEATTLE TX", "-136.89", "shopping"],
    [null, null, "CHECKCARD 0223 SQ *PEOSTA SALVAGE BROOKLYN CA 87781451917420753536250", "-177.63", "shopping"],
    ["Card payment", null, "ALDER SALVAGE YARD STROUD", "-60.00", "shopping"],
    ["Betaalautomaat", "Sloophout Friesland 22", "Pasvolgnr: 001", "-60.00", "shopping"],
    ["Card payment", null, "RECLAIMED BRICKS CO", "-300.00", "shopping"],
  ]);
});

describe("timber importers, wallpaper studios, woodworks, lighting advisers and hire firms are the home's shops", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Betaalautomaat", "Houtimport Bommelerwaard B.V. 8577", "Pasvolgnr: 001 07-07-2026 21:07 Transactie: 372693 Term: AB564C", "-243.52", "shopping"],
    ["Ausgang", "SUMUP *TAPETENSTUDIO FINKENH/LEIPZIG//DE", "2025-03-10T17:25 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-76.89", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 05/04 FOUR MOUNDS WOODWORKS AUSTIN MD S078068630670597 CARD 9093", "-72.96", "shopping"],
    ["Kartenzahlung girocard", "PREDIGER LICHTBERATER", "HAMBURG 026/HAUPTSTR. 42/HAMBURG/DE 09.06.2025 um 07:50:39 Uhr 90630687/490797/ECTL/", "-71.73", "shopping"],
    ["Card payment", null, "GAP HIRE SOLUTIONS DUMFRILONDON        GBR", "-84.29", "shopping"],
    ["Kartenzahlung", "Tapetenhaus Krüger", null, "-45.00", "shopping"],
    ["DEBIT_CARD", null, "SQ *BIRCHWOOD WOODWORKS", "-220.00", "shopping"],
    ["Card payment", null, "SPEEDY HIRE SOLUTIONS LEEDS", "-95.00", "shopping"],
  ]);
});

describe("a heating-and-air fitter joined by '&' is a tradesman", () => {
  itCategorizes([
    // Pool 67's shape.
    [null, null, "CHECKCARD 0830 MONOCACY HEATING & AIR AUSTIN CA 34145763075401005804247", "-34.90", "shopping"],
    ["DEBIT_CARD", null, "KERRIGAN HEATING & AIR LLC", "-180.00", "shopping"],
    ["DEBIT_CARD", null, "KERRIGAN HEATING AND COOLING", "-180.00", "shopping"],
    ["DEBIT_CARD", null, "SQ *PRAIRIE HEATING AND AIR", "-120.00", "shopping"],
  ]);
});

describe("wood pellets and a leased roof's solar heat and power the home", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Kartenzahlung", "Pellets Harzvorland ", "PELLETS HARZVORLAND/HAUPTSTR. 89/BERLIN/DE 17-03-2025T08:29:06 Folgenr. 04 Verfalld. 1229", "-38.41", "utilities"],
    [null, null, "SUNRUN DES:SUNRUN DES:SOLAR LEASE ID:670441 ID:XXXXX79941741 INDN:JANE DOE CO ID:XXXXX46478 WEB", "-97.46", "utilities"],
    [null, null, "SOLARCITY SOLAR LEASE PMT", "-110.00", "utilities"],
    ["Basislastschrift", "Pellethandel Nord GmbH", "Lieferung 4 t Rechnung 2026-11", "-1200.00", "utilities"],
  ]);
});

describe("a car's salvage yard sells the car's parts (fuel, as parts are), not the home's", () => {
  itCategorizes([
    ["DEBIT_CARD", null, "JOES AUTO SALVAGE DALLAS TX", "-80.00", "fuel"],
    ["Card payment", null, "PENNINE CAR SALVAGE HALIFAX", "-45.00", "fuel"],
  ]);
});

describe("a filling station its card field shortens to STN", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Debit", null, "LINCLUDEN FILLING STN 1301   ON 22 AUG          BCC", "-50.27", "fuel"],
    [null, null, "))) LINCLUDEN FILLING STN GLASGOW", "-76.07", "fuel"],
    ["Card payment", null, "ABBEY FILLING STN PERTH GBR", "-40.00", "fuel"],
  ]);
});

describe("must not move: a stove that burns pellets, solar panels bought", () => {
  itCategorizes([
    ["Kartenzahlung", "Pelletkachel Centrum", null, "-900.00", "shopping"],
    ["Kartenzahlung", "Holzpellets Meier", null, "-300.00", "utilities"],
    ["Faster Payment", null, "SUNSHINE SOLAR PANELS LTD INV 22", "-4000.00", "shopping"],
  ]);
});

describe("equipment, tool and skip rental by its card code (MCC 7394) is hired for the works", () => {
  it("files a rental firm with no trade word by its MCC", () => {
    expect(categorize({ amount: "-179.75", description: "KERPER BLVD RENTAL DUBUQUSEATTLE        NY", merchant: "Kerper Blvd Rental", mcc: "7394" }, { rules: [] }).categoryKey).toBe("shopping");
    expect(categorize({ amount: "-60.00", description: "ACME RENTALS", merchant: "Acme Rentals", mcc: "7394" }, { rules: [] }).categoryKey).toBe("shopping");
  });
});
