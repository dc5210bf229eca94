// Statement files sent as documents: preview, confirm, import. A bad file is
// answered with the line and field that failed; nothing is written. The reply
// after confirming says exactly what happened: the import is one transaction,
// so it either wrote the whole file or nothing.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { User } from "../src/users/user-service.ts";
import { ImportError, MAX_IMPORT_BYTES, StatementRejected } from "../src/imports/import-service.ts";
import type { Services } from "../src/services.ts";
import type { CsvGuess, DateFormat } from "../connectors/file-import/index.ts";
import { hasMessage, registerMessages, renderPlain } from "../src/i18n/index.ts";
import { keyboard, type Button } from "../src/bot/keyboard.ts";
import { editOrReply, replyHtml } from "../src/bot/reply.ts";
import { htmlToPlain } from "../src/text/html.ts";
import { importHandlerMessages } from "./import-messages.ts";
import { choiceRows, CHOICE_RE, currencyRows, CURRENCY_RE, previewText } from "./import-preview.ts";

registerMessages(importHandlerMessages);

const DATE_FORMATS: DateFormat[] = ["DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"];
// The only real ambiguity: day and month swapped in slash dates.
const SWAPPED: Partial<Record<DateFormat, DateFormat>> = { "DD/MM/YYYY": "MM/DD/YYYY", "MM/DD/YYYY": "DD/MM/YYYY" };

/** Why a file is refused, as plain text in the person's language: "Line 7, BookgDt: '2024-02-31' is not a real date." */
function refusal(ctx: BotContext, err: ImportError | StatementRejected): string {
  if (err instanceof ImportError) return renderPlain(ctx.locale, err.userMessage);
  const w = err.where;
  const fieldKey = `imp.field.${w.fieldKey}`;
  const field = w.field ?? (hasMessage(fieldKey) ? ctx.t(fieldKey) : w.fieldKey);
  const where = w.line === null ? ctx.t("imp.check.where", { field }) : ctx.t("imp.check.where_line", { line: w.line, field });
  return htmlToPlain(`${where} ${ctx.t(`imp.check.${err.reason}`, { value: w.value })}`);
}

export function importFeature(services: Services) {
  const { imports, config } = services;
  const composer = new Composer<BotContext>();
  const known = composer.filter((ctx): ctx is BotContext & { user: User } => ctx.user !== null);

  const download = async (ctx: BotContext, fileId: string): Promise<Uint8Array> => {
    const file = await ctx.api.getFile(fileId);
    // The URL contains the bot token: never logged.
    const res = await fetch(`${config.TELEGRAM_API_ROOT}/file/bot${config.TELEGRAM_BOT_TOKEN}/${file.file_path}`);
    if (!res.ok) throw new Error(`file download failed with HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };

  const fail = (ctx: BotContext, fileName: string, err: unknown) => {
    if (!(err instanceof ImportError) && !(err instanceof StatementRejected)) throw err;
    // The error text is already HTML-safe text; ctx.t escapes it as a parameter.
    return replyHtml(ctx, ctx.t("imp.failed", { file: fileName, error: refusal(ctx, err) }));
  };

  const analyse = async (ctx: BotContext & { user: User }, edit: boolean) => {
    const pending = ctx.session.pendingImport;
    if (!pending) return editOrReply(ctx, ctx.t("imp.expired"));
    const guess = pending.guess as CsvGuess | undefined;
    let analysis;
    try {
      const content = await download(ctx, pending.fileId);
      analysis = await imports.analyse(ctx.user.id, pending.fileName, content, { guess, currency: ctx.user.baseCurrency, fileCurrency: pending.currency, choices: pending.choices });
    } catch (err) {
      delete ctx.session.pendingImport;
      return fail(ctx, pending.fileName, err);
    }
    const show = (html: string, rows?: Button[][]) => (edit ? editOrReply(ctx, html, rows && keyboard(rows)) : replyHtml(ctx, html, rows && keyboard(rows)).then(() => undefined));
    if (analysis.kind === "guess") {
      const g = analysis.guess;
      pending.guess = g;
      const columns = g.columns.filter((c) => c.role !== "ignore").map((c) => `${c.header ?? `#${c.index + 1}`}→${c.role}`).join(", ");
      const rows: Button[][] = [[{ text: ctx.t("imp.guess_ok"), data: "imp:go" }]];
      const swapped = SWAPPED[g.dateFormat];
      if (g.doubts.includes("ambiguous-date") && swapped) rows.push([{ text: ctx.t("imp.guess_date", { format: swapped }), data: `imp:df:${swapped}` }]);
      if (g.doubts.includes("ambiguous-decimal")) rows.push([{ text: ctx.t("imp.guess_decimal", { sep: g.decimalSeparator === "," ? "." : "," }), data: "imp:dec" }]);
      if (g.doubts.includes("amount-sign")) rows.push([{ text: ctx.t(g.positiveOut ? "imp.guess_sign_in" : "imp.guess_sign_out"), data: "imp:sign" }]);
      rows.push([{ text: ctx.t("imp.cancel"), data: "imp:no" }]);
      const sample = (g.sampleRows[0] ?? []).join(" | ").slice(0, 200);
      const guessText = ctx.t("imp.guess", { file: pending.fileName, delimiter: g.delimiter === "\t" ? "TAB" : g.delimiter, decimal: g.decimalSeparator, dateFormat: g.dateFormat, columns, sample });
      const signText = g.doubts.includes("amount-sign") ? `\n\n${ctx.t(g.positiveOut ? "imp.guess_sign_doubt_out" : "imp.guess_sign_doubt")}` : "";
      return show(guessText + signText, rows);
    }
    // Pending rows booked in this file change what Kontor holds: they are worth an import too.
    if (analysis.newTotal === 0 && analysis.bookedTotal === 0 && analysis.lapsedTotal === 0 && analysis.newBalances === 0) {
      delete ctx.session.pendingImport;
      return show(ctx.t("imp.nothing_new", { file: pending.fileName }));
    }
    return show(previewText(ctx, pending.fileName, analysis), [...currencyRows(ctx, analysis), ...choiceRows(ctx, analysis), [{ text: ctx.t("imp.confirm"), data: "imp:ok" }, { text: ctx.t("imp.cancel"), data: "imp:no" }]]);
  };

  known.on("message:document", async (ctx) => {
    const doc = ctx.message.document;
    const fileName = (doc.file_name ?? "statement").slice(0, 100);
    if ((doc.file_size ?? 0) > MAX_IMPORT_BYTES)
      return void (await ctx.reply(ctx.t("imp.too_big", { size: ((doc.file_size ?? 0) / 1048576).toFixed(1), max: MAX_IMPORT_BYTES / 1048576 })));
    ctx.session.pendingImport = { fileId: doc.file_id, fileName };
    await ctx.replyWithChatAction("typing");
    await analyse(ctx, false);
  });
  known.callbackQuery("imp:go", async (ctx) => {
    await ctx.answerCallbackQuery();
    await analyse(ctx, true);
  });
  known.callbackQuery(/^imp:df:([A-Z./-]{8,10})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const g = ctx.session.pendingImport?.guess as CsvGuess | undefined;
    const format = DATE_FORMATS.find((f) => f === ctx.match[1]);
    if (g && format) g.dateFormat = format;
    await analyse(ctx, true);
  });
  // "Positive amounts are money out": a card export that writes charges positive, read the other way round.
  known.callbackQuery("imp:sign", async (ctx) => {
    await ctx.answerCallbackQuery();
    const g = ctx.session.pendingImport?.guess as CsvGuess | undefined;
    if (g) g.positiveOut = !g.positiveOut;
    await analyse(ctx, true);
  });
  known.callbackQuery("imp:dec", async (ctx) => {
    await ctx.answerCallbackQuery();
    const g = ctx.session.pendingImport?.guess as CsvGuess | undefined;
    if (g) g.decimalSeparator = g.decimalSeparator === "," ? "." : ",";
    await analyse(ctx, true);
  });
  // The account a part without IBAN or account number goes to. Only the
  // person's own identity-less accounts are accepted (the plan checks it).
  known.callbackQuery(CHOICE_RE, async (ctx) => {
    await ctx.answerCallbackQuery();
    const pending = ctx.session.pendingImport;
    if (pending) pending.choices = { ...pending.choices, [Number(ctx.match[1])]: ctx.match[2]! };
    await analyse(ctx, true);
  });
  // The currency of a file that states none; the service takes only one the preview offered.
  known.callbackQuery(CURRENCY_RE, async (ctx) => {
    await ctx.answerCallbackQuery();
    const pending = ctx.session.pendingImport;
    if (pending) pending.currency = ctx.match[1]!;
    await analyse(ctx, true);
  });
  known.callbackQuery("imp:no", async (ctx) => {
    await ctx.answerCallbackQuery();
    delete ctx.session.pendingImport;
    await editOrReply(ctx, ctx.t("imp.cancelled"));
  });
  known.callbackQuery("imp:ok", async (ctx) => {
    await ctx.answerCallbackQuery();
    const pending = ctx.session.pendingImport;
    if (!pending) return editOrReply(ctx, ctx.t("imp.expired"));
    delete ctx.session.pendingImport;
    let outcome;
    try {
      const content = await download(ctx, pending.fileId);
      outcome = await imports.commit(ctx.user.id, pending.fileName, content, {
        guess: pending.guess as CsvGuess | undefined,
        currency: ctx.user.baseCurrency,
        fileCurrency: pending.currency,
        choices: pending.choices,
      });
    } catch (err) {
      if (err instanceof ImportError || err instanceof StatementRejected) return void (await fail(ctx, pending.fileName, err));
      // One transaction: whatever failed, nothing of the file was written.
      ctx.logger.error({ err, userId: ctx.user.id }, "statement import failed");
      return void (await replyHtml(ctx, ctx.t("imp.failed_internal", { file: pending.fileName })));
    }
    const created = outcome.accounts.filter((a) => a.created).map((a) => a.name);
    // The same classification as the preview: new rows, and pending rows now booked, said apart.
    const done = outcome.booked ? ctx.t("imp.done_booked", { added: outcome.added, booked: outcome.booked, file: pending.fileName }) : ctx.t("imp.done", { added: outcome.added, file: pending.fileName });
    const lines = [done];
    if (outcome.removed) lines.push(ctx.t("imp.done_lapsed", { removed: outcome.removed }));
    if (created.length) lines.push(ctx.t("imp.done_accounts", { accounts: created.join(", ") }));
    if (outcome.balances) lines.push(ctx.t("imp.done_balances", { balances: outcome.balances }));
    try {
      await editOrReply(ctx, lines.join("\n"));
    } catch (err) {
      // The file is in: a failed confirmation must not turn into "nothing was changed".
      ctx.logger.warn({ err }, "import confirmation not delivered");
    }
  });
  return composer;
}
