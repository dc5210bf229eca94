// More built-in brands, the nineteenth list: pet owners' and gardeners' shops met again and again —
// pet food makers and online shops, grooming and dog-care chains, pet insurers, seed houses and
// garden-tool makers, tree-care companies — plus one generic kind of business: the dog groomer,
// whose "Hundefriseur" would otherwise read as the hairdresser's "~friseur".
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_19: readonly MerchantRow[] = [
  // A kind of business, not one (GENERIC_NAMES): its longer word part outranks the hairdresser's.
  ["Hundefriseur", "shopping", "~hundefriseur", "~tierfriseur"],
];
