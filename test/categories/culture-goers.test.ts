// Shapes from the culture lovers' and night-goers' statements (pool 68): a museum's shop sells goods, not entry; a
// bookshop named by its reading word; a concert or theatre season paid by instalments is the seats, not a magazine's
// subscription; jazz clubs, pop stages and art museums in the plural are venues; clothes care is a laundry's; a wine
// room is a bar. Made-up shops in the banks' shapes, each class with guards that keep their answer.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a museum's shop sells goods, whatever museum its name says", () => {
  itCategorizes([
    ["Lastschrift", null, "Kartenzahlung SUMUP *MUSEUMSSHOP AM WESTW. 25851342//Dresden 2025-06-14T08:43:55 KFN 1 VJ 2812", "-121.53", "shopping"],
    ["Betaalautomaat", "CCV*MUSEUMWINKEL LICHTH 0568", "Pasvolgnr: 001 29-06-2025 21:36 Transactie: 653506 Term: AB671C", "-8.90", "shopping"],
    ["Kartenzahlung", "MUSEUMSLADEN KUNSTHALLE", null, "-23.40", "shopping"],
    ["Card payment", null, "WHITWORTH MUSEUM SHOP   MANCHESTER    GBR", "-18.00", "shopping"],
    [null, null, "CARTE 12/03/25 BOUTIQUE DU MUSEE MATISSE CB*1234", "-31.00", "shopping"],
    ["Betaalautomaat", "MUSEUMSHOP DE LAKENHAL 4410", null, "-12.50", "shopping"],
  ]);
  describe("but a museum's door stays entertainment", () => {
    itCategorizes([
      ["Kartenzahlung", "LITERATURMUSEUM BAUMBACHH", null, "-38.84", "entertainment"],
      ["Card payment", null, "WHITWORTH MUSEUM        MANCHESTER    GBR", "-18.00", "entertainment"],
      ["Betaalautomaat", "MUSEUM DE LAKENHAL 4410", null, "-12.50", "entertainment"],
    ]);
  });
});

describe("a bookshop named by its reading word, a book room, an art lending library", () => {
  itCategorizes([
    ["OUT", "LESEINSEL AM SCHLOSSPLATZ - Muenchen", "Card transaction of 186.58 EUR issued by LESEINSEL AM SCHLOSSPLATZ", "-186.58", "shopping"],
    ["Debit", null, "SQ *HEPTONSTALL BOOKRO ON 15 SEP          BCC", "-207.03", "shopping"],
    ["Betaalautomaat", "KUNSTUITLEEN RIJSWIJK 4184", null, "-119.72", "shopping"],
    ["Kartenzahlung", "LESEZEICHEN BUCH UND SPIEL", null, "-24.90", "shopping"],
    ["Kartenzahlung", "LESELUST WANGEN", null, "-16.00", "shopping"],
    ["Card payment", null, "THE OLD BOOKROOM        HAY ON WYE    GBR", "-9.50", "shopping"],
    ["Kartenzahlung", "ARTOTHEK BONN", null, "-40.00", "shopping"],
  ]);
  describe("but a library's reading room and fees stay education", () => {
    itCategorizes([
      ["Kartenzahlung", "STADTBUECHEREI LESESAAL", null, "-2.00", "education"],
      ["Card payment", null, "KENT COUNTY LIBRARY     MAIDSTONE     GBR", "-3.00", "education"],
    ]);
  });
});

describe("a concert or theatre season by instalments is the seats, not a subscription", () => {
  itCategorizes([
    ["SEPA Lastschrift", "Konzertring Niederrhein e.V.", "Konzertabo Rate April 2025 Mitgl.-Nr. 6822", "-43.20", "entertainment"],
    ["SEPA Überweisung", "Konzertring Niederrhein e.V.", "Abo-Rate Konzertsaison 2026 Rate 08 Mitgl. 6822", "-34.84", "entertainment"],
    [null, "Stichting Kamermuziek Naarden", "/TRTP/SEPA OVERBOEKING/IBAN/NL00592788824212683013/BIC/ABNANL2A/NAME/Stichting Kamermuziek Naarden/REMI/Abonnement kamermuziekserie JUNE 2025/EREF/NOTPROVIDED", "-26.60", "entertainment"],
    [null, null, "BALTIMORE CENTER STAGE BCS SEASON SUBSCRIPTION INSTALLMENT 11", "-40.53", "entertainment"],
    ["Lastschrift", "Theatergemeinde Bonn e.V.", "Theaterabo Rate 3/10", "-28.00", "entertainment"],
    ["SEPA Lastschrift", "Buehnen Halle Kartenbuero", "Opernabo 2. Rate Spielzeit 2025/26", "-62.00", "entertainment"],
    [null, "Stichting Concertserie Zeist", "Abonnement concertserie 2025-2026 termijn 2", "-45.00", "entertainment"],
  ]);
  describe("but a magazine's, a streaming service's or a transit pass's subscription keeps its answer", () => {
    itCategorizes([
      ["SEPA Lastschrift", "Zeitverlag Gerd Bucerius", "Abo DIE ZEIT Rate April", "-25.00", "subscriptions"],
      [null, null, "STRIPE*PATREON SUBSCRIPTION", "-5.00", "subscriptions"],
      ["SEPA Lastschrift", "Verkehrsbetriebe Lindenau", "Jahresabo Rate 4", "-58.00", "transport"],
    ]);
  });
});

describe("jazz clubs, pop stages, art museums in the plural and film centres are venues", () => {
  itCategorizes([
    ["Kartenzahlung girocard", "JAZZKLUB KREFELD E.V.", "LEIPZIG 854/HAUPTSTR. 78/LEIPZIG/DE 04.02.2026 um 08:08:08 Uhr 00708635/630274/ECTL/", "-37.69", "entertainment"],
    [null, null, "BEA   NR:XXX408   01.02.25/17.25 Jazzpodium De Glipper Den Haag,PAS623", "-43.45", "entertainment"],
    ["Kartenzahlung", "Kunstmuseen Krefeld ", "KUNSTMUSEEN KREFELD/HAUPTSTR. 41/HAMBURG/DE 10-10-2026T21:16:30 Folgenr. 19 Verfalld. 1229", "-48.53", "entertainment"],
    [null, null, "CHECKCARD 0617 SQ *PICKFORD FILM CENTER BROOKLYN CA 09980799711387914129591", "-52.82", "entertainment"],
    [null, null, "CHECKCARD 0615 SNUG HARBOR JAZZ BISTRO NEW YORK CA 10897379263219561911581", "-15.04", "entertainment"],
    ["Betaalautomaat", "POPPODIUM BOERDERIJ 1234", null, "-22.00", "entertainment"],
    ["Kartenzahlung", "JAZZKELLER HOFHEIM", null, "-18.00", "entertainment"],
    ["Betaalautomaat", "STEDELIJKE MUSEA KORTRIJK", null, "-12.00", "entertainment"],
    [null, null, "CHECKCARD 0412 SQ *ROXIE FILM CENTRE SAN FRANCISCO CA 1234567", "-14.00", "entertainment"],
  ]);
  describe("but a jazz bar, a film shop and a podiatrist stay as before", () => {
    itCategorizes([
      ["Card payment", null, "THE JAZZ BAR            EDINBURGH     GBR", "-22.00", "restaurants"],
      ["Kartenzahlung", "FILM UND FOTO CENTER", null, "-9.00", "shopping"],
      ["Betaalautomaat", "PODOTHERAPEUT JANSEN 1234", null, "-45.00", "health"],
    ]);
  });
});

describe("clothes care is a laundry's trade, not a clothes shop's", () => {
  itCategorizes([
    ["Kartenverfügung", null, "KLEIDERPFLEGE UERDINGEN, KOELN DE Karte Nr. 4871 78XX XXXX 4205 Kartenzahlung comdirect Visa-Debitkarte 2025-01-22 00:00:00", "-26.38", "drugstore"],
    ["KARTENZAHLUNG", "KLEIDERPFLEGE UERDINGEN INH. M. COENEN//MUENCHEN/DE", "2025-11-19T18:14 Debitk.2 2027-12 ", "-25.31", "drugstore"],
    ["Kartenzahlung", "WAESCHEPFLEGE SCHMITZ", null, "-14.00", "drugstore"],
    ["Kartenzahlung", "KLEIDER- UND WAESCHEPFLEGE BECKER", null, "-30.00", "drugstore"],
    ["Kartenzahlung", "LEDERPFLEGE UND REINIGUNG KRAUSE", null, "-19.00", "drugstore"],
  ]);
  describe("but a clothes shop and a care home stay as before", () => {
    itCategorizes([
      ["Kartenzahlung", "KLEIDERLADEN ANNA", null, "-30.00", "shopping"],
      ["Kartenzahlung", "KLEIDERKAMMER DRK", null, "-5.00", "shopping"],
      ["SEPA Lastschrift", "Altenpflege Sonnenhof GmbH", "Eigenanteil Mai", "-1400.00", "health"],
    ]);
  });
});

describe("a wine room and a cellar bar are bars", () => {
  itCategorizes([
    ["Card payment", null, "EARLSDON WINE ROOMS    LONDON        GBR", "-61.10", "restaurants"],
    ["Ausgang", "SumUp *Kellerbar Dreissiga/MUENCHEN//DE", "2025-01-13 Debitk.99 VISA Debit", "-10.26", "restaurants"],
    ["Card payment", null, "THE CORK WINE ROOM      BATH          GBR", "-38.00", "restaurants"],
    ["Kartenzahlung", "KELLERBAR IM RATHAUS", null, "-12.00", "restaurants"],
    [null, null, "CHECKCARD 0508 SQ *BAYOU ST JOHN DAIQ BROOKLYN CA 35721160486655615204707", "-21.01", "restaurants"],
    [null, null, "CHECKCARD 0508 SQ *FAT TUESDAY DAIQUIRIS BROOKLYN CA 35721160486655615204707", "-21.01", "restaurants"],
  ]);
  describe("but a wine merchant stays groceries", () => {
    itCategorizes([
      ["Card payment", null, "MAJESTIC WINE           LONDON        GBR", "-61.10", "groceries"],
      ["Kartenzahlung", "WEINHANDLUNG KELLER", null, "-40.00", "groceries"],
    ]);
  });
});

describe("a bazaar is a market of goods", () => {
  itCategorizes([
    [null, null, "BEA   NR:XXX835   25.07.26/11.30 Beverwijkse Bazaar B.V. Den Haag,PAS235", "-61.07", "shopping"],
    ["Card payment", null, "CHRISTMAS BAZAAR ST MARYS  YORK      GBR", "-15.00", "shopping"],
    ["Kartenzahlung", "ORIENT BAZAAR HAMBURG", null, "-22.00", "shopping"],
  ]);
  describe("but a bazaar's restaurant stays a restaurant", () => {
    itCategorizes([
      ["Card payment", null, "BAZAAR RESTAURANT       LONDON        GBR", "-40.00", "restaurants"],
    ]);
  });
});

describe("a club named 'Club <name>' at its till, a ticket office's Kartenhaus, a po-boy shop", () => {
  itCategorizes([
    ["Ausgang", "SumUp *Club Samtweberei  Koeln         DE", "2025-01-17T18:58 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-25.48", "entertainment"],
    [null, "CLUB NOORDZIJDE", "CLUB NOORDZIJDE Rotterdam, NL", "-26.70", "entertainment"],
    ["Kartenzahlung", "CLUB BAHIA", null, "-18.00", "entertainment"],
    ["Card payment", null, "CLUB TROPICANA         LEEDS         GBR", "-12.00", "entertainment"],
    ["OUT", "Kartenhaus Meiningen Inh. S. Recknagel - Leipzig", "Card transaction of 36.93 EUR issued by Kartenhaus Meiningen Inh. S. Recknagel", "-36.93", "entertainment"],
    ["Kartenzahlung", "KARTENVORVERKAUF STADTHALLE", null, "-44.00", "entertainment"],
    [null, null, "CHECKCARD 1216 MARIGNY LATE NIGHT PO BO BROOKLYN CA 52053161830352197348001", "-49.09", "restaurants"],
    [null, null, "CHECKCARD 1216 PARKWAY PO BOYS BROOKLYN CA 52053161830352197348001", "-19.00", "restaurants"],
  ]);
  describe("but a club's sandwich, a club house's restaurant, a fashion label and a post office box stay as before", () => {
    itCategorizes([
      ["Kartenzahlung", "CLUB SANDWICH BAR", null, "-8.00", "restaurants"],
      ["Kartenzahlung", "CLUB HOUSE RESTAURANT", null, "-30.00", "restaurants"],
      ["Card payment", null, "CLUB MONACO            LONDON        GBR", "-80.00", "other"],
      [null, null, "CHECKCARD 0101 UPS STORE PO BOX RENEWAL CA 1234", "-60.00", "other"],
    ]);
  });
});
