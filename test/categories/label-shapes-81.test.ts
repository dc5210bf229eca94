// Label shapes pool 81 showed: a state's or a region's adjective before two trades joined by "- und" begins an
// institution's name ("Brandenburgisches Haupt- und Landgestüt"), it is no one-word brand whose trades describe it; a
// village's and a country market's word shortened by the card field ("VLG STORES", "CTRY MKT") is written out; a French
// friend's "participation" starts the memo after their name.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a regional adjective before 'X- und Y' keeps the whole name", () => {
  itLabels([
    [null, "Kartenzahlung BRANDENBURGISCHES HAUPT- UND LANDGESTUET. 24400844//Leipzig 2025-06-12T08:38:53 KFN 1 VJ 2812", "Brandenburgisches Haupt- Und Landgestuet"],
    ["Saechsisches Kinder- und Jugendheim", "Beitrag Juni", "Saechsisches Kinder- und Jugendheim"],
  ]);
  // Guards: a one-word brand before its trades still goes by the brand alone.
  itLabels([
    ["lindora Wohnungsbau- und Immobilien GmbH", "Miete Juni 2026", "lindora"],
    ["meravis Wohnungsbau- und Immobilien GmbH", "Miete Mai", "meravis"],
  ]);
});

describe("a village's and a country market's word, shortened by the card field, is written out", () => {
  itLabels([
    [null, "))) LAMBOURN VLG STORES LONDON", "Lambourn Village Stores"],
    [null, "PURCHASE AUTHORIZED ON 01/01 REDDICK CTRY MKT AUSTIN FL S413530645090160 CARD 8664", "Reddick Country Market"],
  ]);
  // Guards: the shortened word alone, or before another trade's word, stays as printed.
  itLabels([
    [null, "CTRY MKT", "Ctry Mkt"],
    [null, "VLG INN LONDON", "Vlg Inn"],
  ]);
});

describe("a French friend's 'participation' starts the memo after the person's name", () => {
  itLabels([
    [null, "VIR SEPA MME SOLENE BERTIN PARTICIPATION PENSION ET FERRURE", "Solene Bertin"],
    [null, "VIR SEPA M PAUL DURAND PARTICIPATION VACANCES", "Paul Durand"],
  ]);
  // Guard: an association named by the word keeps it.
  itLabels([[null, "PRLV SEPA PARTICIPATION CITOYENNE", "Participation Citoyenne"]]);
});
