// The trades a family with school-age children and teenagers pays, enumerated by trade: their leisure (laser tag,
// trampoline parks, bowling, karting, escape rooms, climbing forests, box offices, museums, zoos, sports clubs and their
// match and tournament fees), their schooling (tutors, driving theory and schools, application and exam fees), what is
// bought for school (publishers, stationers, uniforms, prom wear, sneakers), where they eat (chip shops, bubble tea),
// their doctors, and the state's, the utility's and the charity's share. Each business is made up; each rule has a row
// beside it that must not move.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("a family's leisure venue by its kind's word is entertainment", () => {
  itCategorizes([
    [null, "Kartenzahlung LASERTAG ARENA WESERBOGEN. 12345678//Bremen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-24.00", "entertainment"],
    [null, "LASER QUEST DUNMORE ON 03 MAR          BCC", "-19.50", "entertainment"],
    [null, "BEA   NR:XXX111   05.03.26/15.10 LASERGAME DE KOEPEL ZWOLLE,PAS123", "-22.50", "entertainment"],
    [null, "SUMUP *TRAMPOLINPARK HUEPFWERK", "-16.00", "entertainment"],
    [null, "BEA   NR:XXX111   05.03.26/15.10 TRAMPOLINEHAL SPRINGZAAL AMERSFOORT,PAS123", "-13.50", "entertainment"],
    [null, "JUMP PARK KINGSWELL ON 04 MAR          BCC", "-14.00", "entertainment"],
    [null, "CHECKCARD 0212 AIRBORNE AIR SPORTS OMAHA NE 24224433231105006465166", "-36.00", "entertainment"],
    [null, "BEA   NR:XXX111   05.03.26/19.10 BOWLINGBAAN DE KEGELKONING,PAS123", "-28.00", "entertainment"],
    [null, "Kartenzahlung BOWLCENTER AM SEE. 12345678//Kiel 2026-03-02T10:11:12 KFN 1 VJ 2812", "-31.00", "entertainment"],
    [null, "CHECKCARD 0212 STRIKE ZONE BOWL CENTER DAYTON OH 24224433231105006465166", "-42.00", "entertainment"],
    [null, "ESCAPE ROOMS HOLLOWAY ON 05 MAR          BCC", "-80.00", "entertainment"],
    [null, "Kartenzahlung KARTHALLE RHEINTAL. 12345678//Weil 2026-03-02T10:11:12 KFN 1 VJ 2812", "-45.00", "entertainment"],
    [null, "CHECKCARD 0212 PIRATE COVE FAMILY ENTERTAINMENT CTR TULSA OK 24224433231105006465166", "-55.00", "entertainment"],
    [null, "GREENWOOD HIGH ROPES ON 06 MAR          BCC", "-30.00", "entertainment"],
    [null, "CARTE 14/02/26 ACCROBRANCHE LES ECUREUILS CB*1234", "-68.00", "entertainment"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 KLIMBOS DE EIKENHORST,PAS123", "-54.00", "entertainment"],
  ]);
  describe("but a bowl of food, a jump in a name, and a laser firm's pay are not", () => {
    itCategorizes([
      [null, "SUMUP *GREEN BOWL SALATBAR", "-11.40", "restaurants"],
      [null, "JUMP AUTOS LTD ON 04 MAR          BCC", "-250.00", "fuel"],
      ["Brennecke Lasertechnik GmbH", "Lohn/Gehalt 03/2026 PNr 2207", "2450.00", "salary"],
    ]);
  });
});

describe("a venue's ticket office, a museum compound and a zoological garden are entertainment", () => {
  itCategorizes([
    [null, "Kartenzahlung STADTHALLE TAGESKASSE. 12345678//Soest 2026-03-02T19:11:12 KFN 1 VJ 2812", "-18.00", "entertainment"],
    [null, "Kartenzahlung THEATERKASSE AM MARKT. 12345678//Celle 2026-03-02T10:11:12 KFN 1 VJ 2812", "-34.00", "entertainment"],
    ["Vorverkaufsstelle Kulturring", "Karten Konzert 12.04.", "-52.00", "entertainment"],
    [null, "CARTE 14/02/26 BILLETTERIE STADE DU MOULIN CB*1234", "-25.00", "entertainment"],
    [null, "Kartenzahlung MUSEUMSFORU. 12345678//Hameln 2026-03-02T10:11:12 KFN 1 VJ 2812", "-9.00", "entertainment"],
    [null, "SUMUP *FREILICHTMUSEUM AM HUEGEL", "-14.00", "entertainment"],
    [null, "CARTE 14/02/26 ECOMUSEE DU MARAIS CB*1234", "-12.00", "entertainment"],
    ["Zoologischer Garten Lindenau gGmbH", "Jahreskarte Familie 2026", "-120.00", "entertainment"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 DIERENPARK HOOGVELD,PAS123", "-62.00", "entertainment"],
    [null, "CARTE 14/02/26 PARC ZOOLOGIQUE DES GRANDS PINS CB*1234", "-76.00", "entertainment"],
  ]);
  describe("but a train's ticket office stays transport", () => {
    itCategorizes([
      [null, "CARTE 14/02/26 TER REMI BILLETTERIE CB*1234", "-18.60", "transport"],
    ]);
  });
});

describe("a children's sports club, its dues and its match and tournament fees are entertainment", () => {
  itCategorizes([
    ["WESTFIELD YOUTH SOCCER CLUB", "SPRING SEASON DUES", "-120.00", "entertainment"],
    [null, "SQ *NORTHSIDE VOLLEYBALL CLUB TOURNAMENT FEE", "-45.00", "entertainment"],
    [null, "RIVERSIDE HOCKEY CLUB MATCH FEES ON 07 MAR          BCC", "-6.00", "entertainment"],
    ["VBC De Spikers", "Contributie seizoen 2026", "-110.00", "entertainment"],
    ["Handballfreunde Weststadt e.V.", "Turniergebühr Jugendturnier U15", "-30.00", "entertainment"],
    ["Hockeyvereniging De Stokken", "Toernooigeld paastoernooi", "-15.00", "entertainment"],
  ]);
  describe("but a bank's annual contribution and a card fee stay fees", () => {
    itCategorizes([
      [null, "Jaarlijkse contributie creditcard Gold 2026", "-45.00", "fees"],
      [null, "MONTHLY FEE", "-5.00", "fees"],
    ]);
  });
});

describe("tutoring, driving theory, driving schools and exams are education", () => {
  itCategorizes([
    ["Lerntherapie Sonnenblume", "Rechnung März 4 Termine", "-180.00", "education"],
    ["Huiswerkhulp De Brug", "Factuur maart", "-95.00", "education"],
    ["Bijlessen Noord", "Wiskunde 4x", "-120.00", "education"],
    [null, "CARTE 14/02/26 CODE DE LA ROUTE EN LIGNE CB*1234", "-29.90", "education"],
    [null, "DRIVING THEORY PRO ON 05 MAR          BCC", "-4.99", "education"],
    [null, "PAYPAL *FUEHRERSCHEIN THEORIE APP", "-9.99", "education"],
    [null, "CARTE 14/02/26 ECOLE DE CONDUITE DU PONT CB*1234", "-450.00", "education"],
    [null, "COMMON APPLICATION FEE HIGHMOOR UNIV ON 05 MAR          BCC", "-75.00", "education"],
    [null, "CHECKCARD 0212 ADMISSIONS APPLICATION FEE PORTAL 24224433231105006465166", "-60.00", "education"],
    ["Sprachprüfungszentrum Nord", "Prüfungsgebühr B2 Juni 2026", "-210.00", "education"],
    [null, "EXAM ENTRY FEE RESIT MATHS ON 04 MAR          BCC", "-42.00", "education"],
  ]);
  describe("but a passport's application fee is no school's", () => {
    it("an application fee without an admissions word is not education", () => {
      expect(categoryOf(null, "PASSPORT APPLICATION FEE ON 05 MAR          BCC", "-88.50")).not.toBe("education");
    });
  });
});

describe("school books, stationery, uniforms, prom wear and sneakers are shopping", () => {
  itCategorizes([
    [null, "Kartenzahlung SCHULBUCHVERLAG LINDENHOF. 12345678//Goslar 2026-03-02T10:11:12 KFN 1 VJ 2812", "-24.90", "shopping"],
    ["Brückner Bildungsmedien GmbH", "Rechnung 2026-4471 Arbeitshefte", "-38.40", "shopping"],
    [null, "VIS HARBOUR EDUCATIONAL PUBLICATIONS", "-17.99", "shopping"],
    [null, "CARTE 14/02/26 EDITIONS DU PRE VERT CB*1234", "-22.00", "shopping"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 SCHOOLBOEKEN DIRECT,PAS123", "-64.00", "shopping"],
    [null, "Kartenzahlung PAPIERWAREN HOLZAPFEL. 12345678//Lemgo 2026-03-02T10:11:12 KFN 1 VJ 2812", "-12.40", "shopping"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 KANTOORBOEKHANDEL DE GANZENVEER,PAS123", "-8.95", "shopping"],
    [null, "KINGSMEAD SCHOOL UNIFORM ON 05 MAR          BCC", "-64.00", "shopping"],
    [null, "ALDERLEY SCHOOL BLAZERS ON 05 MAR          BCC", "-48.00", "shopping"],
    [null, "Kartenzahlung SCHULKLEIDUNG MEYERHOFF. 12345678//Verden 2026-03-02T10:11:12 KFN 1 VJ 2812", "-35.00", "shopping"],
    [null, "CHECKCARD 0212 GLITZ PROM SHOP PLANO TX 24224433231105006465166", "-189.00", "shopping"],
    [null, "DAPPER SUIT HIRE ON 05 MAR          BCC", "-79.00", "shopping"],
    [null, "SUMUP *SNEAKERLOFT AM DOM", "-129.00", "shopping"],
    [null, "SQ *GRINDLINE SKATESHOP", "-64.00", "shopping"],
    [null, "CHECKCARD 0212 SALTWATER BOARDSHOP SANTA CRUZ CA 24224433231105006465166", "-45.00", "shopping"],
    [null, "SQ *NORTH SHORE SURF SHOP", "-38.00", "shopping"],
  ]);
  describe("but a publisher paid by subscription and a newspaper's publisher stay subscriptions", () => {
    itCategorizes([
      ["Lindenhof Fachverlag GmbH", "Abo Lehrerzeitschrift Jahresbezug 2026", "-89.00", "subscriptions"],
      ["Uitgeverij De Kleine Pen", "Abonnement 2026", "-49.00", "subscriptions"],
      ["Weserland Zeitung Verlag GmbH", "Bezugsgeld März 2026 Kd-Nr 44120", "-42.90", "subscriptions"],
    ]);
  });
});

describe("a village, market or farm shop sells groceries", () => {
  itCategorizes([
    [null, "SUMUP *MARKTLADEN AM BRUNNEN", "-17.30", "groceries"],
    [null, "SUMUP *DORFLADEN OBERWIESE", "-9.80", "groceries"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 BOERDERIJWINKEL DE KLAVER,PAS123", "-21.40", "groceries"],
  ]);
});

describe("a chip shop, a bubble tea bar and a slice house are restaurants", () => {
  itCategorizes([
    [null, "SEASPRAY FISHERIES ON 05 MAR          BCC", "-18.40", "restaurants"],
    [null, "GOLDEN HADDOCK FISH BAR ON 05 MAR          BCC", "-12.60", "restaurants"],
    [null, "SUMUP *BUBBLETEA MOND", "-5.80", "restaurants"],
    [null, "SQ *TAPIOCA CLOUD BOBA", "-6.25", "restaurants"],
    [null, "Kartenzahlung BURGERSCHMIEDE ALTSTADT. 12345678//Fulda 2026-03-02T10:11:12 KFN 1 VJ 2812", "-23.00", "restaurants"],
    [null, "SQ *BROOKLYN SLICE HOUSE", "-9.00", "restaurants"],
  ]);
  describe("but a tea merchant is no bubble tea bar", () => {
    itCategorizes([
      [null, "SUMUP *TEELADEN SCHWARZ", "-14.80", "groceries"],
    ]);
  });
});

describe("a doctor by the compound of the speciality is health", () => {
  itCategorizes([
    [null, "Kartenzahlung KINDER U JUGENDARZT REINH. 12345678//Minden 2026-03-02T10:11:12 KFN 1 VJ 2812", "-25.00", "health"],
    ["Praxis Jugendarzt Dr. Wolter", "Rechnung IGeL Jugenduntersuchung", "-45.00", "health"],
    ["Gemeinschaftspraxis Lungenärztin Dr. Sauer", "Rechnung 2026-118", "-60.00", "health"],
    ["Kieferorthopädin Dr. Mahler", "Eigenanteil Behandlung Q1", "-240.00", "health"],
    [null, "LAKEVIEW PEDS PATIENT PAYMENTS ON 05 MAR          BCC", "-35.00", "health"],
    ["Orthodontistenpraktijk De Beugel", "Factuur beugel maart", "-86.00", "health"],
  ]);
});

describe("a public power district or an electric cooperative supplies power", () => {
  itCategorizes([
    ["PRAIRIE PUBLIC POWER DISTRICT", "ONLINE PMT 044172", "-118.00", "utilities"],
    ["SANDHILLS POWER DISTRICT", "ACH PMT 2207", "-96.00", "utilities"],
    ["BLUESTEM ELECTRIC COOPERATIVE", "AUTOPAY", "-142.00", "utilities"],
    ["HIGHPLAINS RURAL ELECTRIC", "ACH PMT", "-88.00", "utilities"],
    ["SUMMIT GAS OF OHIO", "AUTOPAY 0412", "-64.00", "utilities"],
  ]);
  describe("but PPD, the class code of any US direct debit, names no power district", () => {
    itCategorizes([
      [null, "LAKESIDE HOA DUES PPD ID: 4412345678", "-250.00", "rent"],
      [null, "BRIGHTWAY AUTO INS PREMIUM PPD ID: 9912345678", "-84.00", "insurance"],
    ]);
  });
});

describe("a vehicle registration office's fee is the state's", () => {
  itCategorizes([
    [null, "CHECKCARD 0212 IN BMV BRANCH 0412 FISHERS IN 24224433231105006465166", "-41.25", "taxes"],
    [null, "CHECKCARD 0212 BUREAU OF MOTOR VEHICLES COLUMBUS OH 24224433231105006465166", "-35.00", "taxes"],
    [null, "PURCHASE AUTHORIZED ON 03/18 OH BUREAU OF MOTOR VEHIC BROOKLYN FL S353660362074950 CARD 3393", "-35.00", "taxes"],
    [null, "CHECKCARD 0212 REGISTRY OF MOTOR VEHI BOSTON MA 24224433231105006465166", "-25.00", "taxes"],
    [null, "CHECKCARD 0212 NJ MOTOR VEHICLE COMMISSION TRENTON NJ 24224433231105006465166", "-60.00", "taxes"],
    ["RDW", "Kentekenbewijs deel 1A 44-KLB-7", "-13.40", "taxes"],
    [null, "CARTE 14/02/26 ANTS CARTE GRISE CB*1234", "-92.76", "taxes"],
    ["Landkreis Beispiel Kfz-Zulassungsstelle", "Zulassung BE-XY 123", "-28.60", "taxes"],
  ]);
});

describe("a food bank and a gift named by its rhythm are donations", () => {
  itCategorizes([
    ["NORTHGATE FOOD BANK", "MONTHLY GIFT", "-20.00", "donations"],
    ["HILLCREST FOOD COLLECTIVE", "DONATION", "-15.00", "donations"],
    ["Lindenauer Tafel e.V.", "Unterstützung 2026", "-25.00", "donations"],
    ["Stichting Voedselbank Rivierenland", "Gift", "-30.00", "donations"],
    ["BANQUE ALIMENTAIRE DU PLATEAU", "PRELEVEMENT MENSUEL", "-10.00", "donations"],
    ["LES RESTOS DU COEUR", "SOUTIEN MENSUEL", "-15.00", "donations"],
    ["CLEARWATER CHILDREN'S TRUST", "MONTHLY GIFT", "-12.00", "donations"],
  ]);
  describe("but a gift shop sells, and a monthly gift box is bought", () => {
    itCategorizes([
      [null, "SQ *THE LITTLE GIFT SHOP", "-14.00", "shopping"],
    ]);
    it("a gift box sent every month is no gift to a charity", () => {
      expect(categoryOf(null, "PAYPAL *MONTHLY GIFT BOX CO", "-29.00")).not.toBe("donations");
    });
  });
});

describe("a teen debit card's membership is a subscription", () => {
  itCategorizes([
    [null, "GOHENRY MEMBERSHIP 2207", "-3.99", "subscriptions"],
    [null, "GREENLIGHT MAX PLAN", "-5.98", "subscriptions"],
  ]);
  describe("but money topped up onto the card is the family's own", () => {
    it("a top-up of the child's card is no subscription", () => {
      expect(categoryOf(null, "GOHENRY TOP UP 2207", "-20.00")).not.toBe("subscriptions");
    });
  });
});
