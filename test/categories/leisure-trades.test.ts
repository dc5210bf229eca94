// The trades of leisure, culture and hobbies, enumerated by trade: music shops, instrument makers and piano tuners,
// record shops, rehearsal rooms, art supplies and framers, potteries, yarn, fabric and craft shops, model making, game
// shops and board-game cafés, comics, books, stationery and photo shops; venues, ticket offices, choirs and hobby
// clubs; dance, art and craft lessons. Each business is made up; each rule has a row beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("music shops, instrument makers and piano tuners sell goods and a tradesman's work", () => {
  itCategorizes([
    ["Kartenzahlung", "GITARRENWERKSTATT KLANG", "GITARRENWERKSTATT KLANG/BERGSTR. 4/FREIBURG/DE 03-02-2026T11:20:00 Folgenr. 01 Verfalld. 1229", "-45.00", "shopping"],
    [null, null, "SUMUP *GEIGENBAUMEISTER HOFMA", "-180.00", "shopping"],
    ["Lastschrift", "Klavierstimmer Roland Holz", "Klavierstimmung 14.03.2026 Rechnung 2026-11", "-120.00", "shopping"],
    ["Kartenzahlung girocard", "MUSIKALIENHANDLUNG AM DOM", "MUSIKALIENHANDLUNG AM DOM//ERFURT/DE 04.02.2026 um 12:08:08 Uhr", "-23.80", "shopping"],
    [null, null, "VISA MUSIKINSTRUMEN NR XXXX 4874 LEIPZIG DE KAUFUMSATZ 04.06", "-299.00", "shopping"],
    ["Kartenzahlung", "HOLZBLASINSTRUMENTE WEISS", "HOLZBLASINSTRUMENTE WEISS/KOELN/DE", "-64.00", "shopping"],
    [null, null, "ZTL*SCHALLPLATTEN KRAUSE", "-32.00", "shopping"],
    [null, null, "BEA   NR:XXX111   16.06.25/15.26 MUZIEKWINKEL DE NOOT Zwolle,PAS111", "-18.50", "shopping"],
    ["Betaalautomaat", "PIANOSTEMMER DE WIT", "Pasvolgnr: 001 06-01-2026 11:50 Transactie: 000001 Term: AB111C", "-95.00", "shopping"],
    [null, "VIOOLBOUWER JANSEN", "VIOOLBOUWER JANSEN Utrecht, NL", "-60.00", "shopping"],
    [null, null, "BEA   NR:XXX222   02.03.26/10.12 PLATENZAAK CONCERTO Amsterdam,PAS222", "-27.00", "shopping"],
    [null, null, "CARTE 08/02/26 LUTHERIE MARTIN CB*1403", "-150.00", "shopping"],
    [null, null, "CB DISQUAIRE LES DISQUES 12/03", "-22.00", "shopping"],
    [null, null, "CARTE 11/02/26 ACCORDEUR PIANOS DUVAL CB*1403", "-110.00", "shopping"],
    [null, null, "CB PARTITIONS MUSIQUE 21/01", "-17.90", "shopping"],
    ["Card payment", null, "SQ *HARBOR PIANO TUNER BRISTOL GBR", "-85.00", "shopping"],
    ["Card payment", null, "ZTL*BRASS AND WOODWIND   LEEDS    GBR", "-42.00", "shopping"],
    ["DEBIT_CARD", null, "SQ *SPILLERS RECORDS CARDIFF", "-24.00", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 09/06 SHEET MUSIC PLUS S000000000000001 CARD 1610", "-12.99", "shopping"],
    [null, null, "LIUTERIA ROSSI CREMONA ITA", "-90.00", "shopping"],
  ]);
  describe("but a state's records office, a music school and lessons keep theirs", () => {
    itCategorizes([
      [null, null, "VITAL RECORDS FEE COUNTY OF ORANGE", "-25.00", "taxes"],
      ["Lastschrift", "Musikschule Tonleiter e.V.", "Unterrichtsentgelt Februar", "-48.00", "education"],
      [null, null, "SQ *GUITAR TEACHER JOHN", "-30.00", "education"],
      [null, null, "SUMUP *MUSIKSCHU", "-48.00", "education"],
    ]);
  });
});

describe("rehearsal rooms and recording studios are a band's leisure", () => {
  itCategorizes([
    [null, null, "SUMUP *PROBERAUM ZENTRUM OST", "-40.00", "entertainment"],
    ["Überweisung", "Tonstudio Klangraum", "Aufnahme Demo 3 Songs", "-250.00", "entertainment"],
    [null, null, "BEA   NR:XXX333   04.03.26/20.01 OEFENRUIMTE DE BUNKER Tilburg,PAS333", "-25.00", "entertainment"],
    [null, null, "SQ *REHEARSAL ROOMS LONDON", "-36.00", "entertainment"],
    [null, null, "CB STUDIO DE REPETITION 22/02", "-30.00", "entertainment"],
  ]);
});

describe("art supplies, framers, potteries, yarn, fabric and craft shops sell goods", () => {
  itCategorizes([
    [null, null, "SUMUP *KUENSTLERBEDA", "-38.00", "shopping"],
    ["Kartenzahlung", "RAHMENWERKSTATT BERG", "RAHMENWERKSTATT BERG/MUENCHEN/DE", "-89.00", "shopping"],
    [null, null, "BEA   NR:XXX444   05.03.26/14.02 LIJSTENMAKERIJ DE RAND Delft,PAS444", "-75.00", "shopping"],
    [null, null, "BEA   NR:XXX445   05.03.26/15.02 TEKENBENODIGDHEDEN KWAST Delft,PAS445", "-21.00", "shopping"],
    [null, null, "CB FOURNITURES BEAUX ARTS 02/03", "-44.00", "shopping"],
    [null, null, "SQ *PICTURE FRAMERS YORK", "-60.00", "shopping"],
    [null, null, "ZTL*TOPFEREI AM MARKT", "-28.00", "shopping"],
    [null, null, "SUMUP *KERAMIKWERKSTATT LEHM", "-35.00", "shopping"],
    [null, null, "BEA   NR:XXX555   07.03.26/11.30 POTTENBAKKERIJ DE KLEI Gouda,PAS555", "-19.00", "shopping"],
    ["Kartenzahlung", "WOLLSTUBE STRICKLIESEL", "WOLLSTUBE STRICKLIESEL/GOETTINGEN/DE", "-26.40", "shopping"],
    [null, null, "SUMUP *KURZWARENHANDEL LANG", "-9.80", "shopping"],
    [null, null, "VISA STOFF MARKT HOLLAND NR XXXX 4874 BREMEN DE KAUFUMSATZ 04.06", "-31.00", "shopping"],
    [null, null, "BEA   NR:XXX666   08.03.26/12.44 STOFFENWINKEL JANSEN Zwolle,PAS666", "-24.00", "shopping"],
    [null, null, "CB LAINES ET TRICOTS 03/03", "-18.00", "shopping"],
    [null, null, "SQ *FABRIC WAREHOUSE NORWICH", "-22.50", "shopping"],
    [null, null, "SQ *NEEDLECRAFT CORNER", "-14.00", "shopping"],
    [null, null, "SUMUP *BASTELSTUBE KREATIV", "-12.00", "shopping"],
    [null, null, "BEA   NR:XXX777   09.03.26/16.05 HOBBYWINKEL DE KNUTSEL Breda,PAS777", "-16.00", "shopping"],
    [null, null, "CB LOISIRS CREATIFS 14/03", "-27.00", "shopping"],
    [null, null, "PAYPAL *HOBBYKUNSTWERK", "-19.90", "shopping"],
    [null, null, "SQ *MODEL RAILWAYS DERBY", "-48.00", "shopping"],
    [null, null, "CB MODELISME PASSION 05/03", "-52.00", "shopping"],
    [null, null, "SUMUP *MODELLEISENBAHN KUHN", "-79.00", "shopping"],
  ]);
  describe("but a bakery, a painter-decorator and a tearoom keep theirs", () => {
    itCategorizes([
      [null, null, "BEA   NR:XXX888   10.03.26/08.05 BAKKERIJ DE KLEI Gouda,PAS888", "-6.00", "groceries"],
      [null, null, "BEA   NR:XXX889   10.03.26/09.05 SCHILDERSBEDRIJF JANSEN Gouda,PAS889", "-400.00", "shopping"],
      ["Kartenzahlung", "KAFFEESTUBE AM MARKT", "KAFFEESTUBE AM MARKT/GOETTINGEN/DE", "-8.40", "restaurants"],
    ]);
  });
});

describe("toy, comic, book, stationery and photo shops sell goods; game shops and board-game cafés are leisure", () => {
  itCategorizes([
    [null, null, "SUMUP *SPIELWARENHAUS KLEIN", "-29.99", "shopping"],
    [null, null, "SUMUP *COMICLADEN PANEL", "-14.00", "shopping"],
    [null, null, "BEA   NR:XXX901   11.03.26/13.10 STRIPWINKEL DE INKT Gent,PAS901", "-11.00", "shopping"],
    [null, null, "CB BANDES DESSINEES ET CIE 04/03", "-15.90", "shopping"],
    ["Kartenzahlung", "BUCHHDLG MEYER", "BUCHHDLG MEYER/ULM/DE", "-19.00", "shopping"],
    [null, null, "BEA   NR:XXX902   11.03.26/14.10 BOEKENWINKEL HET LEZEN Gent,PAS902", "-22.00", "shopping"],
    [null, null, "CB BOUQUINISTE DES QUAIS 05/03", "-8.00", "shopping"],
    [null, null, "SUMUP *PAPIERLADEN FEDER", "-6.50", "shopping"],
    [null, null, "BEA   NR:XXX903   11.03.26/15.10 FOTOWINKEL KIEKJES Gent,PAS903", "-12.00", "shopping"],
    [null, null, "CB LABO PHOTO DU CENTRE 06/03", "-9.00", "shopping"],
    [null, null, "SQ *CAMERA EXCHANGE BATH", "-120.00", "shopping"],
    [null, null, "SQ *DICE AND DRAGONS GAME STORE", "-45.00", "entertainment"],
    [null, null, "SQ *BOARD GAME CAFE DICE", "-12.00", "entertainment"],
    ["Kartenzahlung", "SPIELECAFE WUERFEL", "SPIELECAFE WUERFEL/KASSEL/DE", "-10.00", "entertainment"],
    [null, null, "BEA   NR:XXX904   12.03.26/19.30 SPELLENWINKEL DE DOBBELSTEEN Leiden,PAS904", "-35.00", "entertainment"],
    [null, null, "CB BAR A JEUX LE DE 07/03", "-14.00", "entertainment"],
  ]);
  describe("but a toy shop, a café and a lab keep theirs", () => {
    itCategorizes([
      [null, null, "SQ *TOY SHOP MARLOW", "-20.00", "shopping"],
      [null, null, "SQ *CAFE MOZART", "-7.50", "restaurants"],
      [null, null, "CB LABO ANALYSES MEDICALES 06/03", "-30.00", "health"],
    ]);
  });
});

describe("venues, ticket offices, fairs, choirs and hobby clubs are leisure", () => {
  itCategorizes([
    [null, null, "KONZERTHAUS DORTMUND GMBH", "-64.00", "entertainment"],
    [null, null, "SUMUP *STAATSOPER", "-89.00", "entertainment"],
    ["Kartenzahlung", "MUENCHNER KAMMERSPIELE", "MUENCHNER KAMMERSPIELE/MUENCHEN/DE", "-38.00", "entertainment"],
    [null, null, "BEA   NR:XXX905   13.03.26/19.45 UITBURO LEIDEN Leiden,PAS905", "-42.00", "entertainment"],
    [null, null, "SQ *ARTS CENTRE SALISBURY", "-18.00", "entertainment"],
    [null, null, "SQ *PANTOMIME TICKETS", "-60.00", "entertainment"],
    [null, null, "VVK STELLE KULTURAMT", "-25.00", "entertainment"],
    [null, null, "SQ *BOTANIC GARDENS TRUST", "-9.00", "entertainment"],
    [null, null, "SUMUP *KIRMES ZUCKERWATTE", "-6.00", "entertainment"],
    ["Lastschrift", "Kirchenchor St. Marien", "Jahresbeitrag 2026", "-36.00", "entertainment"],
    ["Lastschrift", "Gesangverein Liederkranz 1860 e.V.", "Mitgliedsbeitrag 2026", "-30.00", "entertainment"],
    [null, "Muziekvereniging Harmonie", "Contributie 2026 lid 44", "-90.00", "entertainment"],
    [null, null, "SQ *CHORAL SOCIETY SUBS", "-45.00", "entertainment"],
    ["Lastschrift", "Schachverein Springer e.V.", "Beitrag 2026", "-40.00", "entertainment"],
    [null, null, "EXIT GAME MUENCHEN", "-99.00", "entertainment"],
    [null, null, "SQ *WATER PARK ORLANDO", "-80.00", "entertainment"],
    [null, null, "SQ *FARM PARK COTSWOLD", "-28.00", "entertainment"],
    [null, null, "BEA   NR:XXX906   14.03.26/10.00 KLIMCENTRUM NEOLIET Utrecht,PAS906", "-15.00", "entertainment"],
  ]);
  describe("but a farm shop, a water bill and an anchor keep theirs", () => {
    itCategorizes([
      [null, null, "SQ *HOLLOW LANE FARM SHOP", "-18.00", "groceries"],
      [null, "Thames Water", "Water bill March DD", "-40.00", "utilities"],
      [null, null, "ANCHOR INSURANCE POLICY 123", "-30.00", "insurance"],
    ]);
  });
});

describe("dance, art, craft and music lessons teach", () => {
  itCategorizes([
    [null, null, "SUMUP *TANZSTUDIO SCHRITT", "-55.00", "education"],
    [null, null, "SQ *BLUE DOOR DANCE STUDIO", "-60.00", "education"],
    [null, null, "CB COURS DE DANSE ETOILE 03/03", "-45.00", "education"],
    ["Überweisung", "Atelier Farbklang", "Malkurs Kinder Maerz", "-40.00", "education"],
    [null, null, "BEA   NR:XXX907   15.03.26/10.00 SCHILDERLES ATELIER ROOD Delft,PAS907", "-30.00", "education"],
    [null, null, "SQ *POTTERY CLASSES BRIGHTON", "-45.00", "education"],
    [null, null, "CB COURS DE POTERIE 10/03", "-35.00", "education"],
    [null, null, "SQ *SEWING CLASSES WITH ANN", "-25.00", "education"],
    [null, null, "SUMUP *ATELIER KLEINE", "-30.00", "education"],
  ]);
  describe("but a paint-your-own pottery café is an outing, and a nightclub stays one", () => {
    itCategorizes([
      [null, null, "SQ *PAINT YOUR OWN POTTERY", "-22.00", "entertainment"],
      [null, null, "SQ *DANCE CLUB NIGHT", "-15.00", "entertainment"],
    ]);
  });
});

describe("a card field cuts the trade's word, and the trade still reads", () => {
  itCategorizes([
    [null, null, "SQ *BLUE DOOR DANCE STUD", "-60.00", "education"],
    [null, null, "SQ *HILLSIDE POTTERY CLASSE", "-45.00", "education"],
    [null, null, "SQ *JONES PICTURE FRAMIN", "-70.00", "shopping"],
    [null, null, "SQ *RIVERSIDE BOOKSELLE", "-15.00", "shopping"],
    [null, null, "SQ *HARBOUR REHEARSAL ROO", "-36.00", "entertainment"],
    [null, null, "SQ *NORTHGATE ARTS CENTR", "-18.00", "entertainment"],
    ["Kartenzahlung", "SCHREIBWARE", "SUMUP *SCHREIBWARE/HAUPTSTR. 4/ULM/DE", "-4.20", "shopping"],
    [null, null, "CB PAPETERI 12/03", "-7.80", "shopping"],
    [null, null, "CB LIBRAIRI 12/03", "-21.00", "shopping"],
    [null, null, "SUMUP *THEATERKAS", "-32.00", "entertainment"],
    [null, null, "VISA VORVERKAUFSST NR XXXX 4874 BONN DE KAUFUMSATZ 04.06", "-45.00", "entertainment"],
    [null, null, "SUMUP *SPIELWARE", "-16.99", "shopping"],
    [null, null, "SUMUP *MODELLEISENB", "-54.00", "shopping"],
  ]);
});

describe("venues, shops and lessons in the other languages a European statement prints", () => {
  itCategorizes([
    [null, null, "FESTSPIELHAUS BADEN-BADEN", "-120.00", "entertainment"],
    [null, null, "BEA   NR:XXX908   16.03.26/20.00 CULTUURCENTRUM DE SPIL Roeselare,PAS908", "-24.00", "entertainment"],
    [null, null, "CB CENTRE CULTUREL 16/03", "-12.00", "entertainment"],
    [null, null, "SQ *SCIENCE CENTRE GLASGOW", "-14.00", "entertainment"],
    [null, null, "COMPRA TARJ. BOLERA LAS ROZAS", "-18.00", "entertainment"],
    [null, null, "COMPRA TARJ. ROCODROMO SUR MADRID", "-12.00", "entertainment"],
    [null, null, "PAGAMENTO POS SALA GIOCHI STAR MILANO", "-10.00", "entertainment"],
    [null, null, "PAGAMENTO POS STRUMENTI MUSICALI BIANCHI", "-85.00", "shopping"],
    [null, null, "COMPRA TARJ. TIENDA DE MUSICA SOL", "-40.00", "shopping"],
    [null, null, "BEA   NR:XXX909   16.03.26/11.00 KANTOORVAKHANDEL DE PEN Assen,PAS909", "-9.00", "shopping"],
    [null, null, "BEA   NR:XXX910   16.03.26/12.00 NAAIWINKEL DE DRAAD Assen,PAS910", "-13.00", "shopping"],
    [null, null, "SQ *DANCE CENTER AUSTIN TX", "-70.00", "education"],
  ]);
  describe("but a dance club night and a gallery café keep theirs", () => {
    itCategorizes([
      [null, null, "SQ *DANCE HALL SATURDAY", "-12.00", "entertainment"],
      [null, null, "SQ *CORNER CAFE ASSEN", "-6.00", "restaurants"],
    ]);
  });
});
