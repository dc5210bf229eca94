// The trades of horse owners and riders that the rural lists (rural-trades.test.ts) did not name, as banks print them:
// clippers, hoof trimmers and hay sellers, horse-trailer and horsebox hire, horse transporters, horse-rug washing,
// equine practices and dentists, riding schools, riding and driving clubs, show and tournament organisers, state studs,
// a horse's insurance premium and a village's stores. Each business is made up; each rule has rows beside it that
// must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("clippers, hoof trimmers, farriers and hay sellers are shopping (tradesmen and feed)", () => {
  itCategorizes([
    ["KARTENZAHLUNG", "SCHERMEISTER HOLTKAMP//HAMBURG/DE", "2025-12-06T11:50 Debitk.2 2027-12", "-45.06", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 06/25 SQ *BLUE RIDGE HOOF CARE NEW YORK CA S867958724586790 CARD 5797", "-20.16", "shopping"],
    [null, null, "CARTE 16/05/25 CB SUMUP *FERRURE DU BOCAGE CB*1832", "-240.29", "shopping"],
    [null, null, "CHECKCARD 0508 SQ *MARION HAY BARN BROOKLYN CA 35721160486655615204707", "-62.80", "shopping"],
    [null, null, "SUNNY ACRES HAY FARMS hay delivery NOVEMBER", "-436.09", "shopping"],
    ["MasterCard Payment", "Futterscheune Lindenhof Inh. K. Mertens", null, "-13.99", "shopping"],
    [null, null, "BEA   NR:XXX238   02.03.25/18.05 Mechanisatiebedrijf Van Dam B.V. Utrecht,PAS996", "-138.98", "shopping"],
    [null, "HOUTVEZEL DRENTHE", "HOUTVEZEL DRENTHE Amsterdam, NL", "-58.54", "shopping"],
  ]);
  // A Dutch firm ("…bedrijf") paid by transfer is no person, so the hay its invoice names decides.
  itCategorizes([
    [null, "Akkerbouwbedrijf De Vries", "Hooi 25 pakken JANUARY", "-206.50", "shopping"],
    [null, "Akkerbouwbedrijf De Vries", "/TRTP/SEPA OVERBOEKING/IBAN/NL00142374085541882552/BIC/ABNANL2A/NAME/Akkerbouwbedrijf De Vries/REMI/Factuur 81-04 hooi en stro/EREF/NOTPROVIDED", "-263.56", "shopping"],
  ]);
  // Guards: a farm shop's produce stays groceries, a hay-named pub stays a restaurant, a person paid for hay stays a person's.
  itCategorizes([
    [null, "Jan de Vries", "Hooi 25 pakken", "-206.50", "other"],
    ["Card payment", null, "HOLLYBUSH FARM SHOP LEEDS GBR", "-18.40", "groceries"],
    [null, null, "CHECKCARD 0508 THE HAYLOFT RESTAURANT BROOKLYN NY", "-41.00", "restaurants"],
  ]);
});

describe("horse-trailer and horsebox hire is travel (van hire); a horse transporter other (removals)", () => {
  itCategorizes([
    ["DEBIT_CARD", null, "OCALA HORSE TRAILER RENT #3293 SEATTLE WA", "-351.31", "travel"],
    ["Lastschrift", "VISA SUMUP *ANHAENGERVERLEIH KLAUS 0159", "NR XXXX 7727 FRANKFURT DE KAUFUMSATZ 13.02 296.60", "-296.60", "travel"],
    ["Kartenzahlung", "SumUp *Anhaengerverl", "SUMUP *ANHAENGERVER/HAUPTSTR. 72/FRANKFURT/DE 11-06-2026T18:24:44 Folgenr. 04 Verfalld. 1229", "-291.91", "travel"],
    [null, "CCV*PAARDENTRAILERVERHUU", "CCV*PAARDENTRAILERVERHUU 394-8783858", "-283.58", "travel"],
    [null, null, "SQ *HILLSIDE HORSEBOX HIRE ON 23 JUN CPM", "-140.00", "travel"],
    ["Kartenzahlung girocard", "PFERDETRANSPORTE MEYER", "KOELN 679/HAUPTSTR. 62/KOELN/DE", "-60.59", "other"],
    [null, null, "VIS ASHDOWN HORSE TRANSPORT LTD LONDON", "-320.00", "other"],
  ]);
  // Guards: a flat's rent and a mobile home's lot rent stay rent; a coach operator stays transport.
  itCategorizes([
    [null, null, "SUNNY PINES MHP TRAILER RENT JUNE", "-450.00", "rent"],
    ["Dauerauftrag", "Hausverwaltung Krause", "Miete Wohnung 3. OG", "-820.00", "rent"],
    [null, null, "NATIONAL EXPRESS COACH TRANSPORT", "-24.00", "transport"],
  ]);
});

describe("horse-rug washing is a laundry (drugstore), not a car wash", () => {
  itCategorizes([
    ["Card payment", null, "RUG WASH BRANDON        LEEDS         GBR", "-40.57", "drugstore"],
    ["Kartenzahlung girocard", "DECKENWAESCHEREI TELGTE", "MUENCHEN 462/HAUPTSTR. 28/MUENCHEN/DE", "-28.59", "drugstore"],
    ["Betaalautomaat", "DEKENWASSERIJ DE HOEF 8985", "Pasvolgnr: 001 05-07-2025 10:53", "-28.46", "drugstore"],
    [null, null, "CARTE 23/08/26 CB SUMUP *LAVAGE COUVERT CB*4102", "-31.38", "drugstore"],
  ]);
  // Guard: a car wash stays the motorist's.
  itCategorizes([[null, null, "CARTE 23/08/26 CB LAVAGE AUTO DU CENTRE CB*4102", "-12.00", "fuel"]]);
});

describe("equine practices and dentists are health", () => {
  itCategorizes([
    ["DEBIT_CARD", null, "BLUEGRASS EQUINE ASSOCIA #1971 NEW YORK CA", "-36.21", "health"],
    [null, "PAARDENTANDARTS DE GROOT", "PAARDENTANDARTS DE GROOT Rotterdam, NL", "-10.85", "health"],
  ]);
});

describe("riding schools, riding clubs, shows, tournaments and state studs are entertainment (a sport, as sports clubs)", () => {
  itCategorizes([
    ["KARTENZAHLUNG", "REITSCHULE AM MUEHLENBACH//MUENCHEN/DE", "2026-06-23T13:38 Debitk.2 2027-12", "-43.77", "entertainment"],
    ["DEBIT_CARD", null, "OAKRIDGE RIDING ACADEMY #1306 BROOKLYN NY", "-36.43", "entertainment"],
    ["Dauerauftrag / Terminueberweisung", "Reit- u. Fahrverein Ostbevern e.V.", "Mitgliedsbeitrag 2026 Familie MitglNr 0813", "-166.95", "entertainment"],
    ["Betaalautomaat", "Ruitervereniging De Peelruiters 3614", "Pasvolgnr: 001 21-04-2025 19:38", "-42.60", "entertainment"],
    ["Kartenzahlung girocard", "TURNIERGES. VERDEN", "KOELN 248/HAUPTSTR. 37/KOELN/DE", "-44.85", "entertainment"],
    ["Kartenverfügung", null, "Saechsisches Landgestuet Moritzburg, MUENCHEN DE Karte Nr. 4871 78XX XXXX 0953 Kartenzahlung", "-39.42", "entertainment"],
    [null, null, "CARTE 08/11/25 CB PARC EQUESTRE DU MAINE CB*0941", "-59.27", "entertainment"],
    [null, null, "PURCHASE AUTHORIZED ON 10/19 DEVON HORSE SHOW AUSTIN CA S362074950339359 CARD 6969", "-27.21", "entertainment"],
  ]);
  // Guards: a driving school stays education; a music school stays education.
  itCategorizes([
    [null, "RIJSCHOOL DE HOEF", "Lespakket 10 lessen", "-450.00", "education"],
    ["KARTENZAHLUNG", "MUSIKSCHULE FRANKE//MUENCHEN/DE", "2026-06-23T13:38 Debitk.2 2027-12", "-43.77", "education"],
  ]);
});

describe("a horse's monthly premium is insurance; a village's stores groceries", () => {
  itCategorizes([
    ["Incasso", "Ruiter Zeker B.V.", "Naam: Ruiter Zeker B.V. Omschrijving: Maandpremie ongevallen paard JUNE IBAN: NL00042881421430749094", "-36.04", "insurance"],
    [null, null, "))) HOLTBY VLG STORES LONDON", "-13.86", "groceries"],
    ["Card payment", null, "ASHWELL VILLAGE STORES LEEDS GBR", "-9.20", "groceries"],
  ]);
  // Guard: a department store stays a shop.
  itCategorizes([["Card payment", null, "JOHN LEWIS STORES LONDON GBR", "-60.00", "shopping"]]);
});
