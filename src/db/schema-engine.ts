// Prisma's own schema engine, compiled to WASM, driven through the pg driver
// adapter. The CLI's `migrate` commands would download a native engine at run
// time, which fails offline; this gives the same `diff` and `applyMigrations`
// (and the same `_prisma_migrations` bookkeeping) with what npm installed.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
// Node has WebAssembly; the ES lib typings this project compiles against do not.
const wasmApi = (globalThis as unknown as {
  WebAssembly: { instantiate(b: Uint8Array, imports: object): Promise<{ instance: { exports: object } }> };
}).WebAssembly;
// The glue module is Node's, loaded once per process, and keeps its instance and views of that instance's memory in
// module state. So the instance is the process's too, kept on globalThis rather than in this module: this file
// evaluated a second time (as a test runner's module reset does) set a second instance into the one glue, whose views
// stayed on the first's memory ("The encoded data was not valid for encoding utf-8", then "RuntimeError: unreachable").
const LOADED = Symbol.for("kontor.schemaEngineWasm");
const processWide = globalThis as unknown as Record<symbol, Promise<typeof bg> | undefined>;

// The package's ESM entry imports the .wasm file directly, which Node cannot
// load; instantiating it by hand is what that entry would have done.
function loadWasm(): Promise<typeof bg> {
  processWide[LOADED] ??= (async () => {
    const bgFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bgFile), "schema_engine_bg.wasm"));
    const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return processWide[LOADED];
}

// Found by walking up, so it works from src/ (tsx) and from dist/src/ (built).
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "prisma", "schema.prisma"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find prisma/schema.prisma above " + start);
    dir = up;
  }
  return dir;
}

export const projectRoot = findProjectRoot(path.dirname(new URL(import.meta.url).pathname));
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(databaseUrl: string, onLog: (line: string) => void = () => {}): Promise<EngineHandle> {
  const mod = await loadWasm();
  const schema = await readFile(schemaPath, "utf8");
  const pgFactory = new PrismaPg({ connectionString: databaseUrl });
  // Keep every connection the engine opens so close() can end them; freeing
  // the engine alone leaves the pool connected (and the database busy).
  const opened: SqlDriverAdapter[] = [];
  const track = async (p: Promise<SqlDriverAdapter>) => {
    const a = await p;
    readCharColumnsAsText(a);
    opened.push(a);
    return a;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    connect: () => track(pgFactory.connect()),
    connectToShadowDb: () => track(pgFactory.connectToShadowDb()),
  };
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (line: string) => onLog(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      // The engine drops its shadow database itself; disposing that adapter
      // afterwards fails with "database does not exist", which is harmless.
      await Promise.allSettled(opened.map((a) => a.dispose()));
    },
  };
}

// PostgreSQL's one-byte "char" type (OID 18, e.g. pg_class.relkind) is what the
// engine's schema describer reads when it introspects a database (diff from
// migrations, drift checks); the pg adapter refuses that type. Its values are
// plain one-letter strings, so they are handed on as text.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
function readCharColumnsAsText(adapter: SqlDriverAdapter): void {
  const io = adapter as unknown as { performIO?: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
  const original = io.performIO?.bind(adapter);
  if (!original) return;
  io.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
}

export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  const lock = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      entries.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (err: Error) => ({ tag: "error" as const, value: err.message }),
        );
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };
