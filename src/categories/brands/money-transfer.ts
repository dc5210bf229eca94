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
  ["Paysend", "transfers", "paysend", "paysend com"],
  ["Profee", "transfers", "profee", "profee oue"],
  ["Instarem", "transfers", "instarem", "instarem nium"],
  ["Pangea", "transfers", "pangea payments", "pangea money transfer", "pangea money"],
  ["Sigue", "transfers", "sigue", "sigue money transfer", "sigue global services"],
  ["ACE Money Transfer", "transfers", "ace money transfer", "acemoneytransfer", "acemoneytransfer com"],
  ["Azimo", "transfers", "azimo"],
  ["Xe Money Transfer", "transfers", "xe money transfer", "xe money"],
  ["Uniteller", "transfers", "uniteller"],
  ["Dahabshiil", "transfers", "dahabshiil"],
  // Counters and apps of the African, Somali and Latin American corridors; "Wari" alone is also a surname.
  ["DolEx", "transfers", "dolex", "dolex dollar express"],
  ["Wari", "transfers", "wari transfert", "wari transfer", "wari money transfer"],
  ["Mukuru", "transfers", "mukuru"],
  ["Tawakal Express", "transfers", "tawakal express"],
  ["Amal Express", "transfers", "amal express"],
  ["Taaj", "transfers", "taaj money transfer", "taaj services"],
];

// Bureaux de change sell foreign banknotes: cash to spend later, as a cash machine abroad gives it (heuristics.ts reads
// "bureau de change", "Sortenkauf" and the like as cash too). Not the person's money changing place between own accounts.
export const BRANDS_BUREAUX_DE_CHANGE: readonly MerchantRow[] = [
  ["Travelex", "cash", "travelex"],
  ["Eurochange", "cash", "eurochange"],
  ["ChangeGroup", "cash", "change group", "changegroup"],
  ["ICE Currency Exchange", "cash", "ice currency exchange", "international currency exchange"],
  ["Currency Exchange International", "cash", "currency exchange international", "currency exchange intl", "cxi currency exchange"],
  ["ReiseBank", "cash", "reisebank"],
];
