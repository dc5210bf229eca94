// More built-in brands, the sixteenth list: German businesses that German bank
// customers meet again and again (a streaming service, a ticket shop, a regional energy supplier,
// the child benefit office, an online pharmacy, a vehicle inspection organisation).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
// A brand whose name is a common word, a first name or a town gets a longer phrase or "^".
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_16: readonly MerchantRow[] = [
  // A German streaming service for films before they reach the big platforms ("SOONER.DE").
  ["Sooner", "subscriptions", "sooner de"],
  ["Tixforgigs", "entertainment", "tixforgigs"],
  // The Saarland's energy supplier (Saarbrücken): electricity and gas instalments.
  ["energis", "utilities", "energis"],
  // The Federal Employment Agency's child benefit office: people name the office that pays them, not its parent agency.
  ["Familienkasse", "income_other", "familienkasse"],
  // An online pharmacy; a nationwide vehicle inspection organisation (as TÜV and DEKRA); a medical supply chain in the Rhineland.
  ["Aliva", "health", "aliva de", "aliva apotheke"],
  ["FSP", "fuel", "fsp fahrzeug sicherheitsprufung", "fsp fahrzeugsicherheitsprufung"],
  ["Sanitätshaus Rahm", "health", "rahm zentrum fur gesundheit", "sanitatshaus rahm"],
];
