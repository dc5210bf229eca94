// Every held-out pool retired into tuning data after it was scored, oldest
// first (the order decides which rows the seeded generator draws, so a new
// pool is appended, never inserted).
import { RETIRED2_RECURRING, RETIRED2_SHOPS, RETIRED2_WORDS } from "./pools-retired.ts";
import { RETIRED3_RECURRING, RETIRED3_SHOPS, RETIRED3_WORDS } from "./pools-retired3.ts";
import { RETIRED4_RECURRING, RETIRED4_SHOPS, RETIRED4_WORDS } from "./pools-retired4.ts";
import { RETIRED5_RECURRING, RETIRED5_SHOPS, RETIRED5_WORDS } from "./pools-retired5.ts";
import { RETIRED6_RECURRING, RETIRED6_SHOPS, RETIRED6_WORDS } from "./pools-retired6.ts";
import { RETIRED7_RECURRING, RETIRED7_SHOPS, RETIRED7_WORDS } from "./pools-retired7.ts";
import { RETIRED8_RECURRING, RETIRED8_SHOPS, RETIRED8_WORDS } from "./pools-retired8.ts";
import { RETIRED9_RECURRING, RETIRED9_SHOPS, RETIRED9_WORDS } from "./pools-retired9.ts";
import { RETIRED10_RECURRING, RETIRED10_SHOPS, RETIRED10_WORDS } from "./pools-retired10.ts";
import { RETIRED11_RECURRING, RETIRED11_SHOPS, RETIRED11_WORDS } from "./pools-retired11.ts";
import { RETIRED12_RECURRING, RETIRED12_SHOPS, RETIRED12_WORDS } from "./pools-retired12.ts";
import { RETIRED13_RECURRING, RETIRED13_SHOPS, RETIRED13_WORDS } from "./pools-retired13.ts";
import { RETIRED14_RECURRING, RETIRED14_SHOPS, RETIRED14_WORDS } from "./pools-retired14.ts";
import { RETIRED15_RECURRING, RETIRED15_SHOPS, RETIRED15_WORDS } from "./pools-retired15.ts";
import { RETIRED16_RECURRING, RETIRED16_SHOPS, RETIRED16_WORDS } from "./pools-retired16.ts";
import { RETIRED17_RECURRING, RETIRED17_SHOPS, RETIRED17_WORDS } from "./pools-retired17.ts";
import { RETIRED18_RECURRING, RETIRED18_SHOPS, RETIRED18_WORDS } from "./pools-retired18.ts";
import { RETIRED19_RECURRING, RETIRED19_SHOPS, RETIRED19_WORDS } from "./pools-retired19.ts";
import { RETIRED20_RECURRING, RETIRED20_SHOPS, RETIRED20_WORDS } from "./pools-retired20.ts";
import { RETIRED21_RECURRING, RETIRED21_SHOPS, RETIRED21_WORDS } from "./pools-retired21.ts";
import { RETIRED22_RECURRING, RETIRED22_SHOPS, RETIRED22_WORDS } from "./pools-retired22.ts";
import { RETIRED23_RECURRING, RETIRED23_SHOPS, RETIRED23_WORDS } from "./pools-retired23.ts";
import { RETIRED24_RECURRING, RETIRED24_SHOPS, RETIRED24_WORDS } from "./pools-retired24.ts";
import { RETIRED25_RECURRING, RETIRED25_SHOPS, RETIRED25_WORDS } from "./pools-retired25.ts";
import { RETIRED26_RECURRING, RETIRED26_SHOPS, RETIRED26_WORDS } from "./pools-retired26.ts";
import { RETIRED27_RECURRING, RETIRED27_SHOPS, RETIRED27_WORDS } from "./pools-retired27.ts";
import { RETIRED28_RECURRING, RETIRED28_SHOPS, RETIRED28_WORDS } from "./pools-retired28.ts";
import { RETIRED29_RECURRING, RETIRED29_SHOPS, RETIRED29_WORDS } from "./pools-retired29.ts";
import { RETIRED30_RECURRING, RETIRED30_SHOPS, RETIRED30_WORDS } from "./pools-retired30.ts";
import { RETIRED31_RECURRING, RETIRED31_SHOPS, RETIRED31_WORDS } from "./pools-retired31.ts";
import { RETIRED32_RECURRING, RETIRED32_SHOPS, RETIRED32_WORDS } from "./pools-retired32.ts";
import { RETIRED33_RECURRING, RETIRED33_SHOPS, RETIRED33_WORDS } from "./pools-retired33.ts";
import { RETIRED34_RECURRING, RETIRED34_SHOPS, RETIRED34_WORDS } from "./pools-retired34.ts";
import { RETIRED35_RECURRING, RETIRED35_SHOPS, RETIRED35_WORDS } from "./pools-retired35.ts";
import { RETIRED36_RECURRING, RETIRED36_SHOPS, RETIRED36_WORDS } from "./pools-retired36.ts";
import { RETIRED37_RECURRING, RETIRED37_SHOPS, RETIRED37_WORDS } from "./pools-retired37.ts";
import { RETIRED38_RECURRING, RETIRED38_SHOPS, RETIRED38_WORDS } from "./pools-retired38.ts";
import { RETIRED39_RECURRING, RETIRED39_SHOPS, RETIRED39_WORDS } from "./pools-retired39.ts";
import { RETIRED40_RECURRING, RETIRED40_SHOPS, RETIRED40_WORDS } from "./pools-retired40.ts";
import { RETIRED41_RECURRING, RETIRED41_SHOPS, RETIRED41_WORDS } from "./pools-retired41.ts";
import { RETIRED42_RECURRING, RETIRED42_SHOPS, RETIRED42_WORDS } from "./pools-retired42.ts";
import { RETIRED43_RECURRING, RETIRED43_SHOPS, RETIRED43_WORDS } from "./pools-retired43.ts";
import { RETIRED44_RECURRING, RETIRED44_SHOPS, RETIRED44_WORDS } from "./pools-retired44.ts";
import { RETIRED45_RECURRING, RETIRED45_SHOPS, RETIRED45_WORDS } from "./pools-retired45.ts";
import { RETIRED46_RECURRING, RETIRED46_SHOPS, RETIRED46_WORDS } from "./pools-retired46.ts";
import { RETIRED47_RECURRING, RETIRED47_SHOPS, RETIRED47_WORDS } from "./pools-retired47.ts";
import { RETIRED48_RECURRING, RETIRED48_SHOPS, RETIRED48_WORDS } from "./pools-retired48.ts";
import type { Recurring, Region, Shop } from "./pools.ts";

export type Words = Record<"own" | "bill" | "fee" | "refund", Readonly<Record<string, readonly string[]>>>;
export interface RetiredPool {
  shops: Record<Region, Shop[]>;
  recurring: Record<Region, Recurring[]>;
  words: Words;
}

export const RETIRED_POOLS: RetiredPool[] = [
  { shops: RETIRED2_SHOPS, recurring: RETIRED2_RECURRING, words: RETIRED2_WORDS },
  { shops: RETIRED3_SHOPS, recurring: RETIRED3_RECURRING, words: RETIRED3_WORDS },
  { shops: RETIRED4_SHOPS, recurring: RETIRED4_RECURRING, words: RETIRED4_WORDS },
  { shops: RETIRED5_SHOPS, recurring: RETIRED5_RECURRING, words: RETIRED5_WORDS },
  { shops: RETIRED6_SHOPS, recurring: RETIRED6_RECURRING, words: RETIRED6_WORDS },
  { shops: RETIRED7_SHOPS, recurring: RETIRED7_RECURRING, words: RETIRED7_WORDS },
  { shops: RETIRED8_SHOPS, recurring: RETIRED8_RECURRING, words: RETIRED8_WORDS },
  { shops: RETIRED9_SHOPS, recurring: RETIRED9_RECURRING, words: RETIRED9_WORDS },
  { shops: RETIRED10_SHOPS, recurring: RETIRED10_RECURRING, words: RETIRED10_WORDS },
  { shops: RETIRED11_SHOPS, recurring: RETIRED11_RECURRING, words: RETIRED11_WORDS },
  { shops: RETIRED12_SHOPS, recurring: RETIRED12_RECURRING, words: RETIRED12_WORDS },
  { shops: RETIRED13_SHOPS, recurring: RETIRED13_RECURRING, words: RETIRED13_WORDS },
  { shops: RETIRED14_SHOPS, recurring: RETIRED14_RECURRING, words: RETIRED14_WORDS },
  { shops: RETIRED15_SHOPS, recurring: RETIRED15_RECURRING, words: RETIRED15_WORDS },
  { shops: RETIRED16_SHOPS, recurring: RETIRED16_RECURRING, words: RETIRED16_WORDS },
  { shops: RETIRED17_SHOPS, recurring: RETIRED17_RECURRING, words: RETIRED17_WORDS },
  { shops: RETIRED18_SHOPS, recurring: RETIRED18_RECURRING, words: RETIRED18_WORDS },
  { shops: RETIRED19_SHOPS, recurring: RETIRED19_RECURRING, words: RETIRED19_WORDS },
  { shops: RETIRED20_SHOPS, recurring: RETIRED20_RECURRING, words: RETIRED20_WORDS },
  { shops: RETIRED21_SHOPS, recurring: RETIRED21_RECURRING, words: RETIRED21_WORDS },
  { shops: RETIRED22_SHOPS, recurring: RETIRED22_RECURRING, words: RETIRED22_WORDS },
  { shops: RETIRED23_SHOPS, recurring: RETIRED23_RECURRING, words: RETIRED23_WORDS },
  { shops: RETIRED24_SHOPS, recurring: RETIRED24_RECURRING, words: RETIRED24_WORDS },
  { shops: RETIRED25_SHOPS, recurring: RETIRED25_RECURRING, words: RETIRED25_WORDS },
  { shops: RETIRED26_SHOPS, recurring: RETIRED26_RECURRING, words: RETIRED26_WORDS },
  { shops: RETIRED27_SHOPS, recurring: RETIRED27_RECURRING, words: RETIRED27_WORDS },
  { shops: RETIRED28_SHOPS, recurring: RETIRED28_RECURRING, words: RETIRED28_WORDS },
  { shops: RETIRED29_SHOPS, recurring: RETIRED29_RECURRING, words: RETIRED29_WORDS },
  { shops: RETIRED30_SHOPS, recurring: RETIRED30_RECURRING, words: RETIRED30_WORDS },
  { shops: RETIRED31_SHOPS, recurring: RETIRED31_RECURRING, words: RETIRED31_WORDS },
  { shops: RETIRED32_SHOPS, recurring: RETIRED32_RECURRING, words: RETIRED32_WORDS },
  { shops: RETIRED33_SHOPS, recurring: RETIRED33_RECURRING, words: RETIRED33_WORDS },
  { shops: RETIRED34_SHOPS, recurring: RETIRED34_RECURRING, words: RETIRED34_WORDS },
  { shops: RETIRED35_SHOPS, recurring: RETIRED35_RECURRING, words: RETIRED35_WORDS },
  { shops: RETIRED36_SHOPS, recurring: RETIRED36_RECURRING, words: RETIRED36_WORDS },
  { shops: RETIRED37_SHOPS, recurring: RETIRED37_RECURRING, words: RETIRED37_WORDS },
  { shops: RETIRED38_SHOPS, recurring: RETIRED38_RECURRING, words: RETIRED38_WORDS },
  { shops: RETIRED39_SHOPS, recurring: RETIRED39_RECURRING, words: RETIRED39_WORDS },
  { shops: RETIRED40_SHOPS, recurring: RETIRED40_RECURRING, words: RETIRED40_WORDS },
  { shops: RETIRED41_SHOPS, recurring: RETIRED41_RECURRING, words: RETIRED41_WORDS },
  { shops: RETIRED42_SHOPS, recurring: RETIRED42_RECURRING, words: RETIRED42_WORDS },
  { shops: RETIRED43_SHOPS, recurring: RETIRED43_RECURRING, words: RETIRED43_WORDS },
  { shops: RETIRED44_SHOPS, recurring: RETIRED44_RECURRING, words: RETIRED44_WORDS },
  { shops: RETIRED45_SHOPS, recurring: RETIRED45_RECURRING, words: RETIRED45_WORDS },
  { shops: RETIRED46_SHOPS, recurring: RETIRED46_RECURRING, words: RETIRED46_WORDS },
  { shops: RETIRED47_SHOPS, recurring: RETIRED47_RECURRING, words: RETIRED47_WORDS },
  { shops: RETIRED48_SHOPS, recurring: RETIRED48_RECURRING, words: RETIRED48_WORDS },
];
