// Label shapes that came out wrong after pool 58 (students, apprentices, first flats): a university's or a student
// services' town read as where the card was used, the refectory or till and the public-law form printed after such a
// body, and a purpose or a country run on after a payer's name. Businesses and rows are made up in the printed shapes
// of bank-formats.md §3 (a few are the pool's own rows); each rule has a guard that must stay as it is.
import { describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { labelOf, itLabels } from "../helpers/label-rows.ts";

/** Labels one merchant's key: umlauts a bank cannot print ("Universität", "Gießen") do not make another merchant. */
const itKeys = (cases: [string | null, string | null, string][]) =>
  it.each(cases)("%s / %s → %s", (counterparty, description, name) => {
    const label = labelOf(counterparty, description);
    expect(label && merchantKey(label)).toBe(merchantKey(name));
  });

describe("a university's or student services' town is part of its name", () => {
  itKeys([
    ["Technische Universitaet Ilmenau", "Bezuege studentische Hilfskraft 05/2025", "Technische Universität Ilmenau"],
    ["Justus-Liebig-Universitaet Giessen", "Rueckmeldung SoSe 2026 Studierendenbeitrag Matr. 5804117", "Justus-Liebig-Universität Gießen"],
    [null, "To Justus-Liebig-Universitaet Giessen", "Justus-Liebig-Universität Gießen"],
    ["Universitaet Passau", "Semesterbeitrag WS 2025/26 Matr. 81234", "Universität Passau"],
    ["Otto-von-Guericke-Universitaet Magdeburg", "Lohn Juni 2025", "Otto-von-Guericke-Universität Magdeburg"],
    ["Studierendenwerk Erlangen-Nuernberg", "Miete Wohnheim 10/2025", "Studierendenwerk Erlangen-Nürnberg"],
    ["Studentenwerk Goettingen", "Semesterbeitrag", "Studentenwerk Göttingen"],
    [null, "VIR SEPA CROUS LIMOGES LOYER CROUS 06/2025 CONTRAT 580411", "Crous Limoges"],
    [null, "PRLV SEPA CROUS GRENOBLE ALPES LOYER 11/2025", "Crous Grenoble Alpes"],
    [null, "Kartenzahlung HOCHSCHULSPORT BAYREUTH. 86270239//Frankfurt 2025-11-04T11:22:49 KFN 1 VJ 2812", "Hochschulsport Bayreuth"],
    [null, "PRLV SEPA UNIVERSITE DE TOULOUSE FRAIS D INSCRIPTION 2025", "Université de Toulouse"],
  ]);
  // Guard: an ordinary shop's card text still loses the town the card was used in.
  itLabels([
    ["GUTE STUBE ILMENAU", null, "Gute Stube"],
    [null, "Kartenzahlung BLUMEN KOENIG GIESSEN. 77123451//Giessen 2025-05-02T10:11:12 KFN 1 VJ 2812", "Blumen Koenig"],
  ]);
});

describe("the refectory, till or public-law form after such a body is no part of its name", () => {
  itKeys([
    [null, "STUDIERENDENWERK KAISERSLAUTERN AOER CAFETERIA, FRANKFURT DE Karte Nr. 4871 78XX XXXX 6262 Kartenzahlung comdirect Visa-Debitkarte 2025-07-24 00:00:00", "Studierendenwerk Kaiserslautern"],
    ["STUDENTENWERK GIESSEN ADOER MENSA//BERLIN/DE", "2025-10-29T19:30 Debitk.2 2027-12", "Studentenwerk Gießen"],
    ["Studentenwerk Giessen AdoeR Mensa - Dresden", "Card transaction of 17.74 EUR issued by Studentenwerk Giessen AdoeR Mensa", "Studentenwerk Gießen"],
    [null, "Kartenzahlung UNIVERSITAETSBIBLIOTHEK GIESSEN GEBUEHRENKASSE. 20517914//Hamburg 2026-09-17T15:51:53 KFN 1 VJ 2812", "Universitätsbibliothek Gießen"],
    ["STUDIERENDENWERK HEIDELBERG KDOER MENSA MARSTALL", null, "Studierendenwerk Heidelberg"],
    ["Studentenwerk Leipzig AoeR Cafeteria Dittrichring", null, "Studentenwerk Leipzig"],
    ["UNIVERSITAET TRIER KASSE", null, "Universität Trier"],
  ]);
  // Guard: a refectory word without such a body before it stays the name ("Mensa am Park" is a restaurant).
  itLabels([["MENSA AM PARK", null, "Mensa Am Park"]]);
});

describe("a purpose or a country printed after a payer's name is no part of it", () => {
  itKeys([
    [null, "VIR SEPA UNIVERSITE DE LIMOGES DROITS INSCRIPTION LICENCE 2026 N ETU 58041172", "Université de Limoges"],
    [null, "VIR SEPA LEGRAND FRANCE SALAIRE APPRENTI JULY 2025 MAT 580411", "Legrand"],
    [null, "VIR SEPA MECAPLAST FRANCE SALAIRE 09/2025", "Mecaplast"],
    ["Canon Production Printing Netherlands B.V.", "Loon leerwerkplek 10-2025", "Canon Production Printing"],
    ["Brightwell Logistics Netherlands B.V.", "Salaris september", "Brightwell Logistics"],
    [null, "DD LANCASTER UNIVERSITY RESIDENCE FEES TERM 2 STU 35804117", "Lancaster University"],
    [null, "DD KINGSMEAD UNIVERSITY ACCOMMODATION FEES SEM 1 REF 4471", "Kingsmead University"],
    [null, "URBAN JUNGLE INSURANCE URBAN JUNGLE CONTENTS UJ58041172 FT", "Urban Jungle"],
    [null, "DD HOLLOWAY LANE INSURANCE HOLLOWAY LANE HOME HL4471290", "Holloway Lane"],
  ]);
  // Guard: a country that is the name's own (after "de", or a name's only other word is a kind of business) stays.
  itLabels([
    [null, "PRLV SEPA BANQUE DE FRANCE 2025", "Banque De France"],
    [null, "VIR SEPA RADIO FRANCE SALAIRE 09/2025", "Radio France"],
    [null, "DD HOLLOWAY LANE INSURANCE 4471290", "Holloway Lane Insurance"],
    ["BISTRO PETIT FRANCE", null, "Bistro Petit France"],
    [null, "VIR SEPA CAMPUS FRANCE REMBOURSEMENT 2025", "Campus France"],
    ["Sante Publique France", "Vacation 05/2025", "Sante Publique France"],
  ]);
});

describe("a state treasury's seat after its name is no part of it", () => {
  itLabels([
    ["Staatsoberkasse Bayern in Landshut", "Ausbildungsfoerderung 04/2025 Az. 580411720 Bewilligungszeitraum", "Staatsoberkasse Bayern"],
    ["Landesoberkasse Baden-Wuerttemberg in Karlsruhe", "Bezuege 06/2025", "Landesoberkasse Baden-Wuerttemberg"],
  ]);
  // Guard: "in" inside a name, before no town, stays.
  itLabels([["The Swan in the Rushes", null, "The Swan in the Rushes"]]);
});

describe("a person paid over a rail, then a memo in the payer's own voice, is the payee", () => {
  itLabels([
    [null, "ZELLE TO HANNAH BJORKLUND MY HALF OF RENT + WIFI 0519 05312459 JANE DOE", "Hannah Bjorklund"],
    [null, "ZELLE TO MARCUS OYELARAN OUR SHARE OF ELECTRIC 0302 41822910 JANE DOE", "Marcus Oyelaran"],
    [null, "VENMO TO PRIYA SUNDARAM MY HALF OF PIZZA", "Priya Sundaram"],
    [null, "LINDA MCCREADY GROCERY $ LOVE MOM", "Linda Mccready"],
    [null, "GARY OSTRANDER GAS $ LOVE DAD", "Gary Ostrander"],
  ]);
  // Guard: a shop named like a person, its trade after the name and no memo, stays a shop.
  itLabels([
    [null, "KIM LEE GROCERY BROOKLYN NY", "Kim Lee Grocery"],
    [null, "ZELLE TO HANNAH BJORKLUND 0519 05312459 JANE DOE", "Hannah Bjorklund"],
  ]);
});

describe("a venue's kind or its box office after its name is no part of it", () => {
  itLabels([
    [null, "SUMUP *ACADEMI NIGHTCLUB ON 08 FEB          BCC", "Academi"],
    [null, "THE WAREHOUSE NIGHTCLUB LEEDS", "The Warehouse"],
    [null, "BEA   NR:XXX800   10.03.25/18.04 Stichting Grenswerk Poppodium Den Haag,PAS852", "Grenswerk"],
    [null, "BEA   NR:XXX311   12.04.25/21.10 POPPODIUM BOERDERIJ Zoetermeer,PAS112", "Poppodium Boerderij"],
    [null, "Kartenzahlung KULTURZENTRUM KAMMGARN VORVERKAUF. 09622022//Dresden 2025-07-21T10:52:17 KFN 1 VJ 2812", "Kulturzentrum Kammgarn"],
    ["SCHLACHTHOF WIESBADEN ABENDKASSE", null, "Schlachthof Wiesbaden"],
  ]);
  // Guard: the kind alone, or first, is the name ("Nightclub Bar" stays).
  itLabels([["NIGHTCLUB", null, "Nightclub"]]);
});

describe("a students' union's and a university's words a UK terminal shortened are written out", () => {
  itKeys([
    [null, "VIS LOUGHBOROUGH STUDENTS UN BRISTOL", "Loughborough Students' Union"],
    [null, "KEELE STUDENTS UNIO", "Keele Students' Union"],
    [null, "LANCASTER UNI LIBRARY ON 30 DEC          CPM", "Lancaster University Library"],
    [null, "HALLAM UNI CATERING ON 12 MAR          BCC", "Hallam University Catering"],
  ]);
  // Guard: a German "Uni" before a town is left as printed.
  itLabels([["DRUCKEREI UNI COPY", null, "Druckerei Uni Copy"]]);
});

describe("a town the gazetteer lacked is where the card was used", () => {
  itLabels([[null, "THE STANNARY PENRYN    GLASGOW       GBR", "The Stannary"]]);
});

describe("a car hire printed after its owner goes by the trade first, as a bakery does", () => {
  itLabels([
    ["VISA SCHMALZ AUTOVERMIETUNG GMBH 4658", "NR XXXX 6348 LEIPZIG DE KAUFUMSATZ 31.08 135.17 601720", "Autovermietung Schmalz"],
    ["KRAEMER AUTOVERMIETUNG", null, "Autovermietung Kraemer"],
  ]);
});

describe("a UK town's terminal shorthand is the town", () => {
  itLabels([
    [null, "THE SWAN IN THE RUSHES LBORO 7138   ON 29 APR          BCC", "The Swan In The Rushes"],
    [null, "BITTERNE PARK CAFE SOTON ON 12 MAR          BCC", "Bitterne Park Cafe"],
  ]);
  // Before a university it names the university's town, and the outlet after its department is the department's.
  itKeys([
    [null, "LBORO UNI CATERING EDGE ON 02 FEB          BCC", "Loughborough University Catering"],
    [null, "SOTON UNI LIBRARY ON 14 OCT          CPM", "Southampton University Library"],
  ]);
  // Guard: a café in a university's library or shop is the café, not the library.
  itLabels([
    [null, "UNIVERSITY LIBRARY CAFE  NOTTINGHAM    GBR", "University Library Cafe"],
    [null, "UNIVERSITY BOOKSHOP CAFE LEEDS", "University Bookshop Cafe"],
  ]);
});

describe("a students' union's initials before its venue are no part of the venue's name", () => {
  itKeys([
    [null, "LUSU SUGARHOUSE NIGHTCLUBMANCHESTER    GBR", "The Sugarhouse"],
    [null, "YUSU COURTYARD BAR     YORK          GBR", "Courtyard Bar"],
  ]);
  // Guard: a word ending in SU with no venue word after it stays.
  itLabels([[null, "MISSU SUSHI KITCHEN LEEDS", "Missu Sushi Kitchen"]]);
});

describe("a university's department that is a place keeps its own word", () => {
  itLabels([[null, "LANCASTER UNIVERSITY SPORTS CENTRE ON 03 NOV          BCC", "Lancaster University Sports Centre"]]);
});

describe("a student council's initials before its subject are written out", () => {
  itLabels([
    [null, "Kartenzahlung SUMUP *FSR MASCHINENBAU. 77371898//Muenchen 2026-01-19T20:07:59 KFN 1 VJ 2812", "Fachschaftsrat Maschinenbau"],
    ["SumUp *FSR Informatik", null, "Fachschaftsrat Informatik"],
  ]);
  // Guard: the initials before no subject, or before a shop's words, stay.
  itLabels([["FSR FASHION STORE", null, "Fsr Fashion Store"]]);
});
