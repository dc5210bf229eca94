import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";

/** Installed before conversations and live dialogs so it always gets through. */
export function cancelFeature(services: Services) {
  const composer = new Composer<BotContext>();
  composer.command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    const live = await services.liveDialogs.cancel(ctx.chat.id);
    if (ctx.session.pendingImport) delete ctx.session.pendingImport;
    if (ctx.session.merchantRename) delete ctx.session.merchantRename;
    if (ctx.session.merchantRenameTo) delete ctx.session.merchantRenameTo;
    // A cancelled link flow says so itself ("Linking cancelled…"): one message, not two.
    if (live && !active) return;
    await ctx.reply(ctx.t(active || live ? "common.cancelled" : "common.nothing_to_cancel"));
  });
  return composer;
}
