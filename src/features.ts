// Every chat feature, in the order the bot tries them (see src/services.ts
// for how a feature gets its dependencies). createBot installs this list
// after the shared middleware (gates, user, session, conversations).
import type { Middleware } from "grammy";
import type { BotContext } from "./context.ts";
import type { Services } from "./services.ts";
import { cancelFeature } from "../handlers/cancel.ts";
import { startFeature } from "../handlers/start.ts";
import { helpFeature } from "../handlers/help.ts";
import { settingsFeature } from "../handlers/settings.ts";
import { forgetFeature } from "../handlers/forget.ts";
import { categoriesFeature } from "../handlers/categories.ts";
import { linkFeature } from "../handlers/link.ts";
import { connectionsFeature } from "../handlers/connections.ts";
import { ledgerFeature } from "../handlers/ledger.ts";
import { importFeature } from "../handlers/import.ts";
import { merchantsFeature } from "../handlers/merchants.ts";
import { networthFeature } from "../handlers/networth.ts";
import { askFeature } from "../handlers/ask.ts";
import { unhandledFeature } from "../handlers/unhandled.ts";

export type Feature = (services: Services) => Middleware<BotContext>;

export const FEATURES: readonly Feature[] = [
  // Before any conversation or live dialog runs: /cancel always gets through.
  cancelFeature,
  liveDialogsFeature,
  startFeature,
  helpFeature,
  settingsFeature,
  forgetFeature,
  categoriesFeature,
  linkFeature,
  connectionsFeature,
  ledgerFeature,
  importFeature,
  merchantsFeature,
  // Portfolio and net-worth questions; any other text goes on to askFeature.
  networthFeature,
  // Any plain text that no feature above took is a question.
  askFeature,
  // Last: nothing the person sends goes unanswered.
  unhandledFeature,
];

/** Hands answers to running link dialogs; a dialog whose replica died is reported once. */
function liveDialogsFeature(services: Services): Middleware<BotContext> {
  const { liveDialogs, linking } = services;
  // The PENDING attempt names the bank and is then not reported again.
  liveDialogs.onInterrupted(async (ctx) => {
    const providers = ctx.user ? await linking.takeInterrupted(ctx.user.id) : [];
    for (const provider of providers) await ctx.reply(ctx.t("link.interrupted", { provider }));
    if (!providers.length) await ctx.reply(ctx.t("dialog.interrupted"));
  });
  return liveDialogs.middleware();
}
