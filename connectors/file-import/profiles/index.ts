// Every named bank profile, most specific first. Adding a bank is its file
// and one line here.
import { abnAmroProfile } from "./abn-amro.ts";
import { amexDeProfile, amexUkProfile, amexUsProfile } from "./amex.ts";
import { bofaCardProfile, bofaCheckingProfile } from "./bank-of-america.ts";
import { barclaysProfile } from "./barclays.ts";
import { boursoramaProfile } from "./boursorama.ts";
import { bunqCommaProfile, bunqProfile } from "./bunq.ts";
import { capitalOneProfile } from "./capital-one.ts";
import { chaseCardProfile, chaseCheckingProfile } from "./chase.ts";
import { citiProfile } from "./citi.ts";
import { commerzbank } from "./commerzbank.ts";
import { consorsbank } from "./consorsbank.ts";
import { deutscheBank } from "./deutsche-bank.ts";
import { discoverProfile } from "./discover.ts";
import { dkb2023, dkb2023Visa } from "./dkb-2023.ts";
import { dkbLegacy, dkbLegacyVisa } from "./dkb-legacy.ts";
import { hsbcProfile } from "./hsbc.ts";
import { ingDe } from "./ing-de.ts";
import { ingNlOldProfile, ingNlProfile } from "./ing-nl.ts";
import { lloydsProfile } from "./lloyds.ts";
import { monzoProfile } from "./monzo.ts";
import { n26 } from "./n26.ts";
import { nationwideProfile } from "./nationwide.ts";
import { natwestProfile } from "./natwest.ts";
import { newdayProfile } from "./newday.ts";
import { paypal } from "./paypal.ts";
import { rabobankProfile } from "./rabobank.ts";
import { revolutProfile } from "./revolut.ts";
import { sparkasseCard } from "./sparkasse-card.ts";
import { sparkasseCamt, sparkasseMt940 } from "./sparkasse.ts";
import { starlingProfile } from "./starling.ts";
import type { BankCsvProfile } from "./types.ts";
import { volksbank } from "./volksbank.ts";
import { volksbankUmsatzanzeige } from "./volksbank-umsatzanzeige.ts";
import { wellsFargoProfile } from "./wells-fargo.ts";
import { wiseHistoryProfile, wiseStatementProfile } from "./wise.ts";

/** German banks, PayPal (bank-formats.md §1.1, §1.5) and Amex Germany (amex.ts says where its layout is from). */
export const GERMAN_PROFILES: readonly BankCsvProfile[] = [
  dkb2023,
  dkb2023Visa,
  dkbLegacy,
  dkbLegacyVisa,
  ingDe,
  sparkasseCamt,
  sparkasseMt940,
  sparkasseCard,
  deutscheBank,
  commerzbank,
  consorsbank,
  n26,
  volksbank,
  volksbankUmsatzanzeige,
  paypal,
  amexDeProfile,
];

/** UK, EU and US exports (bank-formats.md §1.2-1.4); header-less shapes last. */
export const INTERNATIONAL_PROFILES: readonly BankCsvProfile[] = [
  revolutProfile,
  wiseStatementProfile,
  wiseHistoryProfile,
  bunqCommaProfile,
  bunqProfile,
  ingNlProfile,
  ingNlOldProfile,
  rabobankProfile,
  boursoramaProfile,
  monzoProfile,
  starlingProfile,
  barclaysProfile,
  nationwideProfile,
  lloydsProfile,
  natwestProfile,
  amexUkProfile,
  amexUsProfile,
  newdayProfile,
  chaseCheckingProfile,
  chaseCardProfile,
  capitalOneProfile,
  bofaCheckingProfile,
  bofaCardProfile,
  discoverProfile,
  citiProfile,
  abnAmroProfile,
  wellsFargoProfile,
  hsbcProfile,
];

export const BANK_PROFILES: readonly BankCsvProfile[] = [...GERMAN_PROFILES, ...INTERNATIONAL_PROFILES];

export function findProfile(text: string): BankCsvProfile | null {
  return BANK_PROFILES.find((p) => p.detect(text)) ?? null;
}

export type { BankCsvProfile } from "./types.ts";
