// Trades of country households that the first rural list (rural-trades.test.ts) did not name, as pool 71's rows print
// them: a rural electric co-operative's ACH ("DES:ELEC PMT"), fixed-wireless and satellite internet, wood fuel merchants,
// chimney sweeps, hatcheries, farm-machinery dealers and an agricultural "comptoir", bulk-food and fresh-food vans, an
// ice-cream farm, ski clubs, shooting guilds, show societies and fair associations, a French hunting season's dues, the
// service clubs of small towns, a state's natural-resources department, a fare and a community car scheme, a
// smallholding's policy and an American "drug" store. Each business is made up; each rule has rows beside it that must
// not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a rural electric co-operative's payment and fixed-wireless internet are utilities", () => {
  itCategorizes([
    ["ACH_DEBIT", null, "ORIG CO NAME:PRAIRIE LAKES REC CO ENTRY DESCR:PRAIRIE LA DES:ELEC PMT ID:2231 SEC:WEB", "-121.40", "utilities"],
    [null, null, "RIVERLAND REC RIVERLAND REC DES:ELEC PYMT ID:55123", "-96.10", "utilities"],
    [null, null, "DAIRYLAND ELECTRIC COOPERATIVE AUTOPAY", "-140.00", "utilities"],
    [null, null, "COULEE TOWERS WIRELESS COULEE TOWERS AUTOPAY MAY", "-69.99", "utilities"],
    ["Faster Payment", "HILLTOP FIXED WIRELESS LTD", "BROADBAND JUNE", "-35.00", "utilities"],
    ["Debit", null, "MARCHES WOOD FUELS LTD ON 12 OCT BCC", "-210.00", "utilities"],
    [null, null, "SQ *VALLEY BIOMASS FUEL", "-180.00", "utilities"],
  ]);
  // Guards: electronics and a phone shop stay shops; a filling station's fuel stays fuel.
  itCategorizes([
    [null, null, "BEST ELECTRONICS OUTLET", "-49.00", "shopping"],
    [null, null, "WIRELESS ACCESSORIES STORE", "-19.99", "shopping"],
    ["Card payment", null, "SHELL FUEL OXFORD", "-62.00", "fuel"],
  ]);
});

describe("chimney sweeps, hatcheries, farm machinery and agricultural counters are shopping", () => {
  itCategorizes([
    ["Card payment", null, "KNOTT END SWEEPS GLASGOW GBR", "-85.00", "shopping"],
    [null, null, "CHECKCARD 0312 SQ *PRAIRIE CHIMNEY SWE AUSTIN CA", "-120.00", "shopping"],
    [null, null, "CHECKCARD 0412 MEADOWBROOK HATCHERY AUSTIN CA", "-64.00", "shopping"],
    [null, null, "BEA NR:XXX011 09.04.26/13.03 KLEIN MECHANISATIE B.V. Zwolle,PAS001", "-310.00", "shopping"],
    [null, null, "CARTE 06/08/26 CB COMPTOIR AGRICOLE DU CANTAL CB*1111", "-48.00", "shopping"],
    ["Kartenzahlung", "LANDMODEHAUS BRAUN", "LANDMODEHAUS BRAUN//FULDA/DE", "-89.00", "shopping"],
  ]);
  // Guards: a bar's "comptoir" stays a bar; a fashion house stays a shop; a sweepstake's charity stays a donation.
  itCategorizes([
    [null, null, "CB LE COMPTOIR DU MARCHE 12/03", "-24.00", "restaurants"],
    ["Kartenzahlung", "MODEHAUS KRAUSE", "MODEHAUS KRAUSE//FULDA/DE", "-59.00", "shopping"],
  ]);
});

describe("bulk-food stores, fresh-food vans and an ice-cream farm are food", () => {
  itCategorizes([
    ["Card payment", null, "RED KITE FOODS RHAYADER BRISTOL GBR", "-18.20", "groceries"],
    [null, null, "PURCHASE AUTHORIZED ON 04/23 SUNNY HOLLOW BULK FOODS NEW YORK MD S489310139837851 CARD 9057", "-61.00", "groceries"],
    ["OUT", "SUMUP *FRISCHDIENST KOHL - Koeln", "Card transaction of 24.04 EUR issued by SUMUP *FRISCHDIENST KOHL", "-24.04", "groceries"],
    ["Card payment", null, "Y CEFFYL DU LLANDRILLO LEEDS         GBR", "-28.40", "restaurants"],
    ["Card payment", null, "Y BEDOL", "-19.00", "restaurants"],
    ["Betaalautomaat", "CCV*IJSBOERDERIJ DE HOEVE 0276", "Pasvolgnr: 001 03-01-2025 13:01 Transactie: 224917 Term: AB790C", "-13.50", "restaurants"],
  ]);
  // Guards: a Welsh shop's name that starts with the article but no inn's sign is no pub; a Dutch farm's milk tap in a village whose name starts like a hair salon's word stays the farm's.
  itCategorizes([
    ["Card payment", null, "Y SIOP FACH ABERAERON", "-12.00", "other"],
    [null, null, "BEA NR:XXX963 15.03.26/13.36 MELKTAP TEN HAVE HAARLO Utrecht,PAS348", "-6.00", "groceries"],
    [null, null, "BEA NR:XXX963 15.03.26/13.36 HAARSALON MARIJKE Utrecht,PAS348", "-26.00", "drugstore"],
    [null, null, "BEA NR:XXX963 15.03.26/13.36 HAARWERK Utrecht,PAS348", "-26.00", "drugstore"],
  ]);
});

describe("ski clubs, shooting guilds, shows and fairs and a hunting season are leisure; service clubs take gifts", () => {
  itCategorizes([
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 05/15 BLUFFTOP SKI CLUB BROOKLYN FL S920244286974512 CARD 3595", "-20.00", "entertainment"],
    ["DEBIT_CARD", null, "HIDDEN COULEE SKI JUMP TIX #3941 AUSTIN WA", "-15.00", "entertainment"],
    [null, "SCHUTTERIJ ST MARTINUS", "SCHUTTERIJ ST MARTINUS Rotterdam, NL", "-25.00", "entertainment"],
    ["Card payment", null, "PRESTEIGNE SHOW SOCIETY MANCHESTER GBR", "-12.00", "entertainment"],
    ["DEBIT_CARD", null, "CRAWFORD CO FAIR ASSN TICKETS SEATTLE TX", "-30.00", "entertainment"],
    [null, null, "VIR SEPA ACCA DE RIOM COTISATION SAISON DE CHASSE 2026", "-60.00", "entertainment"],
    ["DEBIT_CARD", null, "SQ *LA FARGE LIONS CLUB #4530 NEW YORK CA", "-20.00", "donations"],
    [null, null, "SQ *DECORAH ROTARY CLUB", "-25.00", "donations"],
  ]);
  // Guards: a ski shop stays a shop; a fair's word in a person's name stays theirs.
  itCategorizes([
    [null, null, "ALPINE SKI SHOP DENVER", "-150.00", "shopping"],
  ]);
});

describe("a natural-resources department's licence is a tax; a fare and a community car scheme are transport", () => {
  itCategorizes([
    [null, null, "PURCHASE AUTHORIZED ON 01/23 MINNESOTA DNR LICENSE CENTER AUSTIN FL S864850947753464 CARD 0060", "-25.00", "taxes"],
    [null, null, "IOWA DEPT OF NATURAL RESOURCES", "-32.00", "taxes"],
    ["DEBIT_CARD", null, "OLSON AUTO SVC VIROQUA #1151 NEW YORK CA", "-64.00", "fuel"],
    ["Lastschrift", "VISA AST WETTERAU FAHRGELD 4658", "NR XXXX 6348 LEIPZIG DE KAUFUMSATZ 31.08 8.60", "-8.60", "transport"],
    ["PAYMENT", null, "TEME VALLEY COMMUNITY CAR TVCC MILEAGE JULY STO", "-18.00", "transport"],
    [null, null, "))) LUDLOW TRANSPORT TRUST BRISTOL", "-3.55", "transport"],
  ]);
  // Guards: a car dealer stays a car's cost; a pet food shop stays a shop.
  itCategorizes([
    [null, null, "SQ *HAPPY PAWS PET FOODS", "-31.00", "shopping"],
    ["Kartenzahlung", "AUTOHAUS MEIER", "AUTOHAUS MEIER//FULDA/DE", "-300.00", "fuel"],
  ]);
});

describe("a smallholding's policy is insurance; an American drug store is health", () => {
  itCategorizes([
    [null, null, "DD NFU MUTUAL SMALLHOLDING POLICY 7104", "-40.00", "insurance"],
    [null, null, "DD HARVEY AND CO FARM POLICY 2231", "-62.00", "insurance"],
    [null, null, "PURCHASE AUTHORIZED ON 10/04 VIOLA DRUG & GIFT AUSTIN CA S451117432663908 CARD 8491", "-12.00", "health"],
    [null, null, "CHECKCARD 0218 HOMETOWN DRUG DECORAH", "-18.00", "health"],
  ]);
  // Guards: a farm shop stays the farm's; a drugstore chain's Drogerie stays a drugstore.
  itCategorizes([
    [null, null, "SQ *HOLLY FARM SHOP", "-22.00", "groceries"],
    ["Kartenzahlung", "DROGERIE MUELLER", "DROGERIE MUELLER//FULDA/DE", "-9.00", "drugstore"],
  ]);
});
