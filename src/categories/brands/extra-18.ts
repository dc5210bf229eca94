// More built-in brands, the eighteenth list: chains, utilities and public bodies met on Dutch, French and
// app-bank statements (Boursorama, ABN AMRO, ING, bunq, Revolut, Wise) that no earlier list knew:
// housing corporations and property managers, a cooperative phone company, travel insurance, city transport, a games chain, a Croatian supermarket chain, France's farmers' social insurer.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
// A brand whose name is a common word, a first name or a town gets a longer phrase or "^".
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_18: readonly MerchantRow[] = [
  // Food: Le Pain Quotidien's Dutch company prints its initials ("LPQ NEDERLAND B.V."); Plodine is a Croatian supermarket chain.
  ["Le Pain Quotidien", "restaurants", "lpq nederland", "lpq belgium"],
  ["Plodine", "groceries", "plodine"],
  // Housing: a Dutch housing corporation for older people and a property manager collecting rents.
  ["Woonzorg Nederland", "rent", "woonzorg nederland", "^woonzorg"],
  ["MVGM", "rent", "mvgm"],
  // Phone and internet: a French cooperative mobile operator, a Dutch fibre provider.
  ["Telecoop", "utilities", "telecoop"],
  ["Plinq", "utilities", "plinq"],
  // Travel insurance sold online ("CHAPKADIRECT.FR").
  ["Chapka", "insurance", "chapka", "chapkadirect", "chapka assurances"],
  // City transport: Orléans's network (TAO).
  ["TAO", "transport", "tao orleans", "reseau tao"],
  // A games chain of the Netherlands and Belgium (game stores are entertainment).
  ["Game Mania", "entertainment", "game mania"],
  // France's farmers' social insurer takes contributions like URSSAF ("MSA MIDI PYRENEES SUD COTISATIONS").
  ["MSA", "taxes", "^msa", "mutualite sociale agricole"],
  // A cleaning and facility company that employs many.
  ["Onet", "other", "onet proprete", "onet services"],
];
