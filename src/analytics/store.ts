// The analytics store: one copy per user (store-file.ts), kept open for the
// users asked about most recently and brought up to date before every answer
// by applying the change log (change-log.ts) instead of reloading. Open copies
// are bounded by an estimate of memory; least recently used ones are closed
// first (their files stay), and a copy in use is closed only after its last
// query finishes. Concurrent questions for a user share one open and one
// catch-up; a catch-up that started before a question waits for a fresh one.
import { mkdir } from "node:fs/promises";
import type pg from "pg";
import { z } from "zod";
import { readCatchUp } from "./change-log.ts";
import { AnalyticsError } from "./errors.ts";
import { applyDelta, copyIsCurrent, openCopy, rebuildCopy, removeCopy, storedUsers, type CopyLocation, type CopyState } from "./store-file.ts";
import type { UserDb } from "./user-db.ts";

export interface StoreData {
  udb: UserDb;
  dataStart: string | null;
  baseCurrency: string;
}

export interface Lease {
  data: StoreData;
  /** The copy was already open (no file opened, nothing rebuilt). */
  fromCache: boolean;
  /** Time spent opening, rebuilding or catching up for this question. */
  loadMs: number;
  release(): void;
}

export interface StoreOptions extends CopyLocation {
  pool: pg.Pool;
  maxBytes: number;
  /** A catch-up with more changed rows than this rebuilds the copy instead. */
  maxDeltaRows?: number;
}

interface Entry {
  state: CopyState;
  users: number;
  evicted: boolean;
  /** The catch-up running now, and the one queued behind it. */
  running: Promise<void> | null;
  queued: Promise<void> | null;
}

const UserId = z.string().uuid();

export class AnalyticsStore {
  private readonly entries = new Map<string, Entry>();
  private readonly opening = new Map<string, Promise<Entry>>();
  private totalBytes = 0;
  /** Copies opened from a file or rebuilt; rebuilds alone. */
  loads = 0;
  rebuilds = 0;
  deltas = 0;

  constructor(private readonly opts: StoreOptions) {}

  get bytes(): number {
    return this.totalBytes;
  }

  get maxBytes(): number {
    return this.opts.maxBytes;
  }

  has(userId: string): boolean {
    return this.entries.has(userId);
  }

  /** Removes copies of users that no longer exist in PostgreSQL (forgotten via another replica). */
  async sweep(): Promise<number> {
    if (!this.opts.dir) return 0;
    await mkdir(this.opts.dir, { recursive: true, mode: 0o700 });
    const ids = (await storedUsers(this.opts.dir)).filter((id) => UserId.safeParse(id).success);
    const r = await this.opts.pool.query<{ id: string }>(`select id::text as id from "User" where id = any($1::uuid[])`, [ids]);
    const alive = new Set(r.rows.map((x) => x.id));
    const gone = ids.filter((id) => !alive.has(id));
    for (const id of gone) await this.forget(id);
    return gone.length;
  }

  /**
   * Rebuilds, one at a time, the stored copies a question could not use as
   * they are (an older format after an upgrade, a damaged file), so the first
   * question after a deploy does not wait for its user's rebuild. Copies
   * already open are current. Returns how many were rebuilt.
   */
  async upgradeStale(shouldStop: () => boolean = () => false): Promise<number> {
    if (!this.opts.dir) return 0;
    let rebuilt = 0;
    for (const id of await storedUsers(this.opts.dir)) {
      if (shouldStop()) break;
      if (!UserId.safeParse(id).success || this.entries.has(id) || this.opening.has(id)) continue;
      if (await copyIsCurrent(this.opts, id)) continue;
      const before = this.rebuilds;
      try {
        (await this.acquire(id)).release();
      } catch (e) {
        // A user forgotten meanwhile has no copy to build; anything else is retried by their next question.
        if (!(e instanceof AnalyticsError)) throw e;
      }
      rebuilt += this.rebuilds - before;
    }
    return rebuilt;
  }

  /**
   * Builds, one at a time, the copies of people with accounts who have no file
   * yet (a fresh replica, a store directory that was wiped), so their first
   * question does not wait for it. Returns how many were built.
   */
  async buildMissing(shouldStop: () => boolean = () => false): Promise<number> {
    if (!this.opts.dir) return 0;
    await mkdir(this.opts.dir, { recursive: true, mode: 0o700 });
    const stored = new Set(await storedUsers(this.opts.dir));
    const r = await this.opts.pool.query<{ id: string }>(`select u.id::text as id from "User" u where exists (select 1 from "Account" a where a."userId" = u.id) order by u."createdAt"`);
    let built = 0;
    for (const { id } of r.rows) {
      if (shouldStop()) break;
      if (stored.has(id) || this.entries.has(id) || this.opening.has(id)) continue;
      const before = this.rebuilds;
      try {
        (await this.acquire(id)).release();
      } catch (e) {
        // Forgotten meanwhile: nothing to build.
        if (!(e instanceof AnalyticsError)) throw e;
      }
      built += this.rebuilds - before;
    }
    return built;
  }

  /** The user's copy, up to date with PostgreSQL as of this call. */
  async acquire(userId: string): Promise<Lease> {
    UserId.parse(userId);
    const t0 = performance.now();
    let entry = this.entries.get(userId);
    const fromCache = entry !== undefined;
    if (entry) {
      this.entries.delete(userId);
      this.entries.set(userId, entry);
    } else {
      entry = await this.openOnce(userId);
    }
    entry.users++;
    try {
      await this.catchUp(userId, entry);
    } catch (e) {
      this.release(entry);
      throw e;
    }
    const e = entry;
    let released = false;
    return {
      data: { udb: e.state.udb, dataStart: e.state.dataStart, baseCurrency: e.state.baseCurrency },
      fromCache,
      loadMs: performance.now() - t0,
      release: () => {
        if (released) return;
        released = true;
        this.release(e);
      },
    };
  }

  /** Closes the open copy (its file stays); the next question reopens it. */
  invalidate(userId: string): void {
    const e = this.entries.get(userId);
    if (e) this.drop(userId, e);
  }

  /** Closes and deletes the user's copy: after /forget nothing of theirs stays here. */
  async forget(userId: string): Promise<void> {
    UserId.parse(userId);
    await this.opening.get(userId)?.catch(() => undefined);
    this.invalidate(userId);
    await removeCopy(this.opts.dir, userId);
  }

  close(): void {
    for (const [id, e] of this.entries) this.drop(id, e);
  }

  private release(e: Entry): void {
    e.users--;
    if (e.evicted && e.users === 0) e.state.udb.close();
  }

  private catchUp(userId: string, e: Entry): Promise<void> {
    // A catch-up already running may have read PostgreSQL before this
    // question's data was committed: queue exactly one more behind it.
    if (!e.running) {
      e.running = this.catchUpNow(userId, e).finally(() => (e.running = null));
      return e.running;
    }
    e.queued ??= e.running
      .catch(() => undefined)
      .then(() => {
        e.queued = null;
        return this.catchUp(userId, e);
      });
    return e.queued;
  }

  private async catchUpNow(userId: string, e: Entry): Promise<void> {
    const r = await readCatchUp(this.opts.pool, {
      userId,
      since: e.state.snapshot,
      timezone: e.state.timezone,
      maxRows: this.opts.maxDeltaRows ?? 20_000,
    });
    if (r.kind === "gone") {
      await this.forget(userId);
      throw new AnalyticsError("unknown_user", `no user ${userId}`);
    }
    if (r.kind === "rebuild") {
      const fresh = await this.rebuildReplacing(userId);
      this.setState(e, fresh);
      this.evictOver(userId);
      return;
    }
    if (r.tables.length === 0) {
      // Nothing of this user's changed: keep the newer snapshot in memory only
      // (writing it would cost a commit per question for no new rows).
      e.state = { ...e.state, snapshot: r.snapshot, baseCurrency: r.baseCurrency };
      return;
    }
    this.deltas++;
    this.setState(e, await applyDelta(e.state, r.tables, r.snapshot, r.baseCurrency));
    this.evictOver(userId);
  }

  /** The new copy replaces the old one; setState closes the old instance. */
  private rebuildReplacing(userId: string): Promise<CopyState> {
    this.rebuilds++;
    return rebuildCopy(this.opts, this.opts.pool, userId);
  }

  private setState(e: Entry, s: CopyState): void {
    this.totalBytes += s.estimatedBytes - e.state.estimatedBytes;
    const oldDb = e.state.udb;
    e.state = s;
    // Only the caller holds the entry: nobody can still be reading the old
    // instance. Otherwise it stays open until the process ends (rare: a
    // rebuild while two questions of one user run).
    if (oldDb !== s.udb && e.users <= 1) oldDb.close();
  }

  private openOnce(userId: string): Promise<Entry> {
    const pending = this.opening.get(userId);
    if (pending) return pending;
    const p = (async () => {
      this.loads++;
      let state = await openCopy(this.opts, userId);
      if (!state) {
        this.rebuilds++;
        state = await rebuildCopy(this.opts, this.opts.pool, userId);
      }
      const entry: Entry = { state, users: 0, evicted: false, running: null, queued: null };
      this.entries.set(userId, entry);
      this.totalBytes += state.estimatedBytes;
      this.evictOver(userId);
      return entry;
    })().finally(() => this.opening.delete(userId));
    this.opening.set(userId, p);
    return p;
  }

  private evictOver(keep: string): void {
    for (const [id, e] of this.entries) {
      if (this.totalBytes <= this.opts.maxBytes) return;
      if (id !== keep) this.drop(id, e);
    }
  }

  private drop(userId: string, e: Entry): void {
    this.entries.delete(userId);
    this.totalBytes -= e.state.estimatedBytes;
    e.evicted = true;
    if (e.users === 0) e.state.udb.close();
  }
}
