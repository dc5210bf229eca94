// "How much did I move from DKB to N26": the top-ups of the receiving
// accounts (transfersTo "account") that came from the accounts named as the
// source. Which account a transfer came from is known from the transfer
// matcher's pair (src/transfers): the other half's account. An unmatched row
// says it only when its counterparty is the source account by name; otherwise
// its source is unknown and it is not counted as coming from there.
import type { Params } from "./sql-parts.ts";

/** WHERE condition for rows whose money left one of `fromAccounts`. */
export function movedFromCondition(params: Params, fromAccounts: readonly string[]): string {
  // The placeholders are reused: one value each.
  const list = params.list(fromAccounts, "VARCHAR");
  const peerIn = `coalesce(transfer_peer_id IN (SELECT id::VARCHAR FROM tx WHERE account_id IN (${list})), FALSE)`;
  const namedSource = `coalesce(counterparty IN (SELECT name FROM accounts WHERE id IN (${list})), FALSE)`;
  return `(${peerIn} OR (transfer_peer_id IS NULL AND ${namedSource}))`;
}
