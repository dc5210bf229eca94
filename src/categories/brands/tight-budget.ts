// Built-in brands of households on a tight budget: remainder and discount chains (shopping), lease-to-own,
// rent-to-own and a buy-now-pay-later lender, whose instalment is the only trace of the purchase (shopping, the BNPL
// policy), a pawnbroker chain's counters (shopping, as second-hand shops), a social grocers' network (groceries),
// prepaid electricity and a bill-payment counter network (utilities), a library network (education),
// demand-responsive and commuter transit (transport) and municipal housing companies (rent). Names that are ordinary
// words or a person's are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_TIGHT_BUDGET: readonly MerchantRow[] = [
  // Postenbörse, the German remainder chain ("POSTENBOERSE 0031", "Postenboerse Handels GmbH").
  ["Postenbörse", "shopping", "postenborse"],
  // AWG Mode, the German discount clothing chain ("AWG MODECENTER 0342", "AWG Allgemeine Warenvertriebs-GmbH").
  ["AWG Mode", "shopping", "awg modecenter", "awg mode", "awg allgemeine warenvertriebs"],
  // Tuunte, the Dutch bargain-store chain.
  ["Tuunte", "shopping", "tuunte"],
  // Acima, the US lease-to-own company, by its ACH entry ("ACIMA LEASE", "ACIMA DIGITAL").
  ["Acima", "shopping", "acima lease", "acima digital", "acima leasing"],
  // PerfectHome, the UK rent-to-own shop, by its company name and its glued domain's.
  ["PerfectHome", "shopping", "perfect home ltd", "perfecthome co uk"],
  // Payl8r, the UK buy-now-pay-later lender.
  ["Payl8r", "shopping", "payl8r"],
  // Rent-A-Center, the US rent-to-own chain, hyphens printed or glued.
  ["Rent-A-Center", "shopping", "rent a center", "rentacenter", "rentacenter com"],
  // H&T, the UK pawnbroker chain, by its trading name and its plc's ("H & T GROUP PLC").
  ["H&T Pawnbrokers", "shopping", "h t pawnbrokers", "h and t pawnbrokers", "h t group plc", "h and t group plc"],
  // Cash America's pawn shops (FirstCash), by the shops' sign; "Cash America" alone was also a payday lender's.
  ["Cash America Pawn", "shopping", "cash america pawn"],
  // Your Local Pantry, the UK network of membership food pantries.
  ["Your Local Pantry", "groceries", "your local pantry"],
  // Payzone, the UK counter network for prepaid energy keys and cards, bills and top-ups.
  ["Payzone", "utilities", "payzone"],
  // Payless Power, the Texas prepaid electricity retailer; its name outranks the shoe shop's "payless".
  ["Payless Power", "utilities", "payless power", "paylesspower", "paylesspower com"],
  // Stadtwerke Eisenhüttenstadt, the town's energy and water utility, its name as a card field cuts it.
  ["Stadtwerke Eisenhüttenstadt", "utilities", "stadtwerke eisenhuttenstadt", "stadtwerke eisenhuttenst"],
  // Biblionet Groningen, the public-library organisation of the province of Groningen.
  ["Biblionet Groningen", "education", "biblionet groningen", "biblionet"],
  // Tees Flex, the Tees Valley's bookable demand-responsive bus, by its app.
  ["Tees Flex", "transport", "tees flex", "teesflex"],
  // PATCO, the Philadelphia–Lindenwold commuter line, by its Speedline's name.
  ["PATCO", "transport", "patco speedline", "patco freedom"],
  // BremerhavenBus, Bremerhaven's city bus company, its name glued.
  ["BremerhavenBus", "transport", "bremerhavenbus"],
  // STÄWOG, Bremerhaven's municipal housing company ("STAEWOG Staedtische Wohnungsgesellschaft Bremerhaven mbH").
  ["STÄWOG", "rent", "stawog"],
  // Weller, the housing corporation of Heerlen and Brunssum, by its trading name.
  ["Weller", "rent", "weller wonen"],
];
