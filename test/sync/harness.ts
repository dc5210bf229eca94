// A real database, the real engine and a fake bank; clock, sleep and
// randomness injected so tests control time.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { createConnectorRegistry } from "../../connectors/registry.ts";
import { createSyncEngine } from "../../src/sync/engine.ts";
import type { Categorize } from "../../src/sync/write.ts";
import { Vault } from "../../src/vault/vault.ts";
import { createFakeBank, type FakeBank } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

export interface Harness {
  tdb: TestDatabase;
  bank: FakeBank;
  vault: Vault;
  engine: ReturnType<typeof createSyncEngine>;
  clock: { now: Date };
  sleeps: number[];
  userId: string;
  link(opts?: { selectedAccountIds?: string[]; consentExpiresAt?: Date }): Promise<string>;
}

let telegramIds = 1000n;

export async function createHarness(opts: { bank?: FakeBank; tdb?: TestDatabase; categorize?: Categorize; recentSyncMs?: number; onWritten?: (userId: string) => void } = {}): Promise<Harness> {
  const tdb = opts.tdb ?? (await createTestDatabase());
  const bank = opts.bank ?? createFakeBank();
  const vault = new Vault(randomBytes(32));
  const clock = { now: new Date("2026-03-10T10:00:00Z") };
  const sleeps: number[] = [];
  const engine = createSyncEngine({
    db: tdb.db,
    databaseUrl: tdb.url,
    vault,
    registry: createConnectorRegistry([bank.connector]),
    logger: pino({ level: "silent" }),
    settings: {},
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    retry: { maxAttempts: 3, baseMs: 100, maxMs: 1000 },
    // Most tests sync one connection again and again at one clock time; coalescing has its own test.
    recentSyncMs: opts.recentSyncMs ?? 0,
    ...(opts.categorize ? { categorize: opts.categorize } : {}),
    ...(opts.onWritten ? { onWritten: opts.onWritten } : {}),
  });
  telegramIds += 1n;
  const user = await tdb.db.user.create({ data: { telegramId: telegramIds, chatId: telegramIds } });
  return {
    tdb,
    bank,
    vault,
    engine,
    clock,
    sleeps,
    userId: user.id,
    async link(o = {}) {
      const created = await engine.createConnection(user.id, bank.connector.id, { label: "Fake Bank", credentials: { token: "t0" }, ...o });
      return created.connectionId;
    },
  };
}

export function days(from: string, n: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}
