// The PostgreSQL side of link dialogs shared by replicas. The replica that
// runs a dialog (its owner) keeps a DialogInbox row with what it waits for and
// a heartbeat; a replica that receives the chat's answer appends it as an
// entry and NOTIFYs the owner, which takes the entries in order and deletes
// them. Times use the database clock: replicas may run on hosts whose clocks
// differ, and the app's injectable clock is frozen in tests.
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import type { Vault } from "../vault/vault.ts";

export const DIALOG_CHANNEL = "kontor_dialogs";

/** What the owner is waiting for: decides whether another replica forwards an update, and deletes it first. */
export type Awaiting = "text" | "secret" | "button" | "busy";

export type InboxInput = { kind: "text"; text: string; messageId: number; deleted: boolean } | { kind: "button"; data: string } | { kind: "cancel" };

export interface OpenDialog {
  id: string;
  chatId: number;
  ownerId: string;
  awaiting: Awaiting;
  nonce: string;
  /** False once the owner stopped beating its heart: it died with the dialog. */
  alive: boolean;
}

export interface InboxTimings {
  /** How often an owner refreshes its dialogs' heartbeat. */
  heartbeatMs: number;
  /** A dialog whose heartbeat is older than this belongs to a dead replica. */
  staleMs: number;
}

export const DEFAULT_TIMINGS: InboxTimings = { heartbeatMs: 5_000, staleMs: 30_000 };

export function createDialogInbox(db: Db, vault: Vault, timings: InboxTimings = DEFAULT_TIMINGS) {
  const instanceId = randomUUID();
  const staleSeconds = timings.staleMs / 1000;

  return {
    instanceId,
    timings,

    /** Takes the chat for a new dialog of this replica; an older row (a dead or replaced dialog) goes. */
    async open(chatId: number, nonce: string, idleMs: number): Promise<string> {
      const user = await db.user.findFirst({ where: { chatId: BigInt(chatId) }, select: { id: true } });
      const id = randomUUID();
      await db.$transaction([
        db.dialogInbox.deleteMany({ where: { chatId: BigInt(chatId) } }),
        db.$executeRaw`insert into "DialogInbox" ("id", "chatId", "userId", "nonce", "ownerId", "expiresAt")
          values (${id}::uuid, ${BigInt(chatId)}, ${user?.id ?? null}::uuid, ${nonce}, ${instanceId}, now() + make_interval(secs => ${idleMs / 1000}))`,
      ]);
      return id;
    },

    async setAwaiting(dialogId: string, awaiting: Awaiting, idleMs: number): Promise<void> {
      await db.$executeRaw`update "DialogInbox" set "awaiting" = ${awaiting}, "heartbeatAt" = now(),
        "expiresAt" = now() + make_interval(secs => ${idleMs / 1000}) where "id" = ${dialogId}::uuid`;
    },

    /** Removes the row and any answer not consumed (secrets included). */
    async close(dialogId: string): Promise<void> {
      await db.dialogInbox.deleteMany({ where: { id: dialogId } });
    },

    async find(chatId: number): Promise<OpenDialog | null> {
      const rows = await db.$queryRaw<Array<{ id: string; ownerId: string; awaiting: string; nonce: string; alive: boolean }>>`
        select "id"::text, "ownerId", "awaiting", "nonce",
          ("heartbeatAt" > now() - make_interval(secs => ${staleSeconds}) and "expiresAt" > now()) as "alive"
        from "DialogInbox" where "chatId" = ${BigInt(chatId)}`;
      const r = rows[0];
      return r ? { id: r.id, chatId, ownerId: r.ownerId, awaiting: r.awaiting as Awaiting, nonce: r.nonce, alive: r.alive } : null;
    },

    /** Appends an answer for the owner and wakes it. Text is sealed with the vault: it may be a password. */
    async post(dialog: OpenDialog, input: InboxInput): Promise<void> {
      const data =
        input.kind === "text"
          ? { kind: "text", payload: vault.encrypt(input.text), messageId: input.messageId, deleted: input.deleted }
          : input.kind === "button"
            ? { kind: "button", payload: input.data }
            : { kind: "cancel" };
      await db.dialogInboxEntry.create({ data: { dialogId: dialog.id, ...data } });
      await db.$executeRaw`select pg_notify(${DIALOG_CHANNEL}, ${`${dialog.ownerId}:${dialog.id}`})`;
    },

    /** The oldest answer, deleted in the same statement so it is consumed exactly once. */
    async takeNext(dialogId: string): Promise<InboxInput | null> {
      const rows = await db.$queryRaw<Array<{ kind: string; payload: string; messageId: number | null; deleted: boolean }>>`
        delete from "DialogInboxEntry" where "id" = (
          select "id" from "DialogInboxEntry" where "dialogId" = ${dialogId}::uuid order by "id" limit 1 for update skip locked
        ) returning "kind", "payload", "messageId", "deleted"`;
      const r = rows[0];
      if (!r) return null;
      if (r.kind === "text") return { kind: "text", text: vault.decrypt(r.payload), messageId: r.messageId ?? 0, deleted: r.deleted };
      if (r.kind === "button") return { kind: "button", data: r.payload };
      return { kind: "cancel" };
    },

    /** Removes a dead owner's dialog; true for exactly one caller, so it is reported once. */
    async abandon(dialogId: string): Promise<boolean> {
      return (await db.dialogInbox.deleteMany({ where: { id: dialogId } })).count === 1;
    },

    /** Proves this replica alive for every dialog it owns. */
    async heartbeat(): Promise<void> {
      await db.$executeRaw`update "DialogInbox" set "heartbeatAt" = now() where "ownerId" = ${instanceId}`;
    },
  };
}

export type DialogInboxStore = ReturnType<typeof createDialogInbox>;
