// Wakes the owner of a dialog when another replica posted an answer for it.
// LISTEN needs one dedicated connection (Prisma's pool would hand the session
// to other queries); when it drops (a database restart) it reconnects, and the
// heartbeat tick drains every local dialog anyway, so a lost NOTIFY only
// delays an answer by one tick instead of losing it.
import pg from "pg";
import type { Logger } from "pino";
import { DIALOG_CHANNEL, type DialogInboxStore } from "./inbox.ts";

export interface ListenerHooks {
  /** An answer for this replica's dialog arrived. */
  wake(dialogId: string): void;
  /** Called every heartbeat: drain everything, in case a notification was missed. */
  tick(): void;
}

const RECONNECT_MS = 1_000;

export function startDialogListener(databaseUrl: string, inbox: DialogInboxStore, logger: Logger, hooks: ListenerHooks): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: databaseUrl, application_name: "kontor-dialogs" });
    const reconnect = (err?: unknown) => {
      if (client === c) client = null;
      c.removeAllListeners();
      c.on("error", () => undefined);
      void c.end().catch(() => undefined);
      if (stopped) return;
      if (err) logger.warn({ err: String(err) }, "dialog listener lost its database connection; reconnecting");
      retry = setTimeout(() => void connect(), RECONNECT_MS);
    };
    c.on("error", reconnect);
    c.on("end", () => reconnect());
    c.on("notification", (n) => {
      const [owner, dialogId] = (n.payload ?? "").split(":");
      if (owner === inbox.instanceId && dialogId) hooks.wake(dialogId);
    });
    try {
      await c.connect();
      await c.query(`listen ${DIALOG_CHANNEL}`);
      client = c;
      // Answers posted while we were not listening.
      hooks.tick();
    } catch (err) {
      reconnect(err);
    }
  };

  const beat = setInterval(() => {
    inbox.heartbeat().catch((err: unknown) => logger.warn({ err: String(err) }, "dialog heartbeat failed"));
    hooks.tick();
  }, inbox.timings.heartbeatMs);
  beat.unref();
  void connect();

  return async () => {
    stopped = true;
    clearInterval(beat);
    clearTimeout(retry);
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners();
      c.on("error", () => undefined);
      await c.end().catch(() => undefined);
    }
  };
}
