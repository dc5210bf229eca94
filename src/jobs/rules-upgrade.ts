// A release that improves the categorizer changes nothing already stored: a
// loan repayment stored as spending stayed spending, a brand newly known stayed
// "Other", so answers mixed old and new categories. At start, in the
// background, each person whose rows were categorized with other rules (a
// different fingerprint, or none yet) has their history categorized again,
// one person per database transaction, and the new fingerprint is stored with
// it: a second start finds nothing to do. Choices by hand stay, and so do the
// person's rules and merchant categories (recategorize.ts applies them).
//
// The change-log triggers record every rewritten row for the analytics store in
// the same transaction; onWritten brings the person's copy up to date soon
// after, as a sync does. A person whose pass fails (a lock timeout, a database
// cut) keeps the old fingerprint and is tried again at the next start.
import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { BackgroundJob } from "./background-job.ts";
import { recategorizeRows } from "../categories/recategorize.ts";
import { rulesFingerprint } from "../categories/rules-fingerprint.ts";

/**
 * Time one person's pass may take. Measured against local PostgreSQL on a
 * 2-core machine: 50,000 rows took 37 s when 40,000 changed category and all
 * were linked anew, 19 s when nothing changed (mostly the categorizer itself).
 */
const PASS_TIMEOUT_MS = 600_000;

export interface RulesUpgradeDeps {
  db: Db;
  logger: Logger;
  /** The running rules' fingerprint (tests pass their own). */
  fingerprint?: () => Promise<string>;
  /** Called after a person's rows changed, once committed. */
  onWritten?: (userId: string) => void;
}

export interface RulesUpgradeOutcome {
  /** People whose history was categorized again. */
  users: number;
  /** Rows that changed category. */
  recategorized: number;
  /** Rows linked to another merchant. */
  relinked: number;
  /** People whose pass failed (tried again at the next start). */
  failed: number;
}

const LOCK_SQL = `SELECT "rulesFingerprint" FROM "User" WHERE "id" = $1::uuid FOR UPDATE`;

/** Categorizes again the history of everyone whose rows predate the running rules. */
export async function upgradeStoredCategories(deps: RulesUpgradeDeps, stopped: () => boolean = () => false): Promise<RulesUpgradeOutcome> {
  const { db, logger } = deps;
  const fingerprint = await (deps.fingerprint ?? (() => rulesFingerprint()))();
  const stale = await db.user.findMany({
    where: { OR: [{ rulesFingerprint: null }, { rulesFingerprint: { not: fingerprint } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  const out: RulesUpgradeOutcome = { users: 0, recategorized: 0, relinked: 0, failed: 0 };
  for (const { id: userId } of stale) {
    if (stopped()) break;
    const t0 = performance.now();
    try {
      const counts = await db.$transaction(
        async (tx) => {
          // Another replica starting with the same rules may have done this person meanwhile.
          const [row] = await tx.$queryRawUnsafe<{ rulesFingerprint: string | null }[]>(LOCK_SQL, userId);
          if (!row || row.rulesFingerprint === fingerprint) return null;
          const c = await recategorizeRows(tx, userId, { builtIn: true });
          const changed = c.categories + c.links > 0;
          // Caches outside the analytics store key on the data version.
          await tx.user.update({ where: { id: userId }, data: { rulesFingerprint: fingerprint, ...(changed ? { dataVersion: { increment: 1 } } : {}) } });
          return c;
        },
        { timeout: PASS_TIMEOUT_MS, maxWait: 30_000 },
      );
      if (!counts) continue;
      out.users += 1;
      out.recategorized += counts.categories;
      out.relinked += counts.links;
      if (counts.categories + counts.links > 0) deps.onWritten?.(userId);
      logger.debug({ userId, ...counts, ms: Math.round(performance.now() - t0) }, "rules upgrade: history categorized again");
    } catch (err) {
      out.failed += 1;
      logger.error({ userId, err: err instanceof Error ? err.message : String(err) }, "rules upgrade: could not categorize a history again; retried at the next start");
    }
  }
  return out;
}

export function rulesUpgradeJob(deps: RulesUpgradeDeps): BackgroundJob {
  return {
    name: "rules-upgrade",
    async start() {
      let stopped = false;
      const t0 = performance.now();
      const running = upgradeStoredCategories(deps, () => stopped)
        .then((o) => {
          if (o.users || o.failed) deps.logger.info({ ...o, ms: Math.round(performance.now() - t0) }, "rules upgrade: stored categories brought up to the running rules");
        })
        .catch((err: unknown) => deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "rules upgrade: stopped; retried at the next start"));
      return async () => {
        // The person in progress finishes (or rolls back) before the database closes.
        stopped = true;
        await running;
      };
    },
  };
}
