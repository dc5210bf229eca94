import { openSchemaEngine, readMigrations, noFilters } from "./schema-engine.ts";

export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * Applies every committed migration that the database has not seen, exactly as
 * `prisma migrate deploy` would. Running it again applies nothing.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const handle = await openSchemaEngine(databaseUrl);
  try {
    const migrationsList = await readMigrations();
    const out = await handle.engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  } catch (err) {
    const detail = err instanceof Error ? err.message : JSON.stringify(err);
    throw new MigrationError(`Database migration failed, Kontor did not start: ${detail}`, { cause: err });
  } finally {
    await handle.close();
  }
}
