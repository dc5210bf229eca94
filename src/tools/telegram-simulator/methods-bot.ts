import { z } from "zod";
import type { BotCommand, Update } from "grammy/types";
import { ApiError, badRequest, ERR } from "./errors.ts";
import type { MethodHandler } from "./handler.ts";
import { parseParams, zBool, zInt } from "./content.ts";
import type { SimState } from "./state.ts";

// Telegram leaves these out unless the bot asks for them explicitly.
const OPT_IN_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

function updateType(update: Update): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "";
}

function isWanted(update: Update, allowed: string[]): boolean {
  const type = updateType(update);
  return allowed.length > 0 ? allowed.includes(type) : !OPT_IN_UPDATES.has(type);
}

/** Drops what the offset confirms and what the bot does not want; Telegram forgets both. */
function confirm(state: SimState, offset: number | undefined): void {
  if (offset !== undefined && offset > 0) state.updates = state.updates.filter((u) => u.update_id >= offset);
  if (offset !== undefined && offset < 0) state.updates = state.updates.slice(offset);
  state.updates = state.updates.filter((u) => isWanted(u, state.allowedUpdates));
}

const zGetUpdates = z
  .object({
    offset: zInt.optional(),
    limit: zInt.optional(),
    timeout: zInt.optional(),
    allowed_updates: z.array(z.string()).optional(),
  })
  .loose();

const getUpdates: MethodHandler = async ({ state, params, signal }) => {
  if (state.webhook) throw ERR.webhookActive();
  const p = parseParams(zGetUpdates, params);
  if (p.allowed_updates) state.allowedUpdates = p.allowed_updates;
  const limit = Math.min(100, Math.max(1, p.limit ?? 100));
  // Only one poller per token: a newer request ends the older one, as on Telegram.
  state.activePoll?.(ERR.otherPoller());
  confirm(state, p.offset);
  if (state.updates.length === 0 && (p.timeout ?? 0) > 0) {
    await new Promise<void>((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        unsubscribe();
        signal.removeEventListener("abort", onAbort);
        if (state.activePoll === finish) state.activePoll = null;
        state.changed();
        if (error) reject(error);
        else resolve();
      };
      const onAbort = () => finish();
      const timer = setTimeout(() => finish(), (p.timeout ?? 0) * 1000);
      const unsubscribe = state.onChange(() => {
        confirm(state, undefined);
        if (state.updates.length > 0) finish();
      });
      signal.addEventListener("abort", onAbort);
      state.activePoll = finish;
      state.changed();
    });
  }
  return state.updates.slice(0, limit);
};

const SECRET_RE = /^[A-Za-z0-9_-]{1,256}$/;
const zSetWebhook = z
  .object({
    url: z.string(),
    secret_token: z.string().optional(),
    drop_pending_updates: zBool.optional(),
    allowed_updates: z.array(z.string()).optional(),
  })
  .loose();

const setWebhook: MethodHandler = ({ state, params }) => {
  const p = parseParams(zSetWebhook, params);
  if (p.url === "") {
    state.webhook = null;
    state.changed();
    return true;
  }
  if (!URL.canParse(p.url)) throw badRequest("bad webhook: invalid URL");
  if (p.secret_token !== undefined && !SECRET_RE.test(p.secret_token)) {
    throw badRequest("secret token contains unallowed characters");
  }
  if (p.drop_pending_updates) state.updates = [];
  if (p.allowed_updates) state.allowedUpdates = p.allowed_updates;
  state.activePoll?.(ERR.webhookActive());
  state.webhook = { url: p.url, secretToken: p.secret_token };
  state.changed();
  return true;
};

const deleteWebhook: MethodHandler = ({ state, params }) => {
  const p = parseParams(z.object({ drop_pending_updates: zBool.optional() }).loose(), params);
  if (p.drop_pending_updates) state.updates = [];
  state.webhook = null;
  state.changed();
  return true;
};

const getWebhookInfo: MethodHandler = ({ state }) => ({
  url: state.webhook?.url ?? "",
  has_custom_certificate: false,
  pending_update_count: state.updates.length,
  max_connections: 40,
  ...(state.webhook?.lastErrorDate ? { last_error_date: state.webhook.lastErrorDate } : {}),
  ...(state.webhook?.lastErrorMessage ? { last_error_message: state.webhook.lastErrorMessage } : {}),
  ...(state.webhook && state.allowedUpdates.length ? { allowed_updates: state.allowedUpdates } : {}),
});

export function commandsKey(scope: unknown, languageCode: string | undefined): string {
  return `${JSON.stringify(scope ?? { type: "default" })}|${languageCode ?? ""}`;
}

const zCommands = z
  .object({
    commands: z.array(z.object({ command: z.string(), description: z.string() })).optional(),
    scope: z.object({ type: z.string() }).loose().optional(),
    language_code: z.string().optional(),
  })
  .loose();

const setMyCommands: MethodHandler = ({ state, params }) => {
  const p = parseParams(zCommands, params);
  const commands: BotCommand[] = p.commands ?? [];
  if (commands.length > 100) throw badRequest("too many commands");
  for (const c of commands) {
    if (!/^[a-z0-9_]{1,32}$/.test(c.command) || c.description.length < 1 || c.description.length > 256) {
      throw badRequest("BOT_COMMAND_INVALID");
    }
  }
  if (p.language_code !== undefined && !/^([a-z]{2})?$/.test(p.language_code)) throw badRequest("invalid language code");
  state.commands.set(commandsKey(p.scope, p.language_code || undefined), commands);
  return true;
};

const getMyCommands: MethodHandler = ({ state, params }) => {
  const p = parseParams(zCommands, params);
  return state.commands.get(commandsKey(p.scope, p.language_code || undefined)) ?? [];
};

const deleteMyCommands: MethodHandler = ({ state, params }) => {
  const p = parseParams(zCommands, params);
  state.commands.delete(commandsKey(p.scope, p.language_code || undefined));
  return true;
};

const ok: MethodHandler = () => true;

export const botMethods: Record<string, MethodHandler> = {
  getMe: ({ state }) => state.botInfo,
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setChatMenuButton: ok,
  setMyDescription: ok,
  setMyShortDescription: ok,
  setMyName: ok,
  close: () => {
    throw new ApiError(400, "Bad Request: the simulator does not support close");
  },
};
