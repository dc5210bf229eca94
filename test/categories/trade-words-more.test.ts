// Local businesses no dictionary knows, named by a trade word of the fuller
// vocabulary (shop-kinds-more.ts): German, Dutch, English and French shops,
// workshops, practices and venues, each in the category a careful person files
// it under; and names where such a word must not decide, because it is a
// surname, part of a street's name or only a piece of a longer word.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("a German local business by its trade word", () => {
  itCategorizes([
    ["Polsterei Brandt", "Rechnung 2026-114 Sessel neu bezogen", "-480.00", "shopping"],
    ["Glaserei Hoffmeister GmbH", "RE 8812 Fensterscheibe", "-212.50", "shopping"],
    ["Schlosserei Weidner", "Gartentor Reparatur", "-165.00", "shopping"],
    ["Dachdeckerei Krull & Sohn", "Abschlagsrechnung Dach", "-1850.00", "shopping"],
    ["Malermeister Tobias Kern", "Rechnung Nr 77 Treppenhaus", "-940.00", "shopping"],
    [null, "SUMUP *BETTENHAUS LINDNER", "-699.00", "shopping"],
    [null, "Kartenzahlung PORZELLAN UND GLAS STEIN", "-38.90", "shopping"],
    [null, "SUMUP *TEELADEN SCHWARZ", "-14.80", "groceries"],
    [null, "Kartenzahlung WEINGUT KESSLER-RUPP", "-64.00", "groceries"],
    [null, "SUMUP *HOFMOLKEREI ALBRECHT", "-9.60", "groceries"],
    [null, "Kartenzahlung AUSFLUGSLOKAL SEEBLICK", "-42.30", "restaurants"],
    ["Autolackiererei Demir", "Stossstange lackiert", "-380.00", "fuel"],
    ["Karosseriebau Pohl GmbH", "RE 2207", "-1240.00", "fuel"],
    [null, "SUMUP *KLETTERWALD HOHENSTEIN", "-26.00", "entertainment"],
    [null, "Kartenzahlung KEGELBAHN ZUR ALTEN POST", "-18.00", "entertainment"],
    ["Dermatologie am Stadtpark", "Rechnung IGeL", "-45.00", "health"],
    ["Tagespflege Sonnenhof gGmbH", "Eigenanteil Maerz", "-320.00", "health"],
    ["Lernhilfe Becker", "Mathe 4 Stunden", "-96.00", "education"],
    ["Stadtbibliothek Rheine", "Leseausweis 2026", "-15.00", "education"],
    ["Autoverleih Kraus", "Transporter 1 Tag", "-89.00", "travel"],
    ["Bestattungen Hollmann", "Rechnung Trauerfeier", "-2890.00", "other"],
    ["Massagepraxis Yilmaz", "10er Karte", "-290.00", "drugstore"],
    ["Brennstoffhandel Ewald KG", "Brennholz 4 Raummeter", "-420.00", "utilities"],
    [null, "SUMUP *GESCHENKELADEN KUNTERBUNT", "-19.90", "shopping"],
    [null, "Kartenzahlung SAUNALANDSCHAFT AM SEE", "-24.00", "entertainment"],
  ]);
});

describe("a Dutch local business by its trade word", () => {
  itCategorizes([
    [null, "BEA NR:4XK1 STOFFEERDERIJ DE NOORD", "-265.00", "shopping"],
    ["Slotenmaker Visser", "Factuur 2026-031 cilinder", "-145.00", "shopping"],
    ["Klusbedrijf De Boer en Zn", "Factuur 118", "-620.00", "shopping"],
    [null, "BEA NR:7PQ2 ZONWERING HOLLAND", "-890.00", "shopping"],
    [null, "BEA NR:2JK9 BEENHOUWERIJ VERMEULEN", "-27.40", "groceries"],
    [null, "BEA NR:8HU3 SNOEPWINKEL HET ZOETE HOEKJE", "-6.50", "groceries"],
    [null, "BEA NR:5TR1 UITSPANNING DE HEIDE", "-31.20", "restaurants"],
    ["Autoschadeherstel Kok", "Factuur 3301", "-755.00", "fuel"],
    [null, "BEA NR:3DD4 KLIMBOS VELUWE", "-24.50", "entertainment"],
    ["Kraamzorg De Wieg", "Eigen bijdrage", "-185.00", "health"],
    ["Bijles Centrum Noord", "Bijles wiskunde mei", "-120.00", "education"],
    ["Gastouderbureau Kindertijd", "Opvang april", "-410.00", "education"],
    ["Makelaardij Van Houten", "Courtage", "-2400.00", "rent"],
    ["Uitvaartcentrum De Linde", "Factuur uitvaart", "-3100.00", "other"],
    ["Garagebedrijf Mulder", "Factuur onderhoud", "-389.00", "fuel"],
    ["Zwemles De Dolfijn", "Diploma A lesgeld", "-95.00", "education"],
    [null, "BEA NR:9KL2 PEDICUREPRAKTIJK VOETJE", "-38.00", "drugstore"],
  ]);
});

describe("an English local business by its trade word", () => {
  itCategorizes([
    [null, "SQ *HARTLEY UPHOLSTERY LEEDS", "-320.00", "shopping"],
    [null, "PAYPAL *BRIGHTSIDE GLAZING", "-410.00", "shopping"],
    ["MILLBROOK ROOFING LTD", "INV 2211", "-1450.00", "shopping"],
    [null, "SQ *ASHDOWN BLINDS AND CURTAINS", "-240.00", "shopping"],
    [null, "CHECKCARD 0412 RIVERBEND BRIDAL DENVER CO", "-890.00", "shopping"],
    [null, "SQ *HOLLOW OAK CONFECTIONERY", "-7.50", "groceries"],
    [null, "SQ *SUNNYSIDE CUPCAKES", "-12.00", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 04/12 BIG SKY WINERY", "-46.00", "groceries"],
    [null, "SQ *LUCKY DRAGON ALL YOU CAN EAT", "-23.80", "restaurants"],
    [null, "CHECKCARD 0518 KEYSTONE COLLISION DENVER CO", "-980.00", "fuel"],
    [null, "SQ *PEAK VALETING SHEFFIELD", "-35.00", "fuel"],
    [null, "PURCHASE AUTHORIZED ON 02/09 JIMS TOWING", "-125.00", "fuel"],
    [null, "SQ *GOLDEN SANDS AMUSEMENTS", "-10.00", "entertainment"],
    [null, "SQ *IRON FIST KICKBOXING", "-45.00", "entertainment"],
    [null, "CHECKCARD 0301 SUMMIT PEDIATRIC ASSOC DENVER CO", "-40.00", "health"],
    [null, "SQ *WILLOWBANK COUNSELLING", "-60.00", "health"],
    ["FOXGLOVE DAY NURSERY", "MARCH", "-780.00", "education"],
    [null, "SQ *LAKELAND HOLIDAY COTTAGES", "-540.00", "travel"],
    ["HARGREAVES ESTATE AGENTS", "HOLDING DEPOSIT", "-300.00", "rent"],
    ["PEMBERTON FUNERAL DIRECTORS", "INV 5512", "-3400.00", "other"],
    [null, "SQ *HOLLYBUSH HAIRDRESSING", "-42.00", "drugstore"],
    ["ACE ELECTRICIANS LTD", "INV 0931", "-260.00", "shopping"],
    [null, "MERIDIAN AUTOMOTIVE LEEDS", "-310.00", "fuel"],
    [null, "SQ *CLIFFTOP FUNFAIR", "-6.50", "entertainment"],
    [null, "PAYPAL *BRECON HOLIDAY LETS", "-480.00", "travel"],
  ]);
});

describe("a French local business by its trade word", () => {
  itCategorizes([
    [null, "CARTE 14/03 MENUISERIE LEROUX CB*4471", "-640.00", "shopping"],
    [null, "CARTE 02/04 VITRERIE DU CENTRE CB*1182", "-180.00", "shopping"],
    ["SARL PLOMBERIE GIRAUD", "FACTURE 2026-44", "-310.00", "shopping"],
    [null, "CARTE 11/05 TAPISSIER DECORATEUR MOREL CB*9921", "-420.00", "shopping"],
    [null, "CARTE 21/03 BISCUITERIE DE LA BAIE CB*3310", "-18.40", "groceries"],
    [null, "CARTE 09/06 CIDRERIE DU PAYS D AUGE CB*2210", "-24.00", "groceries"],
    [null, "CARTE 03/07 ACCROBRANCHE DES CIMES CB*8812", "-52.00", "entertainment"],
    [null, "CARTE 12/02 CENTRE AUTO DU LAC CB*1190", "-96.00", "fuel"],
    ["CABINET DE CARDIOLOGIE DU PARC", "CONSULTATION", "-50.00", "health"],
    ["SOUTIEN SCOLAIRE REUSSITE", "COURS FEVRIER", "-140.00", "education"],
    ["POMPES FUNEBRES LAMBERT", "FACTURE OBSEQUES", "-3800.00", "other"],
    [null, "CARTE 18/08 MIELLERIE DES CEVENNES CB*7731", "-16.50", "groceries"],
    ["POLYCLINIQUE DU PARC", "FACTURE SEJOUR", "-120.00", "health"],
    [null, "CARTE 05/10 VIDANGE EXPRESS CB*6650", "-79.00", "fuel"],
  ]);
});

describe("where a trade-like word does not decide", () => {
  itCategorizes([
    // A surname that only looks like a trade (Glaser, Timmerman, Charpentier): a person's or an office's, not a workshop.
    ["Jonas Glaser", "Geburtstag Lisa", "-50.00", "other"],
    ["J. Timmerman", "Terugbetaling etentje", "-32.00", "other"],
    ["Tom Fudge", "Half the taxi", "-14.00", "other"],
    ["Anne Buffet", "Cadeau commun", "-25.00", "other"],
    ["Lisa Klempner", "Geburtstag Paul", "-30.00", "other"],
    ["SCP CHARPENTIER ET ASSOCIES", "HONORAIRES DOSSIER 2291", "-600.00", "other"],
    // A street of the trade's name: the trade word is only a piece of one longer word.
    ["Kanzlei am Molkereiweg", "Beratung 03/2026", "-238.00", "other"],
    ["Steuerbuero Brennereistrasse 4", "Honorar Q1", "-180.00", "other"],
    // A trade word in the purpose of a transfer to a person is the person's business.
    ["Anna Berger", "Anteil Polsterei Sofa", "-60.00", "other"],
  ]);
});
