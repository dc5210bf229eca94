// The trade words of what hobby musicians, artists and crafters pay, in the shapes pool 66 showed and others of the
// same kind: a shop named by "music" alone, a craft's or an instrument's supplies, fabric and clay works, a framer's
// gallery, sound studios and concert halls, a food store and a hot-dog stand. Each business is made up; each rule has
// rows beside it that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a shop named by music of no kind sells goods", () => {
  itCategorizes([
    ["Betaalautomaat", "KERSTEN MUSIC 5689", "Pasvolgnr: 001 30-05-2026 16:48 Transactie: 535066 Term: AB711C", "-199.99", "shopping"],
    ["Card payment", null, "VINE MUSIC LTD         MANCHESTER    GBR", "-182.16", "shopping"],
    ["DEBIT_CARD", null, "SQ *HARBOURSIDE MUSIC PORTLAND ME", "-64.00", "shopping"],
    ["Kartenzahlung", "MUSIK SCHMIDT GMBH", "MUSIK SCHMIDT GMBH/MARKTSTR. 4/TRIER/DE 03-02-2026T11:20:00 Folgenr. 01 Verfalld. 1229", "-39.00", "shopping"],
    [null, null, "BEA   NR:XXX111   16.06.25/15.26 MUZIEK DE BAZUIN Zwolle,PAS111", "-18.50", "shopping"],
    // A music exchange's word cut by the card field.
    [null, null, "PURCHASE AUTHORIZED ON 06/22 SQ *VINEVILLE MUSIC EXCH SAN JOSE FL S132404922961244 CARD 6231", "-216.72", "shopping"],
    [null, null, "SQ *RIVERBEND MUSIC EXCHAN", "-45.00", "shopping"],
  ]);
  describe("but a venue, a school, lessons, a stream, a club and a trust of music keep theirs", () => {
    itCategorizes([
      ["Card payment", null, "WIGMORE MUSIC HALL LONDON GBR", "-30.00", "entertainment"],
      ["Card payment", null, "SQ *RIVERSIDE LIVE MUSIC", "-12.00", "entertainment"],
      [null, null, "SQ *HARBOURSIDE MUSIC LESSONS", "-40.00", "education"],
      ["PAYMENT", null, "ST ALBANS MUSIC SCHOOL SPRING TERM", "-120.00", "education"],
      ["Lastschrift", "Musikverein Harmonie Oberkirch e.V.", "Mitgliedsbeitrag 2026", "-36.00", "entertainment"],
      ["Card payment", null, "APPLE MUSIC", "-10.99", "subscriptions"],
      // A club, a trust, and a name that goes on after the music are no shop's.
      ["Lastschrift", "Musik-Kinder Verein", "Beitrag 2026", "-20.00", "other"],
      ["Card payment", null, "HARBOURSIDE MUSIC TRUST", "-20.00", "other"],
      ["Card payment", null, "MUSIC TOGETHER OF AUSTIN", "-150.00", "other"],
    ]);
  });
});

describe("a craft's, an art's or an instrument's supplies, fabric and clay works are shops", () => {
  itCategorizes([
    ["DEBIT_CARD", null, "ARTIST & CRAFTSMAN SUPPL BROOKLYN WA", "-170.53", "shopping"],
    [null, null, "VIS LOCHABER PIPE SUPPLIES LONDON", "-102.77", "shopping"],
    ["DEBIT_CARD", null, "SQ *PRAIRIE QUILTING SUPPLY AMES IA", "-58.00", "shopping"],
    ["Card payment", null, "CASTLE GUITAR SUPPLIES   LEEDS   GBR", "-24.00", "shopping"],
    ["DEBIT_CARD", null, "INGLESIDE FABRIC CO SAN JOSE TX", "-183.17", "shopping"],
    ["Card payment", null, "ABAKHAN FABRICS LIVERPOOL", "-176.82", "shopping"],
    [null, null, "PURCHASE AUTHORIZED ON 06/15 SQ *OCMULGEE CLAY WORKS SAN JOSE FL S955630066265859 CARD 5599", "-213.41", "shopping"],
    ["DEBIT_CARD", null, "BLUE RIDGE CLAY CO ASHEVILLE NC", "-88.00", "shopping"],
    ["Lastschrift", null, "Kartenzahlung STOFFKISTE AM FRAUENPLAN INH. B. LINDIG. 03320092//Muenchen 2025-06-07T16:21:57 KFN 1 VJ 2812", "-58.48", "shopping"],
    ["Kartenzahlung", "STOFFECKE HAGEN", "STOFFECKE HAGEN/HAUPTSTR. 5/HAGEN/DE", "-22.00", "shopping"],
    ["Lastschrift", "VISA SUMUP *MASCHENWERK WASSERB 1109", "NR XXXX 2601 FRANKFURT DE KAUFUMSATZ 25.10 13.57", "-13.57", "shopping"],
    ["Kartenzahlung", "MASCHENZAUBER", "MASCHENZAUBER/LINDENSTR. 2/GOETTINGEN/DE", "-31.00", "shopping"],
    [null, "ZETTLE_*GITAARWERKPLAATS W", "ZETTLE_*GITAARWERKPLAATS W Rotterdam, NL", "-48.37", "shopping"],
    [null, "VIOOLWERKPLAATS DE KRUL", "VIOOLWERKPLAATS DE KRUL Leiden, NL", "-75.00", "shopping"],
    ["Betaalautomaat", "TEKENWINKEL.NL VIA MOLLIE 1907", "Pasvolgnr: 001 17-01-2026 13:27 Transactie: 979718 Term: AB422C", "-220.02", "shopping"],
    [null, null, "BEA   NR:XXX333   02.03.26/10.12 SCHILDERWINKEL HET PALET Delft,PAS333", "-35.00", "shopping"],
    // A framer that also shows pictures.
    ["Debit", null, "HARNHAM FRAMES & GALLERY 7449   ON 03 MAY          CPM", "-181.65", "shopping"],
    ["Card payment", null, "RIVERSIDE FRAMING GALLERY NORWICH GBR", "-60.00", "shopping"],
  ]);
  describe("but a water supply, a beauty or medical supplier, a gallery's door and the Fabric nightclub keep theirs", () => {
    itCategorizes([
      ["DEBIT_CARD", null, "MAD RIVER MED SUPPLY EUREKA CA", "-40.00", "health"],
      ["Card payment", null, "TATE GALLERY LONDON GBR", "-18.00", "entertainment"],
      ["Card payment", null, "FABRIC LONDON", "-25.00", "entertainment"],
      ["Card payment", null, "WATER SUPPLY CO", "-30.00", "utilities"],
      ["DEBIT_CARD", null, "SALLY BEAUTY SUPPLY", "-20.00", "drugstore"],
      ["Kartenzahlung", "KFZ WERKSTATT HOLZ", "KFZ WERKSTATT HOLZ/HAUPTSTR. 3/BONN/DE", "-240.00", "fuel"],
    ]);
  });
});

describe("a sound studio, a concert hall and a rehearsal room cut short are a band's leisure", () => {
  itCategorizes([
    [null, "GELUIDSSTUDIO IJSSELDELTA", "GELUIDSSTUDIO IJSSELDELTA Amsterdam, NL", "-44.88", "entertainment"],
    ["Betaalautomaat", "Zettle_*Geluidsstudio IJss 8339", "Pasvolgnr: 001 16-10-2025 13:56 Transactie: 826287 Term: AB235C", "-16.32", "entertainment"],
    ["Betaalautomaat", "Stichting Stadsgehoorzaal Kampen 4022", "Pasvolgnr: 001 23-09-2025 18:23 Transactie: 843047 Term: AB947C", "-22.09", "entertainment"],
    [null, null, "BEA   NR:XXX444   02.03.26/20.12 GEHOORZAAL DE VEST Alkmaar,PAS444", "-28.00", "entertainment"],
    [null, null, "))) SQ *BURSCOUGH REHEARSAL LONDON", "-23.77", "entertainment"],
    ["Card payment", null, "SQ *NORTHSIDE REHEARSALS LEEDS GBR", "-35.00", "entertainment"],
  ]);
});

describe("a food store, a hot-dog stand and a pet supply shop", () => {
  itCategorizes([
    ["Debit", null, "GLEN NEVIS FOODSTORE 5192   ON 02 MAY          BCC", "-21.08", "groceries"],
    ["Card payment", null, "KILMORY FOOD STORE OBAN GBR", "-14.00", "groceries"],
    ["DEBIT_CARD", null, "NU WAY WEINERS MACON GA BROOKLYN WA", "-47.83", "restaurants"],
    ["DEBIT_CARD", null, "GUS HOT DOGS PROVIDENCE RI", "-9.50", "restaurants"],
    [null, null, "PURCHASE AUTHORIZED ON 01/02 SQ *INGLESIDE PET SUPPLY SEATTLE FL S373423951890202 CARD 5589", "-31.75", "shopping"],
  ]);
  describe("but Vienna's trams and a pet food shop keep theirs", () => {
    itCategorizes([
      ["Kartenzahlung", "WIENER LINIEN", "WIENER LINIEN/WIEN/AT", "-2.40", "transport"],
      ["DEBIT_CARD", null, "PAWS PET FOOD STORE AUSTIN TX", "-30.00", "shopping"],
    ]);
  });
});
