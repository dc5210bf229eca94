// Who owns which demo account, and the fixed facts (salary, rent, IBANs) of
// each "persona". Everything derives from the seed, never from the clock.
import type { NormalizedAccount } from "../types.ts";
import { EMPLOYERS, LANDLORDS, ibanFor } from "./merchants.ts";
import { germanIban } from "./money.ts";
import { Prng, hashInts } from "./prng.ts";

export type Role = "checking" | "savings" | "card";

/** Salts keep the per-purpose random streams of one day independent of each other. */
export const SALT = { persona: 1, daily: 2, refund: 3, fixed: 4, opening: 5, fx: 6 } as const;

export interface Persona {
  employer: string;
  employerIban: string;
  salaryCents: number;
  landlord: string;
  landlordIban: string;
  rentCents: number;
  savingsCents: number;
  hasCar: boolean;
  hasGym: boolean;
  cardDigits: string;
}

export interface StreamSpec {
  index: number;
  role: Role;
  account: NormalizedAccount;
  persona: Persona;
  /** checking: the savings account its standing order feeds. */
  savingsIndex?: number;
  /** checking: the card it settles monthly. card: the checking account that pays it. */
  cardIndex?: number;
  payerIndex?: number;
}

/** One money movement before it is dated and given an id; amounts in integer cents. */
export interface DemoEvent {
  cents: number;
  /** 0: SEPA, booked the same day. 1: card payment, pending first and booked the next day. */
  lag: 0 | 1;
  counterpartyName: string;
  counterpartyIban?: string;
  description: string;
  pendingDescription?: string;
  merchant?: string;
  transactionType: string;
  category: string;
  originalCents?: number;
  originalCurrency?: string;
  /** Settlements are left out when the card's own monthly total is computed. */
  settlement?: boolean;
}

function persona(seed: number, index: number): Persona {
  const r = new Prng(hashInts(seed, index, SALT.persona));
  const employer = r.pick(EMPLOYERS);
  const landlord = r.pick(LANDLORDS);
  return {
    employer,
    employerIban: ibanFor(employer, "10070000"),
    salaryCents: r.int(2800, 3600) * 100 + r.int(0, 99),
    landlord,
    landlordIban: ibanFor(landlord, "10090000"),
    rentCents: r.int(17, 26) * 5000,
    savingsCents: r.int(4, 10) * 5000,
    hasCar: index === 0 || r.chance(0.6),
    hasGym: index === 0 || r.chance(0.5),
    cardDigits: String(r.int(1000, 9999)),
  };
}

function accountFor(seed: number, index: number, role: Role, ordinal: number, p: Persona): NormalizedAccount {
  const suffix = ordinal > 1 ? ` ${ordinal}` : "";
  const iban = role === "card" ? null : germanIban("12030000", String(hashInts(seed, index) % 10_000_000_000));
  const name = role === "checking" ? `Girokonto${suffix}` : role === "savings" ? `Tagesgeld${suffix}` : `Visa Card ****${p.cardDigits}`;
  return { externalId: `${role}-${ordinal}`, name, currency: "EUR", type: role === "card" ? "CREDIT_CARD" : role === "checking" ? "CHECKING" : "SAVINGS", iban };
}

/**
 * Account layout: 0 checking, 1 savings, 2 credit card; every further pair is
 * another checking account with its own life plus a card it settles.
 */
export function buildStreams(seed: number, accounts: number): StreamSpec[] {
  if (!Number.isInteger(accounts) || accounts < 1) throw new Error(`accounts must be a positive integer: ${accounts}`);
  const specs: StreamSpec[] = [];
  const ordinals: Record<Role, number> = { checking: 0, savings: 0, card: 0 };
  for (let i = 0; i < accounts; i++) {
    const role: Role = i === 0 ? "checking" : i === 1 ? "savings" : i === 2 ? "card" : (i - 3) % 2 === 0 ? "checking" : "card";
    ordinals[role]++;
    // A card shares its payer's persona so both sides of the settlement agree on the card number.
    const payerIndex = role === "card" ? (i === 2 ? 0 : i - 1) : undefined;
    const p = persona(seed, payerIndex ?? i);
    const spec: StreamSpec = { index: i, role, account: accountFor(seed, i, role, ordinals[role], p), persona: p };
    if (payerIndex !== undefined) spec.payerIndex = payerIndex;
    specs.push(spec);
  }
  const first = specs[0];
  if (first && accounts >= 2) first.savingsIndex = 1;
  for (const s of specs) {
    if (s.payerIndex === undefined) continue;
    const payer = specs[s.payerIndex];
    if (payer) payer.cardIndex = s.index;
  }
  return specs;
}

/** Balance of a checking/savings account when the window opens; cards are derived from their unsettled spend. */
export function fixedOpeningCents(seed: number, spec: StreamSpec): number {
  const r = new Prng(hashInts(seed, spec.index, SALT.opening));
  if (spec.role === "savings") return r.int(6000, 15000) * 100 + r.int(0, 99);
  if (spec.role === "checking") return r.int(1800, 4200) * 100 + r.int(0, 99);
  return 0;
}
