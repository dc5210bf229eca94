// Label shapes from pool 64 (food lovers and home cooks): a mail-order arm's "Versand" before the legal form is no word
// of the name; an apartment complex's "APTS" is dropped and a co-operative's closing "COOP" spelled "Co-op"; a refund's
// "MONEY BACK" after the name is the purpose; a few well-known food brands by their printed forms. Each rule has
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
  ]);
  // Guard: a person sharing a brand's surname stays the person.
  itLabels([["Maria Kustermann", "Geburtstag", "Maria Kustermann"]]);
});
