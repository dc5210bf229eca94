// One typed description of every question. Handlers, the text parser and the
// LLM all produce a QuerySpec; only src/analytics/compile.ts turns it into SQL.
import { z } from "zod";
import { CURRENCY_CODE } from "../format/currency-code.ts";
import { ABROAD, COUNTRY_CODES } from "./countries.ts";
import { TOPIC_KEYS } from "./topics.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date as YYYY-MM-DD");
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "decimal string");

export const Measure = z.enum(["spending", "income", "net", "count", "average", "balance"]);
/** "transaction" lists the matching transactions themselves (date, merchant, amount), one row each. */
export const GroupBy = z.enum(["none", "category", "merchant", "account", "day", "week", "month", "year", "transaction"]);
export const Comparison = z.enum(["none", "previous_period", "same_period_last_year"]);
export const ChartKind = z.enum(["auto", "none", "bar", "stacked_bar", "line", "doughnut"]);

/** Inclusive date range in the user's calendar. */
export const Period = z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, "period ends before it starts");

// A merchant filter entry names a merchant group: every label whose key is the
// entry's key or starts with it ("Amazon" covers "AMAZON EU S.A R.L. 123-…").
// The list is compiled to parameters without a size limit; the cap only keeps
// a model's reply sane.
const merchants = z.array(z.string().min(1).max(120)).max(100);
const categories = z.array(z.string().min(1).max(64)).max(40);
const accounts = z.array(z.string().uuid()).max(20);
/** Narrower than a category (topics.ts): "gym", "phone", "council_tax". */
const topics = z.array(z.enum(TOPIC_KEYS)).max(TOPIC_KEYS.length);

/**
 * One side of "A vs B": its filters replace the spec's filters of the same
 * name. A side with its own measure ("income vs spending") is that measure
 * over the spec's rows; the spec's measure is then "net".
 */
export const Side = z
  .object({
    label: z.string().min(1).max(60),
    /** "September vs October": the side's own period; the spec's period then spans every side. */
    period: Period.optional(),
    measure: z.enum(["income", "spending"]).optional(),
    categories: categories.optional(),
    topics: topics.optional(),
    merchants: merchants.optional(),
    accounts: accounts.optional(),
    text: z.string().min(1).max(120).optional(),
  })
  .strict();

export const QuerySpec = z
  .object({
    measure: Measure,
    filters: z
      .object({
        period: Period.optional(),
        /** Category keys from the taxonomy ("groceries"), not display names. */
        categories: categories.optional(),
        /** Category keys left out ("excluding transfers", "except groceries", "ohne Miete"), with their refunds. */
        excludeCategories: categories.optional(),
        /** "not counting the credit card payment": no card bill (card-bills.ts), also where a name search would count an unmatched one. */
        excludeCardBills: z.boolean().optional(),
        /**
         * With `text`, a place visited ("the Orlando trip"): the engine finds the days of the rows naming it and
         * counts those rows with what was spent away from home on those days (trip-days.ts). Where the rows
         * carry the person's own tag (#lisbon2026) the tag is the trip, and the text alone is searched.
         */
        trip: z.boolean().optional(),
        /**
         * Topics (topics.ts): rows of a topic's categories that its words or merchants mark. A row
         * matches when it is in one of `categories` or in one of the topics ("groceries and the gym").
         */
        topics: topics.optional(),
        /** Merchant names (groups) as the user's data spells them. */
        merchants: merchants.optional(),
        /** "rent minus what Anna paid back": money in from these payers (merchant names) is taken off the spending. */
        paidBackBy: merchants.optional(),
        /** Account ids (uuid) of the asking user. */
        accounts: accounts.optional(),
        text: z.string().min(1).max(120).optional(),
        minAmount: decimal.optional(),
        maxAmount: decimal.optional(),
        /**
         * Rows in this currency: of an account in it, or paid in it where the bank stated the original amount
         * (counted with that amount). The answer is in this currency, nothing converted.
         */
        currency: z.string().regex(CURRENCY_CODE).optional(),
        /** Money converted into this currency (topic currency_exchange): rows whose other side, their original currency, is in it. */
        toCurrency: z.string().regex(CURRENCY_CODE).optional(),
        /** Where the money was spent (countries.ts): an ISO country code ("CH"), or "abroad", outside the account's own currency area. */
        country: z.union([z.enum(COUNTRY_CODES), z.literal(ABROAD)]).optional(),
        /**
         * Money sent to a country ("in die Türkei geschickt", "sent to Poland"): transfers out to an IBAN of that country and
         * payments to money-transfer services (Western Union, Ria…), whose rows name no destination. With bankTransfers
         * ("Überweisungen in die Türkei") only the transfers to that country's IBANs. See sent-to.ts.
         */
        sentTo: z.object({ country: z.enum(COUNTRY_CODES), bankTransfers: z.literal(true).optional() }).strict().optional(),
        /**
         * Whose pay ("wie viel hat Aylin verdient"): salary rows naming this person, or paid into an account the person holds,
         * known by the name the person's own-account transfers into it carry (the other half's counterparty). See earner.ts.
         */
        earner: z.string().min(1).max(60).optional(),
        /** Only Saturdays and Sundays, or only Monday to Friday. */
        days: z.enum(["weekend", "weekday"]).optional(),
        /** Only rows booked in this calendar month (1–12) of each year in the period: "December each year", "jeden Dezember". */
        month: z.number().int().min(1).max(12).optional(),
        /**
         * savings: money moved to savings (outgoing transfers from non-savings accounts towards a savings account, or with a savings category or wording; never a card bill). See savings-moves.ts.
         * With measure "net": saved, i.e. those moves less the money that came back from savings, positive when more went in.
         * account: money moved in from the person's own other accounts (top-ups): incoming transfers into the
         * accounts filter's accounts, or any account; measured with "income" (or "count").
         * card: credit-card bills paid, on the paying side (outgoing transfers that settle a credit card); the
         * accounts filter names the cards paid and/or the accounts paying. See card-bills.ts.
         */
        transfersTo: z.enum(["savings", "account", "card"]).optional(),
        /**
         * With transfersTo "account" only: the accounts the money came from ("from DKB to N26"). A row counts when
         * its matched other half left one of them (or, unmatched, its counterparty is one of them by name).
         */
        fromAccounts: accounts.optional(),
        /**
         * Only purchases ("biggest purchases", "größte Einkäufe", "plus gros achats"): buys from shops and
         * merchants, not the rent, bills, taxes, insurance premiums, bank fees, cash or donations (purchases.ts).
         */
        purchases: z.literal(true).optional(),
        /** Only rows the bank typed as this kind of payment: direct debits (Lastschriften) or standing orders (Daueraufträge). See payment-types.ts. */
        paymentType: z.enum(["direct_debit", "standing_order"]).optional(),
        /** Only transactions the bank has not booked yet ("vorgemerkt"); without it booked and pending both count. */
        status: z.enum(["pending"]).optional(),
      })
      .strict()
      .default({}),
    groupBy: GroupBy.default("none"),
    compare: Comparison.default("none"),
    sort: z.enum(["value_desc", "value_asc", "key_asc", "key_desc"]).default("value_desc"),
    limit: z.number().int().min(1).max(100).optional(),
    /** Rows to skip (paging through a transaction list). */
    offset: z.number().int().min(0).max(1_000_000).optional(),
    /**
     * average: per outgoing transaction (default), per whole calendar month of the period (empty months
     * count as zero), or per year: the same whole months' sum scaled to twelve of them; per week or per
     * day: the period's sum times seven (or one) divided by its days, empty days counting as zero.
     * income: "month", "year", "week" or "day" averages the income the same way ("average monthly income"),
     * "transaction" per incoming transaction ("average income per transaction").
     */
    averageOver: z.enum(["transaction", "month", "year", "week", "day"]).optional(),
    /** "A vs B": two to four sides computed side by side with the same measure and period. */
    versus: z.array(Side).min(2).max(4).optional(),
    chart: ChartKind.default("auto"),
  })
  .strict()
  // A source account says where money moved from: without the moves it would be dropped, and the answer widened.
  .refine((s) => !s.filters.fromAccounts?.length || s.filters.transfersTo === "account", {
    message: "fromAccounts needs transfersTo account",
    path: ["filters", "fromAccounts"],
  });

export type QuerySpec = z.infer<typeof QuerySpec>;

/** An average over time (per month or year of whole months, per week or day of the period) of spending or of income, not per transaction. */
export function averagesOverTime(spec: Pick<QuerySpec, "measure" | "averageOver">): boolean {
  return (spec.measure === "average" || spec.measure === "income") && spec.averageOver !== undefined && spec.averageOver !== "transaction";
}

/** An average per week or per day: the period's sum over its days, not over whole months. */
export function averagesOverDays(spec: Pick<QuerySpec, "measure" | "averageOver">): boolean {
  return averagesOverTime(spec) && (spec.averageOver === "week" || spec.averageOver === "day");
}

/**
 * "Average monthly income vs spending": the sides are income and spending ("income vs spending"), each averaged over
 * whole months or years, or per week or day over the period's days.
 */
export function averagesFlowsOverTime(spec: Pick<QuerySpec, "averageOver" | "versus">): boolean {
  return spec.averageOver !== undefined && spec.averageOver !== "transaction" && Boolean(spec.versus?.some((s) => s.measure));
}

/** The measure one side of "A vs B" is computed with: its own flow, and spending averaged as the spec asks. */
export function sideMeasure(spec: Pick<QuerySpec, "measure" | "averageOver">, side: Pick<Side, "measure">): Measure {
  if (side.measure === "spending" && spec.averageOver !== undefined && spec.averageOver !== "transaction") return "average";
  return side.measure ?? spec.measure;
}

/** A mean of single transactions: spending per outgoing one ("average"), or income per incoming one. */
export function averagesPerTransaction(spec: Pick<QuerySpec, "measure" | "averageOver">): boolean {
  return (spec.measure === "average" && !averagesOverTime(spec)) || (spec.measure === "income" && spec.averageOver === "transaction");
}

/** The key naming an average: "average_month", "average_income_year", "average_income_transaction". */
export function averageKey(spec: Pick<QuerySpec, "measure" | "averageOver">): string {
  return `average_${spec.measure === "income" ? "income_" : ""}${spec.averageOver}`;
}
export type QuerySpecInput = z.input<typeof QuerySpec>;
export type Measure = z.infer<typeof Measure>;
export type GroupBy = z.infer<typeof GroupBy>;
export type Side = z.infer<typeof Side>;
