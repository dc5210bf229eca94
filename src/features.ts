// Feature modules beyond the core commands plug in here: each adds its bot
// composer and, optionally, a background job (scheduler, dispatcher).
import type { Api, Composer } from "grammy";
import type { BotContext } from "./context.ts";
import type { Services } from "./services.ts";
import type { LiveDialogs } from "./bot/live-dialogs.ts";

export interface BackgroundJob {
  name: string;
  /** Starts the job and returns how to stop it. */
  start(): Promise<() => Promise<void>>;
}

export interface FeatureDeps {
  services: Services;
  liveDialogs: LiveDialogs;
  features: Composer<BotContext>[];
  api: () => Api;
}

export async function installFeatures(_deps: FeatureDeps): Promise<BackgroundJob[]> {
  return [];
}
