// The trades of eating and drinking out and of places to stay, enumerated by trade: inns, taverns and their German
// compounds, restaurants cut by the card field, takeaways and snack bars, cafés and ice-cream parlours, caterers,
// bakeries by their cut words, and hotels, guesthouses, holiday flats and hostels. Each business is made up; each rule
// has a row beside it that must not move.
import { describe, expect, it } from "vitest";
import { categoryOf, itCategorizes } from "./trade-cases.ts";

describe("inns and taverns by their German, Austrian and Swiss words serve meals and drinks", () => {
  itCategorizes([
    ["Kartenzahlung", "GASTH. ZUR SONNE", "GASTH. ZUR SONNE/DORFSTR. 3/ILLERTISSEN/DE 01-05-2026T19:40:00 Folgenr. 01 Verfalld. 1229", "-46.80", "restaurants"],
    ["Kartenzahlung girocard", "GASTST ZUR LINDE INH M K", "GASTST ZUR LINDE//HALLE/DE 04.02.2026 um 20:08:08 Uhr 00708635/630274/ECTL/", "-38.50", "restaurants"],
    [null, null, "SUMUP *DORFGASTHAUS WEIHER", "-29.00", "restaurants"],
    ["Lastschrift", "VISA KIRCHENWIRT AIGEN", "NR XXXX 4874 SALZBURG AT KAUFUMSATZ 04.06 52.00 537487", "-52.00", "restaurants"],
    ["Kartenzahlung", "WIRTSH. AM SEE", "WIRTSH. AM SEE/SEESTR. 1/TEGERNSEE/DE 01-05-2026T13:10:00 Folgenr. 02 Verfalld. 1229", "-33.40", "restaurants"],
    [null, null, "ZTL*DORFSCHENKE LUTTEN", "-24.60", "restaurants"],
    [null, null, "SUMUP *HEIDEKRUG OBERHAVEL", "-41.20", "restaurants"],
    ["Kartenzahlung", "BIERSTUBERL AM ECK", "BIERSTUBERL AM ECK//PASSAU/DE 12.03.2026", "-17.80", "restaurants"],
    [null, null, "SUMUP *WEINSTUBCHEN MOSELBLICK", "-36.00", "restaurants"],
    ["Kartenzahlung", "KLOSTERKELLER ST. PETER", "KLOSTERKELLER ST. PETER//SALZBURG/AT 02.06.2026", "-64.00", "restaurants"],
    [null, null, "ZTL*BIERBAR HOPFENLIEBE", "-12.40", "restaurants"],
    [null, null, "SUMUP *JAUSENSTATION WALDRAST", "-18.90", "restaurants"],
    ["Kartenzahlung", "BEIZLI ZUM STERNEN", "BEIZLI ZUM STERNEN//BERN/CH 02.06.2026", "-27.00", "restaurants"],
    [null, null, "SUMUP *BEIM GRIECHEN OLYMPIA", "-44.00", "restaurants"],
    [null, null, "SUMUP *BEI TONI", "-21.50", "restaurants"],
    ["Kartenzahlung", "SCHNELLRESTAURA ISTANB", "SCHNELLRESTAURA ISTANB//DORTMUND/DE 12.03.2026", "-9.50", "restaurants"],
    [null, null, "SUMUP *EISMANUFAKTUR KALT", "-6.40", "restaurants"],
    [null, null, "ZTL*EISSALON CORTINA", "-7.20", "restaurants"],
    [null, null, "SUMUP *STEAKHAUS TEXAS", "-58.00", "restaurants"],
    ["Kartenzahlung", "BRAUEREIAUSSCHANK HOPF", "BRAUEREIAUSSCHANK HOPF//MIESBACH/DE 12.03.2026", "-23.00", "restaurants"],
  ]);
  describe("but a guest student, a business economist, a gift shop and a polar bear keep theirs", () => {
    itCategorizes([
      [null, null, "SUMUP *GESCHENKE UND WOHNIDEEN", "-15.00", "shopping"],
      ["Kartenzahlung", "GASTHOF HOTEL ADLER", "GASTHOF HOTEL ADLER//ULM/DE 12.03.2026", "-150.00", "travel"],
    ]);
    it("names no restaurant in an adviser's title or a pharmacy's bear", () => {
      expect(categoryOf("Überweisung", "Universität Hamburg", "Gasthörergebühr Sommersemester 2026", "-100.00")).not.toBe("restaurants");
      expect(categoryOf("Lastschrift", "Steuerbuero Meier Dipl. Betriebswirt", "Rechnung Nr 2026-114 Jahresabschluss", "-480.00")).not.toBe("restaurants");
      expect(categoryOf(null, null, "EISBAER APOTHEKE BREMEN", "-12.00")).toBe("health");
      expect(categoryOf(null, "KRUG ELEKTROTECHNIK GMBH", "Rechnung 4411", "-230.00")).not.toBe("restaurants");
    });
  });
});

describe("restaurants cut by the card field, in every language, are meals out", () => {
  itCategorizes([
    ["Card payment", null, "RISTORANT DA VINCI KOELN", "-48.00", "restaurants"],
    [null, null, "CARTE 12/03/26 PIZZERI DA MARIO CB*1403", "-23.00", "restaurants"],
    [null, null, "CB BRASSERI DU MARCHE 12/03", "-31.00", "restaurants"],
    [null, null, "CARTE 08/02/26 RESTAU LE GRAND CERF CB*1403", "-42.00", "restaurants"],
    [null, null, "CB RESTO DES HALLES 12/03", "-19.00", "restaurants"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 09/06 BLUE MOON RSTRNT DENVER CO S000000000000001 CARD 1610", "-36.00", "restaurants"],
    ["Betaalautomaat", "OSTERI DEL BORGO 1234", "Pasvolgnr: 001 07-04-2025 19:09 Transactie: 000002 Term: AB222C", "-61.00", "restaurants"],
    [null, null, "TRATTORI DA LUIGI ROMA", "-55.00", "restaurants"],
    [null, null, "SUMUP *DA GIOVANNI", "-32.00", "restaurants"],
    [null, null, "CB RELAIS DU LAC 12/03", "-27.00", "restaurants"],
    [null, null, "CB FERME AUBERGE DU MOULIN 12/03", "-38.00", "restaurants"],
    [null, null, "CARTE 08/02/26 AUBERGE DE JEUNESSE HI CB*1403", "-26.00", "travel"],
  ]);
  describe("but the winter charity, a parcel point and a furniture restorer keep theirs", () => {
    itCategorizes([
      [null, null, "PRLV SEPA LES RESTOS DU COEUR DON MENSUEL", "-15.00", "donations"],
    ]);
    it("reads no restaurant into a parcel point, a restorer or a town called Bar", () => {
      expect(categoryOf(null, null, "CB RELAIS COLIS 12/03", "-4.90")).not.toBe("restaurants");
      expect(categoryOf(null, "Moebelrestaurierung Klein", "Rechnung 2026-04 Kommode", "-320.00")).not.toBe("restaurants");
      expect(categoryOf(null, null, "CB PHARMACIE DU CENTRE BAR LE DUC 12/03", "-14.20")).toBe("health");
      expect(categoryOf(null, null, "KLINIKUM WASSERBURG AM INN", "-10.00")).toBe("health");
    });
  });
});

describe("takeaways, snack bars, cafés and caterers of every kind are meals out", () => {
  itCategorizes([
    [null, null, "))) SQ *PERI PERI HUT LEEDS", "-11.50", "restaurants"],
    ["Card payment", null, "CAPTAINS FISH N CHIP SHOP", "-9.20", "restaurants"],
    [null, null, "VIS SUMUP *HARBOUR LOBSTER SHACK", "-24.00", "restaurants"],
    ["DEBIT_CARD", null, "SQ *HOG ROAST CO 1234", "-120.00", "restaurants"],
    [null, null, "SQ *THE OLD SCHOOL FREE HOUSE", "-26.00", "restaurants"],
    ["Debit", null, "SQ *HILLTOP CHIP VAN   ON 07 OCT          CPM", "-8.50", "restaurants"],
    [null, null, "TST* YAKITORI KOU", "-34.00", "restaurants"],
    [null, null, "SQ *TEX MEX CORNER", "-19.00", "restaurants"],
    [null, null, "SQ *BOMBAY TIFFIN BOX", "-13.00", "restaurants"],
    [null, null, "SQ *SEOUL BIBIMBAP", "-15.00", "restaurants"],
    [null, null, "ZETTLE_*CHURRASQUEIRA GALO", "-21.00", "restaurants"],
    [null, null, "BEA   NR:XXX111   16.06.25/15.26 SNACKHUIS DE BRUG Zwolle,PAS111", "-8.40", "restaurants"],
    [null, null, "BEA   NR:XXX112   16.06.25/15.26 FRIETKOT ANTWERPEN,PAS111", "-6.80", "restaurants"],
    ["Betaalautomaat", "PANNEKOEKHUIS DE MOLEN", "Pasvolgnr: 001 06-01-2026 12:50 Transactie: 000001 Term: AB111C", "-32.30", "restaurants"],
    [null, null, "BEA   NR:XXX113   16.06.25/15.26 IJSWINKEL DE HOORN Hoorn,PAS111", "-5.50", "restaurants"],
    [null, null, "BEA   NR:XXX114   16.06.25/15.26 CATERINGBEDRIJF SMITS,PAS111", "-240.00", "restaurants"],
    [null, null, "CB ARTISAN GLACIER BERTHILLON 12/03", "-9.00", "restaurants"],
    [null, null, "CB CAVE A MANGER LES VIGNES 12/03", "-38.00", "restaurants"],
    [null, null, "ZETTLE_*SIDRERIA ZAPIAIN", "-44.00", "restaurants"],
    [null, null, "ZETTLE_*PSISTARIA O KOSTAS", "-29.00", "restaurants"],
    [null, null, "ZETTLE_*TAVOLA CALDA DA PINO", "-14.00", "restaurants"],
  ]);
  describe("but a sandwich town, a barbecue shop and a glacier keep theirs", () => {
    itCategorizes([
      [null, null, "SUMUP *GRILLFACHHANDEL NORD", "-399.00", "shopping"],
      [null, null, "SQ *BBQ SHOP ASHFORD", "-129.00", "shopping"],
    ]);
    it("reads no café into a glacier's park or a bar association's dues", () => {
      expect(categoryOf(null, null, "GLACIER NATIONAL PARK ENTRANCE WEST GLACIER MT", "-35.00")).not.toBe("restaurants");
      expect(categoryOf(null, null, "STATE BAR OF CALIFORNIA ANNUAL DUES", "-510.00")).not.toBe("restaurants");
    });
  });
});

describe("bakeries and patisseries, cut by the field, sell food", () => {
  itCategorizes([
    [null, null, "CB BOUL PATISS DU CENTRE 12/03", "-6.40", "groceries"],
    [null, null, "CARTE 08/02/26 BOULANGERI ST MARTIN CB*1403", "-4.10", "groceries"],
    ["Kartenzahlung", "BACKSHOP AM BAHNHOF", "BACKSHOP AM BAHNHOF//ULM/DE 12.03.2026", "-3.80", "groceries"],
    ["Kartenzahlung", "STADTBAECKERE", "STADTBAECKERE//JENA/DE 12.03.2026", "-5.20", "groceries"],
    [null, null, "ZETTLE_*PANETTERIA ROSSI", "-4.60", "groceries"],
  ]);
  describe("and a bakery with a café corner stays the bakery, as the dictionary's generic Bäckerei files it", () => {
    itCategorizes([["Kartenzahlung", "CAFE BACKEREI SCHMIDT", "CAFE BACKEREI SCHMIDT//ULM/DE 12.03.2026", "-9.80", "groceries"]]);
  });
});

describe("hotels, guesthouses, holiday flats and hostels are stays away", () => {
  itCategorizes([
    ["Kartenzahlung", "PENSION GARNI ALPENROSE", "PENSION GARNI ALPENROSE//OBERSTDORF/DE 12.03.2026", "-168.00", "travel"],
    [null, null, "SUMUP *FEWO SEEBLICK", "-540.00", "travel"],
    [null, null, "SUMUP *FERIENAPPARTEMENTS ALPIN", "-150.00", "travel"],
    [null, null, "SUMUP *MONTEURZIMMER KLEIN", "-210.00", "travel"],
    ["Lastschrift", "VISA FERIENWOHN. ALPENBLICK", "NR XXXX 4874 GARMISCH DE KAUFUMSATZ 04.06 420.00 537487", "-420.00", "travel"],
    [null, null, "SEAVIEW BED BREAKFAST WHITBY", "-95.00", "travel"],
    ["Card payment", null, "HARBOUR VIEW B AND B      ST IVES   GBR", "-110.00", "travel"],
    [null, null, "VIS LOCH NESS SELF CATERING", "-380.00", "travel"],
    [null, null, "CITYSTAY SERVICED APARTMENTS LONDON", "-240.00", "travel"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 09/06 PINE RIDGE MOTOR INN ESTES PARK CO S000000000000001 CARD 1610", "-129.00", "travel"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 09/06 LAKESIDE INN AND SUITES TAHOE CA S000000000000001 CARD 1610", "-189.00", "travel"],
    [null, null, "SQ *BEAR CREEK MOUNTAIN LODGE", "-210.00", "travel"],
    [null, null, "CB CHAMBRES D HOTES LA FERME 12/03", "-90.00", "travel"],
    [null, null, "CB HOSTELLERIE DU CHATEAU 12/03", "-145.00", "travel"],
    [null, null, "CB RESIDENCE DE TOURISME LES PINS 12/03", "-320.00", "travel"],
    [null, null, "BEA   NR:XXX115   16.06.25/15.26 VAKANTIEWONING DE DUIN,PAS111", "-450.00", "travel"],
    [null, "Recreatiepark De Wielen", "Verblijf 12-19 juli boeking 4471", "-690.00", "travel"],
    [null, null, "ZETTLE_*AFFITTACAMERE LA CORTE", "-85.00", "travel"],
    [null, null, "ZETTLE_*CASA VACANZE IL GELSO", "-300.00", "travel"],
    [null, null, "ZETTLE_*HOSPEDERIA EL CONVENTO", "-95.00", "travel"],
  ]);
  describe("but a Masonic lodge, a pension fund, a student hall and a flat's rent keep theirs", () => {
    it("reads no stay into a lodge's dues or a pension", () => {
      expect(categoryOf(null, "MASONIC LODGE NO 412", "ANNUAL SUBS 2026", "-90.00")).not.toBe("travel");
      expect(categoryOf("Lastschrift", "Pensionskasse der Mitarbeiter", "Beitrag 03/2026", "-120.00")).not.toBe("travel");
    });
    itCategorizes([
      [null, "Sunrise Apartments LLC", "RENT MARCH UNIT 4B", "-1450.00", "rent"],
    ]);
  });
});

describe("fast food, cuisines' houses and breweries in more languages, and more stays", () => {
  itCategorizes([
    [null, null, "CB FAST FOOD LE ROYAL 12/03", "-11.00", "restaurants"],
    ["Kartenzahlung", "GASTRONOMI MUELLER", "GASTRONOMI MUELLER//HALLE/DE 12.03.2026", "-24.00", "restaurants"],
    [null, null, "SUMUP *EISCAF VENEZIA", "-6.20", "restaurants"],
    [null, null, "SUMUP *SCHNITZELHAUS ZUR POST", "-31.00", "restaurants"],
    [null, null, "ZTL*MIKROBRAUEREI SCHMITT", "-18.00", "restaurants"],
    [null, null, "SUMUP *HOTDOG STAND", "-4.50", "restaurants"],
    [null, null, "SQ *DESSERT PARLOUR", "-9.00", "restaurants"],
    [null, null, "SQ *MAPLE POUTINERIE", "-12.00", "restaurants"],
    [null, null, "SQ *SAKURA HIBACHI GRILL", "-42.00", "restaurants"],
    [null, null, "ZETTLE_*ESTIATORIO MYKONOS", "-48.00", "restaurants"],
    [null, null, "ZETTLE_*CONFEITARIA NACIONAL", "-7.40", "restaurants"],
    [null, null, "ZETTLE_*FREIDURIA EL PESCAITO", "-16.00", "restaurants"],
    [null, null, "BEA   NR:XXX116   16.06.25/15.26 STADSBROUWERIJ DE HEMEL,PAS111", "-22.00", "restaurants"],
    [null, null, "SUMUP *CEVAPCICI GRILL", "-13.00", "restaurants"],
    [null, null, "ZETTLE_*PADARIA SAO ROQUE", "-3.90", "groceries"],
    [null, null, "SQ *THE LODGE AT VAIL", "-320.00", "travel"],
    [null, null, "BEA   NR:XXX117   16.06.25/15.26 KAMPEERTERREIN DE HOEVE,PAS111", "-64.00", "travel"],
    [null, null, "ZETTLE_*POUSADA DE OBIDOS", "-190.00", "travel"],
    [null, null, "SUMUP *NATURFREUNDEHAUS FELDBERG", "-58.00", "travel"],
    [null, null, "SQ *SMOKY MOUNTAIN CABIN RENTALS", "-450.00", "travel"],
  ]);
});
