// Built-in brands of households whose shopping and community life run through immigrant-run and faith-linked
// businesses: the old country's TV packages and newspaper (subscriptions), its airlines (travel), modest fashion sold
// online (shopping), giving apps and Muslim charities (donations; remittance counters are in money-transfer.ts), a
// Dominican-American supermarket chain and a Lithuanian grocer (groceries) and a Dutch housing corporation
// (rent). Names that are ordinary words or a person's are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_COMMUNITIES: readonly MerchantRow[] = [
  // Kartina.TV, the Russian-language IPTV package, by its domain and its German company ("KARTINA DIGITAL GMBH").
  ["Kartina.TV", "subscriptions", "kartina tv", "kartina digital"],
  // Digiturk, the Turkish pay-TV package, by its euro subscription and its domain.
  ["Digiturk", "subscriptions", "digiturk", "digiturk com tr"],
  // Polsat Box Go, the Polish streaming package.
  ["Polsat Box Go", "subscriptions", "polsat box go", "polsat box"],
  // Globoplay, the Brazilian streaming service, billed by Globo Comunicação.
  ["Globoplay", "subscriptions", "globoplay"],
  // Daily Jang, the Urdu newspaper, billed by its London publisher.
  ["Daily Jang", "subscriptions", "daily jang", "jang publications"],
  // Modanisa, the Turkish modest-fashion web shop ("MODANISA ELEKTRONIK TICARET").
  ["Modanisa", "shopping", "modanisa"],
  // Airlines flying home: Freebird (Antalya), Fly All Ways (Paramaribo), Royal Jordanian (rj.com), Airblue (Pakistan).
  ["Freebird Airlines", "travel", "freebird airlines", "flyfreebird"],
  ["Fly Allways", "travel", "fly allways", "flyallways"],
  ["Royal Jordanian", "travel", "royal jordanian", "rj com amman"],
  ["Airblue", "travel", "airblue"],
  // Givt, the Dutch collection app churches and mosques take gifts through.
  ["Givt", "donations", "givt"],
  // Ummah Welfare Trust, the Bolton charity, and its initials as its online giving prints them.
  ["Ummah Welfare Trust", "donations", "ummah welfare trust", "^uwt"],
  // muslimehelfen e.V., the German Muslim relief charity, also cut by PayPal's field ("MUSLIMEHELF").
  ["muslimehelfen", "donations", "muslimehelfen", "muslimehelf"],
  // Compare Foods, the Dominican-American supermarket chain of the East Coast.
  ["Compare Foods", "groceries", "compare foods", "compare supermarket"],
  // Lituanica, the Lithuanian grocers of London.
  ["Lituanica", "groceries", "lituanica"],
  // Maasdelta Groep, the housing corporation of Spijkenisse and Voorne aan Zee.
  ["Maasdelta Groep", "rent", "maasdelta", "maasdelta groep"],
];
