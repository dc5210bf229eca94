// A Reading for a spec the parser did not produce (LLM, commands, drill-down
// buttons), so every answer states how it was read in the same words.
import { averagesFlowsOverTime, averagesOverTime, type QuerySpec } from "../analytics/query-spec.ts";
import type { Reading } from "../analytics/parse/index.ts";

export function readingOf(spec: QuerySpec, period: { from: string; to: string }, accounts: { id: string; name: string }[], defaulted = false): Reading {
  const f = spec.filters;
  const reading: Reading = {
    measure: spec.measure,
    categories: f.categories ?? [],
    merchants: f.merchants ?? [],
    // An id the person does not own never gets a name; the engine finds nothing for it either.
    accounts: (f.accounts ?? []).map((id) => ({ id, name: accounts.find((a) => a.id === id)?.name ?? "?" })),
    period: { ...period, defaulted },
    groupBy: spec.groupBy,
    compare: spec.compare,
    sort: spec.sort,
    chart: spec.chart,
  };
  if (f.topics?.length) reading.topics = f.topics;
  if (f.excludeCategories?.length) reading.excludeCategories = f.excludeCategories;
  if (f.excludeCardBills) reading.excludeCardBills = true;
  if (f.text !== undefined) reading.text = f.text;
  if (f.days) reading.days = f.days;
  if (f.month !== undefined) reading.month = f.month;
  if (f.currency) reading.currency = f.currency;
  if (f.toCurrency) reading.toCurrency = f.toCurrency;
  if (f.transfersTo) reading.transfersTo = f.transfersTo;
  if (f.fromAccounts?.length) reading.fromAccounts = f.fromAccounts.map((id) => ({ id, name: accounts.find((a) => a.id === id)?.name ?? "?" }));
  if (f.status) reading.status = f.status;
  if (f.purchases) reading.purchases = true;
  if (f.paymentType) reading.paymentType = f.paymentType;
  if (f.sentTo) reading.sentTo = f.sentTo;
  if (f.earner) reading.earner = f.earner;
  if (f.paidBackBy?.length) reading.paidBackBy = f.paidBackBy;
  if (averagesOverTime(spec) || averagesFlowsOverTime(spec) || (spec.measure === "income" && spec.averageOver === "transaction")) reading.averageOver = spec.averageOver;
  if (spec.versus) reading.versus = spec.versus.map((s) => s.label);
  if (spec.limit !== undefined) reading.limit = spec.limit;
  if (f.minAmount !== undefined) reading.minAmount = f.minAmount;
  if (f.maxAmount !== undefined) reading.maxAmount = f.maxAmount;
  return reading;
}
