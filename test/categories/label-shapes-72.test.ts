// Label shapes from pool 72 (households whose shopping and community life run through immigrant-run and faith-linked
// businesses). Each with must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a parish's name of four words is whole though its transliterated umlaut makes it longer", () => {
  itLabels([
    ["Rumaenisch-Orthodoxe Kirchengemeinde Recklinghausen", "Contributie parohie 03/2025", "Rumaenisch-Orthodoxe Kirchengemeinde Recklinghausen"],
    ["Griechisch-Orthodoxe Kirchengemeinde Gelsenkirchen", "Spende", "Griechisch-Orthodoxe Kirchengemeinde Gelsenkirchen"],
  ]);
  // Guard: a long name of many words is still cut at the label's width.
  itLabels([
    ["Verein zur Foerderung der Jugendarbeit im Kirchenkreis Recklinghausen", "Beitrag", "Verein zur Foerderung der Jugendarbeit"],
  ]);
});

describe("a gurdwara, a mandir and a Polish Saturday school go by their town, as a parish does", () => {
  itLabels([
    ["Polska Szkola Sobotnia Spijkenisse", "Ouderbijdrage zaterdagschool 02-2025", "Polska Szkola Sobotnia Spijkenisse"],
    [null, "SHREE RAM MANDIR GRAVESENDLONDON        GBR", "Shree Ram Mandir Gravesend"],
    [null, "GURDWARA SAHIB LEAMINGTON", "Gurdwara Sahib Leamington"],
    // Cut by the card field: the one town the cut begins is written out.
    ["GURDWARA SAHIB RECKLINGHA", null, "Gurdwara Sahib Recklinghausen"],
    ["SumUp *Gurdwara Sahib Reckl/KOELN//DE", "2025-07-19 Debitk.99 VISA Debit", "Gurdwara Sahib Recklinghausen"],
    [null, "SHREE RAM MANDIR GRAVESENLONDON        GBR", "Shree Ram Mandir Gravesend"],
  ]);
  // Guards: a shop's name keeps losing the terminal's town; a country code after the town still goes with it.
  itLabels([
    ["MOBIL ECK GLADBECK", null, "Mobil Eck"],
    [null, "PUNJABI DHABA GRAVESEND 5702   ON 08 DEC          BCC", "Punjabi Dhaba"],
    ["SHRI SANATAN MANDIR", null, "Shri Sanatan Mandir"],
  ]);
});
