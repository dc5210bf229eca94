// Brands the self-employed and sole traders pay and are paid by (brands/extra-29.ts), written as the descriptors
// several banks print for them: each gets the brand's label and its category. Beside them, payees that share a
// word, a first name, a surname or a town with one of those brands keep their own label.
import { describe } from "vitest";
import { itNames, itKeeps } from "./brand-cases.ts";

describe("a card-terminal or payment-acceptance provider's bill is a fee", () => {
  itNames([
    [null, "CLOVER NETWORK DES:CLOVER SOFTWARE PLAN FEBRUARY ID:XXXXX81001334 INDN:JANE DOE CO ID:XXXXX32799 WEB", "-14.95", "Clover Network", "fees"],
    [null, "PAYMENTSENSE LTD        DDR", "-29.40", "Paymentsense", "fees"],
    [null, "WORLDPAY UK LTD DIRECT DEBIT", "-38.12", "Worldpay", "fees"],
    [null, "ELAVON FINANCIAL SERV   DD", "-21.70", "Elavon", "fees"],
    [null, "TAKEPAYMENTS LIMITED DDR", "-27.60", "takepayments", "fees"],
    ["Concardis GmbH", "Entgelte Kartenakzeptanz 02/2026 VU-Nr. 4412087", "-34.10", "Concardis", "fees"],
    ["Nexi Germany GmbH", "Abrechnung Serviceentgelt 02/2026", "-19.90", "Nexi", "fees"],
    [null, "HEARTLAND PAYMENT SYSTEMS DES:TXNS/FEES ID:650000012345678 INDN:JOES CAFE CO ID:XXXXX54545 CCD", "-88.31", "Heartland Payment Systems", "fees"],
  ]);
});

describe("a freelance platform's payout is pay", () => {
  itNames([
    [null, "UPWORK ESCROW INC DES:PAYMENT ID:XXXXX12345 INDN:JANE DOE CO ID:XXXXX00000 PPD", "1240.00", "Upwork", "salary"],
    [null, "ORIG CO NAME:FIVERR INC CO ENTRY DESCR:PAYOUT SEC:PPD IND NAME:JOHN DOE", "385.00", "Fiverr", "salary"],
    [null, "VIR SEPA MALT COMMUNITY FACTURE F-2026-0412", "2150.00", "Malt Community", "salary"],
    [null, "FREELANCER.COM PTY LTD DES:WITHDRAWAL ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "420.00", "Freelancer.com", "salary"],
    [null, "99DESIGNS INC DES:PAYOUT ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "599.00", "99designs", "salary"],
    [null, "PEOPLEPERHOUR LTD FPI", "310.00", "PeopleperHour", "salary"],
  ]);
});

describe("invoicing, bookkeeping and hosting are subscriptions", () => {
  itNames([
    ["Billomat GmbH & Co. KG", "Rechnung RE-2026-04412 Billomat Business", "-19.00", "Billomat", "subscriptions"],
    ["FastBill GmbH", "Rechnung 2026-0218 FastBill Solo", "-9.00", "FastBill", "subscriptions"],
    [null, "PRLV SEPA TIIME SAS ABONNEMENT TIIME 02/2026", "-21.00", "Tiime", "subscriptions"],
    [null, "PRLV SEPA PENNYLANE ABONNEMENT FEVRIER 2026", "-49.00", "Pennylane", "subscriptions"],
    [null, "PRLV SEPA INDY SAS ABONNEMENT INDY 02/2026", "-12.00", "Indy.fr", "subscriptions"],
    [null, "WAVE FINANCIAL DES:PAYROLL ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 WEB", "-20.00", "Wave Financial", "subscriptions"],
    ["Zoho Corporation B.V.", "Zoho One 02/2026", "-37.00", "Zoho", "subscriptions"],
    ["Mittwald CM Service GmbH & Co. KG", "Rechnung 2026-02 Kd-Nr. 140221 Space 2.0", "-14.99", "Mittwald", "subscriptions"],
    ["Hostnet B.V.", "Factuur 20260214 webhosting", "-7.95", "Hostnet", "subscriptions"],
    [null, "PRLV SEPA O2SWITCH HEBERGEMENT WEB 2026", "-84.00", "o2switch", "subscriptions"],
  ]);
});

describe("a professional body's dues are fees and a trade insurer's premium insurance", () => {
  itNames([
    ["Koninklijk Nederlands Genootschap voor Fysiotherapie", "Contributie 2026 lidnr 44120", "-545.00", "KNGF Fysiotherapie", "fees"],
    [null, "CIPD DD", "-189.00", "CIPD", "fees"],
    [null, "ICAEW                   DDR", "-42.50", "ICAEW", "fees"],
    [null, "FEDERATION OF SMALL BUSINESSES DD", "-15.75", "Federation of Small Businesses", "fees"],
    [null, "MARKEL INTERNATIONAL    DDR", "-24.10", "Markel Insurance", "insurance"],
    ["exali GmbH", "Beitrag Berufshaftpflicht 2026 Vertrag EX-441209", "-312.00", "exali", "insurance"],
    [null, "NEXT INSURANCE DES:PREMIUM ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 WEB", "-48.70", "Next Insurance", "insurance"],
    [null, "QDOS CONTRACTOR LTD DD", "-19.00", "Qdos", "insurance"],
  ]);
});

describe("shipping tools are other, printers, tools and trade counters shopping", () => {
  itNames([
    [null, "PURCHASE AUTHORIZED ON 02/11 GOSHIPPO.COM SHIPPO.COM CA S386042712345678 CARD 8006", "-12.34", "Shippo", "other"],
    [null, "SHIPSTATION 512-4855000 TX", "-29.99", "ShipStation", "other"],
    ["MyParcel B.V.", "Verzendkosten februari 2026 klantnr 18812", "-64.20", "MyParcel", "other"],
    [null, "PARCEL2GO.COM           LEEDS         GBR", "-9.48", "Parcel2Go", "other"],
    [null, "PURCHASE AUTHORIZED ON 07/20 STICKERMULE.COM AUSTIN MD S036958713595173 CARD 8006", "-62.00", "Sticker Mule", "shopping"],
    [null, "CARD PAYMENT TO PRINTFUL INC ON 14 FEB", "-27.30", "Printful", "shopping"],
    [null, "Kartenzahlung LASERLINE DRUCKZENTRUM BERLIN//Berlin 2026-02-03T10:11:02", "-119.00", "Laserline", "shopping"],
    [null, "Kartenzahlung HAHN+KOLB WERKZEUGE GMBH. 59963396//Berlin 2026-01-18T15:11:02 KFN 1 VJ 2812", "-86.40", "Hahn+Kolb", "shopping"],
    [null, "Kartenzahlung HOFFMANN GROUP//Muenchen 2026-02-03T10:11:02", "-74.90", "Hoffmann Qualitätswerkzeuge", "shopping"],
    ["Albert Berner Deutschland GmbH", "Rechnung 48812093 Kd 22014", "-58.30", "Albert Berner", "shopping"],
    [null, "WOLSELEY UK LTD ON 03 MAR          BCC", "-212.40", "Wolseley", "shopping"],
    [null, "PLUMB CENTER 1234 LEEDS GBR", "-45.00", "Plumb Center", "shopping"],
    [null, "CHECKCARD 0312 FERGUSON ENT 1234 NEWPORT NEWS VA 24224433231105006465166", "-178.20", "Ferguson Enterprises", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 03/04 WW GRAINGER 877-2022594 IL S306063712345678 CARD 8006", "-96.15", "W.W. Grainger", "shopping"],
    ["Hagel Friseurbedarf GmbH", "Rechnung 2026-1188 Kd 4402", "-142.60", "Hagel Friseurbedarf", "shopping"],
    [null, "Kartenzahlung COSMO HAIRSHOP//Hamburg 2026-02-03T10:11:02", "-38.40", "Cosmo Hairshop", "shopping"],
    [null, "COSMOPROF #1234 DALLAS TX", "-64.10", "CosmoProf", "shopping"],
  ]);
});

describe("coworking desks are rent, trade fairs other, the self-employed's tax and social funds taxes", () => {
  itNames([
    [null, "WEWORK DES:WEWORK ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 WEB", "-450.00", "WeWork", "rent"],
    ["betahaus GmbH", "Flex Desk Maerz 2026", "-199.00", "betahaus", "rent"],
    ["The Office Operators B.V.", "Huur werkplek maart 2026", "-345.00", "The Office Operators", "rent"],
    [null, "CB WOJO 12/02 PARIS", "-29.00", "Wojo", "rent"],
    ["Nordstil", "Standmiete Nordstil Januar 2026 Ausst.-Nr. 4412", "-1850.00", "Nordstil", "other"],
    [null, "CB MAISON ET OBJET 14/01 VILLEPINTE", "-85.00", "Maison&Objet", "other"],
    [null, "ORIG CO NAME:TEXAS COMPTROLLER CO ENTRY DESCR:TAX PAYMT SEC:CCD IND NAME:JANE DOE", "-412.00", "Texas Comptroller", "taxes"],
    [null, "EFTPS DES:TAX PMT ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 CCD", "-1200.00", "IRS", "taxes"],
    [null, "PRLV SEPA CIPAV COTISATIONS 2026 ECH 02", "-215.00", "CIPAV", "taxes"],
    [null, "PRLV SEPA CARPIMKO COTISATION 2026", "-310.00", "CARPIMKO", "taxes"],
  ]);
});

describe("a payee that only shares a word, a first name, a surname or a town with a trader brand keeps its label", () => {
  itKeeps([
    [null, "Clover Dairy Farm", "Clover Network"],
    [null, "FOUR LEAF CLOVER PUB DUBLIN", "Clover Network"],
    [null, "CLOVER LEAF CAFE ON 03 MAR          BCC", "Clover Network"],
    [null, "WAVE CAR WASH 123 DALLAS TX", "Wave Financial"],
    ["Berner, Klaus", "Miete Anteil", "Albert Berner"],
    [null, "BERNER ZEITUNG ABO", "Albert Berner"],
    ["Malt, Peter", "Geburtstag", "Malt Community"],
    [null, "MALT SHOP DINER", "Malt Community"],
    [null, "INDY 500 TICKETS", "Indy.fr"],
    ["Hagel, Anna", "Rueckzahlung", "Hagel Friseurbedarf"],
    [null, "FERGUSON'S BAKERY ON 03 MAR", "Ferguson Enterprises"],
    [null, "CROMWELL ROAD PHARMACY LONDON", "Cromwell Tools"],
    [null, "THIMBLE AND THREAD SEWING", "Thimble Insurance"],
    [null, "CCV*PLUS VERMEULEN UTRECHT, NL", "CCV Nederland"],
    ["Jansen, Pieter", "Huur deel 2 maart", "Deel Inc"],
    ["Schmidt, Anna", "Papierkram Steuer 2025 danke", "Papierkram.de"],
    [null, "NEXT RETAIL LTD ON 03 MAR          BCC", "Next Insurance"],
  ]);
});
