// Towns of the border regions people shop across (around Luxembourg, Basel, Aachen and the Ems) printed after a
// shop's name come off the label like the gazetteer's other towns. A name that begins with, or is, such a town keeps
// it. Each case is a made-up business printed in a real descriptor shape (bank-formats.md §3).
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a town of Luxembourg after the shop's name is where the card was used", () => {
  itLabels([
    ["MOSELKELLER THILL OBERPALLEN", "Moselkeller Thill"],
    ["BOUCHERIE KIEFFER       BETTEMBOURG   LU", "Boucherie Kieffer"],
    ["VINOTHEK MOSELGOLD SCHENGEN LU", "Vinothek Moselgold"],
    ["TANKSTELL REUTER WASSERBILLIG", "Tankstell Reuter"],
    ["PATISSERIE SCHMIT HOWALD LU", "Patisserie Schmit"],
    ["PHARMACIE DU SUD PETANGE", "Pharmacie Du Sud"],
    ["SUMUP *TRAITEUR REDING JUNGLINSTER LU", "Traiteur Reding"],
    ["GARAGE WAGNER RODANGE", "Garage Wagner"],
    ["BRASSERIE DU PONT VIANDEN LU", "Brasserie Du Pont"],
  ]);
});

describe("a town of Belgium's border provinces comes off", () => {
  itLabels([
    ["FRITERIE CHEZ ODILE RAEREN BE", "Friterie Chez Odile"],
    ["METZGEREI CREMER BUETGENBACH", "Metzgerei Cremer"],
    ["BOULANGERIE LAMBERT ATHUS", "Boulangerie Lambert"],
    ["TAVERNE DU MOULIN AUBANGE BE", "Taverne Du Moulin"],
    ["BAECKEREI KRUSE LA CALAMINE", "Baeckerei Kruse"],
    ["SLAGERIJ VANDEWAL LANKLAAR", "Slagerij Vandewal"],
  ]);
});

describe("a town by Basel or on the Upper Rhine comes off, on either side of the border", () => {
  itLabels([
    ["CONFISERIE SCHNELL BETTINGEN CH", "Confiserie Schnell"],
    ["BAECKEREI FREY ARLESHEIM", "Baeckerei Frey"],
    ["BLUMEN SUTER THAYNGEN", "Blumen Suter"],
    ["BOULANGERIE KELLER HUNINGUE", "Boulangerie Keller"],
    ["CB PHARMACIE DU RHIN VILLAGE-NEUF", "Pharmacie Du Rhin"],
    ["EISCAFE DOLOMITI WEIL AM RHEIN", "Eiscafe Dolomiti"],
    ["METZGEREI BANHOLZER WALDSHUT-TIENGEN DE", "Metzgerei Banholzer"],
  ]);
});

describe("a town of Lorraine, the Saar, Aachen's corner or the Ems comes off", () => {
  itLabels([
    ["CARTE 05/02/26 BRASSERIE DU LAC YUTZ CB*7686", "Brasserie Du Lac"],
    ["PATISSERIE KLEIN HAYANGE", "Patisserie Klein"],
    ["BAECKEREI JOST NENNIG", "Baeckerei Jost"],
    ["METZGEREI ZIMMER BECKINGEN DE", "Metzgerei Zimmer"],
    ["HOFLADEN KREUTZER ROETGEN", "Hofladen Kreutzer"],
    ["TEEHANDEL JANSSEN DITZUM", "Teehandel Janssen"],
    ["GETRAENKE OLTMANNS RHAUDERFEHN", "Getraenke Oltmanns"],
    ["CCV*SNACKBAR DE GRENS NIEUWESCHANS", "Snackbar De Grens"],
    ["BEA   NR:XXX   05.03.24/12.00 Bakkerij Hermens Tegelen,PAS123", "Bakkerij Hermens"],
  ]);
});

describe("a name that is, begins with or ends in a word that is also a border town stays whole", () => {
  itLabels([
    // the town begins the name
    ["SCHENGEN TRAVEL SERVICES", "Schengen Travel Services"],
    // a town that is a German word or surname stays on the name (Strassen, Perl)
    ["HOTEL ZU DEN DREI STRASSEN", "Hotel Zu Den Drei Strassen"],
    ["SCHMUCK UND PERL", "Schmuck Und Perl"],
    // a word at a full field's end that is a short start of a new small town (Wasserbillig): under seven letters
    ["PIZZERIA LUNA WASSER", "Pizzeria Luna Wasser"],
  ]);
});
