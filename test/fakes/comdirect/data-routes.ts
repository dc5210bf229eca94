// Balances, transactions (with comdirect's paging rules) and depot positions.
import type { FakeAccountInput, RawTransaction } from "./data.ts";
import { unprocessable, type FakeReply, type FakeState } from "./state.ts";

function accountJson(a: FakeAccountInput) {
  return {
    accountId: a.accountId,
    accountDisplayId: a.accountDisplayId,
    currency: a.currency ?? "EUR",
    clientId: "AA8DC7B7A1B34E0B8E1E5F1A3C6D9E20",
    accountType: a.accountType ?? { key: "CA", text: "Girokonto" },
    iban: a.iban ?? null,
    bic: "COBADEHD001",
    creditLimit: { value: "0", unit: a.currency ?? "EUR" },
  };
}

function balanceJson(a: FakeAccountInput) {
  const unit = a.currency ?? "EUR";
  const balance = { value: a.balance ?? "0", unit };
  const available = { value: a.availableCashAmount ?? a.balance ?? "0", unit };
  return { account: accountJson(a), accountId: a.accountId, balance, balanceEUR: balance, availableCashAmount: available, availableCashAmountEUR: available };
}

export function balances(state: FakeState): FakeReply {
  return { status: 200, body: { paging: { index: 0, matches: state.accounts.length }, values: state.accounts.map(balanceJson) } };
}

export function singleBalance(state: FakeState, accountId: string): FakeReply {
  const account = state.accounts.find((a) => a.accountId === accountId);
  return account ? { status: 200, body: balanceJson(account) } : { status: 404 };
}

const DEFAULT_WINDOW_DAYS = 180;

export function transactions(state: FakeState, accountId: string, query: URLSearchParams): FakeReply {
  const rows = state.transactions.get(accountId);
  // comdirect answers an unknown account with an empty 404.
  if (!rows) return { status: 404 };
  const txState = query.get("transactionState") ?? "BOTH";
  if (!["BOOKED", "NOTBOOKED", "BOTH"].includes(txState)) return unprocessable("bookingStatus.invalid", "Ungültiger Buchungsstatus.", "request.query.invalid");
  const first = Number(query.get("paging-first") ?? "0");
  const count = Number(query.get("paging-count") ?? "20");
  if (count > 500) return unprocessable("paging.invalid", "Ungültiges Paging.", "request.query.invalid", { 0: "paging-count", 1: count });
  if (first > 0 && txState !== "BOOKED") {
    return unprocessable("requestparameter.invalid", "Paging is only valid for booked account transactions", "request.query.invalid");
  }
  const min = query.get("min-bookingDate") ?? new Date(state.nowMs - DEFAULT_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  const max = query.get("max-bookingDate");
  const matching = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => txState === "BOTH" || row.bookingStatus === txState)
    .filter(({ row }) => row.bookingDate === null || (row.bookingDate >= min && (!max || row.bookingDate <= max)))
    // Newest first; pending rows (no booking date) on top; ties keep seed order.
    .sort((a, b) => (b.row.bookingDate ?? "9999").localeCompare(a.row.bookingDate ?? "9999") || a.i - b.i)
    .map(({ row }) => row);
  const page: RawTransaction[] = matching.slice(first, first + count);
  return { status: 200, body: { paging: { index: first, matches: matching.length }, aggregated: {}, values: page } };
}

export function depots(state: FakeState): FakeReply {
  const values = state.depots.map((d) => ({
    depotId: d.depotId,
    depotDisplayId: d.depotDisplayId,
    clientId: "AA8DC7B7A1B34E0B8E1E5F1A3C6D9E20",
    defaultSettlementAccountId: state.accounts[0]?.accountId ?? null,
    settlementAccountIds: state.accounts.map((a) => a.accountId),
  }));
  return { status: 200, body: { paging: { index: 0, matches: values.length }, values } };
}

export function positions(state: FakeState, depotId: string): FakeReply {
  const depot = state.depots.find((d) => d.depotId === depotId);
  if (!depot) return { status: 404 };
  const values = depot.positions.map((p) => {
    const unit = p.currency ?? "EUR";
    return {
      depotId,
      positionId: p.positionId,
      wkn: p.wkn,
      custodyType: "CAR",
      quantity: { value: p.quantity, unit: "XXX" },
      availableQuantity: { value: p.quantity, unit: "XXX" },
      currentPrice: { price: { value: p.price, unit }, type: "LAST", priceDateTime: p.priceDateTime ?? "2026-05-04T17:35:00+02:00" },
      currentValue: { value: p.currentValue, unit },
      instrument: { instrumentId: `I${p.wkn}`, wkn: p.wkn, isin: p.isin, mnemonic: p.wkn, name: p.name, shortName: p.name, staticData: { currency: unit } },
      version: "1",
    };
  });
  return { status: 200, body: { paging: { index: 0, matches: values.length }, aggregated: { depotId }, values } };
}
