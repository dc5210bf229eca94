// Money-transfer services (remittances): they move the person's money abroad, and bank-formats.md §4.2 files
// their MCC 4829 as transfers. One list for the dictionary and for "how much did we send to Turkey" (sent-to.ts).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_MONEY_TRANSFER: readonly MerchantRow[] = [
  ["Western Union", "transfers", "western union", "westernunion"],
  ["MoneyGram", "transfers", "moneygram"],
  ["WorldRemit", "transfers", "worldremit", "world remit"],
  ["Remitly", "transfers", "remitly"],
  ["Sendwave", "transfers", "sendwave"],
  ["TransferGo", "transfers", "transfergo"],
  ["Viamericas", "transfers", "viamericas"],
  ["Wafacash", "transfers", "wafacash"],
  ["Ria Money Transfer", "transfers", "ria money transfer", "ria financial services", "ria financial"],
  ["Small World", "transfers", "small world financial services", "small world financial servi", "small world money transfer"],
  ["Intermex", "transfers", "intermex", "intermex wire transfer"],
  ["Xoom", "transfers", "xoom"],
  ["Taptap Send", "transfers", "taptap send", "taptapsend"],
  ["LemFi", "transfers", "lemfi"],
];
