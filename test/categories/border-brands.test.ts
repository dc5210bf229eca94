// Chains met by people who live near a border (Luxembourg and its neighbours, Ontario across from Detroit,
// Kent across from Calais), as their statements print them: card texts with store numbers, towns and
// terminal prefixes, and direct debits under the company's legal name. Amounts and numbers are made up.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

type Row = [counterparty: string | null, description: string, amount: string, merchant: string, category: string];

const itNames = (rows: Row[]) =>
  it.each(rows)("%s / %s (%s) → %s, %s", (counterpartyName, description, amount, merchant, category) => {
    const label = merchantName({ counterpartyName, description });
    expect(label).toBe(merchant);
    expect(categorize({ amount, counterpartyName, description, merchant: label }, { rules: [] }).categoryKey).toBe(category);
  });

describe("Luxembourg's shops, bakeries and pâtisseries", () => {
  itNames([
    [null, "CARTE 12/03/26 CACTUS BELLE ETOILE CB*1234", "-84.20", "Cactus", "groceries"],
    ["CACTUS HOWALD            Luxembourg    LU", "2026-03-14T10:11 Debitk. 0 2099-12 Zahl.System VISA De bit (POS)", "-41.10", "Cactus", "groceries"],
    [null, "Auftraggeber: PALL CENTER OBERPALLEN Buchungstext: PALL CENTER OBERPALLEN, Oberpallen LU Karte Nr. 4871 78XX XXXX 0000", "-66.35", "Pall Center", "groceries"],
    [null, "CARTE 02/04/26 ALIMA BONNEVOIE CB*8841", "-23.90", "Alima", "groceries"],
    [null, "CARTE 05/04/26 OBERWEIS CLOCHE D OR CB*8841", "-18.40", "Oberweis", "groceries"],
    [null, "CARTE 06/04/26 PANELUX SA CB*8841", "-7.80", "Panelux", "groceries"],
    [null, "CARTE 07/04/26 BOULANGERIE FISCHER GARE CB*8841", "-4.60", "Boulangerie Fischer", "groceries"],
    [null, "CARTE 08/04/26 PATISSERIE NAMUR HAMILIUS CB*8841", "-12.50", "Pâtisserie Namur", "groceries"],
    [null, "CARTE 09/04/26 STEFFEN TRAITEUR STEINFORT CB*8841", "-31.20", "Steffen", "groceries"],
    [null, "CARTE 10/04/26 KAEMPFF-KOHLER LUXEMBOURG CB*8841", "-22.75", "Kaempff-Kohler", "groceries"],
    [null, "COCOTTES KIRCHBERG       LUXEMBOURG    LU", "-14.90", "Cocottes", "restaurants"],
  ]);
});

describe("Luxembourg's transport, bills and insurers", () => {
  itNames([
    [null, "VISA CFL MOBILE LUXEMBOURG LU 1ERE CLASSE", "-3.00", "CFL", "transport"],
    [null, "CARTE 11/04/26 LUXTRAM SA CB*8841", "-2.00", "Luxtram", "transport"],
    ["Autobus de la Ville de Luxembourg", "Abonnement 2026", "-50.00", "AVL", "transport"],
    [null, "CARTE 12/04/26 VEL'OH! ABONNEMENT CB*8841", "-18.00", "Vel'oh!", "transport"],
    [null, "CARTE 13/04/26 LUXAIRTOURS CB*8841", "-1240.00", "LuxairTours", "travel"],
    ["Voyages Emile Weber", "Reservation 2026-118", "-389.00", "Emile Weber", "travel"],
    ["SALES-LENTZ AUTOCARS", "Facture 44120", "-62.00", "Sales-Lentz", "travel"],
    ["POST Luxembourg", "Facture POST Telecom 2026/03 client 1234567", "-59.90", "POST Luxembourg", "utilities"],
    ["TANGO SA", "FACTURE 03/2026 CLIENT 88213", "-35.00", "Tango Luxembourg", "utilities"],
    ["Enovos Luxembourg S.A.", "Acompte electricite 04/2026", "-110.00", "Enovos", "utilities"],
    ["Creos Luxembourg S.A.", "Raccordement 2026", "-240.00", "Creos", "utilities"],
    ["CMCM", "Cotisation 2026 membre 55120", "-186.00", "CMCM", "insurance"],
    ["CNS Caisse Nationale de Sante", "Cotisation volontaire 03/2026", "-120.00", "CNS", "insurance"],
    ["FOYER ASSURANCES SA", "Prime auto police 8812233", "-92.40", "Foyer", "insurance"],
    ["La Luxembourgeoise S.A.", "Prime habitation 2026", "-310.00", "Lalux", "insurance"],
    ["Luxemburger Wort", "Abo digital 04/2026", "-19.90", "Luxemburger Wort", "subscriptions"],
  ]);

  it("a cross-border worker's pay from Cargolux is salary", () => {
    const counterpartyName = "CARGOLUX AIRLINES INTERNATIONAL SA";
    const description = "SALAIRE 03/2026";
    expect(merchantName({ counterpartyName, description })).toBe("Cargolux");
    expect(categorize({ amount: "4210.00", counterpartyName, description, merchant: "Cargolux" }, { rules: [] }).categoryKey).toBe("salary");
  });
});

describe("Belgian, Swiss and French-border chains", () => {
  itNames([
    [null, "BEA   NR:XXX   05.03.26/12.00 MEDI-MARKET WATERLOO,PAS123", "-28.40", "Medi-Market", "drugstore"],
    [null, "BEA   NR:XXX   06.03.26/08.10 PANOS LEUVEN,PAS123", "-6.20", "Panos", "restaurants"],
    [null, "CARTE 07/03/26 DATS 24 HALLE CB*1234", "-62.00", "DATS 24", "fuel"],
    [null, "BEA   NR:XXX   08.03.26/17.40 SPAR COLRUYT MALMEDY,PAS123", "-19.10", "SPAR", "groceries"],
    [null, "Kartenzahlung LAECKERLI HUUS AG. 41400673//Basel 2026-03-09T11:33:59 KFN 1 VJ 2812", "-34.00", "Läckerli Huus", "groceries"],
    ["Sunrise Communications AG", "Rechnung 03/2026 Kd 112233", "-65.00", "Sunrise", "utilities"],
    ["Elektra Baselland", "Stromrechnung Q1 2026", "-140.00", "Elektra Baselland", "utilities"],
    [null, "CARTE 11/03/26 CITELINE THIONVILLE CB*1234", "-1.50", "Citéline", "transport"],
    ["ELECTRICITE DE STRASBOURG", "ECHEANCE 03/2026 CONTRAT 5521", "-74.00", "ÉS Énergies Strasbourg", "utilities"],
  ]);
});

describe("Ontario's chains", () => {
  itNames([
    [null, "FOOD BASICS #672         WINDSOR       CAN", "-54.10", "Food Basics", "groceries"],
    [null, "METRO ONTARIO INC 123    WINDSOR       CAN", "-72.30", "Metro", "groceries"],
    [null, "LOBLAWS 1012             TORONTO       CAN", "-88.00", "Loblaws", "groceries"],
    [null, "ZEHRS MARKETS #543       KITCHENER     CAN", "-61.40", "Zehrs", "groceries"],
    [null, "SOBEYS #4411             OTTAWA        CAN", "-39.90", "Sobeys", "groceries"],
    [null, "FRESHCO #3321            TORONTO       CAN", "-45.20", "FreshCo", "groceries"],
    [null, "FORTINOS #79             HAMILTON      CAN", "-77.10", "Fortinos", "groceries"],
    [null, "VALU-MART 8712           LONDON        CAN", "-23.30", "Valu-mart", "groceries"],
    [null, "YOUR INDEPENDENT GROCER 0562 AMHERSTBURG CAN", "-48.00", "Your Independent Grocer", "groceries"],
    [null, "REAL CANADIAN SUPERSTORE 1077 WINDSOR CAN", "-132.45", "Real Canadian Superstore", "groceries"],
    [null, "LCBO/RAO #0416           WINDSOR       CAN", "-32.95", "LCBO", "groceries"],
    [null, "THE BEER STORE 2411      WINDSOR       CAN", "-41.50", "The Beer Store", "groceries"],
    [null, "SHOPPERS DRUG MART #0671 WINDSOR       CAN", "-18.99", "Shoppers Drug Mart", "drugstore"],
    [null, "REXALL PHARMA PLUS 7010  TORONTO       CAN", "-12.49", "Rexall", "drugstore"],
    [null, "JEAN COUTU #151          GATINEAU      CAN", "-9.87", "Jean Coutu", "drugstore"],
    [null, "UNIPRIX 0231             MONTREAL      CAN", "-14.20", "Uniprix", "drugstore"],
    [null, "FAMILIPRIX 0712          QUEBEC        CAN", "-8.75", "Familiprix", "drugstore"],
    [null, "LONDON DRUGS 12          VANCOUVER     CAN", "-26.40", "London Drugs", "drugstore"],
    [null, "SWISS CHALET #1234       WINDSOR       CAN", "-42.60", "Swiss Chalet", "restaurants"],
    [null, "HARVEYS RESTAURANT #2233 TORONTO       CAN", "-13.10", "Harvey's", "restaurants"],
    [null, "A&W CANADA #4412         LONDON        CAN", "-11.25", "A&W", "restaurants"],
    [null, "PIZZA PIZZA #112         WINDSOR       CAN", "-24.80", "Pizza Pizza", "restaurants"],
    [null, "MARY BROWN'S #201        TECUMSEH      CAN", "-19.40", "Mary Brown's", "restaurants"],
    [null, "SECOND CUP #9123         OTTAWA        CAN", "-5.60", "Second Cup", "restaurants"],
    [null, "COUNTRY STYLE DONUTS 441 SARNIA        CAN", "-4.10", "Country Style", "restaurants"],
    [null, "CANADIAN TIRE #0192      WINDSOR       CAN", "-64.99", "Canadian Tire", "shopping"],
    [null, "CANADIAN TIRE GAS BAR #192 WINDSOR     CAN", "-58.00", "Canadian Tire Gas+", "fuel"],
    [null, "GIANT TIGER #85          WINDSOR       CAN", "-27.30", "Giant Tiger", "shopping"],
    [null, "HUDSON'S BAY #1062       TORONTO       CAN", "-89.00", "Hudson's Bay", "shopping"],
    [null, "WINNERS #0231            WINDSOR       CAN", "-46.97", "Winners", "shopping"],
    [null, "DOLLARAMA # 1234         WINDSOR       CAN", "-8.05", "Dollarama", "shopping"],
    [null, "SPORT CHEK #0221         WINDSOR       CAN", "-99.99", "Sport Chek", "shopping"],
    [null, "MARKS WORK WEARHOUSE 31  WINDSOR       CAN", "-59.99", "Mark's Work Wearhouse", "shopping"],
    [null, "HOME HARDWARE 1234       KINGSVILLE    CAN", "-21.49", "Home Hardware", "shopping"],
    [null, "RONA INC 61234           LASALLE       CAN", "-132.00", "RONA", "shopping"],
    [null, "PIONEER PETROLEUMS 0512  WINDSOR       CAN", "-61.00", "Pioneer", "fuel"],
    [null, "ULTRAMAR #1123           BELLE RIVER   CAN", "-55.00", "Ultramar", "fuel"],
    [null, "HUSKY TRAVEL CENTRE 114  WOODSTOCK     CAN", "-82.40", "Husky", "fuel"],
  ]);
});

describe("Ontario's transport, phone, energy and insurers", () => {
  itNames([
    [null, "TRANSIT WINDSOR          WINDSOR       CAN", "-3.25", "Transit Windsor", "transport"],
    [null, "TTC-PRESTO 0042          TORONTO       CAN", "-3.30", "TTC", "transport"],
    [null, "GO TRANSIT UNION STN     TORONTO       CAN", "-12.60", "GO Transit", "transport"],
    [null, "PRESTO FARE/Q8TF3KLP     TORONTO       CAN", "-20.00", "PRESTO", "transport"],
    [null, "OC TRANSPO               OTTAWA        CAN", "-3.70", "OC Transpo", "transport"],
    [null, "MIWAY 0012               MISSISSAUGA   CAN", "-3.50", "MiWay", "transport"],
    ["BELL CANADA", "PAP 8812233 PREAUTHORIZED DEBIT", "-95.00", "Bell", "utilities"],
    ["ROGERS COMMUNICATIONS", "PREAUTH DEBIT ACCT 12345", "-85.00", "Rogers", "utilities"],
    [null, "TELUS MOBILITY PREAUTH   BURNABY       CAN", "-60.00", "Telus", "utilities"],
    [null, "FIDO MOBILE              MONTREAL      CAN", "-45.00", "Fido", "utilities"],
    [null, "KOODO MOBILE             VANCOUVER     CAN", "-40.00", "Koodo", "utilities"],
    [null, "VIRGIN PLUS              MONTREAL      CAN", "-55.00", "Virgin Plus", "utilities"],
    [null, "FREEDOM MOBILE           TORONTO       CAN", "-39.00", "Freedom Mobile", "utilities"],
    ["COGECO CONNEXION", "PREAUTH 2026-03", "-79.00", "Cogeco", "utilities"],
    ["VIDEOTRON LTEE", "PREAUTH 2026-03", "-89.00", "Vidéotron", "utilities"],
    ["ENBRIDGE GAS INC", "PAP BILL PAYMENT 2026-03", "-112.00", "Enbridge", "utilities"],
    ["HYDRO ONE NETWORKS INC", "PAP BILL PAYMENT 2026-03", "-140.00", "Hydro One", "utilities"],
    ["TORONTO HYDRO-ELECTRIC SYSTEM", "PAP 2026-03", "-98.00", "Toronto Hydro", "utilities"],
    ["ALECTRA UTILITIES", "PAP 2026-03", "-101.00", "Alectra", "utilities"],
    ["ENWIN UTILITIES LTD", "PAP 2026-03 ACCT 5512", "-87.00", "ENWIN", "utilities"],
    ["MANULIFE", "GROUP BENEFITS PREMIUM", "-64.00", "Manulife", "insurance"],
    ["SUN LIFE FINANCIAL", "INS PREMIUM 2026-03", "-51.00", "Sun Life", "insurance"],
  ]);
});

describe("Detroit's and Michigan's chains", () => {
  itNames([
    [null, "CHECKCARD 0412 WESTBORN MARKET DEARBORN MI 24492156", "-48.20", "Westborn Market", "groceries"],
    [null, "CHECKCARD 0413 PAPA JOES GOURMET MARKET BIRMINGHAM MI 24492156", "-36.80", "Papa Joe's", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 04/14 HILLER'S MARKETS #12 SOUTHFIELD MI CARD 7158", "-71.15", "Hiller's", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 04/15 HOLIDAY MARKET ROYAL OAK MI CARD 7158", "-29.90", "Holiday Market", "groceries"],
    [null, "CHECKCARD 0416 NINO SALVAGGIO INT MARKETPLACE TROY MI 2449", "-52.10", "Nino Salvaggio", "groceries"],
    [null, "CHECKCARD 0417 RANDAZZO FRESH MARKET MACOMB MI 2449", "-33.40", "Randazzo", "groceries"],
    [null, "SQ *EASTERN MARKET DETROIT MI", "-18.00", "Eastern Market", "groceries"],
    [null, "POS DEBIT BETTER MADE SNACK FOODS DETROIT MI", "-12.00", "Better Made", "groceries"],
    [null, "POS DEBIT FAYGO BEVERAGES INC DETROIT MI", "-9.50", "Faygo", "groceries"],
    [null, "TST*NATIONAL CONEY ISLAND - ROSEVILLE", "-16.40", "National Coney Island", "restaurants"],
    [null, "LAFAYETTE CONEY ISLAND DETROIT MI", "-11.20", "Lafayette Coney Island", "restaurants"],
    [null, "TST* AMERICAN CONEY ISLAND DETROIT MI", "-12.80", "American Coney Island", "restaurants"],
    [null, "CHECKCARD 0418 LEOS CONEY ISLAND #14 NOVI MI 2449", "-21.60", "Leo's Coney Island", "restaurants"],
  ]);
});

describe("Detroit's insurers, utilities, transport, crossings and sights", () => {
  itNames([
    ["MEEMIC INSURANCE", "MEEMIC INS DES:PREMIUM ID:XXXXX12 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "-142.00", "Meemic", "insurance"],
    ["FRANKENMUTH INSURANCE", "ONLINE PMT POLICY 441122", "-118.00", "Frankenmuth Insurance", "insurance"],
    ["PRIORITY HEALTH", "PREMIUM DES:PREMIUM ID:XXXX12 PPD", "-410.00", "Priority Health", "insurance"],
    ["HEALTH ALLIANCE PLAN", "PREMIUM 2026-04", "-380.00", "HAP", "insurance"],
    ["DETROIT WATER SEWERAGE DEPT", "DWSD DES:WEB PMT ID:XXXX12 WEB", "-76.00", "DWSD", "utilities"],
    ["GREAT LAKES WATER AUTHORITY", "BILL PAY 2026-04", "-55.00", "Great Lakes Water Authority", "utilities"],
    [null, "CHECKCARD 0419 BEAUMONT HOSPITAL ROYAL OAK MI 2449", "-40.00", "Corewell Health", "health"],
    [null, "DDOT DART FARE DETROIT MI", "-2.00", "DDOT", "transport"],
    [null, "M-1 RAIL QLINE DETROIT MI", "-1.50", "QLINE", "transport"],
    [null, "SMART BUS FARE DETROIT MI", "-2.00", "SMART Bus", "transport"],
    [null, "DETROIT INTL BRIDGE CO DETROIT MI", "-8.00", "Ambassador Bridge", "fuel"],
    [null, "DETROIT WINDSOR TUNNEL   WINDSOR       CAN", "-7.50", "Detroit-Windsor Tunnel", "fuel"],
    [null, "MACKINAC BRIDGE AUTHORITY ST IGNACE MI", "-4.00", "Mackinac Bridge", "fuel"],
    [null, "PARKDETROIT 313-224-0800 MI", "-3.00", "ParkDetroit", "fuel"],
    [null, "DETROIT INSTITUTE OF ARTS DETROIT MI", "-20.00", "Detroit Institute of Arts", "entertainment"],
    [null, "DETROIT ZOOLOGICAL SOCIETY ROYAL OAK MI", "-24.00", "Detroit Zoo", "entertainment"],
  ]);
});

describe("Kent's and Calais's shops, sights and bodies", () => {
  itNames([
    [null, "EASTENDERS CASH & CARRY CALAIS FRA", "-212.40", "EastEnders", "groceries"],
    [null, "CALAIS WINE SUPERSTORE   CALAIS        FRA", "-148.00", "Calais Wine Superstore", "groceries"],
    [null, "CITE EUROPE COQUELLES ON 12 AUG BCC", "-35.00", "Cité Europe", "shopping"],
    [null, "BLUEWATER SHOPPING CENTRE GREENHITHE GBR", "-4.00", "Bluewater", "shopping"],
    [null, "ASHFORD DESIGNER OUTLET  ASHFORD       GBR", "-59.00", "Ashford Designer Outlet", "shopping"],
    [null, "HOWLETTS WILD ANIMAL PARK CANTERBURY GBR", "-62.00", "Howletts", "entertainment"],
    [null, "CHAPTER OF CANTERBURY ON 14 AUG BCC", "-18.00", "Canterbury Cathedral", "entertainment"],
    [null, "SUMUP *TURNER CONTEMPORARY MARGATE", "-9.50", "Turner Contemporary", "entertainment"],
    [null, "LEEDS CASTLE             MAIDSTONE     GBR", "-35.00", "Leeds Castle", "entertainment"],
    [null, "DREAMLAND MARGATE        MARGATE       GBR", "-22.00", "Dreamland Margate", "entertainment"],
    [null, "CHATHAM HISTORIC DOCKYARD CHATHAM     GBR", "-26.00", "Chatham Historic Dockyard", "entertainment"],
    ["KENT AIR AMBULANCE TRUST", "DIRECT DEBIT DONATION", "-10.00", "Kent Air Ambulance", "donations"],
    ["CANTERBURY CHRIST CHURCH UNI", "TUITION FEES 2026/27 ST 2211", "-4625.00", "Canterbury Christ Church University", "education"],
  ]);
});

describe("names that are also words, towns or surnames name the chain only with its own words", () => {
  it.each([
    ["CACTUS CANTINA PHOENIX AZ", "Cactus"],
    ["Hans Fischer", "Boulangerie Fischer"],
    ["THE BELL INN ON 02 AUG BCC", "Bell"],
    ["J ROGERS", "Rogers"],
    ["Panos Georgiou", "Panos"],
    ["HUSKY PET GROOMING LLC", "Husky"],
    ["JOE RANDAZZO", "Randazzo"],
    ["CLARK PARK DETROIT MI", "ParkDetroit"],
    ["CRAFT BEER STORE LLC", "The Beer Store"],
    ["FOYER RURAL DE MONTIGNY", "Foyer"],
  ])("%s is not %s", (text, brand) => {
    expect(merchantName({ counterpartyName: null, description: text })).not.toBe(brand);
  });
});
