// Brands students, apprentices and young adults in their first flat pay (brands/extra-27.ts), written as the
// descriptors several banks print for them: each gets the brand's label and its category. Beside them, payees that
// share a word, a first name or a surname with one of those brands must keep their own label.
import { describe, expect, it } from "vitest";
import { categoryOf, itNames, itKeeps } from "./brand-cases.ts";

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

describe("textbooks, study apps, tests and campus dining", () => {
  itNames([
    [null, "Kartenzahlung STUDIBUCH GMBH. 12345678//Berlin 2026-03-02T10:11:12 KFN 1 VJ 2812", "-24.90", "Studibuch", "shopping"],
    [null, "CHECKCARD 0212 FOLLETT BOOKSTORE #0471 TEMPE AZ 24224433231105006465166", "-189.00", "Follett Higher Education", "shopping"],
    [null, "COURSEHERO.COM          REDWOOD CITY  USA", "-39.95", "Course Hero", "education"],
    [null, "VITALSOURCE TECHNOLOGIES 615-2132222 TN", "-74.99", "VitalSource", "education"],
    [null, "PURCHASE AUTHORIZED ON 01/14 MCGRAW HILL EDUCATION 800-338-3987 NY CARD 7158", "-119.00", "McGraw Hill", "education"],
    [null, "MACMILLAN LEARNING      NEW YORK      NY", "-95.00", "Macmillan Learning", "education"],
    [null, "CHECKCARD 0118 ZYBOOKS.COM 855-1234567 CA 24224433231105006465166", "-77.00", "zyBooks", "education"],
    ["Knowunity GmbH", "Knowunity Pro Abo 03/2026", "-9.99", "Knowunity", "education"],
    [null, "PAYPAL *QUILLBOT 4029357733", "-8.33", "QuillBot", "subscriptions"],
    [null, "WOLFRAM ALPHA LLC       CHAMPAIGN     IL", "-7.25", "Wolfram Alpha", "subscriptions"],
    [null, "ETS TOEFL PRINCETON NJ", "-255.00", "TOEFL", "education"],
    [null, "CARD PAYMENT TO IELTS ON 11 FEB", "-210.00", "IELTS", "education"],
    [null, "CARD PAYMENT TO UCAS ON 15 JAN", "-28.50", "UCAS", "education"],
    ["uni-assist e.V.", "Bewerbung WS 2026/27 Bewerbernr 4412", "-75.00", "uni-assist", "education"],
    [null, "CARTE 05/09/26 CVEC CB*7686", "-103.00", "CVEC", "education"],
    [null, "CARTE 12/10/26 IZLY CB*7686", "-20.00", "Izly", "restaurants"],
    [null, "CHECKCARD 0212 CHARTWELLS UNIV DINING 24224433231105006465166", "-11.50", "Chartwells", "restaurants"],
  ]);
});

describe("bike share, coaches, late food, nightclubs and laundry", () => {
  itNames([
    [null, "TRAINSPLIT LTD          LONDON        GBR", "-23.40", "TrainSplit", "transport"],
    [null, "CB*BUSBUD MONTREAL", "-19.00", "Busbud", "transport"],
    [null, "CARTE 03/03/26 VCUB BORDEAUX CB*1234", "-1.70", "VCub", "transport"],
    [null, "CHECKCARD 0303 PANCHEROS MEXICAN GRILL IOWA CITY IA 24224433231105006465166", "-11.80", "Pancheros", "restaurants"],
    [null, "SUMUP *RUEYAM GEMUESE KEBAB", "-7.50", "Rüyam Gemüse Kebab", "restaurants"],
    [null, "SAMS CHICKEN ON 07 MAR          BCC", "-6.49", "Sam's Chicken", "restaurants"],
    [null, "CARTE 02/03/26 SPEED BURGER RENNES CB*1234", "-16.90", "Speed Burger", "restaurants"],
    [null, "PRYZM KINGSTON ON 07 MAR          BCC", "-12.00", "PRYZM", "entertainment"],
    [null, "Kartenzahlung BOOTSHAUS. 12345678//Koeln 2026-03-02T23:41:12 KFN 1 VJ 2812", "-20.00", "Bootshaus", "entertainment"],
    [null, "CIRCUIT LAUNDRY ON 02 MAR          BCC", "-10.00", "Circuit Laundry", "drugstore"],
    [null, "CSC SERVICEWORKS 516-3494700 NY", "-20.00", "CSC ServiceWorks", "drugstore"],
    [null, "PAYRANGE*LAUNDRY 0417", "-2.75", "PayRange", "drugstore"],
    [null, "LAUNDRYHEAP             LONDON        GBR", "-24.00", "Laundryheap", "drugstore"],
  ]);
});

describe("a study loan paid out stays income, its repayment other (no dictionary row turns it into a refund)", () => {
  it.each([
    ["KfW", "Auszahlung KfW-Studienkredit 03/2026 Darlehen 4411220", "650.00", "income_other"],
    ["KfW", "Tilgung KfW-Studienkredit 03/2026 Darlehen 4411220", "-120.00", "other"],
    [null, "NAVIENT DES:ED LOAN ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "2150.00", "income_other"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});

describe("festivals and their ticket shops are entertainment", () => {
  itNames([
    [null, "Kartenzahlung ROCK AM RING. 12345678//Nuerburg 2026-06-05T14:11:12 KFN 1 VJ 2812", "-12.50", "Rock am Ring", "entertainment"],
    [null, "SOUTHSIDE FESTIVAL//NEUHAUSEN OB ECK/DE", "-14.50", "Southside Festival", "entertainment"],
    [null, "PAYPAL *DEICHBRAND 4029357733", "-189.00", "Deichbrand", "entertainment"],
    [null, "SUMUP *FUSION FESTIVAL BAR", "-8.00", "Fusion Festival", "entertainment"],
    [null, "BEA   NR:XXX123   12.03.25/14.22 Pinkpop Landgraaf,PAS123", "-9.50", "Pinkpop", "entertainment"],
    [null, "BEA   NR:XXX123   16.08.25/20.14 Lowlands Festival Biddinghuizen,PAS123", "-11.00", "Lowlands", "entertainment"],
    [null, "Zettle_*Dekmantel Festival,PAS123", "-14.00", "Dekmantel", "entertainment"],
    [null, "GLASTONBURY FESTIVALS LTD ON 24 JUN          BCC", "-22.00", "Glastonbury Festival", "entertainment"],
    [null, "CARD PAYMENT TO READING FESTIVAL ON 23 AUG", "-15.00", "Reading Festival", "entertainment"],
    [null, "CREAMFIELDS             DARESBURY     GBR", "-12.60", "Creamfields", "entertainment"],
    [null, "CB*HELLFEST CLISSON", "-35.00", "Hellfest", "entertainment"],
    [null, "CARTE 18/07/26 VIEILLES CHARRUES CB*6863", "-9.00", "Les Vieilles Charrues", "entertainment"],
    [null, "CHECKCARD 0412 COACHELLA MUSIC FESTIVAL INDIO CA 24224433231105006465166", "-18.00", "Coachella", "entertainment"],
    [null, "PURCHASE AUTHORIZED ON 06/13 BONNAROO MUSIC FEST MANCHESTER TN CARD 7158", "-24.00", "Bonnaroo", "entertainment"],
    [null, "CB*BILLETWEB PARIS", "-25.00", "Billetweb", "entertainment"],
    [null, "ETIX.COM 9197820101 NC", "-48.00", "Etix", "entertainment"],
    [null, "GUTS TICKETS AMSTERDAM NLD", "-32.50", "GUTS Tickets", "entertainment"],
  ]);
});

describe("youth travel, a flashcard and a reference app, a room portal", () => {
  itNames([
    [null, "STUDENTUNIVERSE.COM     877-2345678   MA", "-312.00", "StudentUniverse", "travel"],
    [null, "CONTIKI HOLIDAYS LTD ON 12 FEB          BCC", "-899.00", "Contiki", "travel"],
    [null, "KILROY TRAVELS NL AMSTERDAM NLD", "-640.00", "Kilroy Travels", "travel"],
    [null, "FEVERUP*CANDLELIGHT LONDON", "-35.00", "Fever", "entertainment"],
    [null, "ZOTERO STORAGE          OAKLAND       CA", "-20.00", "Zotero", "subscriptions"],
    [null, "BRAINSCAPE.COM          NEW YORK      NY", "-9.99", "Brainscape", "education"],
    ["Stichting Studentenwoningweb", "Inschrijfgeld 2026", "-12.50", "Studentenwoningweb", "rent"],
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
    [null, "CARD PAYMENT TO FABRICLAND ON 03 MAR", "fabric London"],
    ["Morley, Susan", "Dinner split", "Morley's"],
    [null, "MACMILLAN CANCER SUPPORT DONATION", "Macmillan Learning"],
    ["Follett, Anna", "Miete Anteil", "Follett Higher Education"],
    [null, "SPEED QUEEN DRY CLEANERS LLC", "Speed Queen Laundry"],
    ["Glastonbury Town Council", "Allotment rent 2026", "Glastonbury Festival"],
    [null, "READING BOROUGH COUNCIL ON 03 MAR          BCC", "Reading Festival"],
    [null, "COACHELLA VALLEY WATER DISTRICT WEB PMT", "Coachella"],
    [null, "WIRELESS LOGIC LTD ON 03 MAR          BCC", "Wireless Festival"],
    [null, "CHECKCARD 0212 SHOTGUN SPORTS ARMORY 24224433231105006465166", "Shotgun"],
    ["Kilroy, Patrick", "Rent share March", "Kilroy Travels"],
    [null, "FEVER TREE DRINKS LTD ON 03 MAR          BCC", "Fever"],
  ]);
});
