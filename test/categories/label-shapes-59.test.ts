// Label shapes that came out wrong after pool 59 (retirees and pensioners): a pension fund's initials and entry
// description after its name, a payer's purpose after its legal form, a national carrier's regional branch, a town the
// card field cut after a "Bad", a newspaper title its publisher bills for. Businesses and rows are made up in the printed
// shapes of bank-formats.md §3 (a few are the pool's own rows); each rule has a guard that must stay as it is.
import { describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { labelOf, itLabels } from "../helpers/label-rows.ts";

/** Labels one merchant's key: umlauts and capitals a bank prints differently do not make another merchant. */
const itKeys = (cases: [string | null, string | null, string][]) =>
  it.each(cases)("%s / %s → %s", (counterparty, description, name) => {
    const label = labelOf(counterparty, description);
    expect(label && merchantKey(label)).toBe(merchantKey(name));
  });

describe("a pension fund's initials after its name, and the entry description after them, are no part of the name", () => {
  itKeys([
    [null, "KANSAS TEACHERS RETIREMENT KTRS BENEFIT PMT 5902231 PPD ID: 1200162924", "Kansas Teachers Retirement"],
    // The brand list (brands/extra-28.ts) names these two in full once their initials and entry words are off.
    [null, "OHIO PUBLIC EMPLOYEES RETIREMENT OPERS PENSION DIR DEP", "Ohio Public Employees Retirement System"],
    [null, "ARIZONA STATE RETIREMENT ASRS PENSION DIR DEP", "Arizona State Retirement System"],
    [null, "ARIZONA STATE RETIREMENT ASRS BENEFIT PMT 5902231 PPD ID: 1200162924", "Arizona State Retirement System"],
  ]);
  // Guard: initials that spell no name before them stay ("RIVER CITY BBQ" keeps its BBQ).
  itLabels([["THE GREEN BEAN BGB", null, "The Green Bean Bgb"]]);
});

describe("a pension or payroll purpose after a payer's legal form is the payment, not the name", () => {
  itKeys([
    [null, "CR MYCSP LTD CIVIL SERVICE PENSION OCTOBER", "MyCSP"],
    [null, "CR MYCSP LTD CIVIL SERVICE PENSION FEBRUARY", "MyCSP"],
    [null, "BGC HARTWELL TRUSTEES LTD MONTHLY PENSION MARCH", "Hartwell Trustees"],
    [null, "CR KENTISH GLASS LTD STAFF PENSION", "Kentish Glass"],
    [null, "Kartenzahlung BAYER. STAATSBAD BAD KISSINGEN GMBH KURTAXE. 47888255//Berlin 2025-09-29T17:51:04 KFN 1 VJ 2812", "Bayerisches Staatsbad Bad Kissingen"],
    [null, "Kartenzahlung KURVERWALTUNG NORDERNEY GMBH KURBEITRAG. 47888255//Berlin 2025-09-29T17:51:04 KFN 1 VJ 2812", "Kurverwaltung Norderney"],
    ["KURVERWALTUNG NORDERNEY KURBEITRAG", "Kurbeitrag 2026 Gastkarte 4471", "Kurverwaltung Norderney"],
    [null, "CARTE 12/08/26 STAATSBAD BAD KISSINGEN KURTAXE CB*6315", "Staatsbad Bad Kissingen"],
  ]);
  // Guard: a name that goes on after its legal form with words of its own keeps them.
  itLabels([["PENSION SONNENHOF GMBH", null, "Pension Sonnenhof"]]);
});

describe("an abbreviated Bavarian is written out, in the noun's gender", () => {
  itKeys([
    ["BAYER. STAATSBAD BAD KISSINGEN GMBH", null, "Bayerisches Staatsbad Bad Kissingen"],
    ["Bayer. Landesbank", "Rechnung 4471", "Bayerische Landesbank"],
    ["Bayer. Rundfunk", "Beitrag", "Bayerischer Rundfunk"],
  ]);
});

describe("a national body's office named after its town goes by the body", () => {
  itKeys([
    [null, "DFAS-CLEVELAND DES:MIL RETIREMENT DFAS ID:XXXXX72715034 INDN:JANE DOE CO ID:XXXXX85045 PPD", "DFAS"],
    [null, "DFAS-INDIANAPOLIS DES:DFAS RET NET PAY 5902 ID:XXXXX95204620 INDN:JANE DOE CO ID:XXXXX97498 PPD", "DFAS"],
  ]);
  // Guard: a town's hyphenated name, or a shop joined to its kind, is no office.
  itLabels([
    ["Adler-Apotheke", null, "Adler-Apotheke"],
  ]);
  // Guard: a word of a kind of business joined to a city is its name's.
  itKeys([["TAXI-BERLIN", null, "Taxi Berlin"]]);
});

describe("a pension carrier's regional branch is a payer of its own", () => {
  itKeys([
    ["Deutsche Rentenversicherung Nordbayern", "Regelaltersrente 07/2025 Vers.-Nr. 13 070846 S 509 DRV Nordbayern", "Deutsche Rentenversicherung Nordbayern"],
    ["Deutsche Rentenversicherung Westfalen", "Rente 08/2026 Vers.-Nr. 13 070846", "Deutsche Rentenversicherung Westfalen"],
    ["DEUTSCHE RENTENVERSICHERUNG BADEN-WUERTTEMBERG", "Altersrente 03/2026", "Deutsche Rentenversicherung Baden-Württemberg"],
    ["Deutsche Rentenversicherung Knappschaft-Bahn-See", "Rente 05/2026", "Deutsche Rentenversicherung Knappschaft-Bahn-See"],
    [null, "Payment from Landesamt fuer Besoldung und Versorgung NRW", "Landesamt für Besoldung und Versorgung NRW"],
  ]);
  // Guard: the federal carrier goes by the body's name alone.
  itKeys([["Deutsche Rentenversicherung Bund", "Rente 07/2025", "Deutsche Rentenversicherung"]]);
});

describe("a Bad town the card field cut after a name is where the card was used", () => {
  itKeys([
    [null, "RUPERTUSTHERME BAD REICHE, BERLIN DE Karte Nr. 4871 78XX XXXX 8816 Kartenzahlung comdirect Visa-Debitkarte 2026-02-20 00:00:00", "Rupertustherme"],
    ["GAERTNEREI HUETTNER BAD K", "HAMBURG 026/HAUPTSTR. 42/HAMBURG/DE 09.06.2025 um 07:50:39 Uhr 90630687/490797/ECTL/", "Gärtnerei Hüttner"],
    ["KONDITOREI SCHNEIDER BAD", null, "Konditorei Schneider"],
    ["SCHUHHAUS MEINDL BAD SALZ", null, "Schuhhaus Meindl"],
  ]);
  // Guard: a whole town after a spa's own name stays, and a short field keeps its Bad.
  itLabels([
    ["KURVERWALTUNG BAD KISSINGEN", null, "Kurverwaltung Bad Kissingen"],
    ["HOTEL ZUM BAD", null, "Hotel Zum Bad"],
  ]);
});

describe("a town the card field cut after a Dutch or Belgian shop's name, its town printed after it", () => {
  itKeys([
    [null, "BEA   NR:XXX590   01.01.26/07.59 SLAGERIJ KAMPMAN BILTHOVE Den Haag,PAS611", "Slagerij Kampman"],
    [null, "BEA   NR:XXX174   02.02.25/16.31 Boekhandel Steyaert Bilth Den Haag,PAS353", "Boekhandel Steyaert"],
    [null, "BEA   NR:XXX221   14.05.26/11.02 BAKKERIJ DE VRIES APELDO Utrecht,PAS118", "Bakkerij De Vries"],
  ]);
});

describe("a venue's word alone is no name: its town stays", () => {
  itKeys([
    [null, "CIRCUIT ZANDVOORT Amsterdam, NL", "Circuit Zandvoort"],
    ["CIRCUIT ZANDVOORT 4262", "Pasvolgnr: 001 05-08-2026 16:06 Transactie: 658389 Term: AB230C", "Circuit Zandvoort"],
    [null, "CARTE 12/08/26 MUSEUM ARCACHON CB*6315", "Museum Arcachon"],
  ]);
  // Guard: a shop's name of two words still loses the town after it.
  itLabels([[null, "BEA   NR:XXX590   01.01.26/07.59 TUINCENTRUM DE LINDE ZANDVOORT Den Haag,PAS611", "Tuincentrum De Linde"]]);
});

describe("a box office or a subscriptions desk after a name is the desk, not the name", () => {
  itKeys([
    [null, "CARTE 12/08/26 OPERA DE VICHY BILLETTERI CB*6315", "Opéra de Vichy"],
    [null, "CARTE 03/02/26 THEATRE DU CAPITOLE BILLETTERIE CB*4471", "Théâtre du Capitole"],
    ["Noordhollands Dagblad abonnementen", "NHD bezorging 08-2026", "Noordhollands Dagblad"],
    ["Leeuwarder Courant Abonnementenservice", "Abonnement 2026", "Leeuwarder Courant"],
  ]);
});

describe("a cab company's Co and a garden's shortened word", () => {
  itKeys([
    [null, "CHECKCARD 0726 SUN CITY CAB CO NEW YORK CA 85047834459212326375728", "Sun City Cab"],
    [null, "SUN CITY CAB CO     AUSTIN         WA", "Sun City Cab"],
    [null, "DESERT TAXI CO      SCOTTSDALE     AZ", "Desert Taxi"],
    [null, "PURCHASE AUTHORIZED ON 02/02 NAPLES BOTANICAL GRDN SEATTLE MD S063339469987635 CARD 0216", "Naples Botanical Garden"],
    [null, "SELBY GRDNS SARASOTA FL", "Selby Gardens"],
  ]);
  // Guard: a coffee roaster's Co is its name's.
  itLabels([[null, "ANCOATS COFFEE CO MANCHESTER GBR", "Ancoats Coffee Co"]]);
});

describe("a publisher billing for a title it names is the title's", () => {
  itKeys([
    ["Mediengruppe Main-Post GmbH", "Saale-Zeitung Bezugsgeld 11/2025 Bezieher-Nr. 5904172", "Saale-Zeitung"],
    ["Mediengruppe Main-Post GmbH", "Zeitungsbezug MAY 2026 Saale-Zeitung Zustellung", "Saale-Zeitung"],
    ["BurdaDirect Abo-Service", "Mein schoener Garten Jahresabo Kd-Nr. 59022317", "Mein schöner Garten"],
    ["Zeitungsverlag Oberbayern GmbH", "Freisinger Tagblatt Bezugsgeld 03/2026", "Freisinger Tagblatt"],
  ]);
  // Guard: a purpose that names no title leaves the publisher.
  itKeys([
    ["BurdaDirect Abo-Service", "Abo Gartenmagazin Rechnung 5902-2317 Juli 2025", "BurdaDirect"],
    ["Mediengruppe Main-Post GmbH", "Bezugsgeld 11/2025 Bezieher-Nr. 5904172", "Main-Post"],
  ]);
});

describe("a Catholic church foundation goes by its parish", () => {
  itKeys([
    ["Kath. Kirchenstiftung St. Nikolaus Bad Reichenhall", "Spende Orgelsanierung St. Nikolaus", "Pfarrei St. Nikolaus"],
    ["Katholische Kirchenstiftung St. Michael Vilsbiburg", "Spende", "Pfarrei St. Michael"],
  ]);
});

describe("a brand's outlet or an association's regional branch is the brand's or the association's", () => {
  itKeys([
    [null, "WALDLAEUFER OUTLET, FRANKFURT DE Karte Nr. 4871 78XX XXXX 7433 Kartenzahlung comdirect Visa-Debitkarte 2026-06-08 00:00:00", "Waldläufer"],
    ["WALDLAEUFER OUTLET", "WALDLAEUFER OUTLET/HAUPTSTR. 115/STUTTGART/DE 21-03-2026T09:16:11 Folgenr. 11 Verfalld. 1229", "Waldläufer"],
    [null, "Kartenzahlung MEINDL OUTLET. 47888255//Berlin 2025-09-29T17:51:04 KFN 1 VJ 2812", "Meindl"],
    ["Arbeiter-Samariter-Bund Regionalverband Nordfriesland e.V.", "Notrufdienst Teilnehmer 59-4417 Januar 2026", "Arbeiter-Samariter-Bund"],
    ["Kneipp-Bund Landesverband", "Mitgliedsbeitrag 2026", "Kneipp-Bund"],
    ["Bund der Vertriebenen Landesverband", "Beitrag", "Bund der Vertriebenen"],
  ]);
  // Guard: an outlet named by its kind keeps its word.
  itKeys([
    [null, "ASHFORD DESIGNER OUTLET  ASHFORD       GBR", "Ashford Designer Outlet"],
    [null, "CARTE 03/02/26 FACTORY OUTLET CB*4471", "Factory Outlet"],
    ["MATRATZEN OUTLET", null, "Matratzen Outlet"],
  ]);
});

describe("a country's code after a name of two words is the code alone, even where the word before it could be a town abroad", () => {
  itKeys([
    ["BUCHHANDLUNG INGWERSEN HU - Stuttgart", "Card transaction of 80.29 EUR issued by BUCHHANDLUNG INGWERSEN HU", "Buchhandlung Ingwersen"],
    [null, "TAVERNA NIKOS GR", "Taverna Nikos"],
  ]);
  // Guard: a town abroad after a name of two words and before its code still comes off.
  itKeys([[null, "OSTERIA DA LUIGI AMALFI IT", "Osteria da Luigi"]]);
});
