// Label shapes still wrong after pool 65: a German therapist's "Praxis für <Trade> <Owner>" goes by trade and owner;
// a public hospital's "Kommunalunternehmen" is its legal form; a French taxi's "conventionné" (approved for health
// insurance journeys) is a status, not part of its name. Each rule has must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a practice for a trade goes by the trade and its owner", () => {
  itLabels([
    ["PRAXIS FUER LOGOPAEDIE MAINBOGEN", null, "Logopaedie Mainbogen"],
    [null, "Praxis f. Physiotherapie K. Detering, MUENCHEN DE Karte Nr. 4871", "Physiotherapie Detering"],
    ["Praxis für Ergotherapie Vogt", "Rechnung 12", "Ergotherapie Vogt"],
  ]);
  // Guards: a practice for a field of medicine joined by "und", and a practice with its doctor, stay as before.
  itLabels([
    ["Praxis für Kinder- und Jugendmedizin", null, "Praxis für Kinder- und Jugendmedizin"],
    ["PRAXIS DR. WELLERDIEK", null, "Dr. Wellerdiek"],
    ["Praxis Dr. med. Kempen", null, "Dr. med. Kempen"],
  ]);
});

describe("a public hospital's 'Kommunalunternehmen' is its legal form", () => {
  itLabels([
    ["HASSBERG-KLINIKEN KOMMUNALUNTERNEHMEN - Koeln", "Card transaction of 53.43 EUR issued by HASSBERG-KLINIKEN KOMMUNALUNTERNEHMEN", "Hassberg-Kliniken"],
  ]);
});

describe("a French approved taxi's 'conventionné' is no word of its name", () => {
  itLabels([
    [null, "CARTE 04/06/25 TAXI BRIAND CONVENTIONNE CB*1653", "Taxi Briand"],
    [null, "CARTE 04/06/25 AMBULANCES DU LAC CONVENTIONNEES CB*1653", "Ambulances Du Lac"],
  ]);
  // Guard: a name without the status keeps its words.
  itLabels([[null, "CARTE 04/06/25 TAXI BRIAND CB*1653", "Taxi Briand"]]);
});

describe("a health trade's word the card field cut is completed", () => {
  itLabels([
    [null, "SQ *LONDONTHORPE PODIATRLONDON        GBR", "Londonthorpe Podiatry"],
    [null, "SQ *LONDONTHORPE PODIATR 5556   ON 07 JAN          BCC", "Londonthorpe Podiatry"],
    [null, "CHECKCARD 0903 SQ *PINE BUSH OCCUPATIONA AUSTIN CA 31851403537303247007284", "Pine Bush Occupational"],
  ]);
  // Guard: a name too short to fill the card field was not cut, so its last word is left as printed.
  itLabels([[null, "CHECKCARD 0903 SQ *PINE BUSH OCCUP AUSTIN CA 31851403537303247007284", "Pine Bush Occup"]]);
});

describe("a doctor's field after the name is no part of it", () => {
  itLabels([
    [null, "Dr. med. H. Rueterjans Hausarzt", "Dr. Rueterjans"],
    [null, "Kartenzahlung DR. PHIL. A. WELLERDIEK PSYCHOL. PSYCHOTHERAPEUTIN//HAMBURG/DE 2025-03-11T16:55:58", "Dr. Wellerdiek"],
  ]);
  // Guards: a dentist's title still names the practice; a doctor without a field keeps the name as printed.
  itLabels([
    ["DR. MED. DENT. J. SCHWIENTEK ZAHNARZT", null, "Zahnarztpraxis Dr. Schwientek"],
    ["Dr. med. Anja Sommerfeld", null, "Dr. med. Anja Sommerfeld"],
  ]);
});
