// Questions and answers: filled in by the Q&A feature.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { FeatureKit } from "../src/feature-kit.ts";

export function askFeature(_kit: FeatureKit): Composer<BotContext> {
  return new Composer<BotContext>();
}
