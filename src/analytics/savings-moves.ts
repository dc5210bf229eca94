// "How much did I move to savings": which outgoing own-account transfers are
// moves to savings. Money between own accounts is also the monthly card bill,
// PayPal funding and top-ups, so a transfer counts only when it leaves an
// account that is not itself savings and goes towards savings: its other half
// lands in a savings or brokerage account, its counterparty is one of them by
// name, it is filed as savings, or its words say so. A card bill (the other
// half on a credit card, the card as counterparty, or card-bill wording) is
// never a move to savings, whatever a bank's name says ("Sparkasse", "Sparda"
// hold "spar" but are banks).

/**
 * Savings wording, over the folded text with bank names taken out: German, English ("NATWEST SAVER"), Dutch ("Naar Oranje
 * Spaarrekening", spaardoel, spaarpot, beleggen) and French (livret, épargne). "etf" only as a word
 * ("netflix"), as are US banks' "SAV"/"SVGS" ("ONLINE TRANSFER TO SAV XXXX4821").
 */
const SAVINGS_WORDS =
  "spar|spaar|saving|saver|tagesgeld|festgeld|depot|invest|belegg|livret|epargne|(^|[^a-z])(etf|sav|svgs?)([^a-z]|$)|ru(e)?cklage" +
  // Monzo pots and Starling spaces: savings inside the current account. Monzo prints the pot's id ("pot_0000…") as
  // the description of a pot transfer and the pot's own name ("Holiday") as its name; a row already filed as a
  // transfer that says "pot" or "space" as a word is one ("Transfer to Holiday space"). Shops so named are no transfers.
  "|(^|[^a-z])pot_[0-9a-z]+|(^|[^a-z])(pots?|spaces?)([^a-z]|$)";
/** Banks whose names hold a savings word. */
const BANK_NAMES = "[a-z]*(sparkass|sparda)[a-z]*|caisse d.?epargne";
/** A building-society contract is savings even though its lender's name is stripped with the banks. */
const BUILDING_SAVINGS = "bauspar";
/**
 * Paying a credit-card bill, in the words banks print on it (the categorizer's fuller set is
 * src/categories/money-moves.ts; this one runs in SQL, so it keeps to words no purchase of
 * a transfer category prints): the card in German, English, French, Spanish and Italian, the
 * issuers that only issue cards, and a French, Spanish or Italian statement word before a card.
 */
const CARD_BILL_WORDS =
  "kreditkart|kartenabrechnung|kartenkonto|credit ?card|carte (de |a )?credit|carta (di )?credito|tarjeta (de )?credito|card (bill|payment|repayment|settlement)" +
  "|amex|american express|barclaycard|mbna|synchrony|syncb|crcardpmt|ccpymt|mastercard|(^|[^a-z])visa([^a-z]|$)" +
  "|(releve|facture|prlv|prelevement|liquidacion|estratto conto|addebito) (de |du |la )?(carte|tarjeta|carta)";

export const TEXT = `strip_accents(lower(concat_ws(' ', counterparty, merchant, description)))`;
export const accountsOf = (types: string) => `(SELECT id FROM accounts WHERE type IN (${types}))`;
/** The matched other half of the transfer lies in an account of these types. */
export const peerIn = (types: string) => `coalesce(transfer_peer_id IN (SELECT id::VARCHAR FROM tx WHERE account_id IN ${accountsOf(types)}), FALSE)`;
const counterpartyIs = (types: string) => `coalesce(counterparty IN (SELECT name FROM accounts WHERE type IN (${types})), FALSE)`;

const SAVINGS_TYPES = `'SAVINGS', 'BROKERAGE'`;
export const CARD_TYPES = `'CREDIT_CARD'`;

/** A transfer that pays a credit card: its other half lands on a card, a card account is its counterparty, or its words say so. */
export const CARD_BILL = `(${peerIn(CARD_TYPES)} OR ${counterpartyIs(CARD_TYPES)} OR regexp_matches(${TEXT}, '${CARD_BILL_WORDS}'))`;

/**
 * WHERE conditions (joined with AND) for money moved to savings; with
 * `lessWithdrawals` also the money that came back from savings (the same
 * transfers in the other direction, seen on the same non-savings accounts).
 */
export function savingsMoveConditions(lessWithdrawals = false): string[] {
  const words = `(regexp_matches(regexp_replace(${TEXT}, '${BANK_NAMES}', ' ', 'g'), '${SAVINGS_WORDS}') OR contains(${TEXT}, '${BUILDING_SAVINGS}'))`;
  // An account whose type the file did not say (a Tagesgeld exported like a checking account) is savings when more
  // matched transfers with savings words arrive in it than leave it: money taken back out of it ("Entnahme Rücklage")
  // says the same words and is no move to savings.
  const savingsAccounts = `(SELECT id FROM accounts WHERE type IN (${SAVINGS_TYPES}) UNION SELECT account_id FROM tx WHERE category_kind = 'transfer' AND transfer_peer_id IS NOT NULL AND ${words} GROUP BY account_id HAVING sum(CASE WHEN amount > 0 THEN 1 ELSE -1 END) > 0)`;
  const peerInSavings = `coalesce(transfer_peer_id IN (SELECT id::VARCHAR FROM tx WHERE account_id IN ${savingsAccounts}), FALSE)`;
  // The other half in a savings account settles it; the softer signals yield to card-bill evidence.
  const signals = `(category_key = 'savings' OR ${counterpartyIs(SAVINGS_TYPES)} OR ${words})`;
  return [
    lessWithdrawals ? `amount <> 0` : `amount < 0`,
    `category_kind = 'transfer'`,
    `(${peerInSavings} OR (${signals} AND NOT ${CARD_BILL}))`,
    `account_id NOT IN ${savingsAccounts}`,
  ];
}
