// What a terminal prints after the name that is not the merchant: a car dealer's or a filling station's desk that took
// the card ("GEM CITY MOTORS SVC DEPT", "TIDEWELL CHEVROLET SVC") and the pump it stood at ("ELM PLACE FUEL CTR PUMP 4"),
// a bus company's ticket ("STADTBUS WASSERBURG FAHRKARTE", "… FAHRSCHEIN") and the weekly market a stall stands at
// ("GEMUESE HAHN WOCHENMARKT"), a farm's vending machine ("MILCHHOF JEDDINGEN AUTOMAT"). The dealer, the station, the
// bus company, the stall and the farm are the merchant.

const TILL_ENDS: readonly RegExp[] = [
  // A service or parts desk after a name of two words or more ("… Svc Department", "… Parts Dept").
  /(?<=\S\s+\S+)\s+(?:Svc|Service|Parts)\s+(?:Dept|Department)$/i,
  // A dealer's service desk after a car maker's name or "Motors", with the dealer's own name before it: "Ford Service"
  // alone stays a name.
  /(?<=\S\s+(?:Motors|Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Hyundai|Kia|Subaru|Mazda|Buick|GMC|Cadillac|Dodge|Jeep|Chrysler|Volkswagen|VW|Audi|BMW|Lexus|Acura))\s+(?:Svc|Service)$/i,
  // A pump's number after a fuel centre's or a gas station's name.
  /(?<=\b(?:Fuel|Gas|Petrol)(?:\s+(?:Center|Centre|Ctr|Station|Stop|Mart))?)\s+Pump(?:\s*#?\d+)?$/i,
  // A ticket's word after a name of two words or more: "Stadtbus Fahrkarte" alone stays a name.
  /(?<=\S\s+\S+)\s+(?:Fahrkarten?|Fahrscheine?|Einzelfahrschein|Tageskarte|Tagesticket)$/iu,
  // The weekly market after a stall's name of two words or more ("Gemuese Hahn Wochenmarkt"); a market's own name
  // ("Wochenmarkt Karlsplatz", "Wochenmarkt Altstadt") begins with the word and keeps it.
  /(?<=\S\s+\S+)\s+(?:Wochenmarkt|Marktstand)$/iu,
  // A farm's vending machine after the farm's name of two words or more, whole or cut by the card field ("MILCHHOF
  // JEDDINGEN AUTOMA"); a machine's own name ("Milchautomat Lindenhof") begins with its word and keeps it.
  // A card's capitals hide the farm's GbR before it ("MILCHHOF JEDDINGEN GBR MILCHTANKSTELLE"): both go.
  /(?<=\S\s+\S+)(?:\s+GbR)?\s+(?:Automat|Automa|Automaten|Milchautomat|Eierautomat|Milchtankstelle)$/iu,
];

/** The name without what its till printed after it, each end in turn ("Gem City Motors Svc Department" → "Gem City Motors"). */
export function withoutTillEnds(name: string | null): string | null {
  return name && TILL_ENDS.reduce((s, end) => s.replace(end, ""), name);
}
