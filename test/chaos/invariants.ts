// What must hold after any fault and a restart. Each count should be 0.
import type { ChaosWorld } from "./world.ts";

export interface Violations {
  /** A bank or file row stored twice, or a row the bank never had. */
  duplicates: number;
  /** A booked row of the fake bank (or of the imported file) missing. */
  gaps: number;
  /** Runs still RUNNING after the person's next /sync finished. */
  runningAfterRecovery: number;
  /**
   * Notifications Telegram never executed that were not retried: rows still
   * PENDING/SENDING or FAILED, a SENT row whose message is not in the chat,
   * and UNCONFIRMED rows beyond the unattributed messages in the chat.
   */
  lostNotifications: number;
  /** Notification messages Telegram executed beyond one per outbox row (SENT or UNCONFIRMED). */
  doubledNotifications: number;
}

/** What a failing trial looked like, for the report. */
export interface Evidence {
  unknownRows: string[];
  missingRows: string[];
  fileRows: number;
  importTotal: number | null;
  outbox: string[];
  notificationsShown: number;
  /** The fake Telegram's record of sendMessage calls to this chat: status, and whether the call was executed. */
  sends?: string[];
  /** Undelivered rows whose retry or lease wait was skipped so the trial need not sleep through it. */
  fastForwarded?: number;
}

/** Texts of the dispatcher's messages (first-sync notice, summary, single transaction, re-auth, consent). */
const NOTIFICATION = /is connected: imported|new transactions · |needs you to sign in again|Your access to .* ends on|^[^\n]+ · [^\n]+\n[^\n]+ · [^\n]+$/;

export async function checkInvariants(
  world: Pick<ChaosWorld, "db" | "sim">,
  o: { userId: string; chat: number; truth: Array<{ key: string; booked: boolean }>; importTotal: number | null },
): Promise<{ violations: Violations; evidence: Evidence }> {
  const rows = await world.db.transaction.findMany({
    where: { userId: o.userId },
    select: { externalId: true, account: { select: { externalId: true, connection: { select: { provider: true } } } } },
  });
  const bank = rows.filter((r) => r.account.connection?.provider === "demo").map((r) => `${r.account.externalId}|${r.externalId}`);
  const file = rows.filter((r) => r.account.connection?.provider !== "demo");
  // Rows without a bank id carry Kontor's content id: matched by count per account.
  const withId = bank.filter((k) => !k.includes("|c:"));
  const byCount = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const storedNoId = byCount(bank.filter((k) => k.includes("|c:")).map((k) => k.replace(/\|c:.*$/, "|c:")));
  const truthNoId = byCount(o.truth.filter((t) => t.key.endsWith("|c:")).map((t) => t.key));
  const bookedNoId = byCount(o.truth.filter((t) => t.booked && t.key.endsWith("|c:")).map((t) => t.key));
  const known = new Set(o.truth.map((t) => t.key));
  const stored = new Set(withId);
  const extraNoId = [...storedNoId].reduce((a, [k, n]) => a + Math.max(0, n - (truthNoId.get(k) ?? 0)), 0);
  const missingNoId = [...bookedNoId].reduce((a, [k, n]) => a + Math.max(0, n - (storedNoId.get(k) ?? 0)), 0);
  const duplicates = withId.length - stored.size + [...stored].filter((k) => !known.has(k)).length + extraNoId + Math.max(0, file.length - (o.importTotal ?? 0));
  const gaps = o.truth.filter((t) => t.booked && !t.key.endsWith("|c:") && !stored.has(t.key)).length + missingNoId + Math.max(0, (o.importTotal ?? 0) - file.length);

  const runningAfterRecovery = await world.db.syncRun.count({ where: { userId: o.userId, status: "RUNNING" } });
  const outbox = await world.db.outbox.findMany({ where: { userId: o.userId }, select: { status: true, kind: true, attempts: true, messageId: true } });
  const shownMessages = world.sim.botMessages(o.chat).filter((m) => NOTIFICATION.test(m.text ?? ""));
  const shown = shownMessages.length;
  const shownIds = new Set(shownMessages.map((m) => m.messageId));
  const sent = outbox.filter((r) => r.status === "SENT");
  const sentShown = sent.filter((r) => r.messageId !== null && shownIds.has(r.messageId)).length;
  const unconfirmed = outbox.filter((r) => r.status === "UNCONFIRMED").length;
  // Messages in the chat no SENT row accounts for: each UNCONFIRMED row may own one.
  const unattributed = shown - sentShown;
  const evidence: Evidence = {
    unknownRows: [...stored].filter((k) => !known.has(k)),
    missingRows: o.truth.filter((t) => t.booked && !t.key.endsWith("|c:") && !stored.has(t.key)).map((t) => t.key),
    fileRows: file.length,
    importTotal: o.importTotal,
    outbox: outbox.map((r) => `${r.kind}:${r.status}:${r.attempts}`),
    notificationsShown: shown,
    sends: world.sim.calls.filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === o.chat).map((c) => `${c.status}${c.executed ? "" : " not executed"}`),
  };
  const violations = {
    duplicates,
    gaps,
    runningAfterRecovery,
    lostNotifications: outbox.length - sent.length - unconfirmed + (sent.length - sentShown) + Math.max(0, unconfirmed - unattributed),
    doubledNotifications: Math.max(0, unattributed - unconfirmed),
  };
  return { violations, evidence };
}
