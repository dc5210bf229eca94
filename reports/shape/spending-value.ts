// Spending is money out, reported positive. Where refunds exceed what was
// spent (a category whose refund came in after the period's purchases), the
// figure is money back: it is said so, never printed as if it were spent.
import { renderPlain } from "../../src/i18n/index.ts";
import { decimalAbs, decimalSign } from "../../src/format/decimal.ts";
import { formatMoney } from "../../src/format/money.ts";
import type { ReportLocale } from "./types.ts";
import "./messages.ts";

/** "€50.35" spent, or "€50.35 back" when more came back than went out; plain text. */
export function formatSpending(value: string, currency: string, locale: ReportLocale): string {
  if (decimalSign(value) >= 0) return formatMoney(value, currency, locale);
  return renderPlain(locale, { key: "reports.money_back", params: { value: formatMoney(decimalAbs(value), currency, locale) } });
}
