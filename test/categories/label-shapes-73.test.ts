// Label shapes from pool 73 (households on a tight budget): a German or British town's short letters a terminal prints
// after the shop's name. Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a German or British town's short letters at the end of a card field are where the card was used", () => {
  itLabels([
    ["FISCHBUDE AM DEICH WHV", "FISCHBUDE AM DEICH WHV/HAUPTSTR. 4/BERLIN/DE", "Fischbude Am Deich"],
    ["LINDEN APOTHEKE WHV", "LINDEN APOTHEKE WHV/HAUPTSTR. 4/BERLIN/DE", "Linden Apotheke"],
    ["SCHUHHAUS ODERTOR EHST", null, "Schuhhaus Odertor"],
    [null, "LINTHORPE NEWS MBRO 6249   ON 11 FEB          CPM", "Linthorpe News"],
    [null, "SEATON FISH BAR HPOOL 1234   ON 11 FEB          CPM", "Seaton Fish Bar"],
    [null, "Kartenzahlung LINDEN APOTHEKE WHV. 12345678//Koeln 2026-03-02T10:00:00 KFN 1 VJ 2812", "Linden Apotheke"],
  ]);
  // Guards: the letters that are the whole name, or follow a short word, stay.
  itLabels([
    ["WHV", null, "WHV"],
    ["BHV", "BHV/HAUPTSTR. 4/PARIS/FR", "BHV"],
  ]);
});

describe("the fees a German library or office books are printed after its name, not part of it", () => {
  itLabels([
    ["Stadtbibliothek Hameln Gebuehren - Berlin", "Card transaction of 6.00 EUR issued by Stadtbibliothek Hameln Gebuehren", "Stadtbibliothek Hameln"],
    ["STADTBUECHEREI NORDEN GEBUEHREN", null, "Stadtbuecherei Norden"],
  ]);
  // Guard: a word that only begins with the fees' word stays, and a compound of it is no purpose.
  itLabels([
    ["Gebuehreneinzugszentrale", null, "Gebuehreneinzugszentrale"],
  ]);
});
