// Built-in brands of households living with a chronic illness or a disability and of those who care for them:
// low-vision and hearing aids, diabetes sensors, medical supplies and wheelchairs sold by post, online pharmacies,
// hospital groups and home care (health); health insurers (insurance); gluten-free food makers and shops (groceries);
// a ramp builder (shopping, a tradesman's work); and the patient associations they give to (donations).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_CARERS: readonly MerchantRow[] = [
  // Marland, the Wangen mail-order house for blind and low-vision aids ("Marland" alone is a surname and a town).
  ["Marland", "health", "marland gmbh", "marland blindenhilfsmittel", "marland de"],
  // Abbott's FreeStyle Libre glucose sensors, sold by its German shop ("ABBOTT GMBH FREESTYLE SHO").
  ["Abbott", "health", "abbott freestyle", "abbott gmbh freestyle", "freestyle libre"],
  // Optelec, the Dutch maker of magnifiers and reading aids for low vision, and its web shop.
  ["Optelec", "health", "optelec"],
  // Medireva, the Dutch supplier of home medical aids.
  ["Medireva", "health", "medireva"],
  // Connevans, the Redhill supplier of equipment for deaf people.
  ["Connevans", "health", "connevans"],
  // Essential Aids, the British mail-order shop for daily-living aids, by its domain.
  ["Essential Aids", "health", "essential aids", "essentialaids", "essentialaids com"],
  // SpinLife and 1800Wheelchair, the American web shops for wheelchairs and mobility aids.
  ["SpinLife", "health", "spinlife", "spinlife com"],
  ["1800Wheelchair", "health", "1800wheelchair", "1800wheelchair com"],
  // Careshop, the German web shop for care and medical supplies.
  ["Careshop", "health", "careshop"],
  // NowRx, the Californian pharmacy that delivers.
  ["NowRx", "health", "nowrx"],
  // Audibel, the American hearing-aid maker's dealer network ("AUDIBEL HEARING CTR").
  ["Audibel", "health", "audibel"],
  // Hospital groups of Illinois and Pennsylvania, by their cut card names ("UNITYPOINT HLTH", "OSF SAINT FRANCIS MED CTR").
  ["OSF HealthCare", "health", "osf healthcare", "osf saint francis", "osf st francis", "osf medical group"],
  ["UnityPoint Health", "health", "unitypoint", "unitypoint health", "unitypoint hlth"],
  ["Penn State Health", "health", "penn state health", "penn state hershey"],
  // Home Helpers Home Care, the American home-care franchise ("Home Helpers" alone could be any cleaner's name).
  ["Home Helpers Home Care", "health", "home helpers home care"],
  // Health insurers of Pennsylvania and Illinois.
  ["Capital Blue Cross", "insurance", "capital blue cross"],
  ["Health Alliance", "insurance", "health alliance medical plans", "health alliance medical"],
  // Dr. Schär, the gluten-free food maker, by its German company; Dietary Specials, the British gluten-free brand's shop.
  ["Dr. Schär", "groceries", "dr schar", "schar deutschland"],
  ["Dietary Specials", "groceries", "dietary specials", "dietaryspecials", "dietaryspecials co uk"],
  // Amramp, the American franchise that builds wheelchair ramps at home.
  ["Amramp", "shopping", "amramp"],
  // Patient associations, which take gifts and dues but keep no charity shop (NO_SHOP_CHARITIES, below; Alzheimer
  // Nederland is extra-28.ts's).
  ["DMSG", "donations", "dmsg", "deutsche multiple sklerose gesellschaft"],
  ["Stiftung Deutsche Schlaganfall-Hilfe", "donations", "schlaganfall hilfe", "stiftung deutsche schlaganfall"],
  ["APF France handicap", "donations", "apf france handicap"],
  ["Hulphond Nederland", "donations", "hulphond nederland"],
  ["Coeliac UK", "donations", "coeliac uk"],
  ["Spinal Injuries Association", "donations", "spinal injuries association", "spinal injuries assoc"],
  ["Muscular Dystrophy Association", "donations", "muscular dystrophy association", "muscular dystrophy assoc"],
];

/** Patient associations among the rows above: a card paid to them is a gift, since they keep no shop to sell at. */
export const NO_SHOP_CHARITIES: ReadonlySet<string> = new Set([
  "DMSG", "Stiftung Deutsche Schlaganfall-Hilfe", "APF France handicap", "Alzheimer Nederland", "Hulphond Nederland", "Coeliac UK",
  "Spinal Injuries Association", "Muscular Dystrophy Association",
]);
