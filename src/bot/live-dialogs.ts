// LinkDialog for Telegram. A connector's link flow is ordinary async code that
// makes bank calls between questions; replaying it (as grammY conversations
// do) would repeat those calls and request new TANs. So a link flow runs live
// in this process and the chat's replies are routed to it. A restart loses it
// by design (the bank session lived only in memory); the person is told.
// With replicas, the process running the dialog owns it; replies that reach
// another replica come through the PostgreSQL inbox (src/dialogs) instead.
import { InputFile, type Api, type MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../context.ts";
import type { Choice, LinkDialog } from "../../connectors/types.ts";
import { DialogCancelled } from "../../connectors/errors.ts";
import { render, t, type Locale, type Message } from "../i18n/index.ts";
import { keyboard } from "./keyboard.ts";
import { fitCaption, splitHtml } from "../text/html.ts";
import type { Awaiting, DialogInboxStore } from "../dialogs/inbox.ts";
import { createDrainer } from "../dialogs/drain.ts";
import { startDialogListener } from "../dialogs/listener.ts";
import { relayToOwner, type Interrupted } from "../dialogs/relay.ts";
import { dialogMessages } from "../dialogs/messages.ts";
import { registerMessages } from "../i18n/index.ts";

registerMessages(dialogMessages);

/** `deleted`: a replica that relayed a secret already removed it from the chat. */
type Incoming = { kind: "text"; text: string; messageId: number; deleted?: boolean } | { kind: "button"; data: string };

interface Waiter {
  accept(input: Incoming): boolean;
}

interface ActiveDialog {
  /** The DialogInbox row, when dialogs are shared between replicas. */
  id?: string;
  waiter?: Waiter;
  /** Answers typed while the flow was busy (talking to the bank): kept for its next question. */
  early: Incoming[];
  cancel(reason: Error): void;
}

const MAX_EARLY = 5;

export interface LiveDialogs {
  middleware(): MiddlewareFn<BotContext>;
  /** Cancels the chat's dialog on whichever replica runs it. */
  cancel(chatId: number): Promise<boolean>;
  /** A dialog is open for the chat here or on a live replica. */
  isActive(chatId: number): Promise<boolean>;
  run<T>(chatId: number, locale: Locale, flow: (dialog: LinkDialog) => Promise<T>): Promise<T>;
  /** Listens for relayed answers and beats the heartbeat; returns the stop function. */
  start(): () => Promise<void>;
  /** How a dialog whose replica died is reported (the link feature names the bank). */
  onInterrupted(report: Interrupted): void;
}

export interface SharedDialogs {
  inbox: DialogInboxStore;
  databaseUrl: string;
}

export function createLiveDialogs(opts: { api: () => Api; logger: Logger; idleTimeoutMs?: number; shared?: SharedDialogs }): LiveDialogs {
  const active = new Map<number, ActiveDialog>();
  const idleTimeoutMs = opts.idleTimeoutMs ?? 10 * 60_000;
  const inbox = opts.shared?.inbox;
  let interrupted: Interrupted = async (ctx) => void (await ctx.reply(ctx.t("dialog.interrupted")));

  /** An input that arrived while the flow is busy is kept for its next question, as a local one would be. */
  const deliver = (d: ActiveDialog, input: Incoming): boolean => {
    if (d.waiter?.accept(input)) return true;
    if (!d.waiter && d.early.length < MAX_EARLY) {
      d.early.push(input);
      return true;
    }
    return false;
  };
  const drainer = inbox && createDrainer(inbox, opts.logger);
  const drain = (d: ActiveDialog) =>
    drainer?.({ id: d.id!, deliver: (input) => deliver(d, input), cancel: () => d.cancel(new DialogCancelled("cancelled by the person")) });
  const byId = (id: string) => [...active.values()].find((d) => d.id === id);

  return {
    async isActive(chatId) {
      if (active.has(chatId)) return true;
      // This replica's own dialogs are in `active`; a row of ours without one is being closed.
      const open = await inbox?.find(chatId);
      return open?.alive === true && open.ownerId !== inbox!.instanceId;
    },
    async cancel(chatId) {
      const d = active.get(chatId);
      if (d) {
        d.cancel(new DialogCancelled("cancelled by the person"));
        return true;
      }
      const open = await inbox?.find(chatId);
      if (!open?.alive || open.ownerId === inbox!.instanceId) return false;
      await inbox!.post(open, { kind: "cancel" });
      return true;
    },
    start() {
      if (!opts.shared) return async () => undefined;
      return startDialogListener(opts.shared.databaseUrl, opts.shared.inbox, opts.logger, {
        wake: (id) => {
          const d = byId(id);
          if (d) drain(d);
        },
        tick: () => {
          for (const d of active.values()) if (d.id) drain(d);
        },
      });
    },
    onInterrupted(report) {
      interrupted = report;
    },
    middleware() {
      return async (ctx, next) => {
        const chatId = ctx.chat?.id;
        const d = chatId === undefined ? undefined : active.get(chatId);
        if (!d && chatId !== undefined && inbox) {
          const open = await inbox.find(chatId);
          if (open && open.ownerId !== inbox.instanceId && (await relayToOwner(ctx, inbox, open, interrupted))) return;
        }
        if (d) {
          const text = ctx.message?.text;
          const data = ctx.callbackQuery?.data;
          const input: Incoming | null =
            text !== undefined && !text.startsWith("/") ? { kind: "text", text, messageId: ctx.message!.message_id } : data !== undefined ? { kind: "button", data } : null;
          if (input && deliver(d, input)) {
            if (input.kind === "button") await ctx.answerCallbackQuery();
            return;
          }
        }
        await next();
      };
    },
    async run(chatId, locale, flow) {
      if (active.has(chatId)) active.get(chatId)!.cancel(new DialogCancelled("replaced by a new dialog", "replaced"));
      let cancelled: Error | null = null;
      let rejectWait: ((e: Error) => void) | null = null;
      const state: ActiveDialog = {
        early: [],
        cancel(reason) {
          cancelled = reason;
          rejectWait?.(reason);
        },
      };
      active.set(chatId, state);
      const nonce = Math.random().toString(36).slice(2, 8);
      if (inbox)
        state.id = await inbox.open(chatId, nonce, idleTimeoutMs).catch((err: unknown) => {
          if (active.get(chatId) === state) active.delete(chatId);
          throw err;
        });
      // Row writes are chained so "busy" never overtakes the next question's kind.
      let marks = Promise.resolve();
      const mark = (awaiting: Awaiting) => {
        const id = state.id;
        if (!inbox || !id) return marks;
        marks = marks.then(() => inbox.setAwaiting(id, awaiting, idleTimeoutMs)).catch((err: unknown) => opts.logger.warn({ err: String(err) }, "could not record what the dialog awaits"));
        return marks;
      };
      const api = opts.api();
      const html = (m: Message | string) => render(locale, m);
      const check = () => {
        if (cancelled) throw cancelled;
      };
      const send = async (m: Message | string, markup?: ReturnType<typeof keyboard>) => {
        check();
        const parts = splitHtml(html(m));
        let id = 0;
        for (const [i, p] of parts.entries())
          id = (await api.sendMessage(chatId, p, { ...(markup && i === parts.length - 1 ? { reply_markup: markup } : {}) })).message_id;
        return id;
      };
      /** Resolves with the first input `pick` accepts; rejects on cancel or idle timeout. */
      const waitFor = <T>(pick: (input: Incoming) => T | undefined, timeoutMs = idleTimeoutMs) =>
        new Promise<T>((resolve, reject) => {
          check();
          while (state.early.length) {
            const v = pick(state.early.shift()!);
            if (v !== undefined) return resolve(v);
          }
          const timer = setTimeout(() => finish(() => reject(new DialogCancelled("no answer in time", "timeout"))), timeoutMs);
          const finish = (fn: () => void) => {
            clearTimeout(timer);
            state.waiter = undefined;
            rejectWait = null;
            fn();
          };
          rejectWait = (e) => finish(() => reject(e));
          state.waiter = {
            accept(input) {
              const v = pick(input);
              if (v === undefined) return false;
              finish(() => resolve(v));
              return true;
            },
          };
        });
      let progressId: number | null = null;
      let linkId: number | null = null;

      const askWith = async (prompt: Message, secret: boolean, validate?: (v: string) => Message | null) => {
        // Recorded before the question is visible, so a fast answer on another replica is already deleted there.
        await mark(secret ? "secret" : "text");
        await send(prompt);
        for (;;) {
          const input = await waitFor((i) => (i.kind === "text" ? i : undefined));
          if (secret && !input.deleted) {
            // The secret must not stay in the chat history.
            await api.deleteMessage(chatId, input.messageId).catch((err: unknown) => {
              opts.logger.warn({ err: String(err) }, "could not delete a secret message");
              return send(t(locale, "link.delete_manually"));
            });
          }
          const problem = validate?.(input.text.trim());
          if (!problem) {
            void mark("busy");
            return input.text.trim();
          }
          await send(problem);
        }
      };

      const dialog: LinkDialog = {
        locale,
        async say(m) {
          await send(m);
        },
        askText: (prompt, o) => askWith(prompt, false, o?.validate),
        askSecret: (prompt, o) => askWith(prompt, true, o?.validate),
        async choose<T extends string>(prompt: Message, choices: Choice<T>[]) {
          const rows = choices.map((c, i) => [{ text: html(c.label).replace(/<[^>]+>/g, ""), data: `ld:${nonce}:${i}` }]);
          await mark("button");
          const msgId = await send(prompt, keyboard(rows));
          const index = await waitFor((i) => {
            if (i.kind !== "button" || !i.data.startsWith(`ld:${nonce}:`)) return undefined;
            const n = Number(i.data.split(":")[2]);
            return Number.isInteger(n) && n < choices.length ? n : undefined;
          });
          const chosen = choices[index]!;
          void mark("busy");
          await api.editMessageReplyMarkup(chatId, msgId, { reply_markup: undefined }).catch(() => undefined);
          await send(`➡️ ${html(chosen.label)}`.replace(/^/, "")).catch(() => undefined);
          return chosen.id;
        },
        async showImage(png, caption) {
          check();
          await api.sendPhoto(chatId, new InputFile(Buffer.from(png), "image.png"), { caption: fitCaption(html(caption)) });
        },
        async showLink(text, url, buttonLabel) {
          check();
          linkId = (await api.sendMessage(chatId, html(text), { reply_markup: { inline_keyboard: [[{ text: render(locale, buttonLabel).replace(/<[^>]+>/g, ""), url }]] } })).message_id;
        },
        async waitForConfirmation(prompt, o) {
          await mark("button");
          const msgId = await send(prompt, keyboard([[{ text: html(o.buttonLabel).replace(/<[^>]+>/g, ""), data: `ld:${nonce}:ok` }]]));
          let stopPolling = false;
          const pressed = waitFor((i) => (i.kind === "button" && i.data === `ld:${nonce}:ok` ? ("confirmed" as const) : undefined), o.timeoutMs).catch((e: Error) => {
            if (e instanceof DialogCancelled && e.reason === "timeout") return "timeout" as const;
            throw e;
          });
          const polled = (async () => {
            if (!o.poll) return new Promise<never>(() => {});
            while (!stopPolling) {
              await new Promise((r) => setTimeout(r, o.pollIntervalMs ?? 2000));
              if (stopPolling) break;
              if (await o.poll()) return "polled" as const;
            }
            return new Promise<never>(() => {});
          })();
          try {
            const result = await Promise.race([pressed, polled]);
            if (result === "polled") rejectWait?.(new DialogCancelled("the poll finished first", "superseded"));
            // The bank link is spent: its message now says how it went.
            if (result === "polled" && o.doneText && linkId !== null)
              await api.editMessageText(chatId, linkId, html(o.doneText)).catch((err: unknown) => opts.logger.debug({ err: String(err) }, "could not edit the link message"));
            return result;
          } finally {
            stopPolling = true;
            void mark("busy");
            pressed.catch(() => undefined);
            await api.editMessageReplyMarkup(chatId, msgId, { reply_markup: undefined }).catch(() => undefined);
          }
        },
        async progress(m) {
          check();
          const text = html(m);
          if (progressId !== null) {
            const ok = await api.editMessageText(chatId, progressId, text).then(
              () => true,
              () => false,
            );
            if (ok) return progressId;
          }
          progressId = (await api.sendMessage(chatId, text)).message_id;
          return progressId;
        },
      };
      try {
        return await flow(dialog);
      } finally {
        if (active.get(chatId) === state) active.delete(chatId);
        if (inbox && state.id) await marks.then(() => inbox.close(state.id!)).catch((err: unknown) => opts.logger.warn({ err: String(err) }, "could not close the dialog's inbox"));
      }
    },
  };
}
