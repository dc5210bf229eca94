// More built-in brands: what motorists in Germany, the UK, the US and the Netherlands pay to run a car — EV charging
// networks and home wallboxes, car washes, parts shops on the web, tyre and service chains, dealer groups, car insurers
// and car lenders, a toll road. (Many were listed already: ADAC, ATU, Kwik Fit, Halfords, AutoZone, IONITY, the turnpikes …)
// By policy a car's running costs are fuel (charging, washes, parts, workshops, loans); its insurance is insurance.
// Names that are ordinary words (Marshall, Listers, Emporia) are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_MOTORISTS: readonly MerchantRow[] = [
  // Charging an electric car: networks, charge-point operators and home wallboxes.
  ["The Mobility House", "fuel", "the mobility house", "mobility house", "mobilityhou"],
  ["GET Charge", "fuel", "getcharge", "get charge"],
  ["Numbat", "fuel", "numbat", "numbat gmbh"],
  ["myenergi", "fuel", "myenergi", "myenergi com"],
  // Car washes.
  ["Cleanpark", "fuel", "cleanpark"],
  // Parts and tyres on the web.
  ["pkwteile.de", "fuel", "pkwteile de", "pkwteile"],
  ["Banden.nl", "fuel", "banden nl"],
  ["RockAuto", "fuel", "rockauto", "rockauto com"],
  ["JEGS", "fuel", "jegs", "jegs com", "jegs high performance"],
  ["CarParts.com", "fuel", "carparts com"],
  // Tyre and service chains, dealer groups.
  ["Tuffy", "fuel", "tuffy tire", "tuffy auto", "tuffy tire auto"],
  ["Quick Lane", "fuel", "quick lane", "quick lane tire auto"],
  ["Marshall Motor Group", "fuel", "marshall motor group", "marshall motor grp", "marshall motor holdings"],
  ["Listers", "fuel", "listers group", "listers group ltd"],
  ["Hedin Automotive", "fuel", "hedin automotive"],
  // Motoring clubs: breakdown cover.
  ["ACE Auto Club Europa", "fuel", "ace auto club europa", "auto club europa"],
  // Car insurers.
  ["Bovemij", "insurance", "bovemij", "bovemij schadeverzekeringsmaatschappij"],
  ["Pekin Insurance", "insurance", "pekin insurance", "pekin ins"],
  ["Insure 2 Drive", "insurance", "insure 2 drive", "insure2drive"],
  // Car lenders: a car's loan is its running cost.
  ["MotoNovo Finance", "fuel", "motonovo", "motonovo finance"],
  ["Westlake Financial", "fuel", "westlake financial", "westlake financial svcs"],
  ["Stellantis Bank", "fuel", "stellantis bank"],
  // Toll roads.
  ["Ohio Turnpike", "fuel", "ohio tpk"],
  ["Blankenburgverbinding", "fuel", "blankenburgverbinding"],
  // The power a car charges at home is the home's: a utility's bill stays a utility's.
  ["AES Ohio", "utilities", "aes ohio"],
];
