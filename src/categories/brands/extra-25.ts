// More built-in brands, the twenty-fifth list: brands that sell from their own web shops under a
// brand owner's or a processor's prefix ("DECKERS*HOKA": Deckers Brands' store for HOKA), and a
// maker's own shop for work and sports safety gear ("UVEX SAFETY SHOP FUERTH").
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_25: readonly MerchantRow[] = [
  // Running shoes; "HOKA ONE ONE" is the older name still printed by some shops.
  ["HOKA", "shopping", "hoka one one", "deckers hoka", "^hoka"],
  // Helmets, goggles and safety wear, from the maker's shops (Fürth) and online.
  ["uvex", "shopping", "uvex safety", "uvex sports", "uvex shop", "^uvex"],
];
