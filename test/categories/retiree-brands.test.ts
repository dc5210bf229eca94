// Brands retirees and pensioners are paid by and pay (brands/extra-28.ts), written as the descriptors several banks
// print for them: each gets the brand's label and, where the row says no more than the brand, its category. Beside
// them, payees that share a word, a first name, a surname or a town with one of those brands keep their own label.
import { describe } from "vitest";
import { itNames, itLabels, itKeeps } from "./brand-cases.ts";

describe("a pension or annuity paid in by a retirement system is pay", () => {
  itNames([
    [null, "NYSLRS NYSLRS RETIREMENT PMT PPD ID: 0807265208", "2140.00", "NYSLRS", "salary"],
    [null, "CALPERS DES:RETIREMENT ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "2650.00", "CalPERS", "salary"],
    [null, "ORIG CO NAME:CALSTRS CO ENTRY DESCR:RET PMT SEC:PPD IND NAME:JANE DOE", "1980.00", "CalSTRS", "salary"],
    [null, "PBGC DES:PBGC PMT ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "612.00", "PBGC", "salary"],
    [null, "DFAS-CLEVELAND DES:RET NET ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "2310.00", "DFAS", "salary"],
    [null, "OPM1 TREAS 310 DES:CSA ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "1875.00", "OPM Retirement", "salary"],
    [null, "ORIG CO NAME:NYSTRS CO ENTRY DESCR:BENEFIT SEC:PPD IND NAME:JANE DOE", "2450.00", "NYSTRS", "salary"],
    [null, "ARIZONA STATE RETIREMENT DES:DIRECT DEP ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "1730.00", "Arizona State Retirement System", "salary"],
    [null, "VETERANS UK AFPS BGC", "1210.00", "Veterans UK", "salary"],
    [null, "JUST RETIREMENT LTD      BGC", "215.60", "Just Retirement", "salary"],
  ]);
});

// The pension word in these rows ("RETRAITE", "Betriebsrente", "AOW") decides their category before any brand does.
describe("pension funds and retirement systems are labelled by the fund, whatever the purpose says", () => {
  itLabels([
    [null, "TIAA DES:ANNUITY ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "TIAA"],
    [null, "PSERS DES:ANNUITY ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "PSERS"],
    ["MYCSP LTD", "CIVIL SERVICE PENSION", "MyCSP"],
    [null, "TEACHERS PENSIONS BGC", "Teachers' Pensions"],
    [null, "NHS PENSIONS            BGC", "NHS Pensions"],
    [null, "WEST YORKSHIRE PENSION FUND BGC", "West Yorkshire Pension Fund"],
    [null, "GREATER MANCHESTER PENSION FUND  FPI", "Greater Manchester Pension Fund"],
    [null, "ROYAL MAIL PENSION PLAN BGC", "Royal Mail Pension Plan"],
    [null, "VIR SEPA IRCANTEC RETRAITE 03/2026", "Ircantec"],
    [null, "VIR SEPA CNRACL PENSION 03/2026 N 4412087", "CNRACL"],
    [null, "VIR SEPA AGIRC ARRCO RETRAITE COMPLEMENTAIRE 03/2026", "Agirc-Arrco"],
    [null, "VIR SEPA SERVICE DES RETRAITES DE L ETAT PENSION 03/2026", "Service des retraites de l'État"],
    ["Stichting Pensioenfonds Metaal en Techniek", "Pensioen maart 2026 deelnemer 1029384", "Pensioenfonds PMT"],
    ["Stichting Pensioenfonds van de Metalektro (PME)", "Uitkering 2026-03 relatienr 88120", "Pensioenfonds PME"],
    ["Stichting bpfBOUW", "Pensioenuitkering 03-2026", "bpfBOUW"],
    ["Sociale Verzekeringsbank", "AOW maart 2026 klantnr 12345678", "SVB"],
    ["BVV Versorgungskasse des Bankgewerbes e.V.", "Betriebsrente 03/2026 Mitgl.-Nr. 4471209", "BVV"],
    ["Versorgungsanstalt des Bundes und der Länder", "VBL Betriebsrente 03/2026 Vers.-Nr. 4410723109", "VBL"],
  ]);
});

describe("stairlifts, mobility aids, home care and emergency calls are health", () => {
  itNames([
    [null, "VIS STANNAH STAIRLIFTS MANCHESTER", "-89.00", "Stannah", "health"],
    [null, "ACORN STAIRLIFTS LTD ON 03 MAR          BCC", "-120.00", "Acorn Stairlifts", "health"],
    [null, "CARD PAYMENT TO CARECO ON 14 MAR", "-349.00", "CareCo", "health"],
    ["Welzorg B.V.", "Huur scootmobiel maart 2026", "-45.00", "Welzorg", "health"],
    ["Otolift Trapliften B.V.", "Onderhoud traplift 2026", "-155.00", "Otolift", "health"],
    [null, "BLUEBIRD CARE SOUTHAMPTON DD", "-312.00", "Bluebird Care", "health"],
    [null, "CHECKCARD 0312 MEDICAL GUARDIAN 800-3135740 PA 24224433231105006465166", "-34.95", "Medical Guardian", "health"],
    [null, "LIFE ALERT EMERGENCY RESP 800-3800000 CA", "-49.95", "Life Alert", "health"],
    [null, "GREATCALL*LIVELY 800-733-6632 CA", "-24.99", "GreatCall", "health"],
    [null, "PRLV SEPA VITALLIANCE AIDE A DOMICILE FEVRIER", "-410.00", "Vitalliance", "health"],
    ["Arbeiter-Samariter-Bund Landesverband Bayern e.V.", "ASB Hausnotruf Beitrag 03/2026", "-25.50", "Arbeiter-Samariter-Bund", "health"],
    ["Stichting Buurtzorg Nederland", "Eigen bijdrage wijkverpleging", "-38.00", "Buurtzorg", "health"],
  ]);
});

describe("escorted tours, rail tours, cruises and thermal baths", () => {
  itNames([
    [null, "CHECKCARD 0212 COLLETTE VACATIONS PAWTUCKET RI 24224433231105006465166", "-1890.00", "Collette Vacations", "travel"],
    [null, "TRAFALGAR TOURS LTD      LONDON        GBR", "-2450.00", "Trafalgar Tours", "travel"],
    [null, "PURCHASE AUTHORIZED ON 03/02 TAUCK INC NORWALK CT CARD 7158", "-3200.00", "Tauck Tours", "travel"],
    [null, "GRAND CIRCLE TRAVEL BOSTON MA", "-4100.00", "Grand Circle Travel", "travel"],
    [null, "HAL CRUISE SEATTLE WA", "-1650.00", "Holland America Line", "travel"],
    [null, "GREAT RAIL JOURNEYS LTD ON 03 MAR          BCC", "-1299.00", "Great Rail Journeys", "travel"],
    [null, "LEGER HOLIDAYS ROTHERHAM GBR", "-689.00", "Leger Holidays", "travel"],
    [null, "CARTE 11/10/25 PLEIN CAP VOYAGES SAS CB*5097", "-1480.00", "Plein Cap", "travel"],
    [null, "CARTE 02/03/26 RIVAGES DU MONDE CB*5097", "-2200.00", "Rivages du Monde", "travel"],
    ["Ikarus Tours GmbH", "Anzahlung Reise 2026-0412", "-600.00", "Ikarus Tours", "travel"],
    [null, "BEA   NR:XXX123   16.08.25/10.14 OAD Reizen Holten,PAS123", "-450.00", "OAD Reizen", "travel"],
    [null, "AMAWATERWAYS CALABASAS CA", "-1200.00", "AmaWaterways", "travel"],
    [null, "Kartenzahlung FRIEDRICHSBAD. 41400673//Baden-Baden 2026-03-01T11:33:59 KFN 1 VJ 2812", "-29.00", "Friedrichsbad", "entertainment"],
    ["TOSKANA THERME BAD SULZA//BAD SULZA/DE", "Kartenzahlung girocard", "-24.50", "Toskana Therme", "entertainment"],
    [null, "BEA   NR:XXX123   05.03.26/12.00 Thermen Bussloo Voorst,PAS123", "-42.50", "Thermen Bussloo", "entertainment"],
    [null, "THERMAE BATH SPA        BATH          GBR", "-40.00", "Thermae Bath Spa", "entertainment"],
  ]);
});

describe("mail-order fashion, shoes, sweets and wine shops", () => {
  itNames([
    [null, "TALBOTS #00412 HINGHAM MA", "-89.50", "Talbots", "shopping"],
    [null, "COTTON TRADERS LTD ON 03 MAR          BCC", "-45.00", "Cotton Traders", "shopping"],
    [null, "PAYPAL *ULLAPOPKEN 4029357733", "-59.99", "Ulla Popken", "shopping"],
    ["Atelier Goldner Schnitt GmbH & Co. KG", "Rechnung 4471209 Kd-Nr 88120", "-79.90", "Atelier Goldner Schnitt", "shopping"],
    ["WALDLAEUFER SCHUHE//HOHENLOCKSTEDT/DE", "Kartenzahlung", "-119.00", "Waldläufer", "shopping"],
    [null, "CARTE 05/02/26 PASTILLERIE DE VICHY CB*7686", "-18.40", "Pastillerie de Vichy", "groceries"],
    [null, "TOTAL WINE AND MORE 1104 SARASOTA FL", "-42.18", "Total Wine & More", "groceries"],
    [null, "ABC FINE WINE #112 ORLANDO FL", "-27.99", "ABC Fine Wine & Spirits", "groceries"],
  ]);
});

describe("charities and churches' aid works are donations", () => {
  itNames([
    [null, "GUIDE DOGS FOR THE BLIND DD", "-10.00", "Guide Dogs", "donations"],
    [null, "CATS PROTECTION          DDR", "-5.00", "Cats Protection", "donations"],
    [null, "KNIGHTS OF COLUMBUS DES:DONATION ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 WEB", "-25.00", "Knights of Columbus", "donations"],
    ["Hartstichting", "Machtiging periodieke gift", "-8.00", "Hartstichting", "donations"],
    ["Nierstichting Nederland", "Donatie collecte", "-5.00", "Nierstichting", "donations"],
    ["SOS-Kinderdoerfer weltweit", "Spende Patenschaft 03/2026", "-31.00", "SOS-Kinderdörfer weltweit", "donations"],
    ["SOSKINDERD", "SPENDE 4412087", "-30.00", "SOS-Kinderdörfer weltweit", "donations"],
    ["v. Bodelschwinghsche Stiftungen Bethel", "Spende Weihnachten", "-50.00", "Stiftungen Bethel", "donations"],
    [null, "PRLV SEPA LES PETITS FRERES DES PAUVRES DON MENSUEL", "-15.00", "Les Petits Frères des Pauvres", "donations"],
    [null, "HUMANE SOCIETY OF THE UNITED STATES GAITHERSBURG MD", "-19.00", "Humane Society of the United States", "donations"],
  ]);
});

describe("newspapers and magazines are subscriptions", () => {
  itNames([
    [null, "SEPA-Lastschrift SAALE-ZEITUNG Abonnement 03/2026 Kd-Nr. 55102", "-42.90", "Saale-Zeitung", "subscriptions"],
    ["Noordhollands Dagblad", "Abonnement maart 2026 abonneenr 4471209", "-34.50", "Noordhollands Dagblad", "subscriptions"],
    [null, "THE VILLAGES DAILY SUN 352-753-1119 FL", "-12.00", "The Villages Daily Sun", "subscriptions"],
    [null, "PRLV SEPA BAYARD PRESSE NOTRE TEMPS ABONNEMENT", "-39.00", "Bayard Presse", "subscriptions"],
    [null, "LANDLUST ABO HAMBURG", "-27.00", "Landlust", "subscriptions"],
    [null, "MEIN SCHONER GARTEN ABO", "-48.00", "Mein schöner Garten", "subscriptions"],
    [null, "COUNTRY LIFE MAGAZINE SUBS DD", "-26.00", "Country Life", "subscriptions"],
  ]);
});

describe("a funeral plan pays for a funeral, an over-50s policy is insurance", () => {
  itNames([
    ["Golden Charter Ltd", "FUNERAL PLAN 4412087 DD", "-28.50", "Golden Charter", "other"],
    [null, "DIGNITY FUNERALS LTD ON 03 MAR          BCC", "-1650.00", "Dignity Funerals", "other"],
    [null, "HOMESTEADERS LIFE CO DES:INS PREM ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "-48.20", "Homesteaders Life", "insurance"],
    [null, "ENGAGE MUTUAL OVER 50 DD", "-19.00", "Engage Mutual", "insurance"],
  ]);
});

describe("a ride-booking service for older people is transport", () => {
  itNames([[null, "GOGOGRANDPARENT 855-4646872 FL", "-21.40", "GoGoGrandparent", "transport"]]);
});

describe("a payee that only shares a word, a first name, a surname or a town with a retiree brand keeps its label", () => {
  itKeeps([
    [null, "TRAFALGAR SQUARE CAR PARK LONDON GBR", "Trafalgar Tours"],
    [null, "PRINCESS STREET PHARMACY ON 03 MAR          BCC", "Princess Cruises"],
    [null, "VIKING DIRECT            LEICESTER     GBR", "Viking Cruises"],
    ["Sioux, Anna", "Geburtstag", "Sioux Schuhe"],
    ["Collette, Mary", "Dinner split", "Collette Vacations"],
    [null, "COLLETTE'S HAIR SALON PAWTUCKET RI", "Collette Vacations"],
    ["Tauck, Mary", "Rent share", "Tauck Tours"],
    ["Tunstall, Peter", "Garden work", "Tunstall Healthcare"],
    [null, "TUNSTALL TOWN HALL", "Tunstall Healthcare"],
    [null, "BETHEL AME CHURCH DES:GIVING ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 WEB", "Stiftungen Bethel"],
    ["Pavers, John", "Loan", "Pavers Shoes"],
    [null, "DIGNITY HEALTH DES:PATIENT PMT ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 WEB", "Dignity Funerals"],
    [null, "SIOUX FALLS UTILITIES DES:WEB PMT ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 WEB", "Sioux Schuhe"],
    [null, "LEGER BRASSERIE PARIS CB*1234", "Leger Holidays"],
    [null, "CARTE 14/02/26 CAP PLEIN AIR CB*1234", "Plein Cap"],
    [null, "GUIDE DOG SUPPLIES LTD", "Guide Dogs"],
    [null, "LIVELY CAFE LONDON GBR", "GreatCall"],
    [null, "COUNTRY LIFE BUTTER", "Country Life"],
    [null, "YOURS TRULY CAFE", "Yours Magazine"],
    ["Yours", "Danke", "Yours Magazine"],
    [null, "GREAT RAIL MODELS LTD", "Great Rail Journeys"],
    [null, "HOLLAND AMERICA BANK", "Holland America Line"],
    [null, "WENDY WU ZELLE DINNER", "Wendy Wu Tours"],
    [null, "BLOEMENWINKEL DE ZONNEBLOEM", "De Zonnebloem"],
    [null, "TOTAL WINE CELLAR BAR", "Total Wine & More"],
    [null, "VBL LUZERN BILLETTAUTOMAT", "VBL"],
  ]);
});
