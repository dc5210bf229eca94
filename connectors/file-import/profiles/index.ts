// Every named bank profile, most specific first. Adding a bank is its file
// and one line here.
import { abnAmroProfile } from "./abn-amro.ts";
import { amexUkProfile, amexUsProfile } from "./amex.ts";
import { bofaCardProfile, bofaCheckingProfile } from "./bank-of-america.ts";
import { barclaysProfile } from "./barclays.ts";
import { boursoramaProfile } from "./boursorama.ts";
import { bunqCommaProfile, bunqProfile } from "./bunq.ts";
import { capitalOneProfile } from "./capital-one.ts";
import { chaseCardProfile, chaseCheckingProfile } from "./chase.ts";
import { citiProfile } from "./citi.ts";
import { discoverProfile } from "./discover.ts";
import { ingNlOldProfile, ingNlProfile } from "./ing-nl.ts";
import { lloydsProfile } from "./lloyds.ts";
import { monzoProfile } from "./monzo.ts";
import { nationwideProfile } from "./nationwide.ts";
import { natwestProfile } from "./natwest.ts";
import { rabobankProfile } from "./rabobank.ts";
import { revolutProfile } from "./revolut.ts";
import { starlingProfile } from "./starling.ts";
import type { BankCsvProfile } from "./types.ts";
import { wellsFargoProfile } from "./wells-fargo.ts";
import { wiseHistoryProfile, wiseStatementProfile } from "./wise.ts";

export const BANK_PROFILES: readonly BankCsvProfile[] = [
  // UK, EU and US exports (bank-formats.md §1.2-1.4); header-less shapes last.
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
  chaseCheckingProfile,
  chaseCardProfile,
  capitalOneProfile,
  bofaCheckingProfile,
  bofaCardProfile,
  discoverProfile,
  citiProfile,
  abnAmroProfile,
  wellsFargoProfile,
];

export function findProfile(text: string): BankCsvProfile | null {
  return BANK_PROFILES.find((p) => p.detect(text)) ?? null;
}

export type { BankCsvProfile } from "./types.ts";
