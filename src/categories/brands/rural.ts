// More built-in brands: what rural and village households pay that no earlier list knew — the UK's heating-oil
// marketplace, a rural fixed-wireless broadband provider, the Dutch equestrian chain, and two regional transit operators
// whose tickets village buses and railways sell under their initials (Verkehrsgesellschaft Oberhessen, Eisenbahnen und
// Verkehrsbetriebe Elbe-Weser). By policy heating oil and broadband are utilities, riding shops shopping, buses transport.
// Initials that other firms share (EVB is also a Stadtwerk's) are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_RURAL: readonly MerchantRow[] = [
  // Heating oil ordered through a marketplace ("VIS BOILERJUICE.COM BRISTOL").
  ["BoilerJuice", "utilities", "boilerjuice", "boilerjuice com"],
  // Fixed-wireless broadband for villages ("AIRBAND COMMUNITY INTERNET AIRBAND BROADBAND AUGUST").
  ["Airband", "utilities", "airband", "airband community internet"],
  // The Dutch riding-sport chain ("EPPLEJECK 0117").
  ["Epplejeck", "shopping", "epplejeck", "epplejeck nl"],
  // Regional buses and railways by their initials and what follows them on a ticket machine's or a card's text.
  ["VGO", "transport", "vgo verkehrsges", "vgo verkehrsgesellschaft", "verkehrsgesellschaft oberhessen", "vgo bus", "vgo fahrkarte"],
  ["EVB", "transport", "evb elbe weser", "eisenbahnen und verkehrsbetriebe elbe weser", "evb fahrkarte", "evb bus"],
];
