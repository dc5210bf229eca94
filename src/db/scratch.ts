// A throw-away database on the server named by DATABASE_URL (or a temporary
// embedded server): used by tests and by the migration diff tool.
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded.ts";

export async function createDatabase(serverUrl: string, prefix = "kontor_scratch"): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kontor-pg-"));
    const server = await startEmbeddedPostgres(path.join(dir, "pg"));
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const db = await createDatabase(serverUrl);
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
    await stopServer?.();
  }
}
