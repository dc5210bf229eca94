// "How much did I pay off my credit card": the card bills, counted once, on
// the paying side. A bill is an outgoing own transfer from an account that is
// not itself a card, which pays a card (savings-moves.ts CARD_BILL: its other
// half lands on a card, it names a card account, or its words say so). The
// card's own credit for the same money is the other half and is not counted
// again; the card's purchases are spending, another question.
//
// The accounts filter means something else here than elsewhere: a card in it
// is the card paid ("towards my capital one card"), any other account the one
// paying ("from Lloyds"). A bill pays a named card when its other half lies
// on that card or, unmatched, when its words name the card's bank or every
// card the person has is named (one card: every bill is its bill).
import { CARD_BILL, CARD_TYPES, TEXT } from "./savings-moves.ts";
import type { Params } from "./sql-parts.ts";

const CARDS = `(SELECT id FROM accounts WHERE type IN (${CARD_TYPES}))`;

/** WHERE conditions (joined with AND) for card bills paid; `accounts` is the spec's accounts filter. */
export function cardBillConditions(params: Params, accounts: readonly string[] | undefined): string[] {
  const where = [`amount < 0`, `category_kind = 'transfer'`, `account_id NOT IN ${CARDS}`, CARD_BILL];
  if (!accounts?.length) return where;
  // The placeholders are reused: one value each.
  const list = params.list(accounts, "VARCHAR");
  const named = `(SELECT id FROM accounts WHERE id IN (${list}) AND type IN (${CARD_TYPES}))`;
  const cardNamed = `EXISTS ${named}`;
  const payerNamed = `EXISTS (SELECT 1 FROM accounts WHERE id IN (${list}) AND type NOT IN (${CARD_TYPES}))`;
  const everyCardNamed = `NOT EXISTS (SELECT 1 FROM accounts WHERE type IN (${CARD_TYPES}) AND id NOT IN (${list}))`;
  // The first word of the card's name is its bank or issuer ("Capital One USD", "American Express GBP").
  const namesCard = `EXISTS (SELECT 1 FROM accounts a WHERE a.id IN ${named} AND contains(${TEXT}, strip_accents(lower(split_part(trim(a.name), ' ', 1)))))`;
  const paysNamedCard = `(coalesce(transfer_peer_id IN (SELECT id::VARCHAR FROM tx WHERE account_id IN ${named}), FALSE)
    OR (transfer_peer_id IS NULL AND (${everyCardNamed} OR ${namesCard})))`;
  where.push(`(NOT ${payerNamed} OR account_id IN (${list}))`, `(NOT ${cardNamed} OR ${paysNamedCard})`);
  return where;
}
