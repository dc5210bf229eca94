// Label shapes from pool 68 (culture lovers and people who go out): a town's adjective before a company's trade compound
// names nobody alone ("Bautzener Wohnungsbaugesellschaft mbH" is not "Bautzener"); a venue's box office after its name
// is the desk that sold the ticket, not the merchant. Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a town's adjective keeps the company's trade compound after it", () => {
  itLabels([
    ["Bautzener Wohnungsbaugesellschaft mbH", "Mietzahlung 05/2025 Vertrag 682207 Wohnung Seidau", "Bautzener Wohnungsbaugesellschaft"],
    ["DESSAUER VERKEHRSGESELLSCHAFT MBH//BERLIN/DE", "2026-06-20T10:57 Debitk.2 2027-12 ", "Dessauer Verkehrsgesellschaft"],
    ["Kieler Wohnungsbaugesellschaft mbH", "Miete Juni", "Kieler Wohnungsbaugesellschaft"],
    ["Bremer Versorgungsbetriebe GmbH", "Abschlag Strom", "Bremer Versorgungsbetriebe"],
    ["Erfurter Verkehrsgesellschaft mbH", "Abo Rate 4", "Erfurter Verkehrsgesellschaft"],
  ]);
  // Guards: a register's bare entity word still goes, an insurer's regional name stays alone, initials still win.
  itLabels([
    ["Kieler Handelsgesellschaft mbH", null, "Kieler"],
    ["Nuernberger Versicherung AG", "Beitrag 05/2025", "Nürnberger"],
    ["LWB Leipziger Wohnungs- und Baugesellschaft mbH", "Miete", "LWB"],
    ["GBG Gemeinnuetzige Baugesellschaft zu Hildesheim AG", "Miete Mai 2025", "GBG Hildesheim"],
  ]);
});

describe("a venue's box office after its name is the desk, not the merchant", () => {
  itLabels([
    [null, "PURCHASE AUTHORIZED ON 07/24 MET OPERA BOX OFFICE AUSTIN FL S033935969697655 CARD 2489", "Met Opera"],
    ["Anhaltisches Theater Dessau Besucherservice", "Handyzahlung", "Anhaltisches Theater Dessau"],
    ["Kunstmuseen Krefeld Kasse KWM", "BERLIN 156/HAUPTSTR. 19/BERLIN/DE 10.08.2026 um 18:04:44 Uhr 50456533/386223/ECTL/", "Kunstmuseen Krefeld"],
    [null, "MT BAKER THEATRE BOX OFBROOKLYN       WA", "Mt Baker Theatre"],
    ["DEUTSCHES MUSEUM KASSE 3", null, "Deutsches Museum"],
    ["Schauspielhaus Bochum Theaterkasse", null, "Schauspielhaus Bochum"],
    [null, "CARTE 12/03/25 THEATRE DU CAPITOLE BILLETTERIE CB*1234", "Theatre Du Capitole"],
  ]);
  // Guards: no venue's word before the desk, or the desk is the whole name.
  itLabels([
    ["THE BOX OFFICE BAR", null, "The Box Office Bar"],
    ["Landeskasse Sachsen", null, "Landeskasse Sachsen"],
    ["ARENA SPORTS BOX OFFICE BAR", null, "Arena Sports Box Office Bar"],
    ["ZOO BOX OFFICE", null, "Zoo Box Office"],
  ]);
});

describe("a one-word name and a town before the register's legal form are the registered name", () => {
  itLabels([
    ["VISA STEINHAUS BAUTZEN E.V. 8304", "NR XXXX 5535 FRANKFURT DE KAUFUMSATZ 05.07 12.27 658940 ARN15688377035288639207591", "Steinhaus Bautzen"],
    ["Wohnstaette Krefeld Wohnungs-AG", "Miete April 2026 Whg. 3 OG Dionysiusstr. 27", "Wohnstaette Krefeld"],
    ["Wohnstätte Krefeld eG", "Nutzungsentgelt 10/2026", "Wohnstätte Krefeld"],
    ["TANZHAUS DRESDEN E.V.", null, "Tanzhaus Dresden"],
    ["Bauverein Halle eG", "Nutzungsgebuehr 05/2025", "Bauverein Halle"],
  ]);
  // Guards: the terminal's town after the legal form goes, and a name of two words keeps going without its town.
  itLabels([
    ["BAECKEREI MUELLER GMBH KOELN", null, "Baeckerei Mueller"],
    ["Baeckerei Mueller Koeln GmbH", null, "Baeckerei Mueller"],
    ["HOFLADEN MEIER GMBH BAUTZEN", null, "Hofladen Meier"],
    ["Fitnesswerk Braunschweig GmbH", "Mitgliedsbeitrag Mai 2025", "Fitnesswerk"],
  ]);
});

describe("a person after a person-to-person rail's star is the payee", () => {
  itLabels([
    [null, "CASH APP*TAMIKA FONTENOT UTILITIES MY SHARE JUNE 0626 34186194 JANE DOE", "Tamika Fontenot"],
    [null, "CASH APP*TAMIKA FONTENOT UTILITIES MY SHARE JANUARY", "Tamika Fontenot"],
    [null, "VENMO *MARCUS OKAFOR CONCERT TIX", "Marcus Okafor"],
    [null, "CASH APP*EMILY RODRIGUEZ", "Emily Rodriguez"],
  ]);
  // Guards: a shop behind the star, and the rail's own cash-out, keep their labels.
  itLabels([
    [null, "CASH APP*BLUE BOTTLE COFFEE OAKLAND", "Blue Bottle"],
    [null, "VENMO *CASHOUT", "Venmo"],
  ]);
});

describe("a Dutch co-operative's 'Coöperatie U.A.' after its name is its legal form", () => {
  itLabels([
    ["Duinstroom Energie Cooperatie U.A.", "Naam: Duinstroom Energie Cooperatie U.A. Omschrijving: Voorschotbedrag energie 06-2026 ledennr 68220", "Duinstroom Energie"],
    ["Zonnedak Energie Coöperatie U.A.", "Ledenbijdrage 2025", "Zonnedak Energie"],
    ["Windpark Krammer Cooperatie W.A.", "Termijn energie 05-2025", "Windpark Krammer"],
    ["Buurtstroom Groen Coöperatie UA", "Voorschot 04-2025", "Buurtstroom Groen"],
  ]);
  // Guards: a co-operative's word that starts its name, or with its name after it, stays.
  itLabels([
    ["Bakkerij Coöperatie De Zaak", null, "Bakkerij Coöperatie De Zaak"],
    ["Zorgcoöperatie Hollandse Kust", null, "Zorgcoöperatie Hollandse Kust"],
  ]);
});

describe("a venue's or a bookshop's word cut by the card field at the name's end is written out", () => {
  itLabels([
    [null, "))) COVENTRY TRANSPORT MUSEU LONDON", "Coventry Transport Museum"],
    [null, "SQ *HEPTONSTALL BOOKRO ON 15 SEP          BCC", "Heptonstall Bookroom"],
    [null, "CHECKCARD 0101 RIVERSIDE PHOTO GALLER AUSTIN TX 123456789", "Riverside Photo Gallery"],
    [null, "))) BLACKPOOL GRAND THEATR LONDON", "Blackpool Grand Theatre"],
    [null, "))) NORTHERN STAGE PLAYHOU LEEDS", "Northern Stage Playhouse"],
  ]);
  // Guards: a short name was not cut, and no other word is written out.
  itLabels([
    ["ANNA THEA", null, "Anna Thea"],
    ["MUSEU CAFE", null, "Museu Cafe"],
  ]);
});

describe("Roßlau, Dessau's town on the Elbe, is where a card was used", () => {
  itLabels([
    ["IMBISS ELBBOGEN ROSSLAU", null, "Imbiss Elbbogen"],
    [null, "BAECKEREI SCHUMANN ROSSLAU, STUTTGART DE Karte Nr. 4871 78XX XXXX 2310 Kartenzahlung comdirect Visa-Debitkarte 2025-05-26 00:00:00", "Baeckerei Schumann"],
  ]);
});
