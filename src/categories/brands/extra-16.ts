// More built-in brands, the sixteenth list: German businesses that German bank
// customers meet again and again (a streaming service, a ticket shop, a regional energy supplier).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
// A brand whose name is a common word, a first name or a town gets a longer phrase or "^".
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_16: readonly MerchantRow[] = [
  // A German streaming service for films before they reach the big platforms ("SOONER.DE").
  ["Sooner", "subscriptions", "sooner de"],
  ["Tixforgigs", "entertainment", "tixforgigs"],
  // The Saarland's energy supplier (Saarbrücken): electricity and gas instalments.
  ["energis", "utilities", "energis"],
];
