// Built-in brands of consumer lenders and debt collectors: what is paid to them, or paid out by them, is debt moved
// (transfers), not money spent; the spending happened when the borrowed money was spent. Payday, instalment and
// doorstep lenders, earned-wage advances, personal-loan banks, and the collection agencies and bailiffs that buy or
// collect old debts, in Germany, the UK, the US, France and the Netherlands. Their loan words are in money-moves.ts
// (CONSUMER_CREDIT). Lenders of homes and cars are not here (rent, fuel), nor pay-later services (shopping).
// Names that are ordinary words, towns or a person's are listed only with the words printed beside them
// ("Lowell" is also a town, "EOS" a gym chain, "Cabot" a surname).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_LENDERS: readonly MerchantRow[] = [
  // German short-term and consumer lenders.
  ["Vexcash", "transfers", "vexcash"],
  ["Cashper", "transfers", "cashper"],
  ["Ferratum", "transfers", "ferratum"],
  ["auxmoney", "transfers", "auxmoney"],
  // German collection agencies.
  ["Coeo Inkasso", "transfers", "coeo inkasso"],
  ["Paigo", "transfers", "paigo"],
  ["PAIR Finance", "transfers", "pair finance"],
  ["EOS Deutscher Inkasso-Dienst", "transfers", "eos deutscher inkasso", "eos did", "eos kss"],
  ["Intrum", "transfers", "intrum"],
  ["Lowell", "transfers", "lowell financial", "lowell solutions", "lowell inkasso", "lowell nederland", "lowell uk"],
  ["infoscore Forderungsmanagement", "transfers", "infoscore forderungsmanagement", "infoscore"],
  ["Alektum", "transfers", "alektum"],
  // UK lenders (payday, instalment, doorstep) and collectors.
  ["Provident", "transfers", "provident personal credit", "provident financial"],
  ["Morses Club", "transfers", "morses club"],
  ["Loans 2 Go", "transfers", "loans 2 go", "loans2go"],
  ["Lending Stream", "transfers", "lending stream", "lendingstream", "lendingstream co uk"],
  ["Fernovo", "transfers", "fernovo", "fernovo co uk"],
  ["Satsuma Loans", "transfers", "satsuma loans"],
  ["Amigo Loans", "transfers", "amigo loans"],
  ["118 118 Money", "transfers", "118 118 money"],
  ["Cabot Credit Management", "transfers", "cabot credit management", "cabot financial"],
  ["Moorcroft", "transfers", "moorcroft debt recovery", "moorcroft group"],
  ["Wescot", "transfers", "wescot credit services", "wescot"],
  ["Link Financial", "transfers", "link financial"],
  ["Robinson Way", "transfers", "robinson way"],
  ["Portfolio Recovery", "transfers", "portfolio recovery associates", "portfolio recovery", "pra group"],
  // US lenders (installment, payday, earned-wage access) and debt buyers.
  ["OneMain Financial", "transfers", "onemain financial", "onemain fin", "onemain"],
  ["World Finance", "transfers", "world acceptance corp", "world acceptance", "world finance corp"],
  ["Advance America", "transfers", "advance america"],
  ["Check Into Cash", "transfers", "check into cash"],
  ["ACE Cash Express", "transfers", "ace cash express"],
  ["Check 'n Go", "transfers", "check n go", "checkngo"],
  ["Speedy Cash", "transfers", "speedy cash"],
  ["CashNetUSA", "transfers", "cashnetusa"],
  ["Oportun", "transfers", "oportun"],
  ["Mariner Finance", "transfers", "mariner finance"],
  ["Lendmark Financial", "transfers", "lendmark financial", "lendmark"],
  ["EarnIn", "transfers", "earnin", "activehour", "activehours"],
  ["MoneyLion", "transfers", "moneylion"],
  ["Midland Credit Management", "transfers", "midland credit management", "midland credit mgmt", "midland funding"],
  ["LVNV Funding", "transfers", "lvnv funding"],
  ["Jefferson Capital", "transfers", "jefferson capital systems", "jefferson capital"],
  // French consumer lenders, a pawn-loan bank and collectors.
  ["Cofidis", "transfers", "cofidis"],
  ["Younited Credit", "transfers", "younited credit", "younited"],
  ["Cetelem", "transfers", "cetelem"],
  ["Franfinance", "transfers", "franfinance"],
  ["Crédit Municipal", "transfers", "credit municipal"],
  ["iQera", "transfers", "iqera"],
  // Dutch lenders, a bailiffs' firm and collectors.
  ["Freo", "transfers", "freo krediet", "freo"],
  ["Lender & Spender", "transfers", "lender spender", "lender en spender"],
  ["Flanderijn", "transfers", "flanderijn"],
  ["GGN", "transfers", "ggn mastering credit", "ggn gerechtsdeurwaarders"],
  ["Vesting Finance", "transfers", "vesting finance"],
];
