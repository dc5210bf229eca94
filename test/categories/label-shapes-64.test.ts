// Label shapes from pool 64 (food lovers and home cooks): a mail-order arm's "Versand" before the legal form is no word
// of the name; an apartment complex's "APTS" is dropped and a co-operative's closing "COOP" spelled "Co-op"; a refund's
// "MONEY BACK" after the name is the purpose; a shop of two trades joined by a hyphen goes by its first, as one joined
// by "&" does; a winery's or estate's own shop word after its name is the estate's; a few well-known food brands by their printed forms. Each rule has
// must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a mail-order arm's 'Versand' before the legal form is no word of the name", () => {
  itLabels([
    ["Weinkeller Zur Kaiserpfalz Versand GmbH", "Abo Weinprobierpaket 08/2026 W6411", "Weinkeller Zur Kaiserpfalz"],
    [null, "BADER VERSAND PFORZHEIM", "Bader"],
  ]);
  // Guards: a compound with "-versand" and a mail-order house keep their shape.
  itLabels([
    [null, "DPD.DE PAKETVERSAND", "DPD"],
    ["buttinette Textil-Versandhaus GmbH", null, "buttinette"],
    ["Bodmann Feinkost Vertriebs GmbH", "Entgeltabrechnung 02/2026", "Bodmann Feinkost"],
  ]);
});

describe("an apartment complex's 'APTS' is dropped, a co-operative's closing 'COOP' spelled 'Co-op'", () => {
  itLabels([
    [null, "KANUGA TERRACE APTS KANUGA TERRACE UNIT 12 FEBRUARY 0220 44985769 JANE DOE", "Kanuga Terrace"],
    [null, "WESTCOTT COMMONS APTS", "Westcott Commons"],
    [null, "WASHINGTON ELECTRIC COOP WEC DES:ELEC BILL ID:641188 0702 25146013 JANE DOE", "Washington Electric Co-op"],
    [null, "WHEATSVILLE FOOD COOP", "Wheatsville Food Co-op"],
  ]);
  // Guards: the word written out, the Swiss chain, a word of its own and a French name stay as they were.
  itLabels([
    [null, "CYPRESS CREEK LANDING APARTMENTS", "Cypress Creek Landing Apartments"],
    [null, "COOP-4417 ZUERICH BAHNHOFBR.", "Coop"],
    [null, "ENERCOOP", "Enercoop"],
    [null, "FROMAGERIE DES BAUGES COOP", "Fromagerie Des Bauges Coop"],
    [null, "MIDCOUNTIES COOP 4127", "Midcounties Co-op"],
  ]);
});

describe("a refund's 'MONEY BACK' after the name is the purpose", () => {
  itLabels([
    [null, "LANDSCHLACHTEREI INTEMANN MONEY BACK DAMAGED HAMPER", "Landschlachterei Intemann"],
    [null, "))) WENLOCK EDGE VEG LTD MANCHESTER MONEY BACK DAMAGED HAMPER", "Wenlock Edge Veg"],
  ]);
  // Guard: a refund's own word keeps cutting as before.
  itLabels([[null, "LANDSCHLACHTEREI INTEMANN REFUND DAMAGED HAMPER", "Landschlachterei Intemann"]]);
});

describe("well-known food brands by their printed forms", () => {
  itLabels([
    ["F.S. KUSTERMANN GMBH MUEN", "STUTTGART 329/HAUPTSTR. 29/STUTTGART/DE", "Kustermann"],
    ["KUSTERMANN HAUSHALTWARE", null, "Kustermann"],
    [null, "VIS RICKSTEIN.COM MANCHESTER", "Rick Stein"],
    [null, "CHECKCARD 0428 HARRYANDDAVID.COM AUSTIN CA 57554478018098256330669", "Harry & David"],
    ["DE VEGETARISCHE SLAGER 1536", "Pasvolgnr: 001 25-05-2026 09:45", "De Vegetarische Slager"],
    [null, "))) LEITHS SCHOOL OF FOOD BRISTOL", "Leiths"],
    [null, "Kartenzahlung KAPFF.DE. 30734243//Leipzig 2026-06-03T08:30:05", "Ludwig von Kapff"],
    [null, "SO CORNEY & BARROW LTD C&B WINE CLUB CASE MARCH", "Corney & Barrow"],
    [null, "CARTE 04/03/25 CAVE LA CHABLISIENNE CHAB CB*3752", "La Chablisienne"],
    [null, "NEW GLARUS BREWING HILLT SAN JOSE NY", "New Glarus Brewing"],
    ["Bierbrouwerij Brand Wijlre 7403", "Pasvolgnr: 001 07-05-2025 09:00", "Brand Bier"],
    [null, "VIR SEPA POTAGER CITY PANIER FRUITS LEGUMES SEMAINE 04", "Potager City"],
    [null, "BOOKSFORCOOKS.COM      LONDON        GBR", "Books for Cooks"],
    ["Fissler GmbH Idar-Oberstein", "Handyzahlung", "Fissler"],
    ["PAYPAL *SPRINGLANE 4029357733", null, "Springlane"],
    ["Kookpunt B.V. 9189", "Pasvolgnr: 001 26-08-2026 10:57", "Kookpunt"],
    [null, "PIETERPOT.NL Amsterdam, NL", "Pieter Pot"],
    ["etepetete GmbH", "Bio-Gemuesebox Abo Lieferung KW 06 Kd 640118", "etepetete"],
    ["Glaspoort", "Glasvezelaansluiting JUNE 2026 klant 6411883", "Glaspoort"],
  ]);
  // Guard: a person sharing a brand's surname stays the person.
  itLabels([
    ["Maria Kustermann", "Geburtstag", "Maria Kustermann"],
    [null, "BRAND NEW DAY", "Brand New Day"],
  ]);
});

describe("a shop of two trades joined by a hyphen goes by its first, as one joined by '&' does", () => {
  itLabels([
    ["Baeckerei-Konditorei Gunzelmann GmbH - Berlin", "Card transaction of 100.96 EUR", "Baeckerei Gunzelmann"],
    [null, "BAECKEREI-KONDITOREI GUNZELMANN", "Baeckerei Gunzelmann"],
  ]);
  // Guards: two trades with no owner stay both; a café's word first is read as before.
  itLabels([
    [null, "BAECKEREI-KONDITOREI", "Baeckerei-Konditorei"],
    ["Cafe-Konditorei Rischart", null, "Rischart"],
    [null, "Bäckerei & Konditorei Schmidt", "Bäckerei Schmidt"],
  ]);
});

describe("a winery's or an estate's own shop after its name is the estate", () => {
  itLabels([
    [null, "STAATSWEINGUT MEERSBURG VINOTHEK, FRANKFURT DE", "Staatsweingut Meersburg"],
    ["Staatsweingut Meersburg Vinothek", "PayPal Express-Zahlung", "Staatsweingut Meersburg"],
    [null, "HOFGUT RENGOLDSHAUSEN HOFLADEN", "Hofgut Rengoldshausen"],
  ]);
  // Guards: without the estate's word first the shop word is the name's own.
  itLabels([
    [null, "HEIDJER HOFLADEN", "Heidjer Hofladen"],
    [null, "VINOTHEK REBENGLUECK", "Vinothek Rebenglueck"],
  ]);
});
