// The home's shops, enumerated by trade and language (home-trades.ts): builders' merchants, timber yards, ironmongers,
// paint, floors, kitchens and bathrooms, windows and doors, stoves, furniture, beds, lighting, curtains, garden
// centres, landscapers, fencing and reclamation yards; and the rows whose words must keep their own category. Each
// business is made up; the trades' work, hire and fees are in home-trades-work.test.ts.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("builders' merchants and DIY stores sell goods", () => {
  itCategorizes([
    ["Kartenzahlung", "BAUSTOFFHANDEL KRAUSE", "BAUSTOFFHANDEL KRAUSE/INDUSTRIESTR. 4/CELLE/DE 01-05-2026T10:00:00 Folgenr. 01 Verfalld. 1229", "-84.10", "shopping"],
    ["Kartenzahlung", "BAUZENTRUM NORD GMBH", "BAUZENTRUM NORD GMBH//HAMBURG/DE 01-05-2026T10:00:00 Folgenr. 01", "-120.00", "shopping"],
    [null, "VISA BAUFACHMARKT HOLTKAMP", "NR XXXX 4874 MEPPEN DE KAUFUMSATZ 04.06 99.00", "-99.00", "shopping"],
    ["Kartenzahlung", "HEIMWERKERMARKT SCHULTE", "HEIMWERKERMARKT SCHULTE/LINGEN/DE", "-41.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 BOUWSTOFFEN DE GROOT Zwolle,PAS299", "-144.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 KLUSMARKT VEENENDAAL Veenendaal,PAS299", "-19.00", "shopping"],
    [null, null, "CARTE 08/02/26 NEGOCE MATERIAUX DU LAC CB*1403", "-210.00", "shopping"],
    [null, null, "CARTE 08/02/26 BRICO DEPOT ANGERS CB*1403", "-55.00", "shopping"],
    [null, null, "CB POINT P MATERIAUX 12/03", "-310.00", "shopping"],
  ]);
});

describe("timber yards and sawmills sell goods", () => {
  itCategorizes([
    ["Kartenzahlung", "HOLZHANDLUNG ROHDE", "HOLZHANDLUNG ROHDE//BREMEN/DE", "-70.00", "shopping"],
    ["Kartenzahlung", "HOLZZENTRUM OST", "HOLZZENTRUM OST//ERFURT/DE", "-70.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 HOUTHANDEL JANSEN Zwolle,PAS299", "-70.00", "shopping"],
    [null, null, "CARTE 08/02/26 SCIERIE DU JURA CB*1403", "-70.00", "shopping"],
    ["Card payment", null, "OAKFIELD TIMBER MERCHANTS GBR", "-70.00", "shopping"],
    ["Card payment", null, "RIVERSIDE SAWMILL LTD GBR", "-70.00", "shopping"],
  ]);
});

describe("ironmongers and drogueries sell hardware, whatever market their name says", () => {
  itCategorizes([
    ["Kartenzahlung", "EISENWAREN HOFFMANN", "EISENWAREN HOFFMANN//KASSEL/DE", "-9.50", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 IJZERWAREN VAN DAM Gouda,PAS299", "-9.50", "shopping"],
    [null, null, "CB DROGUERIE QUINCAILLERIE DU MARCHE 12/03", "-9.50", "shopping"],
    ["Card payment", null, "PARKERS IRONMONGERY HARROGATE GBR", "-9.50", "shopping"],
  ]);
});

describe("paint and wallpaper shops sell goods", () => {
  itCategorizes([
    ["Kartenzahlung", "FARBEN KRAUS", "FARBEN KRAUS//PASSAU/DE", "-39.00", "shopping"],
    ["Kartenzahlung", "FARBEN UND TAPETEN ZENTRUM", "FARBEN UND TAPETEN//BONN/DE", "-39.00", "shopping"],
    ["Kartenzahlung", "TAPETEN OTTO", "TAPETEN OTTO//BONN/DE", "-39.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 VERF EN BEHANG DE KWAST Delft,PAS299", "-39.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 VERFHANDEL KOOPMANS Delft,PAS299", "-39.00", "shopping"],
    [null, null, "CARTE 08/02/26 PEINTURES DE LA COTE CB*1403", "-39.00", "shopping"],
    [null, null, "CARTE 08/02/26 PAPIERS PEINTS DESIGN CB*1403", "-39.00", "shopping"],
    ["Card payment", null, "BROWNS PAINT AND WALLPAPER GBR", "-39.00", "shopping"],
    ["DEBIT_CARD", null, "SQ *VALLEY PAINT SUPPLY BOISE ID", "-39.00", "shopping"],
  ]);
});

describe("tile, floor and carpet shops sell goods, though a US one calls itself a depot", () => {
  itCategorizes([
    ["Kartenzahlung", "FLIESEN WERNER", "FLIESEN WERNER//AUGSBURG/DE", "-300.00", "shopping"],
    ["Kartenzahlung", "TEPPICHBODEN ZENTRUM", "TEPPICHBODEN ZENTRUM//AUGSBURG/DE", "-300.00", "shopping"],
    ["Kartenzahlung", "LAMINAT DEPOT", "LAMINAT DEPOT//AUGSBURG/DE", "-300.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 TAPIJTHANDEL DE VRIES Ede,PAS299", "-300.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 PARKET EN LAMINAAT Ede,PAS299", "-300.00", "shopping"],
    [null, null, "CARTE 08/02/26 SOLS ET MURS 33 CB*1403", "-300.00", "shopping"],
    [null, null, "CARTE 08/02/26 REVETEMENTS DE SOL DUVAL CB*1403", "-300.00", "shopping"],
    [null, null, "CARTE 08/02/26 PARQUETS DU SUD CB*1403", "-300.00", "shopping"],
    ["Card payment", null, "CARPETRIGHT FLOORING GBR", "-300.00", "shopping"],
  ]);
});

describe("kitchen and bathroom studios sell goods, not a restaurant's kitchen", () => {
  itCategorizes([
    ["Kartenzahlung", "KUECHENSTUDIO BRAUN", "KUECHENSTUDIO BRAUN//FULDA/DE", "-2000.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Badstudio Lehmann", "Rechnung 2026-118 Badsanierung", "-2000.00", "shopping"],
    ["Kartenzahlung", "KUECHENZENTRUM WOLF", "KUECHENZENTRUM WOLF//FULDA/DE", "-2000.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 BADKAMERSTUDIO OOST Ede,PAS299", "-2000.00", "shopping"],
    [null, null, "Overboeking Keuken en Bad Centrum Factuur 2026018", "-2000.00", "shopping"],
    [null, null, "CARTE 08/02/26 CUISINISTE MARTIN CB*1403", "-2000.00", "shopping"],
    [null, null, "VIR SEPA CUISINES ET BAINS DUBOIS FACTURE 118", "-2000.00", "shopping"],
    [null, null, "CARTE 08/02/26 SALLE DE BAINS CONCEPT CB*1403", "-2000.00", "shopping"],
    ["Card payment", null, "HIGHLAND KITCHEN AND BATHROOM GBR", "-2000.00", "shopping"],
  ]);
});

describe("window, door and shutter firms sell goods, and a garage door is no car's garage", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Fenster und Türen Schröder GmbH", "Rechnung 5512", "-900.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Garagentore Hahn", "Rechnung 5512", "-900.00", "shopping"],
    [null, null, "Overboeking Kozijnen Centrum Noord Factuur 112", "-900.00", "shopping"],
    [null, null, "VIR SEPA FENETRES ET PORTES DE L OUEST FACT 12", "-900.00", "shopping"],
    [null, null, "VIR SEPA VOLETS ROULANTS SERVICES FACT 12", "-900.00", "shopping"],
    ["Card payment", null, "ACME DOUBLE GLAZING LTD GBR", "-900.00", "shopping"],
    ["DEBIT_CARD", null, "ABC GARAGE DOORS LLC DALLAS TX", "-900.00", "shopping"],
  ]);
});

describe("stove and fireplace shops sell goods, and a Dutch hearth (haard) is no hairdresser's", () => {
  itCategorizes([
    ["Kartenzahlung", "KAMINSTUDIO WEBER", "KAMINSTUDIO WEBER//HOF/DE", "-900.00", "shopping"],
    ["Kartenzahlung", "OFENHAUS KLEIN", "OFENHAUS KLEIN//HOF/DE", "-900.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 HOUTKACHELS DE HAARD Ede,PAS299", "-900.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 HAARDENWINKEL BOS Ede,PAS299", "-900.00", "shopping"],
    [null, null, "CARTE 08/02/26 POELES ET CHEMINEES ROUX CB*1403", "-900.00", "shopping"],
    ["Card payment", null, "DALES STOVES AND FIREPLACES GBR", "-900.00", "shopping"],
    ["Card payment", null, "NORTHERN WOOD BURNERS GBR", "-900.00", "shopping"],
  ]);
});

describe("furniture, bed, lighting and curtain shops sell goods", () => {
  itCategorizes([
    ["Kartenzahlung", "WOHNSTUDIO KOCH", "WOHNSTUDIO KOCH//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "SCHLAFSTUDIO HERZ", "SCHLAFSTUDIO HERZ//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "BOXSPRINGBETTEN WELT", "BOXSPRINGBETTEN WELT//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "LEUCHTENHAUS SONNE", "LEUCHTENHAUS SONNE//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "LICHTSTUDIO AM DOM", "LICHTSTUDIO//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "RAUMAUSSTATTER BERGER", "RAUMAUSSTATTER BERGER//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "SONNENSCHUTZ WAGNER", "SONNENSCHUTZ WAGNER//TRIER/DE", "-600.00", "shopping"],
    ["Kartenzahlung", "GARDINENSTUDIO ROSE", "GARDINENSTUDIO//TRIER/DE", "-600.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 BEDDENSPECIAALZAAK SLAAP Ede,PAS299", "-600.00", "shopping"],
  ]);
});

describe("garden centres, landscapers, fencers and reclamation yards sell goods and work", () => {
  itCategorizes([
    ["Kartenzahlung", "GARTENMARKT SCHMIDT", "GARTENMARKT//TRIER/DE", "-40.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 BOOMKWEKERIJ DE LINDE Ede,PAS299", "-40.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 TUINMEUBELEN OUTLET Ede,PAS299", "-400.00", "shopping"],
    ["Card payment", null, "BLOOMFIELD GARDEN CENTR GBR", "-40.00", "shopping"],
    ["Card payment", null, "HILLSIDE PLANT CENTRE GBR", "-40.00", "shopping"],
    [null, null, "VIVAIO VERDE", "-40.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Gartengestaltung Pohl", "Rechnung 118", "-400.00", "shopping"],
    [null, null, "VIR SEPA ENTRETIEN ESPACES VERTS DUPUIS FACT 118", "-400.00", "shopping"],
    [null, null, "Overboeking Tuinaanleg Groen Factuur 2026018", "-400.00", "shopping"],
  ]);
});

describe("but the trades' words keep out of a rent, a utility bill, a dry cleaner, a restaurant, a garage, a person and a council", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Hausverwaltung Krause", "Miete Mai 2026 inkl. Heizung", "-850.00", "rent"],
    ["Dauerauftrag", "Petra Lang", "Miete Wohnung 2 OG Küche und Bad", "-750.00", "rent"],
    ["Lastschrift", "Stadtwerke Kiel", "Abschlag Strom Gas Wasser 05/2026", "-120.00", "utilities"],
    ["Lastschrift", "Vattenfall Wärme Berlin", "Abschlag Fernwärme Heizung", "-90.00", "utilities"],
    [null, null, "PRLV SEPA EDF ELECTRICITE CLIENTS PARTICULIERS", "-90.00", "utilities"],
    ["Direct Debit", null, "BRITISH GAS ENERGY DD", "-90.00", "utilities"],
    [null, null, "CARTE 08/02/26 PRESSING NETTOYAGE A SEC CB*1403", "-12.00", "drugstore"],
    ["Card payment", null, "SPARKLE DRY CLEANERS GBR", "-12.00", "drugstore"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 KAPSALON HAAR EN ZO Ede,PAS299", "-30.00", "drugstore"],
    ["Card payment", null, "THE HEARTH KITCHEN LEEDS GBR", "-30.00", "restaurants"],
    [null, null, "CARTE 08/02/26 LA CUISINE DE MARIE CB*1403", "-30.00", "restaurants"],
    ["Card payment", null, "KWIK FIT GARAGE SERVICES GBR", "-60.00", "fuel"],
    ["DEBIT_CARD", null, "MAIN ST AUTO GLASS", "-60.00", "fuel"],
    ["Kartenzahlung", "AUTOLACKIEREREI SCHMITT", "AUTOLACKIEREREI//KOELN/DE", "-300.00", "fuel"],
    ["Card payment", null, "PAINTING WITH A TWIST TICKETS", "-40.00", "entertainment"],
    ["Card payment", null, "SALLE FENCING CLUB LONDON", "-40.00", "entertainment"],
    ["Card payment", null, "HERTZ VAN HIRE GBR", "-90.00", "travel"],
    ["Card payment", null, "HOLIDAY COTTAGES CORNWALL GBR", "-90.00", "travel"],
    [null, null, "CARTE 08/02/26 ECOLE NATIONALE SUPERIEURE D ARCHITECTURE CB*1403", "-90.00", "education"],
    ["ONLINE-UEBERWEISUNG", "Umzugsfirma Hansen", "Rechnung Umzug", "-900.00", "other"],
    ["Faster Payment", null, "ACE RUBBISH REMOVAL", "-120.00", "other"],
    ["Faster Payment", null, "CITY HOUSE CLEARANCES", "-120.00", "other"],
    ["Faster Payment", null, "LEEDS CITY COUNCIL PARKING PERMIT", "-50.00", "taxes"],
    ["Lastschrift", "Landeshauptstadt München", "Grundsteuer 2026", "-150.00", "taxes"],
    ["ONLINE-UEBERWEISUNG", "Markus Glaser", "Umbuchung eigenes Konto", "-150.00", "transfers"],
    ["ONLINE-UEBERWEISUNG", "Thomas Schreiner", "Geburtstag", "-50.00", "other"],
    ["ONLINE-UEBERWEISUNG", "Anna Zimmermann", "Geschenk", "-50.00", "other"],
    ["Faster Payment", null, "MARY MASON", "-50.00", "other"],
    [null, null, "Overboeking J. Timmerman boodschappen", "-50.00", "other"],
    ["Kartenzahlung", "BAECKEREI HOLZ", "BAECKEREI HOLZ//ULM/DE", "-5.00", "groceries"],
    ["ONLINE-UEBERWEISUNG", "Praxis Dr. Glas", "Rechnung", "-50.00", "health"],
    ["Card payment", null, "THE PAINT POT CAFE GBR", "-12.00", "restaurants"],
    [null, null, "Overboeking Tandarts Bakker Factuur", "-50.00", "health"],
    ["ONLINE-UEBERWEISUNG", "Notar Dr. Weber", "Kaufvertrag Haus", "-1500.00", "other"],
    ["DEBIT_CARD", null, "GREYSTAR PROPERTY MANAGEMENT", "-1500.00", "rent"],
    ["DEBIT_CARD", null, "DUKE ENERGY PAYMENT", "-150.00", "utilities"],
    ["DEBIT_CARD", null, "CITY OF AUSTIN WATER UTILITY", "-80.00", "utilities"],
    ["DEBIT_CARD", null, "BLUE DOOR KITCHEN AND BAR", "-40.00", "restaurants"],
    ["Kartenzahlung", "WINTERGARTEN VARIETE", "WINTERGARTEN VARIETE//BERLIN/DE", "-40.00", "entertainment"],
    ["DEBIT_CARD", null, "HOME DEPOT #1234 AUSTIN TX", "-80.00", "shopping"],
    ["Lastschrift", "Allianz Versicherungs-AG", "Wohngebäudeversicherung Heizung", "-80.00", "insurance"],
  ]);
});
