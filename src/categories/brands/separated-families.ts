// Built-in brands of single parents and separated families, children living across two households, in the UK, the
// US, France and the Netherlands: scouting and guiding bodies, swimming lessons and youth sports leagues
// (entertainment, the sports-clubs policy); indoor play and trampoline chains (entertainment); holiday camps, a
// colonies operator, after-school franchises, tutoring and childcare (education, as childcare is); the state's
// tax-free childcare account (education, money paid into a childcare account); a babysitter-finding membership
// (subscriptions); a child's phone network (utilities, a child's own phone plan); a rental-application portal (rent, the listing-portal policy); an online divorce service and the
// Dutch judiciary's court fees (other, like notaries; taxes, as court fees are).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_SEPARATED_FAMILIES: readonly MerchantRow[] = [
  // Scouting and guiding, by the national bodies' names and domains.
  ["Girlguiding", "entertainment", "girlguiding", "girlguiding hq", "girlguiding org uk"],
  ["Girl Scouts", "entertainment", "girl scouts of the usa", "girlscouts", "girlscouts org", "girl scouts usa"],
  ["Scouting America", "entertainment", "scouting america", "scoutingamerica", "scoutingamerica org"],
  // Swimming lessons for babies and toddlers, and a youth sports league franchise.
  ["Turtle Tots", "entertainment", "turtle tots"],
  ["i9 Sports", "entertainment", "i9 sports", "i9sports", "i9sports com"],
  // Indoor play and trampoline chains ("Royal Kids" and "Kidsplaza" in France and the Netherlands).
  ["Royal Kids", "entertainment", "royal kids"],
  ["Kidsplaza", "entertainment", "kidsplaza"],
  ["Jumpsquare", "entertainment", "jumpsquare"],
  // Holiday camps and after-school clubs; "Barracudas" alone is a team's name, so only with the camp's words.
  ["SuperCamps", "education", "supercamps", "supercamps co uk"],
  ["Barracudas", "education", "barracudas activity", "barracudas co uk", "barracudas activity day camps"],
  ["Premier Education", "education", "premier education", "premier education group", "premier education com"],
  ["Aroeven", "education", "aroeven"],
  ["Telligo", "education", "telligo", "telligo sejours", "telligo fr"],
  ["Kids 'R' Kids", "education", "kids r kids", "kids r kids learning academy", "kids r kids learning acad"],
  ["Club Z! Tutoring", "education", "club z tutoring", "clubztutoring", "clubztutoring com"],
  ["Kibeo", "education", "kibeo", "kibeo kinderopvang"],
  // The UK state's top-up of a childcare account, as HMRC's service prints it.
  ["Tax-Free Childcare", "education", "childcare service tfc", "tax free childcare", "taxfree childcare"],
  // A child's own phone plan on a kids' network.
  ["Troomi", "utilities", "troomi", "troomi wireless"],
  // Finding a babysitter by membership.
  ["Yoopies", "subscriptions", "yoopies", "yoopies fr"],
  // A rental-application portal's fees.
  ["RentSpree", "rent", "rentspree", "rentspree com"],
  // An online divorce service; "amicable" alone is an everyday word.
  ["Amicable", "other", "amicable divorce", "amicable io"],
  // The Dutch judiciary's court fees (griffierecht).
  ["Rechtspraak", "taxes", "rechtspraak", "de rechtspraak"],
];
