// The home's tradesmen, enumerated by trade and language (home-trades.ts): plumbers, electricians, heating engineers,
// roofers, joiners, plasterers, painters, glaziers, chimney sweeps, scaffolders, locksmiths, pest control, cleaners and
// builders; tool, plant and skip hire; solar installers; the professional fees of architects, surveyors and energy
// advisers (other) and the council's planning levy (taxes). Each business is made up.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("plumbers, electricians and heating engineers are tradesmen, whatever gas, water or electricity they fit", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Heizung Sanitär Krüger GmbH", "Rechnung 2026-0412 Wartung Therme", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "SHK Meisterbetrieb Yilmaz", "RE 2026-55", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Gas-Wasser-Installateur Brandt", "Rechnung 77 Reparatur", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Elektro Schulz GmbH", "Rechnung 2026-118", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Elektriker Notdienst Berlin", "Rechnung 2026-118", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Elektrofachbetrieb Haas", "Rechnung 2026-118", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Haustechnik Becker GmbH", "Heizungswartung 2026", "-240.00", "shopping"],
    [null, null, "Overboeking Installatiebedrijf Van Dijk Factuur 2026018", "-240.00", "shopping"],
    [null, null, "Overboeking CV Service Noord BV Factuur 2026018 onderhoud cv ketel", "-240.00", "shopping"],
  ]);
});

describe("roofers are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Dachdeckermeister Voss", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Bedachung Hansen GmbH", "Rechnung 2026-118", "-1240.00", "shopping"],
    [null, null, "Overboeking Dakwerken Smits Factuur 2026018", "-1240.00", "shopping"],
    [null, null, "VIR SEPA COUVERTURE ZINGUERIE LEROY FACTURE 118", "-1240.00", "shopping"],
    [null, null, "VIR SEPA CHARPENTE COUVERTURE MARTIN FACTURE 118", "-1240.00", "shopping"],
    ["Faster Payment", null, "PEAK ROOFING SERVICES INV 22", "-1240.00", "shopping"],
    ["DEBIT_CARD", null, "LONE STAR ROOFING AND GUTTERS", "-1240.00", "shopping"],
  ]);
});

describe("joiners, carpenters and cabinet makers are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Tischlermeister Jens Otto", "Rechnung Einbauschrank", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Möbelschreinerei Huber", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Holzbau Hartmann GmbH", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Treppenbau Kunz", "Rechnung 2026-118", "-1240.00", "shopping"],
    [null, null, "Overboeking Timmerfabriek Dekker Factuur 2026018", "-1240.00", "shopping"],
    [null, null, "Overboeking Schrijnwerkerij Peeters Factuur 2026018", "-1240.00", "shopping"],
    [null, null, "VIR SEPA MENUISERIE ALU PVC BERNARD FACT 118", "-1240.00", "shopping"],
    [null, null, "VIR SEPA AGENCEMENT BOIS DESIGN FACT 118", "-1240.00", "shopping"],
    ["Faster Payment", null, "OAK JOINERY LTD INV 22", "-1240.00", "shopping"],
  ]);
});

describe("plasterers, painters and decorators are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Stuckateurbetrieb Maier", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Stukkateur Koch", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Malerwerkstatt Roth", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Maler und Lackierer Franke", "Rechnung 2026-118", "-1240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Malergeschäft Lang", "Rechnung 2026-118", "-1240.00", "shopping"],
    [null, null, "Overboeking Schildersbedrijf Mulder Factuur 2026018", "-1240.00", "shopping"],
    [null, null, "VIR SEPA PEINTRE EN BATIMENT LEGRAND FACT 118", "-1240.00", "shopping"],
    [null, null, "VIR SEPA PLATRERIE PEINTURE MOREAU FACT 118", "-1240.00", "shopping"],
    [null, null, "VIR SEPA PLAQUISTE DUBOIS FACT 118", "-1240.00", "shopping"],
  ]);
});

describe("glaziers are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Glasermeister Fuchs", "Rechnung 2026-118", "-240.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Glas Wolff GmbH", "Rechnung 2026-118", "-240.00", "shopping"],
    [null, null, "CB VITRERIE MIROITERIE DU CENTRE 12/03", "-240.00", "shopping"],
    ["Faster Payment", null, "CITY GLASS AND GLAZING LTD", "-240.00", "shopping"],
  ]);
});

describe("chimney sweeps are tradesmen, cut by the field or by their district", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Bezirksschornsteinfegermeister Lutz", "Feuerstättenschau 2026", "-84.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Schornsteinfegermeister Heinz", "Kehrung 2026", "-84.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Bez. Schornsteinfeger Lutz", "Gebührenbescheid Kehrung", "-84.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Rauchfangkehrer Gruber", "Rechnung 2026", "-84.00", "shopping"],
    [null, null, "Overboeking Schoorsteenvegersbedrijf Visser Factuur 2026018", "-84.00", "shopping"],
    [null, null, "VIR SEPA RAMONEUR SAVOYARD FACTURE 118", "-84.00", "shopping"],
    ["Faster Payment", null, "SOOT BUSTERS CHIMNEY SWEEPS", "-84.00", "shopping"],
  ]);
});

describe("scaffolders are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Gerüstbau Schmitz GmbH", "Rechnung 2026-118", "-840.00", "shopping"],
    [null, null, "Overboeking Steigerbouw Holland Factuur 2026018", "-840.00", "shopping"],
    [null, null, "VIR SEPA ECHAFAUDAGES DU NORD FACT 118", "-840.00", "shopping"],
    ["Faster Payment", null, "AAA SCAFFOLDERS LTD", "-840.00", "shopping"],
  ]);
});

describe("tool and plant hire is bought like the tools", () => {
  itCategorizes([
    ["Kartenzahlung", "MIETPARK SUED", "MIETPARK SUED//MUENCHEN/DE", "-60.00", "shopping"],
    ["Kartenzahlung", "BAUMASCHINENVERMIETUNG KORN", "BAUMASCHINENVERMIETUNG KORN//MUENCHEN/DE", "-60.00", "shopping"],
    ["Kartenzahlung", "GERAETEVERLEIH BAUER", "GERAETEVERLEIH//MUENCHEN/DE", "-60.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 GEREEDSCHAPSVERHUUR BOXTEL Boxtel,PAS299", "-60.00", "shopping"],
    [null, null, "BEA   NR:XXX641   29.06.26/18.59 MACHINEVERHUUR BOXTEL Boxtel,PAS299", "-60.00", "shopping"],
    [null, null, "CARTE 08/02/26 LOCATION D OUTILS PRO CB*1403", "-60.00", "shopping"],
    [null, null, "CARTE 08/02/26 LOCATION MATERIEL BTP CB*1403", "-60.00", "shopping"],
    ["Card payment", null, "SPEEDY HIRE CENTRE LEEDS GBR", "-60.00", "shopping"],
    ["DEBIT_CARD", null, "SUNBELT EQUIPMENT RENTAL DALLAS TX", "-60.00", "shopping"],
  ]);
});

describe("a skip or a container is hired for the works", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Containerdienst Schulz", "Rechnung Container 7cbm", "-360.00", "shopping"],
    [null, null, "Overboeking Containerverhuur West Factuur 2026018", "-360.00", "shopping"],
    [null, null, "VIR SEPA LOCATION DE BENNES DUVAL FACT 118", "-360.00", "shopping"],
    ["Faster Payment", null, "ACE SKIP HIRE LTD", "-360.00", "shopping"],
    ["DEBIT_CARD", null, "BIG BIN DUMPSTER RENTAL", "-360.00", "shopping"],
  ]);
});

describe("solar and heat-pump installers sell and fit goods", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Solartechnik Nord GmbH", "Abschlagsrechnung PV-Anlage", "-3600.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Wärmepumpen Zentrum Süd", "Rechnung 2026-118", "-3600.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Photovoltaik Meyer GmbH", "Rechnung 2026-118", "-3600.00", "shopping"],
    [null, null, "Overboeking Zonnepanelen Direct BV Factuur 2026018", "-3600.00", "shopping"],
    [null, null, "Overboeking Warmtepomp Specialist Factuur 2026018", "-3600.00", "shopping"],
    [null, null, "VIR SEPA POMPE A CHALEUR SERVICES FACT 118", "-3600.00", "shopping"],
    [null, null, "VIR SEPA PANNEAUX SOLAIRES FRANCE FACT 118", "-3600.00", "shopping"],
    ["Faster Payment", null, "SUNNY SOLAR PANELS LTD", "-3600.00", "shopping"],
    ["Faster Payment", null, "GREEN HEAT PUMPS LTD", "-3600.00", "shopping"],
  ]);
});

describe("architects, surveyors and energy advisers are a professional's fee (other), whatever estate or energy word they print", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Energieberatung Klein", "Rechnung Energieausweis", "-400.00", "other"],
    ["ONLINE-UEBERWEISUNG", "Architekturbüro Seidel", "Honorar Leistungsphase 1-4", "-4000.00", "other"],
    ["ONLINE-UEBERWEISUNG", "Dipl.-Ing. Klaus Vogt Architekt", "Rechnung 2026-118", "-4000.00", "other"],
    ["ONLINE-UEBERWEISUNG", "Bausachverständiger Lenz", "Gutachten", "-400.00", "other"],
    ["ONLINE-UEBERWEISUNG", "Vermessungsbüro Arndt", "Rechnung Lageplan", "-400.00", "other"],
    [null, null, "Overboeking Architectenbureau Vos Factuur 2026018", "-4000.00", "other"],
    [null, null, "Overboeking Energielabel Nederland Factuur 2026018", "-200.00", "other"],
    [null, null, "Overboeking Bouwkundige Keuring BV Factuur 2026018", "-400.00", "other"],
    [null, null, "VIR SEPA CABINET D ARCHITECTURE MOREAU FACT 118", "-4000.00", "other"],
  ]);
});

describe("building-control and planning fees are the council's levy", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Stadt Musterhausen", "Baugenehmigung Az 2026-118 Gebühr", "-400.00", "taxes"],
    ["ONLINE-UEBERWEISUNG", "Landkreis Harburg Bauaufsicht", "Gebührenbescheid Bauantrag", "-400.00", "taxes"],
    ["ONLINE-UEBERWEISUNG", "Bauordnungsamt Köln", "Gebühr Bauantrag 118", "-400.00", "taxes"],
    [null, null, "Overboeking Gemeente Utrecht leges omgevingsvergunning", "-400.00", "taxes"],
    ["Faster Payment", null, "PLANNING PORTAL APPLICATION FEE", "-258.00", "taxes"],
    ["Faster Payment", null, "LEEDS CC BUILDING CONTROL", "-258.00", "taxes"],
  ]);
});

describe("locksmiths, pest controllers, cleaning firms and window cleaners are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Aufsperrdienst Wien", "Rechnung Türöffnung", "-160.00", "shopping"],
    [null, null, "Overboeking Sleutelspecialist Amsterdam Factuur 2026018", "-160.00", "shopping"],
    [null, null, "CERRAJERIA RAPIDA SL", "-160.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Schädlingsbekämpfung Nord", "Rechnung 118", "-160.00", "shopping"],
    [null, null, "Overboeking Ongediertebestrijding Holland Factuur 2026018", "-160.00", "shopping"],
    [null, null, "VIR SEPA DERATISATION DESINSECTISATION 3D FACT 118", "-160.00", "shopping"],
    ["DEBIT_CARD", null, "ABC EXTERMINATORS INC", "-160.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Putzfee Reinigungsfirma", "Rechnung März", "-160.00", "shopping"],
  ]);
});

describe("builders and renovators are tradesmen", () => {
  itCategorizes([
    ["ONLINE-UEBERWEISUNG", "Bauunternehmen Lorenz GmbH", "Abschlagsrechnung 2", "-4000.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Müller Bau GmbH", "Rechnung 2026-118", "-4000.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Sanierung und Renovierung Kaya", "Rechnung 118", "-4000.00", "shopping"],
    ["ONLINE-UEBERWEISUNG", "Handwerkerservice Bolz", "Rechnung 118", "-400.00", "shopping"],
    [null, null, "Overboeking Aannemer Bosman Factuur 2026018", "-4000.00", "shopping"],
    [null, null, "Overboeking Renovatiebedrijf Oost Factuur 2026018", "-4000.00", "shopping"],
    [null, null, "VIR SEPA SARL BATIMENT RENOV FACT 118", "-4000.00", "shopping"],
    [null, null, "VIR SEPA TOUS TRAVAUX MARTIN FACT 118", "-400.00", "shopping"],
    ["Faster Payment", null, "ACE BUILDING CONTRACTORS LTD", "-4000.00", "shopping"],
  ]);
});
