// The trades of people who cook and eat well, enumerated by trade: farm estates, wine estates and merchants, market
// stalls, fish and cheese shops, veg boxes and meal kits, supper clubs and food halls, ice-cream parlours, cookware,
// knife and cookbook shops, cookery schools. Each business is made up; each rule has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("farm estates, wine estates and merchants, stalls, fish and cheese shops sell food", () => {
  itCategorizes([
    ["Kartenzahlung", "HOFGUT LINDENAU", "HOFGUT LINDENAU/HAUPTSTR. 4/ULM/DE 01-05-2026T10:00:00 Folgenr. 01 Verfalld. 1229", "-24.10", "groceries"],
    ["Ausgang", "LANDESWEINGUT ELBTAL VDresden      DE", "2026-04-02 Debitk.99 VISA Debit", "-31.00", "groceries"],
    ["OUT", "STADTWEINHANDLUNG KORBACH - Kassel", "Card transaction of 45.00 EUR issued by STADTWEINHANDLUNG KORBACH", "-45.00", "groceries"],
    [null, null, "BEA   NR:XXX111   16.06.25/15.26 LANDWINKEL DE HOEVE Zwolle,PAS111", "-18.40", "groceries"],
    ["Betaalautomaat", "SumUp *Groentekraam Veenstra 1234", "Pasvolgnr: 001 06-01-2026 11:50 Transactie: 000001 Term: AB111C", "-12.30", "groceries"],
    [null, "NATUURVOEDING HET KLAVER", "NATUURVOEDING HET KLAVER Leiden, NL", "-22.00", "groceries"],
    [null, null, "VIS SUMUP *HARBOURSIDE SHELLFISH PLYMOUTH", "-27.50", "groceries"],
    ["Card payment", null, "QUAYSIDE FISH CO WHITBY        GBR", "-31.20", "groceries"],
    ["Card payment", null, "ZTL*MILLBROOK FARM CHEES  YORK    GBR", "-14.80", "groceries"],
    ["DEBIT_CARD", null, "SQ *BLUE RIDGE CIDERY ASHEVILLE NC", "-26.00", "groceries"],
    [null, null, "))) SQ *HOLLOW LANE VEG LEEDS", "-8.00", "groceries"],
  ]);
  describe("but a fish supper, a wine bar and a farm's campsite keep theirs", () => {
    itCategorizes([
      [null, null, "VIS HARBOUR FISH AND CHIPS WHITBY", "-12.00", "restaurants"],
      ["Kartenzahlung", "WEINBAR AM DOM", "WEINBAR AM DOM/DOMPLATZ 1/KOELN/DE 01-05-2026T20:00:00 Folgenr. 01 Verfalld. 1229", "-38.00", "restaurants"],
      [null, null, "TREFALEN FARM CAMPSITE HAVERFORDWEST", "-40.00", "travel"],
    ]);
  });
});

describe("veg boxes, fruit baskets, meal kits and wine clubs are food, though bought by subscription", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Grünkorb GmbH", "Bio-Gemuesebox Abo Lieferung KW 06 Kd 1234", "-29.90", "groceries"],
    [null, null, "PRLV SEPA JARDIN DU COIN ABONNEMENT PANIER JUNE", "-22.00", "groceries"],
    [null, null, "VIR SEPA JARDIN DU COIN PANIER FRUITS LEGUMES SEMAINE 04", "-22.00", "groceries"],
    [null, "Kelderwijn Wijnclub", "Wijnclub doos MAART 2026 lid 1234", "-55.00", "groceries"],
    [null, null, "DIRECT DEBIT FRESHFORK MEAL KIT WEEKLY", "-49.00", "groceries"],
  ]);
  describe("but a magazine's subscription and a sports club keep theirs", () => {
    itCategorizes([
      [null, "Gartenfreund Verlag GmbH", "Zeitschrift Abo 2026", "-39.00", "subscriptions"],
      [null, null, "DD EVERTON FOOTBALL CLUB EFC ST DD 4471203", "-90.00", "entertainment"],
    ]);
  });
});

describe("supper clubs, food halls and ice-cream parlours serve meals", () => {
  itCategorizes([
    ["PayPal Express-Zahlung", "TISCHLEIN SUPPERCLUB", "Handyzahlung", "-48.00", "restaurants"],
    [null, null, "PURCHASE AUTHORIZED ON 09/06 UNION STATION FOOD HALL DENVER CO S000000000000001 CARD 1610", "-21.00", "restaurants"],
    ["Betaalautomaat", "FOODHAL DE KADE 1234", "Pasvolgnr: 001 07-04-2025 11:09 Transactie: 000002 Term: AB222C", "-19.00", "restaurants"],
    ["Kartenzahlung girocard", "GENUSSHALLE AM HAFEN", "KIEL 854/HAUPTSTR. 78/KIEL/DE 04.02.2026 um 12:08:08 Uhr 00708635/630274/ECTL/", "-26.00", "restaurants"],
    [null, null, "CARTE 08/02/26 HALLES GOURMANDES DE LA GARE CB*1403", "-31.00", "restaurants"],
    ["Debit", null, "SQ *SANDY COVE ICES 1234   ON 07 OCT          CPM", "-6.50", "restaurants"],
  ]);
});

describe("cookware, knife and cookbook shops sell goods; cookery schools teach", () => {
  itCategorizes([
    ["Lastschrift", "VISA BRANDT HAUSHALTWARE 2965", "NR XXXX 4874 LEIPZIG DE KAUFUMSATZ 04.06 99.00 537487", "-99.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 DE PAN KOOKWINKEL Haarlem,PAS299", "-44.00", "shopping"],
    ["OUT", "Kochbuchladen am Rathaus - Leipzig", "Card transaction of 27.44 EUR issued by Kochbuchladen am Rathaus", "-27.44", "shopping"],
    ["DEBIT_CARD", null, "SP * MAPLEHILLCOOKBOOKS #1151 PORTLAND OR", "-32.00", "shopping"],
    ["Debit", null, "SP * OSAKAKNIFECO ON 11 FEB          BCC", "-180.00", "shopping"],
    ["Debit", null, "SUMUP *TEME VALLEY KNIFE ON 21 APR          BCC", "-15.00", "shopping"],
    ["Debit", null, "SQ *HILLTOP COOKERY 8200   ON 28 AUG          CPM", "-85.00", "education"],
    ["Lastschrift", null, "Kartenzahlung GRILLSCHULE GLUTNEST. 86270239//Kassel 2025-11-04T11:22:49 KFN 1 VJ 2812", "-120.00", "education"],
    ["Lastschrift", null, "Kartenzahlung BBQ-SCHULE GLUTNEST. 86270239//Kassel 2025-11-04T11:22:49 KFN 1 VJ 2812", "-120.00", "education"],
  ]);
  describe("but a restaurant named for its knife and fork, or its kitchen, keeps its meals", () => {
    itCategorizes([
      [null, null, "VIS KNIFE AND FORK BRIGHTON", "-42.00", "restaurants"],
      ["Card payment", null, "SQ *BBQ SMOKEHOUSE LEEDS       GBR", "-24.00", "restaurants"],
      [null, null, "VIS THE OLD KITCHEN BATH", "-30.00", "restaurants"],
    ]);
  });
});
