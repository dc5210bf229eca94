// The household's recurring payments and incomes per region of the tuning
// rows ("retired": the first held-out pool, see pools.ts). Amounts are ranges in the
// account currency; purposes use {m} {y} {mon} placeholders.
import { r, type Recurring, type Region } from "./pools.ts";


export const RECURRING: Record<"tuning" | "retired", Record<Region, Recurring[]>> = {
  tuning: {
    de: [
      r("Hausverwaltung Krause GmbH", "Hausverwaltung Krause", "rent", ["Miete {m}/{y} Whg 3 OG links", "Miete {mon} {y}"], 780, 1250),
      r("Wohnungsbau GmbH Nord", "Wohnungsbau Nord", "rent", ["Miete {m}/{y}", "Mietzahlung Wohnung 12"], 650, 980),
      r("ACME Software GmbH", "ACME Software", "salary", ["LOHN/GEHALT {m}/{y}", "Gehalt {mon} {y}"], 2800, 4200, true),
      r("Stadtwerke München GmbH", "Stadtwerke München", "utilities", ["Abschlag Strom {m}/{y} Vertragskonto 400123", "Abschlag {mon}"], 45, 140),
      r("Vattenfall Europe Sales GmbH", "Vattenfall", "utilities", ["Abschlag {m}/{y} Kundennr 8812345"], 40, 110),
      r("Allianz Versicherungs-AG", "Allianz", "insurance", ["Beitrag {m}/{y} Vertrag AS-1234567", "Kfz-Versicherung {y}"], 25, 120),
      r("HUK-COBURG Allgemeine Versicherung AG", "HUK-COBURG", "insurance", ["Beitrag Kfz {y} VS-Nr 123/456789"], 30, 90),
      r("Finanzamt Berlin-Mitte", "Finanzamt", "taxes", ["StNr 34/123/45678 ESt {y}", "Einkommensteuer Vorauszahlung {m}/{y}"], 150, 900),
      r("Rundfunk ARD, ZDF, DRadio", "Rundfunkbeitrag", "taxes", ["Rundfunk {m}.{y} - {m}.{y} Beitragsnr. 123456789"], 55.08, 55.08),
      r("Telekom Deutschland GmbH", "Telekom", "utilities", ["Rechnung {mon} {y} Kd-Nr 123456", "Mobilfunk {m}/{y}"], 20, 65),
      r("Vodafone GmbH", "Vodafone", "utilities", ["Kabel Internet {m}/{y} K-NR. 0123456"], 25, 50),
      r("McFIT GmbH", "McFIT", "entertainment", ["Mitgliedsbeitrag {mon} {y}"], 24.9, 29.9),
      r("Anna Schmidt", "Anna Schmidt", "other", ["Geschenk Lisa", "Danke fürs Auslegen"], 10, 80),
    ],
    uk: [
      r("J SMITH LETTINGS", "J Smith Lettings", "rent", ["RENT {mon}", "RENT FLAT 2"], 900, 1600),
      r("WIDGETS LTD", "Widgets", "salary", ["SALARY {mon}", "WIDGETS LTD SALARY"], 2100, 3600, true),
      r("BRITISH GAS", "British Gas", "utilities", ["BRITISH GAS {y}"], 40, 120),
      r("THAMES WATER", "Thames Water", "utilities", ["THAMES WATER UTILI"], 25, 45),
      r("AVIVA", "Aviva", "insurance", ["AVIVA INSURANCE"], 15, 60),
      r("HMRC", "HMRC", "taxes", ["HMRC SELF ASSESSMENT"], 200, 1200),
      r("PUREGYM", "PureGym", "entertainment", ["PUREGYM MEMBERSHIP"], 20, 30),
    ],
    us: [
      r("OAKWOOD PROPERTY MANAGEMENT", "Oakwood Property Management", "rent", ["RENT PAYMENT", "MONTHLY RENT"], 1400, 2600),
      r("ACME CORP", "Acme", "salary", ["PAYROLL"], 2600, 5200, true),
      r("SEATTLEUTILTIES", "Seattle Utilities", "utilities", ["WEB_PAY"], 60, 180),
      r("GEICO", "GEICO", "insurance", ["GEICO AUTO"], 80, 180),
      r("VERIZON WIRELESS", "Verizon", "utilities", ["PAYMENTREC"], 45, 120),
    ],
    fr: [
      r("SCI LES TILLEULS", "Sci Les Tilleuls", "rent", ["LOYER {mon}"], 700, 1300),
      r("ACME SAS", "Acme", "salary", ["SALAIRE {mon} {y}"], 2200, 3400, true),
      r("EDF", "EDF", "utilities", ["ECHEANCE EDF"], 40, 120),
      r("MAIF", "MAIF", "insurance", ["COTISATION MAIF"], 20, 80),
    ],
    nl: [
      r("Woonstichting De Vijf Hoeven", "Woonstichting De Vijf Hoeven", "rent", ["Huur {mon} {y}"], 700, 1200),
      r("ACME B.V.", "Acme", "salary", ["Salaris {mon} {y}"], 2500, 3800, true),
      r("Eneco", "Eneco", "utilities", ["Termijnbedrag energie {m}-{y}"], 60, 160),
      r("KPN B.V.", "KPN", "utilities", ["KPN factuur {m}-{y}"], 30, 60),
    ],
  },
  retired: {
    de: [
      r("Vonovia SE", "Vonovia", "rent", ["Kaltmiete + NK {m}/{y}", "Dauerauftrag Mietzahlung"], 690, 1100),
      r("Immobilien Berger", "Immobilien Berger", "rent", ["Monatsmiete {mon}"], 850, 1300),
      r("WEG Lindenstrasse 12", "WEG Lindenstrasse", "rent", ["Hausgeld {m}/{y}"], 250, 400),
      r("Muster Logistik AG", "Muster Logistik", "salary", ["Bezüge {mon} {y}", "Gehalt {m}.{y}"], 2600, 3900, true),
      r("E.ON Energie Deutschland GmbH", "E.ON", "utilities", ["Abschlag Gas {m}/{y} VK 123456"], 50, 130),
      r("Stadtwerke Köln GmbH", "Stadtwerke Köln", "utilities", ["Wasser Abschlag {mon}"], 20, 45),
      r("ERGO Versicherung AG", "ERGO", "insurance", ["Haftpflicht Beitrag {y}"], 6, 15),
      r("DEVK Allgemeine Versicherungs-AG", "DEVK", "insurance", ["Hausrat {m}/{y}"], 8, 20),
      r("Telefonica Germany GmbH + Co. OHG", "O2", "utilities", ["Kd-Nr.: 123456789 Rechnung {m}/{y}"], 15, 40),
      r("1&1 Telecom GmbH", "1&1", "utilities", ["DSL {mon} {y}"], 30, 45),
      r("ARD ZDF Deutschlandradio Beitragsservice", "Rundfunkbeitrag", "taxes", ["Rundfunkbeitrag {m}/{y} Beitragsnummer 987654321"], 55.08, 55.08),
      r("Stadtkasse Leipzig", "Stadtkasse Leipzig", "taxes", ["Grundsteuer {y} Kassenzeichen 1234"], 60, 180),
      r("FitX Deutschland GmbH", "FitX", "entertainment", ["FitX Mitgliedschaft {m}/{y}"], 19.9, 24.9),
      r("Jonas Weber", "Jonas Weber", "other", ["Konzertkarten", "Anteil Urlaub"], 20, 150),
    ],
    uk: [
      r("FOXTONS LTD", "Foxtons", "rent", ["FLAT RENT {mon}"], 1100, 1900),
      r("NORTHWIND TRADING PLC", "Northwind Trading", "salary", ["PAYROLL {mon}"], 2200, 3300, true),
      r("OCTOPUS ENERGY", "Octopus Energy", "utilities", ["OCTOPUS ENERGY DD"], 50, 140),
      r("LB CAMDEN", "Camden Council", "taxes", ["COUNCIL TAX {y}"], 110, 180),
      r("DIRECT LINE", "Direct Line", "insurance", ["CAR INSURANCE"], 30, 70),
    ],
    us: [
      r("GREYSTAR RES", "Greystar Res", "rent", ["RENT"], 1500, 2400),
      r("GLOBEX INC", "Globex", "salary", ["PAYROLL"], 2900, 4800, true),
      r("CON ED OF NY", "Con Edison", "utilities", ["INTELL CHK"], 50, 150),
      r("STATE FARM RO 27", "State Farm", "insurance", ["CPC-CLIENT"], 90, 200),
    ],
    fr: [
      r("FONCIA", "Foncia", "rent", ["LOYER {mon} {y}"], 750, 1200),
      r("ENGIE", "ENGIE", "utilities", ["PRELEVEMENT ENGIE GAZ"], 40, 110),
    ],
    nl: [
      r("Vesteda", "Vesteda", "rent", ["Huur woning {mon}"], 900, 1400),
      r("Vattenfall Klantenservice N.V.", "Vattenfall", "utilities", ["Energierekening {m}-{y}"], 70, 150),
      r("Zilveren Kruis", "Zilveren Kruis", "insurance", ["Zorgverzekering premie {mon}"], 130, 160),
    ],
  },
};
