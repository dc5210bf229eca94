// Brands students, apprentices and young adults in their first flat pay (brands/extra-27.ts), written as the
// descriptors several banks print for them: each gets the brand's label and its category. Beside them, payees that
// share a word, a first name or a surname with one of those brands must keep their own label.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) is labelled as the brand and gets the category. */
const itNames = (cases: [string | null, string, string, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s, %s", (counterpartyName, description, amount, brand, category) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(brand);
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });

/** Each row (counterparty, description) is not labelled as the brand. */
const itKeeps = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s is not %s", (counterpartyName, description, brand) => {
    expect(merchantLabel({ counterpartyName, description })).not.toBe(brand);
  });

describe("student halls, rent portals and rent guarantors are rent", () => {
  itNames([
    ["UNITE GROUP PLC", "DIRECT DEBIT TERM 2 ROOM 14C", "-2310.00", "Unite Students", "rent"],
    [null, "IQ STUDENT ACCOMMODATION LONDON       GBR", "-865.00", "iQ Student Accommodation", "rent"],
    ["Fresh Student Living Ltd", "FPO ROOM 7 BLOCK B", "-720.00", "Fresh Student Living", "rent"],
    [null, "CARD PAYMENT TO CRM STUDENTS ON 03 MAR", "-150.00", "CRM Students", "rent"],
    [null, "VITA STUDENT MANCHESTER ON 01 SEP          BCC", "-980.00", "Vita Student", "rent"],
    [null, "HOST STUDENTS LTD        SHEFFIELD     GBR", "-640.00", "Host Students", "rent"],
    ["YOUNIQ Leipzig GmbH", "Miete 03/2026 App. 214", "-459.00", "Youniq", "rent"],
    ["Staytoo Apartments GmbH", "Miete Maerz 2026 Whg 5.12", "-529.00", "Staytoo", "rent"],
    ["Kamernet B.V.", "iDEAL Premium 1 maand 0050001234", "-34.00", "Kamernet", "rent"],
    ["Stichting Idealis", "Huur april 2026 contract 22031", "-415.00", "Idealis", "rent"],
    ["Stichting Lieven de Key", "Huur 2026-04 kamer 311", "-502.00", "Lieven de Key", "rent"],
    [null, "PRLV SEPA TWENTY CAMPUS LOYER AVRIL", "-610.00", "Twenty Campus", "rent"],
    [null, "AMERICAN CAMPUS COMM DES:RENT ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 WEB", "-1140.00", "American Campus Communities", "rent"],
    [null, "CB*GARANTME PARIS", "-42.00", "Garantme", "rent"],
    [null, "HOUSING HAND LTD ON 03 MAR          BCC", "-399.00", "Housing Hand", "rent"],
  ]);
});

describe("student cards, second-hand shops and online printers", () => {
  itNames([
    [null, "PAYPAL *UNIDAYS 4029357733", "-19.99", "UNiDAYS", "shopping"],
    [null, "STUDENTBEANS.COM        LONDON        GBR", "-12.00", "Student Beans", "shopping"],
    [null, "CARD PAYMENT TO TOTUM ON 14 SEP", "-14.99", "TOTUM", "education"],
    [null, "ISIC ASSOCIATION COPENHAGEN DNK", "-15.00", "ISIC", "education"],
    [null, "CASH CONVERTERS 0123 ON 04 MAR          BCC", "-45.00", "Cash Converters", "shopping"],
    [null, "CHECKCARD 0212 GOODWILL STORE #412 AUSTIN TX 24224433231105006465166", "-23.50", "Goodwill", "shopping"],
    [null, "CARTE 14/02/26 LABEL EMMAUS CB*1234", "-35.00", "Emmaüs", "shopping"],
    [null, "CARTE 14/02/26 SELENCY PARIS CB*1234", "-89.00", "Selency", "shopping"],
    [null, "SAXOPRINT GMBH//DRESDEN/DE", "-48.30", "Saxoprint", "shopping"],
    [null, "MIXAM UK LTD            WATFORD       GBR", "-62.00", "Mixam", "shopping"],
    [null, "PAYPAL *BACHELORPRINT 4029357733", "-79.90", "BachelorPrint", "shopping"],
    [null, "Kartenzahlung BINDEWERK. 12345678//Berlin 2026-03-02T10:11:12 KFN 1 VJ 2812", "-54.00", "Bindewerk", "shopping"],
    [null, "CARTE 14/02/26 EXAPRINT CB*1234", "-31.20", "Exaprint", "shopping"],
  ]);
});

describe("a payee that only shares a word, a first name or a surname with a student brand keeps its label", () => {
  itKeeps([
    [null, "FRESH FOODS LTD ON 03 MAR          BCC", "Fresh Student Living"],
    [null, "HOST EUROPE GMBH KOELN", "Host Students"],
    [null, "CHAPTER ONE BOOKS ON 03 MAR          BCC", "Chapter Living"],
    [null, "CHECKCARD 0212 GOODWILL AUTO REPAIR AUSTIN TX 24224433231105006465166", "Goodwill"],
    [null, "ASSET MANAGEMENT LTD ON 03 MAR          BCC", "Asset Living"],
    ["Emmaus-Kirchengemeinde Dresden", "Spende Adventsbasar", "Emmaüs"],
    [null, "SCAPE ARCHITECTS LTD LONDON GBR", "Scape Student Living"],
  ]);
});
