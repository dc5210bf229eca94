// Towns of the border regions people shop across (around Luxembourg, Basel, Aachen, the Ems, Detroit and Windsor)
// printed after a shop's name come off the label like the gazetteer's other towns: whole, cut by the card field, or,
// in Canada, before the province's code. A name that begins with, or is, such a town keeps it. Each case is a made-up
// business printed in a real descriptor shape (bank-formats.md §3).
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

describe("a Canadian town and its province's code come off", () => {
  itLabels([
    ["MAPLE LEAF GRILL WINDSOR ON", "Maple Leaf Grill"],
    ["NORTHERN PANTRY WINDSOR ON CAN", "Northern Pantry"],
    ["NORTHERN PANTRY WINDSOR ONCA", "Northern Pantry"],
    ["SQ *RIVERSIDE ROASTERS   TECUMSEH     CAN", "Riverside Roasters"],
    ["CHECKCARD 0818 HARBOUR FISH HOUSE AMHERSTBURG ON 24224433231105006465166", "Harbour Fish House"],
    ["PURCHASE AUTHORIZED ON 07/31 PRAIRIE SKY BOOKS PRINCE ALBERT SK CARD 7158", "Prairie Sky Books"],
    ["GREAT NORTH OUTFITTERS DELTA BC", "Great North Outfitters"],
    ["CAFE BOREAL MISSISSAUGA ON", "Cafe Boreal"],
    ["TIDEWATER BAKERY ST JOHN NB", "Tidewater Bakery"],
    ["HARBOURFRONT BAIT AND TACKLE HAMILTON ON", "Harbourfront Bait And Tackle"],
  ]);
});

describe("a town of Detroit's suburbs comes off", () => {
  itLabels([
    ["CORNER DELI BERKLEY MI", "Corner Deli"],
    ["HARMONIE BAKERY BERKLEY", "Harmonie Bakery"],
    ["SQ *POLISH VILLAGE CAFE HAMTRAMCK MI", "Polish Village Cafe"],
    ["LAKESIDE HARDWARE GROSSE POINTE WOODS MI", "Lakeside Hardware"],
    ["RIVERTOWN TACOS FERNDALE MI", "Rivertown Tacos"],
  ]);
});

describe("a border town cut by the card field comes off by the same rule as the gazetteer's others", () => {
  itLabels([
    // 20 characters (Postbank): Eupen, one of the first list's towns, from four letters
    ["BAECKEREI KRUSE EUPE", "Baeckerei Kruse"],
    // 22 characters (a Mastercard name field): Remich, one of the first list's towns, from four letters
    ["METZGEREI HOFMANN REMI", "Metzgerei Hofmann"],
    // a town only the fuller lists name counts from seven letters, missing at most four: Schengen at 20, Wasserbillig at 25
    ["EISCAFE ROMA SCHENGE", "Eiscafe Roma"],
    ["CONFISERIE MAYR WASSERBIL", "Confiserie Mayr"],
  ]);
});

describe("a name that is, begins with or ends in a word that is also a border town stays whole", () => {
  itLabels([
    // the town begins the name
    ["WINDSOR CLEANERS", "Windsor Cleaners"],
    ["WINDSOR CLEANERS LONDON ON", "Windsor Cleaners"],
    ["LONDON DRUGS 12 VANCOUVER BC", "London Drugs"],
    ["SCHENGEN TRAVEL SERVICES", "Schengen Travel Services"],
    // a Canadian town named like a person or a word, without a province's code after it
    ["THE DUKE OF WINDSOR", "The Duke Of Windsor"],
    ["HOTEL ROYAL WINDSOR", "Hotel Royal Windsor"],
    ["GREAT NORTH OUTFITTERS DELTA", "Great North Outfitters Delta"],
    ["HARBOURFRONT PUB HALIFAX", "Harbourfront Pub Halifax"],
    ["HYDRO QUEBEC", "Hydro Quebec"],
    ["CAFE RED DEER", "Cafe Red Deer"],
    // a town that is a German word or surname stays on the name (Strassen, Perl)
    ["HOTEL ZU DEN DREI STRASSEN", "Hotel Zu Den Drei Strassen"],
    ["SCHMUCK UND PERL", "Schmuck Und Perl"],
    // a word at a full field's end that is a short start of a new small town (Wasserbillig, Ferndale): under seven letters
    ["PIZZERIA LUNA WASSER", "Pizzeria Luna Wasser"],
    ["PFLANZEN GRUENE FERN", "Pflanzen Gruene Fern"],
    // at a 22-character field too: a trade's word (not a cut Worksop) and a saint's name (not a cut Pierrefonds)
    ["RIVERBEND CANDLE WORKS", "Riverbend Candle Works"],
    ["CHOCOLATS SAINT PIERRE", "Chocolats Saint Pierre"],
  ]);
});
