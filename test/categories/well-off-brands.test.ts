// Real brands well-off households pay (pool 74): private banks' fees, auction houses, designer and country fashion,
// jewellers, outfitters, wine merchants, clubs, schools, private health cover, concierges, private jets and grand
// hotels. Guards: the ordinary words, towns and surnames beside them stay what they were.
import { describe } from "vitest";
import { itNames, itKeeps } from "./brand-cases.ts";

describe("a well-off household's brands by their printed forms", () => {
  itNames([
    ["Joh. Berenberg, Gossler & Co. KG", "Verwaltungshonorar Depot 4711 III/2026", "-812.40", "Berenberg", "fees"],
    [null, "COUTTS & CO ACCOUNT FEE QTR TO JUNE", "-410.00", "Coutts", "fees"],
    [null, "BESSEMER TRUST CO DES:ADVISORY FEE ID:99120", "-2210.10", "Bessemer Trust", "fees"],
    [null, "KETTERER KUNST GMBH, MUENCHEN DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung", "-310.00", "Ketterer Kunst", "shopping"],
    [null, "CARTE 12/03/26 CHANEL PARIS CAMBON CB*1234", "-640.00", "Chanel", "shopping"],
    [null, "CHRISTIE MANSON & WOODS LONDON GBR", "-1800.00", "Christie's", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 03/02 SOTHEBYS.COM NEW YORK NY S111 CARD 1234", "-950.00", "Sotheby's", "shopping"],
    [null, "VIS BOODLES LIVERPOOL", "-420.00", "Boodles", "shopping"],
    [null, "CHECKCARD 0412 LILLY PULITZER #201 PALM BEACH FL 1234", "-188.00", "Lilly Pulitzer", "shopping"],
    [null, "BEA   NR:XXX100   01.04.26/10.00 HORZE NEDERLAND Oss,PAS100", "-59.90", "Horze", "shopping"],
    [null, "))) RIDE-AWAY YORK", "-74.50", "Ride-Away", "shopping"],
    [null, "SHERRY-LEHMANN WINE & SPI NEW YORK NY", "-240.00", "Sherry-Lehmann", "groceries"],
    [null, "CHECKCARD 0101 BINNYS BEVERAGE DEPOT #3 CHICAGO IL 555", "-62.15", "Binny's Beverage Depot", "groceries"],
    [null, "CARTE 02/06/26 FRANCE GALOP LONGCHAMP CB*4411", "-20.00", "France Galop", "entertainment"],
    [null, "NANNYTAX LTD PAYROLL APRIL", "-290.00", "Nannytax", "education"],
    [null, "WPA PRIVATE HEALTH MAY", "-301.00", "WPA", "insurance"],
    [null, "MDVIP LLC DES:MEMBERSHIP ID:12345", "-450.00", "MDVIP", "health"],
    [null, "QUINTESSENTIALLY UK LTD LONDON GBR", "-250.00", "Quintessentially", "travel"],
    [null, "NETJETS AVIATION COLUMBUS OH", "-5100.00", "NetJets", "travel"],
    [null, "PURCHASE AUTHORIZED ON 04/04 SAN YSIDRO RANCH MONTECITO CA S123 CARD 1234", "-180.00", "San Ysidro Ranch", "travel"],
    [null, "GIBSONS BAR & STEAKHOUSE ROSEMONT IL", "-143.00", "Gibsons", "restaurants"],
    [null, "PRLV SEPA SPIRICA VERSEMENT LIBRE CONTRAT 5511", "-5000.00", "Spirica", "savings"],
    // The foundation that runs a school is no first name before a surname that is a brand.
    ["Stiftung Louisenlund", "Schulgeld 09/2026", "-3400.00", "Louisenlund", "education"],
    [null, "To Stiftung Louisenlund", "-3400.00", "Louisenlund", "education"],
  ]);
  // Guards: a town, a surname or a common word these brands share names nothing alone.
  itKeeps([
    [null, "DOYLE PLUMBING LTD DUBLIN", "Doyle"],
    [null, "RICHARDS DRY CLEANERS", "Richards"],
    ["Hamburger Hütte", "Kartenzahlung", "Hamburger Yachthafen"],
    [null, "OPENLY SPEAKING CAFE", "Openly"],
    ["Lisa Bogner", "Miete Mai", "Bogner"],
    ["Jens Louisenlund", "Miete Mai", "Louisenlund"],
  ]);
});
