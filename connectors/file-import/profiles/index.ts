// Every named bank profile, most specific first. Adding a bank is its file
// and one line here.
import { commerzbank } from "./commerzbank.ts";
import { consorsbank } from "./consorsbank.ts";
import { deutscheBank } from "./deutsche-bank.ts";
import { dkb2023, dkb2023Visa } from "./dkb-2023.ts";
import { dkbLegacy, dkbLegacyVisa } from "./dkb-legacy.ts";
import { ingDe } from "./ing-de.ts";
import { n26 } from "./n26.ts";
import { paypal } from "./paypal.ts";
import { sparkasseCard } from "./sparkasse-card.ts";
import { sparkasseCamt, sparkasseMt940 } from "./sparkasse.ts";
import type { BankCsvProfile } from "./types.ts";
import { volksbank } from "./volksbank.ts";

/** German banks and PayPal (bank-formats.md §1.1, §1.5). */
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
  paypal,
];

export const BANK_PROFILES: readonly BankCsvProfile[] = [...GERMAN_PROFILES];

export function findProfile(text: string): BankCsvProfile | null {
  return BANK_PROFILES.find((p) => p.detect(text)) ?? null;
}

export type { BankCsvProfile } from "./types.ts";
