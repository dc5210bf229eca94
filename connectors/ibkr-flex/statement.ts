// The two XML documents the Flex Web Service sends (connectors.md §5.1, §5.3):
// a FlexStatementResponse (status, reference code, error code) and the Activity
// statement itself. Parsed with the project's safe settings (every value stays
// a string, so amounts never become floats) and checked with zod. Data are
// attributes; which ones appear depends on the query, so most are optional and
// "" means absent.
import { z } from "zod";
import { ImportError } from "../file-import/errors.ts";
import { parseXml } from "../file-import/xml.ts";

const REPEATED = new Set(["FlexStatement", "Trade", "CashTransaction", "OpenPosition", "ConversionRate", "AccountInformation", "CashReportCurrency"]);

const opt = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s.trim()));
const decimal = z
  .string()
  .transform((s) => s.trim().replace(/^\+/, "").replace(/,/g, ""))
  .pipe(z.string().regex(/^-?\d+(\.\d+)?$/, "not a decimal"));
const optDecimal = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s))
  .pipe(decimal.optional());

const attrs = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

export const tradeSchema = attrs({
  accountId: opt, currency: z.string().min(1), assetCategory: opt, symbol: z.string().min(1), description: opt,
  tradeID: opt, transactionID: opt, tradeDate: opt, dateTime: opt, reportDate: opt, settleDateTarget: opt,
  quantity: decimal, tradePrice: optDecimal, netCash: optDecimal, proceeds: optDecimal, ibCommission: optDecimal, taxes: optDecimal,
  buySell: opt, levelOfDetail: opt,
});
export type FlexTrade = z.infer<typeof tradeSchema>;

export const cashTransactionSchema = attrs({
  accountId: opt, currency: z.string().min(1), symbol: opt, description: opt, type: z.string().min(1),
  transactionID: opt, dateTime: opt, reportDate: opt, settleDate: opt, amount: decimal, levelOfDetail: opt,
});
export type FlexCashTransaction = z.infer<typeof cashTransactionSchema>;

export const openPositionSchema = attrs({
  accountId: opt, currency: z.string().min(1), assetCategory: opt, symbol: z.string().min(1), description: opt,
  reportDate: opt, position: decimal, markPrice: optDecimal, positionValue: optDecimal, levelOfDetail: opt,
});
export type FlexOpenPosition = z.infer<typeof openPositionSchema>;

/** One line of the Cash Report: a currency's cash, or IBKR's sum of all of them in the base currency (BASE_SUMMARY). */
export const cashReportSchema = attrs({ accountId: opt, currency: z.string().min(1), fromDate: opt, toDate: opt, endingCash: optDecimal, levelOfDetail: opt });
export type FlexCashReport = z.infer<typeof cashReportSchema>;

export const conversionRateSchema = attrs({ reportDate: z.string().min(1), fromCurrency: z.string().min(1), toCurrency: z.string().min(1), rate: decimal });

const accountInformationSchema = attrs({ accountId: opt, currency: opt, name: opt, acctAlias: opt });

const statementSchema = attrs({
  accountId: z.string().min(1),
  fromDate: opt,
  toDate: opt,
  whenGenerated: opt,
  AccountInformation: z.array(accountInformationSchema).optional(),
  Trades: z.union([z.literal(""), attrs({ Trade: z.array(tradeSchema).optional() })]).optional(),
  CashTransactions: z.union([z.literal(""), attrs({ CashTransaction: z.array(cashTransactionSchema).optional() })]).optional(),
  OpenPositions: z.union([z.literal(""), attrs({ OpenPosition: z.array(openPositionSchema).optional() })]).optional(),
  CashReport: z.union([z.literal(""), attrs({ CashReportCurrency: z.array(cashReportSchema).optional() })]).optional(),
  ConversionRates: z.union([z.literal(""), attrs({ ConversionRate: z.array(conversionRateSchema).optional() })]).optional(),
});

export interface ConversionRate {
  date: string;
  from: string;
  to: string;
  rate: string;
}

export interface FlexStatement {
  accountId: string;
  baseCurrency: string | undefined;
  fromDate?: string;
  toDate?: string;
  whenGenerated?: string;
  trades: FlexTrade[];
  cashTransactions: FlexCashTransaction[];
  openPositions: FlexOpenPosition[];
  /** null: the query has no Cash Report section (the person left it out), not "no cash". */
  cashReport: FlexCashReport[] | null;
  conversionRates: ConversionRate[];
}

export type FlexDocument =
  | { kind: "response"; status: string; referenceCode?: string; url?: string; errorCode?: string; errorMessage?: string }
  | { kind: "statements"; statements: FlexStatement[] };

const responseSchema = z.object({
  Status: z.string(),
  ReferenceCode: z.string().optional(),
  Url: z.string().optional(),
  ErrorCode: z.string().optional(),
  ErrorMessage: z.string().optional(),
});

export class FlexParseError extends Error {
  override name = "FlexParseError";
}

function items<T>(section: "" | Record<string, unknown> | undefined, key: string): T[] {
  if (!section || typeof section !== "object") return [];
  return ((section as Record<string, unknown>)[key] as T[] | undefined) ?? [];
}

/** Strips the "@_" prefix fast-xml-parser puts on attributes, so zod sees IBKR's names. */
function unprefix(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unprefix);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k.startsWith("@_") ? k.slice(2) : k, unprefix(v)]));
}

export function parseFlexDocument(text: string): FlexDocument {
  const trimmed = text.trim();
  if (!trimmed.startsWith("<")) throw new FlexParseError("not XML");
  let parsed: unknown;
  try {
    parsed = parseXml(trimmed, REPEATED);
  } catch (err) {
    if (err instanceof ImportError) throw new FlexParseError("not well-formed XML");
    throw err;
  }
  const doc = unprefix(parsed) as Record<string, unknown>;
  if (doc.FlexStatementResponse) {
    const r = responseSchema.safeParse(doc.FlexStatementResponse);
    if (!r.success) throw new FlexParseError("unexpected FlexStatementResponse");
    return { kind: "response", status: r.data.Status, referenceCode: r.data.ReferenceCode, url: r.data.Url, errorCode: r.data.ErrorCode, errorMessage: r.data.ErrorMessage };
  }
  const root = doc.FlexQueryResponse as Record<string, unknown> | undefined;
  if (!root) throw new FlexParseError("neither a FlexStatementResponse nor a FlexQueryResponse");
  const raw = ((root.FlexStatements as Record<string, unknown> | undefined)?.FlexStatement ?? []) as unknown[];
  const statements = raw.map((s, i) => {
    const r = statementSchema.safeParse(s);
    if (!r.success) throw new FlexParseError(`statement ${i}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    const st = r.data;
    return {
      accountId: st.accountId,
      baseCurrency: st.AccountInformation?.[0]?.currency,
      fromDate: st.fromDate,
      toDate: st.toDate,
      whenGenerated: st.whenGenerated,
      trades: items<FlexTrade>(st.Trades, "Trade"),
      cashTransactions: items<FlexCashTransaction>(st.CashTransactions, "CashTransaction"),
      openPositions: items<FlexOpenPosition>(st.OpenPositions, "OpenPosition"),
      cashReport: st.CashReport === undefined ? null : items<FlexCashReport>(st.CashReport, "CashReportCurrency"),
      conversionRates: items<z.infer<typeof conversionRateSchema>>(st.ConversionRates, "ConversionRate").map((c) => ({ date: c.reportDate, from: c.fromCurrency, to: c.toCurrency, rate: c.rate })),
    };
  });
  return { kind: "statements", statements };
}
