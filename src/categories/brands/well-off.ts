// Built-in brands of well-off households: private banks and wealth managers (their fees), auction houses, designer and
// country-fashion houses, jewellers, wine merchants, yachting and riding outfitters, a rowing club, racing and a museum,
// boarding schools, private health cover and concierge medicine, travel and lifestyle concierges, private jets, share
// registrars paying dividends, and the grand hotels and restaurants of the towns such households live in. By policy a
// hotel is travel even when its restaurant is what was paid, an auction house and a gallery's sale are shopping, a
// wine merchant groceries, a nanny-payroll service education (childcare), a life-insurance wrapper savings.
// Names that are ordinary words, a town's or a person's are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_WELL_OFF: readonly MerchantRow[] = [
  // Private banks and wealth managers: their mandate, custody and account fees.
  ["Berenberg", "fees", "berenberg", "joh berenberg", "berenberg gossler"],
  ["Coutts", "fees", "coutts", "coutts co"],
  ["Bessemer Trust", "fees", "bessemer trust", "bessemer trust co"],
  // Share registrars that pay dividends out for listed companies.
  ["Equiniti", "income_other", "equiniti", "equiniti ltd"],
  ["Computershare", "income_other", "computershare"],
  // A French life-insurance house: paying into an assurance-vie contract is saving.
  ["Spirica", "savings", "spirica"],
  // Auction houses, in their trading and legal names.
  ["Grisebach", "shopping", "grisebach"],
  ["Lempertz", "shopping", "lempertz", "kunsthaus lempertz"],
  ["Ketterer Kunst", "shopping", "ketterer kunst"],
  ["Hauswedell & Nolte", "shopping", "hauswedell nolte", "hauswedell"],
  ["Christie's", "shopping", "christies", "christie manson woods", "christie manson"],
  ["Sotheby's", "shopping", "sothebys"],
  ["Dreweatts", "shopping", "dreweatts", "dreweatts 1759"],
  ["Hindman", "shopping", "leslie hindman", "hindman auctions"],
  ["Doyle", "shopping", "doyle new york", "doyle auctioneers"],
  // Designer and country-fashion houses, concept stores and jewellers.
  ["Chanel", "shopping", "chanel", "chanel sas"],
  ["Dior", "shopping", "christian dior", "dior couture", "christian dior couture"],
  ["Jil Sander", "shopping", "jil sander"],
  ["Bogner", "shopping", "willy bogner", "bogner kitzbuhel", "bogner munchen", "bogner store", "bogner shop"],
  ["Sportalm", "shopping", "sportalm"],
  ["Apropos", "shopping", "apropos the concept store", "apropos concept store"],
  ["Rüschenbeck", "shopping", "ruschenbeck", "juwelier ruschenbeck", "ruschenbeck juweliere"],
  ["Boodles", "shopping", "boodles"],
  ["Lilly Pulitzer", "shopping", "lilly pulitzer"],
  ["J.McLaughlin", "shopping", "jmclaughlin", "j mclaughlin", "jmclaughlin com"],
  ["Richards", "shopping", "richards of greenwich", "richards greenwich"],
  ["Van Bommel", "shopping", "koninklijke van bommel", "van bommel schoenen", "van bommel shoes"],
  // Riding, golf and yachting outfitters.
  ["Horze", "shopping", "horze", "horze international"],
  ["Ride-Away", "shopping", "ride away", "rideaway"],
  ["Golfbidder", "shopping", "golfbidder"],
  ["Golfsupport", "shopping", "golfsupport"],
  ["A.W. Niemeyer", "shopping", "aw niemeyer", "a w niemeyer"],
  ["Datema", "shopping", "datema navigatie", "datema delfzijl"],
  // Wine merchants.
  ["Sherry-Lehmann", "groceries", "sherry lehmann"],
  ["Calvert Woodley", "groceries", "calvert woodley"],
  ["Binny's Beverage Depot", "groceries", "binnys", "binnys beverage depot"],
  // Clubs, racing, museums.
  ["Leander Club", "entertainment", "leander club"],
  ["France Galop", "entertainment", "france galop"],
  ["Singer Laren", "entertainment", "singer laren", "museum singer"],
  // Schools, health cover and clinics, childcare payroll.
  ["Louisenlund", "education", "louisenlund", "stiftung louisenlund"],
  ["Nannytax", "education", "nannytax"],
  ["WPA", "insurance", "wpa private health", "wpa health", "^wpa"],
  ["Openly", "insurance", "openly insurance", "openly ins"],
  ["MDVIP", "health", "mdvip"],
  ["ATOS Klinik", "health", "atos klinik", "atos clinic"],
  // Travel and lifestyle concierges, travel agencies and private jets.
  ["Quintessentially", "travel", "quintessentially"],
  ["Cazenove+Loyd", "travel", "cazenove loyd"],
  ["Protravel International", "travel", "protravel", "protravel intl", "protravel international"],
  ["NetJets", "travel", "netjets", "netjets aviation"],
  // Grand hotels (travel, by the hotel policy) and restaurants.
  ["Louis C. Jacob", "travel", "louis c jacob", "hotel louis c jacob"],
  ["Tennerhof", "travel", "tennerhof", "hotel tennerhof"],
  ["Villa Rothschild", "travel", "villa rothschild"],
  ["San Ysidro Ranch", "travel", "san ysidro ranch"],
  ["Parkheuvel", "restaurants", "parkheuvel", "restaurant parkheuvel"],
  ["Gibsons", "restaurants", "gibsons bar", "gibsons steakhouse", "gibsons bar steakhouse"],
  ["Pierre Lafond", "restaurants", "pierre lafond"],
  // A second home's supply and its marina.
  ["Stadtwerke Kitzbühel", "utilities", "stadtwerke kitzbuhel"],
  ["Altis", "utilities", "altis groupe", "altis energie"],
  ["Hamburger Yachthafen", "travel", "hamburger yachthafen", "hamburger yachthafen gemeinschaft"],
];
