// What a car dealer's or a filling station's terminal prints after the name: the desk that took the card ("GEM CITY
// MOTORS SVC DEPT", "TIDEWELL CHEVROLET SVC") and the pump it stood at ("ELM PLACE FUEL CTR PUMP 4"). The dealer and
// the station are the merchant, not their service desk or pump.

// A service or parts desk after a name of two words or more ("… Svc Department", "… Parts Dept").
const DESK = /(?<=\S\s+\S+)\s+(?:Svc|Service|Parts)\s+(?:Dept|Department)$/i;

// A dealer's service desk after a car maker's name or "Motors", with the dealer's own name before it: "Ford Service"
// alone stays a name.
const DEALER_SERVICE = /(?<=\S\s+(?:Motors|Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Hyundai|Kia|Subaru|Mazda|Buick|GMC|Cadillac|Dodge|Jeep|Chrysler|Volkswagen|VW|Audi|BMW|Lexus|Acura))\s+(?:Svc|Service)$/i;

// A pump's number after a fuel centre's or a gas station's name.
const PUMP = /(?<=\b(?:Fuel|Gas|Petrol)(?:\s+(?:Center|Centre|Ctr|Station|Stop|Mart))?)\s+Pump(?:\s*#?\d+)?$/i;

/** The name without a dealer's desk or a station's pump after it ("Gem City Motors Svc Department" → "Gem City Motors"). */
export function withoutDeskEnds(name: string | null): string | null {
  return name && name.replace(DESK, "").replace(DEALER_SERVICE, "").replace(PUMP, "");
}
