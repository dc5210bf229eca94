// Built-in brands of frequent travellers and expats: airlines, hotel groups and coach lines of the Balkans, Eastern
// Europe and further away, airport retail, holiday-home portals, eSIM and travel-SIM providers, visa centres, a
// shipping broker, luggage makers and international health insurers. Airlines, hotels, holiday lets and lounge
// memberships are travel; coach lines transport; airport retail and luggage shopping; eSIMs utilities; visa centres
// taxes (a state's fee, collected); a parcel broker other; health insurers insurance.
// Names that are ordinary words are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_TRAVELLERS: readonly MerchantRow[] = [
  ["Air Montenegro", "travel", "air montenegro"],
  ["RwandAir", "travel", "rwandair", "rwand air"],
  ["Maistra", "travel", "maistra"],
  ["Arena Hotels", "travel", "arena hotels", "arena hospitality", "arena hospitality group"],
  ["Privium", "travel", "privium"],
  ["e-domizil", "travel", "e domizil", "edomizil"],
  ["Interchalet", "travel", "interchalet"],
  ["Atraveo", "travel", "atraveo"],
  ["Ecolines", "transport", "ecolines"],
  ["Atlassib", "transport", "atlassib"],
  ["Avolta", "shopping", "avolta"],
  ["Extime Duty Free", "shopping", "extime"],
  ["Rimowa", "shopping", "rimowa"],
  ["Samsonite", "shopping", "samsonite"],
  ["Truphone", "utilities", "truphone"],
  ["Keepgo", "utilities", "keepgo"],
  ["Drimsim", "utilities", "drimsim"],
  ["TLScontact", "taxes", "tlscontact"],
  ["VFS Global", "taxes", "vfs global", "vfsglobal"],
  ["iVisa", "taxes", "ivisa"],
  ["Eurosender", "other", "eurosender"],
  ["GeoBlue", "insurance", "geoblue"],
  ["MSH International", "insurance", "msh international"],
];
