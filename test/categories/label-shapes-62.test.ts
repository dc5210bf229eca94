// Label shapes still wrong after pools 50-62: a non-profit's "gemeinnützige GmbH" is its legal form; a housing
// company's lowercase initials keep the seat its register names; a one-word name made of a kind's word and a word of
// its own ("Fitnesswerk", "Yogaloft") is a brand, so the town after it is where it was paid; a denomination's
// abbreviation ("Ev.") does not make a one-word institution two words. Each rule has must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a non-profit's 'gemeinnützige GmbH' is its legal form", () => {
  itLabels([
    ["DKMS gemeinnützige GmbH", "Dauerspende Typisierungsaktion", "DKMS"],
    ["Lebenshilfe Werkstaetten gemeinnuetzige GmbH", "Rechnung 4471", "Lebenshilfe Werkstaetten"],
  ]);
  // Guards: a plain GmbH and a register name without the adjective are cut as before.
  itLabels([
    ["Hamburger Wasserwerke GmbH", null, "Hamburger Wasserwerke"],
    ["Deutsche Ärzteversicherung AG", null, "Deutsche Ärzteversicherung"],
  ]);
});

describe("lowercase initials keep the seat their register name gives", () => {
  itLabels([
    ["gbg Gemeinnuetzige Baugesellschaft zu Hildesheim AG", "Miete Mai 2025", "gbg Hildesheim"],
    ["GBG Gemeinnuetzige Baugesellschaft zu Hildesheim AG", "Miete Mai 2025", "GBG Hildesheim"],
  ]);
  // Guards: a lowercase brand word that is no set of initials still loses the town; a kind's word keeps it.
  itLabels([
    ["meravis Hannover", null, "meravis"],
    ["swb Vertrieb Bremen GmbH", "swb Strom Abschlag", "swb"],
    ["bar Berlin", null, "bar Berlin"],
  ]);
});

describe("a kind's word made into a brand's one word is a name, the town after it the card's", () => {
  itLabels([
    ["Fitnesswerk Braunschweig GmbH", "Mitgliedsbeitrag Juni 2026", "Fitnesswerk"],
    ["Padelwerk Wolfsburg GmbH", null, "Padelwerk"],
    [null, "YOGALOFT LUEBECK", "Yogaloft"],
  ]);
  // Guards: the kind's own word (or its word and a place's word) is no name without its town.
  itLabels([
    ["Fitnessstudio Braunschweig GmbH", null, "Fitnessstudio Braunschweig"],
    ["Yogastudio Luebeck", null, "Yogastudio Luebeck"],
    ["Fitnesscenter Braunschweig", null, "Fitnesscenter Braunschweig"],
  ]);
});

describe("a denomination's abbreviation before an institution's one word", () => {
  itLabels([
    [null, "EV. FAMILIENBILDUNGSSTAETTE HAMELN", "Familienbildungsstaette Hameln"],
    ["Ev. Familienbildungsstätte Hameln", null, "Familienbildungsstätte Hameln"],
  ]);
  // Guards: a parish keeps its rule; a name of two words after the abbreviation is unchanged.
  itLabels([
    ["Ev. Kirchengemeinde Telgte", null, "Kirchengemeinde Telgte"],
    ["Ev. Kindergarten Arche Noah", null, "Ev. Kindergarten Arche Noah"],
  ]);
});

describe("a town the card field cut, measured without the reference printed after the field", () => {
  itLabels([
    ["VISA STEINMETZ ZIERKE NEUSTREL 8764", "NR XXXX 0548 MUENCHEN DE KAUFUMSATZ 27.11 51.21 053185", "Steinmetz Zierke"],
    [null, "Kartenzahlung STEINMETZ ZIERKE NEUSTREL. 43267280//Dresden 2026-01-09T16:45:57 KFN 1 VJ 2812", "Steinmetz Zierke"],
    // PayPal's and Wise's 26 characters.
    ["TIERBEDARF MAINWIESE KITZI//KOELN/DE", "2025-10-27T20:57 Debitk.2 2027-12", "Tierbedarf Mainwiese"],
    ["HUNDESALON WUSCHELKOPF WUE", null, "Hundesalon Wuschelkopf"],
  ]);
  // Guards: a whole name of 26 characters ending in its own word, and a town after a 25-wide field, keep their words.
  itLabels([
    [null, "GASTHAUS ZUM GOLDENEN LAMM", "Gasthaus Zum Goldenen Lamm"],
    [null, "AUTOHAUS SCHMIDT UND SOEHNE", "Autohaus Schmidt Und Soehne"],
    [null, "GARTENCENTER MUELLER EMSTAL", "Gartencenter Mueller Emstal"],
    [null, "HANNAH SMITH PET SITTING 0427", "Hannah Smith Pet Sitting"],
  ]);
});

describe("a school franchise's branch by its town is the franchise", () => {
  itLabels([
    [null, "PRIMROSE SCHOOL OF GERMANTOWN PRIMROSE SCHOOL AUTO DRAFT 0214 73387245 JANE DOE", "Primrose School"],
    [null, "BRITISH SWIM SCHOOL OF KNOXVSEATTLE        WA", "British Swim School"],
  ]);
  // Guards: a school named for its subject, and one whose name starts with the word.
  itLabels([
    [null, "LONDON SCHOOL OF ECONOMICS", "London School Of Economics"],
    [null, "GLASGOW SCHOOL OF ART", "Glasgow School Of Art"],
    [null, "SCHOOL OF ROCK AUSTIN TX", "School Of Rock"],
  ]);
});

describe("a body's purpose text opening with the name it goes by", () => {
  itLabels([
    ["Wohnungsgenossenschaft Heimkehr eG", "Heimkehr Nutzungsgebuehr + BK-Vorauszahlung Juli 2025", "Heimkehr"],
    ["Roeivereniging Die Leythe", "Naam: Roeivereniging Die Leythe Omschrijving: Die Leythe contributietermijn 07-2026 incl. botenfonds IBAN: NL00540532794022730843", "Die Leythe"],
  ]);
  // Guards: a trade named for its owner, a name's first words before its kind, initials, and a purpose without the name.
  itLabels([
    ["Bäckerei Pfeifle", "Pfeifle Rechnung 4471", "Bäckerei Pfeifle"],
    ["Hausverwaltung Lorenz GmbH", "Lorenz Miete Juni 2026", "Hausverwaltung Lorenz"],
    [null, "DE ZWERFKEI WANDELSPORT Den Haag, NL", "De Zwerfkei Wandelsport"],
    ["Lübecker Yacht-Club e.V.", "LYC Beitrag Jugendabteilung April 2025 Mitgl. 0512", "Lübecker Yacht-Club"],
    ["Wohnungsgenossenschaft Heimkehr eG", "Nutzungsgebuehr Juli 2025", "Wohnungsgenossenschaft Heimkehr"],
  ]);
});
