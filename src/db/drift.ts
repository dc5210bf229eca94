// The SQL that would take the committed migrations to a schema.prisma text:
// empty when they agree. Used by `npm run db:diff` to write a new migration
// and by the test that keeps hand-written migrations honest.
import { readFile } from "node:fs/promises";
import { openSchemaEngine, readMigrations, schemaPath, noFilters } from "./schema-engine.ts";

/** Needs an empty scratch database: the engine replays the migrations into it. */
export async function migrationsToSchemaSql(scratchUrl: string, schema?: string): Promise<string> {
  const handle = await openSchemaEngine(scratchUrl);
  try {
    const migrations = await readMigrations();
    const from = migrations.migrationDirectories.length
      ? { tag: "migrations" as const, ...migrations }
      : { tag: "empty" as const };
    const content = schema ?? (await readFile(schemaPath, "utf8"));
    const res = await handle.engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = res.stdout ?? "";
    return !sql.trim() || /empty migration/i.test(sql) ? "" : sql;
  } finally {
    await handle.close();
  }
}
