// One chaos trial: a person starts work (a /sync, a file import, or waits for
// the notifications of a sync), a fault hits at a random moment (kill -9,
// every database session terminated, Telegram answering 429/5xx or dropping
// the connection), the app restarts, the person does what they would do next
// (/sync again, or send the file again), and then the books are checked
// against the fake bank and the fake Telegram.
import { readFile } from "node:fs/promises";
import type { Fault, SimUser } from "../../src/tools/telegram-simulator/index.ts";
import type { Db } from "../../src/db/client.ts";
import type { SyncEngine } from "../../src/sync/engine.ts";
import { iterateTransactions } from "../../connectors/demo/index.ts";
import { pollUntil } from "../helpers/poll.ts";
import { FIRST_USER_ID, HISTORY_DAYS, type ChaosWorld } from "./world.ts";
import { checkInvariants, type Evidence, type Violations } from "./invariants.ts";

export type Phase = "sync" | "import" | "dispatch";
export type FaultKind = "kill9" | "dbcut" | "telegram";

export interface TrialPlan {
  n: number;
  phase: Phase;
  fault: FaultKind;
  /** When the fault hits, after the work started. */
  delayMs: number;
  telegram?: { fault: TelegramFault; times: number };
}

/** A fault of the fake Telegram, or `refuse`: it accepts no connection for `times` seconds. */
export type TelegramFault = Fault | { kind: "refuse" };

export interface TrialResult extends TrialPlan {
  violations: Violations;
  evidence: Evidence;
  /** Runs still RUNNING right after the restart, before the person did anything (the lease's job). */
  runningAfterRestart: number;
  ms: number;
  error?: string;
}

/** mulberry32: small, seedable, good enough to pick faults. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Failures that prove the call was not executed (429, Telegram's own 5xx body,
 * a refused connection) and failures after Telegram executed it (lost reply,
 * a proxy's 504). A reset or proxy error *before* execution is left out: the
 * bot cannot tell it from a lost reply, and at most once means that message is
 * not sent (see src/notifications/dispatcher.ts); test/e2e/notify-lost-reply
 * shows that case on its own.
 */
const TELEGRAM_FAULTS: TelegramFault[] = [
  { kind: "429", retryAfter: 1 },
  { kind: "5xx", status: 502 },
  { kind: "refuse" },
  { kind: "drop", afterExecute: true },
  { kind: "5xx", status: 504, proxy: true, afterExecute: true },
];

export function planTrials(seed: number, count: number): TrialPlan[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const phase = pick(["sync", "import", "dispatch"] as const);
    const fault = pick(["kill9", "dbcut", "telegram"] as const);
    const delayMs = Math.floor(r() * (phase === "import" ? 600 : phase === "sync" ? 1600 : 2600));
    return { n, phase, fault, delayMs, ...(fault === "telegram" ? { telegram: { fault: pick(TELEGRAM_FAULTS), times: 1 + Math.floor(r() * 3) } } : {}) };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const IMPORT_FILE = new URL("../fixtures/import/comdirect-girokonto.csv", import.meta.url);

/** An onboarded person with a linked Demo Bank that is not due: only their /sync starts a sync. */
export async function seedDemoUser(db: Db, engine: SyncEngine, id: number): Promise<{ person: SimUser; userId: string; linkedAt: Date; connectionId: string }> {
  const user = await db.user.create({ data: { telegramId: BigInt(id), chatId: BigInt(id), locale: "en", onboardedAt: new Date() } });
  const linkedAt = new Date();
  const created = await engine.createConnection(user.id, "demo", { label: "Demo Bank", credentials: { seed: 42, username: `chaos${id}`, linkedAt: linkedAt.toISOString() } });
  await db.connection.update({ where: { id: created.connectionId }, data: { nextSyncAt: new Date(Date.now() + 86_400_000) } });
  return { person: { id, first_name: `Chaos${id}`, language_code: "en" }, userId: user.id, linkedAt, connectionId: created.connectionId };
}

/** The fake bank's rows for the window a first sync fetches. */
export function bankTruth(linkedAt: Date) {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const from = day(new Date(linkedAt.getTime() - HISTORY_DAYS * 86_400_000));
  // Rows the bank gives no id get a content id in Kontor ("c:..."): those are compared by count per account.
  return [...iterateTransactions({ seed: 42, from, to: day(new Date()), now: new Date() })].map((r) => ({
    key: r.transaction.externalId ? `${r.account.externalId}|${r.transaction.externalId}` : `${r.account.externalId}|c:`,
    booked: r.transaction.status !== "pending",
  }));
}

/** Uses up armed sendMessage faults with calls of the harness's own. */
async function disarm(world: ChaosWorld, remaining: number): Promise<void> {
  const url = `${world.sim.apiRoot}/bot${world.sim.token}/sendMessage`;
  world.sim.addUser({ id: 42, first_name: "Disarm" });
  for (let i = 0; i < remaining; i++)
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat_id: 42, text: "disarm" }) }).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    );
}

export async function runTrial(world: ChaosWorld, plan: TrialPlan): Promise<TrialResult> {
  const t0 = Date.now();
  const { sim } = world;
  const app = world.app ?? (await world.restart());
  const { person, userId, linkedAt } = await seedDemoUser(world.db, world.engine, FIRST_USER_ID + plan.n);
  const chat = person.id;
  const last = () => sim.lastBotMessage(chat)?.messageId ?? 0;
  const syncAndWait = async (timeoutMs = 60_000) => {
    const after = last();
    sim.sendText(person, "/sync");
    await sim.waitForBotMessage(chat, /Sync finished|already running/, { afterMessageId: after, timeoutMs });
  };
  let importTotal: number | null = null;
  const importFile = async (after: number) => {
    sim.sendDocument(person, { fileName: "umsaetze.csv", mimeType: "text/csv", content: await readFile(IMPORT_FILE) });
    const answer = await sim.waitForBotMessage(chat, /Import the new transactions\?|already imported/, { afterMessageId: after, timeoutMs: 60_000 });
    if (/already imported/.test(answer.text ?? "")) return null;
    importTotal ??= Number(/(\d+) transaction\(s\)/.exec(answer.text ?? "")?.[1] ?? NaN);
    sim.tapButton(person, answer.messageId, "imp:ok");
    return answer.messageId;
  };

  let error: string | undefined;
  const failedSends = () => sim.calls.filter((c) => c.method === "sendMessage" && c.status !== 200).length;
  const failedBefore = failedSends();
  const tg = plan.telegram;
  let outage: Promise<void> | undefined;
  // 1. The work, and the fault in the middle of it.
  try {
    if (plan.phase === "dispatch") await syncAndWait();
    if (tg?.fault.kind === "refuse") outage = sim.refuseConnections(tg.times * 1000);
    else if (tg) sim.failNext("sendMessage", tg.fault, tg.times);
    if (plan.phase === "sync") sim.sendText(person, "/sync");
    if (plan.phase === "import") await importFile(last());
    await sleep(plan.delayMs);
  } catch (err) {
    error = `before the fault: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
  }
  if (plan.fault === "kill9") await app.kill9();
  else if (plan.fault === "dbcut") await world.cutDatabase();
  if (plan.fault !== "kill9") await sleep(1500); // the app lives on through the fault, then restarts
  // Faults the app never ran into must not hit the next trial.
  if (outage) await outage;
  else if (tg) await disarm(world, tg.times - (failedSends() - failedBefore));

  // 2. Restart, and what the person does next.
  await world.restart();
  const runningAfterRestart = await world.db.syncRun.count({ where: { userId, status: "RUNNING" } });
  let fastForwarded = 0;
  try {
    if (plan.phase === "import") {
      const preview = await importFile(last());
      if (preview !== null) await sim.waitFor(() => /Imported \d+ new/.test(sim.chat(chat).find((m) => m.messageId === preview)?.text ?? ""), 20_000);
    }
    await syncAndWait();
    const undelivered = { userId, status: { in: ["PENDING" as const, "SENDING" as const] } };
    await pollUntil(async () => (await world.db.outbox.count({ where: undelivered })) === 0, 6_000).catch(() => undefined);
    // A retry backoff (30 s) or a crashed send's lease (2 min) would pass by itself: skip the wait, not the delivery.
    fastForwarded = (await world.db.outbox.updateMany({ where: undelivered, data: { notBefore: new Date() } })).count;
    if (fastForwarded) await pollUntil(async () => (await world.db.outbox.count({ where: undelivered })) === 0, 10_000).catch(() => undefined);
  } catch (err) {
    error ??= err instanceof Error ? err.message.split("\n")[0] : String(err);
  }
  const { violations, evidence } = await checkInvariants(world, { userId, chat, truth: bankTruth(linkedAt), importTotal });
  return { ...plan, violations, evidence: { ...evidence, fastForwarded }, runningAfterRestart, ms: Date.now() - t0, ...(error ? { error } : {}) };
}
