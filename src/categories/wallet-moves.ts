// Money moving between a wallet (PayPal, Venmo, Cash App) and the person's
// own bank account is their own money changing place: a Venmo cash-out to the
// bank is no refund, a PayPal withdrawal no cash and no purchase, a top-up no
// income. It is a transfer even when only one side is in Kontor, and pairs
// with the other side when both are (src/transfers/).
// Seen from the wallet, the export's type field says so (bank-formats.md §1.5
// for PayPal); seen from the bank, the wallet's cash-out text does.
import { foldText, foldUmlauts } from "./normalize.ts";

// Whole type fields, folded. Not "General Card Withdrawal": that is a cash machine paid by the PayPal card.
const WALLET_BANK_TYPES: ReadonlySet<string> = new Set(
  [
    // PayPal, out to the bank
    "General Withdrawal", "User Initiated Withdrawal", "Withdraw Funds to Bank Account", "Withdrawal to Bank Account",
    "Allgemeine Abbuchung", "Vom Nutzer eingeleitete Abbuchung", "Abbuchung auf Bankkonto", "Auszahlung auf Bankkonto",
    // PayPal, in from the bank
    "Bank Deposit to PP Account", "Bankgutschrift auf PayPal-Konto", "Add Funds from a Bank Account",
    // Venmo and Cash App, out to the bank
    "Standard Transfer", "Instant Transfer", "Cash Out",
  ].map((t) => foldUmlauts(foldText(t))),
);

// A bank's text for a wallet paying money out to it: "VENMO DES:CASHOUT", "VENMO CASHOUT PPD",
// "PAYPAL DES:TRANSFER", "PayPal Auszahlung", "CASH APP*CASH OUT".
const CASH_OUT_TEXT = /(^| )(venmo|paypal|cash app|square cash)( des)? (cashout|cash out|transfer|xfer out|auszahlung)( |$)/;

/** True when the row is money moving between a wallet and the person's bank, by the wallet's type or the bank's text. */
export function isWalletBankMove(type: string | null | undefined, texts: readonly (string | null | undefined)[]): boolean {
  if (type && WALLET_BANK_TYPES.has(foldUmlauts(foldText(type)))) return true;
  return CASH_OUT_TEXT.test(foldUmlauts(foldText(texts.filter(Boolean).join(" "))));
}
