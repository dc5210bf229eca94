// The trades of rural and village life, enumerated by trade: farm shops and the farms' vending machines, country
// butchers and game dealers, agricultural co-operatives and feed merchants, saddlers and farriers, riding stables and
// livery, firewood, pellets and coal, septic tanks, gun shops and fishing tackle, village halls and shows, church levies
// and rural buses. Each business is made up; each rule has rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a farm's shop, its vending machines and its produce are groceries", () => {
  itCategorizes([
    ["Kartenzahlung", "MILCHTANKSTELLE HOF BRE", "MILCHTANKSTELLE HOF BRE//OBERSTDORF/DE 04.02.2026", "-3.00", "groceries"],
    [null, null, "SUMUP *MILCH TANKSTELLE GUT ALM", "-2.00", "groceries"],
    [null, null, "SUMUP *EIERAUTOMAT GUT WEIDEN", "-4.20", "groceries"],
    [null, null, "SUMUP *REGIOMAT HOFMANN", "-12.50", "groceries"],
    ["Kartenzahlung", "MILCHAUTOMAT LINDENHOF", "MILCHAUTOMAT LINDENHOF//WANGEN/DE 12.03.2026", "-2.40", "groceries"],
    [null, null, "ZTL*KARTOFFELAUTOMAT BERGER", "-6.00", "groceries"],
    ["Lastschrift", "Biohof Sonnenwiese GbR", "Gemüsekiste KW 18 Kunden-Nr 2231", "-24.90", "groceries"],
    [null, null, "SUMUP *ERDBEERHOF KRAUSE", "-11.80", "groceries"],
    [null, null, "SUMUP *SELBSTPFLUECKFELD MAIER", "-9.60", "groceries"],
    [null, null, "ZTL*DIREKTVERMARKTUNG HAAS", "-31.00", "groceries"],
    ["Kartenzahlung", "GUTSLADEN SCHLOSS ROHR", "GUTSLADEN SCHLOSS ROHR//ROHR/DE 12.03.2026", "-27.40", "groceries"],
    ["Überweisung", "Imkerei am Waldrand", "2 Glas Waldhonig Imker Bauer", "-16.00", "groceries"],
    [null, null, "SUMUP *OBSTBRENNEREI WALDSEE", "-38.00", "groceries"],
    ["Card payment", null, "SQ *HONESTY BOX HOLLY FARM", "-5.00", "groceries"],
    ["DEBIT_CARD", null, "SQ *BRAMBLE LANE PICK YOUR OWN", "-14.30", "groceries"],
    ["Direct Debit", "DALES MILKMAN LTD", "MILK ROUND ACC 0421", "-18.60", "groceries"],
    [null, null, "CARTE 12/03 CASIER FERMIER DES PRES CB*4471", "-7.50", "groceries"],
    [null, null, "CB DISTRIBUTEUR DE LAIT GAEC 12/03", "-2.00", "groceries"],
    [null, null, "CARTE 08/02 LAITERIE DU VAL CB*1403", "-13.20", "groceries"],
    ["Betaalautomaat", "ZUIVELBOERDERIJ DE HOEV", "Pasvolgnr: 001 07-04-2026 10:12 Transactie: 000002 Term: AB222C", "-19.45", "groceries"],
    ["Betaalautomaat", "MELKAUTOMAAT VAN DAM", "Pasvolgnr: 002 07-04-2026 10:12", "-1.50", "groceries"],
    [null, null, "CCV*HOEVEWINKEL T HOOGE", "-22.10", "groceries"],
    [null, null, "SUMUP *ZELFPLUK DE BONGERD", "-8.00", "groceries"],
    [null, null, "AZIENDA AGRICOLA IL CASALE SIENA", "-26.00", "groceries"],
  ]);
});

describe("country butchers, smokeries and game dealers are groceries", () => {
  itCategorizes([
    [null, null, "SUMUP *LANDMETZGER STEGER", "-34.70", "groceries"],
    ["Kartenzahlung", "WILDHANDEL FORSTHAUS", "WILDHANDEL FORSTHAUS//ARNSBERG/DE 12.03.2026", "-48.00", "groceries"],
    [null, null, "ZTL*WILDBRET VOM JAEGER", "-29.50", "groceries"],
    ["Card payment", null, "HIGHLAND GAME DEALERS DINGWALL", "-36.00", "groceries"],
    [null, null, "SQ *FENLAND VENISON", "-22.00", "groceries"],
    [null, null, "CB SAURISSERIE DU PORT 12/03", "-17.40", "groceries"],
    [null, null, "EMBUTIDOS HERMANOS GIL SALAMANCA", "-21.90", "groceries"],
  ]);
});

describe("farm supplies, co-operatives, feed, hay and tack, saddlers and farriers are shopping", () => {
  itCategorizes([
    ["Kartenzahlung", "RAIFFEISENMARKT ALTDORF", "RAIFFEISENMARKT ALTDORF//ALTDORF/DE 12.03.2026", "-54.90", "shopping"],
    [null, null, "RAIFFEISEN MARKT HOLLFELD 0412", "-23.80", "shopping"],
    ["Lastschrift", "Raiffeisen-Warengenossenschaft Nordheide eG", "Rechnung 88123 Pferdefutter", "-86.00", "shopping"],
    [null, null, "ZTL*LANDWARENHANDEL KOCH", "-41.00", "shopping"],
    ["Überweisung", "Heuhandel Schröder", "10 Rundballen Heu Lieferung", "-450.00", "shopping"],
    ["Lastschrift", "Futtermittelhandel Wendt GmbH", "Kd-Nr 1120 Rechnung 2026-311", "-132.40", "shopping"],
    ["Überweisung", "Hufschmied Andreas Kern", "Hufbeschlag Stute Lotte Mai", "-95.00", "shopping"],
    [null, null, "SUMUP *SATTLEREI BRANDT", "-65.00", "shopping"],
    ["Kartenzahlung", "REITSPORTLADEN STEINHOF", "REITSPORTLADEN STEINHOF//VERDEN/DE 12.03.2026", "-79.90", "shopping"],
    ["Überweisung", "Maschinenring Allgäu", "Winterdienst Hofeinfahrt 2025/26", "-210.00", "shopping"],
    ["Card payment", null, "MOLEHILL AGRICULTURAL MERCHANTS", "-58.20", "shopping"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 04/02 VALLEY FARM SUPPLY MT VERNON OH CARD 1610", "-47.15", "shopping"],
    ["Card payment", null, "SQ *HIGHFIELD HAY AND STRAW", "-60.00", "shopping"],
    [null, null, "SQ *WOLDS FEED MERCHANTS", "-39.50", "shopping"],
    ["Faster Payment", "T JONES FARRIER", "TRIM AND SHOES BRAMBLE", "-85.00", "shopping"],
    [null, null, "CARTE 12/03 COOPERATIVE AGRICOLE DU BOCAGE CB*1182", "-44.60", "shopping"],
    [null, null, "CB MARECHAL FERRANT DURAND 12/03", "-70.00", "shopping"],
    [null, null, "CB SELLERIE DU HARAS 12/03", "-112.00", "shopping"],
    ["Betaalautomaat", "HOEFSMID J DE GROOT", "Pasvolgnr: 003 07-04-2026", "-75.00", "shopping"],
    [null, null, "BEA NR:12AB34 RUITERSPORT DE KEMPEN", "-49.95", "shopping"],
    [null, null, "CONSORZIO AGRARIO DI PARMA", "-37.80", "shopping"],
  ]);
});

describe("gun shops, fishing tackle, well drillers and Christmas trees are shopping", () => {
  itCategorizes([
    [null, null, "SUMUP *WAFFEN HOFMANN JAGDBEDARF", "-120.00", "shopping"],
    ["Kartenzahlung", "BUECHSENMACHEREI LANG", "BUECHSENMACHEREI LANG//SUHL/DE 12.03.2026", "-88.00", "shopping"],
    [null, null, "ZTL*ANGELLADEN AM SEE", "-23.50", "shopping"],
    ["Card payment", null, "SQ *TWEEDSIDE GUNSMITH KELSO", "-64.00", "shopping"],
    ["Card payment", null, "RIVERBANK ANGLING CENTRE", "-18.99", "shopping"],
    [null, null, "CB PECHE ET CHASSE DU LOT 12/03", "-31.00", "shopping"],
    ["Überweisung", "Brunnenbau Petersen GmbH", "Rechnung 2026-044 Brunnenbohrung", "-2400.00", "shopping"],
    ["Faster Payment", "WELLSPRING BOREHOLE DRILLING", "INV 3321", "-1850.00", "shopping"],
    [null, null, "SUMUP *CHRISTBAUMVERKAUF HUBER", "-45.00", "shopping"],
    [null, null, "CCV*KERSTBOMEN VAN DIJK", "-39.00", "shopping"],
  ]);
});

describe("riding stables, livery, hunting and shooting clubs, fishing waters, village halls and shows are leisure", () => {
  itCategorizes([
    ["Dauerauftrag", "Reiterhof Lindenau", "Boxenmiete Mai Stute Lotte", "-380.00", "entertainment"],
    ["Überweisung", "Pensionsstall Birkenhof", "Pferdepension Juni 2026", "-340.00", "entertainment"],
    ["Standing Order", "OAKWOOD LIVERY YARD", "FULL LIVERY MAY", "-520.00", "entertainment"],
    ["Card payment", null, "SQ *HILLSIDE RIDING STABLES", "-45.00", "entertainment"],
    [null, null, "CB CENTRE EQUESTRE DES PINS 12/03", "-160.00", "entertainment"],
    ["Incasso", "Paardenpension De Wei", "Stalling mei 2026", "-295.00", "entertainment"],
    ["Überweisung", "Jagdgenossenschaft Oberau", "Jagdpacht 2026/27 Revier Nord", "-1200.00", "entertainment"],
    ["Lastschrift", "Hegering Altenberge", "Jahresbeitrag 2026", "-45.00", "entertainment"],
    ["Kartenzahlung", "SCHIESSSTAND SCHUETZENGI", "SCHIESSSTAND SCHUETZENGI//WARENDORF/DE 12.03.2026", "-18.00", "entertainment"],
    ["Card payment", null, "SQ *COTSWOLD CLAY PIGEON GROUND", "-55.00", "entertainment"],
    [null, null, "CB CARTE DE PECHE AAPPMA 12/03", "-78.00", "entertainment"],
    [null, null, "SUMUP *FORELLENTEICH MUEHLBACH", "-15.00", "entertainment"],
    ["Überweisung", "Gemeinde Tannheim", "Miete Dorfgemeinschaftshaus 14.06. Geburtstag", "-150.00", "entertainment"],
    ["Faster Payment", "LITTLE MARSTON VILLAGE HALL", "HALL HIRE 14 JUNE", "-60.00", "entertainment"],
    [null, null, "SQ *BRAMLEY VILLAGE FETE", "-12.00", "entertainment"],
    ["Card payment", null, "NORTHSHIRE COUNTY SHOW TICKETS", "-28.00", "entertainment"],
    [null, null, "CB SALLE DES FETES DE VERNOUX 12/03", "-180.00", "entertainment"],
    [null, null, "SUMUP *KIRCHWEIH SCHAUSTELLER", "-8.00", "entertainment"],
  ]);
});

describe("riding lessons and hunting courses are education", () => {
  itCategorizes([
    ["Überweisung", "Reiterhof Lindenau", "Reitstunden 10er Karte Emma", "-220.00", "education"],
    ["Überweisung", "Kreisjägerschaft Borken", "Jungjägerkurs 2026 Teilnahme", "-950.00", "education"],
    ["Incasso", "Manege De Hoefslag", "Paardrijles 10 rittenkaart", "-175.00", "education"],
  ]);
});

describe("firewood, pellets, coal and a septic tank's emptying heat and drain the home", () => {
  itCategorizes([
    ["Überweisung", "Forstbetrieb Lenz", "Rechnung 2026-12 Scheitholz 6 rm Buche", "-540.00", "utilities"],
    ["Lastschrift", "Pellethandel Süd GmbH", "Holzpellets 4t Lieferung 12.03.", "-1180.00", "utilities"],
    [null, null, "ZTL*KOHLEN UND BRIKETTS SCHULZE", "-64.00", "utilities"],
    ["Faster Payment", "PEAK SOLID FUELS", "SMOKELESS FUEL 10 BAGS", "-189.00", "utilities"],
    ["Card payment", null, "SQ *DALES SEASONED LOGS", "-95.00", "utilities"],
    ["Faster Payment", "J WHITE COAL MERCHANTS", "INV 2231", "-140.00", "utilities"],
    [null, null, "PRLV SEPA ETS MARTIN MAZOUT", "-612.00", "utilities"],
    ["Overschrijving", "Brandhout Limburg", "Factuur 2026-118 1 m3 eiken", "-165.00", "utilities"],
    ["Überweisung", "Fuhrunternehmen Alt", "Grubenentleerung Kleinkläranlage Hauptstr. 4", "-185.00", "utilities"],
    ["Faster Payment", "VALE SEPTIC TANK SERVICES", "EMPTYING INV 554", "-240.00", "utilities"],
    [null, null, "PRLV SEPA VIDANGE FOSSE SEPTIQUE LEROY", "-260.00", "utilities"],
    ["Lastschrift", "Wasserbeschaffungsverband Hümmling", "Wassergeld 2. Abschlag", "-48.00", "utilities"],
  ]);
});

describe("the levies of the country and the licences to hunt and fish are taxes", () => {
  itCategorizes([
    ["Lastschrift", "Tierseuchenkasse Niedersachsen", "Beitrag 2026 Pferde 2 Tiere", "-16.00", "taxes"],
    ["Lastschrift", "Deichverband Kehdingen", "Deichbeitrag 2026", "-37.20", "taxes"],
    ["Lastschrift", "Wasser- und Bodenverband Seeniederung", "Beitrag 2026 Flurstück 112", "-22.80", "taxes"],
    ["Überweisung", "Kath. Kirchengemeinde St. Martin", "Kirchgeld 2026", "-25.00", "taxes"],
    ["Lastschrift", "Kirchenbeitragsstelle Linz", "Kirchenbeitrag 2026 1. Rate", "-68.00", "taxes"],
    ["Card payment", null, "ENVIRONMENT AGENCY ROD LICENCE", "-35.80", "taxes"],
    ["DEBIT_CARD", null, "PURCHASE AUTHORIZED ON 04/02 WILDLIFE LICENSING HUNTING LICENSE CARD 1610", "-48.00", "taxes"],
    [null, null, "CB PERMIS DE CHASSE FDC 12/03", "-145.00", "taxes"],
  ]);
});

describe("a country vet, a church's gifts and a village's buses", () => {
  itCategorizes([
    ["Überweisung", "Großtierpraxis Dr. Hein", "Rechnung 2026-311 Impfung Stute", "-96.00", "health"],
    ["Card payment", null, "SQ *MOORSIDE FARM VETS", "-72.00", "health"],
    ["Standing Order", "ST MARY PARISH CHURCH", "MONTHLY TITHE", "-40.00", "donations"],
    ["Virement", "Paroisse Saint-Hilaire", "Offrande messe", "-20.00", "donations"],
    ["Standing Order", "ASHBY PAROCHIAL CHURCH COUNCIL", "PARISH GIVING", "-25.00", "donations"],
    [null, null, "SUMUP *BUERGERBUS HAMMERSTEIN", "-2.50", "transport"],
    [null, null, "ANRUFSAMMELTAXI KREIS GIFHORN", "-4.00", "transport"],
    ["Card payment", null, "NORTHVALE DIAL A RIDE", "-3.20", "transport"],
  ]);
});

describe("but surnames, towns, restaurants, brands and other meanings keep theirs", () => {
  itCategorizes([
    // A chip shop calls itself a fishery; a burger joint a Burgerhaus; a pub the Stables; a Sicilian owner's pizzeria.
    ["Card payment", null, "SQ *OCEAN FISHERIES LEEDS", "-9.80", "restaurants"],
    [null, null, "SUMUP *BURGERHAUS AM MARKT", "-14.50", "restaurants"],
    [null, null, "PIZZERIA MANISCALCO PALERMO", "-28.00", "restaurants"],
    // A bakery's Christmas log; a car's oil change; a petrol station's fuel; a cash machine in a farming town.
    [null, null, "CB BOULANGERIE BUCHES DE NOEL 12/03", "-24.00", "groceries"],
    [null, null, "CB NORAUTO VIDANGE 12/03", "-89.00", "fuel"],
    ["Card payment", null, "SHELL FUEL OXFORD", "-62.00", "fuel"],
    // A congregation's gift stays a gift; a holiday on a farm stays a stay; a farm park an outing.
    ["Überweisung", "Ev. Kirchengemeinde Telgte", "Spende Orgelsanierung", "-50.00", "donations"],
    ["Überweisung", "Ferienhof Hansen", "Urlaub auf dem Bauernhof Anzahlung", "-200.00", "travel"],
    ["Card payment", null, "SQ *HOLLY FARM PARK", "-22.00", "entertainment"],
    // A riding school is the riding sport's, as a manège is; a Reitverein's dues stay the club's.
    [null, null, "REITSCHULE BIRKENHOF", "-30.00", "entertainment"],
    ["Lastschrift", "Reit- und Fahrverein Lindlar", "Mitgliedsbeitrag 2026", "-120.00", "entertainment"],
    // A person paid for eggs is a person's payment; a Sattler surname with an electrician's trade keeps the trade's.
    ["Überweisung", "Anna Kohlen", "Eier und Kartoffeln", "-12.00", "other"],
    ["Überweisung", "Elektro Sattler GmbH", "Rechnung 2026-18 Zählerschrank", "-640.00", "shopping"],
    // A parish council is a local authority (its precept rides on the council tax); a filling station stays fuel.
    ["Direct Debit", "ASHBY PARISH COUNCIL", "COUNCIL TAX 2026", "-112.00", "taxes"],
    ["Kartenzahlung", "GLOBUS TANKSTELLE", "GLOBUS TANKSTELLE//HOMBURG/DE 12.03.2026", "-58.00", "fuel"],
    [null, null, "SUMUP *DORF TANKSTELLE MAIER", "-45.00", "fuel"],
    // A Kirchengemeinde's church tax comes through the Finanzamt too; a mortgage's standing order stays rent.
    ["Lastschrift", "Finanzamt Rosenheim", "Kirchensteuer Vorauszahlung 2026", "-210.00", "taxes"],
    ["Dauerauftrag", "Hausverwaltung Reiter", "Miete Mai Wohnung 3", "-780.00", "rent"],
  ]);
});
