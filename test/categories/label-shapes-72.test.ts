// Label shapes from pool 72 (households whose shopping and community life run through immigrant-run and faith-linked
// businesses). Each with must-not-move guards.
import { describe } from "vitest";
import { itCategorizes, itLabels } from "../helpers/label-rows.ts";

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

describe("a person with a middle initial before a rail or a Spanish memo is the payee", () => {
  itLabels([
    [null, "FATIMA C PEREIRA Zelle my part of the quinceanera hall", "Fatima C Pereira"],
    [null, "JOSE L ARIAS Zelle para mami en Cuenca", "Jose L Arias"],
    [null, "JOSE L ARIAS ayuda familia JANUARY", "Jose L Arias"],
    [null, "MARIA LOPEZ PARA LA RENTA DE JUNIO", "Maria Lopez"],
  ]);
  // Guards: a person without an initial as before; a shop named for the family keeps its name.
  itLabels([
    [null, "ANNA ESPOSITO ZELLE SPLIT VILLA AMALFI", "Anna Esposito"],
    [null, "LA FAMILIA RESTAURANT SEATTLE WA", "La Familia"],
    [null, "ROSA FAMILIA DENTAL CARE", "Rosa Familia Dental Care"],
    [null, "AU BOUQUET D EMILIE", "Au Bouquet D'Emilie"],
  ]);
});

describe("a cuisine's or a restaurant's closing word after a name of two words says the kind", () => {
  itLabels([
    [null, "BEP NHA VIETNAM. KUECHE//LEIPZIG/DE", "Bep Nha"],
    [null, "CHECKCARD 0106 KAY MANMAN HAITIAN CUISINE NEW YORK CA 76121715371491352228381", "Kay Manman"],
    [null, "PURCHASE AUTHORIZED ON 01/16 YARDIE KITCHEN JAMAICAN E SAN JOSE CA S085145555555707 CARD 3057", "Yardie Kitchen"],
    [null, "EL INTI RESTAURANT PATER #7710 SAN JOSE TX", "El Inti"],
    ["Mardin Ocakbasi Restaurant GmbH", null, "Mardin Ocakbasi"],
    [null, "AL AMEER RESTAURANT", "Al Ameer"],
  ]);
  // Guards: a one-word name or a cuisine alone keeps its word; a hospital's restaurant is the hospital's; a kitchen's
  // own name and a cuisine before the kitchen's word stay.
  itLabels([
    ["HAFENBLICK RESTAURANT 0412", null, "Hafenblick Restaurant"],
    ["ASIA RESTAURANT 0412", null, "Asia Restaurant"],
    [null, "HELLS KITCHEN", "Hells Kitchen"],
    [null, "ZEYTIN TURKISH GRILL", "Zeytin Turkish Grill"],
    ["RESTAURANT ZUR LINDE", null, "Restaurant Zur Linde"],
  ]);
});

describe("the owner named after a shop is no brand it sells", () => {
  itCategorizes([
    ["Mobil Eck Inh. S. Ucar", "KOELN 154/HAUPTSTR. 98/KOELN/DE 18.10.2026 um 15:53:27 Uhr 62757381/126654/ECTL/", "-176.45", "other"],
    [null, "Kartenzahlung MOBIL ECK INH. S. UCAR. 77371898//Muenchen 2026-01-19T20:07:59 KFN 1 VJ 2812", "-152.59", "other"],
  ]);
  // Guards: the brand itself, and a shop whose own name is the brand, still read as the brand.
  itCategorizes([
    ["UCAR", "Location voiture 3 jours", "-150.00", "travel"],
    ["REWE Markt GmbH Inh. K. Bauer", null, "-23.00", "groceries"],
  ]);
});

describe("a firm's sales arm before its legal form is the register's word, not the name", () => {
  itLabels([
    ["Vatan Medya Vertrieb GmbH", "Abonnement 09/2026 Kd-Nr 723145", "Vatan Medya"],
    ["ANADOLU HABER VERTRIEB GMBH", null, "Anadolu Haber"],
  ]);
  // Guards: without a legal form after it, or as the name's first word, the word is the name's.
  itLabels([
    ["Sanitaer Vertrieb", null, "Sanitaer Vertrieb"],
    ["Vertrieb Mueller GmbH", null, "Vertrieb Mueller"],
  ]);
});
