// More built-in brands, the twentieth list: German names met again that the second tuning round found
// printed in a form the older phrases missed: Munich's beer hall on the Nockherberg, whose brewery's own
// name would otherwise claim it.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_20: readonly MerchantRow[] = [
  // The venue, printed with or without "am" and with its company's words after it.
  ["Paulaner am Nockherberg", "restaurants", "paulaner am nockherberg", "paulaner nockherberg"],
];
