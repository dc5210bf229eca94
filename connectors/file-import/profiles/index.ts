// Every named bank profile, most specific first. Adding a bank is its file
// and one line here.
import type { BankCsvProfile } from "./types.ts";

export const BANK_PROFILES: readonly BankCsvProfile[] = [];

export function findProfile(text: string): BankCsvProfile | null {
  return BANK_PROFILES.find((p) => p.detect(text)) ?? null;
}

export type { BankCsvProfile } from "./types.ts";
