// More built-in brands, the twenty-third list: businesses caravanners, boat owners and bereaved
// households meet again and again — motorhome makers and outfitters, camping clubs and apps, the sea
// rescue charity, national pension payers and funeral chains — found printed under company or
// department words ("Kundencenter", "Reisemobil-Center", "Enterprises", "Publishing") that hid the name.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_23: readonly MerchantRow[] = [
  // Motorhome and caravan makers, dealers and outfitters (chains and big online shops).
  ["Dethleffs", "shopping", "dethleffs"],
  ["Reimo", "shopping", "reimo"],
  ["Movera", "shopping", "movera", "movera com"],
  ["Lazydays", "shopping", "lazydays", "lazydays rv"],
  ["Vrijbuiter", "shopping", "vrijbuiter"],
  ["Hamilton Marine", "shopping", "hamilton marine"],
  ["Jimmy Green Marine", "shopping", "jimmygreen", "jimmygreen com", "jimmy green marine"],
  ["Compass24", "shopping", "compass24"],
  ["Toplicht", "shopping", "toplicht"],
  ["West Marine", "shopping", "west marine"],
  ["Marskramer", "shopping", "marskramer"],
  // Camping clubs, pitch guides and booking platforms.
  ["Good Sam", "entertainment", "good sam", "good sam club", "good sam enterprises"],
  ["Thousand Trails", "travel", "thousand trails", "thousandtrails", "thousandtrails com"],
  ["Campercontact", "subscriptions", "campercontact"],
  ["ACSI", "subscriptions", "^acsi", "acsi publishing"],
  ["park4night", "subscriptions", "park4night"],
  ["Natuurhuisje", "travel", "natuurhuisje", "natuurhuisje nl"],
  // France's network of motorhome areas (its "camping-car" would read as the vehicle's upkeep) and a chain of marinas.
  ["Camping-Car Park", "travel", "camping car park"],
  ["im-jaich", "travel", "im jaich"],
  // A Dutch chain of unmanned filling stations, and the UK's boat insurer.
  ["TankPro", "fuel", "tankpro"],
  ["Navigators & General", "insurance", "navigators general"],
  // The German sea rescue charity, printed under its long name or its initials.
  ["DGzRS", "donations", "dgzrs", "deutsche gesellschaft zur rettung schiffbruchiger"],
  // National pension payers: a pension is other income (the policy), whatever word the payer prints.
  ["PFZW", "income_other", "pfzw", "pensioenfonds zorg en welzijn"],
  ["Assurance retraite", "income_other", "cnav", "cnav retraite", "assurance retraite"],
  // A UK motorhome dealer of several sites (Brownhills alone is a town).
  ["Brownhills", "shopping", "brownhills motorhomes"],
  // The courts' service, whose fees (probate, family court) are paid to the state.
  ["HMCTS", "taxes", "hmcts"],
  // A US health system, not the insurer HealthPartners its "Health Partners" would read as.
  ["Mercy Health", "health", "mercy health", "mercy health partners"],
  // Funeral chains.
  ["Roc Eclerc", "other", "roc eclerc"],
  ["PFG", "other", "ogf pfg", "pompes funebres generales"],
];
