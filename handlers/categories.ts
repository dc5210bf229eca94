// Category corrections, rules and muting: filled in by the categories feature.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { FeatureKit } from "../src/feature-kit.ts";

export function categoriesFeature(_kit: FeatureKit): Composer<BotContext> {
  return new Composer<BotContext>();
}
