// Merchant category codes (ISO 18245) to taxonomy keys, from the ranges of
// bank-formats.md §4.2. Used only when nothing more specific decides.

// [first, last, key]; checked in order, so single codes come before the range holding them.
const MCC_RANGES: readonly (readonly [number, number, string])[] = [
  [742, 742, "health"], // veterinary: vets are health (heuristics.ts)
  // Contractors (builders, plumbers, electricians, roofers): their work is bought like goods, as shop-kinds.ts files the fitters' trades.
  [1520, 1799, "shopping"],
  [3000, 3299, "travel"], // airlines
  [3351, 3441, "travel"], // car rental
  [3501, 3999, "travel"], // hotels
  [4119, 4119, "health"], // ambulance services: care, though filed among the rides
  [4011, 4131, "transport"], // rail, commuter, taxi, bus
  [4411, 4411, "travel"],
  [4511, 4511, "travel"],
  [4722, 4722, "travel"],
  [4784, 4784, "fuel"], // tolls
  [4789, 4789, "transport"],
  [4812, 4816, "utilities"], // phone, internet
  [4829, 4829, "transfers"], // wire transfers, money orders
  [4899, 4899, "subscriptions"], // cable and pay TV
  [4900, 4900, "utilities"],
  [5047, 5047, "health"], // medical, dental, ophthalmic and hospital equipment and supplies
  [5200, 5399, "shopping"],
  [5411, 5411, "groceries"],
  [5422, 5499, "groceries"],
  [5541, 5542, "fuel"],
  [5511, 5599, "fuel"], // car dealers, parts
  [5611, 5699, "shopping"], // clothing
  [5712, 5735, "shopping"], // furniture, electronics
  [5811, 5814, "restaurants"],
  [5815, 5818, "subscriptions"], // digital goods
  [5912, 5912, "health"],
  [5921, 5921, "groceries"],
  [5940, 5949, "shopping"],
  [5960, 5960, "insurance"],
  [5968, 5968, "subscriptions"],
  [5961, 5969, "shopping"],
  [5975, 5976, "health"], // hearing aids; orthopaedic goods and prosthetic devices
  [5977, 5977, "drugstore"],
  [5983, 5983, "utilities"], // heating fuel
  [5993, 5994, "groceries"], // tobacconists and newsagents, filed with groceries as shop-kinds.ts files them
  [5995, 5999, "shopping"],
  [6010, 6011, "cash"],
  [6012, 6012, "transfers"],
  [6051, 6051, "savings"],
  [6211, 6211, "savings"],
  [6300, 6300, "insurance"],
  [6513, 6513, "rent"],
  [7011, 7011, "travel"],
  [7394, 7394, "shopping"], // equipment, tool and skip rental: hired for the works like a tradesman's tools (home-trades.ts)
  [7221, 7221, "shopping"], // photographic studios: passport photos and portraits are bought, as heuristics.ts files a Passbild
  [7210, 7299, "drugstore"], // laundry, hairdressers, spas
  [7512, 7512, "travel"],
  [7523, 7549, "fuel"], // parking, repairs, car wash
  [7832, 7841, "entertainment"],
  [7911, 7999, "entertainment"], // incl. gyms (7997) and betting (7995)
  [8011, 8099, "health"],
  [8211, 8299, "education"],
  [8398, 8398, "donations"],
  [9211, 9402, "taxes"],
];

/** The taxonomy key an MCC ("5411") points to, or null for unknown or uninformative codes. */
export function categoryForMcc(mcc: string | null | undefined): string | null {
  if (!mcc || !/^\d{4}$/.test(mcc.trim())) return null;
  const code = Number(mcc.trim());
  for (const [first, last, key] of MCC_RANGES) if (code >= first && code <= last) return key;
  return null;
}
