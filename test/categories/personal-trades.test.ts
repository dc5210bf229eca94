// The trades of personal services, fashion and everyday repairs, enumerated by trade: hairdressers and barbers,
// beauty, nail, lash, tanning, waxing, massage and tattoo studios, laundries and dry cleaners, tailors, shoe repairers,
// clothes, shoe, bag and jewellery shops, opticians, perfumeries, phone and computer shops, photo and print shops,
// florists, gift shops, tobacconists and wedding wear. Each business is made up; each rule has a row beside it that
// must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

const card = (name: string) => `${name}/HAUPTSTR. 4/ULM/DE 01-05-2026T10:00:00 Folgenr. 01 Verfalld. 1229`;

describe("hairdressers and barbers, by their compounds and in every language, are personal care", () => {
  itCategorizes([
    ["Kartenzahlung", "FRISEURTEAM LINDNER", card("FRISEURTEAM LINDNER"), "-38.00", "drugstore"],
    ["Kartenzahlung", "FRISEURMEISTERIN A. KOCH", card("FRISEURMEISTERIN A. KOCH"), "-42.00", "drugstore"],
    [null, null, "SUMUP *HAARSTUBE MONIKA", "-25.00", "drugstore"],
    ["Ausgang", "FRISURENSTUDIO ELLA VKassel        DE", "2026-04-02 Debitk.99 VISA Debit", "-31.00", "drugstore"],
    ["Kartenzahlung", "KUAFOR ISTANBUL", card("KUAFOR ISTANBUL"), "-15.00", "drugstore"],
    [null, null, "ZTL*COIFFEURSALON BEATRICE", "-56.00", "drugstore"],
    [null, null, "CARTE 08/02/26 BELCOIFFURE CB*1403", "-29.00", "drugstore"],
    [null, null, "CARTE 11/05 HAIRDESIGN LISA CB*9921", "-48.00", "drugstore"],
    ["Card payment", null, "SQ *THE HAIRLOFT          LEEDS         GBR", "-35.00", "drugstore"],
    ["Debit", null, "KINGS BARBERSHOPS LTD ON 07 OCT          CPM", "-14.00", "drugstore"],
    [null, null, "PURCHASE AUTHORIZED ON 09/06 SQ *PREMIUM BARBERSHOP DENVER CO S000000000000001 CARD 1610", "-30.00", "drugstore"],
    [null, null, "BEA   NR:XXX111   16.06.25/15.26 KAPSTER ANOUK Zwolle,PAS111", "-27.00", "drugstore"],
    [null, null, "COMPRA TARJ. 5402 PELUQUERIAS ANA MADRID", "-22.00", "drugstore"],
    [null, null, "PAGAMENTO POS ACCONCIATURE MARIA MILANO", "-30.00", "drugstore"],
    [null, null, "PAGAMENTO POS PARRUCCHIERI ROSSI ROMA", "-30.00", "drugstore"],
  ]);
  describe("but a pub, a hairy-named pub and a hairdressers' wholesaler keep theirs", () => {
    itCategorizes([
      ["Card payment", null, "THE HAIRY LEMON          DUBLIN        IRL", "-22.00", "other"],
      ["Kartenzahlung", "FRISEURBEDARF NORD", card("FRISEURBEDARF NORD"), "-60.00", "shopping"],
      ["Kartenzahlung", "BRAUSTUBE AM MARKT", card("BRAUSTUBE AM MARKT"), "-30.00", "restaurants"],
    ]);
  });
});

describe("beauty, nail, lash, tanning, waxing, tattoo and massage studios are personal care", () => {
  itCategorizes([
    [null, null, "SUMUP *KOSMETIKSTUBE ANJA", "-45.00", "drugstore"],
    [null, null, "VIS BEAUTICIAN JO LTD PLYMOUTH", "-30.00", "drugstore"],
    ["Card payment", null, "SQ *JADE NAILS            YORK          GBR", "-25.00", "drugstore"],
    [null, null, "CHECKCARD 0903 SQ *SPICE NAIL SPA AUSTIN TX 31851403537303247007284", "-40.00", "drugstore"],
    ["Kartenzahlung", "NAILSTUDIO LUXE", card("NAILSTUDIO LUXE"), "-35.00", "drugstore"],
    [null, null, "CARTE 03/04/26 BAR A ONGLES CB*1403", "-28.00", "drugstore"],
    [null, null, "CARTE 03/04/26 LONGLERIE MARSEILLE CB*1403", "-28.00", "drugstore"],
    ["DEBIT_CARD", null, "SQ *THE LASH LOUNGE DALLAS TX", "-65.00", "drugstore"],
    ["Card payment", null, "ZETTLE_*BLOWOUT BAR       BATH          GBR", "-32.00", "drugstore"],
    [null, null, "BEA   NR:XXX222   01.03.25/13.52 WIMPERSTUDIO LIZ Utrecht,PAS222", "-45.00", "drugstore"],
    [null, null, "BEA   NR:XXX222   01.03.25/13.52 SCHOONHEIDSINSTITUUT Z Utrecht,PAS222", "-45.00", "drugstore"],
    ["Kartenzahlung", "SONNENBANK CENTER", card("SONNENBANK CENTER"), "-12.00", "drugstore"],
    [null, null, "VIS SUNBEDS R US NEWCASTLE", "-9.00", "drugstore"],
    ["Card payment", null, "SUGARING STUDIO ANNA      LONDON        GBR", "-30.00", "drugstore"],
    [null, null, "SUMUP *ELECTRIC INK TATTOO", "-120.00", "drugstore"],
    [null, null, "CARTE 15/03/26 TATOUAGE DRAGON CB*1403", "-150.00", "drugstore"],
    ["Kartenzahlung", "TAETOWIERSTUDIO NADEL", card("TAETOWIERSTUDIO NADEL"), "-90.00", "drugstore"],
    [null, null, "COMPRA TARJ. 5402 ESTETICA LAURA VALENCIA", "-35.00", "drugstore"],
    ["Card payment", null, "THAI MASSAGE LOTUS        BERLIN        DEU", "-49.00", "drugstore"],
    [null, null, "SUMUP *THAIMASSAGE SABAI", "-49.00", "drugstore"],
    ["Kartenzahlung", "MASSAGESTUDIO SONJA", card("MASSAGESTUDIO SONJA"), "-50.00", "drugstore"],
    [null, null, "COMPRA TARJ. 5402 MASAJES RELAX SEVILLA", "-40.00", "drugstore"],
    [null, null, "CARTE 02/02/26 COSMETIQUES NATURE CB*1403", "-19.00", "drugstore"],
    [null, null, "COMPRA TARJ. 5402 PERFUMERIA ANA BILBAO", "-19.00", "drugstore"],
  ]);
  describe("but a Thai restaurant, a physiotherapist's massage and a wine bar keep theirs", () => {
    itCategorizes([
      ["Card payment", null, "THAI ORCHID KITCHEN       BERLIN        DEU", "-31.00", "restaurants"],
      ["Kartenzahlung", "PHYSIOTHERAPIE UND MASSAGE WEBER", card("PHYSIOTHERAPIE UND MASSAGE WEBER"), "-40.00", "health"],
      ["Card payment", null, "BANGKOK SPICE KITCHEN     LEEDS         GBR", "-22.00", "restaurants"],
    ]);
  });
});

describe("laundries, dry cleaners, ironing services and shoe repairers are personal care", () => {
  itCategorizes([
    ["Kartenzahlung", "BUEGELSTUBE HEIDI", card("BUEGELSTUBE HEIDI"), "-18.00", "drugstore"],
    [null, null, "SUMUP *BUEGELSERVICE KRAUSE", "-22.00", "drugstore"],
    [null, null, "PURCHASE AUTHORIZED ON 09/06 PARK AVE CLEANERS NEW YORK NY S000000000000001 CARD 1610", "-26.00", "drugstore"],
    [null, null, "DEBIT CARD PURCHASE SPIN CITY WASHATERIA HOUSTON TX", "-8.00", "drugstore"],
    [null, null, "CARTE 02/02/26 NETTOYAGE A SEC DU PORT CB*1403", "-14.00", "drugstore"],
    [null, null, "PAGAMENTO POS LAVASECCO ROSSI TORINO", "-12.00", "drugstore"],
    [null, null, "BEA   NR:XXX333   04.02.26/10.02 STRIJKSERVICE ANNA Breda,PAS333", "-20.00", "drugstore"],
    ["Card payment", null, "HEEL BAR WATERLOO STN     LONDON        GBR", "-12.00", "drugstore"],
    [null, null, "PURCHASE AUTHORIZED ON 03/14 SQ *THE SHOE CLINIC BOSTON MA S000000000000002 CARD 1610", "-18.00", "drugstore"],
    ["Betaalautomaat", "HAKKENBAR DE SLEUTEL 1234", "Pasvolgnr: 001 06-01-2026 11:50 Transactie: 000001 Term: AB111C", "-12.30", "drugstore"],
  ]);
  describe("but window and carpet cleaners, a car wash and a cleaning firm keep theirs", () => {
    itCategorizes([
      [null, null, "SQ *SPARKLE WINDOW CLEANERS LEEDS", "-15.00", "shopping"],
      ["Card payment", null, "CITY CARPET CLEANERS      LEEDS         GBR", "-80.00", "shopping"],
      ["Kartenzahlung", "GEBAEUDEREINIGUNG MEYER GMBH", card("GEBAEUDEREINIGUNG MEYER GMBH"), "-90.00", "shopping"],
      ["Kartenzahlung", "SCHUHHAUS KLEIN", card("SCHUHHAUS KLEIN"), "-60.00", "shopping"],
    ]);
  });
});

describe("tailors, clothes, shoe, bag and wedding-wear shops sell goods", () => {
  itCategorizes([
    ["Kartenzahlung", "NAEHSTUBE ELKE", card("NAEHSTUBE ELKE"), "-18.00", "shopping"],
    [null, null, "SUMUP *ANDERUNGSSERVICE ALI", "-15.00", "shopping"],
    [null, null, "COMPRA TARJ. 5402 SASTRERIA JUAN MADRID", "-60.00", "shopping"],
    [null, null, "PAGAMENTO POS SARTORIA ROSSI NAPOLI", "-60.00", "shopping"],
    ["Kartenzahlung", "DIRNDL HAUS AM SEE", card("DIRNDL HAUS AM SEE"), "-160.00", "shopping"],
    ["Kartenzahlung", "MODEGESCHAEFT SOPHIE", card("MODEGESCHAEFT SOPHIE"), "-60.00", "shopping"],
    ["Lastschrift", "VISA KINDERKLEIDUNG PAUL 2965", "NR XXXX 4874 LEIPZIG DE KAUFUMSATZ 04.06 39.00 537487", "-39.00", "shopping"],
    ["Card payment", null, "HARRIS CLOTHIERS          OXFORD        GBR", "-90.00", "shopping"],
    [null, null, "VIS NORTHSIDE STREETWEAR MANCHESTER", "-45.00", "shopping"],
    [null, null, "CARTE 02/02/26 HABILLEMENT MARIE CB*1403", "-49.00", "shopping"],
    [null, null, "BEA   NR:XXX444   05.02.26/14.12 KLEDINGZAAK JOOP Gouda,PAS444", "-55.00", "shopping"],
    [null, null, "BEA   NR:XXX444   05.02.26/14.12 SCHOENENZAAK PIET Gouda,PAS444", "-79.00", "shopping"],
    [null, null, "COMPRA TARJ. 5402 ZAPATOS LUIS MALAGA", "-70.00", "shopping"],
    [null, null, "VIS OAKWOOD LEATHER GOODS YORK", "-45.00", "shopping"],
    ["Kartenzahlung", "KOFFERHAUS BRANDT", card("KOFFERHAUS BRANDT"), "-120.00", "shopping"],
    [null, null, "CARTE 02/02/26 BAGAGERIE DU CENTRE CB*1403", "-89.00", "shopping"],
    [null, null, "VIS ELLA BRIDAL SALON CHESTER", "-300.00", "shopping"],
    ["Card payment", null, "KENT SUIT HIRE            MAIDSTONE     GBR", "-75.00", "shopping"],
    [null, null, "BEA   NR:XXX555   09.03.26/11.00 TROUWJURKEN LIEKE Ede,PAS555", "-400.00", "shopping"],
    [null, null, "CARTE 02/02/26 ROBES DE MARIEE ANNE CB*1403", "-400.00", "shopping"],
    ["Kartenzahlung", "KOSTUEMVERLEIH FASCHING", card("KOSTUEMVERLEIH FASCHING"), "-25.00", "shopping"],
    [null, null, "BEA   NR:XXX555   09.03.26/11.00 TWEEDEHANDSKLEDING IRIS Ede,PAS555", "-15.00", "shopping"],
  ]);
  describe("but a person named like a trade and a surname keep theirs", () => {
    itCategorizes([
      ["Überweisung", "Anna Kleermaker", "Miete Mai", "-450.00", "rent"],
      ["Überweisung", "Peter Koffer", "Rueckzahlung", "-50.00", "other"],
      ["Gutschrift", "Mehmet Tabak", "Danke fuer das Essen", "20.00", "income_other"],
    ]);
  });
});

describe("a shop named for its market square sells its trade's goods, not a grocer's", () => {
  itCategorizes([
    ["Kartenzahlung", "BLUMENHAUS AM MARKT", card("BLUMENHAUS AM MARKT"), "-18.00", "shopping"],
    ["Kartenzahlung girocard", "BOUTIQUE ANNA AM MARKT", "KIEL 854/HAUPTSTR. 78/KIEL/DE 04.02.2026 um 12:08:08 Uhr 00708635/630274/ECTL/", "-49.00", "shopping"],
    ["Kartenzahlung", "JUWELIER AM MARKT", card("JUWELIER AM MARKT"), "-120.00", "shopping"],
    [null, null, "CARTE 02/02/26 FLEURS DU MARCHE CB*1403", "-20.00", "shopping"],
    ["Card payment", null, "KIRKGATE FLOWER MARKET    LEEDS         GBR", "-15.00", "shopping"],
  ]);
  describe("but a bakery, a kiosk and a market hall on the square keep theirs", () => {
    itCategorizes([
      ["Kartenzahlung", "BAECKEREI AM MARKT", card("BAECKEREI AM MARKT"), "-4.20", "groceries"],
      ["Kartenzahlung", "KIOSK AM MARKT", card("KIOSK AM MARKT"), "-3.00", "groceries"],
      ["Card payment", null, "KIRKGATE MARKET           LEEDS         GBR", "-9.00", "groceries"],
    ]);
  });
});

describe("jewellers, watchmakers and opticians", () => {
  itCategorizes([
    ["Kartenzahlung", "UHRMACHER SCHULZ", card("UHRMACHER SCHULZ"), "-45.00", "shopping"],
    ["Kartenzahlung", "JUWELIERGESCHAEFT BERG", card("JUWELIERGESCHAEFT BERG"), "-300.00", "shopping"],
    ["Kartenzahlung", "SCHMUCKATELIER LUNA", card("SCHMUCKATELIER LUNA"), "-80.00", "shopping"],
    ["Kartenzahlung", "TRAURINGE STUDIO", card("TRAURINGE STUDIO"), "-900.00", "shopping"],
    [null, null, "CARTE 02/02/26 HORLOGER BIJOUTIER MARTIN CB*1403", "-90.00", "shopping"],
    [null, null, "PAGAMENTO POS OREFICERIA BIANCHI FIRENZE", "-120.00", "shopping"],
    [null, null, "COMPRA TARJ. 5402 RELOJERIA PACO SEVILLA", "-35.00", "shopping"],
    ["Card payment", null, "NORTHERN EYEWEAR          YORK          GBR", "-180.00", "health"],
    [null, null, "CARTE 02/02/26 LUNETTES POUR TOUS CB*1403", "-150.00", "health"],
  ]);
});

describe("phone, computer, electronics, photo and print shops sell goods and repairs", () => {
  itCategorizes([
    ["Kartenzahlung", "PC SERVICE SCHMIDT", card("PC SERVICE SCHMIDT"), "-60.00", "shopping"],
    ["Kartenzahlung", "COMPUTERSERVICE WEBER", card("COMPUTERSERVICE WEBER"), "-60.00", "shopping"],
    ["Kartenzahlung", "HANDY SERVICE CENTER", card("HANDY SERVICE CENTER"), "-30.00", "shopping"],
    [null, null, "BEA   NR:XXX666   02.02.26/16.40 GSMWINKEL ALI Tilburg,PAS666", "-19.00", "shopping"],
    ["Card payment", null, "ONE STOP MOBILES          LUTON         GBR", "-25.00", "shopping"],
    ["Kartenzahlung", "ELEKTROFACHHANDEL HOFFMANN", card("ELEKTROFACHHANDEL HOFFMANN"), "-99.00", "shopping"],
    [null, null, "BEA   NR:XXX666   02.02.26/16.40 PASFOTO CENTRUM Tilburg,PAS666", "-12.00", "shopping"],
    ["Kartenzahlung", "PASSBILDER SOFORT", card("PASSBILDER SOFORT"), "-12.00", "shopping"],
    [null, null, "CARTE 02/02/26 PHOTOS D IDENTITE GARE CB*1403", "-6.00", "shopping"],
    [null, null, "BEA   NR:XXX666   02.02.26/16.40 DRUKKERIJ JANSEN Tilburg,PAS666", "-40.00", "shopping"],
    [null, null, "CARTE 02/02/26 IMPRIMERIE MARTIN CB*1403", "-40.00", "shopping"],
    [null, null, "CARTE 02/02/26 REPROGRAPHIE DU CAMPUS CB*1403", "-4.00", "shopping"],
    ["Kartenzahlung", "DIGITALDRUCK KRAUSE", card("DIGITALDRUCK KRAUSE"), "-40.00", "shopping"],
  ]);
  describe("but a phone bill and Google Pay's 'Handyzahlung' keep theirs", () => {
    itCategorizes([
      ["Lastschrift", "Telefonica Germany GmbH", "Handy Rechnung 04/2026", "-20.00", "utilities"],
      ["PayPal Express-Zahlung", "TISCHLEIN SUPPERCLUB", "Handyzahlung", "-48.00", "restaurants"],
    ]);
  });
});

describe("florists and gift shops sell goods; tobacconists and newsagents sell groceries", () => {
  itCategorizes([
    [null, null, "COMPRA TARJ. 5402 FLORERIA LAS ROSAS MADRID", "-25.00", "shopping"],
    [null, null, "BEA   NR:XXX777   08.02.26/12.10 CADEAUWINKEL DE PARKIET Delft,PAS777", "-15.00", "shopping"],
    ["Card payment", null, "THE HARBOUR GIFT SHOP     ST IVES       GBR", "-12.00", "shopping"],
    [null, null, "DEBIT CARD PURCHASE MAIN ST CIGAR SHOP RICHMOND VA", "-30.00", "groceries"],
    [null, null, "DEBIT CARD PURCHASE SQ *SMOKE SHOP 420 AUSTIN TX", "-18.00", "groceries"],
    ["Kartenzahlung", "TABAKHAUS WOLF", card("TABAKHAUS WOLF"), "-9.00", "groceries"],
    [null, null, "CARTE 02/02/26 JOURNAUX ST MICHEL CB*1403", "-3.00", "groceries"],
    ["Kartenzahlung", "BLUETENREICH ULM", card("BLUETENREICH ULM"), "-24.00", "shopping"],
    ["MasterCard Payment", "BLUETENWERK KAARST", "", "-31.00", "shopping"],
    // Guard: a blood sample folds to the same letters and stays the lab's.
    ["Lastschrift", "Labor Dr. Weber MVZ", "Blutentnahme Rechnung 4411", "-19.00", "health"],
  ]);
});
