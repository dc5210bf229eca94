// A bank's charge for paying or withdrawing in a foreign currency, booked as a row of its own: "Auslandseinsatz
// CHF-Zahlungen 04/2026", "Auslandseinsatzentgelt 1,75% LOCANDA … CHE", "Valutakosten Zwitserse frank", "Koersopslag
// pinbetaling", "NON-STERLING TRANSACTION FEE", "FRAIS PAIEMENT CB HORS ZONE EURO", "COMMISSION CONVERSION DEVISE".
// heuristics.ts reads them with the booking types, before the brand dictionary: the row may go on to name the shop
// abroad whose payment it charged for, and that shop is not what the fee bought. Each entry is the bank's own word or
// a fee word bound to one, so a shop whose name merely holds one ("Cross Border Cycles", "Conversion Kitchens") is
// still read by its trade.
export const FOREIGN_USE_FEES: readonly string[] = [
  // German: the card's use abroad, a foreign currency's surcharge.
  "auslandseinsatz[a-z]*", "(entgelt|gebuhr|gebuhren|aufschlag|zuschlag)( [a-z]+)? fremdwahrung[a-z]*", "fremdwahrungs(entgelt|gebuhr|gebuhren|zuschlag)",
  // Dutch: the currency's cost, the exchange rate's mark-up.
  "valutakosten", "valuta ?(opslag|toeslag)", "(wissel)?koers ?opslag",
  // English: the card issuers' names for it.
  "foreign (usage|use|transaction|exchange|currency|purchase|cash)( transaction| purchase| conversion)? (fee|fees|charge|charges)", "non sterling( [a-z]+){0,2} (fee|fees|charge|charges|commission)", "cross border (fee|fees|charge|charges|assessment)", "(currency |fx )?conversion (fee|fees|charge|charges)",
  // French: a conversion's commission, a card payment outside the euro zone.
  "(commission|commissions|frais)( de)? (conversion|change)( (devises?|monnaie))?", "(frais|commission|commissions)( [a-z]+){0,3} hors zone euro",
];
