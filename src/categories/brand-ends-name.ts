// "BUBBLE CITEA LEEDS" is the tea bar Bubble CiTea, not the bus network Citéa: a brand whose name is one short coined
// word, found as the last word of a two-word name whose first word is a word of the name's own, is that shop's word.
// The first word must not be what puts a brand after it on a card text: a payment wrapper ("VISA", "GOOGLE PAY"), a
// short operator's or terminal's code ("SSP", "DD"), a town ("<TOWN> BRAND"), an article or a firm's honorific
// ("Koninklijke Auping"), another brand or a kind of shop ("PIZZA …"). A brand whose own phrase is the whole name
// ("amrest starbucks") stays the brand. Only short one-word brands: a longer brand's word ("STARBUCKS") after an
// operator's name is that brand far more often than another shop's coined name, and a brand in capitals is initials
// ("BKOFAMERICA ATM" is a cash machine, not a shop called that). The two-word text as printed is merchant-name.ts's
// surnameLikeBrand; this reads the name once the town after it is gone.
import { brandsNamedBy, matchMerchantText } from "./merchant-dictionary.ts";
import { contentCategory } from "./heuristics.ts";
import { CITIES } from "./places.ts";
import { foldText, stripPaymentWrappers } from "./normalize.ts";
import { LEADING_ARTICLES } from "./descriptor.ts";

// Shorter first words are too often a code an operator or a terminal prints before the brand.
const MIN_LEAD = 4;
const OPENERS: ReadonlySet<string> = new Set([...LEADING_ARTICLES, "le", "la", "el", "il", "au", "chez", "koninklijke", "koninklijk", "royal", "konigliche", "koenigliche"]);
// A coined brand word this short is the one another shop's name can end in by chance.
const SHORT_BRAND = /^\p{L}{3,6}$/u;

/** True when `name` is a word of its own and then, ending it, one word naming the brand `brand` (the brand is no part of it). */
export function brandEndsOtherName(name: string | null | undefined, brand: { name: string; generic: boolean }): boolean {
  if (!name || brand.generic || !SHORT_BRAND.test(foldText(brand.name)) || brand.name === brand.name.toUpperCase()) return false;
  const words = foldText(name).split(" ");
  if (words.length !== 2) return false;
  const [lead, last] = words as [string, string];
  if (!brandsNamedBy(last).some((m) => m.name === brand.name) || brandsNamedBy(name).some((m) => m.name === brand.name)) return false;
  if (lead.length < MIN_LEAD || !/^\p{L}+$/u.test(lead) || OPENERS.has(lead) || stripPaymentWrappers(lead) !== lead || CITIES.has(lead)) return false;
  return matchMerchantText(lead) === null && contentCategory({ amountSign: -1, texts: [lead] }) === null;
}
