// Sends an answer: a chart as a photo with the answer as its caption, or with
// a short caption and the full text right after when it would not fit.
import { InputFile } from "grammy";
import type { BotContext } from "../../src/context.ts";
import { keyboard } from "../../src/bot/keyboard.ts";
import { replyHtml } from "../../src/bot/reply.ts";
import { fitCaption, TELEGRAM_CAPTION_LIMIT, visibleLength } from "../../src/text/html.ts";
import type { Answer } from "../../src/qa/index.ts";

export async function sendAnswer(ctx: BotContext, answer: Answer): Promise<void> {
  const markup = answer.buttons.some((row) => row.length) ? keyboard(answer.buttons.filter((row) => row.length)) : undefined;
  if (!answer.chart) {
    await replyHtml(ctx, answer.html, markup);
    return;
  }
  // No "upload_photo" action: "typing" already covered the computing and the
  // photo follows at once; another round trip would only delay it.
  const photo = new InputFile(answer.chart, "chart.png");
  if (visibleLength(answer.html) <= TELEGRAM_CAPTION_LIMIT) {
    await ctx.replyWithPhoto(photo, { caption: answer.html, ...(markup ? { reply_markup: markup } : {}) });
    return;
  }
  await ctx.replyWithPhoto(photo, { caption: fitCaption(answer.caption) });
  await replyHtml(ctx, answer.html, markup);
}
