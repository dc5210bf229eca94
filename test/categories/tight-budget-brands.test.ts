// Real brands households on a tight budget pay (pool 73's theme): remainder and discount chains, lease-to-own and
// rent-to-own shops and a buy-now-pay-later lender, a pawnbroker chain, a social grocers' network, prepaid energy and
// bill-payment counters, a library network, demand-responsive and commuter transit, and a municipal landlord. The rows
// are written here in the banks' printed shapes; guards: the ordinary words beside them stay what they were.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("a tight budget's brands by their printed forms", () => {
  itNames([
    [null, "POSTENBOERSE 0112 KAISERSL, KOELN DE Karte Nr. 4871 78XX XXXX 1111 Kartenzahlung comdirect Visa-Debitkarte 2026-03-02 00:00:00", "-19.90", "Postenbörse", "shopping"],
    ["Postenboerse Handels GmbH", "PayPal Express-Zahlung", "-12.00", "Postenbörse", "shopping"],
    ["AWG MODECENTER 0118", "AWG MODECENTER 0118/HAUPTSTR. 5/DRESDEN/DE 02-03-2026T14:36:38 Folgenr. 04 Verfalld. 1229", "-29.99", "AWG Mode", "shopping"],
    ["AWG Allgemeine Warenvertriebs-GmbH", "Rechnung 4711", "-49.90", "AWG Mode", "shopping"],
    [null, "BEA   NR:XXX123   02.03.26/11.20 TUUNTE NIJVERDAL Nijverdal,PAS123", "-23.10", "Tuunte", "shopping"],
    [null, "ORIG CO NAME:ACIMA  CO ENTRY DESCR:ACIMA LEASE PAYMENT SEC:WEB", "-39.00", "Acima", "shopping"],
    [null, "PERFECT HOME LTD       BOLTON        GBR", "-28.50", "PerfectHome", "shopping"],
    [null, "))) PAYL8R LTD MANCHESTER", "-31.00", "Payl8r", "shopping"],
    [null, "RENT-A-CENTER #2231 DAYTON OH", "-64.99", "Rent-A-Center", "shopping"],
    [null, "VIS H & T PAWNBROKERS LEEDS", "-50.00", "H&T Pawnbrokers", "shopping"],
    [null, "CHECKCARD 0302 CASH AMERICA PAWN #118 DALLAS TX 1234", "-80.00", "Cash America Pawn", "shopping"],
    [null, "SQ *YOUR LOCAL PANTRY SALFORD ON 02 MAR          BCC", "-3.50", "Your Local Pantry", "groceries"],
    [null, "PAYZONE UK LTD         LEEDS         GBR", "-20.00", "Payzone", "utilities"],
    [null, "PURCHASE AUTHORIZED ON 03/02 PAYLESS POWER PREPAY HOUSTON TX S123 CARD 1111", "-40.00", "Payless Power", "utilities"],
    [null, "BEA   NR:XXX123   02.03.26/11.20 BIBLIONET GRONINGEN Groningen,PAS123", "-12.00", "Biblionet Groningen", "education"],
    [null, "))) TEES FLEX STOCKTON", "-2.50", "Tees Flex", "transport"],
    [null, "DEBIT_CARD PATCO SPEEDLINE COLLINGSWOOD #11 NJ", "-3.00", "PATCO", "transport"],
    ["BREMERHAVENBUS", "BREMERHAVENBUS//BREMERHAVEN/DE", "-2.90", "BremerhavenBus", "transport"],
    ["STAEWOG Staedtische Wohnungsgesellschaft Bremerhaven mbH", "Miete Maerz 2026", "-480.00", "STÄWOG", "rent"],
    [null, "CHECKCARD 0302 GABRIEL BROTHERS #41 MORGANTOWN WV 1234", "-35.00", "Gabe's", "shopping"],
    ["ZIMMERMANN RESTPOSTEN FIL. 0102", "ZIMMERMANN RESTPOSTEN FIL. 0102//PEINE/DE", "-14.00", "Zimmermann Sonderposten", "shopping"],
    ["STADTWERKE EISENHUETTENST", "FRANKFURT 111/HAUPTSTR. 1/FRANKFURT/DE 02.03.2026 um 10:00:00 Uhr", "-60.00", "Stadtwerke Eisenhüttenstadt", "utilities"],
    ["Weller Wonen", "Huur april 2026", "-610.00", "Weller", "rent"],
  ]);
  itKeeps([
    [null, "PAYLESS SHOESOURCE #12 DAYTON OH", "Payless Power"],
    ["Maria Weller", "Miete April", "Weller"],
    [null, "THE PERFECT HOME STORE LEEDS", "PerfectHome"],
  ]);
});
