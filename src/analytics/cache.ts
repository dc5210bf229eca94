// Per-user cache of loaded DuckDB data, keyed by User.dataVersion. Every
// write that changes what analytics would answer bumps that version (use
// bumpDataVersion), so "same version" means "same data" and a question never
// needs to reload, while a changed version always reloads before answering.
// Bounded by an estimate of memory (rows × bytes per row): least recently
// used users are dropped first, and an entry in use is closed only after its
// last query finishes.
import type { Db } from "../db/client.ts";
import type { UserDb } from "./user-db.ts";

export interface CachedData {
  udb: UserDb;
  dataVersion: number;
  estimatedBytes: number;
  dataStart: string | null;
  baseCurrency: string;
  loadMs: number;
}

interface Entry {
  data: CachedData;
  users: number;
  evicted: boolean;
}

export interface Lease {
  data: CachedData;
  fromCache: boolean;
  release(): void;
}

export type Loader = (userId: string) => Promise<CachedData>;

export class UserDataCache {
  // Map iteration order is insertion order: re-inserting on use keeps the
  // least recently used entry first.
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private totalBytes = 0;
  loads = 0;

  constructor(
    private readonly load: Loader,
    readonly maxBytes: number,
  ) {}

  get bytes(): number {
    return this.totalBytes;
  }

  has(userId: string): boolean {
    return this.entries.has(userId);
  }

  /** Data for `userId` at `dataVersion` or newer, loading it when needed. */
  async acquire(userId: string, dataVersion: number): Promise<Lease> {
    let entry = this.entries.get(userId);
    let fromCache = true;
    if (!entry || entry.data.dataVersion < dataVersion) {
      fromCache = false;
      entry = await this.loadOnce(userId, dataVersion);
    } else {
      this.entries.delete(userId);
      this.entries.set(userId, entry);
    }
    entry.users++;
    const e = entry;
    let released = false;
    return {
      data: e.data,
      fromCache,
      release: () => {
        if (released) return;
        released = true;
        e.users--;
        if (e.evicted && e.users === 0) e.data.udb.close();
      },
    };
  }

  invalidate(userId: string): void {
    const e = this.entries.get(userId);
    if (e) this.drop(userId, e);
  }

  close(): void {
    for (const [id, e] of this.entries) this.drop(id, e);
  }

  /** Concurrent questions for the same user share one load. */
  private loadOnce(userId: string, dataVersion: number): Promise<Entry> {
    const pending = this.loading.get(userId);
    if (pending) return pending.then((e) => (e.data.dataVersion >= dataVersion ? e : this.loadOnce(userId, dataVersion)));
    const p = (async () => {
      this.loads++;
      const data = await this.load(userId);
      const old = this.entries.get(userId);
      if (old) this.drop(userId, old);
      const entry: Entry = { data, users: 0, evicted: false };
      this.entries.set(userId, entry);
      this.totalBytes += data.estimatedBytes;
      this.evictOver(userId);
      return entry;
    })().finally(() => this.loading.delete(userId));
    this.loading.set(userId, p);
    return p;
  }

  private evictOver(keep: string): void {
    for (const [id, e] of this.entries) {
      if (this.totalBytes <= this.maxBytes) return;
      if (id !== keep) this.drop(id, e);
    }
  }

  private drop(userId: string, e: Entry): void {
    this.entries.delete(userId);
    this.totalBytes -= e.data.estimatedBytes;
    e.evicted = true;
    if (e.users === 0) e.data.udb.close();
  }
}

/** Call after any write that changes a user's transactions, accounts, categories or balances. */
export async function bumpDataVersion(db: Pick<Db, "user">, userId: string): Promise<number> {
  const u = await db.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } }, select: { dataVersion: true } });
  return u.dataVersion;
}
