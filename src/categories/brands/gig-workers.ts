// Built-in brands of gig and platform workers (delivery riders, private-hire and parcel drivers, platform cleaners
// and handymen) in Germany, the UK, the US and the Netherlands: the platforms that pay them (their payouts are pay,
// categorize.ts PAYS_ITS_WORKERS; what a customer pays them is the service's), rider e-bike rental (transport), the
// phone plan (utilities), bookkeeping and mileage apps (subscriptions), a gas chain, a phone repairer, a hygiene
// wholesaler and a lumber yard.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_GIG_WORKERS: readonly MerchantRow[] = [
  // Delivery and errand platforms: a sender or a customer pays for a parcel's or a shopping's delivery (other, as
  // parcels and postage are); a driver or a rider is paid out.
  ["Stuart", "other", "stuart delivery", "stuart delivery ltd", "stuart france", "stuart france sas"],
  ["Roadie", "other", "roadie inc"],
  // Walmart's driver app pays drivers only.
  ["Spark Driver", "salary", "spark driver", "spark driver payout", "spark drv"],
  // Dutch handyman portal: a tradesman pays it for jobs (fees, the professional-dues policy), and is paid by it.
  ["Hoofdkraan", "fees", "hoofdkraan", "hoofdkraan b v", "hoofdkraan nl"],
  // E-bike rental by the week for delivery riders.
  ["Zoomo", "transport", "zoomo", "zoomo germany", "zoomo germany gmbh"],
  // A German mobile network's plans.
  ["WEtell", "utilities", "wetell", "wetell gmbh"],
  // Bookkeeping, tax-return and mileage apps for the self-employed.
  ["Accountable", "subscriptions", "accountable de", "accountable eu", "accountable io"],
  ["Hurdlr", "subscriptions", "hurdlr", "hurdlr inc"],
  // A Bay Area filling-station chain.
  ["Rotten Robbie", "fuel", "rotten robbie"],
  // A phone repair chain, by its name and the initials its terminals print ("UBIF 0713 SAN LEANDRO CA").
  ["uBreakiFix", "shopping", "ubreakifix", "^ubif"],
  // Cleaning and hygiene supplies for cleaners (Austria, Germany, the Netherlands).
  ["Hollu", "shopping", "hollu", "hollu systemhygiene", "hollu nederland"],
  // A Berkeley lumber yard and hardware store.
  ["Truitt & White", "shopping", "truitt white", "truitt and white", "truitt white lumber", "truitt and white lumber"],
];

/**
 * Platforms whose money in is a worker's payout, not a customer's refund: cleaning, handyman and delivery platforms
 * (brands/misc.ts holds the cleaning ones). A refund word or a card's own return still reads as a refund.
 */
export const PAYS_ITS_WORKERS: ReadonlySet<string> = new Set([
  "Helpling", "Book a Tiger", "Batmaid", "TaskRabbit", "Stuart", "Roadie", "Hoofdkraan", "Spark Driver",
]);
