// Shapes met in the accounts of people who work shifts in hospitals and care: the hospital's car park and canteen,
// its staff courses and registration fees, gifts named by their rhythm, a medical publisher's journal, and the town's
// zoo and pools after a night shift. Each case is a made-up business or row of a shape many real ones share; each
// rule has a row beside it that must not move.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("a card's monthly collection or its settled total is a card bill", () => {
  itCategorizes([
    [null, "Einzug Karte Mia Beispiel Monatsletzter März", "-1184.20", "transfers"],
    [null, "Verrekening kaarttotaal 01-2025", "-912.45", "transfers"],
    [null, "CC STATEMENT CLEARED 09/2026", "-1450.00", "transfers"],
    [null, "CREDIT CARD STATEMENT CLEARED", "-2210.18", "transfers"],
  ]);
  describe("but a card payment at a shop is not", () => {
    itCategorizes([
      // A Kartenhaus is a ticket office (leisure-trades.ts): its tickets, not a card's bill.
      [null, "Kartenzahlung KARTENHAUS LINDE. 12345678//Erlangen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-18.40", "entertainment"],
      [null, "Kartenzahlung KARTENWELT LINDE. 12345678//Erlangen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-18.40", "other"],
    ]);
  });
});

describe("a hospital's car park is parking", () => {
  itCategorizes([
    [null, "PARKHAUS KLINIKUM SUED//NUERNBERG/DE 2026-02-03T07:01:12", "-6.50", "fuel"],
    [null, "KLINIKUM NUERNBERG PARKRAUM//NUERNBERG/DE 2026-02-04T19:12:40", "-4.00", "fuel"],
    [null, "CHECKCARD 0212 TEXAS MEDICAL CENTER PKG HOUSTON TX 24224433231105006465166", "-12.00", "fuel"],
    [null, "CARTE 14/02/26 HOSPICES CIVILS LYON PKG CB*1234", "-3.80", "fuel"],
    [null, "BEA   NR:XXX111   05.03.26/07.10 PARKEERGARAGE UMCG P-NOORD GRONINGEN,PAS123", "-5.20", "fuel"],
    [null, "ST MARY'S HOSPITAL CAR PARK ON 03 MAR          BCC", "-4.50", "fuel"],
  ]);
  describe("but a hospital alone, and a package word, are not", () => {
    itCategorizes([
      [null, "KLINIKUM BEISPIELSTADT//BEISPIELSTADT/DE 2026-02-03T07:01:12", "-25.00", "health"],
      [null, "CHECKCARD 0212 PKG EXPRESS SHIPPING HOUSTON TX 24224433231105006465166", "-12.00", "other"],
    ]);
  });
});

describe("a hospital's kiosk, canteen or staff restaurant sells food", () => {
  itCategorizes([
    [null, "KIOSK KLINIKUM NORD//DORTMUND/DE 2026-02-03T13:01:12", "-3.20", "groceries"],
    [null, "MORRISTON HOSP DINING ON 03 MAR          BCC", "-5.60", "restaurants"],
    [null, "MHH MA-RESTAURANT KASSE 3//HANNOVER/DE 2026-02-05T12:31:12", "-4.90", "restaurants"],
    [null, "KLINIK-BISTRO//BAD BEISPIEL/DE 2026-02-05T12:31:12", "-3.10", "restaurants"],
    [null, "BEA   NR:XXX111   05.03.26/12.10 ISALA PERSONEELSRESTAURANT ZWOLLE,PAS123", "-4.40", "restaurants"],
    [null, "ROYAL BEISPIEL HOSPITAL CANTEEN ON 04 MAR          BCC", "-3.75", "restaurants"],
    [null, "VIS CAFETERIA WESTBURY GENERAL", "-2.95", "restaurants"],
    [null, "CHECKCARD 0212 FAIRMONT DINING HALL HOUSTON TX 24224433231105006465166", "-11.00", "restaurants"],
  ]);
  describe("but a hospital's own bill stays health", () => {
    itCategorizes([
      ["Klinikum Beispielstadt gGmbH", "Rechnung 2026-1181 Wahlleistung Einzelzimmer", "-120.00", "health"],
      [null, "DINING TABLES DIRECT LTD ON 03 MAR          BCC", "-240.00", "other"],
    ]);
  });
});

describe("a gift named by its rhythm is a donation", () => {
  itCategorizes([
    ["Stammzellspenderbund gemeinnützige GmbH", "Dauerspende Spender-Nr. 448812", "-10.00", "donations"],
    ["Kinderhospiz Sonnenweg e.V.", "Monatsspende März", "-15.00", "donations"],
    ["Tierheim Beispielstadt e.V.", "Jahresspende 2026", "-60.00", "donations"],
    ["Aktion Brunnenbau e.V.", "Einzelspende Nothilfe", "-25.00", "donations"],
  ]);
  describe("but a blood donation service's card till is not a gift", () => {
    itCategorizes([
      [null, "Kartenzahlung BLUTSPENDEDIENST WEST KANTINE. 12345678//Hagen 2026-03-02T10:11:12 KFN 1 VJ 2812", "-4.50", "restaurants"],
    ]);
  });
});

describe("a publisher's journal subscription is a subscription", () => {
  itCategorizes([
    ["Beispiel Medizin Verlag GmbH", "Abo 44812 Fachzeitschrift Pflege", "-89.00", "subscriptions"],
    ["Fachverlagsgruppe Kliniksachen GmbH", "Zeitschrift Intensivpflege Jahresbezug 2026", "-124.00", "subscriptions"],
    ["Uitgeverij Zorgkennis B.V.", "Abonnement Tijdschrift Verpleegkunde 2026", "-79.00", "subscriptions"],
    ["Harbourside Medical Publishing Ltd", "Journal subscription 2026", "-95.00", "subscriptions"],
  ]);
  describe("but a publisher's book is not a subscription", () => {
    itCategorizes([
      ["Beispiel Medizin Verlag GmbH", "Rechnung 88123 Lehrbuch Anatomie", "-59.00", "health"],
    ]);
  });
});

describe("a town's zoo and pools are leisure", () => {
  itCategorizes([
    ["Tiergarten der Stadt Beispielburg", "Jahreskarte Familie 2026", "-95.00", "entertainment"],
    [null, "SUEDBAD//NUERNBERG/DE 2026-02-03T17:01:12", "-4.50", "entertainment"],
    [null, "NORDBAD//MUENCHEN/DE 2026-02-03T17:01:12", "-5.50", "entertainment"],
    [null, "STADTBAD BEISPIELHEIM//BEISPIELHEIM/DE 2026-02-03T17:01:12", "-4.00", "entertainment"],
    [null, "VOLKSBAD//MAGDEBURG/DE 2026-02-03T17:01:12", "-3.50", "entertainment"],
    [null, "WALDBAD AM SEE//BEISPIELTAL/DE 2026-07-03T15:01:12", "-3.00", "entertainment"],
    [null, "NUERNBERGBAD GMBH//NUERNBERG/DE 2026-02-03T17:01:12", "-6.00", "entertainment"],
    [null, "BEA   NR:XXX111   05.03.26/16.10 ZWEMBAD DE WATERLELIE BEISPIELDORP,PAS123", "-5.10", "entertainment"],
  ]);
  describe("but a spa town and a bathroom shop are not pools", () => {
    itCategorizes([
      [null, "BAECKEREI KORNHAUS BAD HOMBURG//BAD HOMBURG/DE 2026-02-03T07:01:12", "-3.40", "groceries"],
      ["Stadtkasse Karlsbad", "Hundesteuer 2026", "-96.00", "taxes"],
      ["Stadt Beispielburg", "Grundsteuer 1. Quartal 2026", "-140.00", "taxes"],
    ]);
  });
});

describe("a box office sells tickets", () => {
  itCategorizes([
    [null, "VIS LAKESIDE BOX OFFICE", "-38.00", "entertainment"],
    [null, "BEISPIELTON HIPPODROME ON 12 APR          BCC", "-54.00", "entertainment"],
    [null, "CHECKCARD 0412 RIVERBEND TICKET OFFICE MEMPHIS TN 24224433231105006465166", "-42.00", "entertainment"],
  ]);
  describe("but a post office or a station's ticket office is not", () => {
    itCategorizes([
      [null, "VIS BEISPIEL POST OFFICE", "-4.20", "other"],
      [null, "BEISPIELTON RAILWAY TICKET OFFICE ON 12 APR          BCC", "-23.40", "transport"],
    ]);
  });
});

describe("a professional council is no council tax", () => {
  itCategorizes([
    [null, "RESUS COUNCIL UK ALS ON 03 MAR          BCC", "-195.00", "education"],
    [null, "RESUSCITATION COUNCIL UK", "-210.00", "education"],
    [null, "BRITISH COUNCIL ON 03 MAR          BCC", "-180.00", "education"],
    // A regulator's registration fee is the price of practising, no bank's charge: other, as a licence is.
    [null, "NURSING AND MIDWIFERY COUNCIL", "-129.00", "other"],
    [null, "ARTS COUNCIL ON 03 MAR          BCC", "-25.00", "other"],
  ]);
  describe("but a local authority's bill stays taxes", () => {
    itCategorizes([
      ["CITY AND COUNTY OF SWANSEA", "CTAX 60411872", "-142.00", "taxes"],
      ["LEEDS CITY COUNCIL", "60411872 DDR", "-131.00", "taxes"],
      [null, "BEISPIELSHIRE CTAX 60411872 DDR", "-118.00", "taxes"],
    ]);
  });
});

describe("a life-support or first-aid course is education", () => {
  itCategorizes([
    [null, "WESTSHIRE ALS COURSE ON 03 MAR          BCC", "-180.00", "education"],
    [null, "CHECKCARD 0412 AHA SHOPCPR DALLAS TX 24224433231105006465166", "-25.00", "education"],
    [null, "CHECKCARD 0412 LIFELINE CPR CLASS AUSTIN TX 24224433231105006465166", "-65.00", "education"],
    ["Beispiel Rettungsdienst gGmbH", "Erste-Hilfe-Kurs 14.03.2026 Teilnehmer Mia Beispiel", "-45.00", "education"],
    ["Stichting Reddingsbrigade Beispiel", "Reanimatiecursus 2026", "-55.00", "education"],
    [null, "CARTE 14/02/26 UD PROTECTION CIVILE FORMATION PSC1 CB*1234", "-60.00", "education"],
  ]);
  describe("but CPR and BLS as letters in other words are not", () => {
    itCategorizes([[null, "VIS BLSK FURNISHINGS LTD", "-80.00", "other"]]);
  });
});

describe("a health cash plan is insurance", () => {
  itCategorizes([
    [null, "HOSPITAL SATURDAY FUND HSF CASH PLAN DDR", "-22.00", "insurance"],
    ["WESTFIELD HEALTH", "HEALTH CASH PLAN 81244", "-18.50", "insurance"],
  ]);
  describe("but a cash withdrawal is not", () => {
    itCategorizes([[null, "CASH WITHDRAWAL LNK BEISPIEL ST", "-40.00", "cash"]]);
  });
});

describe("uniforms, blinds and beds are bought; a Dutch salon cuts hair; a car wash is the car's", () => {
  itCategorizes([
    [null, "CHECKCARD 0412 SCRUBS AND BEYOND LLC ST LOUIS MO 24224433231105006465166", "-44.00", "shopping"],
    [null, "SCRUBSUK ON 03 MAR          CPM", "-36.00", "shopping"],
    [null, "NORTHSIDE WORKWEAR ON 03 MAR          BCC", "-52.00", "shopping"],
    [null, "BERUFSBEKLEIDUNG KLAUSEN//BEISPIELSTADT/DE 2026-02-03T10:01:12", "-79.00", "shopping"],
    [null, "BLINDS2GO LTD ON 03 MAR          CPM", "-96.00", "shopping"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 SLAAPCENTRUM DE WOLK BEISPIELDORP,PAS123", "-640.00", "shopping"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 MATRAS EXPERT BEISPIELDORP,PAS123", "-420.00", "shopping"],
    [null, "MATRATZEN KONTOR NORD//KIEL/DE 2026-02-03T10:01:12", "-399.00", "shopping"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 BEDDENSPECIAALZAAK SNEL BEISPIELDORP,PAS123", "-299.00", "shopping"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 KNIPPERIJ DE SCHAAR BEISPIELDORP,PAS123", "-24.00", "drugstore"],
    [null, "AUTOWASCHCENTER OST//BEISPIELSTADT/DE 2026-02-03T10:01:12", "-12.00", "fuel"],
    [null, "WASCHCENTER AM RING//BEISPIELSTADT/DE 2026-02-03T10:01:12", "-9.00", "fuel"],
    [null, "BEA   NR:XXX111   05.03.26/11.10 WASSTRAAT DE SPONS BEISPIELDORP,PAS123", "-14.00", "fuel"],
  ]);
  describe("but a laundromat stays as it is", () => {
    itCategorizes([
      [null, "WASCHSALON EXPRESS//BEISPIELSTADT/DE 2026-02-03T10:01:12", "-6.00", "drugstore"],
      [null, "BEA   NR:XXX111   05.03.26/11.10 WASSERETTE DE BEL BEISPIELDORP,PAS123", "-8.00", "drugstore"],
    ]);
  });
});

describe("a French income tax collection is taxes", () => {
  itCategorizes([
    [null, "PRLV SEPA SIP BEISPIELVILLE SOLDE IR 2026", "-412.00", "taxes"],
    [null, "PRLV SEPA DGFIP IMPOT 2026 M01", "-188.00", "taxes"],
    [null, "PRLV SEPA DIRECTION GENERALE DES FINANCES PUBLIQUES IMPOT SUR LE REVENU", "-230.00", "taxes"],
    [null, "PRLV SEPA DGFIP PRELEVEMENT A LA SOURCE REVENUS 2026", "-150.00", "taxes"],
  ]);
  describe("but a town's shop named SIP is not", () => {
    itCategorizes([[null, "CARTE 14/02/26 SIP AND BITE CAFE CB*1234", "-8.00", "restaurants"]]);
  });
});

describe("a US grocer named for its foods and its store number sells groceries", () => {
  itCategorizes([
    [null, "CHECKCARD 0412 SUPERLO FOODS #12 MEMPHIS TN 24224433231105006465166", "-64.20", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 04/12 BEISPIEL FOODS #204 DAYTON OH CARD 7158", "-38.10", "groceries"],
  ]);
  describe("but a restaurant named for its foods stays a restaurant", () => {
    itCategorizes([
      [null, "CHECKCARD 0412 SOUL FOODS CAFE MEMPHIS TN 24224433231105006465166", "-18.00", "restaurants"],
      [null, "CHECKCARD 0412 BEISPIEL FOODS RESTAURANT DAYTON OH 24224433231105006465166", "-22.00", "restaurants"],
    ]);
  });
});
