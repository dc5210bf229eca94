// PayPal activity download: one purchase is several rows tied together by
// the related transaction id (the payment, a pair of currency conversion
// rows, a bank or card top-up). The conversions fold into the payment, which
// becomes one transaction in the home currency; authorisation holds and memo
// rows move no money and are dropped. A top-up stays a row of its own: it is
// the PayPal half of money moving from the person's bank account or card
// (whose statement shows a debit to PayPal a day or two later), so it is kept
// as an own-account transfer and pairs with that debit when both accounts are
// in Kontor (src/transfers/). Folded into the purchase, the bank's debit would
// be a second purchase. A withdrawal to the bank is the same move the other way.
import { msg } from "../../../src/i18n/message.ts";
import type { NormalizedTransaction } from "../../types.ts";
import { ImportError } from "../errors.ts";
import { paypalLanguage, readPaypalRows, type PaypalRow } from "./paypal-rows.ts";
import { balancesFromRunning, bankStatement } from "./statement.ts";
import { hasHeader } from "./table.ts";
import type { BankCsvProfile } from "./types.ts";

const CONVERSION = new Set(["general currency conversion", "allgemeine währungsumrechnung"]);
const FUNDING = new Set([
  "bank deposit to pp account",
  "bankgutschrift auf paypal-konto",
  "überweisung als zahlungsquelle",
  "general card deposit",
]);
// Money paid out of PayPal to the person's bank: the other half of a top-up, own money too.
const WITHDRAWAL = new Set([
  "general withdrawal",
  "user initiated withdrawal",
  "withdraw funds to bank account",
  "allgemeine abbuchung",
  "vom nutzer eingeleitete abbuchung",
  "abbuchung auf bankkonto",
]);
const HOLD = new Set([
  "account hold for open authorization",
  "reversal of general account hold",
  "einbehaltung für offene autorisierung",
  "rückbuchung allgemeiner einbehaltung",
]);
const PENDING = new Set(["pending", "ausstehend", "in progress"]);

const typeOf = (row: PaypalRow) => row.get("type").trim().toLowerCase();
const isMemo = (row: PaypalRow) => row.get("impact").toLowerCase() === "memo";
// hledger drops these too: they announce or revise, they move nothing.
const isNoise = (row: PaypalRow) => isMemo(row) || HOLD.has(typeOf(row)) || /^(update to|temporary hold)/.test(typeOf(row));

export const paypal: BankCsvProfile = {
  id: "paypal",
  bank: "PayPal",
  detect: (text) => hasHeader(text, [","], (cells) => paypalLanguage(cells) !== null),
  parse(text, defaultCurrency) {
    const rows = readPaypalRows(text);
    const moving = rows.filter((r) => !isNoise(r));
    const primaries = moving.filter((r) => !CONVERSION.has(typeOf(r)));
    const home = homeCurrency(rows, primaries, defaultCurrency);
    const satellites = new Map<PaypalRow, PaypalRow[]>(primaries.map((p) => [p, []]));
    const standalone: PaypalRow[] = [];
    const byId = new Map(primaries.map((p) => [p.get("txId"), p]));
    for (const row of moving.filter((r) => !satellites.has(r))) {
      const owner = byId.get(row.get("refTxId"));
      if (owner) satellites.get(owner)!.push(row);
      // A conversion whose payment is outside the file still moved home money.
      else if (row.currency === home) standalone.push(row);
    }
    const transactions = [...primaries, ...standalone]
      .sort((a, b) => a.line - b.line)
      .map((row) => fold(row, satellites.get(row) ?? [], home));
    if (transactions.length === 0) throw new ImportError("import.error.no_rows");

    const folded = [...satellites.values()].reduce((n, s) => n + s.length, 0);
    const topUps = primaries.filter((r) => FUNDING.has(typeOf(r))).length;
    const dropped = rows.length - moving.length;
    const notices = [];
    if (folded > 0) notices.push(msg("import.notice.paypal_folded", { rows: folded, purchases: [...satellites.values()].filter((s) => s.length > 0).length }));
    if (topUps > 0) notices.push(msg("import.notice.paypal_top_ups", { count: topUps }));
    if (dropped > 0) notices.push(msg("import.notice.paypal_holds_dropped", { count: dropped }));
    const homeRows = rows.filter((r) => r.currency === home && !isMemo(r));
    const balances = balancesFromRunning(
      homeRows.map((r) => ({ status: "booked", bookingDate: r.date, amount: r.net, currency: home })),
      homeRows.map((r) => r.balance),
      home,
    );
    return bankStatement("paypal", { bank: "PayPal", product: "PayPal", currency: home, kind: "OTHER" }, transactions, { ...balances, notices });
  },
};

/**
 * The currency the account is kept in. Top-ups from the bank arrive in it,
 * and of a conversion pair the side in another currency than its payment is
 * in it; a US account buying in euros has euro rows too, so these decide
 * first. Without them: the default when it appears, else the most used.
 */
function homeCurrency(rows: PaypalRow[], primaries: PaypalRow[], fallback: string): string {
  const byId = new Map(primaries.map((p) => [p.get("txId"), p]));
  const votes = new Map<string, number>();
  for (const r of rows) {
    const payment = byId.get(r.get("refTxId"));
    const telling = FUNDING.has(typeOf(r)) || (CONVERSION.has(typeOf(r)) && payment !== undefined && payment.currency !== r.currency);
    if (telling) votes.set(r.currency, (votes.get(r.currency) ?? 0) + 1);
  }
  const voted = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (voted) return voted;
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
  if (counts.has(fallback)) return fallback;
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

function fold(row: PaypalRow, parts: PaypalRow[], home: string): NormalizedTransaction {
  const homeSide = row.currency === home ? null : parts.find((p) => CONVERSION.has(typeOf(p)) && p.currency === home);
  const description = row.get("item") || row.get("subject") || row.get("note") || null;
  return {
    externalId: row.get("txId") || null,
    status: PENDING.has(row.get("status").toLowerCase()) ? "pending" : "booked",
    bookingDate: row.date,
    valueDate: null,
    amount: homeSide ? homeSide.net : row.net,
    currency: homeSide ? home : row.currency,
    originalAmount: homeSide ? row.net : null,
    originalCurrency: homeSide ? row.currency : null,
    counterpartyName: row.get("name") || null,
    counterpartyIban: null,
    description,
    transactionType: row.get("type") || null,
    // PayPal says outright that a top-up or a withdrawal to the bank is the person's own money moving: never income or spending.
    providerCategory: FUNDING.has(typeOf(row)) || WITHDRAWAL.has(typeOf(row)) ? "transfers" : null,
    raw: { line: row.line, cells: row.cells, foldedLines: parts.map((p) => p.line) },
  };
}
